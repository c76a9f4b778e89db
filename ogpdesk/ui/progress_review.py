"""The quarterly review screen: the progress matrix of a quarter, edited during the meeting.

One row per commitment and per milestone. The project manager opens the quarter's review —
its rows come prefilled from the previous quarter — and changes only what moved: status
(combo), percent (spin box), challenges, next steps, evidence. Each change is one undoable
step. A decision taken on a row goes into the meeting's minutes with the action it requires,
linked to the row. The matrix is exported from here in the background.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ogpdesk.core import progress
from ogpdesk.core.capture import set_deleted
from ogpdesk.core.changes import Changes
from ogpdesk.core.errors import OgpdeskError
from ogpdesk.core.languages import Texts
from ogpdesk.core.meetings import ensure_editable
from ogpdesk.core.models import Meeting, MeetingStatus, ProgressReview, ProgressStatus
from ogpdesk.core.progress import MatrixRow, Quarter
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui.errors import interface_language, message
from ogpdesk.ui.operations import Operations, Redraw
from ogpdesk.ui.rows_model import RowsModel
from ogpdesk.ui.versions import (
    MISSING_BACKGROUND,
    VersionsDialog,
    in_interface,
    lacking,
    lacking_tip,
)

CONTEXT = "ProgressReview"

STATUS_LABELS = {
    ProgressStatus.NOT_STARTED: QT_TRANSLATE_NOOP("ProgressReview", "Not started"),
    ProgressStatus.LIMITED: QT_TRANSLATE_NOOP("ProgressReview", "Limited"),
    ProgressStatus.SUBSTANTIAL: QT_TRANSLATE_NOOP("ProgressReview", "Substantial"),
    ProgressStatus.COMPLETED: QT_TRANSLATE_NOOP("ProgressReview", "Completed"),
    ProgressStatus.WITHDRAWN: QT_TRANSLATE_NOOP("ProgressReview", "Withdrawn"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("ProgressReview", "No."),
    QT_TRANSLATE_NOOP("ProgressReview", "Commitment / milestone"),
    QT_TRANSLATE_NOOP("ProgressReview", "Status"),
    QT_TRANSLATE_NOOP("ProgressReview", "%"),
    QT_TRANSLATE_NOOP("ProgressReview", "Change"),
    QT_TRANSLATE_NOOP("ProgressReview", "Challenges"),
    QT_TRANSLATE_NOOP("ProgressReview", "Next steps"),
    QT_TRANSLATE_NOOP("ProgressReview", "Evidence"),
    QT_TRANSLATE_NOOP("ProgressReview", "Actions decided"),
)
NUMBER, ITEM, STATUS, PERCENT, CHANGE, CHALLENGES, NEXT_STEPS, EVIDENCE, ACTIONS = range(9)
FIELDS = {
    STATUS: "status",
    PERCENT: "percent",
    CHALLENGES: "challenges",
    NEXT_STEPS: "next_steps",
    EVIDENCE: "evidence",
}
# The texts of a row that carry versions, shown marked while one is lacking.
TEXTS: dict[int, Callable[[MatrixRow], Texts]] = {
    CHALLENGES: lambda row: row.challenges_texts,
    NEXT_STEPS: lambda row: row.next_steps_texts,
    EVIDENCE: lambda row: row.evidence_texts,
}
EDIT_STEP = QT_TRANSLATE_NOOP("ProgressReview", "Change %1 of commitment %2")
FIELD_NAMES = {
    "status": QT_TRANSLATE_NOOP("ProgressReview", "status"),
    "percent": QT_TRANSLATE_NOOP("ProgressReview", "percent complete"),
    "challenges": QT_TRANSLATE_NOOP("ProgressReview", "challenges"),
    "next_steps": QT_TRANSLATE_NOOP("ProgressReview", "next steps"),
    "evidence": QT_TRANSLATE_NOOP("ProgressReview", "evidence"),
}
FIRST_REVIEW = QT_TRANSLATE_NOOP("ProgressReview", "first review")
# In words where a sign would travel: "+30" opening right-to-left text is shown as "30+".
GAINED = QT_TRANSLATE_NOOP("ProgressReview", "+%1 pts (was %2 %)")
LOST = QT_TRANSLATE_NOOP("ProgressReview", "−%1 pts (was %2 %)")
SAME = QT_TRANSLATE_NOOP("ProgressReview", "no change (%2 %)")
WAS = QT_TRANSLATE_NOOP("ProgressReview", "was: %1")
PERCENT_NAME = QT_TRANSLATE_NOOP("ProgressReview", "Percent complete")
DOCUMENT_LANGUAGES = (
    ("ar", QT_TRANSLATE_NOOP("ProgressReview", "Arabic")),
    ("fr", QT_TRANSLATE_NOOP("ProgressReview", "French")),
    ("en", QT_TRANSLATE_NOOP("ProgressReview", "English")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: ProgressStatus | None) -> str:
    return tr(STATUS_LABELS[status]) if status is not None else ""


def change_text(row: MatrixRow) -> str:
    """Points gained and the status before, in the interface's language."""
    if row.percent_change is None:
        return tr(FIRST_REVIEW) if row.reviewed else ""
    change = row.percent_change
    template = GAINED if change > 0 else (LOST if change < 0 else SAME)
    text = tr(template).replace("%1", str(abs(change))).replace("%2", str(row.previous_percent))
    if row.status_changed:
        text += "\n" + tr(WAS).replace("%1", status_label(row.previous_status))
    return text


class ReviewEditStep:
    """One edit of a row, undone by writing the previous values back through the service,
    so an approved meeting refuses the undo as it refuses the edit."""

    def __init__(self, review_id: str, values: dict[str, Any]) -> None:
        self.review_id = review_id
        self.values = values
        self.before: dict[str, Any] | None = None

    def _review(self, session: Session) -> ProgressReview:
        review = session.get(ProgressReview, self.review_id)
        assert review is not None
        return review

    def redo(self, session: Session) -> Changes:
        edit = progress.update_review(session, self._review(session), **self.values)
        if self.before is None:
            self.before, self.values = dict(edit.before), dict(edit.after)
        return edit.changes()

    def undo(self, session: Session) -> Changes:
        assert self.before is not None
        return progress.update_review(session, self._review(session), **self.before).changes()


class OpenReviewStep:
    """Opening a quarter's review; undo removes the rows it created (soft delete)."""

    def __init__(self, meeting_id: str, quarter: Quarter) -> None:
        self.meeting_id = meeting_id
        self.quarter = quarter
        self.ids: list[str] | None = None

    def redo(self, session: Session) -> Changes:
        meeting = session.get(Meeting, self.meeting_id)
        assert meeting is not None
        if self.ids is None:
            opened = progress.open_review(session, meeting, self.quarter)
            self.ids = [row.id for row in opened.rows]
            return opened.changes()
        return self._set(session, meeting, deleted=False)

    def undo(self, session: Session) -> Changes:
        meeting = session.get(Meeting, self.meeting_id)
        assert meeting is not None
        return self._set(session, meeting, deleted=True)

    def _set(self, session: Session, meeting: Meeting, *, deleted: bool) -> Changes:
        ensure_editable(meeting)
        rows = [session.get(ProgressReview, key) for key in self.ids or []]
        set_deleted(session, [row for row in rows if row is not None], deleted)
        return Changes(progress=True)


class ReviewModel(RowsModel):
    def __init__(self, panel: ProgressReviewPanel) -> None:
        super().__init__(HEADERS, tr, panel)
        self.panel = panel
        self.rows: list[MatrixRow] = []
        self.labels: list[str] = []

    def set_rows(self, rows: list[MatrixRow]) -> None:
        if rows and [r.review_id for r in rows] == [r.review_id for r in self.rows]:
            # Same rows, new values (an edit, a decision): redraw in place, so the editor the
            # user just closed is not destroyed under the view's feet by a reset.
            self.rows = rows
            last = self.index(len(rows) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = rows
        self.labels = []
        counter: dict[str, int] = {}
        for row in rows:
            if row.milestone_id is None:
                self.labels.append(str(row.number))
            else:
                counter[row.commitment_id] = counter.get(row.commitment_id, 0) + 1
                self.labels.append(f"{row.number}.{counter[row.commitment_id]}")
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(index.row(), row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == STATUS:
                return row.status.value if row.status else None
            if column == PERCENT:
                return row.percent or 0
            if column in FIELDS:
                return getattr(row, FIELDS[column]) or ""
            return self._shown(index.row(), row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ITEM:
                return "\n".join(t for t in (row.title, row.title_ar, row.milestone) if t)
            if column in TEXTS and (lacks := lacking_tip([TEXTS[column](row)])):
                return f"{self._shown(index.row(), row, column)}\n\n{lacks}"
            if column in (CHALLENGES, NEXT_STEPS, EVIDENCE, ACTIONS, CHANGE):
                return self._shown(index.row(), row, column) or None
        if role == Qt.ItemDataRole.BackgroundRole and column in TEXTS:
            return QBrush(MISSING_BACKGROUND) if lacking([TEXTS[column](row)]) else None
        if role == Qt.ItemDataRole.FontRole and row.milestone_id is None:
            font = QFont(self.panel.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, PERCENT):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.review_id
        return None

    def _shown(self, index: int, row: MatrixRow, column: int) -> str:
        if column == NUMBER:
            return self.labels[index]
        if column == ITEM:
            if row.milestone_texts is not None:
                due = f" ({row.due_date.isoformat()})" if row.due_date else ""
                return f"    {in_interface(row.milestone_texts)}{due}"
            return in_interface(row.titles)
        if column == STATUS:
            return status_label(row.status)
        if column == PERCENT:
            return f"{row.percent} %" if row.percent is not None else ""
        if column == CHANGE:
            return change_text(row)
        if column == ACTIONS:
            return "\n".join(row.actions)
        return getattr(row, FIELDS[column]) or ""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in FIELDS and self.panel.editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: object, role: int = 0
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = index.column()
        if column not in FIELDS:
            return False
        row = self.rows[index.row()]
        if value == self.data(index, Qt.ItemDataRole.EditRole) or row.review_id is None:
            return False
        return self.panel.update_review(row, FIELDS[column], value)


class ReviewDelegate(QStyledItemDelegate):
    """A combo box for the status, a spin box for the percentage, a line for texts."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        if index.column() == STATUS:
            combo = QComboBox(parent)
            for status, label in STATUS_LABELS.items():
                combo.addItem(tr(label), status.value)
            combo.setAccessibleName(tr(HEADERS[STATUS]))
            return combo
        if index.column() == PERCENT:
            spin = QSpinBox(parent)
            spin.setRange(0, 100)
            spin.setSingleStep(5)
            spin.setSuffix(" %")
            spin.setAccessibleName(tr(PERCENT_NAME))
            return spin
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(tr(HEADERS[index.column()]))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class DecisionDialog(QDialog):
    """A decision on a row and the action it requires (task, owner, due date)."""

    def __init__(self, item: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decision on: %1").replace("%1", item))
        self.decision = QPlainTextEdit()
        self.decision.setTabChangesFocus(True)
        self.decision.setAccessibleName(self.tr("Decision"))
        self.task = QLineEdit()
        self.task.setAccessibleName(self.tr("Action required"))
        self.task.setPlaceholderText(self.tr("the decision itself, if left empty"))
        self.owner = QLineEdit()
        self.owner.setAccessibleName(self.tr("Responsible"))
        self.has_due = QCheckBox(self.tr("&Due by"))
        self.due = QDateEdit(QDate.currentDate().addMonths(3))
        self.due.setCalendarPopup(True)
        self.due.setEnabled(False)
        self.due.setAccessibleName(self.tr("Due date"))
        self.has_due.toggled.connect(self.due.setEnabled)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Decision:"), self.decision),
            (self.tr("&Action required:"), self.task),
            (self.tr("&Responsible:"), self.owner),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        form.addRow(self.has_due, self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def due_date(self) -> dt.date | None:
        if not self.has_due.isChecked():
            return None
        value = self.due.date()
        return dt.date(value.year(), value.month(), value.day())


class ProgressReviewPanel(QWidget):
    """The progress matrix of one quarter at one quarterly meeting."""

    def __init__(self, ops: Operations, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.editable = False
        self.has_plan = False
        self.process_id: str | None = None

        self.quarter = QLineEdit()
        self.quarter.setMaxLength(8)
        self.quarter.setValidator(
            QRegularExpressionValidator(r"\d{4}[Qq][1-4]|\d{0,4}[Qq]?", self.quarter)
        )
        self.quarter.setAccessibleName(self.tr("Quarter reviewed"))
        quarter_label = QLabel(self.tr("&Quarter:"))
        quarter_label.setBuddy(self.quarter)
        self.open_button = QPushButton(self.tr("&Open the review"))
        self.open_button.setToolTip(
            self.tr("One row per commitment and milestone, prefilled from the previous quarter")
        )
        self.note = QLabel()
        self.note.setWordWrap(True)

        self.model = ReviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ReviewDelegate(self.table))
        self.table.setAccessibleName(self.tr("Progress matrix"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (NUMBER, 44),
            (ITEM, 300),
            (STATUS, 110),
            (PERCENT, 60),
            (CHANGE, 170),
            (CHALLENGES, 200),
            (NEXT_STEPS, 200),
            (EVIDENCE, 160),
        ):
            self.table.setColumnWidth(column, width)

        self.decision_button = QPushButton(self.tr("&Decision on this row…"))
        self.versions_button = QPushButton(self.tr("&Translations…"))
        self.versions_button.setToolTip(
            self.tr(
                "The challenges, next steps and evidence of this row in Arabic, French and English"
            )
        )
        self.language = QComboBox()
        for code, name in DOCUMENT_LANGUAGES:
            self.language.addItem(tr(name), code)
        self.language.setAccessibleName(self.tr("Language of the exported matrix"))
        self.export_button = QPushButton(self.tr("&Export the matrix…"))

        top = QHBoxLayout()
        top.addWidget(quarter_label)
        top.addWidget(self.quarter)
        top.addWidget(self.open_button)
        top.addWidget(self.note, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.decision_button)
        bottom.addWidget(self.versions_button)
        bottom.addStretch(1)
        bottom.addWidget(self.language)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.quarter, self.open_button)
        self.setTabOrder(self.open_button, self.table)
        self.setTabOrder(self.table, self.decision_button)
        self.setTabOrder(self.decision_button, self.versions_button)

        self.quarter.editingFinished.connect(self.reload)
        self.open_button.clicked.connect(self.open_review)
        self.decision_button.clicked.connect(self._ask_decision)
        self.versions_button.clicked.connect(self._ask_versions)
        self.export_button.clicked.connect(self._ask_export)
        # Mounted as a tab of the meeting: behind another tab, it redraws when shown.
        self.redraw = Redraw(
            ops, self, ("progress", "actions", "commitments", "meetings"), self.reload
        )
        self._start()

    def showEvent(self, event: QShowEvent) -> None:
        self.redraw.shown()
        super().showEvent(event)

    # -- reading -------------------------------------------------------------------------

    def _start(self) -> None:
        with self.ops.store.session() as session:
            meeting = session.get(Meeting, self.meeting_id)
            if meeting is None:
                return
            try:
                process = progress.process_of(meeting)
            except OgpdeskError as exc:
                self.note.setText(message(exc))
                self._enable(False)
                return
            self.has_plan = True
            self.process_id = process.id
            # Prefer a quarter already reviewed at this meeting, else the one just ended.
            done = progress.quarters_reviewed_at(session, meeting)
            quarter = done[-1] if done else Quarter.reviewed_at(meeting.date)
        self.quarter.setText(str(quarter))
        self.reload()

    def current_quarter(self) -> Quarter | None:
        try:
            return Quarter.parse(self.quarter.text())
        except OgpdeskError:
            return None

    def reload(self) -> None:
        quarter = self.current_quarter()
        if not self.has_plan or quarter is None:
            self.model.set_rows([])
            return
        current = self.table.currentIndex()
        with self.ops.store.session() as session:
            meeting = session.get(Meeting, self.meeting_id)
            if meeting is None or meeting.deleted:
                return
            process = progress.process_of(meeting)
            ours = {r.id for r in progress.quarter_rows(session, meeting, quarter)}
            table = progress.matrix(session, process, quarter, milestones=True)
            rows = [row for row in table.rows if row.review_id in ours]
            elsewhere = any(row.reviewed for row in table.rows) and not rows
            self.editable = meeting.status is not MeetingStatus.APPROVED
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        if current.isValid() and current.row() < len(rows):
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        if rows:
            previous = next((r.previous_quarter for r in rows if r.previous_quarter), None)
            self.note.setText(
                self.tr("Prefilled from %1; edit what changed.").replace("%1", str(previous))
                if previous
                else self.tr("First review of the plan.")
            )
        elif elsewhere:
            self.note.setText(self.tr("This quarter was reviewed at another meeting."))
        else:
            self.note.setText(self.tr("Not reviewed yet: open the review to start."))
        self._enable(True)

    def _enable(self, enabled: bool) -> None:
        rows = bool(self.model.rows)
        self.open_button.setEnabled(enabled and self.editable and not rows)
        self.decision_button.setEnabled(enabled and self.editable and rows)
        self.versions_button.setEnabled(enabled and self.editable and rows)
        self.export_button.setEnabled(enabled and rows)

    # -- changing ------------------------------------------------------------------------

    def open_review(self) -> bool:
        quarter = self.current_quarter()
        if quarter is None:
            return False
        step = OpenReviewStep(self.meeting_id, quarter)
        text = self.tr("Open the review of %1").replace("%1", str(quarter))
        return self.ops.perform(text, step.redo, step.undo, initiator=self) is not None

    def update_review(self, row: MatrixRow, field: str, value: object) -> bool:
        assert row.review_id is not None
        step = ReviewEditStep(row.review_id, {field: value})
        text = tr(EDIT_STEP).replace("%1", tr(FIELD_NAMES[field])).replace("%2", str(row.number))
        return self.ops.perform(text, step.redo, step.undo, initiator=self) is not None

    def update_versions(self, row: MatrixRow, values: dict[str, Any]) -> bool:
        """The texts of ``row`` with their versions, changed as one undoable step."""
        if row.review_id is None or not values:
            return False
        step = ReviewEditStep(row.review_id, values)
        text = self.tr("Translate the texts of commitment %1").replace("%1", str(row.number))
        return self.ops.perform(text, step.redo, step.undo, initiator=self) is not None

    def versions_dialog(self, row: MatrixRow) -> VersionsDialog:
        texts = [(FIELDS[column], tr(HEADERS[column]), read(row)) for column, read in TEXTS.items()]
        item = in_interface(row.milestone_texts or row.titles)
        title = self.tr("Versions of the texts of %1").replace("%1", item)
        return VersionsDialog(title, texts, interface_language(), self)

    def _ask_versions(self) -> None:
        row = self.selected_row()
        if row is None or row.review_id is None:
            return
        dialog = self.versions_dialog(row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.update_versions(row, dialog.values())

    def selected_row(self) -> MatrixRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def record_decision(
        self,
        row: MatrixRow,
        text: str,
        *,
        task: str | None = None,
        owner: str | None = None,
        due: dt.date | None = None,
    ) -> bool:
        review_id = row.review_id
        assert review_id is not None

        def step(session: Session) -> object:
            review = session.get(ProgressReview, review_id)
            assert review is not None
            return progress.add_row_decision(
                session, review, text, task=task, owner_name=owner, due_date=due
            )

        label = self.tr("Decision on commitment %1").replace("%1", str(row.number))
        return self.ops.capture(label, step, self.meeting_id, initiator=self) is not None

    def _ask_decision(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = DecisionDialog(in_interface(row.milestone_texts or row.titles), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record_decision(
                row,
                dialog.decision.toPlainText(),
                task=dialog.task.text(),
                owner=dialog.owner.text(),
                due=dialog.due_date(),
            )

    # -- exporting -----------------------------------------------------------------------

    def export(self, path: Path, lang: str, on_done: Callable[[Path], None]) -> None:
        """Write the matrix in the background (PDF, DOCX or XLSX from the suffix)."""
        from ogpdesk.documents.export import ExportRequest, export

        quarter = self.current_quarter()
        request = ExportRequest(
            kind="progress",
            meeting=None,
            process=self.process_id,
            lang=lang,
            output=path,
            quarter=str(quarter) if quarter else None,
        )
        self.ops.run_in_background(
            lambda session: export(session, request),
            on_done,
            label=self.tr("Exporting the progress matrix…"),
        )

    def _ask_export(self) -> None:
        quarter = self.current_quarter()
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the progress matrix"),
            f"progress-{quarter}.pdf",
            self.tr("PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)"),
        )
        if name:
            self.export(Path(name), self.language.currentData(), lambda _path: None)
