"""Punctuation and counted nouns as each language writes them.

Texts reach a document or the window from several hands — a secretary's notes, a place put
together from a hall and a city, a translated label — so the punctuation between words is the
typist's or the program's, not always the language's. Every renderer and the window pass what
they show through ``typeset``:

- Arabic: the Arabic comma, semicolon and question mark (، ؛ ؟) after Arabic words, and no
  space before a colon ("(جمعية المواطنة):", not "(جمعية المواطنة) :");
- French: the space before ":" is a no-break space, the one before ";", "?" and "!" a narrow
  no-break space, so that the sign never starts a line. Only a space that was typed is made
  so: a French document also carries English and untranslated texts ("integrity: …"), which
  keep their own typography; the document's own labels carry their spaces already.

Only punctuation between words is touched: "8:30", "62,5", "https://…" stay as typed. The
rule follows the script of the word before the sign, so a French name quoted in Arabic keeps
its own punctuation.

Counted nouns agree with their number (``counted``): Arabic has a form for one, two, three to
ten and eleven and more ("مرحلتان متأخرتان", "5 مراحل متأخرة", "12 مرحلة متأخرة").
"""

from __future__ import annotations

import functools
import re

from ogpdesk.i18n import plural

NBSP = "\u00a0"
NNBSP = "\u202f"
_ARABIC_LETTER = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f"
_LATIN_LETTER = "A-Za-z\u00c0-\u024f"
# A sign between words: after a word (and its closing bracket or quote), before a space or
# the end. Not inside a number ("62,5", "8:30") or a URL ("https://").
_ARABIC_SIGN = re.compile(
    f"(?:(?<=[{_ARABIC_LETTER}\u064b-\u065f])|(?<=[{_ARABIC_LETTER}][)\\]»]))"
    "[ \u00a0\u202f]*([,;?:])(?=\\s|$)"
)
_FRENCH_SIGN = re.compile(
    f"(?:(?<=[{_LATIN_LETTER}0-9%])|(?<=[{_LATIN_LETTER}0-9][)\\]»]))"
    "[ \u00a0\u202f]+([:;?!])(?=\\s|$|[)\\]»])"
)
_ARABIC_SIGNS = {",": "،", ";": "؛", "?": "؟", ":": ":"}
_FRENCH_SPACE = {":": NBSP, ";": NNBSP, "?": NNBSP, "!": NNBSP}


@functools.lru_cache(maxsize=16384)
def typeset(text: str, lang: str) -> str:
    """``text`` with the punctuation of its words' language (``lang``: the document's)."""
    if not text:
        return text
    text = _ARABIC_SIGN.sub(lambda m: _ARABIC_SIGNS[m.group(1)], text)
    if lang == "fr":
        text = _FRENCH_SIGN.sub(lambda m: _FRENCH_SPACE[m.group(1)] + m.group(1), text)
    return text


def counted(lang: str, context: str, source: str, count: int) -> str:
    """A counted noun in the form its number calls for; ``source`` is a numerus message of
    the catalogue ("%n milestone(s) overdue"), ``%n`` its place for the number."""
    return plural(lang, context, source, count)
