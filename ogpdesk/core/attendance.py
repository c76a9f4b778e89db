"""Attendance at one meeting, as the sign-in panel shows and changes it.

Signing in is ``participants.sign_in``; this module adds what the window needs around it:
the list of people expected or present, and a change of status that can be undone exactly —
including the first sign-in of somebody who was not invited, whose attendance row is then
soft-deleted again by the undo.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core import participants
from ogpdesk.core.capture import Captured, set_deleted
from ogpdesk.core.changes import Changes
from ogpdesk.core.edits import ROW, FieldEdit, write_fields
from ogpdesk.core.errors import NotFound
from ogpdesk.core.meetings import ensure_editable, get_meeting, live
from ogpdesk.core.models import (
    Attendance,
    AttendanceStatus,
    Gender,
    Participant,
    Record,
    StakeholderGroup,
)
from ogpdesk.core.textnorm import normalise
from ogpdesk.i18n import QT_TRANSLATE_NOOP

PARTICIPANT = QT_TRANSLATE_NOOP("Errors", "participant")


@dataclass(frozen=True)
class AttendanceRow:
    """A line of the attendance list."""

    participant_id: str
    full_name: str
    organisation: str | None
    stakeholder_group: StakeholderGroup | None
    gender: Gender | None
    status: AttendanceStatus
    signed_in_at: dt.datetime | None


# What a change of status touches, and so what its undo puts back.
_STATE = ("status", "signed_in_at", "deleted")


def _state(attendance: Attendance) -> dict[str, Any]:
    return {name: getattr(attendance, name) for name in _STATE}


def set_attendance(
    session: Session,
    meeting_id: str,
    participant_id: str,
    status: AttendanceStatus = AttendanceStatus.PRESENT,
) -> FieldEdit:
    """Sign somebody in (or mark them absent, excused, remote), undoably."""
    meeting = get_meeting(session, meeting_id)
    participant = session.get(Participant, participant_id)
    if participant is None or participant.deleted:
        raise NotFound(what=PARTICIPANT, query=participant_id)
    existing = session.scalars(
        select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.participant_id == participant.id
        )
    ).first()
    before = _state(existing) if existing is not None else None
    participants.sign_in(session, meeting, participant, AttendanceStatus(status))
    attendance = session.scalars(
        select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.participant_id == participant.id
        )
    ).one()
    after = _state(attendance)
    return FieldEdit(
        Attendance,
        attendance.id,
        before or {**after, "deleted": True},
        after,
        Changes(attendance=True),
    )


def attendance_list(session: Session, meeting_id: str) -> list[AttendanceRow]:
    """Everyone invited to or present at the meeting, by name (folded, so scripts mix well)."""
    rows = session.execute(
        select(Attendance, Participant)
        .join(Participant, Attendance.participant_id == Participant.id)
        .where(Attendance.meeting_id == meeting_id, live(Attendance), live(Participant))
    ).all()
    listed = [
        AttendanceRow(
            participant_id=participant.id,
            full_name=participant.full_name,
            organisation=participant.organisation,
            stakeholder_group=participant.stakeholder_group,
            gender=participant.gender,
            status=attendance.status,
            signed_in_at=attendance.signed_in_at,
        )
        for attendance, participant in rows
    ]
    return sorted(listed, key=lambda r: normalise(r.full_name))


def counts(session: Session, meeting_id: str) -> participants.AttendanceCounts:
    return participants.attendance_counts(session, get_meeting(session, meeting_id))


@dataclass(frozen=True)
class Candidate:
    """A person of the directory found while typing, with their status at this meeting."""

    participant_id: str
    full_name: str
    organisation: str | None
    stakeholder_group: StakeholderGroup | None
    status: AttendanceStatus | None


def find(session: Session, meeting_id: str, text: str, limit: int = 20) -> list[Candidate]:
    """Type-ahead for the sign-in: the directory's matches, in either script."""
    found = participants.search_participants(session, text, limit)
    statuses: dict[str, AttendanceStatus] = {
        participant_id: status
        for participant_id, status in session.execute(
            select(Attendance.participant_id, Attendance.status).where(
                Attendance.meeting_id == meeting_id,
                live(Attendance),
                Attendance.participant_id.in_([p.id for p in found]),
            )
        )
    }
    return [
        Candidate(p.id, p.full_name, p.organisation, p.stakeholder_group, statuses.get(p.id))
        for p in found
    ]


def add_newcomer(
    session: Session,
    meeting_id: str,
    full_name: str,
    *,
    organisation: str | None = None,
    stakeholder_group: StakeholderGroup | None = None,
    gender: Gender | None = None,
) -> Captured:
    """Someone not in the directory, added and signed in; undo soft-deletes both rows."""
    newcomer = participants.add_newcomer(
        session,
        get_meeting(session, meeting_id),
        full_name,
        organisation=(organisation or "").strip() or None,
        stakeholder_group=stakeholder_group,
        gender=gender,
    )
    return Captured(rows=list(newcomer.rows))


@dataclass(frozen=True)
class ImportEdit:
    """A participants import as applied: what to hide again, and what to write back, on undo.

    People already in the directory only had their empty fields filled in; undo empties
    those fields again rather than touching anything they had before.
    """

    meeting_id: str
    plan: participants.ImportPlan
    created_ids: tuple[str, ...]
    invited_ids: tuple[str, ...]
    # (participant id, fields before, fields after) for people matched in the directory.
    filled: tuple[tuple[str, dict[str, Any], dict[str, Any]], ...]

    def changes(self) -> Changes:
        return Changes(participants=True, attendance=True)

    def undo(self, session: Session) -> Changes:
        self._apply(session, deleted=True)
        return self.changes()

    def redo(self, session: Session) -> Changes:
        self._apply(session, deleted=False)
        return self.changes()

    def _apply(self, session: Session, *, deleted: bool) -> None:
        ensure_editable(get_meeting(session, self.meeting_id))
        rows: list[Record] = [
            *_rows(session, Participant, self.created_ids),
            *_rows(session, Attendance, self.invited_ids),
        ]
        set_deleted(session, rows, deleted)
        for participant_id, before, after in self.filled:
            write_fields(session, Participant, participant_id, before if deleted else after)


# Ids per query: well under SQLite's limit on bound parameters.
_CHUNK = 500


def _rows(session: Session, model: type[Record], ids: tuple[str, ...]) -> list[Record]:
    """The rows with these ids, fetched a few hundred at a time rather than one by one."""
    found: list[Record] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.extend(session.scalars(select(model).where(model.id.in_(chunk))))
    if len(found) != len(ids):
        raise NotFound(what=ROW, query=", ".join(sorted(set(ids) - {r.id for r in found})))
    return found


def import_participants(
    session: Session, meeting_id: str, table: participants.Table, mapping: dict[str, int]
) -> ImportEdit:
    """Plan against the directory as it is now and apply the whole import at once."""
    meeting = get_meeting(session, meeting_id)
    plan = participants.plan_import(session, table, mapping, meeting.id)
    before: dict[str, dict[str, Any]] = {}
    for planned in plan.matched:
        existing = session.get_one(Participant, planned.existing_id)
        before[existing.id] = {name: getattr(existing, name) for name in planned.fields}
    result = participants.apply_import(session, meeting, plan)
    filled = tuple(
        (p.id, before[p.id], {name: getattr(p, name) for name in before[p.id]})
        for p in result.matched
        if p.id in before
    )
    return ImportEdit(
        meeting_id=meeting.id,
        plan=plan,
        created_ids=tuple(p.id for p in result.created),
        invited_ids=tuple(a.id for a in result.invited),
        filled=filled,
    )
