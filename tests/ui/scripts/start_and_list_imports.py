"""Start ogpdesk as the ``ogpdesk`` command does and list the modules imported at each step.

Run by tests/ui/test_startup.py. Arguments: database, settings folder. Prints one JSON
object: for each moment (the window on screen; the home view filled; the last meeting open
with its capture line taking keys), the names in ``sys.modules`` then.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow


def main() -> int:
    database, settings_folder = sys.argv[1:]
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    app = QApplication([])
    seen: dict[str, list[str]] = {}

    def window() -> Any:  # ogpdesk's MainWindow, whose module the probe must not import
        return next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))

    def press(widget: QObject, key: Qt.Key, text: str) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            )

    def when_home_filled() -> None:
        # An exception raised in a slot would not end the event loop: end it here.
        try:
            step()
        except BaseException:
            traceback.print_exc()
            app.exit(1)

    def step() -> None:
        main_window = window()
        if not getattr(main_window, "attached", True):
            QTimer.singleShot(5, when_home_filled)
            return
        seen["home"] = sorted(sys.modules)
        press(main_window.home.tree, Qt.Key.Key_Return, "\r")
        capture = main_window.focusWidget()
        assert isinstance(capture, QLineEdit), capture
        # The demo's latest meeting may be approved, its capture line read-only.
        if not capture.isReadOnly():
            press(capture, Qt.Key.Key_A, "a")
            assert capture.text() == "a", capture.text()
        seen["meeting"] = sorted(sys.modules)
        print(json.dumps(seen), flush=True)
        app.exit(0)

    class FirstExpose(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                "mapped" not in seen
                and event.type() == QEvent.Type.Expose
                and isinstance(watched, QWindow)
                and watched.isExposed()
            ):
                seen["mapped"] = sorted(sys.modules)
                seen["attached_when_mapped"] = getattr(window(), "attached", True)
                QTimer.singleShot(0, when_home_filled)
            return False

    probe = FirstExpose()
    app.installEventFilter(probe)
    from ogpdesk.cli import main as ogpdesk

    return ogpdesk(["--db", database])


if __name__ == "__main__":
    sys.exit(main())
