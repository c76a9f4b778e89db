"""A store on a read-only disk: the window says so and offers no edit."""

from __future__ import annotations

import datetime as dt

from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.store import open_store
from ogpdesk.ui.operations import Operations


def test_the_window_of_a_read_only_store_says_so_and_offers_no_edit(qtbot, small_disk) -> None:
    from ogpdesk.ui.main_window import MainWindow

    path = small_disk.path / "ogpdesk.sqlite3"
    store = open_store(path)
    with store.transaction() as session:
        meeting_id = create_meeting(session, title="Kef", date=dt.date(2024, 5, 14)).id
    store.close()
    small_disk.read_only()
    store = open_store(path)
    ops = Operations(store)
    try:
        window = MainWindow(ops)
        qtbot.addWidget(window)
        assert window.windowTitle() == "ogpdesk — ogpdesk.sqlite3 (read-only)"
        window.open_meeting(meeting_id)
        assert not any(action.isEnabled() for action in window.capture_actions.values())
        assert not window.edit_action.isEnabled()
    finally:
        ops.wait_for_background()
        store.close()
