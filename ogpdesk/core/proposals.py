"""Consultation proposals: recorded as received, triaged, traced to the commitments.

Proposals arrive on the descriptive form, through the online consultation or in person, from
citizens, associations and institutions. Each is accepted into a commitment, merged into a
similar proposal, or rejected with a reason given back to its author; the plan then shows
which proposals became which commitment.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes
from ogpdesk.core.commitments import ensure_action_plan
from ogpdesk.core.edits import FieldEdit, clean_text, edit_fields
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.meetings import live
from ogpdesk.core.models import (
    Commitment,
    Process,
    Proposal,
    ProposalAuthorKind,
    ProposalChannel,
    ProposalTriage,
)
from ogpdesk.i18n import QT_TRANSLATE_NOOP

EMPTY_PROPOSAL = QT_TRANSLATE_NOOP("Errors", "A proposal needs its text.")
NEED_REASON = QT_TRANSLATE_NOOP(
    "Errors", "Say why the proposal is rejected: the reason is given back to its author."
)
OTHER_PLAN = QT_TRANSLATE_NOOP(
    "Errors", "The proposal and commitment {number} belong to different action plans."
)
SELF_MERGE = QT_TRANSLATE_NOOP("Errors", "A proposal cannot be merged into itself.")
MERGE_CYCLE = QT_TRANSLATE_NOOP(
    "Errors", "These proposals are already merged the other way round; merge the other one."
)
OTHER_PLAN_PROPOSAL = QT_TRANSLATE_NOOP(
    "Errors", "Only proposals of the same action plan can be merged."
)

_TRIAGE_FIELDS = ("triage", "commitment_id", "merged_into_id", "reason")


def add_proposal(
    session: Session,
    process: Process,
    *,
    text: str,
    author_kind: ProposalAuthorKind,
    channel: ProposalChannel,
    topic: str | None = None,
    author_name: str | None = None,
    received_on: dt.date | None = None,
) -> Proposal:
    ensure_action_plan(process)
    if not text.strip():
        raise InvalidInput(EMPTY_PROPOSAL)
    proposal = Proposal(
        process_id=process.id,
        text=text.strip(),
        author_kind=ProposalAuthorKind(author_kind),
        channel=ProposalChannel(channel),
        topic=clean_text(topic),
        author_name=clean_text(author_name),
        received_on=received_on,
    )
    session.add(proposal)
    session.flush()
    return proposal


def _triage(session: Session, proposal: Proposal, **values: object) -> FieldEdit:
    full = {name: None for name in _TRIAGE_FIELDS} | values
    return edit_fields(session, proposal, full, Changes(proposals=True))


def accept(session: Session, proposal: Proposal, commitment: Commitment) -> FieldEdit:
    """The proposal is taken up by ``commitment``."""
    if commitment.process_id != proposal.process_id:
        raise InvalidInput(OTHER_PLAN, number=commitment.number)
    return _triage(session, proposal, triage=ProposalTriage.ACCEPTED, commitment_id=commitment.id)


def merge(session: Session, proposal: Proposal, into: Proposal) -> FieldEdit:
    """The proposal says the same as ``into``; it follows ``into``'s fate."""
    if proposal.id == into.id:
        raise InvalidInput(SELF_MERGE)
    if into.process_id != proposal.process_id:
        raise InvalidInput(OTHER_PLAN_PROPOSAL)
    if _root(session, into).id == proposal.id:
        raise InvalidInput(MERGE_CYCLE)
    return _triage(session, proposal, triage=ProposalTriage.MERGED, merged_into_id=into.id)


def reject(session: Session, proposal: Proposal, reason: str) -> FieldEdit:
    if not reason.strip():
        raise InvalidInput(NEED_REASON)
    return _triage(session, proposal, triage=ProposalTriage.REJECTED, reason=reason.strip())


def reopen(session: Session, proposal: Proposal) -> FieldEdit:
    """Back to pending, e.g. after a triage by mistake."""
    return _triage(session, proposal, triage=ProposalTriage.PENDING)


def _root(session: Session, proposal: Proposal) -> Proposal:
    """The proposal this one was merged into, followed to the end of the chain."""
    seen = {proposal.id}
    while proposal.merged_into_id is not None:
        target = session.get(Proposal, proposal.merged_into_id)
        if target is None or target.id in seen:
            break
        seen.add(target.id)
        proposal = target
    return proposal


def proposals_of(
    session: Session, process: Process, triage: ProposalTriage | None = None
) -> list[Proposal]:
    query = select(Proposal).where(Proposal.process_id == process.id, live(Proposal))
    if triage is not None:
        query = query.where(Proposal.triage == triage)
    return list(
        session.scalars(query.order_by(Proposal.received_on, Proposal.created_at, Proposal.id))
    )


def outcome(session: Session, proposal: Proposal) -> Commitment | None:
    """The commitment a proposal became, directly or through the proposal it merged into."""
    root = _root(session, proposal)
    if root.triage is ProposalTriage.ACCEPTED and root.commitment_id is not None:
        commitment = session.get(Commitment, root.commitment_id)
        if commitment is not None and not commitment.deleted:
            return commitment
    return None


@dataclass(frozen=True)
class Provenance:
    """The proposals a commitment stems from."""

    commitment: Commitment
    proposals: list[Proposal]


def provenance(session: Session, process: Process) -> list[Provenance]:
    """Which proposals became which commitments, in commitment order."""
    by_commitment: dict[str, list[Proposal]] = {}
    for proposal in proposals_of(session, process):
        commitment = outcome(session, proposal)
        if commitment is not None:
            by_commitment.setdefault(commitment.id, []).append(proposal)
    commitments = session.scalars(
        select(Commitment)
        .where(Commitment.id.in_(list(by_commitment)), live(Commitment))
        .order_by(Commitment.number)
    )
    return [Provenance(c, by_commitment[c.id]) for c in commitments]


@dataclass(frozen=True)
class ProposalCounts:
    total: int
    by_channel: dict[ProposalChannel, int]
    by_author: dict[ProposalAuthorKind, int]
    by_triage: dict[ProposalTriage, int]


def counts(session: Session, process: Process) -> ProposalCounts:
    found = proposals_of(session, process)
    return ProposalCounts(
        total=len(found),
        by_channel=dict(Counter(p.channel for p in found)),
        by_author=dict(Counter(p.author_kind for p in found)),
        by_triage=dict(Counter(p.triage for p in found)),
    )
