"""Consultation proposals: recorded, triaged, traced to the commitments they became."""

from __future__ import annotations

import datetime as dt

import pytest

from ogpdesk.core import commitments, proposals
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.meetings import create_process
from ogpdesk.core.models import (
    Process,
    ProcessKind,
    Proposal,
    ProposalAuthorKind,
    ProposalChannel,
    ProposalTriage,
)
from ogpdesk.core.store import Store

CITIZEN = ProposalAuthorKind.CITIZEN
ASSOCIATION = ProposalAuthorKind.ASSOCIATION


def _consultation(store: Store) -> tuple[str, list[str]]:
    with store.transaction() as session:
        process = create_process(
            session, title="OGP Local action plan El Kef 2024–2027", kind=ProcessKind.ACTION_PLAN
        )
        commitments.add_commitment(session, process, title="Transparence financière")
        commitments.add_commitment(session, process, title="Accessibilité (handicap)")
        received = [
            proposals.add_proposal(
                session,
                process,
                text="نشر ميزانية البلدية على الموقع",
                topic="Transparence",
                author_kind=CITIZEN,
                channel=ProposalChannel.ONLINE,
                received_on=dt.date(2024, 10, 3),
            ),
            proposals.add_proposal(
                session,
                process,
                text="Publier le budget en open data chaque année",
                author_name="Association TWIZA",
                author_kind=ASSOCIATION,
                channel=ProposalChannel.FORM,
                received_on=dt.date(2024, 10, 7),
            ),
            proposals.add_proposal(
                session,
                process,
                text="Carte des trottoirs accessibles pour les personnes handicapées",
                author_kind=ASSOCIATION,
                channel=ProposalChannel.IN_PERSON,
                received_on=dt.date(2024, 10, 9),
            ),
            proposals.add_proposal(
                session,
                process,
                text="Construire un stade couvert",
                author_kind=CITIZEN,
                channel=ProposalChannel.IN_PERSON,
                received_on=dt.date(2024, 10, 12),
            ),
        ]
        return process.id, [p.id for p in received]


def test_triage_traces_which_proposals_became_which_commitments(store: Store) -> None:
    process_id, ids = _consultation(store)
    with store.transaction() as session:
        process = session.get(Process, process_id)
        assert process is not None
        budget, open_data, sidewalks, stadium = (session.get(Proposal, i) for i in ids)
        first, second = commitments.commitments_of(session, process)
        assert budget and open_data and sidewalks and stadium
        proposals.accept(session, open_data, first)
        proposals.merge(session, budget, open_data)
        proposals.accept(session, sidewalks, second)
        proposals.reject(session, stadium, "Hors du champ du gouvernement ouvert")
    with store.session() as session:
        process = session.get(Process, process_id)
        assert process is not None
        traced = proposals.provenance(session, process)
        assert [(p.commitment.number, [x.text for x in p.proposals]) for p in traced] == [
            (1, ["نشر ميزانية البلدية على الموقع", "Publier le budget en open data chaque année"]),
            (2, ["Carte des trottoirs accessibles pour les personnes handicapées"]),
        ]
        rejected = proposals.proposals_of(session, process, ProposalTriage.REJECTED)
        assert [(p.text, p.reason) for p in rejected] == [
            ("Construire un stade couvert", "Hors du champ du gouvernement ouvert")
        ]
        figures = proposals.counts(session, process)
        assert figures.total == 4
        assert figures.by_channel == {
            ProposalChannel.ONLINE: 1,
            ProposalChannel.FORM: 1,
            ProposalChannel.IN_PERSON: 2,
        }
        assert figures.by_triage[ProposalTriage.ACCEPTED] == 2


def test_a_new_triage_replaces_the_previous_one_and_can_be_undone(store: Store) -> None:
    process_id, ids = _consultation(store)
    with store.transaction() as session:
        process = session.get(Process, process_id)
        assert process is not None
        stadium = session.get(Proposal, ids[3])
        assert stadium is not None
        first = commitments.commitments_of(session, process)[0]
        proposals.reject(session, stadium, "Hors sujet")
        edit = proposals.accept(session, stadium, first)
        assert (stadium.triage, stadium.reason, stadium.commitment_id) == (
            ProposalTriage.ACCEPTED,
            None,
            first.id,
        )
        edit.undo(session)
        assert (stadium.triage, stadium.reason, stadium.commitment_id) == (
            ProposalTriage.REJECTED,
            "Hors sujet",
            None,
        )
        proposals.reopen(session, stadium)
        assert stadium.triage is ProposalTriage.PENDING and stadium.reason is None


def test_wrong_triage_is_refused(store: Store) -> None:
    _process_id, ids = _consultation(store)
    with store.transaction() as session:
        budget, open_data = session.get(Proposal, ids[0]), session.get(Proposal, ids[1])
        assert budget and open_data
        with pytest.raises(InvalidInput, match="reason"):
            proposals.reject(session, budget, "  ")
        with pytest.raises(InvalidInput, match="into itself"):
            proposals.merge(session, budget, budget)
        proposals.merge(session, budget, open_data)
        with pytest.raises(InvalidInput, match="other way round"):
            proposals.merge(session, open_data, budget)
        other = create_process(session, title="Plan B", kind=ProcessKind.ACTION_PLAN)
        elsewhere = commitments.add_commitment(session, other, title="Autre")
        with pytest.raises(InvalidInput, match="different action plans"):
            proposals.accept(session, open_data, elsewhere)
        with pytest.raises(InvalidInput, match="needs its text"):
            proposals.add_proposal(
                session, other, text=" ", author_kind=CITIZEN, channel=ProposalChannel.FORM
            )
