"""Content languages: which language a recorded text is written in, and its other versions.

Every text a document prints (titles, agenda items, recommendations, decisions, actions,
commitments, milestones, institution names) is stored as written — its *original* — on the
row, with the row's ``lang`` saying which language that is, and beside it one plain column
per content language (``title_ar``, ``title_fr``, ``title_en``) for the versions a secretary
adds. Plain columns rather than a translations table, so that a row travels whole when the
records of two laptops are merged. Texts written apart from the row's first one (signatories'
titles, a commitment's problem and objective, a quarter's challenges, next steps and
evidence) carry their own language, ``<field>_lang`` (``models.OwnLanguages``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.textnorm import script_of
from ogpdesk.i18n import QT_TRANSLATE_NOOP

CONTENT_LANGUAGES = ("ar", "fr", "en")
BAD_LANGUAGE = QT_TRANSLATE_NOOP("Errors", "Unknown language “{value}”. Known languages: {known}.")


def stale_versions(row: object, values: Mapping[str, object]) -> dict[str, None]:
    """The versions an edit makes stale: an original rewritten without its versions given in
    the same edit keeps no translation of the text it replaces (a document would print it as
    the new text's). For ``values`` about to be written on an ``OwnLanguages`` row."""
    cleared: dict[str, None] = {}
    for field in getattr(row, "language_fields", ()):
        if field not in values or values[field] == getattr(row, field):
            continue
        for code in CONTENT_LANGUAGES:
            version = f"{field}_{code}"
            if version not in values and getattr(row, version) is not None:
                cleared[version] = None
    return cleared


# Words that are frequent in one of the two Latin-script languages and rare in the other.
_FRENCH_WORDS = (
    "le la les des du de un une et est pour dans avec sur par au aux ce cette ces qui que "
    "l d à être entre leur leurs son sa ses plus ne pas société civile"
)
_ENGLISH_WORDS = (
    "the of and to a an in is for with on by that this these which be are as at from "
    "between their its it not society"
)
_FRENCH = frozenset(_FRENCH_WORDS.split())
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_FRENCH_LETTERS = re.compile("[àâçéèêëîïôûùüÿœ]", re.IGNORECASE)


def detect_language(text: str | None) -> str | None:
    """The content language a text is written in, from its script and common words.

    Arabic letters → ``ar``; Latin text is French or English by which language's common
    words (and French accents) it uses more; ``None`` for a text with no letters.
    """
    if not text or not text.strip():
        return None
    if script_of(text) == "ar":
        return "ar"
    words = [w.lower() for w in _WORD.findall(text.replace("’", "'"))]
    if not words:
        return None
    french = sum(w in _FRENCH for w in words) + len(_FRENCH_LETTERS.findall(text))
    english = sum(w in _ENGLISH for w in words)
    return "en" if english > french else "fr"


def columns(field: str) -> tuple[str, ...]:
    """A field with its own language (``models.OwnLanguages``): the original, its language
    and its versions — problem, problem_lang, problem_ar, problem_fr, problem_en."""
    return (field, f"{field}_lang", *(f"{field}_{lang}" for lang in CONTENT_LANGUAGES))


def parse_language(value: object) -> str:
    """A content language as the user gives it ("FR ", "ar"), or a refusal naming them."""
    lang = str(value or "").strip().lower()
    if lang not in CONTENT_LANGUAGES:
        raise InvalidInput(BAD_LANGUAGE, value=value, known=", ".join(CONTENT_LANGUAGES))
    return lang


@dataclass(frozen=True)
class Version:
    """A text as a document in some language prints it."""

    text: str
    # False when the document's language has no version and the original stands in.
    translated: bool
    # The language ``text`` is written in.
    lang: str | None


@dataclass(frozen=True)
class Texts:
    """One printed text detached from its row: the original, its language, its versions."""

    original: str
    lang: str | None = None
    versions: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, row: object, field: str) -> Texts:
        # A field with its own language (``models.OwnLanguages``), else the row's.
        own = f"{field}_lang"
        return cls(
            getattr(row, field) or "",
            getattr(row, own) if hasattr(row, own) else getattr(row, "lang", None),
            tuple(
                (lang, text)
                for lang in CONTENT_LANGUAGES
                if (text := getattr(row, f"{field}_{lang}", None)) and text.strip()
            ),
        )

    def get(self, lang: str) -> Version:
        """The text in ``lang``: the original when written in it, else its version in
        ``lang``, else the original marked as not translated."""
        source = self.lang or detect_language(self.original)
        if source == lang:
            return Version(self.original, True, lang)
        for other, text in self.versions:
            if other == lang:
                return Version(text, True, lang)
        return Version(self.original, source is None, source)

    def missing(self, wanted: tuple[str, ...]) -> tuple[str, ...]:
        """The languages of ``wanted`` this text has no version in yet."""
        return tuple(lang for lang in wanted if not self.get(lang).translated)


def version(row: object, field: str, lang: str) -> Version:
    """``field`` of ``row`` in ``lang`` (see ``Texts.get``)."""
    return Texts.of(row, field).get(lang)
