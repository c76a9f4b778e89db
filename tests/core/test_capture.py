"""Capture services: what a facilitator records lands in the store, in order, undoably."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ogpdesk.core import capture
from ogpdesk.core.errors import Locked
from ogpdesk.core.meetings import create_meeting, set_status
from ogpdesk.core.models import (
    ActionItem,
    Attendance,
    AttendanceStatus,
    Intervention,
    Meeting,
    MeetingStatus,
    Participant,
    Recommendation,
)
from ogpdesk.core.store import Store


def _meeting(store: Store) -> str:
    with store.transaction() as session:
        return create_meeting(
            session,
            title="Session de sensibilisation — Kairouan",
            date=dt.date(2016, 3, 22),
            kind="awareness_session",
            city="Kairouan",
        ).id


def test_a_debate_is_recorded_in_the_order_it_was_said(store: Store) -> None:
    meeting_id = _meeting(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        capture.add_agenda_item(session, meeting, "النقاش / Débat")
        capture.add_intervention(
            session,
            meeting,
            "نقترح تعميم التجربة على البلديات الصغيرة في الجهة",
            speaker_name="محمد بن صالح",
            organisation="بلدية القيروان",
        )
        capture.add_intervention(
            session, meeting, "Il faut accélérer la loi 3P.", speaker_name="Sonia Trabelsi"
        )
        capture.add_recommendation(
            session, meeting, "to adopt a participative approach between the municipality"
        )
        capture.add_action(
            session, meeting, "Identifier les groupes sectoriels", due_date=dt.date(2016, 6, 30)
        )

    with store.session() as session:
        timeline = sorted(
            [
                *session.scalars(select(Intervention)),
                *session.scalars(select(Recommendation)),
                *session.scalars(select(ActionItem)),
            ],
            key=lambda row: row.position,
        )
        assert [type(row).__name__ for row in timeline] == [
            "Intervention",
            "Intervention",
            "Recommendation",
            "ActionItem",
        ]
        first = timeline[0]
        assert isinstance(first, Intervention)
        assert first.speaker_name == "محمد بن صالح"
        assert first.organisation == "بلدية القيروان"
        assert first.agenda_item is not None and first.agenda_item.title == "النقاش / Débat"
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None and meeting.status is MeetingStatus.OPEN
        present = session.scalars(
            select(Attendance).where(Attendance.status == AttendanceStatus.PRESENT)
        ).all()
        assert len(present) == 2


def test_a_speaker_typed_with_other_vowels_is_the_same_participant(store: Store) -> None:
    meeting_id = _meeting(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        capture.add_intervention(session, meeting, "أولا", speaker_name="أحمد الكافي")
        second = capture.add_intervention(session, meeting, "ثانيا", speaker_name="احمد الكافي")
        assert second.of(Participant) == []
    with store.session() as session:
        assert len(session.scalars(select(Participant)).all()) == 1


def test_undo_hides_what_a_step_created_and_redo_brings_it_back(store: Store) -> None:
    meeting_id = _meeting(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        step = capture.add_intervention(session, meeting, "Bonjour", speaker_name="Karim Jendoubi")
        rows = step.rows
        assert step.changes().timeline and step.changes().participants
        capture.set_deleted(session, rows, True)
    with store.session() as session:
        assert (
            session.scalars(select(Intervention).where(Intervention.deleted.is_(False))).all() == []
        )
    with store.transaction() as session:
        capture.set_deleted(session, [session.merge(row) for row in rows], False)
    with store.session() as session:
        summaries = [
            i.summary
            for i in session.scalars(select(Intervention).where(Intervention.deleted.is_(False)))
        ]
        assert summaries == ["Bonjour"]


def test_recommendations_and_decisions_are_numbered_per_meeting(store: Store) -> None:
    meeting_id = _meeting(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        numbers = [
            capture.add_recommendation(session, meeting, text).number
            for text in ("first", "second", "third")
        ]
        decisions = [capture.add_decision(session, meeting, t).number for t in ("a", "b")]
    assert numbers == [1, 2, 3]
    assert decisions == [1, 2]


def test_an_approved_meeting_refuses_new_items_and_changes_nothing(store: Store) -> None:
    meeting_id = _meeting(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        capture.add_recommendation(session, meeting, "kept")
        set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
    with pytest.raises(Locked), store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        capture.add_recommendation(session, meeting, "refused")
    with store.session() as session:
        assert [r.text for r in session.scalars(select(Recommendation))] == ["kept"]
