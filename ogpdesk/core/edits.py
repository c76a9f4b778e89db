"""Editing the plain fields of a stored row, in a way that can be undone.

An edit records the values it replaced next to the values it wrote, so the window can undo
it by writing the old values back (and redo by writing the new ones again), each time in a
fresh session, looking the row up by id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes
from ogpdesk.core.errors import NotFound, OgpdeskError
from ogpdesk.core.meetings import ensure_editable
from ogpdesk.core.models import Meeting, Record
from ogpdesk.core.textio import cleaned
from ogpdesk.i18n import QT_TRANSLATE_NOOP

ROW = QT_TRANSLATE_NOOP("Errors", "row")
CHANGED_BY = QT_TRANSLATE_NOOP(
    "Errors",
    "{who} changed this at {when}, after it was shown here. Your change was not saved; "
    "look at theirs first.",
)
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors",
    "This was changed elsewhere at {when}, after it was shown here. Your change was not "
    "saved; look at that change first.",
)


class Conflict(OgpdeskError):
    """An edit of a row that someone else changed since it was shown; nothing was written."""


def ensure_unchanged(row: Record, seen: int | None) -> None:
    """Refuse to write on a row whose version is no longer the one shown (``seen``).

    ``seen`` is None for a write that does not come from something shown (undo, redo).
    """
    if seen is None or row.version == seen:
        return
    when = row.updated_at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    if row.updated_by:
        raise Conflict(CHANGED_BY, who=row.updated_by, when=when)
    raise Conflict(CHANGED_ELSEWHERE, when=when)


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


def created(row: Record, flags: Changes) -> FieldEdit:
    """A row a service just added, as an edit of its ``deleted`` flag: undo hides it again,
    redo brings it back, and nothing is ever erased."""
    return FieldEdit(type(row), row.id, {"deleted": True}, {"deleted": False}, flags)


class Undoable(Protocol):
    """An undo record: ``FieldEdit``, or a service's own record of what it touched."""

    def undo(self, session: Session) -> Changes: ...

    def redo(self, session: Session) -> Changes: ...

    @property
    def changed(self) -> bool: ...


@dataclass(frozen=True)
class EditGroup:
    """Several edits made by one user step (a row added, then chosen); undone in reverse."""

    edits: tuple[Undoable, ...]
    flags: Changes = field(default_factory=Changes)

    def changes(self) -> Changes:
        return self.flags

    def undo(self, session: Session) -> Changes:
        for edit in reversed(self.edits):
            edit.undo(session)
        return self.flags

    def redo(self, session: Session) -> Changes:
        for edit in self.edits:
            edit.redo(session)
        return self.flags

    @property
    def changed(self) -> bool:
        return any(edit.changed for edit in self.edits)


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
    session: Session,
    row: Record,
    values: Mapping[str, Any],
    flags: Changes,
    *,
    seen: int | None = None,
) -> FieldEdit:
    """Write ``values`` (already validated) to ``row`` and return the undoable edit.

    ``seen``: the row's version when it was shown; a row changed since is refused.
    """
    ensure_unchanged(row, seen)
    before = {name: getattr(row, name) for name in values}
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return FieldEdit(type(row), row.id, before, dict(values), flags)


def clean_text(value: object) -> str | None:
    """Text as stored: cleaned (``textio.clean``), surrounding spaces removed, empty as nothing."""
    if value is None:
        return None
    text = cleaned(str(value)).strip()
    return text or None
