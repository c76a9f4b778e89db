"""The attendance sheet of a meeting.

Before the meeting (status "planned") it is the sheet passed round the room: the invitees
pre-filled, then empty numbered rows for those who come uninvited, and a signature column
tall enough to sign in. Once the meeting has started it becomes the attendance list: who was
present, remote, excused or absent, with the counts.

Phone numbers and e-mail addresses are private: printed only when the user asks for them.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ogpdesk.core.institutions import by_name
from ogpdesk.core.meetings import live
from ogpdesk.core.models import Attendance, AttendanceStatus, Meeting, MeetingStatus, Participant
from ogpdesk.documents.export import ExportRequest, meeting_of
from ogpdesk.documents.locale import Locale
from ogpdesk.documents.minutes import Context, issuer, letterhead, meeting_facts, meeting_title
from ogpdesk.documents.model import Block, Column, Document, Heading, KeyValue, Table
from ogpdesk.i18n import QT_TRANSLATE_NOOP

SHEET = QT_TRANSLATE_NOOP("Document", "Attendance sheet")
LIST = QT_TRANSLATE_NOOP("Document", "Attendance list")
NUMBER = QT_TRANSLATE_NOOP("Document", "No.")
NAME = QT_TRANSLATE_NOOP("Document", "Name")
ORGANISATION = QT_TRANSLATE_NOOP("Document", "Organisation")
GROUP = QT_TRANSLATE_NOOP("Document", "Group")
PHONE = QT_TRANSLATE_NOOP("Document", "Phone")
EMAIL = QT_TRANSLATE_NOOP("Document", "E-mail")
SIGNATURE = QT_TRANSLATE_NOOP("Document", "Signature")
STATUS = QT_TRANSLATE_NOOP("Document", "Attendance")
COUNTS = QT_TRANSLATE_NOOP("Document", "Counts")
TOTAL = QT_TRANSLATE_NOOP("Document", "Total")

# Empty rows after the invitees: at least this many, or a third more than were invited.
EMPTY_ROWS = 10
SIGNATURE_ROW_MM = 11
_ORDER = {
    AttendanceStatus.PRESENT: 0,
    AttendanceStatus.REMOTE: 1,
    AttendanceStatus.EXCUSED: 2,
    AttendanceStatus.ABSENT: 3,
    AttendanceStatus.INVITED: 4,
}


def _attendances(session: Session, meeting: Meeting) -> list[Attendance]:
    return list(
        session.scalars(
            select(Attendance)
            .join(Participant, Attendance.participant_id == Participant.id)
            .where(Attendance.meeting_id == meeting.id, live(Attendance), live(Participant))
            .options(joinedload(Attendance.participant))
            .order_by(Participant.full_name)
        )
    )


def _person(p: Participant, ctx: Context, include_private: bool) -> list[str]:
    cells = [p.full_name, ctx.organisation(p.organisation), ctx.t.enum(p.stakeholder_group)]
    if include_private:
        cells += [p.phone or "", p.email or ""]
    return cells


def _columns(t: Locale, include_private: bool, *last: Column) -> tuple[Column, ...]:
    columns = [
        Column(t(NUMBER), 0.6, "center"),
        Column(t(NAME), 3),
        Column(t(ORGANISATION), 2.6),
        Column(t(GROUP), 1.6),
    ]
    if include_private:
        # Phone numbers and addresses read left to right even in Arabic, or "+216 98 765 432"
        # would show its groups in reverse order.
        columns += [Column(t(PHONE), 1.8, lang="en"), Column(t(EMAIL), 3.2, lang="en")]
    return (*columns, *last)


def sign_in_sheet(attendances: list[Attendance], ctx: Context, include_private: bool) -> Table:
    t = ctx.t
    invited = attendances
    blank_count = max(EMPTY_ROWS, len(invited) // 3)
    rows = [
        (t.digits(str(i)), *_person(a.participant, ctx, include_private), "")
        for i, a in enumerate(invited, 1)
    ]
    width = 4 + (2 if include_private else 0)
    rows += [
        (t.digits(str(i)), *[""] * width)
        for i in range(len(invited) + 1, len(invited) + blank_count + 1)
    ]
    return Table(
        _columns(t, include_private, Column(t(SIGNATURE), 2.4)),
        tuple(tuple(r) for r in rows),
        row_height=SIGNATURE_ROW_MM,
    )


def attendance_list(
    attendances: list[Attendance], ctx: Context, include_private: bool
) -> list[Block]:
    t = ctx.t
    ordered = sorted(attendances, key=lambda a: _ORDER[a.status])
    counts: dict[AttendanceStatus, int] = {}
    for a in ordered:
        counts[a.status] = counts.get(a.status, 0) + 1
    summary = KeyValue(
        (
            *((t.enum(status), t.number(n)) for status, n in counts.items()),
            (t(TOTAL), t.number(len(ordered))),
        )
    )
    # Signed whatever the meeting's state: the sheet is the record of who was there.
    table = Table(
        _columns(t, include_private, Column(t(STATUS), 1.4), Column(t(SIGNATURE), 2.2)),
        tuple(
            (t.digits(str(i)), *_person(a.participant, ctx, include_private), t.enum(a.status), "")
            for i, a in enumerate(ordered, 1)
        ),
        row_height=SIGNATURE_ROW_MM,
    )
    return [Heading(t(COUNTS), 2), summary, table]


def build_attendance(
    session: Session, meeting: Meeting, t: Locale, *, include_private: bool = False
) -> Document:
    attendances = _attendances(session, meeting)
    before = meeting.status is MeetingStatus.PLANNED
    ctx = Context(meeting, t, by_name(session))
    blocks: list[Block] = [meeting_facts(ctx)]
    if before:
        blocks.append(sign_in_sheet(attendances, ctx, include_private))
    else:
        blocks.extend(attendance_list(attendances, ctx, include_private))
    return Document(
        lang=t.lang,
        title=t(SHEET if before else LIST),
        subtitle=meeting_title(meeting, t),
        blocks=tuple(blocks),
        header=issuer(meeting, t),
        status=t.date(meeting.date),
        page_label=t.page_label(),
        landscape=include_private,
        metadata=(("subject", meeting_title(meeting, t)),),
        letterhead=letterhead(meeting, t),
    )


def build(session: Session, request: ExportRequest) -> Document:
    meeting = meeting_of(session, request)
    return build_attendance(
        session, meeting, Locale.of(request), include_private=request.include_private
    )
