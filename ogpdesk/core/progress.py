"""Quarterly progress of an action plan: the review at a meeting, the matrix, the dashboard.

At each quarterly meeting the project manager presents, per commitment (and per milestone),
a status, a percentage, the challenges met, the next steps and the evidence. Most of it is
what was said the quarter before, so a review opens prefilled from the latest earlier
quarter and the manager edits only what changed. What the meeting decides on a row becomes a
decision and an action item of that meeting's minutes, linked back to the row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core.capture import Captured, add_action, add_decision, add_intervention
from ogpdesk.core.changes import Changes
from ogpdesk.core.commitments import commitments_of, ensure_action_plan, milestones_of
from ogpdesk.core.edits import FieldEdit, clean_text, edit_fields
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.languages import Texts, columns, parse_language, stale_versions
from ogpdesk.core.meetings import ensure_editable, live
from ogpdesk.core.models import (
    ActionItem,
    ActionStatus,
    Commitment,
    Meeting,
    Milestone,
    Process,
    ProgressReview,
    ProgressStatus,
)
from ogpdesk.i18n import QT_TRANSLATE_NOOP

BAD_QUARTER = QT_TRANSLATE_NOOP(
    "Errors", "“{text}” is not a quarter; write it like 2025Q3 (year, Q, 1 to 4)."
)
NO_PLAN = QT_TRANSLATE_NOOP(
    "Errors", "The meeting “{title}” belongs to no action plan, so it has no progress to review."
)
BAD_PERCENT = QT_TRANSLATE_NOOP(
    "Errors", "A percentage must be a whole number from 0 to 100, not “{value}”."
)
BAD_STATUS = QT_TRANSLATE_NOOP(
    "Errors",
    "Unknown progress status “{value}”. Known: not_started, limited, substantial, completed, "
    "withdrawn.",
)
BAD_REVIEW_FIELD = QT_TRANSLATE_NOOP("Errors", "“{name}” is not a field of a progress review.")
REVIEW_WITHOUT_MEETING = QT_TRANSLATE_NOOP(
    "Errors", "This progress row was not reviewed at a meeting; record the decision in a meeting."
)
EMPTY_TEXT = QT_TRANSLATE_NOOP("Errors", "Nothing to record: the text is empty.")

_QUARTER = re.compile(
    r"^\s*(?:(\d{4})\s*[-/ ]?\s*[QqTt]([1-4])|[QqTt]([1-4])\s*[-/ ]?\s*(\d{4}))\s*$"
)

# A row that reached one of these no longer makes a milestone overdue.
FINISHED = frozenset({ProgressStatus.COMPLETED, ProgressStatus.WITHDRAWN})
OPEN_ACTIONS = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter, written 2025Q3 in the store and on the command line."""

    year: int
    number: int

    @classmethod
    def parse(cls, text: str | Quarter) -> Quarter:
        """2025Q3, 2025-Q3, Q3 2025 (T for trimestre is accepted too)."""
        if isinstance(text, Quarter):
            return text
        match = _QUARTER.match(text)
        if not match:
            raise InvalidInput(BAD_QUARTER, text=text)
        year, number = (match[1], match[2]) if match[1] else (match[4], match[3])
        return cls(int(year), int(number))

    @classmethod
    def containing(cls, day: dt.date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def reviewed_at(cls, day: dt.date) -> Quarter:
        """The quarter a meeting held on ``day`` reviews: the one that ended before it."""
        return cls.containing(day).previous()

    def previous(self) -> Quarter:
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )

    def next(self) -> Quarter:
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> dt.date:
        return self.next().start - dt.timedelta(days=1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"


# -- the review at a meeting ----------------------------------------------------------------


@dataclass
class ReviewOpened:
    """Rows a review created (or brought back); undo soft-deletes exactly these."""

    meeting_id: str
    quarter: Quarter
    rows: list[ProgressReview] = field(default_factory=list)
    existing: int = 0

    def changes(self) -> Changes:
        return Changes(progress=True)


def _key(review: ProgressReview) -> tuple[str, str | None]:
    return (review.commitment_id, review.milestone_id)


def _reviews(session: Session, process: Process, *, deleted: bool = False) -> list[ProgressReview]:
    query = (
        select(ProgressReview)
        .join(Commitment, ProgressReview.commitment_id == Commitment.id)
        .where(Commitment.process_id == process.id)
    )
    if not deleted:
        query = query.where(live(ProgressReview))
    return list(session.scalars(query))


def _latest_before(
    reviews: list[ProgressReview], quarter: Quarter
) -> dict[tuple[str, str | None], ProgressReview]:
    """Per row, the review of the latest quarter before ``quarter`` (gaps are skipped)."""
    latest: dict[tuple[str, str | None], ProgressReview] = {}
    for review in reviews:
        if review.deleted or Quarter.parse(review.quarter) >= quarter:
            continue
        current = latest.get(_key(review))
        if current is None or Quarter.parse(current.quarter) < Quarter.parse(review.quarter):
            latest[_key(review)] = review
    return latest


def process_of(meeting: Meeting) -> Process:
    if meeting.process is None or meeting.process.deleted:
        raise InvalidInput(NO_PLAN, title=meeting.title)
    ensure_action_plan(meeting.process)
    return meeting.process


def review_rows(process: Process, session: Session) -> list[tuple[Commitment, Milestone | None]]:
    """The rows of a review in matrix order: each commitment, then its milestones."""
    rows: list[tuple[Commitment, Milestone | None]] = []
    for commitment in commitments_of(session, process):
        rows.append((commitment, None))
        rows.extend((commitment, milestone) for milestone in milestones_of(commitment))
    return rows


def open_review(session: Session, meeting: Meeting, quarter: Quarter | str) -> ReviewOpened:
    """Create the quarter's rows for every commitment and milestone, prefilled.

    Opening again is harmless: rows the quarter already has are kept as they are.
    """
    quarter = Quarter.parse(quarter)
    ensure_editable(meeting)
    process = process_of(meeting)
    every = _reviews(session, process, deleted=True)
    this_quarter = {_key(r): r for r in every if r.quarter == str(quarter)}
    previous = _latest_before(every, quarter)
    opened = ReviewOpened(meeting_id=meeting.id, quarter=quarter)
    for commitment, milestone in review_rows(process, session):
        key = (commitment.id, milestone.id if milestone else None)
        review = this_quarter.get(key)
        if review is not None and not review.deleted:
            opened.existing += 1
            if review.meeting_id is None:
                review.meeting_id = meeting.id
            continue
        if review is None:
            review = ProgressReview(
                commitment_id=commitment.id,
                milestone_id=key[1],
                quarter=str(quarter),
            )
            session.add(review)
        # A row removed by an undo is brought back rather than duplicated: the store allows
        # one row per commitment, milestone and quarter.
        review.deleted = False
        review.meeting_id = meeting.id
        _prefill(review, previous.get(key))
        opened.rows.append(review)
    session.flush()
    return opened


def _prefill(review: ProgressReview, source: ProgressReview | None) -> None:
    review.status = source.status if source else ProgressStatus.NOT_STARTED
    review.percent = source.percent if source else 0
    # The texts with their languages and versions: a translation made last quarter holds.
    for text in ProgressReview.language_fields:
        for name in columns(text):
            setattr(review, name, getattr(source, name) if source else None)


def quarter_rows(
    session: Session, meeting: Meeting, quarter: Quarter | str
) -> list[ProgressReview]:
    """The rows of ``quarter`` reviewed at ``meeting``, in matrix order."""
    quarter = Quarter.parse(quarter)
    process = process_of(meeting)
    by_key = {
        _key(r): r
        for r in _reviews(session, process)
        if r.quarter == str(quarter) and r.meeting_id == meeting.id
    }
    ordered = []
    for commitment, milestone in review_rows(process, session):
        review = by_key.get((commitment.id, milestone.id if milestone else None))
        if review is not None:
            ordered.append(review)
    return ordered


def quarters_reviewed_at(session: Session, meeting: Meeting) -> list[Quarter]:
    """Quarters whose rows were opened at ``meeting``, oldest first."""
    quarters = session.scalars(
        select(ProgressReview.quarter)
        .where(ProgressReview.meeting_id == meeting.id, live(ProgressReview))
        .distinct()
    )
    return sorted(Quarter.parse(q) for q in quarters)


def parse_status(value: str | ProgressStatus) -> ProgressStatus:
    if isinstance(value, ProgressStatus):
        return value
    try:
        return ProgressStatus(value.strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        raise InvalidInput(BAD_STATUS, value=value) from None


def parse_percent(value: object) -> int:
    try:
        number = int(str(value).strip().rstrip("%").strip())
    except ValueError:
        raise InvalidInput(BAD_PERCENT, value=value) from None
    if not 0 <= number <= 100:
        raise InvalidInput(BAD_PERCENT, value=value)
    return number


_REVIEW_TEXT = {name for text in ProgressReview.language_fields for name in columns(text)}


def update_review(session: Session, review: ProgressReview, **fields: Any) -> FieldEdit:
    """Change status, percent, challenges, next steps or evidence of one row (undoable)."""
    if review.meeting is not None:
        ensure_editable(review.meeting)
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "status":
            values[name] = parse_status(value)
        elif name == "percent":
            values[name] = parse_percent(value)
        elif name.endswith("_lang") and name in _REVIEW_TEXT:
            values[name] = parse_language(value)
        elif name in _REVIEW_TEXT:
            values[name] = clean_text(value)
        else:
            raise InvalidInput(BAD_REVIEW_FIELD, name=name)
    values |= stale_versions(review, values)
    return edit_fields(session, review, values, Changes(progress=True))


def add_row_decision(
    session: Session,
    review: ProgressReview,
    text: str,
    *,
    task: str | None = None,
    owner_name: str | None = None,
    due_date: dt.date | None = None,
) -> Captured:
    """A decision of the review meeting on this row, and the action it requires.

    The action item carries the link to the row, so the matrix and the dashboard can show
    what was decided about each commitment.
    """
    meeting = _meeting_of(review)
    if not text.strip():
        raise InvalidInput(EMPTY_TEXT)
    decision = add_decision(session, meeting, text.strip())
    action = add_action(
        session,
        meeting,
        clean_text(task) or text.strip(),
        owner_name=clean_text(owner_name),
        due_date=due_date,
        decision=decision,
    )
    action.progress_review_id = review.id
    session.flush()
    captured = Captured()
    captured.add(decision)
    captured.add(action)
    return captured


def add_row_remark(
    session: Session, review: ProgressReview, text: str, *, speaker_name: str | None = None
) -> Captured:
    """A remark made on this row, recorded as an intervention of the review meeting."""
    meeting = _meeting_of(review)
    if not text.strip():
        raise InvalidInput(EMPTY_TEXT)
    return add_intervention(session, meeting, text.strip(), speaker_name=clean_text(speaker_name))


def _meeting_of(review: ProgressReview) -> Meeting:
    if review.meeting is None:
        raise InvalidInput(REVIEW_WITHOUT_MEETING)
    ensure_editable(review.meeting)
    return review.meeting


# -- the matrix -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixRow:
    """One row of the progress matrix, with the previous quarter's figures beside it."""

    commitment_id: str
    number: int
    title: str
    title_ar: str | None
    milestone_id: str | None
    milestone: str | None
    due_date: dt.date | None
    review_id: str | None
    reviewed: bool
    status: ProgressStatus | None
    percent: int | None
    challenges: str | None
    next_steps: str | None
    evidence: str | None
    previous_quarter: Quarter | None
    previous_status: ProgressStatus | None
    previous_percent: int | None
    actions: tuple[str, ...] = ()
    # What documents print, in each language: the commitment's title, the milestone's
    # deliverable, the actions' tasks.
    titles: Texts = field(default_factory=lambda: Texts(""))
    milestone_texts: Texts | None = None
    action_texts: tuple[Texts, ...] = ()
    # The review's texts with their versions (empty when not reviewed).
    challenges_texts: Texts = field(default_factory=lambda: Texts(""))
    next_steps_texts: Texts = field(default_factory=lambda: Texts(""))
    evidence_texts: Texts = field(default_factory=lambda: Texts(""))
    # A milestone not reviewed on its own whose commitment was, this quarter.
    covered: bool = False
    # Due by the end of the quarter and not finished then (its own row, else its
    # commitment's): late as of the period the matrix describes, whatever today's date.
    overdue: bool = False

    @property
    def percent_change(self) -> int | None:
        """Points gained since the previous quarter (None when either is unknown)."""
        if self.percent is None or self.previous_percent is None:
            return None
        return self.percent - self.previous_percent

    @property
    def status_changed(self) -> bool:
        return self.previous_status is not None and self.status is not self.previous_status

    @property
    def is_new(self) -> bool:
        """Reviewed this quarter for the first time."""
        return self.reviewed and self.previous_status is None


@dataclass(frozen=True)
class Matrix:
    process_id: str
    process_title: str
    process_title_ar: str | None
    quarter: Quarter
    rows: list[MatrixRow]
    meeting_title: str | None
    meeting_date: dt.date | None
    process_titles: Texts = field(default_factory=lambda: Texts(""))
    meeting_titles: Texts | None = None

    @property
    def commitment_rows(self) -> list[MatrixRow]:
        return [row for row in self.rows if row.milestone_id is None]


def matrix(
    session: Session, process: Process, quarter: Quarter | str, *, milestones: bool = False
) -> Matrix:
    """The progress matrix of ``quarter``: one row per commitment (and milestone if asked)."""
    quarter = Quarter.parse(quarter)
    ensure_action_plan(process)
    reviews = _reviews(session, process)
    current = {_key(r): r for r in reviews if r.quarter == str(quarter)}
    previous = _latest_before(reviews, quarter)
    actions = _actions_by_review(session, [r.id for r in current.values()])
    latest = _latest_before(reviews, quarter.next())
    rows = []
    for commitment, milestone in review_rows(process, session):
        if milestone is not None and not milestones:
            continue
        key = (commitment.id, milestone.id if milestone else None)
        review, before = current.get(key), previous.get(key)
        due = milestone.due_date if milestone else None
        standing = latest.get(key) or latest.get((commitment.id, None))
        rows.append(
            MatrixRow(
                commitment_id=commitment.id,
                number=commitment.number,
                title=commitment.title,
                title_ar=commitment.title_ar,
                milestone_id=milestone.id if milestone else None,
                milestone=milestone.deliverable if milestone else None,
                due_date=milestone.due_date if milestone else commitment.end_date,
                review_id=review.id if review else None,
                reviewed=review is not None,
                status=review.status if review else None,
                percent=review.percent if review else None,
                challenges=review.challenges if review else None,
                next_steps=review.next_steps if review else None,
                evidence=review.evidence if review else None,
                previous_quarter=Quarter.parse(before.quarter) if before else None,
                previous_status=before.status if before else None,
                previous_percent=before.percent if before else None,
                actions=tuple(t.original for t in actions.get(review.id, ())) if review else (),
                titles=Texts.of(commitment, "title"),
                milestone_texts=Texts.of(milestone, "deliverable") if milestone else None,
                action_texts=tuple(actions.get(review.id, ())) if review else (),
                challenges_texts=Texts.of(review, "challenges") if review else Texts(""),
                next_steps_texts=Texts.of(review, "next_steps") if review else Texts(""),
                evidence_texts=Texts.of(review, "evidence") if review else Texts(""),
                covered=review is None and (commitment.id, None) in current,
                overdue=(
                    due is not None
                    and due < quarter.end
                    and (standing is None or standing.status not in FINISHED)
                ),
            )
        )
    meeting = _meeting_of_quarter(current.values())
    return Matrix(
        process_id=process.id,
        process_title=process.title,
        process_title_ar=process.title_ar,
        quarter=quarter,
        rows=rows,
        meeting_title=meeting.title if meeting else None,
        meeting_date=meeting.date if meeting else None,
        process_titles=Texts.of(process, "title"),
        meeting_titles=Texts.of(meeting, "title") if meeting else None,
    )


def _meeting_of_quarter(reviews: Iterable[ProgressReview]) -> Meeting | None:
    meetings = [r.meeting for r in reviews if r.meeting is not None and not r.meeting.deleted]
    return min(meetings, key=lambda m: m.date) if meetings else None


def _actions_by_review(session: Session, review_ids: list[str]) -> dict[str, list[Texts]]:
    found: dict[str, list[Texts]] = defaultdict(list)
    if not review_ids:
        return found
    for action in session.scalars(
        select(ActionItem)
        .where(ActionItem.progress_review_id.in_(review_ids), live(ActionItem))
        .order_by(ActionItem.position)
    ):
        assert action.progress_review_id is not None
        found[action.progress_review_id].append(Texts.of(action, "task"))
    return found


def reviewed_quarters(session: Session, process: Process) -> list[Quarter]:
    """Quarters that have at least one review row, oldest first."""
    return sorted({Quarter.parse(r.quarter) for r in _reviews(session, process)})


def latest_quarter(session: Session, process: Process) -> Quarter | None:
    quarters = reviewed_quarters(session, process)
    return quarters[-1] if quarters else None


# -- the dashboard --------------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    quarter: Quarter
    percent: int
    status: ProgressStatus


@dataclass(frozen=True)
class Series:
    """A commitment's progress over the quarters it was reviewed."""

    commitment_id: str
    number: int
    title: str
    title_ar: str | None
    points: list[Point]
    # The title with its versions, for a reader of another language.
    titles: Texts = field(default_factory=lambda: Texts(""))

    @property
    def latest(self) -> Point | None:
        return self.points[-1] if self.points else None


@dataclass(frozen=True)
class OverdueMilestone:
    commitment_number: int
    commitment_title: str
    deliverable: str
    due_date: dt.date
    responsible: str | None
    status: ProgressStatus | None
    days_late: int
    deliverables: Texts = field(default_factory=lambda: Texts(""))


@dataclass(frozen=True)
class OpenAction:
    task: str
    owner: str | None
    due_date: dt.date | None
    meeting_title: str
    meeting_date: dt.date
    overdue: bool
    tasks: Texts = field(default_factory=lambda: Texts(""))


@dataclass(frozen=True)
class Dashboard:
    quarters: list[Quarter]
    series: list[Series]
    overdue: list[OverdueMilestone]
    open_actions: list[OpenAction]


def dashboard(session: Session, process: Process, today: dt.date | None = None) -> Dashboard:
    """Progress per commitment over quarters, overdue milestones, open action items, as they
    stood on ``today`` (the end of a quarter under review, for a report on it): reviews of
    later quarters are left out."""
    today = today or dt.date.today()
    ensure_action_plan(process)
    reviews = [r for r in _reviews(session, process) if Quarter.parse(r.quarter).start <= today]
    by_key: dict[tuple[str, str | None], list[ProgressReview]] = defaultdict(list)
    for review in reviews:
        by_key[_key(review)].append(review)
    for rows in by_key.values():
        rows.sort(key=lambda r: Quarter.parse(r.quarter))
    commitments = commitments_of(session, process)
    series = [
        Series(
            commitment_id=c.id,
            number=c.number,
            title=c.title,
            title_ar=c.title_ar,
            titles=Texts.of(c, "title"),
            points=[
                Point(Quarter.parse(r.quarter), r.percent, r.status)
                for r in by_key.get((c.id, None), [])
            ],
        )
        for c in commitments
    ]
    return Dashboard(
        quarters=sorted({Quarter.parse(r.quarter) for r in reviews}),
        series=series,
        overdue=_overdue(commitments, by_key, today),
        open_actions=_open_actions(session, process, today),
    )


def _overdue(
    commitments: list[Commitment],
    by_key: dict[tuple[str, str | None], list[ProgressReview]],
    today: dt.date,
) -> list[OverdueMilestone]:
    late = []
    for commitment in commitments:
        commitment_rows = by_key.get((commitment.id, None), [])
        commitment_status = commitment_rows[-1].status if commitment_rows else None
        for milestone in milestones_of(commitment):
            if milestone.due_date is None or milestone.due_date >= today:
                continue
            rows = by_key.get((commitment.id, milestone.id), [])
            status = rows[-1].status if rows else None
            # Without a review of its own, a milestone shares the fate of its commitment.
            if (status or commitment_status) in FINISHED:
                continue
            late.append(
                OverdueMilestone(
                    commitment_number=commitment.number,
                    commitment_title=commitment.title,
                    deliverable=milestone.deliverable,
                    due_date=milestone.due_date,
                    responsible=milestone.responsible,
                    status=status,
                    days_late=(today - milestone.due_date).days,
                    deliverables=Texts.of(milestone, "deliverable"),
                )
            )
    late.sort(key=lambda m: (m.due_date, m.commitment_number))
    return late


def _open_actions(session: Session, process: Process, today: dt.date) -> list[OpenAction]:
    query = (
        select(ActionItem, Meeting)
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .where(
            Meeting.process_id == process.id,
            live(Meeting),
            live(ActionItem),
            ActionItem.status.in_(OPEN_ACTIONS),
        )
    )
    found = [
        OpenAction(
            task=action.task,
            owner=action.owner_name,
            due_date=action.due_date,
            meeting_title=meeting.title,
            meeting_date=meeting.date,
            overdue=action.due_date is not None and action.due_date < today,
            tasks=Texts.of(action, "task"),
        )
        for action, meeting in session.execute(query)
    ]
    found.sort(key=lambda a: (a.due_date is None, a.due_date or dt.date.max, a.meeting_date))
    return found
