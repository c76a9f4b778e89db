"""An action plan on screen: its dashboard, commitments, governance, co-creation, proposals.

``ActionPlanView(ops, process_id)`` gathers five panels in tabs; each is usable alone:

- ``DashboardPanel``: each commitment's percent complete over the quarters (a chart painted
  with QPainter — QtCharts is not in PySide6-Essentials), the milestones overdue and the
  action items still open.
- ``CommitmentsPanel``: commitments with their OGP template fields, milestones under them.
- ``GovernancePanel``: the plan's period, lead institutions, 5 + 5 steering committee,
  extended advisory committee and independent monitoring body, each editable.
- ``CoCreationPanel``: the figures the OGP template asks for, counted from the attendance of
  the public meetings, the meetings themselves, and the export of the co-creation report.
- ``ProposalsPanel``: consultation proposals and their triage — accepted into a commitment,
  merged with a similar proposal, rejected with a reason — and what each became.

Every change is one undoable step: the service returns its undo record (a ``FieldEdit``, or
``core.edits.created`` for a row it added), which ``ReplayStep`` replays.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ogpdesk.ui.actionplan.cocreation import CoCreationPanel
from ogpdesk.ui.actionplan.commitments import LACKS_COLUMN, CommitmentDialog, CommitmentsPanel
from ogpdesk.ui.actionplan.common import isolated
from ogpdesk.ui.actionplan.dashboard import DashboardPanel
from ogpdesk.ui.actionplan.governance import GovernancePanel, SeatDialog
from ogpdesk.ui.actionplan.proposals import ProposalsPanel
from ogpdesk.ui.operations import Operations

__all__ = [
    "LACKS_COLUMN",
    "ActionPlanView",
    "CoCreationPanel",
    "CommitmentDialog",
    "CommitmentsPanel",
    "DashboardPanel",
    "GovernancePanel",
    "ProposalsPanel",
    "SeatDialog",
    "isolated",
]


class ActionPlanView(QTabWidget):
    """The dashboard, commitments, governance, co-creation and proposals of one action plan,
    in tabs."""

    def __init__(self, ops: Operations, process_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dashboard = DashboardPanel(ops, process_id)
        self.commitments = CommitmentsPanel(ops, process_id)
        self.governance = GovernancePanel(ops, process_id)
        self.cocreation = CoCreationPanel(ops, process_id)
        self.proposals = ProposalsPanel(ops, process_id)
        self.addTab(self.dashboard, self.tr("&Dashboard"))
        self.addTab(self.commitments, self.tr("&Commitments"))
        self.addTab(self.governance, self.tr("&Governance"))
        self.addTab(self.cocreation, self.tr("Co-c&reation"))
        self.addTab(self.proposals, self.tr("&Proposals"))
        self.setAccessibleName(self.tr("Action plan"))
