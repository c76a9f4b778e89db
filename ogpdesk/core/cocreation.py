"""The co-creation record of an action plan, counted from the meetings' attendance.

The OGP template asks how many groups took part and how many public-facing meetings were
held (El Kef: 8 groups, 6 meetings), and the submission is stronger with who came: by
stakeholder group, gender and age band. Nothing here is typed in twice: every figure is
counted from who was present (in the room or remotely) at the plan's public meetings.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core.languages import Texts
from ogpdesk.core.meetings import live
from ogpdesk.core.models import (
    Attendance,
    AttendanceStatus,
    Gender,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Participant,
    Process,
    StakeholderGroup,
)
from ogpdesk.core.textnorm import normalise

# Meetings open to the public; steering-committee and quarterly-review meetings run the plan
# and are not part of its co-creation.
PUBLIC_KINDS = frozenset(
    {
        MeetingKind.CO_CREATION,
        MeetingKind.PUBLIC_HEARING,
        MeetingKind.WORKSHOP,
        MeetingKind.SEMINAR,
        MeetingKind.AWARENESS_SESSION,
    }
)
PRESENT = (AttendanceStatus.PRESENT, AttendanceStatus.REMOTE)

K = TypeVar("K", StakeholderGroup, Gender)


@dataclass(frozen=True)
class MeetingLine:
    """A public meeting as listed in the co-creation report."""

    id: str
    date: dt.date
    title: str
    titles: Texts
    kind: MeetingKind
    place: str | None
    city: str | None
    participants: int
    remote: int


@dataclass(frozen=True)
class CoCreation:
    """Figures of the OGP template, and the breakdowns behind them.

    ``participants`` counts people once however many meetings they attended;
    ``attendances`` counts one per person per meeting. ``None`` keys count people whose
    group, gender or age band was not recorded.
    """

    meetings: list[MeetingLine]
    groups: int
    organisations: int
    participants: int
    attendances: int
    by_group: dict[StakeholderGroup | None, int]
    by_gender: dict[Gender | None, int]
    by_age_band: dict[str | None, int]
    with_disability: int

    @property
    def meetings_held(self) -> int:
        return len(self.meetings)


def _held(meeting: Meeting, present: int) -> bool:
    # A meeting left "planned" in the store but with people signed in did take place.
    return meeting.status is not MeetingStatus.PLANNED or present > 0


def figures(
    session: Session,
    process: Process,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> CoCreation:
    """Count the co-creation of ``process`` (optionally between two dates, inclusive)."""
    query = (
        select(Meeting)
        .where(
            Meeting.process_id == process.id,
            live(Meeting),
            Meeting.kind.in_(list(PUBLIC_KINDS)),
        )
        .order_by(Meeting.date, Meeting.start_time, Meeting.title)
    )
    if since is not None:
        query = query.where(Meeting.date >= since)
    if until is not None:
        query = query.where(Meeting.date <= until)
    meetings = list(session.scalars(query))
    rows = session.execute(
        select(Attendance.meeting_id, Attendance.status, Participant)
        .join(Participant, Attendance.participant_id == Participant.id)
        .where(
            Attendance.meeting_id.in_([m.id for m in meetings]),
            live(Attendance),
            live(Participant),
            Attendance.status.in_(PRESENT),
        )
    ).all()
    present: Counter[str] = Counter(meeting_id for meeting_id, _status, _p in rows)
    remote: Counter[str] = Counter(
        meeting_id for meeting_id, status, _p in rows if status is AttendanceStatus.REMOTE
    )
    held = [m for m in meetings if _held(m, present[m.id])]
    held_ids = {m.id for m in held}
    people = {p.id: p for meeting_id, _status, p in rows if meeting_id in held_ids}
    attendances = sum(present[m] for m in held_ids)
    groups = {p.stakeholder_group for p in people.values() if p.stakeholder_group is not None}
    organisations = {
        p.institution_id or normalise(p.organisation or "")
        for p in people.values()
        if p.institution_id or (p.organisation and p.organisation.strip())
    }
    return CoCreation(
        meetings=[
            MeetingLine(
                id=m.id,
                date=m.date,
                title=m.title,
                titles=Texts.of(m, "title"),
                kind=m.kind,
                place=m.place,
                city=m.city,
                participants=present[m.id],
                remote=remote[m.id],
            )
            for m in held
        ],
        groups=len(groups),
        organisations=len(organisations),
        participants=len(people),
        attendances=attendances,
        by_group=_ordered(Counter(p.stakeholder_group for p in people.values()), StakeholderGroup),
        by_gender=_ordered(Counter(p.gender for p in people.values()), Gender),
        by_age_band=dict(
            sorted(
                Counter(p.age_band or None for p in people.values()).items(),
                key=lambda item: (item[0] is None, item[0] or ""),
            )
        ),
        with_disability=sum(1 for p in people.values() if p.disability),
    )


def _ordered(counts: Counter[K | None], order: type[K]) -> dict[K | None, int]:
    """Counts in the enum's order, "not recorded" last, zero counts left out."""
    result: dict[K | None, int] = {key: counts[key] for key in order if counts[key]}
    if counts[None]:
        result[None] = counts[None]
    return result
