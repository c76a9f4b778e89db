"""A meeting's timeline: everything captured in it, in the order it was said, and its edits.

The window shows agenda items, interventions (and notes), recommendations, decisions and
action items in one list sorted by ``position``. Reading it loads plain column tuples, not
ORM objects, so that a meeting with thousands of items still appears at once. Edits made in
the list (text, removal, agenda order) are services here, each returning what undo needs.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, bindparam, func, select, union_all
from sqlalchemy.orm import Session

from ogpdesk.core import capture, people
from ogpdesk.core.changes import Changes
from ogpdesk.core.edits import (
    EditGroup,
    FieldEdit,
    clean_text,
    created,
    edit_fields,
    ensure_unchanged,
)
from ogpdesk.core.errors import InvalidInput, NotFound
from ogpdesk.core.languages import CONTENT_LANGUAGES, Texts, parse_language
from ogpdesk.core.meetings import ensure_editable, get_meeting, live
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Intervention,
    Meeting,
    Participant,
    Recommendation,
)
from ogpdesk.core.textio import cleaned
from ogpdesk.i18n import QT_TRANSLATE_NOOP

EMPTY_TEXT = QT_TRANSLATE_NOOP("Errors", "The text cannot be empty.")
ITEM = QT_TRANSLATE_NOOP("Errors", "item")
BAD_VERSION_FIELD = QT_TRANSLATE_NOOP("Errors", "“{name}” has no versions in other languages.")
SEVERAL_PEOPLE = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” is the name of {count} people: choose one of them from the list."
)
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
    # When the row last changed (what ``Signature`` compares).
    updated: dt.datetime | None = None
    # Speaker of an intervention, owner of an action, presenter of an agenda item.
    who: str | None = None
    organisation: str | None = None
    # Agenda, recommendation and decision numbers; None for the others.
    number: int | None = None
    status: str | None = None
    due: dt.date | None = None
    agenda_item_id: str | None = None
    # An intervention whose speaker's name is linked to nobody: several people have it, and
    # the secretary chooses who it was (``set_speaker``).
    unlinked: bool = False
    # The row's version as read, and the database user who last changed it (on a server).
    version: int = 1
    updated_by: str | None = None


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


# What the timeline shows: the kinds of a meeting's rows that have a place in it.
_Item = AgendaItem | Intervention | Recommendation | Decision | ActionItem


def _items(model: type[_Item], *columns: object) -> Select[*tuple[Any, ...]]:
    """Live items of one kind after a position; built once, run with bound values."""
    return select(
        model.id, model.position, model.updated_at, model.version, model.updated_by, *columns
    ).where(
        model.meeting_id == bindparam("meeting_id"),
        live(model),
        model.position > bindparam("after"),
    )


_AGENDA = _items(AgendaItem, AgendaItem.title, AgendaItem.presenter, AgendaItem.number)
_INTERVENTIONS = _items(
    Intervention,
    Intervention.summary,
    Intervention.speaker_name,
    Intervention.organisation,
    Intervention.agenda_item_id,
    Intervention.participant_id,
)
_RECOMMENDATIONS = _items(
    Recommendation,
    Recommendation.text,
    Recommendation.number,
    Recommendation.status,
    Recommendation.agenda_item_id,
)
_DECISIONS = _items(Decision, Decision.text, Decision.number, Decision.agenda_item_id)
_ACTIONS = _items(
    ActionItem,
    ActionItem.task,
    ActionItem.owner_name,
    ActionItem.status,
    ActionItem.due_date,
    ActionItem.agenda_item_id,
)


# Each builder reads a row of its query or the ORM row itself: both have the same names.
def _agenda_entry(v: Any) -> Entry:
    return Entry(
        EntryKind.AGENDA,
        v.id,
        v.position,
        v.title,
        v.updated_at,
        who=v.presenter,
        number=v.number,
        version=v.version,
        updated_by=v.updated_by,
    )


def _intervention_entry(v: Any) -> Entry:
    return Entry(
        EntryKind.INTERVENTION if v.speaker_name else EntryKind.NOTE,
        v.id,
        v.position,
        v.summary,
        v.updated_at,
        who=v.speaker_name,
        organisation=v.organisation,
        agenda_item_id=v.agenda_item_id,
        unlinked=bool(v.speaker_name) and v.participant_id is None,
        version=v.version,
        updated_by=v.updated_by,
    )


def _recommendation_entry(v: Any) -> Entry:
    return Entry(
        EntryKind.RECOMMENDATION,
        v.id,
        v.position,
        v.text,
        v.updated_at,
        number=v.number,
        status=v.status.value,
        agenda_item_id=v.agenda_item_id,
        version=v.version,
        updated_by=v.updated_by,
    )


def _decision_entry(v: Any) -> Entry:
    return Entry(
        EntryKind.DECISION,
        v.id,
        v.position,
        v.text,
        v.updated_at,
        number=v.number,
        agenda_item_id=v.agenda_item_id,
        version=v.version,
        updated_by=v.updated_by,
    )


def _action_entry(v: Any) -> Entry:
    return Entry(
        EntryKind.ACTION,
        v.id,
        v.position,
        v.task,
        v.updated_at,
        who=v.owner_name,
        status=v.status.value,
        due=v.due_date,
        agenda_item_id=v.agenda_item_id,
        version=v.version,
        updated_by=v.updated_by,
    )


_READS: tuple[tuple[type[_Item], Select[*tuple[Any, ...]], Callable[[Any], Entry]], ...] = (
    (AgendaItem, _AGENDA, _agenda_entry),
    (Intervention, _INTERVENTIONS, _intervention_entry),
    (Recommendation, _RECOMMENDATIONS, _recommendation_entry),
    (Decision, _DECISIONS, _decision_entry),
    (ActionItem, _ACTIONS, _action_entry),
)


def entries(session: Session, meeting_id: str, *, after: int = 0) -> list[Entry]:
    """The live timeline of a meeting (only positions greater than ``after``)."""
    values = {"meeting_id": meeting_id, "after": after}
    found = [
        build(row) for _model, query, build in _READS for row in session.execute(query, values)
    ]
    found.sort(key=lambda e: e.position)
    return found


def entries_of(rows: Iterable[object], meeting_id: str) -> list[Entry]:
    """The timeline lines of rows a step just created (a ``Captured``'s), read from the rows
    themselves, not the store. Other rows (participants, attendance, speaking turns) and
    other meetings' are left out."""
    found = [
        build(row)
        for row in rows
        for model, _query, build in _READS
        if isinstance(row, model) and row.meeting_id == meeting_id and not row.deleted
    ]
    found.sort(key=lambda e: e.position)
    return found


@dataclass(frozen=True)
class Signature:
    """The live items of a timeline up to ``position``: how many, and their latest change.

    Every edit, removal or restoration of an item updates its ``updated_at`` or the count,
    so an equal signature means the items up to ``position`` are as shown, and only items
    after it need reading.
    """

    position: int
    count: int
    latest: dt.datetime | None

    @classmethod
    def of(cls, shown: list[Entry]) -> Signature:
        stamps = [entry.updated for entry in shown if entry.updated is not None]
        return cls(
            max((entry.position for entry in shown), default=0),
            len(shown),
            max(stamps, default=None),
        )

    def extended(self, added: list[Entry]) -> Signature:
        """The signature once ``added``, all after ``position``, are shown too."""
        stamps = [entry.updated for entry in added if entry.updated is not None]
        if self.latest is not None:
            stamps.append(self.latest)
        return Signature(
            max([self.position, *(entry.position for entry in added)]),
            self.count + len(added),
            max(stamps, default=None),
        )


_PARTS = union_all(
    *(
        select(
            func.count().label("live"),
            func.max(model.updated_at).label("latest"),
        ).where(
            model.meeting_id == bindparam("meeting_id"),
            live(model),
            model.position <= bindparam("position"),
        )
        for model in (AgendaItem, Intervention, Recommendation, Decision, ActionItem)
    )
).subquery()
_SIGNATURE = select(func.coalesce(func.sum(_PARTS.c.live), 0), func.max(_PARTS.c.latest))


def signature(session: Session, meeting_id: str, position: int) -> Signature:
    count, latest = session.execute(
        _SIGNATURE, {"meeting_id": meeting_id, "position": position}
    ).one()
    return Signature(position, int(count), latest)


def _row(session: Session, kind: EntryKind, entry_id: str) -> Any:
    model = _MODELS[kind]
    row = session.get(model, entry_id)
    if row is None:
        raise NotFound(what=ITEM, query=entry_id)
    meeting = session.get(Meeting, row.meeting_id)
    if meeting is not None:
        ensure_editable(meeting)
    return row


def set_text(
    session: Session, kind: EntryKind, entry_id: str, text: str, *, seen: int | None = None
) -> tuple[str, Changes]:
    """Replace an item's text; returns the previous text (for undo) and what changed.

    ``seen``: the version of the item when it was shown; one changed since is refused.
    """
    if not text.strip():
        raise InvalidInput(EMPTY_TEXT)
    row = _row(session, kind, entry_id)
    ensure_unchanged(row, seen)
    name = _TEXT_FIELD[type(row)]
    previous = getattr(row, name)
    setattr(row, name, cleaned(text).strip())
    session.flush()
    return previous, _FLAGS[type(row)]


# The items whose text a document prints in its language, with versions (``Translatable``).
TRANSLATED = frozenset(
    {EntryKind.AGENDA, EntryKind.RECOMMENDATION, EntryKind.DECISION, EntryKind.ACTION}
)


def texts_of(session: Session, kind: EntryKind, entry_id: str) -> tuple[str, Texts]:
    """An item's text field ("title", "text", "task") and its text with its language and
    versions, as its translations dialog shows them."""
    row = session.get(_MODELS[kind], entry_id)
    if row is None or kind not in TRANSLATED:
        raise NotFound(what=ITEM, query=entry_id)
    field = _TEXT_FIELD[type(row)]
    return field, Texts.of(row, field)


def set_versions(
    session: Session, kind: EntryKind, entry_id: str, values: Mapping[str, object]
) -> FieldEdit:
    """An item's text, its language (``lang``) and its versions (``text_fr``, ``title_ar``…)
    changed as one undoable edit; refused once the meeting is approved."""
    if kind not in TRANSLATED:
        raise InvalidInput(BAD_VERSION_FIELD, name=kind.value)
    row = _row(session, kind, entry_id)
    field = _TEXT_FIELD[type(row)]
    known = {field, "lang", *(f"{field}_{lang}" for lang in CONTENT_LANGUAGES)}
    written: dict[str, object] = {}
    for name, value in values.items():
        if name not in known:
            raise InvalidInput(BAD_VERSION_FIELD, name=name)
        written[name] = parse_language(value) if name == "lang" else clean_text(value)
    if field in written and not written[field]:
        raise InvalidInput(EMPTY_TEXT)
    return edit_fields(session, row, written, _FLAGS[type(row)])


def set_removed(session: Session, kind: EntryKind, entry_id: str, removed: bool) -> Changes:
    """Remove an item from the timeline (soft delete), or bring it back."""
    row = _row(session, kind, entry_id)
    row.deleted = removed
    flags = _FLAGS[type(row)]
    if isinstance(row, Intervention):
        # The person this line signed in goes (and comes back) with it: nobody is counted
        # present on the strength of a line that is no longer there.
        signed_in = session.scalars(
            select(Attendance).where(Attendance.signed_in_by_id == row.id)
        ).all()
        for attendance in signed_in:
            attendance.deleted = removed
        if signed_in:
            flags = flags | Changes(attendance=True)
    session.flush()
    return flags


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
    meeting = get_meeting(session, meeting_id)
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


_SPEAKER_FLAGS = Changes(timeline=True, attendance=True, participants=True)


def set_speaker(
    session: Session, intervention_id: str, name: str, participant_id: str | None = None
) -> EditGroup:
    """Say who made an intervention: ``participant_id`` if given, else whom ``name`` stands
    for (the one matcher, ``core.people``); an empty name makes it a note. A name that
    matches nobody adds the person; one that matches several is refused, with a message.
    The new speaker is marked present; the attendance the line had created for the previous
    one goes. Returns the undo record of it all."""
    row = _row(session, EntryKind.INTERVENTION, intervention_id)
    assert isinstance(row, Intervention)
    meeting = row.meeting
    made: list[FieldEdit] = []
    participant: Participant | None = None
    if participant_id is not None:
        participant = session.get(Participant, participant_id)
        if participant is None or participant.deleted:
            raise NotFound(what=people.PARTICIPANT, query=participant_id)
    elif name.strip():
        found = people.match_person(session, name, meeting_id=meeting.id)
        if found.kind is people.MatchKind.AMBIGUOUS:
            raise InvalidInput(SEVERAL_PEOPLE, name=name.strip(), count=len(found.candidates))
        if found.participant_id is not None:
            participant = session.get(Participant, found.participant_id)
        else:
            participant = Participant(full_name=" ".join(name.split()))
            session.add(participant)
            session.flush()
            made.append(created(participant, _SPEAKER_FLAGS))
    dropped = [
        FieldEdit(Attendance, a.id, {"deleted": False}, {"deleted": True}, _SPEAKER_FLAGS)
        for a in session.scalars(
            select(Attendance).where(
                Attendance.signed_in_by_id == row.id,
                live(Attendance),
                Attendance.participant_id != (participant.id if participant else ""),
            )
        )
    ]
    for edit in dropped:
        edit.redo(session)
    if participant is not None:
        for attendance in capture.attend(session, meeting, participant).of(Attendance):
            attendance.signed_in_by_id = row.id
            made.append(created(attendance, _SPEAKER_FLAGS))
    fields = ("participant_id", "speaker_name", "organisation")
    before = {f: getattr(row, f) for f in fields}
    after = {
        "participant_id": participant.id if participant else None,
        "speaker_name": participant.full_name if participant else None,
        "organisation": participant.organisation if participant else None,
    }
    for field_name, value in after.items():
        setattr(row, field_name, value)
    session.flush()
    change = FieldEdit(Intervention, row.id, before, after, _SPEAKER_FLAGS)
    # Redone in this order, undone in the reverse one.
    return EditGroup((*made, *dropped, change), _SPEAKER_FLAGS)
