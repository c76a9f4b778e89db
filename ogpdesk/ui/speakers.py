"""The speakers' queue and timer.

Ctrl+H, from anywhere in the window, jumps to the "raise a hand" field; a name (completed
from the directory as one types, in either script) and Enter puts the person in the queue and
gives the focus back to where the facilitator was typing. Enter on an empty field or on the
queue gives the floor to the next person. A one-second timer only repaints a label, so typing
never waits for it.

Each turn, when it ends, is stored (``core.speakers.record_turn``) as one undoable step, and
``current_speaker_changed(name)`` tells the capture line whom to pre-fill ("" when nobody).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ogpdesk.core import participants, speakers
from ogpdesk.core.models import utcnow
from ogpdesk.core.speakers import Clock, FinishedTurn, SpeakersQueue
from ogpdesk.ui.operations import Operations, Redraw

# How many names the completer offers at once.
COMPLETIONS = 12


def whole_seconds(seconds: float) -> int:
    """The seconds a clock shows: rounded while time is left, counted whole in overtime."""
    return int(seconds + 0.5) if seconds >= 0 else -int(-seconds)


def clock_text(seconds: float) -> str:
    """ "02:05", or "−00:12" once the speaker runs over."""
    whole = whole_seconds(seconds)
    sign = "−" if whole < 0 else ""
    return f"{sign}{abs(whole) // 60:02d}:{abs(whole) % 60:02d}"


class SpeakersPanel(QWidget):
    """Raised hands, who has the floor, the countdown, and the time each person spoke."""

    current_speaker_changed = Signal(str)
    # (speaker, seconds left — negative in overtime), every second of a turn: the projector.
    timer_changed = Signal(str, int)

    def __init__(
        self,
        ops: Operations,
        meeting_id: str,
        parent: QWidget | None = None,
        *,
        clock: Clock = utcnow,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.queue = SpeakersQueue(clock=clock)
        self._return_focus: QWidget | None = None

        self.hand = QLineEdit()
        self.hand.setPlaceholderText(self.tr("Name, then Enter (Ctrl+H)"))
        self.hand.setAccessibleName(self.tr("Raise a hand for"))
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The directory search already folded and ranked the names: show them as they are.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(COMPLETIONS)
        self.hand.setCompleter(completer)
        self.hand.textEdited.connect(self._complete)
        self.hand.returnPressed.connect(self._hand_entered)
        hand_label = QLabel(self.tr("Raise a &hand:"))
        hand_label.setBuddy(self.hand)

        self.limit = QSpinBox()
        self.limit.setRange(10, 3600)
        self.limit.setSingleStep(30)
        self.limit.setValue(self.queue.limit_seconds)
        self.limit.setSuffix(self.tr(" s"))
        self.limit.setAccessibleName(self.tr("Time limit per speaker, in seconds"))
        self.limit.valueChanged.connect(self.queue.set_limit)
        limit_label = QLabel(self.tr("Time &limit:"))
        limit_label.setBuddy(self.limit)

        self.speaker = QLabel()
        self.speaker.setAccessibleName(self.tr("Speaking now"))
        self.speaker.setWordWrap(True)
        self.countdown = QLabel(clock_text(0))
        self.countdown.setAccessibleName(self.tr("Time left"))
        font = self.countdown.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.countdown.setFont(font)

        self.waiting = QListWidget()
        self.waiting.setAccessibleName(self.tr("Waiting to speak"))
        self.waiting.itemActivated.connect(lambda _item: self.next_speaker())
        waiting_label = QLabel(self.tr("&Waiting:"))
        waiting_label.setBuddy(self.waiting)

        self.times = QListWidget()
        self.times.setAccessibleName(self.tr("Time each person spoke"))
        times_label = QLabel(self.tr("Time &spoken:"))
        times_label.setBuddy(self.times)

        self.raise_action = self._action(
            self.tr("Raise a hand"), "Ctrl+H", self.focus_hand, Qt.ShortcutContext.WindowShortcut
        )
        self.next_action = self._action(
            self.tr("Next speaker"),
            "Ctrl+Shift+H",
            self.next_speaker,
            Qt.ShortcutContext.WindowShortcut,
        )
        self.end_action = self._action(self.tr("End turn"), "Ctrl+Shift+X", self.end_turn)
        self.more_action = self._action(self.tr("One more minute"), "Ctrl+Shift+E", self.more_time)
        self.remove_action = self._action(self.tr("Remove from queue"), "Del", self.remove_current)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.waiting.addAction(self.remove_action)
        self.up_action = self._action(self.tr("Move up"), "Alt+Up", lambda: self.move_current(-1))
        self.down_action = self._action(
            self.tr("Move down"), "Alt+Down", lambda: self.move_current(1)
        )
        for action in (self.up_action, self.down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.waiting.addAction(action)

        form = QFormLayout()
        form.addRow(hand_label, self.hand)
        form.addRow(limit_label, self.limit)
        # A tool bar folds what does not fit behind its » button, so that the panel's width
        # never takes the timeline's.
        buttons = QToolBar()
        for action in (self.next_action, self.end_action, self.more_action, self.remove_action):
            action.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
            buttons.addAction(action)
            # Framed like buttons, which they are, not flat like a window's tool bar.
            buttons.widgetForAction(action).setAutoRaise(False)  # type: ignore[attr-defined]
        now = QHBoxLayout()
        now.addWidget(self.speaker, 1)
        now.addWidget(self.countdown)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(now)
        layout.addWidget(buttons)
        layout.addWidget(waiting_label)
        layout.addWidget(self.waiting, 1)
        layout.addWidget(times_label)
        layout.addWidget(self.times, 1)
        self.setTabOrder(self.hand, self.limit)
        self.setTabOrder(self.limit, self.waiting)
        self.setTabOrder(self.waiting, self.times)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

        self.redraw = Redraw(ops, self, ("timeline", "participants"), self._show_times)
        self._show_queue()
        self._show_times()
        self.tick()

    def showEvent(self, event: QShowEvent) -> None:
        self.redraw.shown()
        super().showEvent(event)

    def _action(
        self,
        text: str,
        shortcut: str,
        slot: Callable[[], object],
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- hands ---------------------------------------------------------------------------

    def focus_hand(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and not self.isAncestorOf(focused):
            self._return_focus = focused
        self.hand.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.hand.selectAll()

    def _complete(self, text: str) -> None:
        with self.ops.store.session() as session:
            found = participants.search_participants(session, text, COMPLETIONS)
            self.names.setStringList([p.full_name for p in found])

    def _hand_entered(self) -> None:
        name = self.hand.text().strip()
        if not name:
            self.next_speaker()
            return
        self.raise_hand(name)
        self.hand.clear()
        if self._return_focus is not None:
            self._return_focus.setFocus(Qt.FocusReason.OtherFocusReason)
            self._return_focus = None

    def raise_hand(self, name: str, participant_id: str | None = None) -> bool:
        added = self.queue.raise_hand(name, participant_id)
        self._show_queue()
        if not self.queue.current and len(self.queue.waiting) == 1:
            self.waiting.setCurrentRow(0)
        return added

    def remove_current(self) -> None:
        row = self.waiting.currentRow()
        if 0 <= row < len(self.queue.waiting):
            self.queue.remove(row)
            self._show_queue()
            self.waiting.setCurrentRow(min(row, self.waiting.count() - 1))

    def move_current(self, delta: int) -> None:
        row = self.waiting.currentRow()
        target = row + delta
        if 0 <= row < len(self.queue.waiting) and 0 <= target < len(self.queue.waiting):
            self.queue.move(row, target)
            self._show_queue()
            self.waiting.setCurrentRow(target)

    # -- turns ---------------------------------------------------------------------------

    def next_speaker(self) -> None:
        self._record(self.queue.next_speaker())
        self._turn_changed()

    def end_turn(self) -> None:
        self._record(self.queue.finish())
        self._turn_changed()

    def more_time(self) -> None:
        self.queue.extend(60)
        self.tick()

    def _record(self, turn: FinishedTurn | None) -> None:
        if turn is None:
            return
        self.ops.capture(
            self.tr("Speaking time of %1").replace("%1", turn.name),
            lambda session: speakers.record_turn(session, self.meeting_id, turn),
            self.meeting_id,
            initiator=self,
        )

    def _turn_changed(self) -> None:
        current = self.queue.current
        if current is None:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()
        self._show_queue()
        self.tick()
        self.current_speaker_changed.emit(current.name if current else "")

    def tick(self) -> None:
        current = self.queue.current
        remaining = self.queue.remaining_seconds()
        self.speaker.setText(current.name if current else self.tr("Nobody has the floor"))
        self.countdown.setText(clock_text(remaining) if current else clock_text(0))
        self.countdown.setStyleSheet("color: #c62828;" if self.queue.overtime else "")
        self.countdown.setAccessibleDescription(self.tr("Over time") if self.queue.overtime else "")
        if current is not None:
            # What the panel's clock shows, so that the projector never differs by a second.
            self.timer_changed.emit(current.name, whole_seconds(remaining))

    # -- display -------------------------------------------------------------------------

    def _show_queue(self) -> None:
        row = self.waiting.currentRow()
        self.waiting.clear()
        for number, hand in enumerate(self.queue.waiting, start=1):
            self.waiting.addItem(QListWidgetItem(f"{number}. {hand.name}"))
        if self.waiting.count():
            self.waiting.setCurrentRow(max(0, min(row, self.waiting.count() - 1)))

    def _show_times(self) -> None:
        self.times.clear()
        with self.ops.store.session() as session:
            totals = speakers.speaking_times(session, self.meeting_id)
        for total in totals:
            turns = self.tr("%n turn(s)", "", total.turns)
            self.times.addItem(f"{total.name} — {clock_text(total.seconds)} ({turns})")
