"""Starting the window: language, store, main window; switching language or database.

``run(db)`` is what ``ogpdesk`` with no subcommand calls. The interface language comes from
the preferences, else the system; Arabic mirrors the whole interface. A database that cannot
be opened is explained in the user's language, with the choice of opening another file or
quitting — nothing is written to a refused file.

The window is on screen before the store is opened: importing SQLAlchemy and the models and
opening the store take longer than Qt takes to show a window, and the user waits for the
window. So this module imports only Qt at start-up (``tests/ui/test_startup.py`` keeps it so).
That work is done meanwhile, in a thread of its own (``Opening``): while Qt maps the window,
the UI thread mostly waits for the X server, and a second core is idle.
"""

from __future__ import annotations

import locale
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ogpdesk import __version__, paths
from ogpdesk.core.errors import OgpdeskError
from ogpdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP, is_rtl, translate
from ogpdesk.ui import settings
from ogpdesk.ui.about import application_icon
from ogpdesk.ui.errors import ErrorReporter, catch_bugs
from ogpdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from ogpdesk.core.meetings import Overview
    from ogpdesk.core.store import Store

log = logging.getLogger(__name__)

DESKTOP_ID = "org.ogpdesk.Ogpdesk"

REFUSED_TITLE = QT_TRANSLATE_NOOP("Errors", "The database cannot be opened")
# The locale whose numbers, dates and spin boxes an interface language uses. Arabic as written
# in Tunisia — and by its administration — has Western digits (0-9); plain "ar" (Egypt) would
# show Arabic-Indic ones.
LOCALES = {"ar": "ar_TN", "fr": "fr_TN"}
# How long the store waits for the window to be on screen before opening anyway (a window
# started minimised is never exposed).
EXPOSE_WAIT_MS = 500
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


def compiled_catalogues(lang: str) -> list[Path]:
    """The ``.qm`` files of ``lang``, as built (``scripts/venv``, the wheel, the bundle).

    They are trusted as they are: a bundle's copies can look older than their ``.ts``, and a
    user's machine has no ``lrelease``, so nothing is compiled at run time.
    """
    return sorted(paths.TRANSLATIONS.glob(f"*_{lang}.qm"))


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


class Opening:
    """The store opened and the home view's list read, in a worker thread.

    Started once the window is shown; ``result`` waits for it. Nothing of Qt is touched
    there: the store's engine may be used from any thread (``check_same_thread`` is off),
    and the list is plain values.
    """

    # While the thread runs, the UI thread (every event passes through Python filters) gets
    # the interpreter back within a millisecond rather than Python's default five.
    SWITCH_INTERVAL = 0.001

    def __init__(self, location: str | None) -> None:
        self.location = location
        self._store: Store | None = None
        self._listed: Overview | None = None
        self._error: BaseException | None = None
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._interval, self.SWITCH_INTERVAL))
        # A daemon: a user who closes the window at once does not wait for a slow disk.
        self._thread = threading.Thread(target=self._open, name="ogpdesk-opening", daemon=True)
        self._thread.start()

    def _open(self) -> None:
        try:
            self._open_and_list()
        finally:
            sys.setswitchinterval(self._interval)

    def _open_and_list(self) -> None:
        try:
            from ogpdesk.core.store import open_store

            self._store = open_store(self.location)
        except BaseException as exc:
            # Raised again in the UI thread, which explains it as it explains any refusal.
            self._error = exc
            return
        from ogpdesk.core.meetings import overview

        try:
            # The first query also configures the mappers: tens of milliseconds more, here
            # rather than on the UI thread.
            with self._store.session() as session:
                self._listed = overview(session)
        except Exception:
            # The home view reads the list itself and reports what fails, as it always does.
            log.exception("the list of meetings could not be read ahead")

    def result(self) -> tuple[Store, Overview | None]:
        """The store and the home view's list (None: to read); raises what opening raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._store is not None
        return self._store, self._listed


def open_interactively(
    location: str | None, lang: str, opening: Opening | None = None
) -> tuple[Store, Overview | None] | None:
    """The store at ``location`` (being opened by ``opening`` if given) and, if known
    already, its home view's list; if refused, explain and offer another file, or None."""
    from ogpdesk.core.store import open_store

    while True:
        try:
            if opening is not None:
                store, listed = opening.result()
            else:
                store, listed = open_store(location), None
        except OgpdeskError as exc:
            opening = None
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
        return store, listed


class Desk(QObject):
    """The running application: one store, its operations and the main window."""

    def __init__(
        self,
        app: QApplication,
        store: Store,
        language: Language,
        window: MainWindow | None = None,
        listed: Overview | None = None,
    ) -> None:
        """``window``: one already shown, waiting for its store (see ``run``); ``listed``: its
        home view's list, read already."""
        from ogpdesk.ui.operations import Operations

        super().__init__(app)
        self.app = app
        self.language = language
        self.store = store
        self.ops = Operations(store, self)
        self.window = self._window(shown=window, listed=listed)

    def _window(
        self,
        meeting_id: str | None = None,
        shown: MainWindow | None = None,
        listed: Overview | None = None,
    ) -> MainWindow:
        if shown is None:
            window = MainWindow(self.ops)
        else:
            window = shown
            window.attach(self.ops, listed)
        window.language_change_requested.connect(self.change_language)
        window.database_requested.connect(self.open_database)
        window.store_opened.connect(self.use_store)
        window.restore_requested.connect(self.restore_backup)
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
        opened = open_interactively(location, self.language.code)
        if opened is None:
            return
        self.use_store(opened[0])

    def use_store(self, store: Store) -> None:
        """Work on ``store`` from now on (another file, or a server), in a new window."""
        from ogpdesk.ui.operations import Operations

        old_window, old_store, old_ops = self.window, self.store, self.ops
        old_window.close()
        old_window.deleteLater()
        self.store = store
        self.ops = Operations(store, self)
        self.window = self._window()
        old_ops.close()
        close_store(old_store)

    def restore_backup(self, backup: str) -> None:
        """Replace the open store's file with ``backup`` and open it again (upgraded if older).

        The store is closed first: nothing may write to the file while it is replaced.
        """
        from ogpdesk.core.backup import restore
        from ogpdesk.ui.operations import Operations

        path = self.store.path
        if path is None:
            return
        old_window = self.window
        old_window.close()
        old_window.deleteLater()
        self.store.close()
        try:
            restore(path, Path(backup))
        except OgpdeskError as exc:
            QMessageBox.critical(None, "ogpdesk", exc.message(self.language.code))
        opened = open_interactively(str(path), self.language.code)
        if opened is None:
            self.app.quit()
            return
        self.store = opened[0]
        self.ops = Operations(self.store, self)
        self.window = self._window()


def close_store(store: Store) -> None:
    """Close the store, after today's automatic backup if it has none yet."""
    from ogpdesk.core.backup import auto_backup

    try:
        auto_backup(store)
    except Exception as exc:
        # A backup that fails must not keep the window from closing; the next close retries.
        log.warning("automatic backup of %s failed: %s", store.path, exc)
    store.close()


class WhenExposed(QObject):
    """Calls ``action`` once, from the event loop, when ``window`` is first on screen."""

    def __init__(self, window: QWidget, action: Callable[[], None]) -> None:
        super().__init__(window)
        self.action: Callable[[], None] | None = action
        handle = window.windowHandle()
        if handle is None or handle.isExposed():
            QTimer.singleShot(0, self._run)
            return
        handle.installEventFilter(self)
        QTimer.singleShot(EXPOSE_WAIT_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            watched.removeEventFilter(self)
            # After the paint that follows the expose.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        action, self.action = self.action, None
        if action is not None:
            action()


def run(db: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(__version__)
    # The desktop entry's name: lets a Linux desktop show the installed icon for the window.
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(application_icon())
    language = Language(app)
    language.apply(interface_language())
    window = MainWindow()
    window.show()
    # Once the window is built: the thread's Python would otherwise compete with it for the
    # interpreter, while from here on the UI thread mostly waits for the window to be mapped.
    opening = Opening(db)
    desks: list[Desk] = []
    previous_hook = sys.excepthook
    catch_bugs(ErrorReporter(app), QApplication.activeWindow)

    def start() -> None:
        from ogpdesk.core import unfinished

        # What an export killed last time left beside its target: one look at a journal
        # folder that is empty unless something was killed, once the window is on screen.
        unfinished.sweep()
        opened = open_interactively(db, language.code, opening)
        if opened is None:
            window.close()
            app.exit(1)
            return
        store, listed = opened
        desks.append(Desk(app, store, language, window, listed))

    WhenExposed(window, start)
    try:
        return app.exec()
    finally:
        for desk in desks:
            desk.ops.close()
            close_store(desk.store)
        sys.excepthook = previous_hook
