"""The action items list: what was agreed to be done, across meetings, and where it stands.

Three sections: overdue (open or under way, due before the report's date), open (including
those under way and those with no due date), done. Cancelled actions are left out. The scope is
a meeting, a process, or every meeting when neither is given.

The report's date is the one asked for, else the end of the quarter asked for, else the day of
the latest meeting in scope — never the clock: the same report written years later counts the
same actions overdue, as the minutes and the progress matrix do.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from ogpdesk.core.meetings import find_meeting, live
from ogpdesk.core.models import ActionItem, ActionStatus, Meeting
from ogpdesk.core.progress import Quarter
from ogpdesk.documents.export import ExportRequest, process_of
from ogpdesk.documents.locale import Locale
from ogpdesk.documents.minutes import meeting_title
from ogpdesk.documents.model import Block, Column, Document, Heading, KeyValue, Paragraph, Table
from ogpdesk.i18n import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Document", "Action items follow-up")
ALL_MEETINGS = QT_TRANSLATE_NOOP("Document", "All meetings")
AS_OF = QT_TRANSLATE_NOOP("Document", "Situation on {date}")
OVERDUE = QT_TRANSLATE_NOOP("Document", "Overdue actions")
OPEN = QT_TRANSLATE_NOOP("Document", "Open actions")
DONE = QT_TRANSLATE_NOOP("Document", "Completed actions")
NUMBER = QT_TRANSLATE_NOOP("Document", "No.")
TASK = QT_TRANSLATE_NOOP("Document", "Task")
OWNER = QT_TRANSLATE_NOOP("Document", "Owner")
DUE = QT_TRANSLATE_NOOP("Document", "Due date")
MEETING = QT_TRANSLATE_NOOP("Document", "Meeting")
STATUS = QT_TRANSLATE_NOOP("Document", "Status")
TOTAL = QT_TRANSLATE_NOOP("Document", "Total")
NONE = QT_TRANSLATE_NOOP("Document", "None.")

_OPEN = {ActionStatus.OPEN, ActionStatus.IN_PROGRESS}


def sections(actions: list[ActionItem], today: dt.date) -> dict[str, list[ActionItem]]:
    """Overdue, open and done actions, each by due date (undated last)."""
    grouped: dict[str, list[ActionItem]] = {OVERDUE: [], OPEN: [], DONE: []}
    for action in actions:
        if action.status is ActionStatus.DONE:
            grouped[DONE].append(action)
        elif action.status in _OPEN:
            late = action.due_date is not None and action.due_date < today
            grouped[OVERDUE if late else OPEN].append(action)
    for members in grouped.values():
        members.sort(key=lambda a: (a.due_date is None, a.due_date or dt.date.max, a.position))
    return grouped


def build_actions(
    session: Session,
    t: Locale,
    *,
    scope_title: str,
    meeting_ids: list[str] | None,
    today: dt.date,
) -> Document:
    query = (
        select(ActionItem)
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .where(live(ActionItem), live(Meeting))
        .options(joinedload(ActionItem.meeting))
        .order_by(Meeting.date, ActionItem.position)
    )
    if meeting_ids is not None:
        query = query.where(ActionItem.meeting_id.in_(meeting_ids))
    grouped = sections(list(session.scalars(query)), today)

    columns = (
        Column(t(NUMBER), 0.6, "center"),
        Column(t(TASK), 4.4),
        Column(t(OWNER), 2),
        Column(t(DUE), 1.6),
        Column(t(STATUS), 1.3),
        Column(t(MEETING), 2.4),
    )
    blocks: list[Block] = [
        KeyValue(
            (
                *((t(name), t.number(len(members))) for name, members in grouped.items()),
                (t(TOTAL), t.number(sum(len(m) for m in grouped.values()))),
            )
        )
    ]
    number = 0
    for name, members in grouped.items():
        blocks.append(Heading(f"{t(name)} ({t.number(len(members))})"))
        if not members:
            blocks.append(Paragraph.of(t(NONE), style="note"))
            continue
        rows = []
        for action in members:
            number += 1
            meeting = action.meeting
            rows.append(
                (
                    t.digits(str(number)),
                    t.text(action, "task"),
                    action.owner_name or "",
                    t.date(action.due_date),
                    t.enum(action.status),
                    f"{meeting_title(meeting, t)} ({t.date(meeting.date)})" if meeting else "",
                )
            )
        blocks.append(Table(columns, tuple(rows)))
    return Document(
        lang=t.lang,
        title=t(TITLE),
        subtitle=scope_title,
        blocks=tuple(blocks),
        header=scope_title,
        status=t(AS_OF).format(date=t.date(today)),
        page_label=t.page_label(),
        landscape=True,
        metadata=(("subject", scope_title),),
    )


def as_of(session: Session, request: ExportRequest, meeting_ids: list[str] | None) -> dt.date:
    """The day the report describes (see the module's docstring)."""
    if request.today is not None:
        return request.today
    if request.quarter:
        return Quarter.parse(request.quarter).end
    query = select(func.max(Meeting.date)).where(live(Meeting))
    if meeting_ids is not None:
        query = query.where(Meeting.id.in_(meeting_ids))
    # With no meeting there is no action to count: any day says the same.
    return session.scalar(query) or dt.date.today()


def build(session: Session, request: ExportRequest) -> Document:
    t = Locale.of(request)
    process = process_of(session, request)
    if process is not None:
        ids = [m.id for m in process.meetings if not m.deleted]
        title = t.text(process, "title")
    elif request.meeting:
        meeting = find_meeting(session, request.meeting)
        ids, title = [meeting.id], meeting_title(meeting, t)
    else:
        ids, title = None, t(ALL_MEETINGS)
    return build_actions(
        session, t, scope_title=title, meeting_ids=ids, today=as_of(session, request, ids)
    )
