"""Editing the plain fields of a stored row, in a way that can be undone.

An edit records the values it replaced next to the values it wrote, so the window can undo
it by writing the old values back (and redo by writing the new ones again), each time in a
fresh session, looking the row up by id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes
from ogpdesk.core.errors import NotFound
from ogpdesk.core.meetings import ensure_editable
from ogpdesk.core.models import Meeting, Record
from ogpdesk.i18n import QT_TRANSLATE_NOOP

ROW = QT_TRANSLATE_NOOP("Errors", "row")


@dataclass(frozen=True)
class FieldEdit:
    """Fields of one row before and after a change; ``changes`` says which views care."""

    model: type[Record]
    row_id: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    flags: Changes = field(default_factory=Changes)

    def changes(self) -> Changes:
        return self.flags

    def undo(self, session: Session) -> Changes:
        write_fields(session, self.model, self.row_id, self.before)
        return self.flags

    def redo(self, session: Session) -> Changes:
        write_fields(session, self.model, self.row_id, self.after)
        return self.flags

    @property
    def changed(self) -> bool:
        return dict(self.before) != dict(self.after)


def write_fields(
    session: Session, model: type[Record], row_id: str, values: Mapping[str, Any]
) -> Record:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(what=ROW, query=row_id)
    # Undoing or redoing an edit is an edit too: an approved meeting's rows stay as approved.
    meeting = getattr(row, "meeting", None)
    if isinstance(meeting, Meeting):
        ensure_editable(meeting)
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return row


def edit_fields(
    session: Session, row: Record, values: Mapping[str, Any], flags: Changes
) -> FieldEdit:
    """Write ``values`` (already validated) to ``row`` and return the undoable edit."""
    before = {name: getattr(row, name) for name in values}
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return FieldEdit(type(row), row.id, before, dict(values), flags)


def clean_text(value: object) -> str | None:
    """Text as stored: surrounding spaces removed, empty text stored as nothing."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None
