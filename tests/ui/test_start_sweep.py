"""The window, once on screen, removes what an export killed last time left behind.

The program is started as a user starts it, in a process of its own: the test waits for the
leftover to go, then ends the program.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from ogpdesk.core import unfinished
from ogpdesk.core.store import open_store

WAIT_S = 60


def test_the_window_removes_at_start_what_a_killed_export_left(tmp_path: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", "pass"]) as gone:
        gone.wait()
    # What a SIGKILL mid-export leaves: the temporary beside its target, and its entry.
    left = tmp_path / unfinished.temporary_name(gone.pid, "minutes.pdf")
    unfinished.record(left)
    left.write_bytes(b"%PDF-1.7 half written")
    db = tmp_path / "ogpdesk.sqlite3"
    open_store(db).close()

    with subprocess.Popen(
        [sys.executable, "-m", "ogpdesk.cli", "--db", str(db)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as window:
        deadline = time.monotonic() + WAIT_S
        while left.exists() and window.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        running = window.poll() is None
        window.terminate()
        _out, err = window.communicate(timeout=WAIT_S)

    assert running, err
    assert not left.exists()
    assert list(unfinished.journal().iterdir()) == []
