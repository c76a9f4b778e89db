"""Folding text so that what a user types finds what was recorded.

Arabic is written with or without harakat, with several forms of alef, with tatweel for
justification; French with or without accents. Search and name matching compare folded text.
"""

from __future__ import annotations

import re
import unicodedata

_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
    }
)
_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_SPACES = re.compile(r"\s+")
# Characters that may be a combining mark to drop: none below U+0300 is one, and marks in the
# Arabic blocks stay. Looking only at these keeps folding quick (a merge folds 20,000 texts).
_MAYBE_MARK = re.compile("[^\x00-\u02ff\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def normalise(text: str) -> str:
    """Fold Arabic diacritics and letter forms, French accents, case and spacing."""
    text = unicodedata.normalize("NFKC", text)
    text = _HARAKAT.sub("", text).translate(_ARABIC_FOLD)
    decomposed = unicodedata.normalize("NFD", text)
    text = _MAYBE_MARK.sub(_drop_mark, decomposed)
    text = unicodedata.normalize("NFC", text).casefold()
    return _SPACES.sub(" ", text).strip()


def _drop_mark(found: re.Match[str]) -> str:
    ch = found.group()
    return "" if unicodedata.combining(ch) else ch


def script_of(text: str) -> str:
    """ "ar" when Arabic letters outnumber Latin ones, else "latin"."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return "ar" if arabic > latin else "latin"
