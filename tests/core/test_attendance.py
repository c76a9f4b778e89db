"""Attendance as the sign-in panel changes it: exact undo, type-ahead, newcomers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ogpdesk.core import attendance, participants
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import (
    Attendance,
    AttendanceStatus,
    Gender,
    Meeting,
    Participant,
    StakeholderGroup,
)
from ogpdesk.core.store import Store


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    """A meeting in El Kef with one invited person and one only in the directory."""
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Réunion trimestrielle — El Kef",
            date=dt.date(2025, 1, 15),
            city="El Kef",
        )
        invited = Participant(
            full_name="عينة — أحمد الكافي",
            organisation="بلدية الكاف",
            stakeholder_group=StakeholderGroup.AUTHORITY,
            gender=Gender.MALE,
        )
        known = Participant(
            full_name="Sample — Leïla Ben Ammar",
            organisation="Association TWIZA",
            stakeholder_group=StakeholderGroup.CIVIL_SOCIETY,
            gender=Gender.FEMALE,
        )
        session.add_all([invited, known])
        session.add(Attendance(meeting=meeting, participant=invited))
        session.flush()
        return {"meeting": meeting.id, "invited": invited.id, "known": known.id}


def _statuses(store: Store, meeting_id: str) -> dict[str, AttendanceStatus]:
    with store.session() as session:
        return {r.full_name: r.status for r in attendance.attendance_list(session, meeting_id)}


def test_signing_in_an_invited_person_and_undo(store: Store, people: dict[str, str]) -> None:
    with store.transaction() as session:
        edit = attendance.set_attendance(session, people["meeting"], people["invited"])
    assert _statuses(store, people["meeting"]) == {"عينة — أحمد الكافي": AttendanceStatus.PRESENT}
    with store.session() as session:
        (row,) = attendance.attendance_list(session, people["meeting"])
        assert row.signed_in_at is not None
    with store.transaction() as session:
        edit.undo(session)
    assert _statuses(store, people["meeting"]) == {"عينة — أحمد الكافي": AttendanceStatus.INVITED}
    with store.transaction() as session:
        edit.redo(session)
    assert _statuses(store, people["meeting"])["عينة — أحمد الكافي"] is AttendanceStatus.PRESENT


def test_undoing_a_first_sign_in_removes_the_person(store: Store, people: dict[str, str]) -> None:
    with store.transaction() as session:
        edit = attendance.set_attendance(
            session, people["meeting"], people["known"], AttendanceStatus.REMOTE
        )
        assert attendance.counts(session, people["meeting"]).attended == 1
    assert _statuses(store, people["meeting"])["Sample — Leïla Ben Ammar"] is (
        AttendanceStatus.REMOTE
    )
    with store.transaction() as session:
        edit.undo(session)
        assert attendance.counts(session, people["meeting"]).attended == 0
    assert "Sample — Leïla Ben Ammar" not in _statuses(store, people["meeting"])


def test_type_ahead_in_both_scripts_with_status(store: Store, people: dict[str, str]) -> None:
    with store.session() as session:
        arabic = attendance.find(session, people["meeting"], "احمد")
        latin = attendance.find(session, people["meeting"], "leila")
    assert [(c.full_name, c.status) for c in arabic] == [
        ("عينة — أحمد الكافي", AttendanceStatus.INVITED)
    ]
    assert [(c.full_name, c.status) for c in latin] == [("Sample — Leïla Ben Ammar", None)]


def test_a_newcomer_is_created_present(store: Store, people: dict[str, str]) -> None:
    with store.transaction() as session:
        created = attendance.add_newcomer(
            session,
            people["meeting"],
            "  Sample — Karim   Joussour ",
            organisation="Joussour",
            stakeholder_group=StakeholderGroup.CITIZEN,
            gender=Gender.MALE,
        )
        assert {type(r) for r in created.rows} == {Participant, Attendance}
        counts = attendance.counts(session, people["meeting"])
    assert counts.by_group == {StakeholderGroup.CITIZEN: 1}
    assert _statuses(store, people["meeting"])["Sample — Karim Joussour"] is (
        AttendanceStatus.PRESENT
    )
    with pytest.raises(InvalidInput), store.transaction() as session:
        attendance.add_newcomer(session, people["meeting"], "   ")
    with store.session() as session:
        meeting = session.get(Meeting, people["meeting"])
        assert meeting is not None
        assert len(attendance.attendance_list(session, meeting.id)) == 2


def test_an_import_is_undone_exactly(store: Store, people: dict[str, str], data: Path) -> None:
    table = participants.read_table(data / "participants_kef_1256.csv")
    mapping = participants.guess_mapping(table.headers)
    with store.transaction() as session:
        known = session.get_one(Participant, people["known"])
        # The directory knows her without her organisation's name in the file.
        known.full_name, known.organisation = "Leïla Ben Ammar", None
    with store.transaction() as session:
        edit = attendance.import_participants(session, people["meeting"], table, mapping)
    assert len(edit.created_ids) == 3 and len(edit.invited_ids) == 4
    statuses = _statuses(store, people["meeting"])
    assert len(statuses) == 5 and statuses["Leïla Ben Ammar"] is AttendanceStatus.INVITED
    with store.session() as session:
        assert session.get_one(Participant, people["known"]).organisation == "CD2 Kef Center"

    with store.transaction() as session:
        edit.undo(session)
    assert _statuses(store, people["meeting"]) == {"عينة — أحمد الكافي": AttendanceStatus.INVITED}
    with store.session() as session:
        assert session.get_one(Participant, people["known"]).organisation is None
    with store.transaction() as session:
        edit.redo(session)
    assert _statuses(store, people["meeting"]) == statuses
