"""The action plan view on the El Kef demo: dashboard, commitments, proposals triage."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from ogpdesk.core.demo import load_demo
from ogpdesk.core.meetings import find_process
from ogpdesk.core.models import Commitment, Proposal, ProposalAuthorKind, ProposalChannel
from ogpdesk.core.progress import Quarter
from ogpdesk.core.store import Store
from ogpdesk.ui.actionplan import ActionPlanView
from ogpdesk.ui.operations import Operations


def _view(qtbot, ops: Operations, store: Store) -> ActionPlanView:  # type: ignore[no-untyped-def]
    with store.transaction() as session:
        load_demo(session)
        process_id = find_process(session, "El Kef").id
    view = ActionPlanView(ops, process_id)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_dashboard_draws_each_commitment_over_the_quarters(
    qtbot, ops: Operations, store: Store
) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ops, store)
    data = view.dashboard.chart.data
    assert data is not None
    assert data.quarters == [Quarter(2025, 2), Quarter(2025, 3)]
    assert [s.latest.percent for s in data.series if s.latest] == [55, 20, 60, 0, 35, 50]
    # The open action items of the quarterly meetings are listed with their owner.
    assert view.dashboard.actions.rowCount() == len(data.open_actions) > 0
    # The chart is painted, not blank: its middle holds more than the background colour.
    image = view.dashboard.chart.grab().toImage()
    colours = {image.pixelColor(x, image.height() // 2).name() for x in range(image.width())}
    assert len(colours) > 2


def test_a_proposal_is_added_and_accepted_then_undone(qtbot, ops: Operations, store: Store) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ops, store)
    panel = view.proposals
    view.setCurrentWidget(panel)
    before = panel.table.rowCount()
    assert panel.add_proposal(
        text="تركيز شاشة عملاقة ثانية في حي الدير لنشر تقدم الالتزامات",
        topic="Communication",
        author_name="Sample — جمعية شباب الكاف",
        author_kind=ProposalAuthorKind.ASSOCIATION,
        channel=ProposalChannel.IN_PERSON,
        received_on=dt.date(2025, 11, 4),
    )
    assert panel.table.rowCount() == before + 1
    new_id = panel.ids[-1]
    with store.session() as session:
        sixth_id = session.scalars(
            select(Commitment.id).where(Commitment.number == 6, Commitment.deleted.is_(False))
        ).one()
    assert panel.accept_into(new_id, sixth_id)
    row = panel.ids.index(new_id)
    assert panel.table.item(row, 6).text() == "Accepted into commitment 6"
    ops.undo_stack.undo()
    assert panel.table.item(panel.ids.index(new_id), 6).text() == "Pending"
    ops.undo_stack.undo()
    assert new_id not in panel.ids
    with store.session() as session:
        proposal = session.get(Proposal, new_id)
        assert proposal is not None and proposal.deleted


def test_a_commitment_is_added_with_a_milestone(qtbot, ops: Operations, store: Store) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ops, store)
    panel = view.commitments
    view.setCurrentWidget(panel)
    assert panel.tree.topLevelItemCount() == 6
    assert panel.add_commitment(
        title="Open data on water distribution",
        title_ar="بيانات مفتوحة حول توزيع المياه",
        ogp_values=["transparency", "technology"],
        start_date=dt.date(2026, 1, 1),
        end_date=dt.date(2027, 6, 30),
    )
    assert panel.tree.topLevelItemCount() == 7
    seventh = panel.tree.topLevelItem(6)
    assert seventh.text(0) == "7"
    assert "توزيع المياه" in seventh.text(1)
    commitment_id = seventh.data(0, Qt.ItemDataRole.UserRole)
    assert panel.add_milestone(
        commitment_id, "Jeu de données SONEDE publié", due_date=dt.date(2026, 9, 30)
    )
    assert panel.tree.topLevelItem(6).child(0).text(2) == "2026-09-30"
    # The dashboard hears of it too, with no view calling another: it was behind its tab,
    # and redraws when shown.
    view.setCurrentWidget(view.dashboard)
    assert len(view.dashboard.chart.data.series) == 7  # type: ignore[union-attr]
