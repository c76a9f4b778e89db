"""Take the README's screenshots of the window on the seed demo.

    .venv/bin/ogpdesk --db /tmp/demo.db demo
    xvfb-run -a -s "-screen 0 1440x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/take.py /tmp/demo.db docs/screenshots

Writes main-ar.png, main-fr.png (the Kairouan session being captured), home-fr.png and
projector-ar.png. Settings and drafts go to a temporary folder; the database is not changed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from ogpdesk.core.meetings import find_meeting
from ogpdesk.core.store import open_store
from ogpdesk.ui import settings
from ogpdesk.ui.app import Language
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations

TYPING = {
    "ar": "Sample Citoyen (جمعية M'Saken 2050): نقترح إحداث مرصد محلي لمتابعة",
    "fr": "Sample Citoyen (M'Saken 2050) : nous proposons un observatoire local pour suivre",
}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path), "PNG")
    print(path)


def main() -> int:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    work = Path(tempfile.mkdtemp(prefix="ogpdesk-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = QApplication([])
    language = Language(app)
    for lang in ("ar", "fr"):
        database = work / f"demo-{lang}.db"
        shutil.copy(source, database)
        settings.LANGUAGE.set(lang)
        language.apply(lang)
        store = open_store(database)
        ops = Operations(store)
        window = MainWindow(ops)
        window.resize(1440, 880)
        window.show()
        if lang == "fr":
            settle(app)
            save(window, out / "home-fr.png")
        with store.session() as session:
            meeting_id = find_meeting(session, "Kairouan").id
        view = window.open_meeting(meeting_id)
        view.capture.setText(TYPING[lang])
        view.timeline.scrollToBottom()
        settle(app)
        save(window, out / f"main-{lang}.png")
        if lang == "ar":
            projector = window.show_projector()
            assert projector is not None
            projector.resize(1280, 720)
            projector.set_speaker("Sample Maire (بلدية القيروان)")
            projector.set_remaining(83)
            settle(app)
            save(projector, out / "projector-ar.png")
            projector.close()
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
