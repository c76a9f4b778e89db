"""The window, once on screen, removes what an export killed last time left behind."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from ogpdesk.core import unfinished
from ogpdesk.core.store import open_store
from ogpdesk.ui.app import run

WAIT_S = 60


def test_the_window_removes_at_start_what_a_killed_export_left(qapp, tmp_path: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", "pass"]) as gone:
        gone.wait()
    # What a SIGKILL mid-export leaves: the temporary beside its target, and its entry.
    left = tmp_path / unfinished.temporary_name(gone.pid, "minutes.pdf")
    unfinished.record(left)
    left.write_bytes(b"%PDF-1.7 half written")
    db = tmp_path / "ogpdesk.sqlite3"
    open_store(db).close()
    deadline = time.monotonic() + WAIT_S

    def once_swept() -> None:
        if left.exists() and time.monotonic() < deadline:
            QTimer.singleShot(20, once_swept)
            return
        for widget in qapp.topLevelWidgets():
            widget.close()
        qapp.exit(0)

    QTimer.singleShot(0, once_swept)
    assert run(str(db)) == 0

    assert not left.exists()
    assert list(unfinished.journal().iterdir()) == []
