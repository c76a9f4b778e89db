"""The speakers' queue and timer.

Ctrl+H, from anywhere in the window, jumps to the "raise a hand" field; a name (completed
from the directory as one types, in either script) and Enter puts the person in the queue, and
the field stays for the next hand (hands go up several at a time). An empty Enter or Escape
gives the focus back to where the facilitator was typing — and, when nobody has the floor,
the floor to the first in line. Giving the floor, ending a turn or setting the time limit
gives the focus back too (``ui/keyboard.py``). A raised hand is linked to its person by the
one matcher (``core.people``), so the turn is theirs, not a new person's. A one-second timer
only repaints a label, so typing never waits for it.

Each turn, when it ends, is stored (``core.speakers.record_turn``) as one undoable step, and
``current_speaker_changed(name)`` tells the capture line whom to pre-fill ("" when nobody).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
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
from sqlalchemy.orm import Session

from ogpdesk.core import participants, people, speakers
from ogpdesk.core.changes import Changes
from ogpdesk.core.models import Meeting, MeetingStatus, Participant, utcnow
from ogpdesk.core.speakers import Clock, FinishedTurn
from ogpdesk.ui import keyboard
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
        # As the window left it (core.speakers.save_queue): a crash or a restart loses
        # neither the hands waiting nor the turn running.
        with ops.store.session() as session:
            self.queue = speakers.load_queue(session, meeting_id, clock)
        self._return_focus: QWidget | None = None
        # An approved meeting's queue takes no hand and gives no floor (``_lock``).
        self.locked = False

        self.hand = QLineEdit()
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
        self.limit.valueChanged.connect(self._set_limit)
        self.limit.installEventFilter(self)
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
        self.end_action = self._action(
            self.tr("End turn"), "Ctrl+Shift+X", self.end_turn, Qt.ShortcutContext.WindowShortcut
        )
        self.more_action = self._action(
            self.tr("One more minute"),
            "Ctrl+Shift+E",
            self.more_time,
            Qt.ShortcutContext.WindowShortcut,
        )
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
        buttons = self._buttons(self.next_action, self.end_action, self.more_action)
        # Beside the queue they act on, where they are seen, not folded behind "»".
        queue_buttons = self._buttons(self.remove_action, self.up_action, self.down_action)
        now = QHBoxLayout()
        now.addWidget(self.speaker, 1)
        now.addWidget(self.countdown)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(now)
        layout.addWidget(buttons)
        layout.addWidget(waiting_label)
        layout.addWidget(self.waiting, 1)
        layout.addWidget(queue_buttons)
        layout.addWidget(times_label)
        layout.addWidget(self.times, 1)
        self.setTabOrder(self.hand, self.limit)
        self.setTabOrder(self.limit, self.waiting)
        self.setTabOrder(self.waiting, self.times)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

        self.redraw = Redraw(ops, self, ("timeline", "participants"), self._show_times)
        # Followed even behind another tab: Ctrl+H reaches the panel from anywhere.
        ops.changed.connect(self._on_changes)
        self._lock()
        self._show_queue()
        self._show_times()
        self.tick()
        if self.queue.current is not None:
            self.timer.start()
            # Once the meeting view has connected to this panel: the capture line and the
            # projector hear who has the floor again.
            QTimer.singleShot(0, self._announce)

    def _lock(self) -> None:
        """Read-only while the meeting is approved, as the rest of the meeting is."""
        with self.ops.store.session() as session:
            meeting = session.get(Meeting, self.meeting_id)
            locked = meeting is not None and meeting.status is MeetingStatus.APPROVED
        self.locked = locked
        self.hand.setReadOnly(locked)
        self.hand.setPlaceholderText(
            self.tr("This meeting is approved and locked; reopen it to change it.")
            if locked
            else self.tr("Name, Enter; empty Enter to go back (Ctrl+H)")
        )
        self.limit.setEnabled(not locked)
        for action in (
            self.raise_action,
            self.next_action,
            self.end_action,
            self.more_action,
            self.remove_action,
            self.up_action,
            self.down_action,
        ):
            action.setEnabled(not locked)

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.meetings:
            self._lock()

    def showEvent(self, event: QShowEvent) -> None:
        self.redraw.shown()
        super().showEvent(event)

    def _buttons(self, *actions: QAction) -> QToolBar:
        # A tool bar folds what does not fit behind its » button, so that the panel's width
        # never takes the timeline's.
        bar = QToolBar()
        for action in actions:
            action.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
            bar.addAction(action)
            # Framed like buttons, which they are, not flat like a window's tool bar.
            bar.widgetForAction(action).setAutoRaise(False)  # type: ignore[attr-defined]
        return bar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.limit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            # The limit is set: back to the capture line.
            self.limit.interpretText()
            self._give_back()
            return True
        return super().eventFilter(watched, event)

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
        keyboard.bring_forward(self.hand)
        self.hand.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.hand.selectAll()

    def _complete(self, text: str) -> None:
        with self.ops.store.session() as session:
            found = participants.search_participants(session, text, COMPLETIONS)
            self.names.setStringList([p.full_name for p in found])

    def _hand_entered(self) -> None:
        name = self.hand.text().strip()
        if name:
            # Hands go up several at a time: the field stays for the next one.
            self.raise_hand(name)
            self.hand.clear()
            return
        if self.queue.current is None and self.queue.waiting:
            self.next_speaker()
        else:
            self._give_back()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._give_back()
            return
        super().keyPressEvent(event)

    def _give_back(self) -> None:
        """The panel's action is over: the focus goes back where the typist was."""
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            return  # the user is elsewhere already (a button clicked from the capture line)
        if self._return_focus is not None:
            self._return_focus.setFocus(Qt.FocusReason.OtherFocusReason)
            self._return_focus = None
        else:
            keyboard.give_back(self)

    def _save(self) -> None:
        """Keep the queue in the store, as every change to it is made."""
        queue, meeting_id = self.queue, self.meeting_id

        def save(session: Session) -> Changes:
            speakers.save_queue(session, meeting_id, queue)
            return Changes()

        self.ops.run(save, initiator=self)

    def _set_limit(self, seconds: int) -> None:
        if self.locked:
            return
        self.queue.set_limit(seconds)
        self._save()

    def _announce(self) -> None:
        current = self.queue.current
        self.current_speaker_changed.emit(current.name if current else "")

    def raise_hand(self, name: str, participant_id: str | None = None) -> bool:
        if self.locked:
            return False
        if participant_id is None:
            with self.ops.store.session() as session:
                found = people.match_person(session, name, meeting_id=self.meeting_id)
                person = (
                    session.get(Participant, found.participant_id)
                    if found.kind is people.MatchKind.LINKED and found.participant_id
                    else None
                )
                if person is not None:
                    # The person's record, spelled as the directory has it.
                    name, participant_id = person.full_name, person.id
        added = self.queue.raise_hand(name, participant_id)
        self._save()
        self._show_queue()
        if not self.queue.current and len(self.queue.waiting) == 1:
            self.waiting.setCurrentRow(0)
        return added

    def remove_current(self) -> None:
        row = self.waiting.currentRow()
        if not self.locked and 0 <= row < len(self.queue.waiting):
            self.queue.remove(row)
            self._save()
            self._show_queue()
            self.waiting.setCurrentRow(min(row, self.waiting.count() - 1))

    def move_current(self, delta: int) -> None:
        row = self.waiting.currentRow()
        target = row + delta
        if self.locked:
            return
        if 0 <= row < len(self.queue.waiting) and 0 <= target < len(self.queue.waiting):
            self.queue.move(row, target)
            self._save()
            self._show_queue()
            self.waiting.setCurrentRow(target)

    # -- turns ---------------------------------------------------------------------------

    def next_speaker(self) -> None:
        if self.locked:
            return
        self._record(self.queue.next_speaker())
        self._turn_changed()
        self._give_back()

    def end_turn(self) -> None:
        if self.locked:
            return
        self._record(self.queue.finish())
        self._turn_changed()
        self._give_back()

    def more_time(self) -> None:
        if self.locked:
            return
        self.queue.extend(60)
        self._save()
        self.tick()
        self._give_back()

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
        self._save()
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
            if "(s)" in turns:
                # English has no catalogue to give its plural: written out here.
                turns = "1 turn" if total.turns == 1 else f"{total.turns} turns"
            self.times.addItem(f"{total.name} — {clock_text(total.seconds)} ({turns})")
