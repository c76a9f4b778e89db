"""Importing a list of participants (CSV or XLSX) into the directory and the meeting.

The dialog reads the file, guesses which column holds what (the user can change each one),
and previews every row with what will become of it: new, already in the directory, repeated
in the file, or rejected and why. Nothing is written until Import, which applies the whole
list in one transaction and one undo step. Big files are read, checked and written off the UI
thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
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

from ogpdesk.core import attendance, participants
from ogpdesk.core.attendance import ImportEdit
from ogpdesk.core.participants import ImportPlan, RowProblem, Table
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui.errors import interface_language
from ogpdesk.ui.operations import OpCommand, Operations
from ogpdesk.ui.replay import ReplayStep

CONTEXT = "ParticipantImport"
# Above these, reading the file and checking its rows run in the background.
BIG_FILE_BYTES = 256 * 1024
BIG_TABLE_ROWS = 1000
# A cell far too long (a reason to reject its row) must not push the others out of sight.
MAX_COLUMN_WIDTH = 320

FIELD_LABELS = {
    "full_name": QT_TRANSLATE_NOOP("ParticipantImport", "Full name"),
    "first_name": QT_TRANSLATE_NOOP("ParticipantImport", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ParticipantImport", "Last name"),
    "organisation": QT_TRANSLATE_NOOP("ParticipantImport", "Organisation"),
    "role": QT_TRANSLATE_NOOP("ParticipantImport", "Role"),
    "stakeholder_group": QT_TRANSLATE_NOOP("ParticipantImport", "Stakeholder group"),
    "gender": QT_TRANSLATE_NOOP("ParticipantImport", "Gender"),
    "disability": QT_TRANSLATE_NOOP("ParticipantImport", "Disability"),
    "age_band": QT_TRANSLATE_NOOP("ParticipantImport", "Age band"),
    "phone": QT_TRANSLATE_NOOP("ParticipantImport", "Phone"),
    "email": QT_TRANSLATE_NOOP("ParticipantImport", "E-mail"),
    "city": QT_TRANSLATE_NOOP("ParticipantImport", "City"),
}
NEW = QT_TRANSLATE_NOOP("ParticipantImport", "New")
KNOWN = QT_TRANSLATE_NOOP("ParticipantImport", "Already in the directory")
REPEATED = QT_TRANSLATE_NOOP("ParticipantImport", "Repeated: {reason}")
REJECTED = QT_TRANSLATE_NOOP("ParticipantImport", "Rejected: {reason}")
# Row colours of the preview, light enough for dark text in either theme's table.
COLOURS = {
    NEW: QColor(226, 242, 226),
    KNOWN: QColor(226, 236, 250),
    REPEATED: QColor(252, 243, 214),
    REJECTED: QColor(250, 222, 222),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def outcomes(plan: ImportPlan) -> dict[int, tuple[str, str]]:
    """Row number → (outcome, text shown in the preview)."""
    lang = interface_language()
    result: dict[int, tuple[str, str]] = {}
    for planned in plan.accepted:
        outcome = NEW if planned.existing_id is None else KNOWN
        result[planned.row] = (outcome, tr(outcome))
    for kind, problems in ((REPEATED, plan.duplicates), (REJECTED, plan.rejected)):
        # A row may be rejected for several reasons (two values too long): all are shown.
        reasons: dict[int, list[str]] = {}
        for problem in problems:
            reasons.setdefault(problem.row, []).append(problem.message(lang))
        for row, texts in reasons.items():
            result[row] = (kind, tr(kind).format(reason="; ".join(texts)))
    return result


class ParticipantImportDialog(QDialog):
    """Choose a file, map its columns, preview, then import it all or nothing."""

    # The ImportEdit of an applied import.
    imported = Signal(object)

    def __init__(self, ops: Operations, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        # Results of background work that a newer request has overtaken are dropped.
        self._generation = 0
        # True while a long list is being written in the background.
        self._busy = False
        self.setWindowTitle(self.tr("Import participants"))

        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("A CSV or XLSX file"))
        self.path.returnPressed.connect(lambda: self.load(Path(self.path.text())))
        path_label = QLabel(self.tr("&File:"))
        path_label.setBuddy(self.path)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        self.format = QLabel()
        self.format.setAccessibleName(self.tr("How the file was read"))

        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns"))
        mapping_grid = QGridLayout(mapping_box)
        for number, (name, text) in enumerate(FIELD_LABELS.items()):
            combo = QComboBox()
            combo.setAccessibleName(tr(text))
            combo.currentIndexChanged.connect(self._mapping_changed)
            combo_label = QLabel(tr(text) + ":")
            combo_label.setBuddy(combo)
            mapping_grid.addWidget(combo_label, number // 3, (number % 3) * 2)
            mapping_grid.addWidget(combo, number // 3, (number % 3) * 2 + 1)
            self.combos[name] = combo

        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("Preview of the rows"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().setVisible(False)
        preview_label = QLabel(self.tr("&Preview:"))
        preview_label.setBuddy(self.preview)

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Rows left out and why"))
        self.report.setMaximumHeight(120)
        report_label = QLabel(self.tr("&Rows left out and why:"))
        report_label.setBuddy(self.report)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # No button is the dialog's default: Enter in the file field loads the file, and must
        # not also import it, browse or cancel in the same keystroke.
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        for button in (*self.buttons.buttons(), self.browse_button):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(path_label)
        top.addWidget(self.path, 1)
        top.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(mapping_box)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(report_label)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)
        self.resize(900, 700)

    # -- reading -------------------------------------------------------------------------

    def browse(self) -> QFileDialog:
        """Choose the file; the file dialog's choice loads it.

        The dialog is opened, not run (``open``, not ``getOpenFileName``): nothing waits in a
        nested event loop for it, so a Browse pressed by a stray key — Space on the focused
        button, Alt+B — leaves a window to close, not a program (or a test run) stuck.
        """
        chooser = QFileDialog(
            self,
            self.tr("Import participants"),
            self.path.text(),
            self.tr("Participant lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda name: self.load(Path(name)))
        self.chooser = chooser
        chooser.open()
        return chooser

    def load(self, path: Path) -> None:
        """Read ``path``; in the background when it is big."""
        self.path.setText(str(path))
        self._clear()
        big = path.is_file() and path.stat().st_size > BIG_FILE_BYTES
        self._run(lambda _session: participants.read_table(path), self._table_read, big)

    def _run(
        self, fn: Callable[[Session], object], done: Callable[[object], None], background: bool
    ) -> None:
        self._generation += 1
        generation = self._generation

        def finish(result: object) -> None:
            if generation == self._generation:
                done(result)

        if background:
            self.ops.run_in_background(
                fn, finish, label=self.tr("Reading the participants…"), initiator=self
            )
            return
        try:
            with self.ops.store.session() as session:
                result = fn(session)
        except Exception as exc:
            self.ops.report(exc)
            return
        finish(result)

    def _clear(self) -> None:
        self.table = None
        self.plan = None
        self.format.clear()
        self.preview.clear()
        self.preview.setRowCount(0)
        self.summary.clear()
        self.report.clear()
        self.import_button.setEnabled(False)

    def _table_read(self, table: object) -> None:
        assert isinstance(table, Table)
        self.table = table
        self.format.setText(
            self.tr("Read as %1, %2 rows")
            .replace("%1", table.format)
            .replace("%2", str(len(table.rows)))
        )
        guessed = participants.guess_mapping(table.headers)
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), None)
            for column, header in enumerate(table.headers):
                combo.addItem(header or self.tr("Column %1").replace("%1", str(column + 1)), column)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(name))))
            combo.blockSignals(False)
        self._mapping_changed()

    def mapping(self) -> dict[str, int]:
        return {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def _mapping_changed(self) -> None:
        table = self.table
        if table is None:
            return
        mapping = self.mapping()
        self._run(
            lambda session: participants.plan_import(session, table, mapping, self.meeting_id),
            self._planned,
            len(table.rows) > BIG_TABLE_ROWS,
        )

    def _planned(self, plan: object) -> None:
        assert isinstance(plan, ImportPlan) and self.table is not None
        self.plan = plan
        self._fill_preview(self.table, plan)
        self.summary.setText(
            self.tr("%1 new, %2 already in the directory, %3 repeated in the file, %4 rejected.")
            .replace("%1", str(len(plan.new)))
            .replace("%2", str(len(plan.matched)))
            .replace("%3", str(len(plan.duplicates)))
            .replace("%4", str(len(plan.rejected)))
        )
        self.report.setPlainText("\n".join(self._report_lines(plan)))
        self.import_button.setEnabled(bool(plan.accepted))

    def _report_lines(self, plan: ImportPlan) -> list[str]:
        lang = interface_language()

        def rows(title: str, problems: tuple[RowProblem, ...]) -> list[str]:
            if not problems:
                return []
            heading = title.replace("%1", str(len(problems)))
            return [heading] + [
                "  "
                + self.tr("row %1: %2").replace("%1", str(p.row)).replace("%2", p.message(lang))
                for p in problems
            ]

        return [
            *rows(self.tr("Rejected rows: %1"), plan.rejected),
            *rows(self.tr("Repeated in the file, imported once: %1"), plan.duplicates),
            *rows(self.tr("Values left empty: %1"), plan.warnings),
        ]

    def _fill_preview(self, table: Table, plan: ImportPlan) -> None:
        mapping = self.mapping()
        shown = [name for name in FIELD_LABELS if name in mapping]
        by_row = outcomes(plan)
        self.preview.setUpdatesEnabled(False)
        self.preview.clear()
        self.preview.setColumnCount(2 + len(shown))
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Outcome"), *(tr(FIELD_LABELS[n]) for n in shown)]
        )
        self.preview.setRowCount(len(table.rows))
        for line, row in enumerate(table.rows):
            outcome, text = by_row.get(row.number, (NEW, tr(NEW)))
            cells = [
                str(row.number),
                text,
                *(row.cells[mapping[n]] if mapping[n] < len(row.cells) else "" for n in shown),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(COLOURS[outcome]))
                item.setForeground(QBrush(QColor(Qt.GlobalColor.black)))
                if column == 1:
                    item.setToolTip(text)
                self.preview.setItem(line, column, item)
        self.preview.resizeColumnsToContents()
        for column in range(self.preview.columnCount()):
            if self.preview.columnWidth(column) > MAX_COLUMN_WIDTH:
                self.preview.setColumnWidth(column, MAX_COLUMN_WIDTH)
        self.preview.setUpdatesEnabled(True)

    # -- applying ------------------------------------------------------------------------

    def apply(self) -> None:
        """Import every accepted row at once: one transaction, one undo step."""
        if self.table is None or self.plan is None or not self.plan.accepted or self._busy:
            return
        table, mapping, meeting_id = self.table, self.mapping(), self.meeting_id

        def operation(session: Session) -> ImportEdit:
            return attendance.import_participants(session, meeting_id, table, mapping)

        text = self.tr("Import participants from %1").replace("%1", Path(table.source).name)
        if len(table.rows) <= BIG_TABLE_ROWS:
            step = ReplayStep(operation)
            if self.ops.perform(text, step.redo, step.undo, initiator=self) is not None:
                self._imported(step)
            return
        # A long list is written by a worker (its own session, one transaction); the undo
        # step is pushed once it is committed.
        self._set_busy(True)

        def done(edit: ImportEdit) -> None:
            self._set_busy(False)
            step = ReplayStep.of(edit)
            self.ops.push(OpCommand(self.ops, text, step.redo, step.undo, done=True))
            self._imported(step)

        self.ops.failed.connect(self._import_failed)
        self.ops.run_in_background(
            operation, done, label=self.tr("Importing the participants…"), initiator=self
        )

    def _import_failed(self, _error: object) -> None:
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if not busy and self._busy:
            self.ops.failed.disconnect(self._import_failed)
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def _imported(self, step: ReplayStep[ImportEdit]) -> None:
        self.imported.emit(step.record)
        self.accept()

    def reject(self) -> None:
        # Closing while a worker writes the list would lose sight of its result and undo step.
        if not self._busy:
            super().reject()
