"""The recommendations board: a meeting's (or a whole process's) recommendations, edited in
place, reordered by drag or Alt+Up/Down, merged, split and linked to what was said.

Every change is one undoable step on the operations' stack. The step runs the core service
once, keeps the ``Edit`` it returns, and replays that edit's before/after states on undo and
redo, so undoing a merge puts back exactly the sources and statuses there were
(``ui/replay.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ogpdesk.core import recommendations as recs
from ogpdesk.core.capture import Captured
from ogpdesk.core.models import Priority, Recommendation, RecommendationStatus
from ogpdesk.core.recommendations import Edit, RecommendationRow, Source
from ogpdesk.core.textnorm import normalise
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui import versions
from ogpdesk.ui.direction import TextDirectionDelegate
from ogpdesk.ui.operations import Operations, Redraw
from ogpdesk.ui.replay import ReplayStep
from ogpdesk.ui.rows_model import RowsModel
from ogpdesk.ui.versions import (
    LANGUAGE_LABELS,
    MISSING_BACKGROUND,
    ORIGINAL,
    language_name,
    missing_tip,
)

CONTEXT = "RecommendationsBoard"
MIME = "application/x-ogpdesk-recommendation-ids"
ROOT = QModelIndex()

PRIORITY_LABELS = {
    Priority.HIGH: QT_TRANSLATE_NOOP("RecommendationsBoard", "High"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("RecommendationsBoard", "Medium"),
    Priority.LOW: QT_TRANSLATE_NOOP("RecommendationsBoard", "Low"),
}
STATUS_LABELS = {
    RecommendationStatus.PROPOSED: QT_TRANSLATE_NOOP("RecommendationsBoard", "Proposed"),
    RecommendationStatus.ADOPTED: QT_TRANSLATE_NOOP("RecommendationsBoard", "Adopted"),
    RecommendationStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("RecommendationsBoard", "In progress"),
    RecommendationStatus.IMPLEMENTED: QT_TRANSLATE_NOOP("RecommendationsBoard", "Implemented"),
    RecommendationStatus.REJECTED: QT_TRANSLATE_NOOP("RecommendationsBoard", "Rejected"),
    RecommendationStatus.MERGED: QT_TRANSLATE_NOOP("RecommendationsBoard", "Merged"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("RecommendationsBoard", "No."),
    QT_TRANSLATE_NOOP("RecommendationsBoard", "Recommendation"),
    QT_TRANSLATE_NOOP("RecommendationsBoard", "Written in"),
    QT_TRANSLATE_NOOP("RecommendationsBoard", "Arabic"),
    QT_TRANSLATE_NOOP("RecommendationsBoard", "French"),
    QT_TRANSLATE_NOOP("RecommendationsBoard", "English"),
    QT_TRANSLATE_NOOP("RecommendationsBoard", "Theme"),
    QT_TRANSLATE_NOOP("RecommendationsBoard", "Addressee"),
    QT_TRANSLATE_NOOP("RecommendationsBoard", "Priority"),
    QT_TRANSLATE_NOOP("RecommendationsBoard", "Status"),
    QT_TRANSLATE_NOOP("RecommendationsBoard", "From"),
    QT_TRANSLATE_NOOP("RecommendationsBoard", "Meeting"),
)
(
    NUMBER,
    TEXT,
    LANG,
    ARABIC,
    FRENCH,
    ENGLISH,
    THEME,
    ADDRESSEE,
    PRIORITY,
    STATUS,
    SOURCES,
    MEETING,
) = range(12)
# The column of each content language's version of the text, beside the original.
VERSION_COLUMNS = {ARABIC: "ar", FRENCH: "fr", ENGLISH: "en"}
# Columns whose edits are free text, and the Recommendation field each one sets.
TEXT_FIELDS = {
    TEXT: "text",
    **{column: f"text_{lang}" for column, lang in VERSION_COLUMNS.items()},
    THEME: "theme",
    ADDRESSEE: "addressee",
}
# The narrowest the text column gets, a board squeezed as it may be: a few words a line.
TEXT_WIDTH = 240
MERGED_INTO = QT_TRANSLATE_NOOP("RecommendationsBoard", "Merged into no. {number}")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def speakers_of(sources: Sequence[Source]) -> str:
    names = dict.fromkeys(s.speaker_name or "…" for s in sources)
    return "; ".join(names)


# Up to this many rows, the board's rows are as tall as their texts (measuring is cheap);
# a whole process's board beyond it keeps one line per row.
WRAPPED_ROWS = 200


class BoardModel(RowsModel):
    """The rows of the board; edits go back to the board as undoable steps."""

    def __init__(self, board: RecommendationsBoard) -> None:
        super().__init__(HEADERS, tr, board)
        self.board = board
        self.rows: list[RecommendationRow] = []
        self.whole_process = False

    def set_rows(self, rows: list[RecommendationRow], whole_process: bool) -> None:
        self.beginResetModel()
        self.rows = rows
        self.whole_process = whole_process
        self.endResetModel()

    def append_rows(self, rows: list[RecommendationRow]) -> None:
        count = len(self.rows)
        self.beginInsertRows(ROOT, count, count + len(rows) - 1)
        self.rows = self.rows + rows
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        merged = row.status is RecommendationStatus.MERGED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SOURCES:
                return "\n".join(f"{s.speaker_name or '…'}: {s.summary}" for s in row.sources)
            if merged:
                return tr(MERGED_INTO).format(number=self.board.number_of(row.merged_into_id))
            if self.missing(row, column):
                return missing_tip(VERSION_COLUMNS[column])
            if column == TEXT:
                return row.text
            # The other columns keep to one line (``ChoiceDelegate``): the whole of a cut one.
            value = self._value(row, column, False)
            return str(value) if value not in (None, "") else None
        if role == Qt.ItemDataRole.ForegroundRole and merged:
            return QBrush(self.board.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.BackgroundRole and self.missing(row, column) and not merged:
            return QBrush(MISSING_BACKGROUND)
        if role == Qt.ItemDataRole.BackgroundRole and row.status is RecommendationStatus.ADOPTED:
            return QBrush(QColor(220, 242, 220))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    @staticmethod
    def original(row: RecommendationRow, column: int) -> bool:
        """Whether ``column`` is the version column of the language the text is written in."""
        return VERSION_COLUMNS.get(column) == row.lang

    def missing(self, row: RecommendationRow, column: int) -> bool:
        """Whether ``column`` is a version column with nothing in it yet."""
        lang = VERSION_COLUMNS.get(column)
        return lang is not None and lang != row.lang and not getattr(row, f"text_{lang}")

    def _value(self, row: RecommendationRow, column: int, editing: bool) -> object:
        if self.original(row, column):
            return "" if editing else versions.tr(ORIGINAL)
        if column == LANG:
            if editing:
                return row.lang or ""
            return language_name(row.lang) if row.lang in LANGUAGE_LABELS else ""
        if column == NUMBER:
            # Text, so that the number reads in Western digits whatever the locale, as in
            # Tunisian administrative documents.
            return str(row.number)
        if column in TEXT_FIELDS:
            return getattr(row, TEXT_FIELDS[column]) or ""
        if column == PRIORITY:
            if editing:
                return row.priority.value if row.priority else ""
            return tr(PRIORITY_LABELS[row.priority]) if row.priority else ""
        if column == STATUS:
            if editing:
                return row.status.value
            if row.status is RecommendationStatus.MERGED:
                return tr(MERGED_INTO).format(number=self.board.number_of(row.merged_into_id))
            return tr(STATUS_LABELS[row.status])
        if column == SOURCES:
            return speakers_of(row.sources)
        if column == MEETING:
            return f"{row.meeting_date.isoformat()} {row.meeting_title}"
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        base |= Qt.ItemFlag.ItemIsDragEnabled
        row = self.rows[index.row()]
        editable = set(TEXT_FIELDS) | {LANG, PRIORITY, STATUS}
        if (
            row.status is not RecommendationStatus.MERGED
            and index.column() in editable
            and not self.original(row, index.column())
        ):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: object, role: int = 0
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        column = index.column()
        choices = {LANG: "lang", PRIORITY: "priority", STATUS: "status"}
        name = TEXT_FIELDS.get(column) or choices.get(column)
        if name is None or self._value(row, column, editing=True) == (value or ""):
            return False
        return self.board.update_recommendation(row.id, **{name: value})

    # -- drag and drop: rows move within their meeting ----------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(self.rows[i.row()].id for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(MIME, "\n".join(ids).encode())
        return mime

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        ids = bytes(data.data(MIME).data()).decode().split("\n")
        if len(ids) != 1:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        self.board.move_to_row(ids[0], target)
        # The board redraws from the store; Qt must not remove the dragged row itself.
        return False


class ChoiceDelegate(TextDirectionDelegate):
    """A combo box for the original language, priority and status, showing translated labels,
    storing values; each cell laid out in its text's direction."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.column() != TEXT:
            # Only the text wraps: a version, a theme or the sources on one line, cut (whole
            # in the tool-tip), so that a row is as tall as its text, not as its narrowest
            # column's translation.
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        if index.column() not in (LANG, PRIORITY, STATUS):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        if index.column() == LANG:
            for lang in LANGUAGE_LABELS:
                combo.addItem(language_name(lang), lang)
            combo.setAccessibleName(tr(HEADERS[LANG]))
        elif index.column() == PRIORITY:
            combo.addItem("—", "")
            for priority, label in PRIORITY_LABELS.items():
                combo.addItem(tr(label), priority.value)
            combo.setAccessibleName(tr(HEADERS[PRIORITY]))
        else:
            for status, label in STATUS_LABELS.items():
                if status is not RecommendationStatus.MERGED:
                    combo.addItem(tr(label), status.value)
            combo.setAccessibleName(tr(HEADERS[STATUS]))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
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
        else:
            super().setModelData(editor, model, index)


class SplitDialog(QDialog):
    """Two texts for the two recommendations one becomes."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split recommendation %1").replace("%1", str(number)))
        self.first = QPlainTextEdit(text)
        self.second = QPlainTextEdit()
        self.first.setTabChangesFocus(True)
        self.second.setTabChangesFocus(True)
        form = QFormLayout()
        first_label = QLabel(self.tr("&First part"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("&Second part"))
        second_label.setBuddy(self.second)
        self.first.setAccessibleName(self.tr("First part"))
        self.second.setAccessibleName(self.tr("Second part"))
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def parts(self) -> tuple[str, str]:
        return self.first.toPlainText(), self.second.toPlainText()


class SourcePicker(QDialog):
    """Choose the intervention a recommendation stems from, filtering as one types."""

    def __init__(self, sources: Sequence[Source], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to an intervention"))
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter interventions"))
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Interventions"))
        for source in sources:
            item = QListWidgetItem(f"{source.speaker_name or '…'}: {source.summary}")
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.filter.textChanged.connect(self._filter)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        folded = normalise(text)
        first_visible = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(folded) and folded not in normalise(item.text())
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = i
        if first_visible is not None:
            self.list.setCurrentRow(first_visible)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))


class RecommendationsBoard(QWidget):
    """All recommendations of a meeting, or of its whole process."""

    # A recommendation became ADOPTED (its RecommendationRow): the projector shows it.
    adopted = Signal(object)

    def __init__(self, ops: Operations, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        with ops.store.session() as session:
            self.process_id = recs.process_of(session, meeting_id)
        # Statuses last shown, to notice a recommendation becoming adopted.
        self._statuses: dict[str, RecommendationStatus] | None = None
        self._numbers: dict[str, int] = {}

        self.model = BoardModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.setAccessibleName(self.tr("Recommendations"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropOverwriteMode(False)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The text is what is read while merging: it fills what the board shows beside its
        # number and language, and the other columns follow behind a scroll. Stretching it
        # instead left it what eleven columns spare, a word a line on a laptop.
        self.view.viewport().installEventFilter(self)
        # A fixed width: sizing the column to its contents reads every row at each redraw.
        self.view.setColumnWidth(
            NUMBER,
            max(
                self.view.fontMetrics().horizontalAdvance("0000") + 16,
                header.sectionSizeFromContents(NUMBER).width(),
            ),
        )

        self.whole_process = QCheckBox(self.tr("&Whole process"))
        self.whole_process.setToolTip(
            self.tr("Show the recommendations of every meeting of this meeting's process")
        )
        self.whole_process.setEnabled(self.process_id is not None)
        self.show_merged = QCheckBox(self.tr("Show &merged"))
        self.whole_process.toggled.connect(self.reload)
        self.show_merged.toggled.connect(self.reload)

        self.move_up_action = self._action(self.tr("Move up"), "Alt+Up", lambda: self.move_by(-1))
        self.move_down_action = self._action(
            self.tr("Move down"), "Alt+Down", lambda: self.move_by(1)
        )
        self.merge_action = self._action(self.tr("Merge"), "Ctrl+M", self.merge_selected)
        self.split_action = self._action(self.tr("Split…"), "Ctrl+Shift+M", self.split_current)
        self.adopt_action = self._action(self.tr("Adopt"), "Ctrl+Shift+A", self.adopt_selected)
        self.link_action = self._action(
            self.tr("Link to an intervention…"), "Ctrl+K", self.link_current
        )
        self.unlink_action = self._action(
            self.tr("Unlink"), "Ctrl+Shift+K", self.unlink_current_source
        )

        # A tool bar folds what does not fit behind its » button: the board's width must not
        # take the timeline's (French labels are long).
        tools = QToolBar()
        for action in (
            self.move_up_action,
            self.move_down_action,
            self.merge_action,
            self.split_action,
            self.adopt_action,
        ):
            tools.addAction(action)
            # Framed like buttons, which they are, not flat like a window's tool bar.
            tools.widgetForAction(action).setAutoRaise(False)  # type: ignore[attr-defined]
        options = QHBoxLayout()
        options.addWidget(self.show_merged)
        options.addWidget(self.whole_process)
        options.addStretch(1)

        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Interventions this recommendation stems from"))
        self.sources.setMaximumHeight(110)
        sources_label = QLabel(self.tr("&Stems from:"))
        sources_label.setBuddy(self.sources)
        source_tools = QHBoxLayout()
        source_tools.addWidget(sources_label)
        source_tools.addStretch(1)
        source_tools.addWidget(self._button(self.link_action))
        source_tools.addWidget(self._button(self.unlink_action))

        layout = QVBoxLayout(self)
        layout.addWidget(tools)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)
        layout.addLayout(source_tools)
        layout.addWidget(self.sources)
        self.setTabOrder(self.view, self.sources)

        self.view.selectionModel().currentRowChanged.connect(self._show_sources)
        # The board shows recommendations and the meeting's state; a captured intervention
        # changes neither.
        self.redraw = Redraw(ops, self, ("recommendations", "meetings"), self.reload)
        ops.captured.connect(self.on_captured)
        # Read when first shown (or asked for its rows): behind the sign-in tab, the board of
        # a long meeting (2,000 recommendations) took 60-90 ms of opening it, before its
        # capture line took keys.
        self.redraw.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            beside = self.view.columnWidth(NUMBER) + self.view.columnWidth(LANG)
            width = max(TEXT_WIDTH, self.view.viewport().width() - beside)
            if width != self.view.columnWidth(TEXT):
                self.view.setColumnWidth(TEXT, width)
                if self.model.rowCount() <= WRAPPED_ROWS:
                    self.view.resizeRowsToContents()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        self.redraw.shown()
        super().showEvent(event)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({action.shortcut().toString()})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        return button

    # -- reading -------------------------------------------------------------------------

    def on_captured(self, captured: Captured, _initiator: object) -> None:
        """Append the recommendations a capture step made in this meeting, read by id: the
        board is not read again for a line typed (a meeting's 750 rows take 10 ms)."""
        made = [r.id for r in captured.of(Recommendation) if r.meeting_id == self.meeting_id]
        if not made or not self.isVisible() or self.model.whole_process:
            return  # redrawn by the broadcast, or when shown
        with self.ops.store.session() as session:
            rows = recs.list_recommendations(session, ids=made)
        shown = self.model.rows
        if not rows or (shown and rows[0].number <= shown[-1].number):
            return  # not at the end of the board: the broadcast reloads it
        self.model.append_rows(rows)
        self._numbers.update((r.id, r.number) for r in rows)
        self._statuses = {**(self._statuses or {}), **{r.id: r.status for r in rows}}
        self.redraw.shown_already()

    def reload(self) -> None:
        whole = self.whole_process.isChecked() and self.process_id is not None
        with self.ops.store.session() as session:
            rows = recs.list_recommendations(
                session,
                meeting_id=None if whole else self.meeting_id,
                process_id=self.process_id if whole else None,
                include_merged=self.show_merged.isChecked(),
            )
        self._numbers = {r.id: r.number for r in rows}
        selected = set(self.selected_ids())
        current = self.current_id()
        self.model.set_rows(rows, whole)
        self.view.setColumnHidden(MEETING, not whole)
        if len(rows) <= WRAPPED_ROWS:
            # Texts read whole while merging: each row as tall as its wrapped text.
            self.view.resizeRowsToContents()
        self._select(selected, current)
        self._announce_adopted(rows)
        self._show_sources()

    def _announce_adopted(self, rows: list[RecommendationRow]) -> None:
        statuses = {r.id: r.status for r in rows}
        if self._statuses is not None:
            for row in rows:
                if row.status is RecommendationStatus.ADOPTED and self._statuses.get(
                    row.id
                ) not in (
                    RecommendationStatus.ADOPTED,
                    None,
                ):
                    self.adopted.emit(row)
        self._statuses = {**(self._statuses or {}), **statuses}

    def number_of(self, recommendation_id: str | None) -> str:
        return str(self._numbers.get(recommendation_id or "", "?"))

    def rows(self) -> list[RecommendationRow]:
        # Read first if the board is behind: never shown yet, or changed since.
        self.redraw.shown()
        return list(self.model.rows)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].id

    def _row_of(self, recommendation_id: str) -> RecommendationRow | None:
        return next((r for r in self.model.rows if r.id == recommendation_id), None)

    def select(self, ids: Sequence[str]) -> None:
        """Select these recommendations (the first becomes current)."""
        self._select(set(ids), ids[0] if ids else None)

    def _select(self, ids: set[str], current: str | None) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for number, row in enumerate(self.model.rows):
            if row.id == current:
                selection.setCurrentIndex(
                    self.model.index(number, TEXT), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            if row.id in ids:
                selection.select(self.model.index(number, 0), flags)

    def _show_sources(self) -> None:
        self.sources.clear()
        current = self.current_id()
        row = self._row_of(current) if current else None
        for source in row.sources if row else ():
            item = QListWidgetItem(f"{source.speaker_name or '…'}: {source.summary}")
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            item.setToolTip(source.summary)
            self.sources.addItem(item)

    # -- changing ------------------------------------------------------------------------

    def _perform(self, text: str, operation: Callable[[Session], Edit]) -> bool:
        step = ReplayStep(operation)
        return self.ops.perform(text, step.redo, step.undo, initiator=self) is not None

    def update_recommendation(self, recommendation_id: str, **values: object) -> bool:
        row = self._row_of(recommendation_id)
        number = row.number if row else "?"
        if set(values) == {"status"}:
            text = self.tr("Status of recommendation %1")
        else:
            text = self.tr("Edit recommendation %1")
        return self._perform(
            text.replace("%1", str(number)),
            lambda session: recs.update(session, recommendation_id, **values),
        )

    def adopt_selected(self) -> None:
        ids = [
            i
            for i in self.selected_ids()
            if (row := self._row_of(i)) and row.status is not RecommendationStatus.MERGED
        ]
        if not ids:
            return
        with self.ops.macro(self.tr("Adopt recommendations")):
            for recommendation_id in ids:
                self.update_recommendation(recommendation_id, status=RecommendationStatus.ADOPTED)

    def merge_selected(self) -> bool:
        """Merge the selected recommendations into the one numbered first."""
        rows = [r for r in (self._row_of(i) for i in self.selected_ids()) if r is not None]
        rows = [r for r in rows if r.status is not RecommendationStatus.MERGED]
        if len(rows) < 2:
            return False
        rows.sort(key=lambda r: (r.meeting_date, r.number))
        numbers = [str(r.number) for r in rows]
        text = (
            self.tr("Merge recommendations %1 and %2")
            .replace("%1", ", ".join(numbers[:-1]))
            .replace("%2", numbers[-1])
        )
        keep, absorbed = rows[0].id, [r.id for r in rows[1:]]
        done = self._perform(text, lambda session: recs.merge(session, keep, absorbed))
        if done:
            self.select([keep])
        return done

    def split_current(self) -> None:
        current = self.current_id()
        row = self._row_of(current) if current else None
        if row is None or row.status is RecommendationStatus.MERGED:
            return
        dialog = SplitDialog(row.number, row.text, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.split(row.id, *dialog.parts()))
        self.split_dialog = dialog
        dialog.open()

    def split(self, recommendation_id: str, first: str, second: str) -> bool:
        row = self._row_of(recommendation_id)
        number = row.number if row else "?"
        return self._perform(
            self.tr("Split recommendation %1").replace("%1", str(number)),
            lambda session: recs.split(session, recommendation_id, first, second),
        )

    def move_by(self, delta: int) -> None:
        current = self.current_id()
        row = self._row_of(current) if current else None
        if row is None or row.status is RecommendationStatus.MERGED:
            return
        siblings = self._siblings(row)
        index = siblings.index(row.id) + delta
        if 0 <= index < len(siblings):
            self.move_recommendation(row.id, index)

    def _siblings(self, row: RecommendationRow) -> list[str]:
        """Ids of the recommendations on the board of ``row``'s meeting, in order."""
        return [
            r.id
            for r in self.model.rows
            if r.meeting_id == row.meeting_id and r.status is not RecommendationStatus.MERGED
        ]

    def move_to_row(self, recommendation_id: str, target_row: int) -> None:
        """Drop handler: move to where ``target_row`` of the view is, within its meeting."""
        row = self._row_of(recommendation_id)
        if row is None or row.status is RecommendationStatus.MERGED:
            return
        before = [
            r.id
            for r in self.model.rows[:target_row]
            if r.meeting_id == row.meeting_id
            and r.status is not RecommendationStatus.MERGED
            and r.id != row.id
        ]
        self.move_recommendation(row.id, len(before))

    def move_recommendation(self, recommendation_id: str, to_index: int) -> bool:
        row = self._row_of(recommendation_id)
        if row is None or self._siblings(row).index(recommendation_id) == to_index:
            return False
        done = self._perform(
            self.tr("Move recommendation %1").replace("%1", str(row.number)),
            lambda session: recs.move(session, recommendation_id, to_index),
        )
        if done:
            self.select([recommendation_id])
        return done

    def link_current(self) -> None:
        current = self.current_id()
        row = self._row_of(current) if current else None
        if row is None:
            return
        with self.ops.store.session() as session:
            linked = {s.id for s in row.sources}
            candidates = [
                s for s in recs.candidate_sources(session, row.meeting_id) if s.id not in linked
            ]
        picker = SourcePicker(candidates, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._link_chosen(row.id, picker))
        self.source_picker = picker
        picker.open()

    def _link_chosen(self, recommendation_id: str, picker: SourcePicker) -> None:
        chosen = picker.chosen()
        if chosen is not None:
            self.link(recommendation_id, chosen)

    def link(self, recommendation_id: str, intervention_id: str) -> bool:
        row = self._row_of(recommendation_id)
        number = row.number if row else "?"
        return self._perform(
            self.tr("Link recommendation %1 to an intervention").replace("%1", str(number)),
            lambda session: recs.link_source(session, recommendation_id, intervention_id),
        )

    def unlink_current_source(self) -> None:
        current = self.current_id()
        item = self.sources.currentItem()
        if current is None or item is None:
            return
        self.unlink(current, str(item.data(Qt.ItemDataRole.UserRole)))

    def unlink(self, recommendation_id: str, intervention_id: str) -> bool:
        row = self._row_of(recommendation_id)
        number = row.number if row else "?"
        return self._perform(
            self.tr("Unlink recommendation %1 from an intervention").replace("%1", str(number)),
            lambda session: recs.unlink_source(session, recommendation_id, intervention_id),
        )
