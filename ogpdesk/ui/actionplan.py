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

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
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

from ogpdesk.core import cocreation
from ogpdesk.core import commitments as plan
from ogpdesk.core import proposals as consultation
from ogpdesk.core.changes import Changes
from ogpdesk.core.cocreation import CoCreation
from ogpdesk.core.commitments import OgpValue
from ogpdesk.core.edits import EditGroup, FieldEdit, Undoable, created
from ogpdesk.core.languages import Texts
from ogpdesk.core.models import (
    Commitment,
    Committee,
    CommitteeMember,
    Institution,
    InstitutionKind,
    Milestone,
    Participant,
    Process,
    Proposal,
    ProposalAuthorKind,
    ProposalChannel,
    ProposalTriage,
    Record,
    Seat,
)
from ogpdesk.core.progress import Dashboard, dashboard
from ogpdesk.documents.export import ExportRequest, export
from ogpdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from ogpdesk.ui import settings
from ogpdesk.ui.attendance import GENDER_LABELS, GROUP_LABELS
from ogpdesk.ui.attendance import label as attendance_label
from ogpdesk.ui.errors import interface_language
from ogpdesk.ui.export_dialog import FORMAT_LABELS, KINDS, file_part, open_with_desktop
from ogpdesk.ui.export_dialog import tr as export_tr
from ogpdesk.ui.meeting_dialog import kind_label
from ogpdesk.ui.operations import Operations, Redraw
from ogpdesk.ui.preferences import LANGUAGE_NAMES
from ogpdesk.ui.replay import Replayable, ReplayStep
from ogpdesk.ui.versions import (
    MISSING_BACKGROUND,
    VersionsDialog,
    VersionsEditor,
    in_interface,
    lacking,
    lacking_tip,
)

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


def isolated(text: str) -> str:
    """``text`` as one unit in a line of the other direction: a Latin name keeps its closing
    parenthesis in the Arabic interface ("Municipal council (seat 4)"), "60+" its sign."""
    return f"\u2068{text}\u2069" if text else text


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

    def showEvent(self, event: QShowEvent) -> None:
        self.redraw.shown()
        super().showEvent(event)

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

    def create_row(self, text: str, operation: Callable[[Session], Record], flags: Changes) -> bool:
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
        self.action_table = QTableWidget(0, 4)
        self.action_table.setAccessibleName(self.tr("Open action items"))
        self.action_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Responsible"), self.tr("Due"), self.tr("Meeting")]
        )
        self.action_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.action_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.action_table.verticalHeader().hide()
        overdue_label = QLabel(self.tr("Overdue &milestones"))
        overdue_label.setBuddy(self.overdue)
        actions_label = QLabel(self.tr("Open &action items"))
        actions_label.setBuddy(self.action_table)
        lists = QWidget()
        lists_layout = QHBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        for caption, widget in ((overdue_label, self.overdue), (actions_label, self.action_table)):
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
                f'<span style="color:{PALETTE[n % len(PALETTE)]}">■</span> '
                f"{s.number}. {in_interface(s.titles)}"
                for n, s in enumerate(data.series)
            )
        )
        self.overdue.clear()
        for milestone in data.overdue:
            self.overdue.addItem(
                tr(DAYS_LATE)
                .replace(
                    "%1", f"{milestone.commitment_number}. {in_interface(milestone.deliverables)}"
                )
                .replace("%2", milestone.due_date.isoformat())
                .replace("%3", str(milestone.days_late))
            )
        self.action_table.setRowCount(len(data.open_actions))
        for row, action in enumerate(data.open_actions):
            cells = (
                in_interface(action.tasks),
                action.owner or "",
                action.due_date.isoformat() if action.due_date else "",
                f"{action.meeting_date.isoformat()} {action.meeting_title}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and action.overdue:
                    item.setForeground(QColor("#b00020"))
                self.action_table.setItem(row, column, item)
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
        # Problem and objective beside their versions, as the board shows recommendations'.
        lang = interface_language()
        self.problem = VersionsEditor(
            self.tr("Problem addressed"), _texts(commitment, "problem"), lang
        )
        self.objective = VersionsEditor(self.tr("Objective"), _texts(commitment, "objective"), lang)
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
        for date_edit in (self.start, self.end):
            date_edit.setCalendarPopup(True)
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
            caption.setBuddy(widget.language if isinstance(widget, VersionsEditor) else widget)
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
            **self.problem.values("problem"),
            **self.objective.values("objective"),
            "ogp_values": [v for v, box in self.values.items() if box.isChecked()],
            "start_date": _date(self.start.date()),
            "end_date": _date(self.end.date()),
        }


def _texts(commitment: Commitment | None, field: str) -> Texts:
    return Texts.of(commitment, field) if commitment else Texts("")


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


# The commitments tree's column naming the languages a text of the row lacks.
LACKS_COLUMN = 4
# A milestone row's milestone (its commitment's id is under UserRole, as on its parent).
MILESTONE_ROLE = Qt.ItemDataRole.UserRole + 1


def _mark_lacking(item: QTreeWidgetItem, texts: list[Texts]) -> None:
    lacks = lacking(texts)
    item.setText(LACKS_COLUMN, lacks)
    if lacks:
        item.setBackground(LACKS_COLUMN, MISSING_BACKGROUND)
        item.setToolTip(LACKS_COLUMN, lacking_tip(texts) or "")


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
                self.tr("Versions missing"),
            ]
        )
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add commitment…"))
        self.milestone_button = QPushButton(self.tr("Add &milestone…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.versions_button = QPushButton(self.tr("&Translations…"))
        self.versions_button.setToolTip(
            self.tr("The title of the commitment, or the milestone's deliverable, in each language")
        )
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.milestone_button,
            self.edit_button,
            self.versions_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._ask_add)
        self.milestone_button.clicked.connect(self._ask_milestone)
        self.edit_button.clicked.connect(self._ask_edit)
        self.versions_button.clicked.connect(self._ask_versions)
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
                title = in_interface(Texts.of(commitment, "title"))
                texts = [
                    Texts.of(commitment, field) for field in ("title", *commitment.language_fields)
                ]
                item = QTreeWidgetItem([str(commitment.number), title, values, lead])
                item.setData(0, Qt.ItemDataRole.UserRole, commitment.id)
                _mark_lacking(item, texts)
                for milestone in plan.milestones_of(commitment):
                    deliverable = Texts.of(milestone, "deliverable")
                    child = QTreeWidgetItem(
                        [
                            "",
                            in_interface(deliverable),
                            milestone.due_date.isoformat() if milestone.due_date else "",
                            milestone.responsible or "",
                        ]
                    )
                    child.setData(0, Qt.ItemDataRole.UserRole, commitment.id)
                    child.setData(0, MILESTONE_ROLE, milestone.id)
                    _mark_lacking(child, [deliverable])
                    item.addChild(child)
                self.tree.addTopLevelItem(item)
        self.tree.expandAll()

    def selected_commitment(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def selected_milestone(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, MILESTONE_ROLE) if item else None

    def versions_dialog(self) -> VersionsDialog | None:
        """The selected commitment's title, or milestone's deliverable, beside its versions."""
        commitment_id, milestone_id = self.selected_commitment(), self.selected_milestone()
        if commitment_id is None:
            return None
        with self.ops.store.session() as session:
            if milestone_id is not None:
                row: Commitment | Milestone | None = session.get(Milestone, milestone_id)
                field, name = "deliverable", self.tr("Deliverable")
            else:
                row = session.get(Commitment, commitment_id)
                field, name = "title", self.tr("Title")
            assert row is not None
            texts = Texts.of(row, field)
        title = self.tr("Translations of “%1”").replace("%1", in_interface(texts))
        return VersionsDialog(
            title, [(field, name, texts)], interface_language(), self, lang_field="lang"
        )

    def translate_selected(self, values: dict[str, str | None]) -> bool:
        """The selected title or deliverable with its versions as ``values`` says (undoable)."""
        commitment_id, milestone_id = self.selected_commitment(), self.selected_milestone()
        if commitment_id is None or not values:
            return False

        def step(session: Session) -> FieldEdit:
            if milestone_id is not None:
                milestone = session.get(Milestone, milestone_id)
                assert milestone is not None
                return plan.update_milestone(session, milestone, **values)
            commitment = session.get(Commitment, commitment_id)
            assert commitment is not None
            return plan.update_commitment(session, commitment, **values)

        return self.edit(self.tr("Translate a commitment"), step)

    def _ask_versions(self) -> None:
        dialog = self.versions_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.translate_selected(dialog.values())

    def add_commitment(self, **fields: object) -> bool:
        def step(session: Session) -> Record:
            return plan.add_commitment(session, self.process(session), **fields)  # type: ignore[arg-type]

        return self.create_row(self.tr("Add a commitment"), step, Changes(commitments=True))

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

        return self.create_row(self.tr("Add a milestone"), step, Changes(commitments=True))

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


# -- governance -------------------------------------------------------------------------


SEAT_LABELS = {
    Seat.ADMINISTRATION: QT_TRANSLATE_NOOP("ActionPlanView", "Administration"),
    Seat.COUNCIL: QT_TRANSLATE_NOOP("ActionPlanView", "Municipal council"),
    Seat.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("ActionPlanView", "Civil society"),
    Seat.ELECTED: QT_TRANSLATE_NOOP("ActionPlanView", "Elected representative"),
}
COMMITTEE_LABELS = {
    Committee.STEERING: QT_TRANSLATE_NOOP("ActionPlanView", "Steering committee"),
    Committee.ADVISORY: QT_TRANSLATE_NOOP("ActionPlanView", "Extended advisory committee"),
}
INSTITUTION_KIND_LABELS = {
    InstitutionKind.MUNICIPALITY: QT_TRANSLATE_NOOP("ActionPlanView", "Municipality"),
    InstitutionKind.ASSOCIATION: QT_TRANSLATE_NOOP("ActionPlanView", "Association"),
    InstitutionKind.MINISTRY: QT_TRANSLATE_NOOP("ActionPlanView", "Ministry or public body"),
    InstitutionKind.MONITORING_BODY: QT_TRANSLATE_NOOP("ActionPlanView", "Monitoring body"),
    InstitutionKind.NETWORK: QT_TRANSLATE_NOOP("ActionPlanView", "Network"),
    InstitutionKind.INTERNATIONAL: QT_TRANSLATE_NOOP("ActionPlanView", "International partner"),
    InstitutionKind.OTHER: QT_TRANSLATE_NOOP("ActionPlanView", "Other"),
}
# "Civil society: 5", in a committee's title.
SEAT_COUNT = QT_TRANSLATE_NOOP("ActionPlanView", "%1: %2")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("ActionPlanView", ", ")
NOBODY = "—"
# Shown at the start of a date field whose date is not recorded.
NO_DATE = QDate(2000, 1, 1)


@dataclass(frozen=True)
class Choice:
    """A row of the store offered in a list: its id and how it is shown."""

    id: str
    text: str


def _institution_choices(session: Session) -> list[Choice]:
    return [
        Choice(i.id, f"{i.name} — {i.name_ar}" if i.name_ar else i.name)
        for i in plan.all_institutions(session)
    ]


class InstitutionChooser(QWidget):
    """An institution of the store, or the name of a new one and its kind."""

    def __init__(
        self,
        choices: list[Choice],
        kind: InstitutionKind,
        *,
        empty: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.names = QComboBox()
        self.names.setEditable(True)
        self.names.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if empty:
            self.names.addItem(NOBODY, None)
        for choice in choices:
            self.names.addItem(choice.text, choice.id)
        _contains_completer(self.names)
        self.names.setAccessibleName(self.tr("Institution"))
        self.kind = QComboBox()
        for value, text in INSTITUTION_KIND_LABELS.items():
            self.kind.addItem(tr(text), value.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.kind.setAccessibleName(self.tr("Kind of a new institution"))
        self.note = QLabel(self.tr("New institution, of the kind:"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.names, 3)
        row.addWidget(self.note)
        row.addWidget(self.kind, 1)
        self.names.currentTextChanged.connect(self._show_kind)
        self._show_kind()

    def text(self) -> str:
        text = self.names.currentText().strip()
        return "" if text == NOBODY else text

    def chosen_id(self) -> str | None:
        """The id of the institution named, ``None`` for a new one or none."""
        index = self.names.findText(self.names.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.names.itemData(index) if index >= 0 else None

    def select(self, institution_id: str | None) -> None:
        self.names.setCurrentIndex(max(0, self.names.findData(institution_id)))

    def new_kind(self) -> InstitutionKind:
        return InstitutionKind(self.kind.currentData())

    def _show_kind(self) -> None:
        new = bool(self.text()) and self.chosen_id() is None
        self.note.setVisible(new)
        self.kind.setVisible(new)


def _contains_completer(combo: QComboBox) -> None:
    """Typing any part of a name finds it, as in the participants' directory."""
    completer = combo.completer()
    assert completer is not None
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


class InstitutionDialog(QDialog):
    """Choose (or name) one institution: a lead institution, the monitoring body."""

    def __init__(
        self,
        title: str,
        prompt: str,
        choices: list[Choice],
        kind: InstitutionKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.chooser = InstitutionChooser(choices, kind)
        self.chooser.names.setCurrentIndex(-1)
        caption = QLabel(prompt)
        caption.setBuddy(self.chooser.names)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.chooser)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())


@dataclass(frozen=True)
class SeatFields:
    """What the seat dialog says a seat is; the institution by id, or by a new name."""

    committee: Committee
    seat: Seat
    participant_id: str | None
    label: str
    institution_id: str | None
    institution_name: str
    institution_kind: InstitutionKind


class SeatDialog(QDialog):
    """A committee seat: which committee, which kind of seat, who holds it, for whom."""

    def __init__(
        self,
        people: list[Choice],
        institutions: list[Choice],
        seating: plan.Seating | None = None,
        committee: Committee = Committee.STEERING,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Committee seat"))
        self.committee = QComboBox()
        for committee_kind, text in COMMITTEE_LABELS.items():
            self.committee.addItem(tr(text), committee_kind.value)
        self.seat = QComboBox()
        for seat, text in SEAT_LABELS.items():
            self.seat.addItem(tr(text), seat.value)
        self.holder = QComboBox()
        self.holder.setEditable(True)
        self.holder.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.holder.addItem(NOBODY, None)
        for person in people:
            self.holder.addItem(person.text, person.id)
        _contains_completer(self.holder)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Member from the local council of East Kef"))
        self.institution = InstitutionChooser(institutions, InstitutionKind.ASSOCIATION, empty=True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        if seating is not None:
            committee = seating.committee
            self.seat.setCurrentIndex(self.seat.findData(seating.seat.value))
            self.holder.setCurrentIndex(max(0, self.holder.findData(seating.participant_id)))
            self.label.setText(seating.label or "")
            self.institution.select(seating.institution_id)
        self.committee.setCurrentIndex(self.committee.findData(committee.value))
        form = QFormLayout()
        for text, widget in (
            (self.tr("Co&mmittee:"), self.committee),
            (self.tr("&Seat:"), self.seat),
            (self.tr("&Held by:"), self.holder),
            (self.tr("&Label:"), self.label),
            (self.tr("&Institution:"), self.institution.names),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, self.institution if widget is self.institution.names else widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def holder_id(self) -> str | None:
        index = self.holder.findText(self.holder.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.holder.itemData(index) if index >= 0 else None

    def accept(self) -> None:
        typed = self.holder.currentText().strip()
        if typed and typed != NOBODY and self.holder_id() is None:
            # A name not in the directory: the seat's label is the place for it.
            self.problem.setText(
                self.tr(
                    "“%1” is not in the participants' directory: choose a person from the list, "
                    "or write the name as the seat's label."
                ).replace("%1", typed)
            )
            self.problem.show()
            self.holder.setFocus()
            return
        super().accept()

    def fields(self) -> SeatFields:
        return SeatFields(
            committee=Committee(self.committee.currentData()),
            seat=Seat(self.seat.currentData()),
            participant_id=self.holder_id(),
            label=self.label.text(),
            institution_id=self.institution.chosen_id(),
            institution_name=self.institution.text(),
            institution_kind=self.institution.new_kind(),
        )


class CommitteeBox(QGroupBox):
    """The seats of one committee, with the buttons that change them."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ActionPlanView", "Seat"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Held by"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Institution"),
    )

    def __init__(self, committee: Committee, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.committee = committee
        self.seatings: list[plan.Seating] = []
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setAccessibleName(tr(COMMITTEE_LABELS[committee]))
        self.table.setHorizontalHeaderLabels([tr(h) for h in self.HEADERS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("Add a seat…"))
        self.edit_button = QPushButton(self.tr("Change the seat…"))
        self.remove_button = QPushButton(self.tr("Remove the seat"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_seats(self, seatings: list[plan.Seating]) -> None:
        self.seatings = seatings
        counts = {seat: sum(1 for s in seatings if s.seat is seat) for seat in Seat}
        parts = tr(LIST_SEPARATOR).join(
            tr(SEAT_COUNT).replace("%1", tr(SEAT_LABELS[seat])).replace("%2", str(count))
            for seat, count in counts.items()
            if count
        )
        title = tr(COMMITTEE_LABELS[self.committee])
        self.setTitle(f"{title} — {parts}" if parts else title)
        self.table.setRowCount(len(seatings))
        for row, seating in enumerate(seatings):
            holder = QTableWidgetItem(isolated(seating.holder))
            if seating.participant_id is None:
                # A seat known by its label only: no one named yet.
                holder.setForeground(self.palette().placeholderText())
                holder.setToolTip(self.tr("No one is named for this seat yet: its label is shown."))
            cells = (
                QTableWidgetItem(tr(SEAT_LABELS[seating.seat])),
                holder,
                QTableWidgetItem(
                    isolated(in_interface(seating.institutions)) if seating.institutions else ""
                ),
            )
            for column, item in enumerate(cells):
                if not item.toolTip():
                    item.setToolTip(item.text())
                self.table.setItem(row, column, item)

    def selected(self) -> plan.Seating | None:
        row = self.table.currentRow()
        return self.seatings[row] if 0 <= row < len(self.seatings) else None


class GovernancePanel(PlanPanel):
    """The plan's period, lead institutions, committees and monitoring body, editable."""

    watched = ("processes", "participants")

    def __init__(self, ops: Operations, process_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, process_id, parent)
        self.data: plan.Governance | None = None
        self.lead_ids: list[str] = []
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in ((self.start, self.tr("Start")), (self.end, self.tr("End"))):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(NOBODY)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.editingFinished.connect(self._period_edited)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)

        self.leads = QListWidget()
        self.leads.setAccessibleName(self.tr("Lead institutions"))
        self.leads.setFlow(QListWidget.Flow.LeftToRight)
        self.leads.setWrapping(True)
        self.leads.setSpacing(4)
        self.leads.setFixedHeight(self.fontMetrics().height() * 2 + 24)
        self.add_lead_button = QPushButton(self.tr("Add…"))
        self.remove_lead_button = QPushButton(self.tr("Remove"))
        leads = QHBoxLayout()
        leads.addWidget(self.leads, 1)
        leads.addWidget(self.add_lead_button)
        leads.addWidget(self.remove_lead_button)

        self.monitoring = QLabel()
        self.monitoring.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.monitoring_button = QPushButton(self.tr("Change…"))
        monitoring = QHBoxLayout()
        monitoring.addWidget(self.monitoring, 1)
        monitoring.addWidget(self.monitoring_button)

        form = QFormLayout()
        for text, buddy, row in (
            (self.tr("&Period:"), self.start, period),
            (self.tr("&Lead institutions:"), self.leads, leads),
            (self.tr("Independent &monitoring body:"), self.monitoring_button, monitoring),
        ):
            caption = QLabel(text)
            caption.setBuddy(buddy)
            form.addRow(caption, row)

        self.steering = CommitteeBox(Committee.STEERING)
        self.advisory = CommitteeBox(Committee.ADVISORY)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.steering, 3)
        layout.addWidget(self.advisory, 2)

        for button in (self.add_lead_button, self.remove_lead_button, self.monitoring_button):
            button.setAutoDefault(False)
        self.add_lead_button.clicked.connect(self._ask_lead)
        self.remove_lead_button.clicked.connect(self._remove_selected_lead)
        self.monitoring_button.clicked.connect(self._ask_monitoring_body)
        for box in (self.steering, self.advisory):
            box.add_button.clicked.connect(lambda _=False, b=box: self._ask_seat(b, new=True))
            box.edit_button.clicked.connect(lambda _=False, b=box: self._ask_seat(b, new=False))
            box.table.itemActivated.connect(lambda _item, b=box: self._ask_seat(b, new=False))
            box.remove_button.clicked.connect(lambda _=False, b=box: self._remove_selected(b))
        self.reload()

    def reload(self) -> None:
        with self.ops.store.session() as session:
            data = plan.governance(session, self.process(session))
            leads = [(i.id, in_interface(Texts.of(i, "name"))) for i in data.lead_institutions]
            body = data.monitoring_body
            body_text = in_interface(Texts.of(body, "name")) if body else ""
        self.data = data
        for edit, value in ((self.start, data.start_date), (self.end, data.end_date)):
            edit.blockSignals(True)
            edit.setDate(_qdate(value) if value else NO_DATE)
            edit.blockSignals(False)
        self.lead_ids = [key for key, _name in leads]
        self.leads.clear()
        for _key, name in leads:
            self.leads.addItem(isolated(name))
        self.monitoring.setText(isolated(body_text) or self.tr("Not chosen yet"))
        self.steering.show_seats(data.steering)
        self.advisory.show_seats(data.advisory)

    # -- steps, one undoable step each -------------------------------------------------------

    def set_period(self, start: dt.date | None, end: dt.date | None) -> bool:
        return self.edit(
            self.tr("Change the plan's period"),
            lambda session: plan.set_period(session, self.process(session), start, end),
        )

    def add_lead(self, name: str, kind: InstitutionKind = InstitutionKind.ASSOCIATION) -> bool:
        def step(session: Session) -> EditGroup:
            institution, made = plan.find_or_add_institution(session, name, kind)
            added = plan.add_lead_institution(session, self.process(session), institution)
            return EditGroup(_edits(made, added), plan.GOVERNANCE)

        return self.edit(self.tr("Add a lead institution"), step)

    def remove_lead(self, institution_id: str) -> bool:
        def step(session: Session) -> plan.LeadsEdit:
            institution = session.get(Institution, institution_id)
            assert institution is not None
            return plan.remove_lead_institution(session, self.process(session), institution)

        return self.edit(self.tr("Remove a lead institution"), step)

    def set_monitoring_body(
        self, name: str, kind: InstitutionKind = InstitutionKind.MONITORING_BODY
    ) -> bool:
        def step(session: Session) -> EditGroup:
            institution, made = plan.find_or_add_institution(session, name, kind)
            chosen = plan.set_monitoring_body(session, self.process(session), institution)
            return EditGroup(_edits(made, chosen), plan.GOVERNANCE)

        return self.edit(self.tr("Choose the monitoring body"), step)

    def add_seat(self, fields: SeatFields) -> bool:
        def step(session: Session) -> EditGroup:
            edits: list[Undoable] = []
            institution = _institution(session, fields, edits)
            member = plan.add_committee_member(
                session,
                self.process(session),
                fields.committee,
                fields.seat,
                participant=_participant(session, fields.participant_id),
                institution=institution,
                label=fields.label,
            )
            edits.append(created(member, plan.GOVERNANCE))
            return EditGroup(tuple(edits), plan.GOVERNANCE)

        return self.edit(self.tr("Add a committee seat"), step)

    def update_seat(self, member_id: str, fields: SeatFields) -> bool:
        def step(session: Session) -> EditGroup:
            edits: list[Undoable] = []
            institution = _institution(session, fields, edits)
            member = session.get(CommitteeMember, member_id)
            assert member is not None
            edits.append(
                plan.update_committee_member(
                    session,
                    member,
                    committee=fields.committee,
                    seat=fields.seat,
                    participant=_participant(session, fields.participant_id),
                    institution=institution,
                    label=fields.label,
                )
            )
            return EditGroup(tuple(edits), plan.GOVERNANCE)

        return self.edit(self.tr("Change a committee seat"), step)

    def remove_seat(self, member_id: str) -> bool:
        def step(session: Session) -> FieldEdit:
            member = session.get(CommitteeMember, member_id)
            assert member is not None
            return plan.remove_committee_member(session, member)

        return self.edit(self.tr("Remove a committee seat"), step)

    # -- asking ----------------------------------------------------------------------------

    def _period_edited(self) -> None:
        def value(edit: QDateEdit) -> dt.date | None:
            return None if edit.date() == NO_DATE else _date(edit.date())

        start, end = value(self.start), value(self.end)
        if self.data is None or (start, end) == (self.data.start_date, self.data.end_date):
            return
        if not self.set_period(start, end):
            # Refused (the end before the start): the fields show what is stored again.
            self.reload()

    def _choices(self) -> tuple[list[Choice], list[Choice]]:
        with self.ops.store.session() as session:
            people = [
                Choice(p.id, f"{p.full_name} — {p.organisation}" if p.organisation else p.full_name)
                for p in plan.all_participants(session)
            ]
            return people, _institution_choices(session)

    def _ask_lead(self) -> None:
        _people, institutions = self._choices()
        dialog = InstitutionDialog(
            self.tr("Lead institution"),
            self.tr("&Institution leading the plan with the others:"),
            [c for c in institutions if c.id not in self.lead_ids],
            InstitutionKind.ASSOCIATION,
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chooser.text():
            self.add_lead(dialog.chooser.text(), dialog.chooser.new_kind())

    def _remove_selected_lead(self) -> None:
        row = self.leads.currentRow()
        if 0 <= row < len(self.lead_ids):
            self.remove_lead(self.lead_ids[row])

    def _ask_monitoring_body(self) -> None:
        _people, institutions = self._choices()
        dialog = InstitutionDialog(
            self.tr("Independent monitoring body"),
            self.tr("&Body that monitors the plan independently:"),
            institutions,
            InstitutionKind.MONITORING_BODY,
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chooser.text():
            self.set_monitoring_body(dialog.chooser.text(), dialog.chooser.new_kind())

    def _ask_seat(self, box: CommitteeBox, *, new: bool) -> None:
        seating = None if new else box.selected()
        if not new and seating is None:
            return
        people, institutions = self._choices()
        dialog = SeatDialog(people, institutions, seating, box.committee, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if seating is None:
            self.add_seat(dialog.fields())
        else:
            self.update_seat(seating.id, dialog.fields())

    def _remove_selected(self, box: CommitteeBox) -> None:
        seating = box.selected()
        if seating is not None:
            self.remove_seat(seating.id)


def _edits(*edits: Undoable | None) -> tuple[Undoable, ...]:
    return tuple(edit for edit in edits if edit is not None)


def _participant(session: Session, participant_id: str | None) -> Participant | None:
    return session.get(Participant, participant_id) if participant_id else None


def _institution(session: Session, fields: SeatFields, edits: list[Undoable]) -> Institution | None:
    """The seat's institution: the one chosen, a new one named, or none."""
    if fields.institution_id:
        return session.get(Institution, fields.institution_id)
    if not fields.institution_name.strip():
        return None
    institution, made = plan.find_or_add_institution(
        session, fields.institution_name, fields.institution_kind
    )
    if made is not None:
        edits.append(made)
    return institution


# -- co-creation ------------------------------------------------------------------------


def percent(value: int) -> str:
    """As the documents write it: French sets a no-break space before the sign."""
    return f"{value}\u00a0%" if interface_language() == "fr" else f"{value}%"


PEOPLE = QT_TRANSLATE_NOOP("ActionPlanView", "People")
SHARE = QT_TRANSLATE_NOOP("ActionPlanView", "Share")
NOT_RECORDED = QT_TRANSLATE_NOOP("ActionPlanView", "Not recorded")
REPORT_FORMATS = (".pdf", ".docx", ".xlsx")
COCREATION = next(choice for choice in KINDS if choice.kind == "cocreation")


class Figure(QLabel):
    """One of the template's figures: a large number above what it counts."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.value = 0
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(120)
        self.setContentsMargins(8, 6, 8, 6)

    def show_value(self, value: int) -> None:
        self.value = value
        self.setText(
            f'<div style="font-size:22pt; font-weight:600">{value}</div><div>{self.caption}</div>'
        )
        self.setAccessibleName(f"{self.caption}: {value}")


class CountsTable(QTableWidget):
    """A breakdown of the participants: label, people, share."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setAccessibleName(title)
        self.setHorizontalHeaderLabels([title, tr(PEOPLE), tr(SHARE)])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()

    def show_counts(self, rows: list[tuple[str, int]], total: int) -> None:
        self.setRowCount(len(rows))
        for row, (label, count) in enumerate(rows):
            share = percent(round(100 * count / total)) if total else ""
            for column, text in enumerate((label, str(count), share)):
                item = QTableWidgetItem(isolated(text))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)


class CoCreationPanel(PlanPanel):
    """The co-creation record: the template's figures, counted from attendance, and the
    public meetings they come from; the report for the OGP submission is exported from here."""

    watched = ("meetings", "attendance", "participants", "processes")
    MEETING_HEADERS = (
        QT_TRANSLATE_NOOP("ActionPlanView", "Date"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Meeting"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Kind"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Place"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Participants"),
    )

    exported = Signal(object)  # the Path written

    def __init__(
        self,
        ops: Operations,
        process_id: str,
        parent: QWidget | None = None,
        *,
        opener: Callable[[Path], None] = open_with_desktop,
    ) -> None:
        super().__init__(ops, process_id, parent)
        self.opener = opener
        self.data: CoCreation | None = None
        self.meetings_figure = Figure(self.tr("public-facing meetings held"))
        self.groups_figure = Figure(self.tr("stakeholder groups took part"))
        self.people_figure = Figure(self.tr("participants"))
        self.attendances_figure = Figure(self.tr("attendances"))
        self.organisations_figure = Figure(self.tr("organisations"))
        figures_row = QHBoxLayout()
        for figure in (
            self.meetings_figure,
            self.groups_figure,
            self.people_figure,
            self.attendances_figure,
            self.organisations_figure,
        ):
            figures_row.addWidget(figure)

        self.by_group = CountsTable(self.tr("Stakeholder group"))
        self.by_gender = CountsTable(self.tr("Gender"))
        self.by_age = CountsTable(self.tr("Age band"))
        self.disability = QLabel()
        gender_and_age = QVBoxLayout()
        gender_and_age.addWidget(self.by_gender)
        gender_and_age.addWidget(self.by_age)
        gender_and_age.addWidget(self.disability)
        breakdowns = QHBoxLayout()
        breakdowns.addWidget(self.by_group, 1)
        breakdowns.addLayout(gender_and_age, 1)

        self.meetings = QTableWidget(0, len(self.MEETING_HEADERS))
        self.meetings.setAccessibleName(self.tr("Public meetings of the co-creation"))
        self.meetings.setHorizontalHeaderLabels([tr(h) for h in self.MEETING_HEADERS])
        header = self.meetings.horizontalHeader()
        for column in (0, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.meetings.setWordWrap(False)
        self.meetings.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.meetings.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.meetings.verticalHeader().hide()
        meetings_label = QLabel(self.tr("Public &meetings"))
        meetings_label.setBuddy(self.meetings)

        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.format = QComboBox()
        for suffix in REPORT_FORMATS:
            self.format.addItem(export_tr(FORMAT_LABELS[suffix]), suffix)
        self.format.setAccessibleName(self.tr("Format of the report"))
        self.export_button = QPushButton(self.tr("&Export the co-creation report…"))
        self.export_button.setAutoDefault(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.language)
        export_row.addWidget(self.format)
        export_row.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(figures_row)
        layout.addLayout(breakdowns, 3)
        layout.addWidget(meetings_label)
        layout.addWidget(self.meetings, 2)
        layout.addLayout(export_row)
        self.export_button.clicked.connect(self._ask_export)
        self.reload()

    def reload(self) -> None:
        with self.ops.store.session() as session:
            data = cocreation.figures(session, self.process(session))
        self.data = data
        self.meetings_figure.show_value(data.meetings_held)
        self.groups_figure.show_value(data.groups)
        self.people_figure.show_value(data.participants)
        self.attendances_figure.show_value(data.attendances)
        self.organisations_figure.show_value(data.organisations)
        total = data.participants

        def named(labels: Mapping[Any, str], value: object) -> str:
            return attendance_label(labels, value) if value is not None else tr(NOT_RECORDED)

        self.by_group.show_counts(
            [(named(GROUP_LABELS, k), n) for k, n in data.by_group.items()], total
        )
        self.by_gender.show_counts(
            [(named(GENDER_LABELS, k), n) for k, n in data.by_gender.items()], total
        )
        self.by_age.show_counts(
            [(k or tr(NOT_RECORDED), n) for k, n in data.by_age_band.items()], total
        )
        self.disability.setText(
            self.tr("People with a disability: %1").replace("%1", str(data.with_disability))
        )
        self.meetings.setRowCount(len(data.meetings))
        for row, meeting in enumerate(data.meetings):
            title = in_interface(meeting.titles)
            came = str(meeting.participants)
            if meeting.remote:
                came += " " + self.tr("(%1 remotely)").replace("%1", str(meeting.remote))
            cells = (
                meeting.date.isoformat(),
                title,
                kind_label(meeting.kind),
                ", ".join(part for part in (meeting.place, meeting.city) if part),
                came,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(isolated(text))
                item.setToolTip(text)
                self.meetings.setItem(row, column, item)

    # -- the report ------------------------------------------------------------------------

    def default_name(self, lang: str, suffix: str) -> str:
        with self.ops.store.session() as session:
            title = self.process(session).title
        prefix = COCREATION.prefix_en if lang == "en" else COCREATION.prefix_fr
        return "-".join(part for part in (prefix, file_part(title), lang) if part) + suffix

    def export_report(self, output: Path, lang: str) -> None:
        """Write the co-creation report to ``output`` in the background, then open it."""
        request = ExportRequest(
            kind=COCREATION.kind, meeting=None, process=self.process_id, lang=lang, output=output
        )
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", output.name))
        self.ops.failed.connect(self._export_failed)
        self.ops.run_in_background(
            lambda session: export(session, request),
            self._exported,
            label=self.tr("Writing %1…").replace("%1", output.name),
        )

    def _ask_export(self) -> None:
        lang, suffix = self.language.currentData(), self.format.currentData()
        folder = settings.EXPORT_FOLDER.get() or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the co-creation report"),
            str(Path(folder) / self.default_name(lang, suffix)),
            f"{export_tr(FORMAT_LABELS[suffix])} (*{suffix})",
        )
        if chosen:
            path = Path(chosen)
            self.export_report(path if path.suffix else path.with_suffix(suffix), lang)

    def _exported(self, written: Path) -> None:
        self._export_done()
        settings.EXPORT_FOLDER.set(str(written.parent))
        self.status.setText(self.tr("Exported to %1").replace("%1", str(written)))
        self.exported.emit(written)
        self.opener(written)

    def _export_failed(self, _error: object) -> None:
        self._export_done()
        self.status.clear()

    def _export_done(self) -> None:
        self.ops.failed.disconnect(self._export_failed)
        self.export_button.setEnabled(True)


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
