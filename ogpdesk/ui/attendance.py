"""The sign-in panel: who is expected, who came, and the diversity figures, live.

At the door the secretary types a few letters of a name, in Arabic or Latin script, and
presses Enter: the first match (or the one chosen with the arrow keys) is marked present, and
the field is ready for the next person. A name the directory does not know moves to the
newcomer form, already filled in; Enter there adds the person and signs them in. Every
change is one undoable step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ogpdesk.core import attendance
from ogpdesk.core.attendance import AttendanceRow, Candidate
from ogpdesk.core.models import AttendanceStatus, Gender, StakeholderGroup
from ogpdesk.core.participants import AttendanceCounts
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui.operations import Operations, Redraw
from ogpdesk.ui.replay import ReplayStep
from ogpdesk.ui.rows_model import RowsModel

if TYPE_CHECKING:
    from ogpdesk.ui.participant_import import ParticipantImportDialog

CONTEXT = "AttendancePanel"
ROOT = QModelIndex()
# How many matches the type-ahead shows.
MATCHES = 12

STATUS_LABELS = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("AttendancePanel", "Present"),
    AttendanceStatus.REMOTE: QT_TRANSLATE_NOOP("AttendancePanel", "Remote"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("AttendancePanel", "Absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("AttendancePanel", "Excused"),
    AttendanceStatus.INVITED: QT_TRANSLATE_NOOP("AttendancePanel", "Invited"),
}
GROUP_LABELS = {
    StakeholderGroup.AUTHORITY: QT_TRANSLATE_NOOP("AttendancePanel", "Authority"),
    StakeholderGroup.ADMINISTRATION: QT_TRANSLATE_NOOP("AttendancePanel", "Administration"),
    StakeholderGroup.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("AttendancePanel", "Civil society"),
    StakeholderGroup.CITIZEN: QT_TRANSLATE_NOOP("AttendancePanel", "Citizen"),
    StakeholderGroup.EXPERT: QT_TRANSLATE_NOOP("AttendancePanel", "Expert"),
    StakeholderGroup.ACADEMIC: QT_TRANSLATE_NOOP("AttendancePanel", "Academic"),
    StakeholderGroup.PRIVATE_SECTOR: QT_TRANSLATE_NOOP("AttendancePanel", "Private sector"),
    StakeholderGroup.MEDIA: QT_TRANSLATE_NOOP("AttendancePanel", "Media"),
}
GENDER_LABELS = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("AttendancePanel", "Women"),
    Gender.MALE: QT_TRANSLATE_NOOP("AttendancePanel", "Men"),
    Gender.OTHER: QT_TRANSLATE_NOOP("AttendancePanel", "Other"),
}
# One person's: the counts above are of groups ("Women 4"), a row is one woman.
PERSON_GENDER_LABELS = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("AttendancePanel", "Woman"),
    Gender.MALE: QT_TRANSLATE_NOOP("AttendancePanel", "Man"),
    Gender.OTHER: QT_TRANSLATE_NOOP("AttendancePanel", "Other"),
}
NOT_GIVEN = QT_TRANSLATE_NOOP("AttendancePanel", "Not given")
HEADERS = (
    QT_TRANSLATE_NOOP("AttendancePanel", "Name"),
    QT_TRANSLATE_NOOP("AttendancePanel", "Organisation"),
    QT_TRANSLATE_NOOP("AttendancePanel", "Group"),
    QT_TRANSLATE_NOOP("AttendancePanel", "Gender"),
    QT_TRANSLATE_NOOP("AttendancePanel", "Status"),
)
NAME, ORGANISATION, GROUP, GENDER, STATUS = range(5)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(labels: Mapping[Any, str], value: object) -> str:
    """The translated label of an enum value; "" when there is none."""
    return tr(labels[value]) if value in labels else ""


def choice_combo(labels: Mapping[Any, str], *, empty: bool) -> QComboBox:
    """A combo of translated labels holding enum values (None first when ``empty``)."""
    combo = QComboBox()
    if empty:
        combo.addItem("—", None)
    for value, text in labels.items():
        combo.addItem(tr(text), value)
    return combo


def counts_lines(counts: AttendanceCounts) -> tuple[str, str, str]:
    """Figures by status, by stakeholder group and by gender, as the panel shows them."""

    def line(labels: Mapping[Any, str], figures: Mapping[Any, int], *, skip_zero: bool) -> str:
        parts = [
            f"{tr(text)} {figures.get(value, 0)}"
            for value, text in labels.items()
            if figures.get(value, 0) or not skip_zero
        ]
        if figures.get(None):
            parts.append(f"{tr(NOT_GIVEN)} {figures[None]}")
        return " · ".join(parts)

    return (
        line(STATUS_LABELS, counts.by_status, skip_zero=False),
        line(GROUP_LABELS, counts.by_group, skip_zero=True),
        line(GENDER_LABELS, counts.by_gender, skip_zero=False),
    )


class AttendanceModel(RowsModel):
    def __init__(self, panel: AttendancePanel) -> None:
        super().__init__(HEADERS, tr, panel)
        self.panel = panel
        self.rows: list[AttendanceRow] = []

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() == STATUS:
            return row.status.value
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole of what a narrow column cuts.
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            row.full_name,
            row.organisation or "",
            label(GROUP_LABELS, row.stakeholder_group),
            label(PERSON_GENDER_LABELS, row.gender),
            label(STATUS_LABELS, row.status),
        )[index.column()]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: object, role: int = 0
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != STATUS:
            return False
        row = self.rows[index.row()]
        if value == row.status.value:
            return False
        return self.panel.set_status(row, AttendanceStatus(str(value)))


class StatusDelegate(QStyledItemDelegate):
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for status, text in STATUS_LABELS.items():
            combo.addItem(tr(text), status.value)
        combo.setAccessibleName(tr(HEADERS[STATUS]))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AttendancePanel(QWidget):
    """Type-ahead sign-in, newcomers, the attendance list and the live counts."""

    def __init__(self, ops: Operations, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.candidates: list[Candidate] = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name in Arabic or Latin script, then Enter"))
        self.search.setAccessibleName(self.tr("Find a participant to sign in"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(self.sign_in_current)
        self.search.installEventFilter(self)
        search_label = QLabel(self.tr("&Sign in:"))
        search_label.setBuddy(self.search)

        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Matching participants"))
        self.matches.setMaximumHeight(150)
        # Shown while there are matches: on a laptop its height is the attendance list's.
        self.matches.hide()
        self.matches.itemActivated.connect(lambda _item: self.sign_in_current())
        self.feedback = QLabel()
        self.feedback.setAccessibleName(self.tr("Last sign-in"))

        self.newcomer_name = QLineEdit()
        self.newcomer_name.setAccessibleName(self.tr("Newcomer's name"))
        self.newcomer_organisation = QLineEdit()
        self.newcomer_organisation.setAccessibleName(self.tr("Newcomer's organisation"))
        self.newcomer_group = choice_combo(GROUP_LABELS, empty=True)
        self.newcomer_group.setAccessibleName(self.tr("Newcomer's stakeholder group"))
        self.newcomer_gender = choice_combo(PERSON_GENDER_LABELS, empty=True)
        self.newcomer_gender.setAccessibleName(self.tr("Newcomer's gender"))
        self.add_button = QPushButton(self.tr("&Add and sign in"))
        self.add_button.clicked.connect(self.add_newcomer)
        for field in (self.newcomer_name, self.newcomer_organisation):
            field.returnPressed.connect(self.add_newcomer)
        newcomer = QGroupBox(self.tr("Newcomer"))
        grid = QGridLayout(newcomer)
        fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Name:"), self.newcomer_name),
            (self.tr("&Organisation:"), self.newcomer_organisation),
            (self.tr("&Group:"), self.newcomer_group),
            (self.tr("G&ender:"), self.newcomer_gender),
        )
        for number, (text, editor) in enumerate(fields):
            field_label = QLabel(text)
            field_label.setBuddy(editor)
            grid.addWidget(field_label, number // 2, (number % 2) * 2)
            grid.addWidget(editor, number // 2, (number % 2) * 2 + 1)
        grid.addWidget(self.add_button, 2, 3)

        self.model = AttendanceModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(STATUS, StatusDelegate(self.table))
        self.table.setAccessibleName(self.tr("Attendance"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setVisible(False)
        # The name gets what the short columns leave; a long organisation is cut (its
        # tool-tip has it whole) rather than squeeze the names to "H… B…".
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ORGANISATION, self.fontMetrics().horizontalAdvance("M" * 11))
        table_label = QLabel(self.tr("A&ttendance (F2 changes the status):"))
        table_label.setBuddy(self.table)
        self.import_button = QPushButton(self.tr("&Import a list…"))
        self.import_button.setToolTip(
            self.tr("Invite the people of a CSV or XLSX list to this meeting")
        )
        self.import_button.clicked.connect(self.open_import)
        table_header = QHBoxLayout()
        table_header.addWidget(table_label, 1)
        table_header.addWidget(self.import_button)

        self.by_status = QLabel()
        self.by_group = QLabel()
        self.by_gender = QLabel()
        for figure, name in (
            (self.by_status, self.tr("Attendance by status")),
            (self.by_group, self.tr("Attendance by stakeholder group")),
            (self.by_gender, self.tr("Attendance by gender")),
        ):
            figure.setAccessibleName(name)
            figure.setWordWrap(True)
            figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        figures = QGroupBox(self.tr("Who came"))
        figures_layout = QGridLayout(figures)
        for number, (text, figure) in enumerate(
            (
                (self.tr("Status:"), self.by_status),
                (self.tr("By group:"), self.by_group),
                (self.tr("By gender:"), self.by_gender),
            )
        ):
            figures_layout.addWidget(QLabel(text), number, 0)
            figures_layout.addWidget(figure, number, 1)
        figures_layout.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.feedback)
        layout.addWidget(newcomer)
        layout.addLayout(table_header)
        layout.addWidget(self.table, 1)
        layout.addWidget(figures)
        order: Sequence[QWidget] = (
            self.search,
            self.matches,
            self.newcomer_name,
            self.newcomer_organisation,
            self.newcomer_group,
            self.newcomer_gender,
            self.add_button,
            self.import_button,
            self.table,
        )
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

        self.redraw = Redraw(ops, self, ("attendance", "participants"), self.reload)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.redraw.shown()
        super().showEvent(event)

    # -- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        with self.ops.store.session() as session:
            rows = attendance.attendance_list(session, self.meeting_id)
            counts = attendance.counts(session, self.meeting_id)
        self.model.set_rows(rows)
        by_status, by_group, by_gender = counts_lines(counts)
        self.by_status.setText(by_status)
        self.by_group.setText(by_group)
        self.by_gender.setText(by_gender)
        self._find(self.search.text())

    def _find(self, text: str) -> None:
        with self.ops.store.session() as session:
            self.candidates = attendance.find(session, self.meeting_id, text, MATCHES)
        self.matches.clear()
        for candidate in self.candidates:
            details = [candidate.organisation, label(GROUP_LABELS, candidate.stakeholder_group)]
            status = label(STATUS_LABELS, candidate.status)
            text_parts = [candidate.full_name, *(d for d in details if d)]
            item = QListWidgetItem(" — ".join(text_parts) + (f"  [{status}]" if status else ""))
            self.matches.addItem(item)
        if self.candidates:
            self.matches.setCurrentRow(0)
        self.matches.setVisible(bool(self.candidates))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys in the search field walk the matches, so the hands stay on the keyboard.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.matches.count():
                row = self.matches.currentRow() + step
                self.matches.setCurrentRow(max(0, min(row, self.matches.count() - 1)))
                return True
        return super().eventFilter(watched, event)

    def open_import(self) -> ParticipantImportDialog:
        from ogpdesk.ui.participant_import import ParticipantImportDialog

        dialog = ParticipantImportDialog(self.ops, self.meeting_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- changing ------------------------------------------------------------------------

    def sign_in_current(self) -> None:
        row = self.matches.currentRow()
        if 0 <= row < len(self.candidates):
            candidate = self.candidates[row]
            if candidate.status is AttendanceStatus.PRESENT:
                self.feedback.setText(
                    self.tr("%1 is already signed in.").replace("%1", candidate.full_name)
                )
            elif self.sign_in(candidate.participant_id, candidate.full_name):
                self.feedback.setText(self.tr("%1 signed in.").replace("%1", candidate.full_name))
            self.search.clear()
            self.search.setFocus()
            return
        name = self.search.text().strip()
        if name:
            # Nobody by that name yet: the newcomer form takes over, name already typed.
            self.newcomer_name.setText(name)
            self.newcomer_organisation.setFocus()
            self.feedback.setText(
                self.tr("%1 is not in the directory: add them as a newcomer.").replace("%1", name)
            )

    def sign_in(
        self,
        participant_id: str,
        name: str,
        status: AttendanceStatus = AttendanceStatus.PRESENT,
    ) -> bool:
        if status is AttendanceStatus.PRESENT:
            text = self.tr("Sign in %1")
        else:
            text = self.tr("Attendance of %1")
        meeting_id = self.meeting_id
        step = ReplayStep(
            lambda session: attendance.set_attendance(session, meeting_id, participant_id, status)
        )
        result = self.ops.perform(text.replace("%1", name), step.redo, step.undo, initiator=self)
        return result is not None

    def set_status(self, row: AttendanceRow, status: AttendanceStatus) -> bool:
        return self.sign_in(row.participant_id, row.full_name, status)

    def add_newcomer(self) -> None:
        name = " ".join(self.newcomer_name.text().split())
        organisation = self.newcomer_organisation.text()
        group = self.newcomer_group.currentData()
        gender = self.newcomer_gender.currentData()
        done = self.ops.capture(
            self.tr("Add newcomer %1").replace("%1", name),
            lambda session: attendance.add_newcomer(
                session,
                self.meeting_id,
                name,
                organisation=organisation,
                stakeholder_group=group,
                gender=gender,
            ),
            self.meeting_id,
            initiator=self,
        )
        if done is None:
            return
        self.feedback.setText(self.tr("%1 added and signed in.").replace("%1", name))
        self.newcomer_name.clear()
        self.newcomer_organisation.clear()
        self.newcomer_group.setCurrentIndex(0)
        self.newcomer_gender.setCurrentIndex(0)
        self.search.clear()
        self.search.setFocus()
