"""The timeline: everything captured in a meeting, in order, editable in place.

Double-click (or F2) a text to correct it, or the Who of an intervention to say who made it
(names complete from the people of the meeting; a line whose name several people share is
marked ⚠ until the secretary chooses); Delete removes the selected items. All are undoable
steps. The list is read as plain tuples (``core.timeline.entries``), so a long
meeting still appears at once, and it follows the newest line while the user is at the end.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QDialog,
    QHeaderView,
    QLineEdit,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from ogpdesk.core.attendance import attendance_list
from ogpdesk.core.capture import Captured
from ogpdesk.core.changes import Changes
from ogpdesk.core.models import Meeting, MeetingStatus
from ogpdesk.core.timeline import (
    TRANSLATED,
    Entry,
    EntryKind,
    Signature,
    entries,
    entries_of,
    set_removed,
    set_speaker,
    set_text,
    set_versions,
    signature,
    texts_of,
)
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui import keyboard, settings
from ogpdesk.ui.direction import TextDirectionDelegate
from ogpdesk.ui.errors import interface_language
from ogpdesk.ui.meeting_dialog import label
from ogpdesk.ui.operations import Operations, Redraw
from ogpdesk.ui.replay import ReplayStep
from ogpdesk.ui.versions import VersionsDialog

KIND_LABELS = {
    EntryKind.AGENDA: QT_TRANSLATE_NOOP("Labels", "Agenda item"),
    EntryKind.INTERVENTION: QT_TRANSLATE_NOOP("Labels", "Intervention"),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Note"),
    EntryKind.RECOMMENDATION: QT_TRANSLATE_NOOP("Labels", "Recommendation"),
    EntryKind.DECISION: QT_TRANSLATE_NOOP("Labels", "Decision"),
    EntryKind.ACTION: QT_TRANSLATE_NOOP("Labels", "Action"),
}
# Light tints, readable in both themes' text colour; the kind is also written out in words.
TINTS = {
    EntryKind.AGENDA: QColor("#dfe7f5"),
    EntryKind.RECOMMENDATION: QColor("#e3f3e1"),
    EntryKind.DECISION: QColor("#fbefd5"),
    EntryKind.ACTION: QColor("#f3e3f1"),
}
KIND, WHO, TEXT = range(3)
# Lines someone said (or could have: a note may be given its speaker).
SPOKEN = frozenset({EntryKind.INTERVENTION, EntryKind.NOTE})
ENTRY_ROLE = Qt.ItemDataRole.UserRole


def kind_text(entry: Entry) -> str:
    text = label(KIND_LABELS[entry.kind])
    return f"{text} {entry.number}" if entry.number is not None else text


class TimelineModel(QAbstractTableModel):
    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.rows: list[Entry] = []

    def set_rows(self, rows: list[Entry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def append_rows(self, rows: list[Entry]) -> None:
        if not rows:
            return
        count = len(self.rows)
        self.beginInsertRows(QModelIndex(), count, count + len(rows) - 1)
        self.rows = self.rows + rows
        self.endInsertRows()

    def update_rows(self, rows: list[Entry]) -> bool:
        """Show ``rows``: appended when only new ones came at the end (the usual case, a
        captured line), else reset. Returns True when rows were appended."""
        count = len(self.rows)
        if len(rows) < count or rows[:count] != self.rows:
            self.set_rows(rows)
            return False
        if len(rows) == count:
            return False
        self.beginInsertRows(QModelIndex(), count, len(rows) - 1)
        self.rows = rows
        self.endInsertRows()
        return True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                QCoreApplication.translate("TimelineView", "Kind"),
                QCoreApplication.translate("TimelineView", "Who"),
                QCoreApplication.translate("TimelineView", "Text"),
            ][section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND:
                return kind_text(entry)
            if column == WHO:
                who = entry.who or ""
                who = f"{who} ({entry.organisation})" if entry.organisation else who
                return f"⚠ {who}" if entry.unlinked else who
            return entry.text.replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.EditRole and column == TEXT:
            return entry.text
        if role == Qt.ItemDataRole.EditRole and column == WHO:
            return entry.who or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            if entry.updated_by is None or entry.updated is None:
                return entry.text
            # On a server: who last changed the line, and when (in local time).
            stamp = entry.updated
            when = QDateTime(
                QDate(stamp.year, stamp.month, stamp.day),
                QTime(stamp.hour, stamp.minute, stamp.second),
                QTimeZone.utc(),
            ).toLocalTime()
            author = (
                self.tr("Last changed by %1, %2")
                .replace("%1", entry.updated_by)
                .replace("%2", QLocale().toString(when, QLocale.FormatType.ShortFormat))
            )
            return f"{entry.text}\n\n{author}"
        if role == Qt.ItemDataRole.ToolTipRole and column == WHO and entry.unlinked:
            return QCoreApplication.translate(
                "TimelineView",
                "Several people have this name: double-click to choose who it was.",
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == WHO:
            return self.data(index)
        if role == Qt.ItemDataRole.BackgroundRole and entry.kind in TINTS:
            return QBrush(TINTS[entry.kind])
        if role == Qt.ItemDataRole.ForegroundRole and entry.kind in TINTS:
            return QBrush(QColor("#1a1a1a"))
        if role == Qt.ItemDataRole.FontRole and entry.kind is EntryKind.AGENDA:
            font = QFont(self.view.font())
            font.setBold(True)
            return font
        if role == ENTRY_ROLE:
            return entry
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.view.locked:
            # An approved meeting opens no editor only to refuse what is typed in it.
            return flags
        if index.isValid() and index.column() == TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.isValid() and index.column() == WHO and self.rows[index.row()].kind in SPOKEN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: object,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role == Qt.ItemDataRole.EditRole and index.column() == WHO:
            entry = self.rows[index.row()]
            name, participant_id = value if isinstance(value, tuple) else (str(value), None)
            if participant_id is None and name.strip() == (entry.who or ""):
                return False
            return self.view.edit_speaker(entry, name, participant_id)
        if role != Qt.ItemDataRole.EditRole or index.column() != TEXT:
            return False
        entry = self.rows[index.row()]
        new = str(value).strip()
        if new == entry.text:
            return False
        if not self.view.edit_text(entry, new):
            return False
        self.rows[index.row()] = dataclasses.replace(entry, text=new)
        self.dataChanged.emit(index, index)
        return True


class SpeakerDelegate(TextDirectionDelegate):
    """The Who editor: a name, completed from the people of the meeting. A name chosen from
    the list is that person; a name typed is matched (``core.people``) when it is saved."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        view = self.parent()
        assert isinstance(view, TimelineView)
        choices = dict(view.people())
        editor.setProperty("choices", choices)
        completer = QCompleter(list(choices), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)

        def accepted(name: str) -> None:
            editor.setText(name)
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

        keyboard.PopupAccepts(completer, accepted)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not isinstance(editor, QLineEdit):
            return
        text = editor.text().strip()
        choices = editor.property("choices") or {}
        model.setData(index, (text, choices.get(text)), Qt.ItemDataRole.EditRole)


class TimelineView(QTableView):
    def __init__(self, ops: Operations, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.model_ = TimelineModel(self)
        self._signature: Signature | None = None
        # True while the meeting is approved: nothing in it can be edited.
        self.locked = False
        # Rows whose height was fitted to their text (``_fit_rows``).
        self._fitted: set[int] = set()
        self.model_.modelReset.connect(self._fitted.clear)
        self.setModel(self.model_)
        self.setItemDelegate(TextDirectionDelegate(self))
        self.setItemDelegateForColumn(WHO, SpeakerDelegate(self))
        self.setAccessibleName(self.tr("Timeline"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # What was said is read whole: its rows wrap, and only the rows on screen are
        # measured (``_fit_rows``), so a long meeting costs nothing more per line.
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Fixed widths: sizing columns to their contents would read every row at each redraw.
        # The kind column is as wide as its longest label; the user's widths are kept.
        header = self.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max(
            QFontMetrics(bold).horizontalAdvance(f"{label(text)} 88")
            for text in KIND_LABELS.values()
        )
        self.setColumnWidth(KIND, widest + 16)
        self.setColumnWidth(WHO, self.fontMetrics().horizontalAdvance("M" * 14))
        saved = settings.TIMELINE_COLUMNS.get()
        if not saved.isEmpty():
            header.restoreState(saved)
        header.sectionResized.connect(self._columns_resized)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._fit_rows())
        # Numbers of agenda items, recommendations and decisions change without a timeline
        # flag (a reorder); its own edits are shown by the model already.
        self.redraw = Redraw(
            ops,
            self,
            ("timeline", "agenda", "recommendations", "decisions", "actions", "meetings"),
            self.reload,
            skip_own=True,
        )
        ops.captured.connect(self.on_captured)
        # The versions of an agenda item, recommendation, decision or action, beside it.
        self.translate_action = QAction(self.tr("&Translations…"), self)
        self.translate_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.translate_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.translate_action.triggered.connect(self.ask_versions)
        self.addAction(self.translate_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.redraw.shown()
        super().showEvent(event)
        self._fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_rows(again=True)
        else:
            self._fit_rows()

    def _columns_resized(self, column: int, _old: int, _new: int) -> None:
        if column != TEXT:
            # Only the two columns a user sizes; the text column follows the window.
            settings.TIMELINE_COLUMNS.set(self.horizontalHeader().saveState())
        if column != KIND:
            self._fit_rows(again=True)

    def _fit_rows(self, *, again: bool = False) -> None:
        """Rows on screen as tall as their wrapped text (rows off screen are measured when
        scrolled to; a row once measured is not measured again until the widths change)."""
        if again:
            self._fitted.clear()
        if not self.isVisible() or not self.model_.rows:
            return
        top = max(self.rowAt(0), 0)
        bottom = self.rowAt(self.viewport().height() - 1)
        bottom = self.model_.rowCount() - 1 if bottom < 0 else bottom
        for row in range(top, bottom + 1):
            if row not in self._fitted:
                self._fitted.add(row)
                self.resizeRowToContents(row)

    def on_captured(self, captured: Captured, _initiator: object) -> None:
        """Append the lines a capture step created, as they are: the meeting is not read
        again (at 5,000 items, that read and its check cost more than the rest of a line)."""
        known = self._signature
        if not self.isVisible() or known is None:
            return  # redrawn when shown
        added = entries_of(captured.rows, self.meeting_id)
        if not added or added[0].position <= known.position:
            return  # not at the end: the broadcast reloads
        at_end = self._at_end()
        self.model_.append_rows(added)
        self._signature = known.extended(added)
        self.redraw.shown_already()
        count = self.model_.rowCount()
        for row in range(count - len(added), count):
            self._fitted.add(row)
            self.resizeRowToContents(row)
        if at_end:
            self.scrollToBottom()

    def _at_end(self) -> bool:
        scroll = self.verticalScrollBar()
        return scroll.value() >= scroll.maximum() - 2

    def reload(self) -> None:
        at_end = self._at_end()
        current = self.current_entry()
        known = self._signature
        with self.ops.store.session() as session:
            meeting = session.get(Meeting, self.meeting_id)
            self.locked = meeting is not None and meeting.status is MeetingStatus.APPROVED
            if (
                self.model_.rows
                and known is not None
                and signature(session, self.meeting_id, known.position) == known
            ):
                # What is shown is still true: read only what came after it.
                added = entries(session, self.meeting_id, after=known.position)
                self.model_.append_rows(added)
                self._signature = known.extended(added)
                kept = True
            else:
                rows = entries(session, self.meeting_id)
                self._signature = Signature.of(rows)
                kept = self.model_.update_rows(rows)
        if not kept and current is not None:
            self.show_entry(current.id, scroll=False)
        if at_end:
            self.scrollToBottom()
        self._fit_rows()

    def entries(self) -> list[Entry]:
        return list(self.model_.rows)

    def current_entry(self) -> Entry | None:
        index = self.currentIndex()
        return self.model_.rows[index.row()] if index.isValid() else None

    def show_entry(self, entry_id: str, *, scroll: bool = True) -> bool:
        for row, entry in enumerate(self.model_.rows):
            if entry.id == entry_id:
                index = self.model_.index(row, TEXT)
                self.setCurrentIndex(index)
                if scroll:
                    self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                return True
        return False

    def edit_text(self, entry: Entry, text: str) -> bool:
        # The first run writes on what was shown: refused if someone changed it since.
        # Undo and redo then write on this edit's own result.
        shown = [entry.version]

        def change(value: str) -> Callable[[Session], Changes]:
            def step(session: Session) -> Changes:
                seen = shown.pop() if shown else None
                return set_text(session, entry.kind, entry.id, value, seen=seen)[1]

            return step

        done = self.ops.perform(
            self.tr("Edit “%1”").replace("%1", kind_text(entry)),
            change(text),
            change(entry.text),
            initiator=self,
        )
        return done is not None

    def versions_dialog(self, entry: Entry) -> VersionsDialog | None:
        """The dialog of ``entry``'s text beside its versions; None for what has none."""
        if entry.kind not in TRANSLATED:
            return None
        with self.ops.store.session() as session:
            field, texts = texts_of(session, entry.kind, entry.id)
        title = self.tr("Translations of “%1”").replace("%1", kind_text(entry))
        return VersionsDialog(
            title, [(field, kind_text(entry), texts)], interface_language(), self, lang_field="lang"
        )

    def translate_entry(self, entry: Entry, values: dict[str, str | None]) -> bool:
        """``entry``'s text and versions as ``values`` says, one undoable step."""
        if not values or self.locked:
            return False
        step = ReplayStep(lambda session: set_versions(session, entry.kind, entry.id, values))
        text = self.tr("Translate “%1”").replace("%1", kind_text(entry))
        return self.ops.perform(text, step.redo, step.undo, initiator=self) is not None

    def ask_versions(self) -> None:
        entry = self.current_entry()
        dialog = self.versions_dialog(entry) if entry is not None and not self.locked else None
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            assert entry is not None
            self.translate_entry(entry, dialog.values())

    def people(self) -> list[tuple[str, str]]:
        """(label, participant id) of the people of the meeting: the Who editor's choices."""
        with self.ops.store.session() as session:
            rows = attendance_list(session, self.meeting_id)
        choices = []
        for row in rows:
            name = f"{row.full_name} ({row.organisation})" if row.organisation else row.full_name
            choices.append((name, row.participant_id))
        return choices

    def edit_speaker(self, entry: Entry, name: str, participant_id: str | None) -> bool:
        """Who made ``entry``: the person chosen, or whom the name stands for."""
        step = ReplayStep(
            lambda session: set_speaker(session, entry.id, name, participant_id=participant_id)
        )
        done = self.ops.perform(
            self.tr("Speaker of “%1”").replace("%1", entry.text[:30]),
            step.redo,
            step.undo,
            initiator=self,
        )
        if done is not None:
            # Once the editor is closed: reading the meeting now would reset the model under
            # the editor that is committing.
            QTimer.singleShot(0, self.reload)
        return done is not None

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        chosen = [self.model_.rows[row] for row in rows]
        if not chosen or self.locked:
            return

        def removal(items: list[Entry], removed: bool) -> Callable[[Session], Changes]:
            def step(session: Session) -> Changes:
                changes = Changes()
                for item in items:
                    changes = changes | set_removed(session, item.kind, item.id, removed)
                return changes

            return step

        text = (
            self.tr("Remove “%1”").replace("%1", kind_text(chosen[0]))
            if len(chosen) == 1
            else self.tr("Remove %n items", "", len(chosen))
        )
        self.ops.perform(text, removal(chosen, True), removal(chosen, False))
        # The removal is done: what is typed next belongs to the capture line, not to the
        # table's type-to-find.
        keyboard.give_back(self)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        # Enter or Escape ends the correction; a click elsewhere went where it was meant to.
        if hint in (
            QAbstractItemDelegate.EndEditHint.SubmitModelCache,
            QAbstractItemDelegate.EndEditHint.RevertModelCache,
        ):
            keyboard.give_back(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_selected()
            return
        super().keyPressEvent(event)
