"""The home view: processes and their meetings by date, with the counts a secretary checks.

An action plan's dashboard, commitments, governance, co-creation and proposals open in a
window of their own (``ActionPlanView``), from the "Action plan…" button or by activating the
plan's title, and stay open beside a meeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogpdesk.core.meetings import MeetingSummary, Overview, overview
from ogpdesk.core.models import ProcessKind
from ogpdesk.ui import settings
from ogpdesk.ui.meeting_dialog import kind_label, status_label
from ogpdesk.ui.operations import Operations, Redraw
from ogpdesk.ui.versions import in_interface

if TYPE_CHECKING:
    from ogpdesk.ui.actionplan import ActionPlanView

MEETING_ROLE = Qt.ItemDataRole.UserRole
# The process of a group, and of a meeting's row.
PROCESS_ROLE = Qt.ItemDataRole.UserRole + 1


class HomeView(QWidget):
    """Lists meetings; asks the window to open, create, edit or duplicate one."""

    open_requested = Signal(str)
    new_requested = Signal()
    edit_requested = Signal(str)
    duplicate_requested = Signal(str)

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, first: Overview | None = None
    ) -> None:
        """``first``: the list already read from the store (at start-up, off the UI thread)."""
        super().__init__(parent)
        self.ops = ops
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Meeting"),
                self.tr("Kind"),
                self.tr("City"),
                self.tr("Status"),
                self.tr("Participants"),
                self.tr("Recommendations"),
                self.tr("Open actions"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Meetings"))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activated)
        caption = QLabel(self.tr("&Meetings"))
        caption.setBuddy(self.tree)
        bold = QFont(caption.font())
        bold.setPointSizeF(bold.pointSizeF() * 1.3)
        bold.setBold(True)
        caption.setFont(bold)

        self.open_button = QPushButton(self.tr("&Open"))
        self.new_button = QPushButton(self.tr("&New meeting…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate…"))
        self.plan_button = QPushButton(self.tr("Action &plan…"))
        self.plan_button.setToolTip(
            self.tr("Dashboard, commitments, governance and proposals of the chosen action plan")
        )
        self.plan_button.clicked.connect(self.open_selected_plan)
        # Action plans among the processes listed (id → title), and their open windows.
        self.plans: dict[str, str] = {}
        self.plan_windows: dict[str, ActionPlanView] = {}
        self.open_button.clicked.connect(lambda: self._emit_selected(self.open_requested))
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(lambda: self._emit_selected(self.edit_requested))
        self.duplicate_button.clicked.connect(lambda: self._emit_selected(self.duplicate_requested))
        buttons = QHBoxLayout()
        for button in (
            self.open_button,
            self.new_button,
            self.edit_button,
            self.duplicate_button,
            self.plan_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        # The first start shows a way in rather than an empty table.
        self.empty_hint = QLabel(
            self.tr(
                "No meeting yet. Create one with New meeting… (Ctrl+N), or load the sample "
                "seminars and action plan from a terminal: ogpdesk demo"
            )
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.tree.currentItemChanged.connect(self._update_buttons)
        # Hidden behind a meeting, the list is redrawn when it is shown again: capture must
        # not pay for counting every meeting's rows.
        self.redraw = Redraw(
            ops,
            self,
            ("meetings", "processes", "attendance", "recommendations", "actions"),
            self.reload,
        )
        self.reload(first)

    def showEvent(self, event: QShowEvent) -> None:
        self.redraw.shown()
        super().showEvent(event)

    def reload(self, listed: Overview | None = None) -> None:
        self.redraw.stale = False
        selected = self.selected_meeting()
        if listed is None:
            with self.ops.store.session() as session:
                listed = overview(session)
        processes, meetings = listed.processes, listed.meetings
        self.plans = {
            process_id: in_interface(titles)
            for process_id, titles, kind in processes
            if kind is ProcessKind.ACTION_PLAN
        }
        self.tree.clear()
        groups: dict[str | None, QTreeWidgetItem] = {}
        recent = settings.RECENT_MEETINGS.get()
        by_id = {m.id: m for m in meetings}
        recent_meetings = [by_id[i] for i in recent if i in by_id]
        if recent_meetings:
            group = self._group(self.tr("Recently opened"))
            for summary in recent_meetings:
                self._meeting_row(group, summary)
        for process_id, titles, _kind in processes:
            group = self._group(in_interface(titles))
            group.setData(0, PROCESS_ROLE, process_id)
            if process_id in self.plans:
                # Chosen and activated like a meeting: it opens the plan.
                group.setFlags(group.flags() | Qt.ItemFlag.ItemIsSelectable)
                group.setToolTip(0, self.tr("Enter or double-click: the action plan"))
            groups[process_id] = group
        for summary in meetings:
            parent = groups.get(summary.process_id)
            if parent is None:
                parent = groups.setdefault(None, self._group(self.tr("Meetings without a process")))
            self._meeting_row(parent, summary)
        for item in self._groups():
            if item.childCount() == 0:
                item.setHidden(True)
        self.empty_hint.setVisible(not meetings)
        self.tree.expandAll()
        for column in (0, 2, 3, 4, 5, 6, 7):
            self.tree.resizeColumnToContents(column)
        if selected:
            self.select_meeting(selected)
        elif (first := self._first_meeting_item()) is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        item.setFirstColumnSpanned(True)
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _meeting_row(self, parent: QTreeWidgetItem, m: MeetingSummary) -> None:
        item = QTreeWidgetItem(
            parent,
            [
                m.date.isoformat(),
                in_interface(m.titles),
                kind_label(m.kind),
                m.city or "",
                status_label(m.status),
                str(m.participants),
                str(m.recommendations),
                str(m.open_actions),
            ],
        )
        item.setData(0, MEETING_ROLE, m.id)
        item.setData(0, PROCESS_ROLE, m.process_id)
        for column in (5, 6, 7):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)

    def _groups(self) -> list[QTreeWidgetItem]:
        """The top rows: a process, or the meetings without one."""
        found = (self.tree.topLevelItem(index) for index in range(self.tree.topLevelItemCount()))
        return [group for group in found if group is not None]

    def _first_meeting_item(self) -> QTreeWidgetItem | None:
        for group in self._groups():
            if group.childCount():
                return group.child(0)
        return None

    def meeting_items(self) -> list[QTreeWidgetItem]:
        groups = self._groups()
        children = (group.child(row) for group in groups for row in range(group.childCount()))
        return [child for child in children if child is not None]

    def selected_meeting(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, MEETING_ROLE) if item is not None else None

    def select_meeting(self, meeting_id: str) -> None:
        for item in self.meeting_items():
            if item.data(0, MEETING_ROLE) == meeting_id:
                self.tree.setCurrentItem(item)
                return

    def _activated(self, item: QTreeWidgetItem) -> None:
        meeting_id = item.data(0, MEETING_ROLE)
        if meeting_id:
            self.open_requested.emit(meeting_id)
        elif item.data(0, PROCESS_ROLE) in self.plans:
            self.open_plan(item.data(0, PROCESS_ROLE))

    def selected_plan(self) -> str | None:
        """The action plan of the chosen row (its title, or one of its meetings)."""
        item = self.tree.currentItem()
        process_id = item.data(0, PROCESS_ROLE) if item is not None else None
        return process_id if process_id in self.plans else None

    def open_selected_plan(self) -> None:
        process_id = self.selected_plan()
        if process_id is not None:
            self.open_plan(process_id)

    def open_plan(self, process_id: str) -> ActionPlanView:
        """The plan's window, opened or brought to the front."""
        window = self.plan_windows.get(process_id)
        if window is None or not shiboken6.isValid(window):  # closed windows are deleted
            # Imported when a plan is first opened: it is a fifth of the window's code.
            from ogpdesk.ui.actionplan import ActionPlanView

            window = ActionPlanView(self.ops, process_id, self)
            window.setWindowFlag(Qt.WindowType.Window)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.setWindowTitle(
                self.tr("Action plan — %1").replace("%1", self.plans.get(process_id, ""))
            )
            window.resize(1200, 760)
            self.plan_windows[process_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _emit_selected(self, signal: SignalInstance) -> None:
        meeting_id = self.selected_meeting()
        if meeting_id:
            signal.emit(meeting_id)

    def _update_buttons(self) -> None:
        has = self.selected_meeting() is not None
        for button in (self.open_button, self.edit_button, self.duplicate_button):
            button.setEnabled(has)
        self.plan_button.setEnabled(self.selected_plan() is not None)
