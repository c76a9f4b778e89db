"""The co-creation report of an action plan, for the OGP submission.

It answers the template's questions with figures counted from attendance (how many groups,
how many public-facing meetings), breaks participation down by stakeholder group, gender and
age band, lists the meetings, and says where the proposals came from and what became of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ogpdesk.core.cocreation import CoCreation, figures
from ogpdesk.core.commitments import Governance, governance
from ogpdesk.core.models import (
    Committee,
    Gender,
    ProposalAuthorKind,
    ProposalChannel,
    ProposalTriage,
    Seat,
)
from ogpdesk.core.proposals import ProposalCounts, Provenance, counts, provenance
from ogpdesk.documents.export import ExportRequest
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
from ogpdesk.documents.progress import Words, action_plan_of
from ogpdesk.i18n import QT_TRANSLATE_NOOP

_Key = TypeVar("_Key")

NOT_RECORDED = QT_TRANSLATE_NOOP("ActionPlan", "Not recorded")

CHANNELS = {
    ProposalChannel.FORM: QT_TRANSLATE_NOOP("ActionPlan", "Descriptive form"),
    ProposalChannel.ONLINE: QT_TRANSLATE_NOOP("ActionPlan", "Online consultation"),
    ProposalChannel.IN_PERSON: QT_TRANSLATE_NOOP("ActionPlan", "In person"),
}
AUTHORS = {
    ProposalAuthorKind.CITIZEN: QT_TRANSLATE_NOOP("ActionPlan", "Citizens"),
    ProposalAuthorKind.ASSOCIATION: QT_TRANSLATE_NOOP("ActionPlan", "Associations"),
    ProposalAuthorKind.INSTITUTION: QT_TRANSLATE_NOOP("ActionPlan", "Institutions"),
}
TRIAGE = {
    ProposalTriage.PENDING: QT_TRANSLATE_NOOP("ActionPlan", "Pending"),
    ProposalTriage.ACCEPTED: QT_TRANSLATE_NOOP("ActionPlan", "Accepted into a commitment"),
    ProposalTriage.MERGED: QT_TRANSLATE_NOOP("ActionPlan", "Merged with a similar proposal"),
    ProposalTriage.REJECTED: QT_TRANSLATE_NOOP("ActionPlan", "Not retained"),
}
SEATS = {
    Seat.ADMINISTRATION: QT_TRANSLATE_NOOP("ActionPlan", "Administration"),
    Seat.COUNCIL: QT_TRANSLATE_NOOP("ActionPlan", "Municipal council"),
    Seat.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("ActionPlan", "Civil society"),
    Seat.ELECTED: QT_TRANSLATE_NOOP("ActionPlan", "Elected representatives"),
}


def build(session: Session, request: ExportRequest) -> Document:
    process = action_plan_of(session, request)
    words = Words(request.lang, request.eastern_digits)
    return report(
        words,
        plan_title=words.text(process, "title"),
        data=figures(session, process),
        plan=governance(session, process),
        proposals=counts(session, process),
        traced=provenance(session, process),
    )


def _share(words: Words, count: int, total: int) -> str:
    return words.percent(round(100 * count / total)) if total else ""


def _found(labels: Mapping[_Key, str], found: Mapping[_Key, int]) -> list[tuple[str, int]]:
    """The label and count of each key counted, in the labels' order."""
    return [(label, found[key]) for key, label in labels.items() if found.get(key)]


def _breakdown(
    words: Words,
    title: str,
    column: str,
    counted: Mapping[Any, int],
    label: Callable[[Any], str],
    total: int,
) -> list[Block]:
    if not counted:
        return []
    t = words.plan
    return [
        Heading(title, 2),
        Table(
            columns=(
                Column(column, 3),
                Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Participants")), 1, "end"),
                Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Share")), 1, "end"),
            ),
            rows=tuple(
                (
                    label(key) if key is not None else t(NOT_RECORDED),
                    words.number(count),
                    _share(words, count, total),
                )
                for key, count in counted.items()
            ),
        ),
        Spacer(3),
    ]


def report(
    words: Words,
    *,
    plan_title: str,
    data: CoCreation,
    plan: Governance,
    proposals: ProposalCounts,
    traced: list[Provenance],
) -> Document:
    t = words.plan
    n = words.number
    women = data.by_gender.get(Gender.FEMALE, 0)
    figures_rows = [
        (t(QT_TRANSLATE_NOOP("ActionPlan", "How many groups participated")), n(data.groups)),
        (
            t(QT_TRANSLATE_NOOP("ActionPlan", "How many public-facing meetings were held")),
            n(data.meetings_held),
        ),
        (
            t(QT_TRANSLATE_NOOP("ActionPlan", "Participants (each counted once)")),
            n(data.participants),
        ),
        (t(QT_TRANSLATE_NOOP("ActionPlan", "Attendances (all meetings)")), n(data.attendances)),
        (t(QT_TRANSLATE_NOOP("ActionPlan", "Organisations represented")), n(data.organisations)),
        (
            t(QT_TRANSLATE_NOOP("ActionPlan", "Women among participants")),
            f"{n(women)} ({_share(words, women, data.participants)})" if data.participants else "0",
        ),
        (
            t(QT_TRANSLATE_NOOP("ActionPlan", "Participants with a disability")),
            n(data.with_disability),
        ),
        (t(QT_TRANSLATE_NOOP("ActionPlan", "Proposals received")), n(proposals.total)),
    ]
    blocks: list[Block] = [
        KeyValue(((t(QT_TRANSLATE_NOOP("ActionPlan", "Action plan")), plan_title),)),
    ]
    if plan.lead_institutions:
        names = words.listing(words.text(i, "name") for i in plan.lead_institutions)
        blocks.append(KeyValue(((t(QT_TRANSLATE_NOOP("ActionPlan", "Lead institutions")), names),)))
    blocks += [
        Spacer(3),
        Heading(t(QT_TRANSLATE_NOOP("ActionPlan", "Figures for the OGP template")), 2),
        Table(
            columns=(
                Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Question")), 4),
                Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Answer")), 1.4, "end"),
            ),
            rows=tuple(figures_rows),
        ),
        Spacer(3),
    ]
    blocks += _breakdown(
        words,
        t(QT_TRANSLATE_NOOP("ActionPlan", "Participants by stakeholder group")),
        t(QT_TRANSLATE_NOOP("ActionPlan", "Stakeholder group")),
        data.by_group,
        words.enum,
        data.participants,
    )
    blocks += _breakdown(
        words,
        t(QT_TRANSLATE_NOOP("ActionPlan", "Participants by gender")),
        t(QT_TRANSLATE_NOOP("ActionPlan", "Gender")),
        data.by_gender,
        words.enum,
        data.participants,
    )
    blocks += _breakdown(
        words,
        t(QT_TRANSLATE_NOOP("ActionPlan", "Participants by age band")),
        t(QT_TRANSLATE_NOOP("ActionPlan", "Age band")),
        data.by_age_band,
        words.digits,
        data.participants,
    )

    blocks.append(Heading(t(QT_TRANSLATE_NOOP("ActionPlan", "Public meetings held")), 2))
    if data.meetings:
        blocks.append(
            Table(
                columns=(
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "No.")), 0.5, "center"),
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Date")), 1.5),
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Meeting")), 3.5),
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Place")), 2.5),
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Participants")), 1.2, "end"),
                ),
                rows=tuple(
                    (
                        n(number),
                        words.date(m.date),
                        f"{words.text(m.titles)} ({words.enum(m.kind)})",
                        words.listing((m.place or "", m.city or "")),
                        _participants(words, m.participants, m.remote),
                    )
                    for number, m in enumerate(data.meetings, start=1)
                ),
            )
        )
    else:
        blocks.append(
            Paragraph.of(t(QT_TRANSLATE_NOOP("ActionPlan", "No public meeting recorded.")))
        )

    if proposals.total:
        blocks += [
            Spacer(3),
            Heading(t(QT_TRANSLATE_NOOP("ActionPlan", "Consultation proposals")), 2),
            Table(
                columns=(
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Received through")), 3),
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Proposals")), 1, "end"),
                ),
                rows=tuple(
                    (t(label), n(count))
                    for label, count in (
                        _found(CHANNELS, proposals.by_channel)
                        + _found(AUTHORS, proposals.by_author)
                        + _found(TRIAGE, proposals.by_triage)
                    )
                ),
            ),
        ]
    if traced:
        blocks += [
            Spacer(3),
            Heading(t(QT_TRANSLATE_NOOP("ActionPlan", "Proposals that became commitments")), 2),
            Table(
                columns=(
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "No.")), 0.5, "center"),
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Commitment")), 3),
                    Column(t(QT_TRANSLATE_NOOP("ActionPlan", "Proposals")), 5),
                ),
                rows=tuple(
                    (
                        n(item.commitment.number),
                        words.text(item.commitment, "title"),
                        "\n".join(f"• {p.text}" for p in item.proposals),
                    )
                    for item in traced
                ),
            ),
        ]

    if plan.steering or plan.advisory or plan.monitoring_body:
        blocks += [Spacer(3), Heading(t(QT_TRANSLATE_NOOP("ActionPlan", "Governance")), 2)]
        items: list[tuple[str, str]] = []
        for committee, label in (
            (Committee.STEERING, QT_TRANSLATE_NOOP("ActionPlan", "Steering committee")),
            (Committee.ADVISORY, QT_TRANSLATE_NOOP("ActionPlan", "Extended advisory committee")),
        ):
            seats = [
                f"{words.colon(t(SEATS[seat]))} {n(plan.seats(committee, seat))}"
                for seat in Seat
                if plan.seats(committee, seat)
            ]
            if seats:
                items.append((t(label), " · ".join(seats)))
        if plan.monitoring_body is not None:
            body = plan.monitoring_body
            items.append(
                (
                    t(QT_TRANSLATE_NOOP("ActionPlan", "Independent monitoring body")),
                    words.text(body, "name"),
                )
            )
        blocks.append(KeyValue(tuple(items)))

    title = t(QT_TRANSLATE_NOOP("ActionPlan", "Co-creation of the action plan"))
    return Document(
        lang=words.lang,
        title=title,
        subtitle=plan_title,
        header=plan_title,
        blocks=tuple(blocks),
        page_label=words.page_label(),
        metadata=(("subject", title), ("keywords", "OGP, co-creation")),
    )


def _participants(words: Words, count: int, remote: int) -> str:
    if not remote:
        return words.number(count)
    template = words.plan(QT_TRANSLATE_NOOP("ActionPlan", "{count} (of whom {remote} remote)"))
    return template.format(count=words.number(count), remote=words.number(remote))
