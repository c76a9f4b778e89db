"""An action plan's commitments, milestones, committees and monitoring body.

The fields are those of the OGP local action plan template: the problem a commitment
addresses, its objective, the OGP values it serves, lead and supporting institutions, dates,
and milestones (deliverable, due date, responsible, source of verification).

The plan's governance — its period, lead institutions, steering and extended advisory
committees, independent monitoring body — changes through services that return an undo
record (``FieldEdit``, ``EditGroup`` or ``LeadsEdit``), so that every change made in the
window can be undone and redone.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes
from ogpdesk.core.edits import EditGroup, FieldEdit, clean_text, created, edit_fields
from ogpdesk.core.errors import InvalidInput, NotFound
from ogpdesk.core.languages import (
    CONTENT_LANGUAGES,
    Texts,
    columns,
    parse_language,
    stale_versions,
)
from ogpdesk.core.meetings import live
from ogpdesk.core.models import (
    Commitment,
    Committee,
    CommitteeMember,
    Institution,
    InstitutionKind,
    Milestone,
    Participant,
    Process,
    ProcessKind,
    ProcessRole,
    Seat,
)
from ogpdesk.core.textnorm import normalise
from ogpdesk.i18n import QT_TRANSLATE_NOOP

MONITORING_BODY = "monitoring_body"
# What a change of the plan's governance tells the views.
GOVERNANCE = Changes(processes=True)
# Seats in the order the seed lists them: administration and council, then civil society.
SEAT_ORDER = {seat: n for n, seat in enumerate(Seat)}

NOT_ACTION_PLAN = QT_TRANSLATE_NOOP(
    "Errors", "“{title}” is not an action plan: commitments belong to action plans."
)
NO_TITLE = QT_TRANSLATE_NOOP("Errors", "A commitment needs a title.")
NO_DELIVERABLE = QT_TRANSLATE_NOOP("Errors", "A milestone needs a deliverable.")
BAD_VALUE = QT_TRANSLATE_NOOP(
    "Errors",
    "Unknown OGP value “{value}”. Known values: transparency, accountability, "
    "participation, technology.",
)
BAD_DATES = QT_TRANSLATE_NOOP("Errors", "The end date {end} comes before the start date {start}.")
BAD_FIELD = QT_TRANSLATE_NOOP("Errors", "“{name}” is not a field that can be edited here.")
EMPTY_SEAT = QT_TRANSLATE_NOOP(
    "Errors", "A committee seat needs a person, an institution or at least a label."
)
NO_INSTITUTION_NAME = QT_TRANSLATE_NOOP("Errors", "An institution needs a name.")
PROCESS = QT_TRANSLATE_NOOP("Errors", "process")


class OgpValue(enum.StrEnum):
    """The values of the Open Government Partnership a commitment can serve."""

    TRANSPARENCY = "transparency"
    ACCOUNTABILITY = "accountability"
    PARTICIPATION = "participation"
    TECHNOLOGY = "technology"


def parse_values(values: str | Iterable[str | OgpValue] | None) -> list[OgpValue]:
    """OGP values from a stored comma-separated text or a list, in the template's order."""
    if values is None:
        return []
    items = values.split(",") if isinstance(values, str) else list(values)
    found: set[OgpValue] = set()
    for item in items:
        text = str(item).strip().lower()
        if not text:
            continue
        try:
            found.add(OgpValue(text))
        except ValueError:
            raise InvalidInput(BAD_VALUE, value=str(item).strip()) from None
    return [value for value in OgpValue if value in found]


def _values_text(values: str | Iterable[str | OgpValue] | None) -> str | None:
    parsed = parse_values(values)
    return ",".join(value.value for value in parsed) or None


def ensure_action_plan(process: Process) -> None:
    if process.kind is not ProcessKind.ACTION_PLAN:
        raise InvalidInput(NOT_ACTION_PLAN, title=process.title)


def _check_dates(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise InvalidInput(BAD_DATES, start=start.isoformat(), end=end.isoformat())


def commitments_of(session: Session, process: Process) -> list[Commitment]:
    return list(
        session.scalars(
            select(Commitment)
            .where(Commitment.process_id == process.id, live(Commitment))
            .order_by(Commitment.number)
        )
    )


def milestones_of(commitment: Commitment) -> list[Milestone]:
    return [m for m in commitment.milestones if not m.deleted]


def add_commitment(
    session: Session,
    process: Process,
    *,
    title: str,
    title_ar: str | None = None,
    problem: str | None = None,
    objective: str | None = None,
    ogp_values: str | Iterable[str | OgpValue] | None = None,
    start_date: dt.date | None = None,
    end_date: dt.date | None = None,
    lead: Iterable[Institution] = (),
    supporting: Iterable[Institution] = (),
    **versions: str | None,
) -> Commitment:
    """A new commitment, numbered after the last one of the plan; ``versions`` gives the
    problem's and objective's languages and versions (``problem_lang``, ``objective_fr``…)."""
    ensure_action_plan(process)
    if not title.strip():
        raise InvalidInput(NO_TITLE)
    texts: dict[str, str | None] = {}
    for name, value in versions.items():
        if name not in _COMMITMENT_FIELDS or name in Commitment.language_fields:
            raise InvalidInput(BAD_FIELD, name=name)
        texts[name] = parse_language(value) if name.endswith("_lang") else clean_text(value)
    _check_dates(start_date, end_date)
    last = session.scalar(
        select(func.max(Commitment.number)).where(
            Commitment.process_id == process.id, live(Commitment)
        )
    )
    commitment = Commitment(
        process=process,
        number=(last or 0) + 1,
        title=title.strip(),
        title_ar=clean_text(title_ar),
        problem=clean_text(problem),
        objective=clean_text(objective),
        ogp_values=_values_text(ogp_values),
        start_date=start_date,
        end_date=end_date,
        lead_institutions=list(lead),
        supporting_institutions=list(supporting),
        **texts,
    )
    session.add(commitment)
    session.flush()
    return commitment


_COMMITMENT_FIELDS = {
    "title",
    "lang",
    *(f"title_{lang}" for lang in CONTENT_LANGUAGES),
    *(name for text in Commitment.language_fields for name in columns(text)),
    "ogp_values",
    "start_date",
    "end_date",
}


def update_commitment(session: Session, commitment: Commitment, **fields: Any) -> FieldEdit:
    """Change template fields of a commitment; the edit can be undone."""
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in _COMMITMENT_FIELDS:
            raise InvalidInput(BAD_FIELD, name=name)
        if name == "ogp_values":
            values[name] = _values_text(value)
        elif name in {"start_date", "end_date"}:
            values[name] = value
        elif name == "lang" or name.endswith("_lang"):
            values[name] = parse_language(value)
        else:
            values[name] = clean_text(value)
    if "title" in values and not values["title"]:
        raise InvalidInput(NO_TITLE)
    _check_dates(
        values.get("start_date", commitment.start_date),
        values.get("end_date", commitment.end_date),
    )
    values |= stale_versions(commitment, values)
    return edit_fields(session, commitment, values, Changes(commitments=True))


def set_institutions(
    session: Session,
    commitment: Commitment,
    *,
    lead: Iterable[Institution] | None = None,
    supporting: Iterable[Institution] | None = None,
) -> Changes:
    if lead is not None:
        commitment.lead_institutions = list(lead)
    if supporting is not None:
        commitment.supporting_institutions = list(supporting)
    session.flush()
    return Changes(commitments=True)


def add_milestone(
    session: Session,
    commitment: Commitment,
    deliverable: str,
    *,
    due_date: dt.date | None = None,
    responsible: str | None = None,
    verification_source: str | None = None,
) -> Milestone:
    if not deliverable.strip():
        raise InvalidInput(NO_DELIVERABLE)
    position = max((m.position for m in commitment.milestones), default=0) + 1
    milestone = Milestone(
        commitment=commitment,
        position=position,
        deliverable=deliverable.strip(),
        due_date=due_date,
        responsible=clean_text(responsible),
        verification_source=clean_text(verification_source),
    )
    session.add(milestone)
    session.flush()
    return milestone


_MILESTONE_FIELDS = {
    "deliverable",
    "lang",
    *(f"deliverable_{lang}" for lang in CONTENT_LANGUAGES),
    "due_date",
    "responsible",
    "verification_source",
}


def update_milestone(session: Session, milestone: Milestone, **fields: Any) -> FieldEdit:
    """Change a milestone: its deliverable with its language (``lang``) and versions, its
    due date, who answers for it, where it is verified; undoable."""
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in _MILESTONE_FIELDS:
            raise InvalidInput(BAD_FIELD, name=name)
        if name == "lang":
            values[name] = parse_language(value)
        else:
            values[name] = value if name == "due_date" else clean_text(value)
    if "deliverable" in values and not values["deliverable"]:
        raise InvalidInput(NO_DELIVERABLE)
    return edit_fields(session, milestone, values, Changes(commitments=True))


# -- governance ---------------------------------------------------------------------------


def all_institutions(session: Session) -> list[Institution]:
    """Every institution of the store, by name: what a lead, a seat or a monitor can be."""
    return sorted(
        session.scalars(select(Institution).where(live(Institution))),
        key=lambda i: normalise(i.name),
    )


def all_participants(session: Session) -> list[Participant]:
    """Every person of the directory, by name: who can hold a committee seat."""
    return list(
        session.scalars(
            select(Participant).where(live(Participant)).order_by(Participant.folded_name)
        )
    )


def find_or_add_institution(
    session: Session,
    name: str,
    kind: InstitutionKind,
    *,
    city: str | None = None,
) -> tuple[Institution, FieldEdit | None]:
    """The institution called ``name`` (in Latin or Arabic script, however accented), or a
    new one of ``kind``; the edit that created it, if it had to be created."""
    wanted = normalise(name)
    if not wanted:
        raise InvalidInput(NO_INSTITUTION_NAME)
    for institution in session.scalars(select(Institution).where(live(Institution))):
        if wanted in {normalise(institution.name), normalise(institution.name_ar or "")}:
            return institution, None
    institution = Institution(name=name.strip(), kind=kind, city=clean_text(city))
    session.add(institution)
    session.flush()
    return institution, created(institution, GOVERNANCE)


def set_period(
    session: Session, process: Process, start: dt.date | None, end: dt.date | None
) -> FieldEdit:
    """The period the plan runs over (El Kef: January 2025 to June 2027)."""
    ensure_action_plan(process)
    _check_dates(start, end)
    return edit_fields(session, process, {"start_date": start, "end_date": end}, GOVERNANCE)


@dataclass(frozen=True)
class LeadsEdit:
    """The plan's lead institutions before and after a change, by id."""

    process_id: str
    before: tuple[str, ...]
    after: tuple[str, ...]

    def changes(self) -> Changes:
        return GOVERNANCE

    def undo(self, session: Session) -> Changes:
        _write_leads(session, self.process_id, self.before)
        return GOVERNANCE

    def redo(self, session: Session) -> Changes:
        _write_leads(session, self.process_id, self.after)
        return GOVERNANCE

    @property
    def changed(self) -> bool:
        return set(self.before) != set(self.after)


def _write_leads(session: Session, process_id: str, ids: Iterable[str]) -> None:
    process = session.get(Process, process_id)
    if process is None:
        raise NotFound(what=PROCESS, query=process_id)
    process.lead_institutions = [
        institution
        for institution in (session.get(Institution, key) for key in ids)
        if institution is not None
    ]
    session.flush()


def set_lead_institutions(
    session: Session, process: Process, institutions: Iterable[Institution]
) -> LeadsEdit:
    ensure_action_plan(process)
    before = tuple(i.id for i in process.lead_institutions)
    after = tuple(dict.fromkeys(i.id for i in institutions))
    edit = LeadsEdit(process.id, before, after)
    _write_leads(session, process.id, after)
    return edit


def add_lead_institution(session: Session, process: Process, institution: Institution) -> LeadsEdit:
    return set_lead_institutions(session, process, [*process.lead_institutions, institution])


def remove_lead_institution(
    session: Session, process: Process, institution: Institution
) -> LeadsEdit:
    return set_lead_institutions(
        session, process, [i for i in process.lead_institutions if i.id != institution.id]
    )


def add_committee_member(
    session: Session,
    process: Process,
    committee: Committee,
    seat: Seat,
    *,
    participant: Participant | None = None,
    institution: Institution | None = None,
    label: str | None = None,
) -> CommitteeMember:
    if participant is None and institution is None and not clean_text(label):
        raise InvalidInput(EMPTY_SEAT)
    member = CommitteeMember(
        process_id=process.id,
        committee=committee,
        seat=seat,
        participant=participant,
        institution=institution,
        label=clean_text(label),
    )
    session.add(member)
    session.flush()
    return member


_UNSET: Any = object()


def update_committee_member(
    session: Session,
    member: CommitteeMember,
    *,
    committee: Committee | None = None,
    seat: Seat | None = None,
    participant: Participant | None = _UNSET,
    institution: Institution | None = _UNSET,
    label: str | None = _UNSET,
) -> FieldEdit:
    """Change a seat: its committee or kind, who holds it, for which institution, its label.

    ``participant=None`` (or ``institution=None``) leaves the seat without one; arguments not
    given are kept as they are.
    """
    values: dict[str, Any] = {}
    if committee is not None:
        values["committee"] = committee
    if seat is not None:
        values["seat"] = seat
    if participant is not _UNSET:
        values["participant_id"] = participant.id if participant is not None else None
    if institution is not _UNSET:
        values["institution_id"] = institution.id if institution is not None else None
    if label is not _UNSET:
        values["label"] = clean_text(label)
    after = {
        name: values.get(name, getattr(member, name))
        for name in ("participant_id", "institution_id", "label")
    }
    if not any(after.values()):
        raise InvalidInput(EMPTY_SEAT)
    edit = edit_fields(session, member, values, GOVERNANCE)
    # The relationships still point at the holder and institution the ids replaced.
    session.expire(member, ["participant", "institution"])
    return edit


def remove_committee_member(session: Session, member: CommitteeMember) -> FieldEdit:
    """Leave the seat out of the committee; undo brings it back as it was."""
    return edit_fields(session, member, {"deleted": True}, GOVERNANCE)


def set_monitoring_body(session: Session, process: Process, institution: Institution) -> EditGroup:
    """Name the independent monitoring body; a previous one is retired, not erased."""
    edits: list[FieldEdit] = []
    for role in _roles(session, process, MONITORING_BODY):
        if role.institution_id != institution.id:
            edits.append(edit_fields(session, role, {"deleted": True}, GOVERNANCE))
    if not any(
        r.institution_id == institution.id for r in _roles(session, process, MONITORING_BODY)
    ):
        role = ProcessRole(process_id=process.id, institution=institution, role=MONITORING_BODY)
        session.add(role)
        session.flush()
        edits.append(created(role, GOVERNANCE))
    return EditGroup(tuple(edits), GOVERNANCE)


def _roles(session: Session, process: Process, role: str) -> list[ProcessRole]:
    return list(
        session.scalars(
            select(ProcessRole).where(
                ProcessRole.process_id == process.id,
                ProcessRole.role == role,
                live(ProcessRole),
            )
        )
    )


@dataclass(frozen=True)
class Seating:
    """One committee seat, as shown in the plan's governance section."""

    committee: Committee
    seat: Seat
    holder: str
    institution: str | None
    id: str
    participant_id: str | None
    institution_id: str | None
    label: str | None
    # The institution's name with its versions, for a reader of another language.
    institutions: Texts | None = None


@dataclass(frozen=True)
class Governance:
    """Who leads, steers, advises and monitors an action plan, and over which period."""

    lead_institutions: list[Institution]
    steering: list[Seating]
    advisory: list[Seating]
    monitoring_body: Institution | None
    start_date: dt.date | None
    end_date: dt.date | None

    def seats(self, committee: Committee, seat: Seat) -> int:
        members = self.steering if committee is Committee.STEERING else self.advisory
        return sum(1 for m in members if m.seat is seat)


def governance(session: Session, process: Process) -> Governance:
    members = sorted(
        session.scalars(
            select(CommitteeMember).where(
                CommitteeMember.process_id == process.id, live(CommitteeMember)
            )
        ),
        key=lambda m: (SEAT_ORDER[m.seat], m.created_at, m.id),
    )
    seatings = [
        Seating(
            committee=m.committee,
            seat=m.seat,
            holder=(
                m.participant.full_name if m.participant and not m.participant.deleted else None
            )
            or m.label
            or (m.institution.name if m.institution else ""),
            institution=m.institution.name if m.institution else None,
            id=m.id,
            participant_id=m.participant_id,
            institution_id=m.institution_id,
            label=m.label,
            institutions=Texts.of(m.institution, "name") if m.institution else None,
        )
        for m in members
    ]
    roles = _roles(session, process, MONITORING_BODY)
    return Governance(
        lead_institutions=sorted(
            (i for i in process.lead_institutions if not i.deleted),
            key=lambda i: (i.kind is not InstitutionKind.MUNICIPALITY, i.name),
        ),
        steering=[s for s in seatings if s.committee is Committee.STEERING],
        advisory=[s for s in seatings if s.committee is Committee.ADVISORY],
        monitoring_body=roles[0].institution if roles else None,
        start_date=process.start_date,
        end_date=process.end_date,
    )
