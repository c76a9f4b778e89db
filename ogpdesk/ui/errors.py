"""The one way a problem reaches the user in the window.

Every failure of an operation goes through ``show_error``: one dialog, in the interface
language, naming the problem. It is window-modal but does not block the caller (``open``, not
``exec``), so a failed capture never freezes typing and tests can read the dialog.

An unexpected exception — a bug, in an operation or anywhere in the window (``catch_bugs``) —
is written with its traceback to the bug log (``core.buglog``), as the command line does; the
dialog names that file, and the window goes on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ogpdesk.core import buglog
from ogpdesk.core.errors import OgpdeskError
from ogpdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from ogpdesk.ui.direction import shown

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("Errors", "ogpdesk")
BUG = QT_TRANSLATE_NOOP(
    "Errors",
    "An unexpected error occurred (a bug, not something you did); what was already recorded "
    "is kept. The details are in “{path}”: please send that file to whoever supports you.",
)
BUG_NO_LOG = QT_TRANSLATE_NOOP(
    "Errors",
    "An unexpected error occurred (a bug, not something you did); what was already recorded "
    "is kept. Its details could not be saved: {reason}",
)


def interface_language() -> str:
    """The language the interface speaks now (set by ``app.apply_language``)."""
    code = QLocale().name()[:2]
    return code if code in LANGUAGES else "en"


def message(exc: BaseException) -> str:
    """What the user is told of ``exc``; a bug is written to the bug log first."""
    lang = interface_language()
    if isinstance(exc, OgpdeskError):
        return exc.message(lang)
    log.error("unexpected error in the window", exc_info=exc)
    try:
        logged = buglog.write(exc, "in the window")
    except OSError as failure:
        return translate(lang, "Errors", BUG_NO_LOG).format(reason=failure)
    return translate(lang, "Errors", BUG).format(path=logged)


class ErrorReporter(QObject):
    """Shows errors and remembers the last one (what a test or a status bar reads)."""

    reported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_message: str | None = None
        self._dialogs: list[QMessageBox] = []

    def show_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        text = message(exc)
        self.last_message = text
        bug = not isinstance(exc, OgpdeskError)
        # A bug that repeats (in a redraw, a timer) is logged each time but shown once: a
        # pile of dialogs would hide the window it happens in.
        if bug and any(box.property("bug") for box in self._dialogs):
            self.reported.emit(text)
            return
        box = QMessageBox(parent)
        box.setProperty("bug", bug)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate(interface_language(), "Errors", TITLE))
        box.setText(shown(text))
        box.setAccessibleName(text)
        box.finished.connect(lambda _result, box=box: self._forget(box))
        self._dialogs.append(box)
        box.open()
        self.reported.emit(text)

    def open_dialogs(self) -> list[QMessageBox]:
        return list(self._dialogs)

    def _forget(self, box: QMessageBox) -> None:
        if box in self._dialogs:
            self._dialogs.remove(box)
        box.deleteLater()


def catch_bugs(reporter: ErrorReporter, parent: Callable[[], QWidget | None]) -> None:
    """Send every exception nothing else caught in the window to ``reporter``, over the
    window ``parent`` gives, instead of a traceback on a terminal nobody watches.

    Qt hands an exception raised in a slot or an event handler to ``sys.excepthook`` and
    goes on with the next event: the window keeps running.
    """

    def hook(kind: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
        if not isinstance(exc, Exception):  # Ctrl+C in the terminal, an exit: as Python does
            sys.__excepthook__(kind, exc, trace)
            return
        reporter.show_error(exc.with_traceback(trace), parent())

    sys.excepthook = hook
