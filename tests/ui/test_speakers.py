"""The speakers' queue driven by the keyboard on a fake clock; speaking time in the store."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import select

from ogpdesk.core import capture
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import SpeakingTurn
from ogpdesk.core.store import Store
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.speakers import SpeakersPanel, clock_text


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2016, 3, 22, 10, 0, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def type_text(widget: QWidget, text: str) -> None:
    """Type as an Arabic keyboard does: QTest.keyClicks only knows ASCII keys."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


class Window(QWidget):
    """A stand-in for the meeting window: a capture line above the panel."""

    def __init__(self, ops: Operations, meeting_id: str, clock: FakeClock) -> None:
        super().__init__()
        self.capture_line = QLineEdit()
        self.panel = SpeakersPanel(ops, meeting_id, clock=clock)
        layout = QVBoxLayout(self)
        layout.addWidget(self.capture_line)
        layout.addWidget(self.panel)


@pytest.fixture
def meeting_id(store: Store) -> str:
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Session de sensibilisation — Kairouan",
            date=dt.date(2016, 3, 22),
            city="Kairouan",
        )
        capture.add_agenda_item(session, meeting, "النقاش / Débat")
        capture.speaker(session, meeting, "عينة — سنية الطرابلسي", "جمعية جسور Joussour")
        return meeting.id


@pytest.fixture
def window(qtbot, store: Store, meeting_id: str) -> Window:
    clock = FakeClock()
    shown = Window(Operations(store), meeting_id, clock)
    shown.clock = clock  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_clock_text() -> None:
    assert [clock_text(s) for s in (125, 59.6, 0, -0.4, -12)] == [
        "02:05",
        "01:00",
        "00:00",
        "00:00",
        "−00:12",
    ]


def test_a_debate_run_from_the_keyboard(qtbot, window: Window, store: Store) -> None:
    panel, clock = window.panel, window.clock  # type: ignore[attr-defined]
    panel.limit.setValue(120)
    speakers: list[str] = []
    panel.current_speaker_changed.connect(speakers.append)

    # The facilitator is typing in the capture line; Ctrl+H, a name, Enter, and an empty
    # Enter (or Escape) ends the burst of hands: back to the line. Nobody had the floor, so
    # that Enter gives it, here to the only one waiting.
    window.capture_line.setFocus()
    qtbot.keyClicks(window.capture_line, "Il faut")
    qtbot.keyClick(window.capture_line, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert panel.hand.hasFocus()
    qtbot.keyClicks(panel.hand, "Sample - Mohamed Ben Salah")
    qtbot.keyClick(panel.hand, Qt.Key.Key_Return)
    assert panel.hand.hasFocus()
    qtbot.keyClick(panel.hand, Qt.Key.Key_Escape)
    assert window.capture_line.hasFocus()
    assert window.capture_line.text() == "Il faut"

    # An Arabic name, completed from the directory.
    qtbot.keyClick(window.capture_line, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    type_text(panel.hand, "سنية")
    assert panel.names.stringList() == ["عينة — سنية الطرابلسي"]
    panel.hand.setText(panel.names.stringList()[0])
    qtbot.keyClick(panel.hand, Qt.Key.Key_Return)
    assert [h.name for h in panel.queue.waiting] == [
        "Sample - Mohamed Ben Salah",
        "عينة — سنية الطرابلسي",
    ]

    # Enter on the queue gives the floor to the first in line.
    panel.waiting.setFocus()
    qtbot.keyClick(panel.waiting, Qt.Key.Key_Return)
    assert speakers == ["Sample - Mohamed Ben Salah"]
    assert panel.timer.isActive() and panel.timer.interval() == 1000
    clock.advance(95)
    panel.tick()
    assert panel.countdown.text() == "00:25"
    assert "color" not in panel.countdown.styleSheet()

    # Next speaker from anywhere in the window.
    window.capture_line.setFocus()
    qtbot.keyClick(
        window.capture_line,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert speakers[-1] == "عينة — سنية الطرابلسي"
    clock.advance(130)
    panel.tick()
    assert panel.countdown.text() == "−00:10"
    assert "#c62828" in panel.countdown.styleSheet()  # overtime in red
    panel.waiting.setFocus()
    qtbot.keyClick(
        panel.waiting,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert panel.countdown.text() == "00:50"
    assert "color" not in panel.countdown.styleSheet()
    panel.end_turn()
    assert speakers[-1] == ""
    assert not panel.timer.isActive()

    with store.session() as session:
        turns = session.scalars(select(SpeakingTurn).order_by(SpeakingTurn.started_at)).all()
        assert [(t.speaker_name, t.duration_seconds, t.limit_seconds) for t in turns] == [
            ("Sample - Mohamed Ben Salah", 95, 120),
            ("عينة — سنية الطرابلسي", 130, 180),
        ]
        # The known participant's record was used, not a second one.
        assert turns[1].participant is not None
        assert turns[1].participant.organisation == "جمعية جسور Joussour"
    assert [panel.times.item(i).text() for i in range(panel.times.count())] == [
        "عينة — سنية الطرابلسي — 02:10 (1 turn)",
        "Sample - Mohamed Ben Salah — 01:35 (1 turn)",
    ]

    panel.ops.undo_stack.undo()
    assert panel.times.count() == 1
    with store.session() as session:
        live = session.scalars(select(SpeakingTurn).where(SpeakingTurn.deleted.is_(False)))
        assert [t.speaker_name for t in live] == ["Sample - Mohamed Ben Salah"]


def test_queue_editing_keys(qtbot, window: Window) -> None:
    panel = window.panel
    for name in ("Sample A — TWIZA", "Sample B — MedCities", "Sample C — KTC Sfax"):
        panel.raise_hand(name)
    assert not panel.raise_hand("sample a — twiza")  # already waiting
    panel.waiting.setFocus()
    panel.waiting.setCurrentRow(2)
    qtbot.keyClick(panel.waiting, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [h.name for h in panel.queue.waiting][1] == "Sample C — KTC Sfax"
    qtbot.keyClick(panel.waiting, Qt.Key.Key_Delete)
    assert [h.name for h in panel.queue.waiting] == ["Sample A — TWIZA", "Sample B — MedCities"]
    assert panel.waiting.count() == 2


def test_enter_on_an_empty_field_gives_the_floor(qtbot, window: Window) -> None:
    panel = window.panel
    panel.raise_hand("Sample — M'Saken 2050")
    panel.hand.setFocus()
    with qtbot.waitSignal(panel.current_speaker_changed) as blocker:
        qtbot.keyClick(panel.hand, Qt.Key.Key_Return)
    assert blocker.args == ["Sample — M'Saken 2050"]
    assert panel.speaker.text() == "Sample — M'Saken 2050"


def test_the_approved_kairouan_meeting_takes_no_hand_until_reopened(
    qtbot, store: Store, keyboard
) -> None:  # type: ignore[no-untyped-def]
    from ogpdesk.core.demo import demo_id, load_demo
    from ogpdesk.core.errors import Locked
    from ogpdesk.core.models import Meeting, MeetingStatus
    from ogpdesk.core.speakers import SpeakersQueue, save_queue
    from ogpdesk.ui.main_window import MainWindow

    with store.transaction() as session:
        load_demo(session)
    kairouan = demo_id(Meeting, "kairouan-2016")
    ops = Operations(store)
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    view = window.open_meeting(kairouan)
    panel = view.panel("SpeakersPanel")
    assert isinstance(panel, SpeakersPanel) and view.status is MeetingStatus.APPROVED
    assert panel.hand.isReadOnly() and "approved" in panel.hand.placeholderText()
    assert not panel.raise_action.isEnabled() and not panel.next_action.isEnabled()
    keyboard.line(panel.hand, "Mohamed Ben Salah")
    assert not panel.raise_hand("سلوى الحمامي")
    assert panel.waiting.count() == 0 and not panel.queue.waiting
    # The store refuses it too.
    with pytest.raises(Locked), store.transaction() as session:
        queue = SpeakersQueue()
        queue.raise_hand("Mohamed Ben Salah")
        save_queue(session, kairouan, queue)

    # Reopened from the window, as the secretary does to correct the minutes.
    assert view.reopen_meeting()
    qtbot.waitUntil(lambda: not panel.locked, timeout=2000)
    assert not panel.hand.isReadOnly() and panel.raise_action.isEnabled()
    assert panel.raise_hand("Mohamed Ben Salah")
    assert [panel.waiting.item(0).text()] == ["1. Mohamed Ben Salah"]
