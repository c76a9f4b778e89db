"""Starting the window: language, store, main window; switching language or database.

``run(db)`` is what ``ogpdesk`` with no subcommand calls. The interface language comes from
the preferences, else the system; Arabic mirrors the whole interface. A database that cannot
be opened is explained in the user's language, with the choice of opening another file or
quitting — nothing is written to a refused file.
"""

from __future__ import annotations

import locale
import logging
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ogpdesk import paths
from ogpdesk.core.errors import OgpdeskError
from ogpdesk.core.store import Store, open_store
from ogpdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP, is_rtl, translate
from ogpdesk.ui import settings
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations

log = logging.getLogger(__name__)

REFUSED_TITLE = QT_TRANSLATE_NOOP("Errors", "The database cannot be opened")
# The locale whose numbers, dates and spin boxes an interface language uses. Arabic as written
# in Tunisia — and by its administration — has Western digits (0-9); plain "ar" (Egypt) would
# show Arabic-Indic ones.
LOCALES = {"ar": "ar_TN", "fr": "fr_TN"}
OPEN_OTHER = QT_TRANSLATE_NOOP("Errors", "Open another file…")
QUIT = QT_TRANSLATE_NOOP("Errors", "Quit")


def system_language() -> str:
    wanted = os.environ.get("OGPDESK_LANG") or QLocale.system().name() or ""
    if not wanted:
        wanted = locale.getlocale()[0] or ""
    code = wanted[:2].lower()
    return code if code in LANGUAGES else "en"


def interface_language() -> str:
    return settings.LANGUAGE.get() or system_language()


def _lrelease() -> Path:
    return Path(PySide6.__file__).resolve().parent / "lrelease"


def compiled_catalogues(lang: str) -> list[Path]:
    """The ``.qm`` files of ``lang``; stale or missing ones are compiled into the cache.

    ``scripts/venv`` and the packaging compile them next to the ``.ts`` sources; compiling
    here too keeps a checkout that just pulled new translations from showing English.
    """
    found: list[Path] = []
    cache = Path(platformdirs.user_cache_dir(paths.APP_NAME, appauthor=False)) / "qm"
    for source in sorted(paths.TRANSLATIONS.glob(f"*_{lang}.ts")):
        beside = source.with_suffix(".qm")
        if beside.exists() and beside.stat().st_mtime >= source.stat().st_mtime:
            found.append(beside)
            continue
        cached = cache / beside.name
        if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
            cache.mkdir(parents=True, exist_ok=True)
            try:
                subprocess.run(
                    [str(_lrelease()), "-silent", str(source), "-qm", str(cached)],
                    check=True,
                    capture_output=True,
                    timeout=60,
                )
            except (OSError, subprocess.SubprocessError) as exc:
                log.warning("cannot compile %s: %s", source, exc)
                continue
        found.append(cached)
    return found


class Language(QObject):
    """The translators installed for the interface language."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.code = "en"
        self._translators: list[QTranslator] = []

    def apply(self, code: str) -> None:
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        self.code = code if code in LANGUAGES else "en"
        QLocale.setDefault(QLocale(LOCALES.get(self.code, self.code)))
        if self.code != "en":
            qt_catalogues = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt_base = QTranslator(self)
            if qt_base.load(f"qtbase_{self.code}", qt_catalogues):
                self._install(qt_base)
            for path in compiled_catalogues(self.code):
                translator = QTranslator(self)
                if translator.load(str(path)):
                    self._install(translator)
        if isinstance(self.app, QApplication):
            self.app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if is_rtl(self.code)
                else Qt.LayoutDirection.LeftToRight
            )

    def _install(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._translators.append(translator)


def open_interactively(location: str | None, lang: str) -> Store | None:
    """The store at ``location``; if refused, explain and offer another file, or None."""
    while True:
        try:
            store = open_store(location)
        except OgpdeskError as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, "ogpdesk", exc.message(lang))
            box.setWindowTitle(translate(lang, "Errors", REFUSED_TITLE))
            other = box.addButton(
                translate(lang, "Errors", OPEN_OTHER), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(translate(lang, "Errors", QUIT), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not other:
                return None
            location, _filter = QFileDialog.getOpenFileName(
                None, translate(lang, "Errors", OPEN_OTHER)
            )
            if not location:
                return None
            continue
        if store.path is not None:
            settings.remember(settings.RECENT_DATABASES, str(store.path))
        return store


class Desk(QObject):
    """The running application: one store, its operations and the main window."""

    def __init__(self, app: QApplication, store: Store, language: Language) -> None:
        super().__init__(app)
        self.app = app
        self.language = language
        self.store = store
        self.ops = Operations(store, self)
        self.window = self._window()

    def _window(self, meeting_id: str | None = None) -> MainWindow:
        window = MainWindow(self.ops)
        window.language_change_requested.connect(self.change_language)
        window.database_requested.connect(self.open_database)
        window.store_opened.connect(self.use_store)
        if meeting_id is not None:
            window.open_meeting(meeting_id)
        window.show()
        return window

    def change_language(self, code: str) -> None:
        """Rebuild the window in the new language, on the same meeting."""
        meeting = self.window.meeting.meeting_id if self.window.meeting is not None else None
        self.language.apply(code or system_language())
        old = self.window
        self.window = self._window(meeting)
        old.close()
        old.deleteLater()

    def open_database(self, location: str) -> None:
        store = open_interactively(location, self.language.code)
        if store is None:
            return
        self.use_store(store)

    def use_store(self, store: Store) -> None:
        """Work on ``store`` from now on (another file, or a server), in a new window."""
        old_window, old_store, old_ops = self.window, self.store, self.ops
        old_window.close()
        old_window.deleteLater()
        self.store = store
        self.ops = Operations(store, self)
        self.window = self._window()
        old_ops.close()
        old_store.close()


def run(db: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    language = Language(app)
    language.apply(interface_language())
    store = open_interactively(db, language.code)
    if store is None:
        return 1
    desk = Desk(app, store, language)
    try:
        return app.exec()
    finally:
        desk.ops.close()
        desk.store.close()
