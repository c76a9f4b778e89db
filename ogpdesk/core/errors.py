"""Errors a user is told about.

A message is an English template marked for Qt's translation tools, plus its arguments.
Core cannot call Qt, so the window and the command line translate the template (context
``Errors``) with the catalogue in ``translations/`` and only then fill in the arguments.
"""

from __future__ import annotations

from typing import Any

from ogpdesk.i18n import QT_TRANSLATE_NOOP, translate


class OgpdeskError(Exception):
    """A problem to report to the user; nothing was changed when it is raised."""

    template: str = QT_TRANSLATE_NOOP("Errors", "Something went wrong: {detail}")
    # Arguments whose values are themselves words of the catalogue ("meeting"), not data.
    terms: tuple[str, ...] = ()

    def __init__(self, template: str | None = None, /, **args: Any) -> None:
        if template is not None:
            self.template = template
        self.args_map = args
        super().__init__(self.message())

    def message(self, lang: str = "en") -> str:
        args = {
            name: translate(lang, "Errors", value) if name in self.terms else value
            for name, value in self.args_map.items()
        }
        return translate(lang, "Errors", self.template).format(**args)


class Cancelled(Exception):
    """The user stopped a long piece of work; what it had done was rolled back. Not an error:
    nobody is told."""


class StoreError(OgpdeskError):
    """The database cannot be opened as it is; it has been left untouched."""


class NotFound(OgpdeskError):
    template = QT_TRANSLATE_NOOP("Errors", "No {what} matches “{query}”.")
    terms = ("what",)


class Ambiguous(OgpdeskError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "“{query}” matches several {what}: {candidates}. Be more precise."
    )
    terms = ("what",)


class InvalidInput(OgpdeskError):
    template = QT_TRANSLATE_NOOP("Errors", "{detail}")


class Locked(OgpdeskError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The meeting “{title}” is approved and locked; reopen it before changing it.",
    )
