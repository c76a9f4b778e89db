"""The proposals tab: consultation proposals and their triage — accepted into a commitment,
merged with a similar proposal, rejected with a reason — and what each became."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ogpdesk.core import commitments as plan
from ogpdesk.core import proposals as consultation
from ogpdesk.core.changes import Changes
from ogpdesk.core.edits import FieldEdit
from ogpdesk.core.models import (
    Commitment,
    Proposal,
    ProposalAuthorKind,
    ProposalChannel,
    ProposalTriage,
    Record,
)
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui.actionplan.common import PlanPanel, to_date, tr
from ogpdesk.ui.operations import Operations

CHANNEL_LABELS = {
    ProposalChannel.FORM: QT_TRANSLATE_NOOP("ActionPlanView", "Descriptive form"),
    ProposalChannel.ONLINE: QT_TRANSLATE_NOOP("ActionPlanView", "Online consultation"),
    ProposalChannel.IN_PERSON: QT_TRANSLATE_NOOP("ActionPlanView", "In person"),
}
AUTHOR_LABELS = {
    ProposalAuthorKind.CITIZEN: QT_TRANSLATE_NOOP("ActionPlanView", "Citizen"),
    ProposalAuthorKind.ASSOCIATION: QT_TRANSLATE_NOOP("ActionPlanView", "Association"),
    ProposalAuthorKind.INSTITUTION: QT_TRANSLATE_NOOP("ActionPlanView", "Institution"),
}
TRIAGE_LABELS = {
    ProposalTriage.PENDING: QT_TRANSLATE_NOOP("ActionPlanView", "Pending"),
    ProposalTriage.ACCEPTED: QT_TRANSLATE_NOOP("ActionPlanView", "Accepted into commitment %1"),
    ProposalTriage.MERGED: QT_TRANSLATE_NOOP("ActionPlanView", "Merged into proposal %1"),
    ProposalTriage.REJECTED: QT_TRANSLATE_NOOP("ActionPlanView", "Rejected: %1"),
}


class ProposalDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Proposal"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.topic = QLineEdit()
        self.author = QLineEdit()
        self.author_kind = QComboBox()
        for kind, label in AUTHOR_LABELS.items():
            self.author_kind.addItem(tr(label), kind.value)
        self.channel = QComboBox()
        for channel, label in CHANNEL_LABELS.items():
            self.channel.addItem(tr(label), channel.value)
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Proposal:"), self.text),
            (self.tr("&Topic:"), self.topic),
            (self.tr("&From:"), self.author),
            (self.tr("&Who:"), self.author_kind),
            (self.tr("&Channel:"), self.channel),
            (self.tr("&Received on:"), self.received),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class ProposalsPanel(PlanPanel):
    watched = ("proposals", "commitments")
    HEADERS = (
        QT_TRANSLATE_NOOP("ActionPlanView", "No."),
        QT_TRANSLATE_NOOP("ActionPlanView", "Received"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Channel"),
        QT_TRANSLATE_NOOP("ActionPlanView", "From"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Topic"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Proposal"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Outcome"),
    )

    def __init__(self, ops: Operations, process_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, process_id, parent)
        self.ids: list[str] = []
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setAccessibleName(self.tr("Consultation proposals"))
        self.table.setHorizontalHeaderLabels([tr(h) for h in self.HEADERS])
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.summary = QLabel()
        self.add_button = QPushButton(self.tr("&Add proposal…"))
        self.accept_button = QPushButton(self.tr("Acc&ept into…"))
        self.merge_button = QPushButton(self.tr("&Merge into…"))
        self.reject_button = QPushButton(self.tr("&Reject…"))
        self.reopen_button = QPushButton(self.tr("Re&open"))
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.accept_button,
            self.merge_button,
            self.reject_button,
            self.reopen_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._ask_add)
        self.accept_button.clicked.connect(self._ask_accept)
        self.merge_button.clicked.connect(self._ask_merge)
        self.reject_button.clicked.connect(self._ask_reject)
        self.reopen_button.clicked.connect(self._reopen)
        self.reload()

    def reload(self) -> None:
        with self.ops.store.session() as session:
            process = self.process(session)
            found = consultation.proposals_of(session, process)
            numbers = {p.id: n for n, p in enumerate(found, start=1)}
            rows = []
            for number, proposal in enumerate(found, start=1):
                became = consultation.outcome(session, proposal)
                rows.append(
                    (proposal.id, number, proposal, self._outcome(proposal, numbers), became)
                )
            traced = len([r for r in rows if r[4] is not None])
        self.ids = [r[0] for r in rows]
        self.table.setRowCount(len(rows))
        for row, (_id, number, proposal, outcome, _became) in enumerate(rows):
            cells = (
                str(number),
                proposal.received_on.isoformat() if proposal.received_on else "",
                tr(CHANNEL_LABELS[proposal.channel]),
                proposal.author_name or tr(AUTHOR_LABELS[proposal.author_kind]),
                proposal.topic or "",
                proposal.text,
                outcome,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.summary.setText(
            self.tr("%1 proposals, %2 taken up in commitments")
            .replace("%1", str(len(rows)))
            .replace("%2", str(traced))
        )

    def _outcome(self, proposal: Proposal, numbers: dict[str, int]) -> str:
        label = tr(TRIAGE_LABELS[proposal.triage])
        if proposal.triage is ProposalTriage.ACCEPTED and proposal.commitment is not None:
            return label.replace("%1", str(proposal.commitment.number))
        if proposal.triage is ProposalTriage.MERGED:
            return label.replace("%1", str(numbers.get(proposal.merged_into_id or "", "?")))
        if proposal.triage is ProposalTriage.REJECTED:
            return label.replace("%1", proposal.reason or "")
        return label

    def selected(self) -> str | None:
        row = self.table.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def add_proposal(self, **fields: object) -> bool:
        def step(session: Session) -> Record:
            return consultation.add_proposal(session, self.process(session), **fields)  # type: ignore[arg-type]

        return self.create_row(self.tr("Add a proposal"), step, Changes(proposals=True))

    def _triage(
        self, text: str, proposal_id: str, fn: Callable[[Session, Proposal], FieldEdit]
    ) -> bool:
        def step(session: Session) -> FieldEdit:
            proposal = session.get(Proposal, proposal_id)
            assert proposal is not None
            return fn(session, proposal)

        return self.edit(text, step)

    def accept_into(self, proposal_id: str, commitment_id: str) -> bool:
        def accept(session: Session, proposal: Proposal) -> FieldEdit:
            commitment = session.get(Commitment, commitment_id)
            assert commitment is not None
            return consultation.accept(session, proposal, commitment)

        return self._triage(self.tr("Accept a proposal"), proposal_id, accept)

    def merge_into(self, proposal_id: str, into_id: str) -> bool:
        def merge(session: Session, proposal: Proposal) -> FieldEdit:
            into = session.get(Proposal, into_id)
            assert into is not None
            return consultation.merge(session, proposal, into)

        return self._triage(self.tr("Merge proposals"), proposal_id, merge)

    def reject(self, proposal_id: str, reason: str) -> bool:
        return self._triage(
            self.tr("Reject a proposal"),
            proposal_id,
            lambda session, proposal: consultation.reject(session, proposal, reason),
        )

    def _reopen(self) -> None:
        proposal_id = self.selected()
        if proposal_id is not None:
            self._triage(self.tr("Reopen a proposal"), proposal_id, consultation.reopen)

    def _ask_add(self) -> None:
        dialog = ProposalDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_proposal(
                text=dialog.text.toPlainText(),
                topic=dialog.topic.text(),
                author_name=dialog.author.text(),
                author_kind=ProposalAuthorKind(dialog.author_kind.currentData()),
                channel=ProposalChannel(dialog.channel.currentData()),
                received_on=to_date(dialog.received.date()),
            )

    def _ask_accept(self) -> None:
        proposal_id = self.selected()
        if proposal_id is None:
            return
        with self.ops.store.session() as session:
            choices = [
                (f"{c.number}. {c.title}", c.id)
                for c in plan.commitments_of(session, self.process(session))
            ]
        if not choices:
            return
        label, ok = QInputDialog.getItem(
            self, self.tr("Accept into"), self.tr("Commitment:"), [c[0] for c in choices], 0, False
        )
        if ok:
            self.accept_into(proposal_id, dict(choices)[label])

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _ask_merge(self) -> None:
        proposal_id = self.selected()
        if proposal_id is None:
            return
        others = [
            (self._cell(row, 0) + ". " + self._cell(row, 5)[:80], key)
            for row, key in enumerate(self.ids)
            if key != proposal_id
        ]
        if not others:
            return
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Merge into"),
            self.tr("Similar proposal:"),
            [o[0] for o in others],
            0,
            False,
        )
        if ok:
            self.merge_into(proposal_id, dict(others)[label])

    def _ask_reject(self) -> None:
        proposal_id = self.selected()
        if proposal_id is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Reject"), self.tr("Reason given back to the author:")
        )
        if ok:
            self.reject(proposal_id, reason)
