"""The action plan view on the El Kef demo: dashboard, commitments, proposals triage,
governance (seats, leads, monitoring body, period) and the co-creation record."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QListWidgetItem, QTableWidgetItem
from sqlalchemy import select

from ogpdesk.core.commitments import all_institutions, governance
from ogpdesk.core.demo import load_demo
from ogpdesk.core.meetings import find_process
from ogpdesk.core.models import (
    Commitment,
    Committee,
    InstitutionKind,
    Process,
    Proposal,
    ProposalAuthorKind,
    ProposalChannel,
    Seat,
)
from ogpdesk.core.progress import Quarter
from ogpdesk.core.store import Store
from ogpdesk.ui.actionplan import ActionPlanView, SeatDialog, isolated
from ogpdesk.ui.operations import Operations


def shown(widget: QTableWidgetItem | QListWidgetItem | QLabel) -> str:
    """The text a user reads, without the marks that keep a name in its own direction."""
    return widget.text().replace("\u2068", "").replace("\u2069", "")


def pdf_text(path: Path) -> str:
    """The PDF's text as a viewer extracts it, presentation forms undone."""
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).split())


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
    assert view.dashboard.action_table.rowCount() == len(data.open_actions) > 0
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
    # In the English interface: the title as written, its Arabic version in the dialog.
    assert seventh.text(1) == "Open data on water distribution"
    commitment_id = seventh.data(0, Qt.ItemDataRole.UserRole)
    assert panel.add_milestone(
        commitment_id, "Jeu de données SONEDE publié", due_date=dt.date(2026, 9, 30)
    )
    assert panel.tree.topLevelItem(6).child(0).text(2) == "2026-09-30"
    # The dashboard hears of it too, with no view calling another: it was behind its tab,
    # and redraws when shown.
    view.setCurrentWidget(view.dashboard)
    assert len(view.dashboard.chart.data.series) == 7  # type: ignore[union-attr]


def _seats(store: Store, process_id: str) -> list[tuple[Seat, str]]:
    with store.session() as session:
        process = session.get(Process, process_id)
        assert process is not None
        plan = governance(session, process)
    return [(s.seat, s.holder) for s in plan.steering]


def test_governance_shows_the_5_and_5_seats_the_leads_and_the_monitoring_body(
    qtbot, ops: Operations, store: Store
) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ops, store)
    panel = view.governance
    view.setCurrentWidget(panel)
    seats = [panel.steering.table.item(r, 0).text() for r in range(panel.steering.table.rowCount())]
    assert seats == ["Administration"] * 3 + ["Municipal council"] * 2 + ["Civil society"] * 5
    assert panel.steering.title() == (
        "Steering committee — Administration: 3, Municipal council: 2, Civil society: 5"
    )
    assert shown(panel.steering.table.item(6, 1)) == "Joussour Association (women and gender)"
    # Latin names stay whole in an Arabic line: their closing parenthesis stays at the end.
    assert panel.steering.table.item(6, 1).text() == isolated(
        "Joussour Association (women and gender)"
    )
    assert panel.advisory.table.rowCount() == 3
    assert shown(panel.advisory.table.item(0, 1)) == "Member from the local council of East Kef"
    leads = [shown(panel.leads.item(r)) for r in range(panel.leads.count())]
    assert leads == ["Municipality of El Kef", "Association Joussour", "Association TWIZA"]
    assert shown(panel.monitoring).startswith("Independent monitoring body (association)")
    assert (panel.start.date().toString(Qt.DateFormat.ISODate), panel.end.date().year()) == (
        "2025-01-01",
        2027,
    )


def test_a_seat_filled_in_the_dialog_is_added_then_undone_and_redone(
    qtbot, ops: Operations, store: Store, keyboard
) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ops, store)
    panel = view.governance
    view.setCurrentWidget(panel)
    before = _seats(store, panel.process_id)
    people, institutions = panel._choices()
    dialog = SeatDialog(people, institutions, committee=Committee.STEERING)
    qtbot.addWidget(dialog)
    dialog.seat.setCurrentIndex(dialog.seat.findData(Seat.CIVIL_SOCIETY.value))
    # A name not in the directory is refused: it belongs in the label.
    dialog.holder.setEditText("Sample — Personne inconnue")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.problem.isVisibleTo(dialog)
    dialog.holder.setEditText("")
    keyboard.type(dialog.label, "Association des jeunes du Kef — جمعية شباب الكاف (sample)")
    dialog.institution.names.setEditText("Association des jeunes du Kef (sample)")
    assert dialog.institution.kind.isVisibleTo(dialog)  # a new institution: its kind is asked
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert panel.add_seat(dialog.fields())

    added = (Seat.CIVIL_SOCIETY, "Association des jeunes du Kef — جمعية شباب الكاف (sample)")
    assert _seats(store, panel.process_id) == [*before, added]
    assert panel.steering.table.rowCount() == 11
    assert shown(panel.steering.table.item(10, 2)) == "Association des jeunes du Kef (sample)"
    ops.undo_stack.undo()
    assert _seats(store, panel.process_id) == before
    assert panel.steering.table.rowCount() == 10
    with store.session() as session:
        names = [i.name for i in all_institutions(session)]
    assert "Association des jeunes du Kef (sample)" not in names
    ops.undo_stack.redo()
    assert _seats(store, panel.process_id) == [*before, added]
    assert panel.steering.table.rowCount() == 11


def test_a_seat_changes_holder_and_kind_and_is_removed(
    qtbot, ops: Operations, store: Store
) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ops, store)
    panel = view.governance
    view.setCurrentWidget(panel)
    before = _seats(store, panel.process_id)
    panel.steering.table.selectRow(4)
    seating = panel.steering.selected()
    assert seating is not None and seating.holder == "Municipal council of El Kef (seat 5)"
    people, institutions = panel._choices()
    dialog = SeatDialog(people, institutions, seating)
    qtbot.addWidget(dialog)
    assert dialog.institution.text() == "Municipality of El Kef — بلدية الكاف"
    dialog.holder.setCurrentIndex(
        dialog.holder.findText("Sample — Project manager", Qt.MatchFlag.MatchStartsWith)
    )
    dialog.seat.setCurrentIndex(dialog.seat.findData(Seat.ADMINISTRATION.value))
    assert panel.update_seat(seating.id, dialog.fields())
    after = _seats(store, panel.process_id)
    assert after[3] == (Seat.ADMINISTRATION, "Sample — Project manager, steering committee")
    assert shown(panel.steering.table.item(3, 1)) == after[3][1]
    assert panel.remove_seat(seating.id)
    assert panel.steering.table.rowCount() == 9
    ops.undo_stack.undo()
    ops.undo_stack.undo()
    assert _seats(store, panel.process_id) == before


def test_period_leads_and_monitoring_body_change_and_come_back(
    qtbot, ops: Operations, store: Store
) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ops, store)
    panel = view.governance
    view.setCurrentWidget(panel)
    # The end moved to June 2030 in the date field, as a user does.
    panel.end.setDate(QDate(2030, 6, 30))
    panel.end.editingFinished.emit()
    with store.session() as session:
        assert session.get(Process, panel.process_id).end_date == dt.date(2030, 6, 30)  # type: ignore[union-attr]
    # An end before the start is refused, said, and the field shows the stored date again.
    panel.end.setDate(QDate(2024, 6, 30))
    panel.end.editingFinished.emit()
    assert "comes before the start date" in (ops.errors.last_message or "")
    assert panel.end.date() == QDate(2030, 6, 30)

    assert panel.add_lead("  Conseil régional du Kef (sample) ", InstitutionKind.OTHER)
    assert panel.leads.count() == 4
    assert panel.remove_lead(panel.lead_ids[0])
    assert panel.leads.count() == 3
    assert panel.set_monitoring_body("جمعية الكاف للتضامن (sample)")
    assert shown(panel.monitoring) == "جمعية الكاف للتضامن (sample)"
    for _ in range(4):
        ops.undo_stack.undo()
    assert shown(panel.monitoring).startswith("Independent monitoring body")
    assert panel.leads.count() == 3
    assert panel.end.date() == QDate(2027, 6, 30)


def test_the_co_creation_tab_counts_8_groups_and_6_meetings_and_exports_the_report(
    qtbot, ops: Operations, store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    opened: list[Path] = []
    view = _view(qtbot, ops, store)
    panel = view.cocreation
    panel.opener = opened.append
    view.setCurrentWidget(panel)
    assert (panel.meetings_figure.value, panel.groups_figure.value) == (6, 8)
    assert panel.groups_figure.accessibleName() == "stakeholder groups took part: 8"
    assert panel.by_group.rowCount() == 8
    assert panel.meetings.rowCount() == 6
    assert shown(panel.meetings.item(0, 1)) == "Launch of the co-creation of the second action plan"
    assert shown(panel.meetings.item(4, 4)) == "8 (6 remotely)"
    # Every person counted once in each breakdown.
    for table in (panel.by_group, panel.by_gender, panel.by_age):
        assert sum(int(shown(table.item(r, 1))) for r in range(table.rowCount())) == 18

    output = tmp_path / panel.default_name("fr", ".pdf")
    assert output.name == "Co-creation-OGP-Local-action-plan-El-Kef-2024-2027-fr.pdf"
    panel.export_report(output, "fr")
    qtbot.waitUntil(lambda: opened == [output], timeout=30_000)
    text = pdf_text(output)
    assert "Nombre de groupes ayant participé 8" in text
    assert "Nombre de réunions publiques tenues 6" in text
    # The meetings' titles in French, the document's language, not as written (English).
    assert "Lancement de la co-création du deuxième plan" in text
    assert "Launch of the co-creation" not in text
    assert panel.status.text() == f"Exported to {output}"
