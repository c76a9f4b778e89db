"""The one way a problem reaches the user in the window.

Every failure of an operation goes through ``show_error``: one dialog, in the interface
language, naming the problem. It is window-modal but does not block the caller (``open``, not
``exec``), so a failed capture never freezes typing and tests can read the dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ogpdesk.core.errors import OgpdeskError
from ogpdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from ogpdesk.ui.direction import shown

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("Errors", "ogpdesk")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors", "An unexpected error occurred; nothing was changed. Details: {detail}"
)


def interface_language() -> str:
    """The language the interface speaks now (set by ``app.apply_language``)."""
    code = QLocale().name()[:2]
    return code if code in LANGUAGES else "en"


def message(exc: BaseException) -> str:
    lang = interface_language()
    if isinstance(exc, OgpdeskError):
        return exc.message(lang)
    return translate(lang, "Errors", UNEXPECTED).format(detail=f"{type(exc).__name__}: {exc}")


class ErrorReporter(QObject):
    """Shows errors and remembers the last one (what a test or a status bar reads)."""

    reported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_message: str | None = None
        self._dialogs: list[QMessageBox] = []

    def show_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        text = message(exc)
        if not isinstance(exc, OgpdeskError):
            log.error("unexpected error in an operation", exc_info=exc)
        self.last_message = text
        box = QMessageBox(parent)
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
