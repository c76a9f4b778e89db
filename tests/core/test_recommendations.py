"""The recommendations board's services: every edit is exact to undo and to redo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from ogpdesk.core import capture
from ogpdesk.core import recommendations as recs
from ogpdesk.core.errors import InvalidInput, Locked
from ogpdesk.core.meetings import create_meeting, create_process, set_status
from ogpdesk.core.models import (
    Intervention,
    Meeting,
    MeetingStatus,
    Priority,
    ProcessKind,
    Recommendation,
    RecommendationStatus,
)
from ogpdesk.core.store import Store

KAIROUAN = [
    "the need to disseminate this experience for small municipalities in the region",
    "to adopt a participative approach between the municipality, the administrations "
    "and the civil society",
    "accelerate the introduction of the law of partnership between the public and private "
    "sectors (3P)",
    "to accelerate the identification of sector working groups",
]
DUPLICATE = "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني"


@dataclass
class Seminar:
    meeting_id: str
    rec_ids: list[str]
    intervention_ids: list[str]


@pytest.fixture
def seminar(store: Store) -> Seminar:
    """Kairouan's four recommendations, then a fifth that repeats the second in Arabic."""
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Session de sensibilisation — Kairouan",
            date=dt.date(2016, 3, 22),
            kind="awareness_session",
            city="Kairouan",
        )
        capture.add_agenda_item(session, meeting, "النقاش / Débat")
        said = [
            capture.add_intervention(session, meeting, summary, speaker_name=name).of(
                capture.Intervention
            )[0]
            for name, summary in [
                ("Sample — Mohamed Ben Salah", "Small municipalities need this experience."),
                ("عينة — سنية الطرابلسي", "المجتمع المدني يجب أن يشارك من البداية"),
                ("Sample — Expert KTC Sfax", "La loi 3P doit être accélérée."),
            ]
        ]
        rows = [
            capture.add_recommendation(session, meeting, text, sources=[said[i]])
            for i, text in zip([0, 1, 2, 2], KAIROUAN, strict=True)
        ]
        rows.append(
            capture.add_recommendation(
                session, meeting, DUPLICATE, sources=[said[1]], theme="Participation"
            )
        )
        return Seminar(meeting.id, [r.id for r in rows], [i.id for i in said])


def _state(store: Store, rec_id: str) -> recs.Snapshot:
    with store.session() as session:
        row = session.get(Recommendation, rec_id)
        assert row is not None
        return recs.Snapshot.of(row)


def _board(store: Store, meeting_id: str) -> list[tuple[int, str]]:
    with store.session() as session:
        return [
            (r.number, r.text)
            for r in recs.list_recommendations(session, meeting_id=meeting_id, include_merged=False)
        ]


def test_update_sets_fields_and_undo_restores_them(store: Store, seminar: Seminar) -> None:
    first = seminar.rec_ids[0]
    before = _state(store, first)
    with store.transaction() as session:
        edit = recs.update(
            session,
            first,
            theme="Décentralisation",
            addressee="بلدية القيروان",
            priority="high",
            status="adopted",
            text_ar="ضرورة نشر هذه التجربة لفائدة البلديات الصغيرة في الجهة",
        )
    assert edit.changes().recommendations and edit.changes().timeline
    after = _state(store, first)
    assert after.theme == "Décentralisation"
    assert after.addressee == "بلدية القيروان"
    assert after.priority is Priority.HIGH
    assert after.status is RecommendationStatus.ADOPTED
    with store.transaction() as session:
        edit.undo(session)
    assert _state(store, first) == before
    with store.transaction() as session:
        edit.redo(session)
    assert _state(store, first) == after


def test_a_theme_alone_does_not_concern_the_timeline(store: Store, seminar: Seminar) -> None:
    with store.transaction() as session:
        edit = recs.update(session, seminar.rec_ids[0], theme="Planification")
    assert edit.changes().recommendations and not edit.changes().timeline


@pytest.mark.parametrize(
    "values",
    [
        {"text": "   "},
        {"priority": "urgent"},
        {"status": "merged"},
        {"status": "approuvée"},
        {"colour": "red"},
    ],
)
def test_bad_values_are_refused_and_change_nothing(
    store: Store, seminar: Seminar, values: dict[str, object]
) -> None:
    before = _state(store, seminar.rec_ids[0])
    with pytest.raises(InvalidInput), store.transaction() as session:
        recs.update(session, seminar.rec_ids[0], **values)
    assert _state(store, seminar.rec_ids[0]) == before


def test_merge_keeps_both_sources_and_marks_the_duplicate(store: Store, seminar: Seminar) -> None:
    keep, dup = seminar.rec_ids[1], seminar.rec_ids[4]
    before = {i: _state(store, i) for i in (keep, dup)}
    with store.transaction() as session:
        edit = recs.merge(session, keep, [dup])

    kept, absorbed = _state(store, keep), _state(store, dup)
    assert set(kept.source_ids) == {seminar.intervention_ids[1]}
    assert kept.theme == "Participation"  # filled from the duplicate, which had one
    assert kept.text == KAIROUAN[1]
    assert absorbed.status is RecommendationStatus.MERGED
    assert absorbed.merged_into_id == keep
    assert absorbed.text == DUPLICATE  # the duplicate's words are kept
    assert [n for n, _ in _board(store, seminar.meeting_id)] == [1, 2, 3, 4]

    with store.transaction() as session:
        edit.undo(session)
    assert {i: _state(store, i) for i in (keep, dup)} == before
    with store.transaction() as session:
        edit.redo(session)
    assert _state(store, keep) == kept and _state(store, dup) == absorbed


def test_merge_unites_sources_from_different_interventions(store: Store, seminar: Seminar) -> None:
    first, third = seminar.rec_ids[0], seminar.rec_ids[2]
    with store.transaction() as session:
        recs.merge(session, first, [third])
    assert set(_state(store, first).source_ids) == {
        seminar.intervention_ids[0],
        seminar.intervention_ids[2],
    }


def test_merging_into_an_absorbed_row_leaves_no_chain(store: Store, seminar: Seminar) -> None:
    a, b, c = seminar.rec_ids[1], seminar.rec_ids[4], seminar.rec_ids[0]
    with store.transaction() as session:
        recs.merge(session, a, [b])
    with store.transaction() as session:
        edit = recs.merge(session, c, [a])
    assert _state(store, b).merged_into_id == c
    with store.transaction() as session:
        edit.undo(session)
    assert _state(store, b).merged_into_id == a


def test_merge_refuses_nonsense(store: Store, seminar: Seminar) -> None:
    keep, dup = seminar.rec_ids[1], seminar.rec_ids[4]
    with pytest.raises(InvalidInput), store.transaction() as session:
        recs.merge(session, keep, [keep])
    with store.transaction() as session:
        recs.merge(session, keep, [dup])
    with pytest.raises(InvalidInput), store.transaction() as session:
        recs.update(session, dup, text="changed after merge")
    with pytest.raises(InvalidInput), store.transaction() as session:
        recs.merge(session, dup, [seminar.rec_ids[0]])


def test_merge_across_unrelated_meetings_is_refused(store: Store, seminar: Seminar) -> None:
    with store.transaction() as session:
        other = create_meeting(
            session, title="Session — M'saken", date=dt.date(2016, 3, 26), city="M'saken"
        )
        elsewhere = capture.add_recommendation(session, other, "M'Saken 2050").id
    with pytest.raises(InvalidInput), store.transaction() as session:
        recs.merge(session, seminar.rec_ids[0], [elsewhere])


def test_process_wide_list_and_merge(store: Store, seminar: Seminar) -> None:
    with store.transaction() as session:
        process = create_process(
            session, title="Planification stratégique 2016", kind=ProcessKind.STRATEGIC_PLANNING
        )
        kairouan = session.get(Meeting, seminar.meeting_id)
        assert kairouan is not None
        kairouan.process = process
        msaken = create_meeting(
            session,
            title="Session — M'saken",
            date=dt.date(2016, 3, 26),
            city="M'saken",
            process=process,
        )
        coordination = capture.add_recommendation(
            session, msaken, "Coordinate with MedCities on sustainable strategic planning"
        ).id
        process_id = process.id
    with store.session() as session:
        rows = recs.list_recommendations(session, process_id=process_id)
    assert [r.meeting_date for r in rows] == [dt.date(2016, 3, 22)] * 5 + [dt.date(2016, 3, 26)]
    assert rows[-1].text.startswith("Coordinate with MedCities")
    with store.transaction() as session:
        recs.merge(session, coordination, [seminar.rec_ids[0]])
    assert _state(store, seminar.rec_ids[0]).merged_into_id == coordination


def test_reorder_renumbers_and_undo_restores(store: Store, seminar: Seminar) -> None:
    ids = seminar.rec_ids
    with store.transaction() as session:
        edit = recs.move(session, ids[3], 0)
    assert _board(store, seminar.meeting_id) == [
        (1, KAIROUAN[3]),
        (2, KAIROUAN[0]),
        (3, KAIROUAN[1]),
        (4, KAIROUAN[2]),
        (5, DUPLICATE),
    ]
    assert not edit.changes().timeline
    with store.transaction() as session:
        edit.undo(session)
    assert _board(store, seminar.meeting_id) == [
        (n, t) for n, t in enumerate([*KAIROUAN, DUPLICATE], start=1)
    ]


def test_reorder_must_name_every_recommendation(store: Store, seminar: Seminar) -> None:
    with pytest.raises(InvalidInput), store.transaction() as session:
        recs.reorder(session, seminar.meeting_id, seminar.rec_ids[:3])


def test_split_inserts_the_second_part_after_the_first(store: Store, seminar: Seminar) -> None:
    original = seminar.rec_ids[2]
    with store.transaction() as session:
        recs.update(session, original, theme="Partenariat public-privé", priority=Priority.HIGH)
    with store.transaction() as session:
        edit = recs.split(
            session,
            original,
            "accelerate the introduction of the law of partnership (3P)",
            "promote the development of the city through the 3P",
        )
    board = _board(store, seminar.meeting_id)
    assert [n for n, _ in board] == [1, 2, 3, 4, 5, 6]
    assert board[2][1] == "accelerate the introduction of the law of partnership (3P)"
    assert board[3][1] == "promote the development of the city through the 3P"
    assert board[4][1] == KAIROUAN[3]
    new_id = edit.after[-1].id
    part = _state(store, new_id)
    assert part.theme == "Partenariat public-privé"
    assert part.priority is Priority.HIGH
    assert part.source_ids == (seminar.intervention_ids[2],)

    with store.transaction() as session:
        edit.undo(session)
    assert _board(store, seminar.meeting_id) == [
        (n, t) for n, t in enumerate([*KAIROUAN, DUPLICATE], start=1)
    ]
    assert _state(store, new_id).deleted
    with store.transaction() as session:
        edit.redo(session)
    assert _board(store, seminar.meeting_id) == board


def test_split_needs_two_texts(store: Store, seminar: Seminar) -> None:
    with pytest.raises(InvalidInput), store.transaction() as session:
        recs.split(session, seminar.rec_ids[0], "only one part", "  ")
    assert len(_board(store, seminar.meeting_id)) == 5


def test_link_and_unlink_sources(store: Store, seminar: Seminar) -> None:
    rec = seminar.rec_ids[3]
    with store.transaction() as session:
        link = recs.link_source(session, rec, seminar.intervention_ids[0])
        candidates = recs.candidate_sources(session, seminar.meeting_id)
    assert [c.id for c in candidates] == seminar.intervention_ids
    assert set(_state(store, rec).source_ids) == {
        seminar.intervention_ids[0],
        seminar.intervention_ids[2],
    }
    with store.transaction() as session:
        unlink = recs.unlink_source(session, rec, seminar.intervention_ids[2])
    assert _state(store, rec).source_ids == (seminar.intervention_ids[0],)
    with store.transaction() as session:
        unlink.undo(session)
        link.undo(session)
    assert _state(store, rec).source_ids == (seminar.intervention_ids[2],)


def test_a_source_from_another_meeting_is_refused(store: Store, seminar: Seminar) -> None:
    with store.transaction() as session:
        other = create_meeting(session, title="Session — M'saken", date=dt.date(2016, 3, 26))
        foreign = capture.add_intervention(session, other, "M'Saken 2050", speaker_name="Sample")
        foreign_id = foreign.of(capture.Intervention)[0].id
    with pytest.raises(InvalidInput), store.transaction() as session:
        recs.link_source(session, seminar.rec_ids[0], foreign_id)


def test_an_approved_meeting_refuses_edits_and_undo(store: Store, seminar: Seminar) -> None:
    with store.transaction() as session:
        edit = recs.update(session, seminar.rec_ids[0], status="adopted")
        meeting = session.get(Meeting, seminar.meeting_id)
        assert meeting is not None
        set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
    with pytest.raises(Locked), store.transaction() as session:
        recs.update(session, seminar.rec_ids[0], theme="late")
    with pytest.raises(Locked), store.transaction() as session:
        edit.undo(session)
    assert _state(store, seminar.rec_ids[0]).status is RecommendationStatus.ADOPTED


def test_deleted_recommendations_are_not_listed(store: Store, seminar: Seminar) -> None:
    with store.transaction() as session:
        row = session.scalars(
            select(Recommendation).where(Recommendation.id == seminar.rec_ids[0])
        ).one()
        capture.set_deleted(session, [row], True)
    assert KAIROUAN[0] not in [t for _, t in _board(store, seminar.meeting_id)]


def test_the_board_rows_by_status_or_by_id_with_their_sources(
    store: Store, seminar: Seminar
) -> None:
    with store.transaction() as session:
        recs.update(session, seminar.rec_ids[1], status=RecommendationStatus.ADOPTED)
        recs.update(session, seminar.rec_ids[4], status=RecommendationStatus.ADOPTED)
        # A source removed from the timeline is no longer shown under its recommendation.
        session.get(Intervention, seminar.intervention_ids[2]).deleted = True
    with store.session() as session:
        adopted = recs.list_recommendations(
            session, meeting_id=seminar.meeting_id, status=RecommendationStatus.ADOPTED
        )
        assert [(r.number, r.text) for r in adopted] == [(2, KAIROUAN[1]), (5, DUPLICATE)]
        assert [s.speaker_name for s in adopted[1].sources] == ["عينة — سنية الطرابلسي"]
        by_id = recs.list_recommendations(session, ids=[seminar.rec_ids[3], seminar.rec_ids[0]])
        assert [(r.number, r.meeting_title) for r in by_id] == [
            (1, "Session de sensibilisation — Kairouan"),
            (4, "Session de sensibilisation — Kairouan"),
        ]
        assert by_id[1].sources == ()
        assert by_id[0].status is RecommendationStatus.PROPOSED
