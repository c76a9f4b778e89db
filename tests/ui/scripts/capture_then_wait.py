"""Open the window on a meeting, record lines, type one more without sending it, wait.

Run by tests/ui/test_crash.py, which kills this process with SIGKILL once it prints "ready".
Arguments: database, meeting id, settings folder, then the lines (the last one is not sent).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ogpdesk.core.store import open_store
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def enter(widget: QWidget) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        )


def main() -> int:
    database, meeting_id, settings_folder, *lines = sys.argv[1:]
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    app = QApplication([])
    ops = Operations(open_store(database))
    window = MainWindow(ops)
    window.show()
    view = window.open_meeting(meeting_id)
    *sent, unsent = lines
    for line in sent:
        type_text(view.capture, line)
        enter(view.capture)
    type_text(view.capture, unsent)
    app.processEvents()
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
