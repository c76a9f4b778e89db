"""The agenda of a meeting: ordered items, the current one highlighted, reorderable.

Reorder by dragging or with Alt+Up / Alt+Down on the selected item; each move is one undo
step. The current item — the one new lines are recorded under — is the last one opened
(Ctrl+G in the capture line opens a new one).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from ogpdesk.core.capture import current_agenda_item
from ogpdesk.core.changes import Changes
from ogpdesk.core.languages import Texts
from ogpdesk.core.models import Meeting
from ogpdesk.core.timeline import agenda, reorder_agenda
from ogpdesk.ui.direction import numbered
from ogpdesk.ui.operations import Operations, Redraw, Step
from ogpdesk.ui.versions import in_interface

ITEM_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT_TINT = QColor("#ffe8a3")


class AgendaView(QListWidget):
    current_item_changed = Signal(str)  # title of the current agenda item

    def __init__(self, ops: Operations, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.current_id: str | None = None
        self.setAccessibleName(self.tr("Agenda"))
        self.setAccessibleDescription(self.tr("Alt+Up and Alt+Down move the selected item."))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.redraw = Redraw(ops, self, ("agenda",), self.reload, skip_own=True)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.redraw.shown()
        super().showEvent(event)

    def reload(self) -> None:
        selected = self.selected_id()
        with self.ops.store.session() as session:
            items = [
                (a.id, a.number, in_interface(Texts.of(a, "title")))
                for a in agenda(session, self.meeting_id)
            ]
            meeting = session.get(Meeting, self.meeting_id)
            current = current_agenda_item(session, meeting) if meeting is not None else None
            current_id = current.id if current is not None else None
            current_title = in_interface(Texts.of(current, "title")) if current else ""
        self.clear()
        for item_id, _number, title in items:
            row = QListWidgetItem(title)
            row.setData(ITEM_ROLE, item_id)
            row.setData(TITLE_ROLE, title)
            self.addItem(row)
        self._number()
        if current_id != self.current_id:
            self.current_id = current_id
            self.current_item_changed.emit(current_title)
        self._highlight()
        if selected:
            self.select(selected)

    def _number(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            item.setText(numbered(row + 1, item.data(TITLE_ROLE)))

    def _highlight(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            current = item.data(ITEM_ROLE) == self.current_id
            font = QFont(self.font())
            font.setBold(current)
            item.setFont(font)
            item.setBackground(QBrush(CURRENT_TINT) if current else QBrush())
            item.setForeground(QBrush(QColor("#1a1a1a")) if current else QBrush())
            item.setToolTip(self.tr("Current item") if current else "")

    def ids(self) -> list[str]:
        return [self.item(row).data(ITEM_ROLE) for row in range(self.count())]

    def titles(self) -> list[str]:
        return [str(self.item(row).data(TITLE_ROLE)) for row in range(self.count())]

    def selected_id(self) -> str | None:
        item = self.currentItem()
        found = item.data(ITEM_ROLE) if item is not None else None
        return found if isinstance(found, str) else None

    def select(self, item_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(ITEM_ROLE) == item_id:
                self.setCurrentRow(row)
                return

    def move_selected(self, offset: int) -> None:
        row = self.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.count():
            return
        order = self.ids()
        order.insert(target, order.pop(row))
        self._reorder(order)
        self.setCurrentRow(target)

    def _reorder(self, order: list[str]) -> None:
        meeting_id = self.meeting_id

        def arrange(ids: list[str]) -> Step:
            def step(session: Session) -> Changes:
                return reorder_agenda(session, meeting_id, ids)[1]

            return step

        with self.ops.store.session() as session:
            previous = [a.id for a in agenda(session, meeting_id)]
        if previous == order:
            return
        self.ops.perform(
            self.tr("Reorder agenda"), arrange(order), arrange(previous), initiator=self
        )
        # Undo and redo reload this view through the broadcast; the first run (or its
        # refusal) is shown here.
        self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        moved = self.selected_id()
        super().dropEvent(event)
        self._reorder(self.ids())
        if moved:
            self.select(moved)
