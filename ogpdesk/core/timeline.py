"""A meeting's timeline: everything captured in it, in the order it was said, and its edits.

The window shows agenda items, interventions (and notes), recommendations, decisions and
action items in one list sorted by ``position``. Reading it loads plain column tuples, not
ORM objects, so that a meeting with thousands of items still appears at once. Edits made in
the list (text, removal, agenda order) are services here, each returning what undo needs.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes
from ogpdesk.core.errors import InvalidInput, NotFound
from ogpdesk.core.meetings import ensure_editable, live
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Intervention,
    Meeting,
    Recommendation,
)
from ogpdesk.i18n import QT_TRANSLATE_NOOP

EMPTY_TEXT = QT_TRANSLATE_NOOP("Errors", "The text cannot be empty.")
ITEM = QT_TRANSLATE_NOOP("Errors", "item")
AGENDA_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The agenda changed while it was being reordered; nothing was moved."
)


class EntryKind(enum.StrEnum):
    AGENDA = "agenda"
    INTERVENTION = "intervention"
    NOTE = "note"
    RECOMMENDATION = "recommendation"
    DECISION = "decision"
    ACTION = "action"


@dataclass(frozen=True)
class Entry:
    """One line of the timeline."""

    kind: EntryKind
    id: str
    position: int
    text: str
    # Speaker of an intervention, owner of an action, presenter of an agenda item.
    who: str | None = None
    organisation: str | None = None
    # Agenda, recommendation and decision numbers; None for the others.
    number: int | None = None
    status: str | None = None
    due: dt.date | None = None
    agenda_item_id: str | None = None


_MODELS: dict[EntryKind, type] = {
    EntryKind.AGENDA: AgendaItem,
    EntryKind.INTERVENTION: Intervention,
    EntryKind.NOTE: Intervention,
    EntryKind.RECOMMENDATION: Recommendation,
    EntryKind.DECISION: Decision,
    EntryKind.ACTION: ActionItem,
}
_TEXT_FIELD = {
    AgendaItem: "title",
    Intervention: "summary",
    Recommendation: "text",
    Decision: "text",
    ActionItem: "task",
}
_FLAGS = {
    AgendaItem: Changes(agenda=True, timeline=True),
    Intervention: Changes(timeline=True),
    Recommendation: Changes(recommendations=True, timeline=True),
    Decision: Changes(decisions=True, timeline=True),
    ActionItem: Changes(actions=True, timeline=True),
}


def entries(session: Session, meeting_id: str, *, after: int = 0) -> list[Entry]:
    """The live timeline of a meeting (only positions greater than ``after``)."""
    found: list[Entry] = []
    for row in session.execute(
        select(
            AgendaItem.id,
            AgendaItem.position,
            AgendaItem.title,
            AgendaItem.presenter,
            AgendaItem.number,
        ).where(AgendaItem.meeting_id == meeting_id, live(AgendaItem), AgendaItem.position > after)
    ):
        found.append(Entry(EntryKind.AGENDA, row[0], row[1], row[2], who=row[3], number=row[4]))
    for row in session.execute(
        select(
            Intervention.id,
            Intervention.position,
            Intervention.summary,
            Intervention.speaker_name,
            Intervention.organisation,
            Intervention.agenda_item_id,
        ).where(
            Intervention.meeting_id == meeting_id,
            live(Intervention),
            Intervention.position > after,
        )
    ):
        kind = EntryKind.INTERVENTION if row[3] else EntryKind.NOTE
        found.append(
            Entry(
                kind, row[0], row[1], row[2], who=row[3], organisation=row[4], agenda_item_id=row[5]
            )
        )
    for row in session.execute(
        select(
            Recommendation.id,
            Recommendation.position,
            Recommendation.text,
            Recommendation.number,
            Recommendation.status,
            Recommendation.agenda_item_id,
        ).where(
            Recommendation.meeting_id == meeting_id,
            live(Recommendation),
            Recommendation.position > after,
        )
    ):
        found.append(
            Entry(
                EntryKind.RECOMMENDATION,
                row[0],
                row[1],
                row[2],
                number=row[3],
                status=row[4].value,
                agenda_item_id=row[5],
            )
        )
    for row in session.execute(
        select(
            Decision.id, Decision.position, Decision.text, Decision.number, Decision.agenda_item_id
        ).where(Decision.meeting_id == meeting_id, live(Decision), Decision.position > after)
    ):
        found.append(
            Entry(EntryKind.DECISION, row[0], row[1], row[2], number=row[3], agenda_item_id=row[4])
        )
    for row in session.execute(
        select(
            ActionItem.id,
            ActionItem.position,
            ActionItem.task,
            ActionItem.owner_name,
            ActionItem.status,
            ActionItem.due_date,
            ActionItem.agenda_item_id,
        ).where(ActionItem.meeting_id == meeting_id, live(ActionItem), ActionItem.position > after)
    ):
        found.append(
            Entry(
                EntryKind.ACTION,
                row[0],
                row[1],
                row[2],
                who=row[3],
                status=row[4].value,
                due=row[5],
                agenda_item_id=row[6],
            )
        )
    found.sort(key=lambda e: e.position)
    return found


@dataclass(frozen=True)
class Signature:
    """What a shown timeline is up to ``position``: live items and the latest change.

    Every edit or removal updates a row's ``updated_at``, so an equal signature means the
    items up to ``position`` are as shown, and only new items (after it) need reading.
    """

    position: int
    count: int
    latest: dt.datetime | None


_ITEM_MODELS = (AgendaItem, Intervention, Recommendation, Decision, ActionItem)


def signature(session: Session, meeting_id: str, position: int) -> Signature:
    parts = union_all(
        *(
            select(
                func.count().filter(model.deleted.is_(False)).label("live"),
                func.max(model.updated_at).label("latest"),
            ).where(model.meeting_id == meeting_id, model.position <= position)
            for model in _ITEM_MODELS
        )
    ).subquery()
    live_count, latest = session.execute(
        select(func.coalesce(func.sum(parts.c.live), 0), func.max(parts.c.latest))
    ).one()
    return Signature(position, int(live_count), latest)


def _row(session: Session, kind: EntryKind, entry_id: str) -> object:
    model = _MODELS[kind]
    row = session.get(model, entry_id)
    if row is None:
        raise NotFound(what=ITEM, query=entry_id)
    meeting = session.get(Meeting, row.meeting_id)
    if meeting is not None:
        ensure_editable(meeting)
    return row


def set_text(session: Session, kind: EntryKind, entry_id: str, text: str) -> tuple[str, Changes]:
    """Replace an item's text; returns the previous text (for undo) and what changed."""
    if not text.strip():
        raise InvalidInput(EMPTY_TEXT)
    row = _row(session, kind, entry_id)
    name = _TEXT_FIELD[type(row)]
    previous = getattr(row, name)
    setattr(row, name, text.strip())
    session.flush()
    return previous, _FLAGS[type(row)]


def set_removed(session: Session, kind: EntryKind, entry_id: str, removed: bool) -> Changes:
    """Remove an item from the timeline (soft delete), or bring it back."""
    row = _row(session, kind, entry_id)
    row.deleted = removed  # type: ignore[attr-defined]
    session.flush()
    return _FLAGS[type(row)]


def agenda(session: Session, meeting_id: str) -> list[AgendaItem]:
    """The live agenda items in agenda order."""
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, live(AgendaItem))
            .order_by(AgendaItem.number, AgendaItem.position)
        )
    )


def reorder_agenda(
    session: Session, meeting_id: str, ordered_ids: list[str]
) -> tuple[list[str], Changes]:
    """Number the agenda in the order given; returns the previous order (for undo)."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(what=ITEM, query=meeting_id)
    ensure_editable(meeting)
    items = agenda(session, meeting_id)
    previous = [item.id for item in items]
    if sorted(previous) != sorted(ordered_ids):
        raise InvalidInput(AGENDA_MISMATCH)
    by_id = {item.id: item for item in items}
    for number, item_id in enumerate(ordered_ids, start=1):
        by_id[item_id].number = number
    session.flush()
    return previous, Changes(agenda=True, timeline=True)
