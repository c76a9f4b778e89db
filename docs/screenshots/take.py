"""Take the README's screenshots of the window on the seed demo.

    .venv/bin/ogpdesk --db /tmp/demo.db demo
    QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python docs/screenshots/take.py /tmp/demo.db docs/screenshots

Writes main-ar.png (the Kairouan session being captured, recommendations board in front),
main-fr.png (the same with the speakers' queue giving the floor), home-fr.png (El Kef's plan
chosen), quarterly-review-fr.png (a review meeting on its progress matrix) and projector-ar.png.
Images are reduced to 256 colours to stay small. Settings and drafts go to a temporary
folder; the database is not changed.
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from ogpdesk.core.meetings import find_meeting, live
from ogpdesk.core.models import Meeting, MeetingKind
from ogpdesk.core.store import Store, open_store
from ogpdesk.ui import settings
from ogpdesk.ui.app import Language
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations

TYPING = {
    "ar": "Sample Citoyen (جمعية M'Saken 2050): نقترح إحداث مرصد محلي لمتابعة",
    "fr": "nous proposons un observatoire local pour suivre la stratégie",
}


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data())))
    image.convert("RGB").quantize(256).save(path, optimize=True)
    print(path, image.size, path.stat().st_size // 1024, "KiB")


@dataclass
class Session:
    """What every screenshot script starts with: settings and drafts in a temporary folder
    (never the user's), the application, and its interface language."""

    work: Path
    app: QApplication
    language: Language

    @classmethod
    def start(cls, prefix: str) -> Session:
        work = Path(tempfile.mkdtemp(prefix=prefix))
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
        app = QApplication([])
        return cls(work, app, Language(app))

    def speak(self, lang: str) -> None:
        settings.LANGUAGE.set(lang)
        self.language.apply(lang)

    def window(self, database: Path, width: int, height: int) -> tuple[Store, MainWindow]:
        """The main window on ``database``, shown at ``width``×``height``."""
        store = open_store(database)
        window = MainWindow(Operations(store))
        window.resize(width, height)
        window.show()
        return store, window


def main() -> int:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    shots = Session.start("ogpdesk-shots-")
    app = shots.app
    for lang in ("ar", "fr"):
        database = shots.work / f"demo-{lang}.db"
        shutil.copy(source, database)
        shots.speak(lang)
        store, window = shots.window(database, 1440, 880)
        with store.session() as session:
            kairouan = find_meeting(session, "Kairouan").id
            review = next(
                m.id
                for m in session.scalars(
                    select(Meeting).where(live(Meeting)).order_by(Meeting.date)
                )
                if m.kind is MeetingKind.QUARTERLY_REVIEW
            )
        if lang == "fr":
            home = window.home
            kef = next(
                item
                for item in (
                    home.tree.topLevelItem(i) for i in range(home.tree.topLevelItemCount())
                )
                if "Kef" in item.text(0)
            )
            home.tree.setCurrentItem(kef.child(0))
            settle(app)
            save(window, out / "home-fr.png")
            window.open_meeting(review)
            settle(app)
            save(window, out / "quarterly-review-fr.png")
        view = window.open_meeting(kairouan)
        if lang == "ar":
            board = view.panel("RecommendationsBoard")
            assert board is not None
            view.panels.setCurrentWidget(board)
            view.capture.setText(TYPING[lang])
        else:
            queue = view.panel("SpeakersPanel")
            assert queue is not None
            view.panels.setCurrentWidget(queue)
            queue.raise_hand("Sample Citoyen (M'Saken 2050)")  # type: ignore[attr-defined]
            queue.raise_hand("Hédi Ben Ammar (sample)")  # type: ignore[attr-defined]
            queue.next_speaker()  # type: ignore[attr-defined]
            view.capture.setText(view.capture.text() + TYPING[lang])
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
