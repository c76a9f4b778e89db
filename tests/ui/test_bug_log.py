"""A bug in the window is written to the bug log and named to the user; the window goes on.

As on the command line, no traceback is shown: it goes, whole, to a file in the user data
folder (the test's own, see ``user_folders``), and the message, in the interface language,
names that file.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from sqlalchemy.orm import Session

from ogpdesk.core.meetings import create_meeting
from ogpdesk.i18n import translate
from ogpdesk.ui.errors import BUG, ErrorReporter, catch_bugs
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations


def _logs(user_folders: Path) -> list[Path]:
    return sorted((user_folders / "data" / "ogpdesk" / "logs").glob("error-*.log"))


@pytest.fixture
def french() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.French))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_a_bug_in_an_operation_is_logged_and_the_message_names_the_file(
    qtbot, ops: Operations, user_folders: Path, french: None
) -> None:
    def broken(session: Session) -> None:
        {}["missing"]

    assert ops.run(broken) is None

    [log] = _logs(user_folders)
    assert ops.errors.last_message == translate("fr", "Errors", BUG).format(path=log)
    assert "défaut du programme" in ops.errors.last_message
    assert "KeyError" not in ops.errors.last_message
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "KeyError: 'missing'" in text
    # Nothing was left half done: the next operation goes through.
    meeting = ops.run(lambda s: create_meeting(s, title="Le Kef", date=dt.date(2025, 9, 30)))
    assert meeting is not None


@pytest.mark.qt_no_exception_capture
def test_an_exception_anywhere_in_the_window_is_logged_and_the_window_goes_on(
    qtbot, ops: Operations, user_folders: Path
) -> None:
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    reporter = ErrorReporter(window)
    previous = sys.excepthook
    catch_bugs(reporter, lambda: window)
    later: list[bool] = []

    def redraw() -> None:
        raise RuntimeError("a redraw that fails")

    try:
        # The same bug twice (a failing redraw repeats): two logs, one dialog.
        QTimer.singleShot(0, window, redraw)
        QTimer.singleShot(0, window, redraw)
        QTimer.singleShot(0, window, lambda: later.append(True))
        qtbot.waitUntil(lambda: len(_logs(user_folders)) == 2 and later == [True])
    finally:
        sys.excepthook = previous

    logs = _logs(user_folders)
    for log in logs:
        assert "RuntimeError: a redraw that fails" in log.read_text(encoding="utf-8")
    [box] = reporter.open_dialogs()
    assert box.parent() is window
    assert any(f"“{log}”" in box.text() for log in logs)
    assert "RuntimeError" not in box.text()
    assert window.isVisible()
    box.close()
