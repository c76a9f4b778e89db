"""Which way a text runs, and the runs inside it that run the other way (UAX #9).

Every renderer (PDF, DOCX, HTML) and the window apply the Unicode Bidirectional Algorithm to
the texts they are given — reportlab through ``documents/shaping.py``, the others by
themselves. What they cannot know is how a sentence was put together: in "Kairouan, 22 مارس
2016" the algorithm rightly joins "22" to "Kairouan" and the date falls apart; in an Arabic
line a telephone number's groups are laid right to left; a percent sign changes side with the
letter before it. So the text is given to them prepared, here and only here:

- a paragraph takes the direction of its own first strong letter (rules P2–P3), whatever the
  document's; a label and what follows it ("التوصية 1: …") take the document's, and the text
  after the label is isolated in its own direction (``isolate``);
- inside a paragraph, each run written in the other direction — a French name, a date in
  French, a Latin sentence with its full stop, Arabic words in a French text — is wrapped in a
  directional isolate (LRI/RLI … PDI), so that it is laid out as one unit and the numbers and
  signs beside it keep to their own side;
- URLs, e-mail addresses, telephone-like numbers and percentages are left-to-right isolates
  wherever they stand ("+216 98 765 432", "25%").

Isolates are invisible characters of Unicode 6.3 that Word, LibreOffice, browsers and Qt lay
out; ``documents/shaping.py`` resolves them with the rest and does not draw them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Literal

Direction = Literal["ltr", "rtl"]

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_OPENING = {LRI, RLI, FSI}
CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_NOT_CONTROLS = dict.fromkeys(map(ord, CONTROLS))

_LEFT = {"L"}
_RIGHT = {"R", "AL"}
_HAS_RIGHT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")

# Always left to right, in any paragraph: laid out as one unit.
_URL = r"(?:https?://|www\.)[^\s<>()\[\]{}\"«»]+[^\s<>()\[\]{}\"«».,;:!?…،؛]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# "+216 98 765 432", "71 123 456", "22-000-111": groups of digits joined by a space, a dot or a
# hyphen (not by U+00A0, which groups the thousands of one figure).
_PHONE = r"\+?\d{1,4}(?:[ .\-]\d{2,4}){2,}(?!\d)"
_PERCENT = r"[-+]?\d+(?:[.,]\d+)?[ \u00a0\u202f]?%|%[ \u00a0\u202f]?\d+(?:[.,]\d+)?"
_UNITS = re.compile(f"{_URL}|{_EMAIL}|(?<![\\d.,]){_PHONE}|(?<![\\w.,]){_PERCENT}")

_BRACKETS = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›"}
_CLOSING = {closing: opening for opening, closing in _BRACKETS.items()}
# Numbers joined to a run by a space: "22 mars 2016", "M'Saken 2050".
_NUMBERS_BEFORE = re.compile(r"(?:\d+(?:[.,:]\d+)*[ \u00a0])+$")
_NUMBERS_AFTER = re.compile(r"(?:[ \u00a0]\d+(?:[.,:]\d+)*(?![\w]))+")
# A sentence's closing punctuation, kept with the sentence of the other direction it ends.
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)")


def _kind(char: str) -> str:
    return unicodedata.bidirectional(char)


def direction(text: str) -> Direction | None:
    """The direction of the first strong letter outside any isolate (rules P2–P3), if any."""
    depth = 0
    for char in text:
        if char in _OPENING:
            depth += 1
        elif char == PDI:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = _kind(char)
            if kind in _LEFT:
                return "ltr"
            if kind in _RIGHT:
                return "rtl"
    return None


def paragraph_direction(text: str, default: Direction) -> Direction:
    """A paragraph's direction: its own text's, or ``default`` when it has no letter."""
    return direction(text) or default


def strip_controls(text: str) -> str:
    """``text`` without bidi controls, e.g. for a file name or a search."""
    return text.translate(_NOT_CONTROLS)


_EMBEDDING = {"ltr": "\u202a", "rtl": "\u202b"}
_MARK = {"ltr": "\u200e", "rtl": "\u200f"}
_POP = "\u202c"


def embedded(text: str, paragraph: Direction) -> str:
    """``text`` with each isolate written as an embedding between two marks of the direction
    around it (RLM LRE … PDF RLM for LRI … PDI in Arabic), which lays out the same here.

    For word processors: LibreOffice draws the isolate controls with the width of a missing
    glyph when the font (Amiri) has none, while embeddings and marks are zero-width glyphs
    of Amiri and have been understood by every word processor for decades.
    """
    if not any(char in _OPENING or char == PDI for char in text):
        return text
    out: list[str] = []
    around: list[Direction] = [paragraph]
    for char in text:
        if char in _OPENING:
            inner: Direction = "ltr" if char == LRI else "rtl" if char == RLI else around[-1]
            out.append(_MARK[around[-1]] + _EMBEDDING[inner])
            around.append(inner)
        elif char == PDI and len(around) > 1:
            around.pop()
            out.append(_POP + _MARK[around[-1]])
        else:
            out.append(char)
    return "".join(out)


def isolate(text: str, of: Direction | None = None) -> str:
    """``text`` as one isolate in its own direction (or ``of``), its inside prepared as a
    paragraph of that direction: what follows a label, a value inserted into a sentence."""
    if not text:
        return text
    inner = of or direction(text)
    if inner is None:
        return f"{FSI}{text}{PDI}"
    return f"{LRI if inner == 'ltr' else RLI}{isolated(text, inner)}{PDI}"


@functools.lru_cache(maxsize=16384)
def isolated(text: str, paragraph: Direction) -> str:
    """``text`` for a paragraph of direction ``paragraph``: the runs of the other direction,
    URLs, e-mail addresses, telephone-like numbers and percentages isolated."""
    if not text or (paragraph == "ltr" and not _HAS_RIGHT.search(text)):
        # Left-to-right text with no letter of the other direction lays out as it is.
        return text
    units = [(m.start(), m.end()) for m in _UNITS.finditer(text)]
    runs = _foreign_runs(text, paragraph, units)
    # Isolates in the order they open; a unit inside a run nests in it.
    marks: list[tuple[int, int, str]] = []
    for start, end in runs:
        marks.append((start, end, RLI if paragraph == "ltr" else LRI))
    for start, end in units:
        marks.append((start, end, LRI))
    if not marks:
        return text
    opening: dict[int, list[str]] = {}
    closing: dict[int, int] = {}
    # Outer isolates open first and close last at the same position.
    for start, end, control in sorted(marks, key=lambda m: (m[0], -m[1])):
        opening.setdefault(start, []).append(control)
        closing[end] = closing.get(end, 0) + 1
    out: list[str] = []
    for at, char in enumerate(text):
        out.append(PDI * closing.get(at, 0))
        out.extend(opening.get(at, ()))
        out.append(char)
    out.append(PDI * closing.get(len(text), 0))
    return "".join(out)


def _foreign_runs(
    text: str, paragraph: Direction, units: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of ``text`` written in the other direction than ``paragraph``.

    A run goes from a strong letter of the other direction to the last one before a letter of
    the paragraph's direction; inside it are neutrals, numbers and units. It takes along the
    numbers joined to it by a space ("22 mars 2016"), the bracket it opened or closed, and,
    when it is a sentence, its full stop.
    """
    runs: list[tuple[int, int]] = []
    start = last = -1
    for match in _STRONG.finditer(text):
        foreign = (match.group(1) is not None) == (paragraph == "rtl")
        for piece_start, piece_end in _outside(match.start(), match.end(), units):
            if foreign:
                if start < 0:
                    start = piece_start
                last = piece_end - 1
            elif start >= 0:
                runs.append((start, last + 1))
                start = -1
    if start >= 0:
        runs.append((start, last + 1))
    return [_extend(text, start, end, paragraph, units) for start, end in runs]


def _outside(start: int, end: int, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``start:end`` outside ``units`` (a URL's letters are not a run)."""
    pieces = [(start, end)]
    for unit_start, unit_end in units:
        if unit_start >= end or unit_end <= start:
            continue
        pieces = [
            part
            for a, b in pieces
            for part in ((a, min(b, unit_start)), (max(a, unit_end), b))
            if part[0] < part[1]
        ]
    return pieces


_RTL_RANGES = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
# Runs of strong letters: left to right (group 1) or right to left (group 2). A letter of the
# Hebrew and Arabic blocks is R or AL, and so are four Arabic signs (؛ ؟ ٭ ۔); any other
# letter is L. (Digits, marks and other signs are neutral or weak.)
_STRONG = re.compile(
    f"((?:(?![{_RTL_RANGES}])[^\\W\\d_])+)|((?:(?=[^\\W\\d_])[{_RTL_RANGES}]|[؛؟٭۔])+)"
)


def _extend(
    text: str, start: int, end: int, paragraph: Direction, units: list[tuple[int, int]]
) -> tuple[int, int]:
    # Digits written against a word of the run belong to it ("3P", "T2").
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    while end < len(text) and text[end].isdigit():
        end += 1
    if paragraph == "rtl":
        # Latin-script words and the numbers that belong to them.
        before = _NUMBERS_BEFORE.search(text, 0, start)
        if before and (before.start() == 0 or not text[before.start() - 1].isalnum()):
            start = before.start()
        after = _NUMBERS_AFTER.match(text, end)
        if after:
            end = after.end()
    # Brackets opened inside the run and closed just after it, or the reverse.
    depth = 0
    for char in text[start:end]:
        if char in _BRACKETS:
            depth += 1
        elif char in _CLOSING and depth:
            depth -= 1
    while depth and end < len(text) and text[end] in _CLOSING:
        end += 1
        depth -= 1
    unmatched = sum(1 for char in text[start:end] if char in _CLOSING) - sum(
        1 for char in text[start:end] if char in _BRACKETS
    )
    while unmatched > 0 and start > 0 and text[start - 1] in _BRACKETS:
        start -= 1
        unmatched -= 1
    # A sentence of two words or more keeps its full stop.
    if " " in text[start:end].strip():
        stop = _SENTENCE_END.match(text, end)
        if stop:
            end = stop.end()
    # A unit that the run ends inside or begins inside is taken whole.
    for unit_start, unit_end in units:
        if unit_start < end < unit_end:
            end = unit_end
        if unit_start < start < unit_end:
            start = unit_start
    return start, end


# A label's colon, French spacing included ("Recommandation 1 :").
_LABEL_COLON = re.compile(r"[ \u00a0\u202f]*:\s*$")


def _label(label: str, document: Direction) -> str:
    """A label on the document's side. One that ends in words of the other direction keeps
    its colon with them, as a sentence keeps its full stop: "Mohamed Ben Salah:" in Arabic
    minutes reads with its colon after "Salah", not before "Mohamed" as the colon, neutral
    between a Latin name and an Arabic line, would be by the paragraph's direction."""
    colon = _LABEL_COLON.search(label)
    if colon is None:
        return isolated(label, document)
    words = label[: colon.start()]
    strong = [match.group(1) is not None for match in _STRONG.finditer(words)]
    foreign = bool(strong) and strong[-1] == (document == "rtl")
    prepared = isolated(words, document)
    if not foreign or not prepared.endswith(PDI):
        return prepared + label[colon.start() :]
    return prepared[:-1] + label[colon.start() :].rstrip() + PDI + label[len(label.rstrip()) :]


# "2. The experiences of Sousse…", "1.3 ": numbering, which belongs to the document's side.
_NUMBERING = re.compile(r"\s*\d+(?:[.)]|(?:\.\d+)+\.?)\s+(?=\D)")

Runs = list[tuple[str, bool]]


def paragraph(
    runs: Runs, document: Direction, *, labelled: bool = False, of: Direction | None = None
) -> tuple[Direction, Runs]:
    """The direction of a paragraph made of ``runs`` (text, bold), and the runs prepared.

    A labelled paragraph (its first run is a label: "التوصية 1:", "Mohamed Ben Salah :") and a
    numbered one ("2. The experiences…") keep the document's direction, so the label or number
    stays on the document's side, and what follows is isolated in its own direction. Any other
    paragraph takes ``of`` (the language of a column) or its own text's direction.
    """
    whole = "".join(text for text, _ in runs)
    if not labelled and len(runs) == 1 and direction(whole) not in (None, document):
        number = _NUMBERING.match(whole)
        if number:
            bold = runs[0][1]
            runs, labelled = [(whole[: number.end()], bold), (whole[number.end() :], bold)], True
    if labelled and len(runs) > 1:
        (label, bold), *rest = runs
        prepared = [(_label(label, document), bold)]
        for text, weight in rest:
            body = text.lstrip()
            prepared.append((text[: len(text) - len(body)] + isolate(body), weight))
        return document, prepared
    own = of or paragraph_direction(whole, document)
    return own, [(isolated(text, own), bold) for text, bold in runs]
