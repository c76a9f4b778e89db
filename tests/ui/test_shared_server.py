"""Two secretaries on one server: a window shows the lines another program commits."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator

import pytest

from ogpdesk.core import capture
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.store import Store, open_store
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations

OTHER_SECRETARY = """
import sys
from ogpdesk.core import capture
from ogpdesk.core.meetings import get_meeting
from ogpdesk.core.store import open_store

store = open_store(sys.argv[1])
with store.transaction() as session:
    meeting = get_meeting(session, sys.argv[2])
    capture.add_intervention(session, meeting, sys.argv[3], speaker_name="Sample Maire")
store.close()
"""


@pytest.fixture
def shared(pg_database: str) -> Iterator[Store]:
    opened = open_store(pg_database)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, shared: Store) -> Iterator[MainWindow]:
    ops = Operations(shared)
    main = MainWindow(ops)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    ops.close()


def test_a_window_shows_within_a_second_what_another_program_captured(
    qtbot, window: MainWindow, shared: Store, pg_database: str
) -> None:
    with shared.transaction() as session:
        meeting = create_meeting(
            session, title="Comité de pilotage — Le Kef", date=dt.date(2025, 7, 10)
        )
        capture.add_agenda_item(session, meeting, "Suivi des engagements")
        meeting_id = meeting.id
    view = window.open_meeting(meeting_id)
    line = "نلتزم بنشر محاضر الجلسات على موقع البلدية"
    # Run to its end (its commit) before this window's event loop turns again: from then
    # on the window has one second.
    subprocess.run(
        [sys.executable, "-c", OTHER_SECRETARY, pg_database, meeting_id, line], check=True
    )
    qtbot.waitUntil(lambda: line in [e.text for e in view.timeline.entries()], timeout=1000)
    assert view.timeline.entries()[-1].who == "Sample Maire"
