"""Finding and listing meetings as the command line and the home view do."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from ogpdesk.core import capture
from ogpdesk.core.errors import Ambiguous, InvalidInput, Locked, NotFound
from ogpdesk.core.meetings import (
    create_meeting,
    create_process,
    duplicate_meeting,
    find_meeting,
    list_meetings,
    locked_meeting,
    reopen_meeting,
    set_status,
    update_meeting,
)
from ogpdesk.core.models import AttendanceStatus, Meeting, MeetingKind, MeetingStatus, ProcessKind
from ogpdesk.core.store import Store


@pytest.fixture
def meetings(store: Store) -> Store:
    with store.transaction() as session:
        process = create_process(
            session, title="City strategic planning awareness", kind=ProcessKind.STRATEGIC_PLANNING
        )
        kairouan = create_meeting(
            session,
            title="Awareness session — Kairouan",
            title_ar="يوم تحسيسي حول التخطيط الاستراتيجي — القيروان",
            date=dt.date(2016, 3, 22),
            kind=MeetingKind.AWARENESS_SESSION,
            city="Kairouan",
            process=process,
        )
        create_meeting(
            session,
            title="Awareness session — M'saken",
            date=dt.date(2016, 3, 26),
            kind="Awareness session",
            city="M'saken",
            process=process,
        )
        capture.add_intervention(session, kairouan, "Bonjour", speaker_name="Sample — Expert")
        capture.add_recommendation(session, kairouan, "disseminate this experience")
        capture.add_action(session, kairouan, "identify sector working groups")
    return store


def test_meetings_are_listed_by_date_with_their_counts(meetings: Store) -> None:
    with meetings.session() as session:
        rows = list_meetings(session)
    assert [r.city for r in rows] == ["Kairouan", "M'saken"]
    assert (rows[0].participants, rows[0].recommendations, rows[0].open_actions) == (1, 1, 1)
    assert rows[1].kind is MeetingKind.AWARENESS_SESSION


@pytest.mark.parametrize("query", ["kairouan", "KAIROUAN", "القيروان", "القَيْرَوان"])
def test_a_meeting_is_found_by_part_of_its_title_in_either_script(
    meetings: Store, query: str
) -> None:
    with meetings.session() as session:
        assert find_meeting(session, query).city == "Kairouan"


def test_an_ambiguous_or_unknown_title_is_refused_with_the_candidates(meetings: Store) -> None:
    with meetings.session() as session:
        with pytest.raises(Ambiguous) as ambiguous:
            find_meeting(session, "awareness")
        assert "Kairouan" in str(ambiguous.value) and "M'saken" in str(ambiguous.value)
        with pytest.raises(NotFound):
            find_meeting(session, "Sfax")


def test_a_meeting_is_found_by_its_id_prefix(meetings: Store) -> None:
    with meetings.session() as session:
        first = list_meetings(session)[0]
        assert find_meeting(session, first.id[:8]).id == first.id


def test_statuses_follow_the_meeting_life(meetings: Store) -> None:
    with meetings.transaction() as session:
        meeting = find_meeting(session, "Kairouan")
        with pytest.raises(InvalidInput):
            set_status(session, meeting, MeetingStatus.APPROVED)
        set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
        assert meeting.approved_at is not None
        set_status(session, meeting, MeetingStatus.CLOSED)
        assert meeting.approved_at is None


def test_an_unknown_meeting_kind_names_the_known_ones(store: Store) -> None:
    with pytest.raises(InvalidInput) as error, store.transaction() as session:
        create_meeting(session, title="X", date=dt.date(2025, 1, 1), kind="party")
    assert "quarterly_review" in str(error.value)


def test_a_quarterly_meeting_is_duplicated_with_its_agenda_and_invitees(store: Store) -> None:
    with store.transaction() as session:
        process = create_process(
            session, title="OGP Local action plan El Kef 2024–2027", kind=ProcessKind.ACTION_PLAN
        )
        q3 = create_meeting(
            session,
            title="Réunion trimestrielle — Le Kef",
            title_ar="الاجتماع الدوري — الكاف",
            date=dt.date(2025, 9, 30),
            kind=MeetingKind.QUARTERLY_REVIEW,
            city="El Kef",
            process=process,
            chair="Sample Chair",
        )
        capture.add_agenda_item(session, q3, "Avancement des engagements")
        second = capture.add_agenda_item(session, q3, "مصفوفة التقدم")
        third = capture.add_agenda_item(session, q3, "Divers")
        second.number, third.number = 3, 2  # the user moved it last
        capture.add_intervention(session, q3, "Une remarque", speaker_name="Sample Member (عينة)")
        capture.add_recommendation(session, q3, "Publier la matrice sur l'écran géant")
        session.flush()
        q3_id = q3.id
    with store.transaction() as session:
        q4 = duplicate_meeting(session, find_meeting(session, q3_id), date=dt.date(2025, 12, 30))
        q4_id = q4.id
    with store.session() as session:
        q4 = find_meeting(session, q4_id)
        assert (q4.title, q4.title_ar, q4.city, q4.chair) == (
            "Réunion trimestrielle — Le Kef",
            "الاجتماع الدوري — الكاف",
            "El Kef",
            "Sample Chair",
        )
        assert q4.status is MeetingStatus.PLANNED and q4.process_id is not None
        assert [(a.number, a.title) for a in sorted(q4.agenda_items, key=lambda a: a.number)] == [
            (1, "Avancement des engagements"),
            (2, "Divers"),
            (3, "مصفوفة التقدم"),
        ]
        assert [(a.participant.full_name, a.status) for a in q4.attendances] == [
            ("Sample Member (عينة)", AttendanceStatus.INVITED)
        ]
        summary = {m.id: m for m in list_meetings(session)}[q4_id]
        assert (summary.recommendations, summary.participants) == (0, 0)


def test_reopening_an_approved_meeting_is_recorded_in_its_timeline(store: Store) -> None:
    with store.transaction() as session:
        meeting = create_meeting(
            session, title="Kairouan", date=dt.date(2016, 3, 22), languages="fr,ar"
        )
        with pytest.raises(InvalidInput):
            reopen_meeting(session, meeting, by="Sample Secretary")
        set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
        with pytest.raises(Locked):
            update_meeting(session, meeting, city="Sousse")
        note = reopen_meeting(session, meeting, by="Sample Secretary")
        assert meeting.status is MeetingStatus.CLOSED
        assert note.speaker_name is None and "Sample Secretary" in note.summary
        assert update_meeting(session, meeting, city="القيروان").meetings
        assert meeting.city == "القيروان"
        with pytest.raises(InvalidInput):
            update_meeting(session, meeting, title="  ")


def test_an_unknown_meeting_is_reported_in_the_users_language(store: Store) -> None:
    with pytest.raises(NotFound) as error, store.session() as session:
        find_meeting(session, "Sfax")
    assert error.value.message("ar") == "لا يوجد اجتماع يطابق «Sfax»."


def test_a_meeting_created_with_a_process_id_belongs_to_that_process(store: Store) -> None:
    with store.transaction() as session:
        process = create_process(session, title="Plan d'action OGP Le Kef")
        meeting = create_meeting(
            session, title="Atelier", date=dt.date(2024, 5, 2), process_id=process.id
        )
        meeting_id, process_id = meeting.id, process.id
    with store.session() as session:
        assert session.get_one(Meeting, meeting_id).process_id == process_id


def _meeting_reads(store: Store) -> list[str]:
    """Every statement that reads the meeting table, as they are sent."""
    reads: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _seen(_conn, _cursor, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM meeting" in statement:
            reads.append(statement)

    return reads


def test_a_transaction_reads_and_holds_its_meeting_once(store: Store) -> None:
    with store.transaction() as session:
        meeting_id = create_meeting(session, title="Séance", date=dt.date(2025, 1, 8)).id
    reads = _meeting_reads(store)
    with store.transaction() as session:
        meeting = locked_meeting(session, meeting_id)
        assert meeting is not None
        capture.add_intervention(session, meeting, "Premier point")
        capture.add_decision(session, meeting, "Adopté")
        capture.add_recommendation(session, meeting, "Publier le budget")
    assert len(reads) == 1
    if store.engine.dialect.name == "postgresql":
        assert "FOR UPDATE" in reads[0]


def test_a_savepoint_rolled_back_gives_up_the_meeting_it_held(store: Store) -> None:
    # PostgreSQL releases the row locks a rolled-back savepoint took: the meeting must be
    # held again, not assumed held.
    with store.transaction() as session:
        meeting_id = create_meeting(session, title="Séance", date=dt.date(2025, 1, 8)).id
    reads = _meeting_reads(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        with session.begin_nested() as savepoint:
            capture.add_decision(session, meeting, "Retirée")
            savepoint.rollback()
        capture.add_decision(session, meeting, "Adoptée")
    # Held in the savepoint, then again after it: the lock's own read, twice.
    assert len([r for r in reads if r.startswith("SELECT meeting.status")]) == 2
    with store.session() as session:
        assert session.get(Meeting, meeting_id).item_counter == 1
