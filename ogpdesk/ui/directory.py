"""The participant directory: everyone known, and two records of one person made one.

People come in through sign-in, files, notes, other laptops; when the matcher
(``core.people``) could not tell that two names were one person, the secretary sees them side
by side here (namesakes are marked) and merges them: every attendance, intervention, speaking
turn and action of the second record moves to the first, in one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogpdesk.core import people
from ogpdesk.core.textnorm import normalise
from ogpdesk.ui.operations import Operations, Redraw
from ogpdesk.ui.replay import ReplayStep

NAME, ORGANISATION, MEETINGS = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole


class DirectoryDialog(QDialog):
    """Everyone in the directory; select two records of one person and merge them."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.rows: list[people.PersonRow] = []
        self.setWindowTitle(self.tr("Participant directory"))
        self.resize(720, 520)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a name or an organisation"))
        self.filter.setAccessibleName(self.tr("Find in the directory"))
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Meetings")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEETINGS, QHeaderView.ResizeMode.ResizeToContents)
        self.hint = QLabel(
            self.tr(
                "Select two records of the same person (⚠ marks namesakes) and merge them: "
                "the one in more meetings is kept, with every link of the other."
            )
        )
        self.hint.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge the two selected"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.merge_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.merge_button.setEnabled(len(self.selected_ids()) == 2)
        )
        QShortcut(QKeySequence("Ctrl+M"), self, self.merge_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.redraw = Redraw(ops, self, ("participants", "attendance"), self.reload)
        self.reload()

    def reload(self) -> None:
        with self.ops.store.session() as session:
            self.rows = people.list_people(session)
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            name = QTableWidgetItem(f"⚠ {row.full_name}" if row.twins else row.full_name)
            name.setData(ID_ROLE, row.id)
            name.setToolTip(row.full_name)
            organisation = QTableWidgetItem(row.organisation or "")
            organisation.setToolTip(row.organisation or "")
            meetings = QTableWidgetItem(str(row.meetings))
            meetings.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            for column, item in ((NAME, name), (ORGANISATION, organisation), (MEETINGS, meetings)):
                self.table.setItem(number, column, item)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        words = normalise(text).split()
        for number, row in enumerate(self.rows):
            haystack = normalise(f"{row.full_name} {row.organisation or ''}")
            self.table.setRowHidden(number, not all(w in haystack for w in words))

    def selected_ids(self) -> list[str]:
        """Selected records, the one in more meetings first (the one a merge keeps)."""
        ids: list[str] = []
        for index in self.table.selectionModel().selectedRows(NAME):
            value = index.data(ID_ROLE)
            if value and value not in ids:
                ids.append(str(value))
        meetings = {r.id: r.meetings for r in self.rows}
        return sorted(ids, key=lambda i: -meetings.get(i, 0))

    def select(self, ids: list[str]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for wanted in ids:
            for number, row in enumerate(self.rows):
                if row.id == wanted:
                    self.table.selectRow(number)
        self.table.setSelectionMode(mode)

    def merge_selected(self) -> bool:
        ids = self.selected_ids()
        if len(ids) != 2:
            return False
        kept, merged = ids
        names = {r.id: r.full_name for r in self.rows}
        step = ReplayStep(lambda session: people.merge_participants(session, kept, merged))
        text = (
            self.tr("Merge “%1” into “%2”")
            .replace("%1", names.get(merged, ""))
            .replace("%2", names.get(kept, ""))
        )
        return self.ops.perform(text, step.redo, step.undo) is not None
