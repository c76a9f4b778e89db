"""Recording what happens in a meeting, one item at a time.

These functions add to the session and flush; they never commit. The caller decides what
one step is — a single capture line in the window, a whole notes file on the command line —
and commits it with ``Store.transaction()``, so a step is saved entirely or not at all.
Everything they create is returned in a ``Captured`` record, which is what undo removes.
Every text is passed through ``textio.cleaned`` first: a control character pasted into the
capture line would otherwise stop the DOCX and XLSX exports of the meeting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ogpdesk.core import people
from ogpdesk.core.changes import Changes
from ogpdesk.core.meetings import ensure_editable, live, lock_meeting
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    AgendaItemKind,
    Attendance,
    AttendanceStatus,
    Decision,
    Intervention,
    Meeting,
    MeetingStatus,
    Participant,
    Recommendation,
    Record,
    utcnow,
)
from ogpdesk.core.syncstate import meeting_group
from ogpdesk.core.textio import cleaned
from ogpdesk.core.textnorm import normalise

# A transaction-long lock on a folded name (PostgreSQL's advisory locks take a number).
_NAME_LOCK = text("SELECT pg_advisory_xact_lock(hashtext(:name))")

R = TypeVar("R", bound=Record)


@dataclass
class Captured:
    """Rows created by one capture step, in the order they were created."""

    rows: list[Record] = field(default_factory=list)

    def add(self, row: Record) -> None:
        self.rows.append(row)

    def extend(self, other: Captured) -> None:
        self.rows.extend(other.rows)

    def of(self, kind: type[R]) -> list[R]:
        return [row for row in self.rows if isinstance(row, kind)]

    def changes(self) -> Changes:
        kinds = {type(row) for row in self.rows}
        return Changes(
            participants=Participant in kinds,
            attendance=Attendance in kinds,
            agenda=AgendaItem in kinds,
            timeline=bool(kinds - {Participant, Attendance}),
            recommendations=Recommendation in kinds,
            decisions=Decision in kinds,
            actions=ActionItem in kinds,
        )


def set_deleted(session: Session, rows: list[Record], deleted: bool) -> None:
    """Undo (deleted=True) or redo (False) a capture step; rows are never erased."""
    for row in rows:
        row.deleted = deleted
    session.flush()


def _start(session: Session, meeting: Meeting) -> None:
    lock_meeting(session, meeting)
    ensure_editable(meeting)
    if meeting.status is MeetingStatus.PLANNED:
        meeting.status = MeetingStatus.OPEN


def current_agenda_item(session: Session, meeting: Meeting) -> AgendaItem | None:
    """The agenda item captured items fall under: the last one opened."""
    return session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting.id, live(AgendaItem))
        .order_by(AgendaItem.position.desc())
        .limit(1)
    ).first()


def add_agenda_item(
    session: Session,
    meeting: Meeting,
    title: str,
    *,
    kind: AgendaItemKind = AgendaItemKind.DEBATE,
    presenter: str | None = None,
) -> AgendaItem:
    _start(session, meeting)
    title = cleaned(title)
    presenter = cleaned(presenter) if presenter else presenter
    count = len([a for a in meeting.agenda_items if not a.deleted])
    item = AgendaItem(
        meeting=meeting,
        position=meeting.next_position(),
        number=count + 1,
        title=title,
        kind=kind,
        presenter=presenter,
    )
    session.add(item)
    session.flush()
    return item


def find_participant(
    session: Session, name: str, *, meeting_id: str | None = None
) -> Participant | None:
    """The participant ``name`` stands for, if the matcher links it to exactly one
    (``core.people.match_person``: titles dropped, this meeting's people first)."""
    return people.find_person(session, name, meeting_id=meeting_id)


def speaker(
    session: Session, meeting: Meeting, name: str, organisation: str | None = None
) -> tuple[Participant | None, Captured]:
    """The participant named ``name``, marked present at the meeting; created if the name
    matches nobody, and ``None`` when it matches several people (the line is then linked to
    nobody, for the secretary to choose)."""
    created = Captured()
    name = cleaned(name)
    organisation = cleaned(organisation) if organisation else organisation
    found = people.match_person(session, name, organisation=organisation, meeting_id=meeting.id)
    if found.kind is people.MatchKind.NEW and session.get_bind().dialect.name == "postgresql":
        # Two secretaries naming the same new person in different meetings at once: the
        # second waits for the first to commit, then finds the participant it created (each
        # statement sees what was committed before it). A name already known needs no lock.
        session.execute(_NAME_LOCK, {"name": normalise(name)})
        found = people.match_person(session, name, organisation=organisation, meeting_id=meeting.id)
    if found.kind is people.MatchKind.AMBIGUOUS:
        return None, created
    participant = session.get(Participant, found.participant_id) if found.participant_id else None
    if participant is None:
        participant = Participant(full_name=" ".join(name.split()), organisation=organisation)
        session.add(participant)
        created.add(participant)
    elif organisation and not participant.organisation:
        participant.organisation = organisation
    created.extend(attend(session, meeting, participant))
    return participant, created


def attend(session: Session, meeting: Meeting, participant: Participant) -> Captured:
    """Mark ``participant`` present at the meeting, as a line they speak in does; the
    attendance row is in the result when this created it (or brought it back)."""
    created = Captured()
    attendance = session.scalars(
        select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.participant_id == participant.id
        )
    ).first()
    if attendance is None:
        attendance = Attendance(
            meeting=meeting,
            participant=participant,
            status=AttendanceStatus.PRESENT,
            signed_in_at=utcnow(),
        )
        session.add(attendance)
        created.add(attendance)
    elif attendance.deleted:
        # Signed in by a line since undone: this line signs them in again, and its undo
        # takes the attendance away with it.
        attendance.deleted = False
        attendance.status = AttendanceStatus.PRESENT
        attendance.signed_in_at = utcnow()
        created.add(attendance)
    elif attendance.status in {AttendanceStatus.INVITED, AttendanceStatus.ABSENT}:
        attendance.status = AttendanceStatus.PRESENT
        attendance.signed_in_at = attendance.signed_in_at or utcnow()
    session.flush()
    return created


def add_intervention(
    session: Session,
    meeting: Meeting,
    summary: str,
    *,
    speaker_name: str | None = None,
    organisation: str | None = None,
    agenda_item: AgendaItem | None = None,
    spoken_at: dt.datetime | None = None,
) -> Captured:
    """An intervention by ``speaker_name``; with no speaker, a note."""
    _start(session, meeting)
    summary = cleaned(summary)
    organisation = cleaned(organisation) if organisation else organisation
    speaker_name = cleaned(speaker_name) if speaker_name else speaker_name
    created = Captured()
    participant = None
    if speaker_name:
        participant, created = speaker(session, meeting, speaker_name, organisation)
    intervention = Intervention(
        meeting=meeting,
        agenda_item=agenda_item or current_agenda_item(session, meeting),
        participant=participant,
        position=meeting.next_position(),
        # The directory's spelling when linked; as typed when the name was ambiguous.
        speaker_name=participant.full_name if participant else speaker_name,
        organisation=organisation or (participant.organisation if participant else None),
        summary=summary,
        spoken_at=spoken_at or utcnow(),
    )
    session.add(intervention)
    session.flush()
    for attendance in created.of(Attendance):
        attendance.signed_in_by_id = intervention.id
    created.add(intervention)
    return created


def _next_number(
    session: Session,
    model: type[Recommendation] | type[Decision],
    meeting: Meeting,
    group: str | None = None,
) -> int:
    # The largest in SQL: a long meeting has hundreds of numbers.
    query = select(func.max(model.number)).where(model.meeting_id == meeting.id, live(model))
    if model is Recommendation:
        # Each breakout group numbers its own recommendations (see core/merge.py).
        query = query.where(
            Recommendation.group_name.is_(None)
            if group is None
            else Recommendation.group_name == group
        )
    largest = session.scalar(query)
    return (largest or 0) + 1


def add_recommendation(
    session: Session,
    meeting: Meeting,
    text: str,
    *,
    agenda_item: AgendaItem | None = None,
    sources: list[Intervention] | None = None,
    **fields: object,
) -> Recommendation:
    _start(session, meeting)
    # A laptop handed a meeting for one group captures in that group.
    chosen = fields.pop("group_name", None)
    group = chosen if isinstance(chosen, str) and chosen else meeting_group(session, meeting.id)
    text = cleaned(text)
    recommendation = Recommendation(
        meeting=meeting,
        agenda_item=agenda_item or current_agenda_item(session, meeting),
        position=meeting.next_position(),
        number=_next_number(session, Recommendation, meeting, group),
        text=text,
        sources=list(sources or []),
        group_name=group,
        **fields,
    )
    session.add(recommendation)
    session.flush()
    return recommendation


def add_decision(
    session: Session,
    meeting: Meeting,
    text: str,
    *,
    agenda_item: AgendaItem | None = None,
    **fields: object,
) -> Decision:
    _start(session, meeting)
    text = cleaned(text)
    decision = Decision(
        meeting=meeting,
        agenda_item=agenda_item or current_agenda_item(session, meeting),
        position=meeting.next_position(),
        number=_next_number(session, Decision, meeting),
        text=text,
        **fields,
    )
    session.add(decision)
    session.flush()
    return decision


def add_action(
    session: Session,
    meeting: Meeting,
    task: str,
    *,
    owner_name: str | None = None,
    due_date: dt.date | None = None,
    decision: Decision | None = None,
    agenda_item: AgendaItem | None = None,
) -> ActionItem:
    _start(session, meeting)
    task = cleaned(task)
    owner_name = cleaned(owner_name) if owner_name else owner_name
    owner = find_participant(session, owner_name, meeting_id=meeting.id) if owner_name else None
    action = ActionItem(
        meeting=meeting,
        agenda_item=agenda_item or current_agenda_item(session, meeting),
        position=meeting.next_position(),
        task=task,
        owner_name=owner.full_name if owner else owner_name,
        owner=owner,
        due_date=due_date,
        decision=decision,
    )
    session.add(action)
    session.flush()
    return action
