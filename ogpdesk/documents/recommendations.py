"""The recommendations report of a meeting or of a whole process (Kairouan and M'saken).

A summary table first (one line per theme or per meeting: how many, how many of high
priority, how many adopted or further), then each group with its numbered recommendations,
addressee, priority, status and the meeting they came from. A meeting's report is grouped by
theme; a process's by meeting, unless asked otherwise. Numbers are those said in the room; in
a process's report they are prefixed with the meeting's number in the list of meetings
("2.3": recommendation 3 of the second meeting), so that no two are alike.

Recommendations merged into another are left out: their text lives on in the one they joined.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.languages import Texts
from ogpdesk.core.meetings import live
from ogpdesk.core.models import Meeting, Priority, Process, RecommendationStatus
from ogpdesk.core.recommendations import RecommendationRow, list_recommendations
from ogpdesk.documents.export import NEEDS_SCOPE, ExportRequest, meeting_of, process_of
from ogpdesk.documents.locale import Locale
from ogpdesk.documents.minutes import bilingual_table, issuer, meeting_title
from ogpdesk.documents.model import Block, Column, Document, Heading, KeyValue, Paragraph, Table
from ogpdesk.i18n import QT_TRANSLATE_NOOP

REPORT = QT_TRANSLATE_NOOP("Document", "Recommendations report")
SUMMARY = QT_TRANSLATE_NOOP("Document", "Summary")
THEME = QT_TRANSLATE_NOOP("Document", "Theme")
NO_THEME = QT_TRANSLATE_NOOP("Document", "No theme")
MEETING = QT_TRANSLATE_NOOP("Document", "Meeting")
MEETINGS = QT_TRANSLATE_NOOP("Document", "Meetings")
COUNT = QT_TRANSLATE_NOOP("Document", "Recommendations")
HIGH_PRIORITY = QT_TRANSLATE_NOOP("Document", "High priority")
ADOPTED_OR_MORE = QT_TRANSLATE_NOOP("Document", "Adopted or further")
NUMBER = QT_TRANSLATE_NOOP("Document", "No.")
RECOMMENDATION = QT_TRANSLATE_NOOP("Document", "Recommendation")
ADDRESSEE = QT_TRANSLATE_NOOP("Document", "Addressee")
PRIORITY = QT_TRANSLATE_NOOP("Document", "Priority")
STATUS = QT_TRANSLATE_NOOP("Document", "Status")
TOTAL = QT_TRANSLATE_NOOP("Document", "Total")
NONE_YET = QT_TRANSLATE_NOOP("Document", "No recommendation has been recorded yet.")
PROCESS = QT_TRANSLATE_NOOP("Document", "Process")
DATE = QT_TRANSLATE_NOOP("Document", "Date")

_FURTHER = {
    RecommendationStatus.ADOPTED,
    RecommendationStatus.IN_PROGRESS,
    RecommendationStatus.IMPLEMENTED,
}


@dataclass(frozen=True)
class Scope:
    """What the report covers: one meeting, or every meeting of a process."""

    title: str
    header: str
    meetings: list[Meeting]
    process: Process | None


def _scope(session: Session, request: ExportRequest, t: Locale) -> Scope:
    process = process_of(session, request)
    if process is not None:
        meetings = list(
            session.scalars(
                select(Meeting)
                .where(Meeting.process_id == process.id, live(Meeting))
                .order_by(Meeting.date, Meeting.id)
            )
        )
        title = t.text(process, "title")
        header = process.organiser or ""
        return Scope(title, header or title, meetings, process)
    if not request.meeting:
        raise InvalidInput(NEEDS_SCOPE, kind=request.kind)
    meeting = meeting_of(session, request)
    return Scope(meeting_title(meeting, t), issuer(meeting, t), [meeting], None)


def build_recommendations(
    session: Session,
    scope: Scope,
    t: Locale,
    *,
    group_by: str | None = None,
) -> Document:
    label = t.label
    index = {m.id: i for i, m in enumerate(scope.meetings, 1)}
    rows = [
        row
        for row in (
            list_recommendations(session, process_id=scope.process.id, include_merged=False)
            if scope.process is not None
            else list_recommendations(
                session, meeting_id=scope.meetings[0].id, include_merged=False
            )
        )
        if row.meeting_id in index
    ]
    many = scope.process is not None
    by = group_by or ("meeting" if many else "theme")

    def number(row: RecommendationRow) -> str:
        own = str(row.number)
        return t.digits(f"{index[row.meeting_id]}.{own}" if many else own)

    def group_of(row: RecommendationRow) -> str:
        if by == "meeting":
            return f"{t.digits(str(index[row.meeting_id]))}. {_meeting_label(row, scope, t)}"
        return row.theme or t(NO_THEME)

    groups: dict[str, list[RecommendationRow]] = {}
    for row in rows:
        groups.setdefault(group_of(row), []).append(row)

    blocks: list[Block] = [_facts(scope, t, label, len(rows))]
    if not rows:
        blocks.append(Paragraph.of(t(NONE_YET)))
    else:
        blocks.extend([Heading(label(SUMMARY)), _summary(groups, by, t)])
    for name, members in groups.items():
        blocks.append(Heading(name))
        if t.bilingual:
            blocks.append(bilingual_table([(number(r), Texts.of(r, "text")) for r in members], t))
            continue
        columns = [
            Column(t(NUMBER), 0.7, "center"),
            Column(t(RECOMMENDATION), 5.5),
            Column(t(ADDRESSEE), 2),
            Column(t(PRIORITY), 1.1),
            Column(t(STATUS), 1.3),
        ]
        if by == "theme" and many:
            columns.append(Column(t(MEETING), 1.8))
        table_rows = []
        for r in members:
            cells = [
                number(r),
                t.text(r, "text"),
                r.addressee or "",
                t.enum(r.priority),
                t.enum(r.status),
            ]
            if by == "theme" and many:
                cells.append(_meeting_label(r, scope, t))
            table_rows.append(tuple(cells))
        blocks.append(Table(tuple(columns), tuple(table_rows)))

    return Document(
        lang=t.lang,
        title=label(REPORT),
        subtitle=scope.title,
        blocks=tuple(blocks),
        header=scope.header,
        page_label=t.page_label(),
        metadata=(("subject", scope.title),),
    )


def _meeting_label(row: RecommendationRow, scope: Scope, t: Locale) -> str:
    meeting = next(m for m in scope.meetings if m.id == row.meeting_id)
    where = meeting.city or meeting_title(meeting, t)
    return f"{where}, {t.date(meeting.date)}"


def _facts(scope: Scope, t: Locale, label: Callable[[str], str], count: int) -> KeyValue:
    items = []
    if scope.process is not None:
        items.append((label(PROCESS), t.text(scope.process, "title")))
        listed = "\n".join(
            f"{t.digits(str(i))}. {meeting_title(m, t)} ({t.date(m.date)})"
            for i, m in enumerate(scope.meetings, 1)
        )
        items.append((label(MEETINGS), listed))
    elif scope.meetings:
        meeting = scope.meetings[0]
        items.append((label(MEETING), meeting_title(meeting, t)))
        items.append((label(DATE), t.date(meeting.date)))
    items.append((label(COUNT), t.number(count)))
    return KeyValue(tuple(items))


def _summary(groups: dict[str, list[RecommendationRow]], by: str, t: Locale) -> Table:
    rows = []
    for name, members in groups.items():
        rows.append(
            (
                name,
                t.number(len(members)),
                t.number(sum(r.priority is Priority.HIGH for r in members)),
                t.number(sum(r.status in _FURTHER for r in members)),
            )
        )
    everything = [r for members in groups.values() for r in members]
    rows.append(
        (
            t.label(TOTAL),
            t.number(len(everything)),
            t.number(sum(r.priority is Priority.HIGH for r in everything)),
            t.number(sum(r.status in _FURTHER for r in everything)),
        )
    )
    return Table(
        (
            # A bilingual edition heads its columns in both languages (``Locale.label``).
            Column(t.label(MEETING if by == "meeting" else THEME), 3.4),
            Column(t.label(COUNT), 1.7, "end"),
            Column(t.label(HIGH_PRIORITY), 1.5, "end"),
            Column(t.label(ADOPTED_OR_MORE), 1.8, "end"),
        ),
        tuple(rows),
        strong_rows=frozenset({len(rows) - 1}),
    )


def build(session: Session, request: ExportRequest) -> Document:
    t = Locale.of(request)
    return build_recommendations(session, _scope(session, request, t), t, group_by=request.group_by)
