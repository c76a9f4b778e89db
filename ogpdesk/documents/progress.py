"""The progress matrix of a quarter: what the project manager presents at a quarterly meeting.

One row per commitment — status, percent complete, the change since the previous quarter,
challenges, next steps, evidence — then the milestones and the actions the meeting decided on
each row. Landscape, because the columns are many and the texts long.

The words shared by the action plan's outputs (statuses, quarters, points, titles in the
reader's script) live here too; the co-creation report and the public page use them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy.orm import Session

from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.languages import Texts
from ogpdesk.core.models import Process, ProgressStatus
from ogpdesk.core.progress import Matrix, MatrixRow, Quarter, latest_quarter, matrix, process_of
from ogpdesk.documents.export import ExportRequest, meeting_of
from ogpdesk.documents.export import process_of as requested_process
from ogpdesk.documents.locale import Locale
from ogpdesk.documents.model import (
    Block,
    Column,
    Document,
    Heading,
    KeyValue,
    Paragraph,
    Spacer,
    Table,
)
from ogpdesk.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "ActionPlan"

NO_REVIEW = QT_TRANSLATE_NOOP(
    "Errors", "No progress has been reviewed yet for “{title}”: there is no matrix to export."
)
NEEDS_PLAN = QT_TRANSLATE_NOOP(
    "Errors", "The {kind} document is made for an action plan: name it with --process."
)

STATUS_LABELS = {
    ProgressStatus.NOT_STARTED: QT_TRANSLATE_NOOP("ActionPlan", "Not started"),
    ProgressStatus.LIMITED: QT_TRANSLATE_NOOP("ActionPlan", "Limited"),
    ProgressStatus.SUBSTANTIAL: QT_TRANSLATE_NOOP("ActionPlan", "Substantial"),
    ProgressStatus.COMPLETED: QT_TRANSLATE_NOOP("ActionPlan", "Completed"),
    ProgressStatus.WITHDRAWN: QT_TRANSLATE_NOOP("ActionPlan", "Withdrawn"),
}

# Web addresses, as the public page links them.
_LINKS = re.compile(r"https?://\S+")


class Words(Locale):
    """``Locale`` plus the words of the action plan's documents (context ``ActionPlan``)."""

    def plan(self, text: str) -> str:
        return translate(self.lang, CONTEXT, text)

    def status(self, status: ProgressStatus | None) -> str:
        return self.plan(STATUS_LABELS[status]) if status is not None else ""

    def quarter(self, quarter: Quarter | None) -> str:
        if quarter is None:
            return ""
        template = self.plan(QT_TRANSLATE_NOOP("ActionPlan", "Q{number} {year}"))
        return self.digits(template.format(number=quarter.number, year=quarter.year))

    def percent(self, value: int | None) -> str:
        if value is None:
            return ""
        # French sets a (no-break) space before the sign; Arabic and English do not.
        return self.digits(f"{value}\u00a0%" if self.lang == "fr" else f"{value}%")

    def points(self, change: int) -> str:
        """Points gained or lost. In words where a sign would travel: in right-to-left text
        "+30" at the start of a line is shown as "30+"."""
        if change > 0:
            template = self.plan(QT_TRANSLATE_NOOP("ActionPlan", "+{count} points"))
        elif change < 0:
            template = self.plan(QT_TRANSLATE_NOOP("ActionPlan", "−{count} points"))
        else:
            template = self.plan(QT_TRANSLATE_NOOP("ActionPlan", "no change"))
        return self.digits(template.format(count=abs(change)))

    def step(self, before: str, after: str) -> str:
        # Words, not an arrow: Amiri has no arrows, and an arrow would point backwards in
        # right-to-left text.
        template = self.plan(QT_TRANSLATE_NOOP("ActionPlan", "from {before} to {after}"))
        return template.format(before=before, after=after)

    def evidence(self, texts: Texts) -> str:
        """Evidence in the reader's language; web addresses alone need no translation."""
        if not _LINKS.sub("", texts.original).strip(" ,;.\n"):
            return texts.original
        return self.text(texts)

    def colon(self, label: str) -> str:
        """``label`` followed by a colon, with the space French typography puts before it."""
        return f"{label}\u00a0:" if self.lang == "fr" else f"{label}:"

    def listing(self, items: Iterable[str]) -> str:
        """Items separated by the comma of the language (، in Arabic)."""
        return ("، " if self.lang == "ar" else ", ").join(item for item in items if item)

    def change(self, row: MatrixRow) -> str:
        """The change column: points gained, and the status before and after if it moved."""
        if row.covered:
            return self.plan(QT_TRANSLATE_NOOP("ActionPlan", "Reviewed with its commitment"))
        if not row.reviewed:
            return self.plan(QT_TRANSLATE_NOOP("ActionPlan", "Not reviewed this quarter"))
        if row.is_new or row.percent_change is None:
            return self.plan(QT_TRANSLATE_NOOP("ActionPlan", "First review"))
        template = self.plan(QT_TRANSLATE_NOOP("ActionPlan", "{points} (from {percent})"))
        parts = [
            template.format(
                points=self.points(row.percent_change), percent=self.percent(row.previous_percent)
            )
        ]
        if row.status_changed:
            parts.append(self.step(self.status(row.previous_status), self.status(row.status)))
        return "\n".join(parts)


def action_plan_of(session: Session, request: ExportRequest) -> Process:
    """The plan named by --process, or the plan of the meeting named by --meeting."""
    process = requested_process(session, request)
    if process is None and request.meeting:
        process = process_of(meeting_of(session, request))
    if process is None:
        raise InvalidInput(NEEDS_PLAN, kind=request.kind)
    return process


def quarter_of(session: Session, request: ExportRequest, process: Process) -> Quarter:
    if request.quarter:
        return Quarter.parse(request.quarter)
    if request.meeting:
        return Quarter.reviewed_at(meeting_of(session, request).date)
    quarter = latest_quarter(session, process)
    if quarter is None:
        raise InvalidInput(NO_REVIEW, title=process.title)
    return quarter


def average(values: list[int]) -> int | None:
    return round(sum(values) / len(values)) if values else None


def build(session: Session, request: ExportRequest) -> Document:
    process = action_plan_of(session, request)
    quarter = quarter_of(session, request, process)
    data = matrix(session, process, quarter, milestones=True)
    if not any(row.reviewed for row in data.rows):
        raise InvalidInput(NO_REVIEW, title=process.title)
    words = Words(request.lang, request.eastern_digits)
    return matrix_document(data, words)


# Marks a milestone due before the end of the quarter and not finished by then.
OVERDUE = QT_TRANSLATE_NOOP("ActionPlan", "overdue")


def matrix_document(data: Matrix, words: Words) -> Document:
    t = words.plan
    plan_title = words.text(data.process_titles)
    commitments = data.commitment_rows
    reviewed = [r for r in commitments if r.reviewed]
    previous = [r.previous_percent for r in reviewed if r.previous_percent is not None]
    now = average([r.percent for r in reviewed if r.percent is not None])
    before = average(previous)
    completed = sum(1 for r in reviewed if r.status is ProgressStatus.COMPLETED)
    previous_quarter = next((r.previous_quarter for r in reviewed if r.previous_quarter), None)

    summary: list[tuple[str, str]] = [
        (t(QT_TRANSLATE_NOOP("ActionPlan", "Action plan")), plan_title),
        (t(QT_TRANSLATE_NOOP("ActionPlan", "Quarter")), words.quarter(data.quarter)),
    ]
    if data.meeting_title:
        summary.append(
            (
                t(QT_TRANSLATE_NOOP("ActionPlan", "Review meeting")),
                f"{words.text(data.meeting_titles)} — {words.date(data.meeting_date)}",
            )
        )
    if now is not None:
        average_text = words.percent(now)
        if before is not None and previous_quarter is not None:
            average_text += " " + t(
                QT_TRANSLATE_NOOP("ActionPlan", "(previous quarter, {quarter}: {percent})")
            ).format(quarter=words.quarter(previous_quarter), percent=words.percent(before))
        summary.append((t(QT_TRANSLATE_NOOP("ActionPlan", "Average completion")), average_text))
    summary.append(
        (
            t(QT_TRANSLATE_NOOP("ActionPlan", "Commitments completed")),
            t(QT_TRANSLATE_NOOP("ActionPlan", "{done} of {total}")).format(
                done=words.number(completed), total=words.number(len(commitments))
            ),
        )
    )

    change_title = t(QT_TRANSLATE_NOOP("ActionPlan", "Change since the previous quarter"))
    if previous_quarter is not None:
        change_title = t(QT_TRANSLATE_NOOP("ActionPlan", "Change since {quarter}")).format(
            quarter=words.quarter(previous_quarter)
        )
    main = Table(
        columns=(
            Column(t(QT_TRANSLATE_NOOP("ActionPlan", "No.")), 0.45, "center"),
            Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Commitment")), 2.6),
            Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Status")), 1.1),
            Column("%", 0.6, "center"),
            Column(change_title, 1.6),
            Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Challenges")), 2.3),
            Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Next steps")), 2.3),
            Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Evidence")), 1.6),
        ),
        rows=tuple(
            (
                words.digits(str(row.number)),
                words.text(row.titles),
                words.status(row.status),
                words.percent(row.percent),
                words.change(row),
                words.text(row.challenges_texts),
                words.text(row.next_steps_texts),
                words.evidence(row.evidence_texts),
            )
            for row in commitments
        ),
    )
    blocks: list[Block] = [KeyValue(tuple(summary)), Spacer(3), main]

    milestones = [r for r in data.rows if r.milestone_id is not None]
    if milestones:
        blocks += [
            Spacer(4),
            Heading(t(QT_TRANSLATE_NOOP("ActionPlan", "Milestones")), 2),
            Table(
                columns=(
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "No.")), 0.45, "center"),
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Milestone")), 4),
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Due date")), 1.2),
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Status")), 1.1),
                    Column("%", 0.6, "center"),
                    Column(change_title, 1.6),
                ),
                rows=tuple(
                    (
                        words.digits(str(row.number)),
                        words.text(row.milestone_texts) if row.milestone_texts else "",
                        words.date(row.due_date)
                        + (f" ({words.plan(OVERDUE)})" if row.overdue else ""),
                        words.status(row.status),
                        words.percent(row.percent),
                        words.change(row),
                    )
                    for row in milestones
                ),
            ),
        ]

    decided = [(row, action) for row in data.rows for action in row.action_texts]
    if decided:
        blocks += [
            Spacer(4),
            Heading(t(QT_TRANSLATE_NOOP("ActionPlan", "Actions decided at the meeting")), 2),
            Table(
                columns=(
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "No.")), 0.45, "center"),
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Commitment")), 3),
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Action")), 6),
                ),
                rows=tuple(
                    (
                        words.digits(str(row.number)),
                        words.text(row.milestone_texts or row.titles),
                        words.text(action),
                    )
                    for row, action in decided
                ),
            ),
        ]
    if not commitments:
        blocks.append(Paragraph.of(t(QT_TRANSLATE_NOOP("ActionPlan", "No commitments yet."))))

    title = t(QT_TRANSLATE_NOOP("ActionPlan", "Progress matrix"))
    return Document(
        lang=words.lang,
        title=f"{title} — {words.quarter(data.quarter)}",
        subtitle=plan_title,
        header=plan_title,
        blocks=tuple(blocks),
        page_label=words.page_label(),
        landscape=True,
        metadata=(
            ("subject", f"{title} {data.quarter}"),
            ("keywords", "OGP, progress, " + str(data.quarter)),
        ),
    )
