"""The minutes of a meeting, ready to sign: what the secretary hands over the same day.

Header (issuer, process, kind, title, date, time, place, chair, secretary), attendance
summary, agenda, the proceedings item by item (interventions, then recommendations), the
numbered decisions, the action items, the signatures. Approved minutes carry the SHA-256
fingerprint of their content and the approval date, on every page and in full at the end.

The bilingual edition sets recommendations and decisions in Arabic and French side by side.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core.institutions import by_name, chain
from ogpdesk.core.languages import Texts
from ogpdesk.core.meetings import live
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    AttendanceStatus,
    Decision,
    Gender,
    Institution,
    Intervention,
    Meeting,
    MeetingStatus,
    Recommendation,
    RecommendationStatus,
    StakeholderGroup,
)
from ogpdesk.core.participants import attendance_counts
from ogpdesk.core.textnorm import normalise
from ogpdesk.core.timeline import agenda
from ogpdesk.documents.export import ExportRequest, meeting_of
from ogpdesk.documents.locale import Locale, ar_fr
from ogpdesk.documents.model import (
    BilingualRow,
    BilingualTable,
    Block,
    Column,
    Document,
    Heading,
    KeyValue,
    Letterhead,
    Paragraph,
    SignatureBlock,
    Signer,
    Table,
    content_digest,
)
from ogpdesk.i18n import QT_TRANSLATE_NOOP

MINUTES = QT_TRANSLATE_NOOP("Document", "Minutes")
INSTITUTION = QT_TRANSLATE_NOOP("Document", "Institution")
PROCESS = QT_TRANSLATE_NOOP("Document", "Process")
KIND = QT_TRANSLATE_NOOP("Document", "Meeting")
DATE = QT_TRANSLATE_NOOP("Document", "Date")
TIME = QT_TRANSLATE_NOOP("Document", "Time")
PLACE = QT_TRANSLATE_NOOP("Document", "Place")
CHAIR = QT_TRANSLATE_NOOP("Document", "Chair")
SECRETARY = QT_TRANSLATE_NOOP("Document", "Secretary")
ATTENDANCE = QT_TRANSLATE_NOOP("Document", "Attendance")
STAKEHOLDER_GROUP = QT_TRANSLATE_NOOP("Document", "Stakeholder group")
PARTICIPANTS = QT_TRANSLATE_NOOP("Document", "Participants")
NOT_STATED = QT_TRANSLATE_NOOP("Document", "Not stated")
TOTAL = QT_TRANSLATE_NOOP("Document", "Total")
BY_GENDER = QT_TRANSLATE_NOOP("Document", "By gender")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Document", ", ")
AGENDA = QT_TRANSLATE_NOOP("Document", "Agenda")
NUMBER = QT_TRANSLATE_NOOP("Document", "No.")
ITEM = QT_TRANSLATE_NOOP("Document", "Item")
PRESENTER = QT_TRANSLATE_NOOP("Document", "Presenter")
PROCEEDINGS = QT_TRANSLATE_NOOP("Document", "Proceedings")
GENERAL = QT_TRANSLATE_NOOP("Document", "Opening and general remarks")
NOTE = QT_TRANSLATE_NOOP("Document", "Note:")
# French puts a (no-break) space before the colon.
LABEL = QT_TRANSLATE_NOOP("Document", "{label}:")
RECOMMENDATION_N = QT_TRANSLATE_NOOP("Document", "Recommendation {number}:")
RECOMMENDATIONS = QT_TRANSLATE_NOOP("Document", "Recommendations")
DECISIONS = QT_TRANSLATE_NOOP("Document", "Decisions")
DECISION_N = QT_TRANSLATE_NOOP("Document", "Decision {number}:")
VOTES = QT_TRANSLATE_NOOP("Document", "Vote: {for} for, {against} against, {abstain} abstentions.")
ACTION_ITEMS = QT_TRANSLATE_NOOP("Document", "Action items")
TASK = QT_TRANSLATE_NOOP("Document", "Task")
OWNER = QT_TRANSLATE_NOOP("Document", "Owner")
DUE = QT_TRANSLATE_NOOP("Document", "Due date")
SIGNATURE = QT_TRANSLATE_NOOP("Document", "Signature")
DRAFT = QT_TRANSLATE_NOOP("Document", "DRAFT")
APPROVED = QT_TRANSLATE_NOOP("Document", "APPROVED")
APPROVED_ON = QT_TRANSLATE_NOOP("Document", "Approved on {date} · SHA-256 {short}…")
FINGERPRINT = QT_TRANSLATE_NOOP(
    "Document",
    "These minutes were approved on {date}. SHA-256 fingerprint of their content: {digest}",
)
ARABIC = QT_TRANSLATE_NOOP("Document", "Arabic")
FRENCH = QT_TRANSLATE_NOOP("Document", "French")


@dataclass(frozen=True)
class Context:
    """What every builder of a meeting's document shares: the meeting and how to write."""

    meeting: Meeting
    t: Locale
    # The store's institutions by their names (``institutions.by_name``).
    institutions: dict[str, Institution] = field(default_factory=dict)

    @property
    def bilingual(self) -> bool:
        return self.t.bilingual

    def label(self, text: str) -> str:
        return self.t.label(text)

    def organisation(self, name: str | None) -> str:
        """A participant's organisation in the document's language when it is a known
        institution, else as typed."""
        if not name:
            return ""
        found = self.institutions.get(normalise(name))
        return self.t.text(found, "name") if found is not None else name


def letterhead(meeting: Meeting, t: Locale) -> Letterhead | None:
    """The meeting's institution under those above it, and its logo (the nearest one up)."""
    levels = chain(meeting.institution)
    if not levels:
        return None
    logo = next((i.logo for i in reversed(levels) if i.logo), None)
    return Letterhead(tuple(t.text(i, "name") for i in levels), logo)


def issuer(meeting: Meeting, t: Locale) -> str:
    """Top of every page: the institution and the process the meeting belongs to."""
    parts = []
    if meeting.institution is not None:
        parts.append(t.text(meeting.institution, "name"))
    if meeting.process is not None:
        parts.append(t.text(meeting.process, "title"))
    return " — ".join(parts)


def meeting_facts(ctx: Context) -> KeyValue:
    meeting, t = ctx.meeting, ctx.t
    place = ", ".join(p for p in (meeting.place, meeting.city) if p)
    items = [
        (ctx.label(INSTITUTION), meeting.institution and t.text(meeting.institution, "name")),
        (ctx.label(PROCESS), meeting.process and t.text(meeting.process, "title")),
        (ctx.label(KIND), t.enum(meeting.kind)),
        (ctx.label(DATE), t.date(meeting.date)),
        (ctx.label(TIME), t.time_span(meeting.start_time, meeting.end_time)),
        (ctx.label(PLACE), place),
        (ctx.label(CHAIR), _signatory(meeting.chair, t.text(meeting, "chair_title"))),
        (ctx.label(SECRETARY), _signatory(meeting.secretary, t.text(meeting, "secretary_title"))),
    ]  # fmt: skip
    return KeyValue(tuple((key, value) for key, value in items if value))


def _signatory(name: str | None, title: str) -> str | None:
    return f"{name}, {title}" if name and title else name


def meeting_title(meeting: Meeting, t: Locale) -> str:
    return t.text(meeting, "title")


def _attendance(session: Session, ctx: Context) -> list[Block]:
    t, label = ctx.t, ctx.label
    counts = attendance_counts(session, ctx.meeting)
    shown = [
        AttendanceStatus.PRESENT,
        AttendanceStatus.REMOTE,
        AttendanceStatus.EXCUSED,
        AttendanceStatus.ABSENT,
    ]
    statuses = KeyValue(
        tuple(
            (t.enum(status), t.number(counts.by_status.get(status, 0)))
            for status in shown
            if counts.by_status.get(status) or status is AttendanceStatus.PRESENT
        )
    )
    genders = [Gender.FEMALE, Gender.MALE, Gender.OTHER, None]
    groups: list[StakeholderGroup | None] = [*StakeholderGroup, None]
    rows = [
        (t.enum(group) if group else t(NOT_STATED), t.number(count))
        for group in groups
        if (count := counts.by_group.get(group, 0))
    ]
    gender_cells = [
        (t.enum(gender) if gender else t(NOT_STATED), t.number(count))
        for gender in genders
        if (count := counts.by_gender.get(gender, 0))
    ]
    blocks: list[Block] = [Heading(label(ATTENDANCE)), statuses]
    if rows:
        blocks.append(
            Table(
                (Column(t(STAKEHOLDER_GROUP), 3), Column(t(PARTICIPANTS), 1, "end")),
                (*rows, (t(TOTAL), t.number(counts.attended))),
                strong_rows=frozenset({len(rows)}),
            )
        )
    if gender_cells:
        split = t(LIST_SEPARATOR).join(f"{name} {count}" for name, count in gender_cells)
        blocks.append(Paragraph.labelled(t(LABEL).format(label=t(BY_GENDER)), split))
    return blocks


def _agenda(items: list[AgendaItem], ctx: Context) -> list[Block]:
    if not items:
        return []
    t = ctx.t
    return [
        Heading(ctx.label(AGENDA)),
        Table(
            (Column(t(NUMBER), 0.6, "center"), Column(t(ITEM), 6), Column(t(PRESENTER), 2.4)),
            tuple(
                (t.digits(str(i)), t.text(a, "title"), a.presenter or "")
                for i, a in enumerate(items, 1)
            ),
        ),
    ]


# The kinds of ordered rows a meeting holds.
_Part = TypeVar("_Part", AgendaItem, Intervention, Recommendation, Decision, ActionItem)


def _live(session: Session, model: type[_Part], meeting: Meeting) -> list[_Part]:
    return list(
        session.scalars(
            select(model)
            .where(model.meeting_id == meeting.id, live(model))
            .order_by(model.position)
        )
    )


def _proceedings(
    items: list[AgendaItem],
    interventions: list[Intervention],
    recommendations: list[Recommendation],
    ctx: Context,
) -> list[Block]:
    t = ctx.t
    said: dict[str | None, list[Block]] = defaultdict(list)
    for intervention in interventions:
        if intervention.speaker_name:
            who = intervention.speaker_name
            if intervention.organisation:
                who += f" ({ctx.organisation(intervention.organisation)})"
            block = Paragraph.labelled(
                t(LABEL).format(label=who),
                intervention.summary,
                lang=t.lang_of(intervention.summary),
            )
        else:
            block = Paragraph.labelled(
                t(NOTE), intervention.summary, style="note", lang=t.lang_of(intervention.summary)
            )
        said[intervention.agenda_item_id].append(block)
    if not ctx.bilingual:
        for rec in recommendations:
            label = t(RECOMMENDATION_N).format(number=t.digits(str(rec.number)))
            text = t.text(rec, "text")
            said[rec.agenda_item_id].append(Paragraph.labelled(label, text, lang=t.lang_of(text)))
    if not said:
        return []
    blocks: list[Block] = [Heading(ctx.label(PROCEEDINGS))]
    known = {item.id for item in items}
    loose = [b for key, found in said.items() if key not in known for b in found]
    if loose:
        if items:
            blocks.append(Heading(t(GENERAL), 2))
        blocks.extend(loose)
    for number, item in enumerate(items, 1):
        if said.get(item.id):
            text = t.text(item, "title")
            title = f"{t.digits(str(number))}. {text}"
            blocks.append(Heading(title, 2, lang=t.lang_of(text)))
            blocks.extend(said[item.id])
    return blocks


def bilingual_table(rows: list[tuple[str, Texts]], t: Locale) -> BilingualTable:
    """Numbered items in Arabic and French; each row is (number, the item's texts)."""
    return BilingualTable(
        t(NUMBER),
        Locale("ar")(ARABIC),
        Locale("fr")(FRENCH),
        tuple(BilingualRow(number, *ar_fr(texts, t)) for number, texts in rows),
    )


def _recommendations(recommendations: list[Recommendation], ctx: Context) -> list[Block]:
    if not ctx.bilingual or not recommendations:
        return []
    rows = [(ctx.t.digits(str(r.number)), Texts.of(r, "text")) for r in recommendations]
    return [Heading(ctx.label(RECOMMENDATIONS)), bilingual_table(rows, ctx.t)]


def _decisions(decisions: list[Decision], ctx: Context) -> list[Block]:
    if not decisions:
        return []
    t = ctx.t
    blocks: list[Block] = [Heading(ctx.label(DECISIONS))]
    if ctx.bilingual:
        rows = [(t.digits(str(d.number)), _voted(d, t)) for d in decisions]
        blocks.append(bilingual_table(rows, ctx.t))
        return blocks
    for decision in decisions:
        label = t(DECISION_N).format(number=t.digits(str(decision.number)))
        text = t.text(decision, "text")
        blocks.append(
            Paragraph.labelled(label, _with_votes(decision, text, t), lang=t.lang_of(text))
        )
    return blocks


def _voted(decision: Decision, t: Locale) -> Texts:
    """A decision's texts, each followed by its vote in its own language."""
    texts = Texts.of(decision, "text")
    lang = texts.lang or "fr"
    return Texts(
        _with_votes(decision, texts.original, Locale(lang)),
        texts.lang,
        tuple(
            (other, _with_votes(decision, text, Locale(other))) for other, text in texts.versions
        ),
    )


def _with_votes(decision: Decision, text: str, t: Locale) -> str:
    votes = (decision.votes_for, decision.votes_against, decision.votes_abstain)
    if all(v is None for v in votes):
        return text
    numbers = {
        k: t.number(v or 0) for k, v in zip(("for", "against", "abstain"), votes, strict=True)
    }
    return f"{text} {t(VOTES).format(**numbers)}"


def action_table(actions: list[ActionItem], t: Locale) -> Table:
    columns = [
        Column(t(NUMBER), 0.6, "center"),
        Column(t(TASK), 5),
        Column(t(OWNER), 2.2),
        Column(t(DUE), 1.8),
    ]
    rows = [
        (t.digits(str(i)), t.text(a, "task"), a.owner_name or "", t.date(a.due_date))
        for i, a in enumerate(actions, 1)
    ]
    return Table(tuple(columns), tuple(rows))


def _actions(actions: list[ActionItem], ctx: Context) -> list[Block]:
    if not actions:
        return []
    return [Heading(ctx.label(ACTION_ITEMS)), action_table(actions, ctx.t)]


def _signatures(ctx: Context) -> SignatureBlock:
    t, meeting = ctx.t, ctx.meeting
    return SignatureBlock(
        (
            Signer(ctx.label(CHAIR), meeting.chair or "", t.text(meeting, "chair_title")),
            Signer(
                ctx.label(SECRETARY), meeting.secretary or "", t.text(meeting, "secretary_title")
            ),
        ),
        caption=t(SIGNATURE),
    )


def build_minutes(session: Session, meeting: Meeting, t: Locale) -> Document:
    ctx = Context(meeting, t, by_name(session))
    items = agenda(session, meeting.id)
    interventions = _live(session, Intervention, meeting)
    recommendations = [
        r
        for r in _live(session, Recommendation, meeting)
        if r.status is not RecommendationStatus.MERGED
    ]
    recommendations.sort(key=lambda r: (r.number, r.position))
    decisions = sorted(_live(session, Decision, meeting), key=lambda d: (d.number, d.position))
    actions = _live(session, ActionItem, meeting)

    blocks: list[Block] = [
        meeting_facts(ctx),
        *_attendance(session, ctx),
        *_agenda(items, ctx),
        *_proceedings(items, interventions, recommendations, ctx),
        *_recommendations(recommendations, ctx),
        *_decisions(decisions, ctx),
        *_actions(actions, ctx),
        _signatures(ctx),
    ]
    title = ctx.label(MINUTES)
    approved_at = meeting.approved_at if meeting.status is MeetingStatus.APPROVED else None
    head = letterhead(meeting, t)
    footer, digest = "", None
    if approved_at is not None:
        approved_on = t.date(approved_at.date())
        digest = content_digest(
            title, tuple(blocks), approved_at.isoformat(), *(head.lines if head else ())
        )
        footer = t(APPROVED_ON).format(date=approved_on, short=digest[:16])
        blocks.append(
            Paragraph.of(t(FINGERPRINT).format(date=approved_on, digest=digest), style="note")
        )
    return Document(
        lang=t.lang,
        title=title,
        subtitle=meeting_title(meeting, t),
        blocks=tuple(blocks),
        header=issuer(meeting, t),
        status=t(APPROVED if approved_at is not None else DRAFT),
        footer=footer,
        page_label=t.page_label(),
        metadata=(("author", meeting.secretary or ""), ("subject", meeting_title(meeting, t))),
        fingerprint=digest,
        letterhead=head,
    )


def build(session: Session, request: ExportRequest) -> Document:
    meeting = meeting_of(session, request)
    return build_minutes(session, meeting, Locale.of(request))
