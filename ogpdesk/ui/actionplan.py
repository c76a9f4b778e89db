"""An action plan on screen: its dashboard, its commitments and milestones, its proposals.

``ActionPlanView(ops, process_id)`` gathers three panels in tabs; each is usable alone:

- ``DashboardPanel``: each commitment's percent complete over the quarters (a chart painted
  with QPainter — QtCharts is not in PySide6-Essentials), the milestones overdue and the
  action items still open.
- ``CommitmentsPanel``: commitments with their OGP template fields, milestones under them.
- ``ProposalsPanel``: consultation proposals and their triage — accepted into a commitment,
  merged with a similar proposal, rejected with a reason — and what each became.

Every change is one undoable step: the service returns its undo record (a ``FieldEdit``, or
``core.edits.created`` for a row it added), which ``ReplayStep`` replays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
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
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ogpdesk.core import commitments as plan
from ogpdesk.core import proposals as consultation
from ogpdesk.core.changes import Changes
from ogpdesk.core.commitments import OgpValue
from ogpdesk.core.edits import FieldEdit, created
from ogpdesk.core.models import (
    Commitment,
    Process,
    Proposal,
    ProposalAuthorKind,
    ProposalChannel,
    ProposalTriage,
    Record,
)
from ogpdesk.core.progress import Dashboard, dashboard
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui.operations import Operations, Redraw
from ogpdesk.ui.replay import Replayable, ReplayStep

CONTEXT = "ActionPlanView"
# Okabe–Ito, as on the public page, so a commitment keeps its colour everywhere.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#999933", "#000000")

VALUE_LABELS = {
    OgpValue.TRANSPARENCY: QT_TRANSLATE_NOOP("ActionPlanView", "Transparency"),
    OgpValue.ACCOUNTABILITY: QT_TRANSLATE_NOOP("ActionPlanView", "Accountability"),
    OgpValue.PARTICIPATION: QT_TRANSLATE_NOOP("ActionPlanView", "Participation"),
    OgpValue.TECHNOLOGY: QT_TRANSLATE_NOOP("ActionPlanView", "Technology and innovation"),
}
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
NO_REVIEW_YET = QT_TRANSLATE_NOOP("ActionPlanView", "No quarter reviewed yet.")
DAYS_LATE = QT_TRANSLATE_NOOP("ActionPlanView", "%1 — due %2 (%3 days late)")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()


class PlanPanel(QWidget):
    """What the three panels share: the plan they show, and undoable steps."""

    # The ``Changes`` flags that make this panel redraw.
    watched: tuple[str, ...] = ()

    def __init__(self, ops: Operations, process_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.process_id = process_id
        # A tab in the back redraws when it is shown, not on every captured action item.
        self.redraw = Redraw(ops, self, self.watched, self.reload)

    def reload(self) -> None:
        raise NotImplementedError

    def process(self, session: Session) -> Process:
        process = session.get(Process, self.process_id)
        assert process is not None
        return process

    def edit(self, text: str, operation: Callable[[Session], Replayable]) -> bool:
        """Run ``operation`` as one undo step; undo and redo replay the record it returns."""
        step = ReplayStep(operation)
        return self.ops.perform(text, step.redo, step.undo, initiator=self) is not None

    def create(self, text: str, operation: Callable[[Session], Record], flags: Changes) -> bool:
        """Run a service that adds a row; undo hides the row again, redo brings it back."""
        return self.edit(text, lambda session: created(operation(session), flags))


# -- the dashboard ----------------------------------------------------------------------


class ProgressChart(QWidget):
    """Percent complete per commitment, one line each, quarter after quarter.

    Time runs in the reading direction: leftwards when the interface is in Arabic.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: Dashboard | None = None
        self.setMinimumHeight(240)
        self.setAccessibleName(self.tr("Progress of each commitment over the quarters"))

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def set_data(self, data: Dashboard) -> None:
        self.data = data
        described = "; ".join(
            f"{s.number}: " + ", ".join(f"{p.quarter} {p.percent}%" for p in s.points)
            for s in data.series
        )
        self.setAccessibleDescription(described)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        data = self.data
        metrics = self.fontMetrics()
        if data is None or not data.quarters:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr(NO_REVIEW_YET))
            return
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        axis = metrics.horizontalAdvance("100 %") + 12
        # Room on the start side for the percentages, on the end side for the numbers
        # labelling the last points and for half a quarter's name.
        end = max(28, metrics.horizontalAdvance("2025Q4") // 2 + 6)
        plot = QRectF(self.rect()).adjusted(
            end if rtl else axis, 14, -axis if rtl else -end, -(metrics.height() + 14)
        )
        quarters = data.quarters
        step = plot.width() / max(len(quarters) - 1, 1)

        def x(index: int) -> float:
            offset = index * step if len(quarters) > 1 else plot.width() / 2
            return plot.right() - offset if rtl else plot.left() + offset

        def y(percent: float) -> float:
            return plot.bottom() - plot.height() * percent / 100

        grid = QPen(self.palette().mid().color(), 1)
        text_pen = QPen(self.palette().text().color())
        for level in (0, 25, 50, 75, 100):
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y(level)), QPointF(plot.right(), y(level)))
            painter.setPen(text_pen)
            label_x = plot.right() + 6 if rtl else 0
            label = QRectF(label_x, y(level) - metrics.height() / 2, axis - 8, metrics.height())
            align = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            painter.drawText(label, align | Qt.AlignmentFlag.AlignVCenter, f"{level} %")
        for index, quarter in enumerate(quarters):
            text = str(quarter)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(x(index) - width / 2, self.height() - 6), text)
        index_of = {q: i for i, q in enumerate(quarters)}
        bold = QFont(self.font())
        bold.setBold(True)
        for n, series in enumerate(data.series):
            points = [
                QPointF(x(index_of[p.quarter]), y(p.percent))
                for p in series.points
                if p.quarter in index_of
            ]
            if not points:
                continue
            colour = QColor(PALETTE[n % len(PALETTE)])
            painter.setPen(QPen(colour, 3))
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.drawPath(path)
            painter.setBrush(colour)
            for point in points:
                painter.drawEllipse(point, 4.5, 4.5)
            painter.setFont(bold)
            last = points[-1]
            painter.drawText(
                QPointF(last.x() + (-16 if rtl else 8), last.y() - 6), str(series.number)
            )
            painter.setFont(self.font())
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.end()


class DashboardPanel(PlanPanel):
    watched = ("progress", "commitments", "actions", "meetings")

    def __init__(self, ops: Operations, process_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, process_id, parent)
        self.chart = ProgressChart()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.overdue = QListWidget()
        self.overdue.setAccessibleName(self.tr("Overdue milestones"))
        self.actions = QTableWidget(0, 4)
        self.actions.setAccessibleName(self.tr("Open action items"))
        self.actions.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Responsible"), self.tr("Due"), self.tr("Meeting")]
        )
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.actions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.actions.verticalHeader().hide()
        overdue_label = QLabel(self.tr("Overdue &milestones"))
        overdue_label.setBuddy(self.overdue)
        actions_label = QLabel(self.tr("Open &action items"))
        actions_label.setBuddy(self.actions)
        lists = QWidget()
        lists_layout = QHBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        for caption, widget in ((overdue_label, self.overdue), (actions_label, self.actions)):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(widget)
            lists_layout.addLayout(column, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.chart, 1)
        top_layout.addWidget(self.legend)
        splitter.addWidget(top)
        splitter.addWidget(lists)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def reload(self) -> None:
        with self.ops.store.session() as session:
            data = dashboard(session, self.process(session))
        self.chart.set_data(data)
        self.legend.setText(
            "   ".join(
                f'<span style="color:{PALETTE[n % len(PALETTE)]}">■</span> {s.number}. {s.title}'
                for n, s in enumerate(data.series)
            )
        )
        self.overdue.clear()
        for milestone in data.overdue:
            self.overdue.addItem(
                tr(DAYS_LATE)
                .replace("%1", f"{milestone.commitment_number}. {milestone.deliverable}")
                .replace("%2", milestone.due_date.isoformat())
                .replace("%3", str(milestone.days_late))
            )
        self.actions.setRowCount(len(data.open_actions))
        for row, action in enumerate(data.open_actions):
            cells = (
                action.task,
                action.owner or "",
                action.due_date.isoformat() if action.due_date else "",
                f"{action.meeting_date.isoformat()} {action.meeting_title}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and action.overdue:
                    item.setForeground(QColor("#b00020"))
                self.actions.setItem(row, column, item)
        self.data = data


# -- commitments ------------------------------------------------------------------------


class CommitmentDialog(QDialog):
    """The OGP template fields of a commitment."""

    def __init__(self, parent: QWidget | None = None, commitment: Commitment | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commitment"))
        self.title = QLineEdit(commitment.title if commitment else "")
        self.title_ar = QLineEdit(commitment.title_ar or "" if commitment else "")
        self.title_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.problem = QPlainTextEdit(commitment.problem or "" if commitment else "")
        self.objective = QPlainTextEdit(commitment.objective or "" if commitment else "")
        for edit in (self.problem, self.objective):
            edit.setTabChangesFocus(True)
        chosen = set(plan.parse_values(commitment.ogp_values if commitment else None))
        self.values = {}
        values_row = QHBoxLayout()
        for value, label in VALUE_LABELS.items():
            box = QCheckBox(tr(label))
            box.setChecked(value in chosen)
            self.values[value] = box
            values_row.addWidget(box)
        self.start = QDateEdit(_qdate(commitment.start_date if commitment else None))
        self.end = QDateEdit(_qdate(commitment.end_date if commitment else None))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Title:"), self.title),
            (self.tr("Title in &Arabic:"), self.title_ar),
            (self.tr("&Problem addressed:"), self.problem),
            (self.tr("&Objective:"), self.objective),
            (self.tr("&Start:"), self.start),
            (self.tr("&End:"), self.end),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        form.addRow(QLabel(self.tr("OGP values:")), values_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def fields(self) -> dict[str, object]:
        return {
            "title": self.title.text(),
            "title_ar": self.title_ar.text(),
            "problem": self.problem.toPlainText(),
            "objective": self.objective.toPlainText(),
            "ogp_values": [v for v, box in self.values.items() if box.isChecked()],
            "start_date": _date(self.start.date()),
            "end_date": _date(self.end.date()),
        }


class MilestoneDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Milestone"))
        self.deliverable = QLineEdit()
        self.due = QDateEdit(QDate.currentDate().addMonths(6))
        self.due.setCalendarPopup(True)
        self.responsible = QLineEdit()
        self.verification = QLineEdit()
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Deliverable:"), self.deliverable),
            (self.tr("&Due date:"), self.due),
            (self.tr("&Responsible:"), self.responsible),
            (self.tr("&Verification source:"), self.verification),
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


class CommitmentsPanel(PlanPanel):
    watched = ("commitments", "processes")

    def __init__(self, ops: Operations, process_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, process_id, parent)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Commitments and milestones"))
        self.tree.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Commitment / milestone"),
                self.tr("OGP values / due"),
                self.tr("Lead / responsible"),
            ]
        )
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add commitment…"))
        self.milestone_button = QPushButton(self.tr("Add &milestone…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.milestone_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._ask_add)
        self.milestone_button.clicked.connect(self._ask_milestone)
        self.edit_button.clicked.connect(self._ask_edit)
        self.tree.itemActivated.connect(lambda _item, _column: self._ask_edit())
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        with self.ops.store.session() as session:
            for commitment in plan.commitments_of(session, self.process(session)):
                values = ", ".join(
                    tr(VALUE_LABELS[v]) for v in plan.parse_values(commitment.ogp_values)
                )
                lead = ", ".join(i.name for i in commitment.lead_institutions)
                title = commitment.title
                if commitment.title_ar:
                    title += f" — {commitment.title_ar}"
                item = QTreeWidgetItem([str(commitment.number), title, values, lead])
                item.setData(0, Qt.ItemDataRole.UserRole, commitment.id)
                for milestone in plan.milestones_of(commitment):
                    child = QTreeWidgetItem(
                        [
                            "",
                            milestone.deliverable,
                            milestone.due_date.isoformat() if milestone.due_date else "",
                            milestone.responsible or "",
                        ]
                    )
                    child.setData(0, Qt.ItemDataRole.UserRole, commitment.id)
                    item.addChild(child)
                self.tree.addTopLevelItem(item)
        self.tree.expandAll()

    def selected_commitment(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def add_commitment(self, **fields: object) -> bool:
        def step(session: Session) -> Record:
            return plan.add_commitment(session, self.process(session), **fields)  # type: ignore[arg-type]

        return self.create(self.tr("Add a commitment"), step, Changes(commitments=True))

    def update_commitment(self, commitment_id: str, **fields: object) -> bool:
        def step(session: Session) -> FieldEdit:
            commitment = session.get(Commitment, commitment_id)
            assert commitment is not None
            return plan.update_commitment(session, commitment, **fields)

        return self.edit(self.tr("Edit a commitment"), step)

    def add_milestone(self, commitment_id: str, deliverable: str, **fields: object) -> bool:
        def step(session: Session) -> Record:
            commitment = session.get(Commitment, commitment_id)
            assert commitment is not None
            return plan.add_milestone(session, commitment, deliverable, **fields)  # type: ignore[arg-type]

        return self.create(self.tr("Add a milestone"), step, Changes(commitments=True))

    def _ask_add(self) -> None:
        dialog = CommitmentDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_commitment(**dialog.fields())

    def _ask_edit(self) -> None:
        commitment_id = self.selected_commitment()
        if commitment_id is None:
            return
        with self.ops.store.session() as session:
            commitment = session.get(Commitment, commitment_id)
            dialog = CommitmentDialog(self, commitment)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.update_commitment(commitment_id, **dialog.fields())

    def _ask_milestone(self) -> None:
        commitment_id = self.selected_commitment()
        if commitment_id is None:
            return
        dialog = MilestoneDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_milestone(
                commitment_id,
                dialog.deliverable.text(),
                due_date=_date(dialog.due.date()),
                responsible=dialog.responsible.text(),
                verification_source=dialog.verification.text(),
            )


# -- proposals --------------------------------------------------------------------------


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

        return self.create(self.tr("Add a proposal"), step, Changes(proposals=True))

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
                received_on=_date(dialog.received.date()),
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

    def _ask_merge(self) -> None:
        proposal_id = self.selected()
        if proposal_id is None:
            return
        others = [
            (self.table.item(row, 0).text() + ". " + self.table.item(row, 5).text()[:80], key)
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


class ActionPlanView(QTabWidget):
    """The dashboard, commitments and proposals of one action plan, in tabs."""

    def __init__(self, ops: Operations, process_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dashboard = DashboardPanel(ops, process_id)
        self.commitments = CommitmentsPanel(ops, process_id)
        self.proposals = ProposalsPanel(ops, process_id)
        self.addTab(self.dashboard, self.tr("&Dashboard"))
        self.addTab(self.commitments, self.tr("&Commitments"))
        self.addTab(self.proposals, self.tr("&Proposals"))
        self.setAccessibleName(self.tr("Action plan"))
