"""A crash or a quit loses nothing of the meeting in progress: the window reopens it, with its
speakers' queue and the turn that was running."""

from __future__ import annotations

import datetime as dt

from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.store import Store
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.speakers import SpeakersPanel


def _speakers(window: MainWindow) -> SpeakersPanel:
    assert window.meeting is not None
    panel = window.meeting.panel("SpeakersPanel")
    assert isinstance(panel, SpeakersPanel)
    return panel


def test_a_restart_reopens_the_meeting_with_its_queue_and_running_turn(qtbot, store: Store) -> None:
    with store.transaction() as session:
        meeting_id = create_meeting(session, title="Kairouan", date=dt.date(2016, 3, 22)).id
        other_id = create_meeting(session, title="M'saken", date=dt.date(2016, 3, 26)).id
    first = MainWindow(Operations(store))
    qtbot.addWidget(first)
    first.open_meeting(meeting_id)
    panel = _speakers(first)
    for name in ("Sami Gharbi", "فاطمة", "Hédi Ben Ammar"):
        panel.raise_hand(name)
    panel.limit.setValue(120)
    panel.next_speaker()
    panel.move_current(1)  # فاطمة after Hédi
    # Killed here: nothing is closed or saved on the way out.

    second = MainWindow(Operations(store))
    qtbot.addWidget(second)
    assert second.meeting is not None and second.meeting.meeting_id == meeting_id
    again = _speakers(second)
    assert [h.name for h in again.queue.waiting] == ["Hédi Ben Ammar", "فاطمة"]
    assert again.queue.current is not None and again.queue.current.name == "Sami Gharbi"
    assert again.limit.value() == 120 and again.timer.isActive()
    # The capture line is Sami's again, once the view has heard from the panel.
    qtbot.waitUntil(lambda: second.meeting.capture.text() == "Sami Gharbi: ")  # type: ignore[union-attr]

    # The home view on screen when quitting: the next start shows the home view.
    second.open_meeting(other_id)
    second.show_home()
    third = MainWindow(Operations(store))
    qtbot.addWidget(third)
    assert third.meeting is None
