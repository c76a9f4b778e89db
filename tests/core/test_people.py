"""One person, one record: the matcher, and every way in — capture, notes, files, merge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from ogpdesk.core import capture, notes, people, speakers
from ogpdesk.core.attendance import attendance_list
from ogpdesk.core.meetings import create_meeting, live
from ogpdesk.core.models import (
    ActionItem,
    Attendance,
    AttendanceStatus,
    Intervention,
    Meeting,
    Participant,
    SpeakingTurn,
)
from ogpdesk.core.participants import import_participants_file, sign_in
from ogpdesk.core.people import MatchKind, name_key
from ogpdesk.core.store import Store

NAMES = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", categories=("L", "M", "N", "P", "Zs")),
        st.sampled_from("أإآٱةىؤئـًٌٍَُِّْ ().-'éèçÉİß"),
    ),
    max_size=40,
)


@given(NAMES)
@settings(max_examples=400, deadline=None)
def test_folding_is_idempotent(name: str) -> None:
    assert name_key(name_key(name)) == name_key(name)


@given(NAMES, st.lists(NAMES, max_size=5))
@settings(max_examples=300, deadline=None)
def test_a_name_always_matches_itself(name: str, others: list[str]) -> None:
    # Among people of other names, a name finds its own record, in the meeting or not.
    rows = [(f"other-{i}", other, None, None) for i, other in enumerate(others)]
    rows = [r for r in rows if name_key(r[1]) != name_key(name)]
    directory = people.Directory.of([*rows, ("me", name, None, None)])
    if not name_key(name):
        assert directory.match(name).kind is MatchKind.NEW
        return
    for present in (frozenset(), frozenset({"me"}), frozenset(r[0] for r in rows)):
        assert directory.match(name, present=present) == people.PersonMatch(MatchKind.LINKED, "me")


def test_titles_brackets_script_forms_and_accents_fold_away() -> None:
    assert name_key("الخبير كمال الزواري") == name_key("كمال الزّواري")
    assert name_key("الأستاذة فاطمة الزهراء") == name_key("فاطمة الزهراء")
    assert name_key("السيّدة سلوى الحمّامي") == name_key("سلوى الحمامي")
    assert name_key("Hédi Ben Ammar (sample)") == name_key("hedi ben-ammar")
    assert name_key("M. Mohamed Ben Salah") == name_key("Mohamed Ben Salah")
    assert name_key("Mme Leïla Trabelsi") == name_key("Leila Trabelsi")
    assert name_key("Dr. Pr. Nizar Gharbi") == name_key("Nizar Gharbi")
    # A title alone is somebody's name, not nothing.
    assert name_key("Docteur") == "docteur"


def _meeting(store: Store, title: str = "Kairouan") -> str:
    with store.transaction() as session:
        return create_meeting(session, title=title, date=dt.date(2016, 3, 22)).id


def _people(store: Store) -> list[tuple[str, str | None]]:
    with store.session() as session:
        return sorted(
            (p.full_name, p.organisation)
            for p in session.scalars(select(Participant).where(live(Participant)))
        )


def _line(store: Store, meeting_id: str, text: str) -> capture.Captured:
    item = notes.parse_line(text)
    assert item is not None
    with store.transaction() as session:
        return notes.apply(session, session.get_one(Meeting, meeting_id), [item])


def test_the_issue_cases_each_find_the_person_already_there(store: Store) -> None:
    meeting_id = _meeting(store)
    with store.transaction() as session:
        meeting = session.get_one(Meeting, meeting_id)
        hedi = Participant(full_name="Hédi Ben Ammar (sample)", sample=True)
        kamel = Participant(full_name="كمال الزواري", organisation="جامعة القيروان")
        sami = Participant(full_name="Sami Gharbi", organisation="ISET Kairouan")
        fatma = Participant(full_name="فاطمة الزهراء بن علي")
        session.add_all([hedi, kamel, sami, fatma])
        session.flush()
        for person in (hedi, sami, fatma):
            sign_in(session, meeting, person)

    _line(store, meeting_id, "Hédi Ben Ammar: Il faut un diagnostic partagé.")
    _line(store, meeting_id, "الخبير كمال الزواري: يجب إشراك الجامعة")
    _line(store, meeting_id, "ACT: préparer la fiche @Sami 2016-04-30")
    hand = speakers.FinishedTurn(
        "فاطمة",
        None,
        dt.datetime(2016, 3, 22, 10),
        dt.datetime(2016, 3, 22, 10, 2),
        180,
    )
    with store.transaction() as session:
        speakers.record_turn(session, meeting_id, hand)

    assert _people(store) == sorted(
        [
            ("Hédi Ben Ammar (sample)", None),
            ("كمال الزواري", "جامعة القيروان"),
            ("Sami Gharbi", "ISET Kairouan"),
            ("فاطمة الزهراء بن علي", None),
        ]
    )
    with store.session() as session:
        said = session.scalars(select(Intervention).order_by(Intervention.position)).all()
        assert [i.speaker_name for i in said] == ["Hédi Ben Ammar (sample)", "كمال الزواري"]
        assert all(i.participant_id for i in said)
        action = session.scalars(select(ActionItem)).one()
        assert (action.owner_name, action.owner.full_name) == ("Sami Gharbi", "Sami Gharbi")
        turn = session.scalars(select(SpeakingTurn)).one()
        assert turn.speaker_name == "فاطمة الزهراء بن علي"
        present = [r.full_name for r in attendance_list(session, meeting_id)]
    assert len(present) == 4


def test_two_people_of_one_name_make_a_line_ambiguous_not_a_third_person(store: Store) -> None:
    meeting_id = _meeting(store)
    with store.transaction() as session:
        session.add_all(
            [
                Participant(full_name="Mohamed Ben Salah", organisation="Municipalité"),
                Participant(full_name="Mohamed Ben Salah", organisation="KTC Sfax"),
            ]
        )
    for _ in range(3):
        step = _line(store, meeting_id, "Mohamed Ben Salah: Je suis d'accord.")
        assert step.of(Participant) == [] and step.of(Attendance) == []
    # The organisation tells them apart.
    step = _line(store, meeting_id, "Mohamed Ben Salah (KTC Sfax): Et le financement ?")
    assert step.of(Participant) == []
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 2
        said = session.scalars(select(Intervention).order_by(Intervention.position)).all()
        assert [i.participant_id is None for i in said] == [True, True, True, False]
        assert said[0].speaker_name == "Mohamed Ben Salah"
        assert said[-1].participant.organisation == "KTC Sfax"
        match = people.match_person(session, "M. Mohamed Ben Salah", meeting_id=meeting_id)
    # Now one of them is in the room: the room's one is meant.
    assert match.kind is MatchKind.LINKED


def test_a_new_name_makes_one_new_person_once(store: Store) -> None:
    meeting_id = _meeting(store)
    first = _line(store, meeting_id, "Nadia Khelifi: Bonjour")
    second = _line(store, meeting_id, "Mme Nadia Khélifi: encore")
    assert len(first.of(Participant)) == 1 and second.of(Participant) == []
    assert _people(store) == [("Nadia Khelifi", None)]


def test_the_same_people_through_a_file_notes_and_the_capture_line(
    store: Store, tmp_path: Path
) -> None:
    meeting_id = _meeting(store)
    listing = tmp_path / "participants.csv"
    listing.write_text(
        "Nom et prénom;Organisation\n"
        "كمال الزواري;جامعة القيروان\n"
        "Hédi Ben Ammar;Conseil municipal\n"
        "Leïla Trabelsi;\n",
        encoding="utf-8",
    )
    minutes = tmp_path / "notes.txt"
    minutes.write_text(
        "# Débat\n"
        "الدكتور كمال الزّواري: التخطيط الاستراتيجي\n"
        "M. Hédi Ben-Ammar (Conseil municipal): Il faut un diagnostic.\n"
        "Mme Leila Trabelsi: D'accord.\n"
        "ACT: Envoyer le rapport @Leïla 2016-04-01\n",
        encoding="utf-8",
    )
    with store.transaction() as session:
        meeting = session.get_one(Meeting, meeting_id)
        import_participants_file(session, meeting, listing)
        notes.import_notes_file(session, meeting, minutes)
    _line(store, meeting_id, "الأستاذ كمال الزواري: نقطة أخرى")
    _line(store, meeting_id, "Leila: une question")
    again = tmp_path / "again.csv"
    again.write_text("Name,Organisation\nDr Hédi Ben Ammar,Conseil municipal\n", encoding="utf-8")
    with store.transaction() as session:
        report = import_participants_file(session, session.get_one(Meeting, meeting_id), again)
        assert len(report.result.created) == 0 and len(report.result.matched) == 1
    assert _people(store) == sorted(
        [
            ("كمال الزواري", "جامعة القيروان"),
            ("Hédi Ben Ammar", "Conseil municipal"),
            ("Leïla Trabelsi", None),
        ]
    )
    with store.session() as session:
        rows = attendance_list(session, meeting_id)
        assert sorted(r.status for r in rows) == [AttendanceStatus.PRESENT] * 3
        assert session.scalars(select(ActionItem)).one().owner_name == "Leïla Trabelsi"


def test_a_file_row_that_could_be_two_people_is_refused_with_a_reason(
    store: Store, tmp_path: Path
) -> None:
    meeting_id = _meeting(store)
    with store.transaction() as session:
        session.add_all(
            [
                Participant(full_name="Mohamed Ben Salah", organisation="Municipalité"),
                Participant(full_name="Mohamed Ben Salah", organisation="KTC Sfax"),
            ]
        )
    listing = tmp_path / "p.csv"
    listing.write_text("Name,Organisation\nMohamed Ben Salah,\n", encoding="utf-8")
    with store.transaction() as session:
        report = import_participants_file(session, session.get_one(Meeting, meeting_id), listing)
    assert report.result.created == [] and len(report.plan.rejected) == 1
    assert "same name as 2 people" in report.render()


def test_merging_two_records_keeps_every_link_and_undoes_in_one_step(store: Store) -> None:
    first = _meeting(store, "Kairouan")
    second = _meeting(store, "M'saken")
    with store.transaction() as session:
        kept = Participant(full_name="Kamel Zouari", organisation="Université")
        other = Participant(full_name="كمال الزواري", gender=None, phone="98123456")
        session.add_all([kept, other])
        session.flush()
        kept_id, other_id = kept.id, other.id
        sign_in(session, session.get_one(Meeting, first), kept)
        sign_in(session, session.get_one(Meeting, first), other)
        sign_in(session, session.get_one(Meeting, second), other)
    _line(store, second, "كمال الزواري: مداخلة")
    _line(store, second, "ACT: التقرير @كمال الزواري")
    with store.transaction() as session:
        merge = people.merge_participants(session, kept_id, other_id)
    with store.session() as session:
        assert session.get_one(Participant, other_id).deleted
        assert session.get_one(Participant, kept_id).phone == "98123456"
        assert [r.participant_id for r in attendance_list(session, first)] == [kept_id]
        assert [r.participant_id for r in attendance_list(session, second)] == [kept_id]
        said = session.scalars(select(Intervention)).one()
        assert (said.participant_id, said.speaker_name) == (kept_id, "Kamel Zouari")
        assert session.scalars(select(ActionItem)).one().owner_id == kept_id
    with store.transaction() as session:
        merge.undo(session)
    with store.session() as session:
        assert not session.get_one(Participant, other_id).deleted
        assert session.get_one(Participant, kept_id).phone is None
        assert len(attendance_list(session, first)) == 2
        assert [r.participant_id for r in attendance_list(session, second)] == [other_id]
        assert session.scalars(select(Intervention)).one().participant_id == other_id
    with store.transaction() as session:
        merge.redo(session)
    with store.session() as session:
        assert [r.participant_id for r in attendance_list(session, first)] == [kept_id]


def test_removing_a_line_takes_away_the_attendance_it_created(store: Store) -> None:
    from ogpdesk.core.timeline import EntryKind, set_removed

    meeting_id = _meeting(store)
    step = _line(store, meeting_id, "Nadia Khelifi: Bonjour")
    said = step.of(Intervention)[0].id
    with store.session() as session:
        assert len(attendance_list(session, meeting_id)) == 1
    with store.transaction() as session:
        set_removed(session, EntryKind.INTERVENTION, said, True)
    with store.session() as session:
        assert attendance_list(session, meeting_id) == []
    with store.transaction() as session:
        set_removed(session, EntryKind.INTERVENTION, said, False)
    with store.session() as session:
        assert [r.full_name for r in attendance_list(session, meeting_id)] == ["Nadia Khelifi"]


def test_the_secretary_chooses_the_speaker_of_an_ambiguous_line(store: Store) -> None:
    from ogpdesk.core.errors import InvalidInput
    from ogpdesk.core.timeline import entries, set_speaker

    meeting_id = _meeting(store)
    with store.transaction() as session:
        session.add_all(
            [
                Participant(full_name="Mohamed Ben Salah", organisation="Municipalité"),
                Participant(full_name="Mohamed Ben Salah", organisation="KTC Sfax"),
            ]
        )
        ktc = session.scalars(
            select(Participant).where(Participant.organisation == "KTC Sfax")
        ).one()
        ktc_id = ktc.id
    said = _line(store, meeting_id, "Mohamed Ben Salah: Et le financement ?")
    line_id = said.of(Intervention)[0].id
    wrong = _line(store, meeting_id, "Hédi: Je suis d'accord")
    wrong_id = wrong.of(Intervention)[0].id
    with store.session() as session:
        assert [e.unlinked for e in entries(session, meeting_id)] == [True, False]
        try:
            set_speaker(session, line_id, "Mohamed Ben Salah")
        except InvalidInput as exc:
            assert "2 people" in exc.message("en")
        else:
            raise AssertionError("an ambiguous name was accepted")
    with store.transaction() as session:
        chosen = set_speaker(session, line_id, "", participant_id=ktc_id)
        # "Hédi" was Hédi Ben Ammar, a newcomer: the line's own "Hédi" goes away.
        renamed = set_speaker(session, wrong_id, "Hédi Ben Ammar")
    with store.session() as session:
        assert [e.unlinked for e in entries(session, meeting_id)] == [False, False]
        assert [e.who for e in entries(session, meeting_id)] == [
            "Mohamed Ben Salah",
            "Hédi Ben Ammar",
        ]
        assert sorted(r.full_name for r in attendance_list(session, meeting_id)) == [
            "Hédi Ben Ammar",
            "Mohamed Ben Salah",
        ]
    with store.transaction() as session:
        renamed.undo(session)
        chosen.undo(session)
    with store.session() as session:
        assert [(e.who, e.unlinked) for e in entries(session, meeting_id)] == [
            ("Mohamed Ben Salah", True),
            ("Hédi", False),
        ]
        assert [r.full_name for r in attendance_list(session, meeting_id)] == ["Hédi"]
