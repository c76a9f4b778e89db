"""One meeting on screen: agenda, timeline, capture line, and the panels of the meeting.

The capture line keeps the focus: the view hands it back after every recorded line and when
the view is shown, and every panel follows the keyboard model of ``ui/keyboard.py``. The
sign-in, speakers' queue and recommendations panels are mounted as tabs when their modules
are installed; the speakers' queue feeds the capture line's speaker. A quarterly review of an
action plan shows its progress matrix too, as the tab in front.

Closing and approving go through the meeting's statuses (``core.meetings``). Closing can be
undone; approving locks the meeting and reopening it is an explicit, recorded step — neither
is an undo step, so the record of who reopened what cannot be undone away. From the menu,
each asks first (``ask_to_close`` and the others): one stray click or Enter must not lock
the minutes in front of a room. Only closing, which can be undone, is offered by default.
"""

from __future__ import annotations

import getpass
import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes
from ogpdesk.core.languages import Texts
from ogpdesk.core.meetings import find_meeting, reopen_meeting, set_status
from ogpdesk.core.models import Meeting, MeetingKind, MeetingStatus, ProcessKind
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui import keyboard, memory, settings
from ogpdesk.ui.agenda import AgendaView
from ogpdesk.ui.capture import CaptureLine
from ogpdesk.ui.direction import shown
from ogpdesk.ui.meeting_dialog import kind_label, label, status_label
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.timeline import TimelineView
from ogpdesk.ui.versions import in_interface

log = logging.getLogger(__name__)

# (module, widget class, tab title): the meeting's panels built elsewhere in ogpdesk.ui.
PANELS = (
    ("ogpdesk.ui.attendance", "AttendancePanel", QT_TRANSLATE_NOOP("Labels", "Sign-in")),
    ("ogpdesk.ui.speakers", "SpeakersPanel", QT_TRANSLATE_NOOP("Labels", "Speakers")),
    (
        "ogpdesk.ui.recommendations",
        "RecommendationsBoard",
        QT_TRANSLATE_NOOP("Labels", "Recommendations"),
    ),
)
PROGRESS_REVIEW = QT_TRANSLATE_NOOP("Labels", "Progress review")


# Screens this high or lower (1280×800, 1366×768 laptops) get the compact layout.
COMPACT_HEIGHT = 900


def compact_screen() -> bool:
    """True on a laptop screen, where every row of the meeting view counts."""
    screen = QGuiApplication.primaryScreen()
    return screen is not None and screen.availableGeometry().height() <= COMPACT_HEIGHT


def user_name() -> str:
    return settings.USER_NAME.get() or getpass.getuser()


class MeetingView(QWidget):
    speaker_changed = Signal(object)  # name or None
    remaining_changed = Signal(object)  # seconds left (negative: overtime) or None
    status_changed = Signal(object)  # MeetingStatus
    gone = Signal()  # the meeting was deleted (e.g. its creation undone)

    def __init__(self, ops: Operations, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.status = MeetingStatus.PLANNED

        self.header = QLabel()
        font = QFont(self.header.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)
        self.header.setWordWrap(True)
        self.details = QLabel()

        self.agenda = AgendaView(ops, meeting_id)
        self.timeline = TimelineView(ops, meeting_id)
        self.capture = CaptureLine(ops, meeting_id)
        self.capture.recorded.connect(lambda _c: self.capture.setFocus())
        self.capture.list_kind_changed.connect(self._show_list_mode)

        agenda_caption = QLabel(self.tr("&Agenda"))
        agenda_caption.setBuddy(self.agenda)
        timeline_caption = QLabel(self.tr("T&imeline"))
        timeline_caption.setBuddy(self.timeline)
        capture_caption = QLabel(self.tr("&Capture:"))
        capture_caption.setBuddy(self.capture)
        self.list_mode = QLabel()

        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(agenda_caption)
        agenda_layout.addWidget(self.agenda)
        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(timeline_caption)
        timeline_layout.addWidget(self.timeline)

        self.panels = QTabWidget()
        self.panels.setAccessibleName(self.tr("Meeting panels"))
        self._mount_panels()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(agenda_box)
        splitter.addWidget(timeline_box)
        splitter.addWidget(self.panels)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        self.compact = compact_screen()
        if self.panel("ProgressReviewPanel") is not None:
            # The progress matrix is what a quarterly review works on: as wide as the rest.
            splitter.setSizes([180, 520, 740])
        elif self.compact:
            # 1280×800: a narrow agenda; the sign-in list needs its names whole.
            splitter.setSizes([150, 640, 490])
        else:
            # The timeline is what the facilitator watches: it gets most of the width.
            splitter.setSizes([240, 760, 440])
        saved = settings.MEETING_SPLITTER.get()
        if not saved.isEmpty():
            splitter.restoreState(saved)
        # Kept when the user stops dragging, not at every pixel of the drag.
        self._keep_sizes = QTimer(self)
        self._keep_sizes.setSingleShot(True)
        self._keep_sizes.setInterval(400)
        self._keep_sizes.timeout.connect(
            lambda: settings.MEETING_SPLITTER.set(splitter.saveState())
        )
        splitter.splitterMoved.connect(lambda _pos, _index: self._keep_sizes.start())
        self.splitter = splitter
        if self.panels.count() == 0:
            self.panels.hide()

        capture_row = QHBoxLayout()
        capture_row.addWidget(capture_caption)
        capture_row.addWidget(self.capture, 1)
        capture_row.addWidget(self.list_mode)
        capture_font = QFont(self.capture.font())
        capture_font.setPointSizeF(capture_font.pointSizeF() * 1.25)
        self.capture.setFont(capture_font)
        self.capture.setMinimumHeight(self.capture.sizeHint().height() + 8)

        layout = QVBoxLayout(self)
        if self.compact:
            # One line of title and details: the rows below are what a laptop lacks.
            font.setPointSizeF(font.pointSizeF() / 1.3 * 1.1)
            self.header.setFont(font)
            self.header.setWordWrap(False)
            title_row = QHBoxLayout()
            title_row.addWidget(self.header, 1)
            title_row.addWidget(self.details)
            layout.addLayout(title_row)
            layout.setContentsMargins(6, 4, 6, 4)
        else:
            layout.addWidget(self.header)
            layout.addWidget(self.details)
        layout.addWidget(splitter, 1)
        layout.addLayout(capture_row)
        self.setFocusProxy(self.capture)
        # The keyboard model (ui/keyboard.py): panels give the focus back to this view, that
        # is to its capture line, and Escape in any of them does.
        self.setProperty(keyboard.OWNER, True)
        self._escape = keyboard.EscapeGivesBack(self, self.agenda, self.timeline, self.panels)
        self.setTabOrder(self.capture, self.timeline)
        self.setTabOrder(self.timeline, self.agenda)
        self.setTabOrder(self.agenda, self.panels)

        ops.changed.connect(self.on_changes)
        self.reload()
        memory.settle()

    def _mount_panels(self) -> None:
        for module_name, class_name, title in PANELS:
            try:
                module = importlib.import_module(module_name)
            except ImportError:
                continue
            widget_class = getattr(module, class_name, None)
            if widget_class is None:
                log.warning("%s has no %s; panel not shown", module_name, class_name)
                continue
            panel = widget_class(self.ops, self.meeting_id)
            self.panels.addTab(panel, label(title))
            self._panel_key(panel, self.panels.count())
            for action in panel.actions():
                if action.shortcutContext() is Qt.ShortcutContext.WindowShortcut:
                    # Qt matches a shortcut only through a visible widget: a panel's window-wide
                    # keys (Ctrl+H…) must work while another tab is in front.
                    self.addAction(action)
            speaker = getattr(panel, "current_speaker_changed", None)
            if speaker is not None:
                speaker.connect(self._speaker)
            timer = getattr(panel, "timer_changed", None)
            if timer is not None:
                timer.connect(self._timer)
        if self._reviews_an_action_plan():
            # First and in front: the quarter's matrix is what such a meeting is about.
            from ogpdesk.ui.progress_review import ProgressReviewPanel

            review = ProgressReviewPanel(self.ops, self.meeting_id)
            self.panels.insertTab(0, review, label(PROGRESS_REVIEW))
            self.panels.setCurrentIndex(0)

    def _panel_key(self, panel: QWidget, number: int) -> None:
        """Alt+number brings the panel forward, the focus in its first field."""
        action = QAction(self)
        action.setShortcut(QKeySequence(f"Alt+{number}"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        def show() -> None:
            self.panels.setCurrentWidget(panel)
            keyboard.focus_first(panel)

        action.triggered.connect(show)
        self.addAction(action)

    def _reviews_an_action_plan(self) -> bool:
        with self.ops.store.session() as session:
            meeting = session.get(Meeting, self.meeting_id)
            return (
                meeting is not None
                and meeting.kind is MeetingKind.QUARTERLY_REVIEW
                and meeting.process is not None
                and not meeting.process.deleted
                and meeting.process.kind is ProcessKind.ACTION_PLAN
            )

    def panel(self, class_name: str) -> QWidget | None:
        for index in range(self.panels.count()):
            widget = self.panels.widget(index)
            if type(widget).__name__ == class_name:
                return widget
        return None

    def _speaker(self, name: object) -> None:
        speaker = str(name) if name else None
        self.capture.set_current_speaker(speaker)
        self.speaker_changed.emit(speaker)

    def _timer(self, _name: str, seconds: int) -> None:
        self.remaining_changed.emit(seconds)

    def _show_list_mode(self, kind: object) -> None:
        self.list_mode.setText(self.tr("(list)") if kind is not None else "")

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.meetings:
            self.reload()

    def reload(self) -> None:
        with self.ops.store.session() as session:
            meeting = session.get(Meeting, self.meeting_id)
            if meeting is None or meeting.deleted:
                self.gone.emit()
                return
            title = in_interface(Texts.of(meeting, "title"))
            details = " · ".join(
                part
                for part in (
                    meeting.date.isoformat(),
                    kind_label(meeting.kind),
                    meeting.city or "",
                    meeting.place or "",
                    status_label(meeting.status),
                )
                if part
            )
            status = meeting.status
        self.header.setText(title)
        self.details.setText(details)
        locked = status is MeetingStatus.APPROVED
        self.capture.setReadOnly(locked)
        if locked:
            self.capture.setPlaceholderText(
                self.tr("This meeting is approved and locked; reopen it to change it.")
            )
        else:
            self.capture.refresh_placeholder()
        if status is not self.status:
            self.status = status
            self.status_changed.emit(status)

    # -- closing --------------------------------------------------------------------------

    def ask_to_close(self) -> QMessageBox:
        return self._ask(
            self.tr("Close meeting"),
            self.tr(
                "Close the meeting “{title}”? Its minutes can then be approved. "
                "You can undo this from the Edit menu."
            ).format(title=self.header.text()),
            self.tr("&Close meeting"),
            self.close_meeting,
            offered=True,
        )

    def ask_to_approve(self) -> QMessageBox:
        return self._ask(
            self.tr("Approve and lock"),
            self.tr(
                "Approve and lock the meeting “{title}”? Nothing in it can be changed "
                "afterwards unless it is reopened, and a reopening is recorded in its minutes."
            ).format(title=self.header.text()),
            self.tr("A&pprove and lock"),
            self.approve_meeting,
        )

    def ask_to_reopen(self) -> QMessageBox:
        return self._ask(
            self.tr("Reopen meeting"),
            self.tr(
                "Reopen the approved meeting “{title}”? It can then be changed, and its "
                "minutes record that {name} reopened it."
            ).format(title=self.header.text(), name=user_name()),
            self.tr("&Reopen"),
            self.reopen_meeting,
        )

    def _ask(
        self,
        title: str,
        question: str,
        verb: str,
        then: Callable[[], bool],
        *,
        offered: bool = False,
    ) -> QMessageBox:
        """A window-modal question that runs ``then`` on the verb's button, ``offered``
        meaning Enter takes the verb rather than Cancel. ``open``, not ``exec``: no nested
        event loop for a recording to wait behind, and a test answers it as a user would."""
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(shown(question))
        yes = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes if offered else no)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is yes:
                then()
            self.capture.setFocus()

        box.finished.connect(answered)
        box.open()
        return box

    def close_meeting(self) -> bool:
        previous = self.status
        meeting_id = self.meeting_id

        def to(status: MeetingStatus) -> Callable[[Session], Changes]:
            def step(session: Session) -> Changes:
                set_status(session, find_meeting(session, meeting_id), status)
                return Changes(meetings=True)

            return step

        done = self.ops.perform(self.tr("Close meeting"), to(MeetingStatus.CLOSED), to(previous))
        return done is not None

    def approve_meeting(self) -> bool:
        meeting_id = self.meeting_id

        def approve(session: Session) -> Changes:
            set_status(session, find_meeting(session, meeting_id), MeetingStatus.APPROVED)
            return Changes(meetings=True)

        return self.ops.run(approve, initiator=self) is not None

    def reopen_meeting(self) -> bool:
        meeting_id = self.meeting_id
        who = user_name()

        def reopen(session: Session) -> Changes:
            reopen_meeting(session, find_meeting(session, meeting_id), by=who)
            return Changes(meetings=True, timeline=True)

        return self.ops.run(reopen, initiator=self) is not None
