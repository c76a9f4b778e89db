"""The "to review" list: values a merge did not put on screen, until someone chooses.

Choosing is an edit like any other (undoable): *keep what is shown* marks the item done;
*use the kept value* writes it into its field — an approved meeting must be reopened first,
as for any edit — and marks the item done. A record held whole (an orphan, or new content of
an approved meeting) is added when chosen, if its parent is there by then.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core.bundle import Bundle, RecordLine, Scope, fields_of, from_json, record_tables
from ogpdesk.core.changes import EVERYTHING, Changes
from ogpdesk.core.edits import EditGroup, FieldEdit, edit_fields
from ogpdesk.core.errors import InvalidInput, NotFound
from ogpdesk.core.meetings import ensure_editable
from ogpdesk.core.merge import MergeResult, apply, revert
from ogpdesk.core.models import Meeting, ReviewItem, ReviewReason
from ogpdesk.i18n import QT_TRANSLATE_NOOP

ITEM = QT_TRANSLATE_NOOP("Errors", "item to review")
STILL_HELD = QT_TRANSLATE_NOOP(
    "Errors",
    "This record cannot be added yet: its meeting is approved (reopen it first), or it refers "
    "to a record this store does not have. It stays in the list.",
)
LABELS = ("full_name", "title", "text", "task", "summary", "deliverable", "name", "label")


@dataclass(frozen=True)
class ReviewRow:
    """A line of the review list."""

    id: str
    reason: ReviewReason
    table: str
    row_id: str
    field: str | None
    label: str
    shown: str
    kept: str
    meeting_id: str | None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        values = value.get("values", {})
        return next((str(values[k]) for k in LABELS if values.get(k)), "")
    return str(value)


def review_rows(session: Session, meeting_id: str | None = None) -> list[ReviewRow]:
    """Items still to review, of one meeting or all, oldest first."""
    query = select(ReviewItem).where(ReviewItem.deleted.is_(False))
    if meeting_id is not None:
        query = query.where(ReviewItem.meeting_id == meeting_id)
    rows = []
    for item in session.scalars(query.order_by(ReviewItem.written_at, ReviewItem.id)):
        kept = json.loads(item.value)
        model = record_tables().get(item.table_name)
        record = session.get(model, item.row_id) if model is not None else None
        shown = getattr(record, item.field) if record is not None and item.field else None
        label = (
            next((str(getattr(record, k)) for k in LABELS if getattr(record, k, None)), "")
            if record is not None
            else _text(kept)
        )
        rows.append(
            ReviewRow(
                id=item.id,
                reason=item.reason,
                table=item.table_name,
                row_id=item.row_id,
                field=item.field,
                label=label,
                shown=_text(getattr(shown, "value", shown)),
                kept=_text(kept),
                meeting_id=item.meeting_id,
            )
        )
    return rows


class HeldAdded:
    """A held record added from the review list: undone as the merge it is, redone again."""

    def __init__(self, item_id: str) -> None:
        self.item_id = item_id
        self.result: MergeResult | None = None
        self.done: FieldEdit | None = None

    def changes(self) -> Changes:
        return EVERYTHING

    def redo(self, session: Session) -> Changes:
        item = _item(session, self.item_id)
        kept = json.loads(item.value)
        line = RecordLine(item.table_name, item.row_id, kept["values"], kept["versions"])
        sender = next(iter(next(iter(line.versions.values()))[1]))
        bundle = Bundle(store_id=sender, scope=Scope(), records={item.table_name: [line]})
        self.result = apply(session, bundle)
        if session.get(record_tables()[item.table_name], item.row_id) is None:
            raise InvalidInput(STILL_HELD)
        self.done = keep_shown(session, self.item_id)
        return EVERYTHING

    def undo(self, session: Session) -> Changes:
        if self.done is not None:
            self.done.undo(session)
        if self.result is not None:
            revert(session, self.result.undo)
        return EVERYTHING

    @property
    def changed(self) -> bool:
        return True


def _item(session: Session, item_id: str) -> ReviewItem:
    item = session.get(ReviewItem, item_id)
    if item is None or item.deleted:
        raise NotFound(what=ITEM, query=item_id)
    return item


def keep_shown(session: Session, item_id: str) -> FieldEdit:
    """The value on screen stays; the item leaves the list."""
    return edit_fields(session, _item(session, item_id), {"deleted": True}, EVERYTHING)


def use_kept(session: Session, item_id: str) -> EditGroup | HeldAdded:
    """The kept value replaces the one on screen (or the held record is added)."""
    item = _item(session, item_id)
    if item.field is None:
        added = HeldAdded(item_id)
        added.redo(session)
        return added
    model = record_tables()[item.table_name]
    record = session.get(model, item.row_id)
    if record is None:
        raise NotFound(what=ITEM, query=item.row_id)
    # As for any edit, an approved meeting's content is changed only once it is reopened.
    meeting = record if isinstance(record, Meeting) else getattr(record, "meeting", None)
    if isinstance(meeting, Meeting):
        ensure_editable(meeting)
    value = from_json(fields_of(item.table_name)[item.field], json.loads(item.value))
    written = edit_fields(session, record, {item.field: value}, EVERYTHING)
    return EditGroup((written, keep_shown(session, item_id)), EVERYTHING)
