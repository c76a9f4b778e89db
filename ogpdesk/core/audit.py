"""Who did what: every row of a meeting with who created it and who last changed it.

On a shared server each row records the database user who created it and the one who last
changed it, and how many times it changed (``Record.created_by``, ``updated_by``,
``version``). The audit lists them for one meeting, removed rows included, oldest first: the
record a secretary-general asks for when minutes are disputed. On SQLite, which has no
users, the author columns are empty.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core.meetings import get_meeting
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Intervention,
    Meeting,
    Recommendation,
    Record,
)

# The kinds of rows a meeting holds.
_Part = TypeVar("_Part", AgendaItem, Intervention, Recommendation, Decision, ActionItem, Attendance)


@dataclass(frozen=True)
class AuditRow:
    kind: str
    id: str
    created_at: dt.datetime
    created_by: str | None
    updated_at: dt.datetime
    updated_by: str | None
    version: int
    deleted: bool
    text: str


def audit(session: Session, meeting_id: str) -> list[AuditRow]:
    """The meeting's own row and every row in it, in the order they were created."""
    meeting = get_meeting(session, meeting_id)
    rows = [
        _row("meeting", meeting, meeting.title),
        # Each kind of row of a meeting, with the field that says what it is.
        *_rows(session, meeting, "agenda_item", AgendaItem, "title"),
        *_rows(session, meeting, "intervention", Intervention, "summary"),
        *_rows(session, meeting, "recommendation", Recommendation, "text"),
        *_rows(session, meeting, "decision", Decision, "text"),
        *_rows(session, meeting, "action_item", ActionItem, "task"),
        *_rows(session, meeting, "attendance", Attendance, "participant_id"),
    ]
    rows.sort(key=lambda row: (row.created_at, row.kind, row.id))
    return rows


def write_csv(rows: list[AuditRow], path: Path) -> None:
    # With a byte-order mark, so that a spreadsheet opens Arabic text as UTF-8.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([f.name for f in fields(AuditRow)])
        for row in rows:
            writer.writerow(["" if value is None else value for value in astuple(row)])


def _rows(
    session: Session, meeting: Meeting, kind: str, model: type[_Part], field: str
) -> list[AuditRow]:
    query = select(model).where(model.meeting_id == meeting.id)
    return [_row(kind, row, getattr(row, field)) for row in session.scalars(query)]


def _row(kind: str, row: Record, text: object) -> AuditRow:
    return AuditRow(
        kind=kind,
        id=row.id,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        version=row.version,
        deleted=row.deleted,
        text=str(text or ""),
    )
