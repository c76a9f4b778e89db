"""Breaking text into lines and putting each line in display order, for reportlab.

reportlab draws glyphs left to right, one after the other, with no shaping and no bidi
algorithm. So each run of a paragraph is shaped first (``arabic_reshaper``: Arabic letters in
their joined presentation forms, harakat kept), its embedding levels are resolved over the
whole run (``python-bidi``), and only then is the paragraph broken into lines, in *logical*
order, measuring words as they will be drawn. Each line is finally reordered on its own
(rules L1–L4 of UAX #9). Reordering the whole paragraph before wrapping would print its lines
bottom-up; resolving levels line by line would misplace a bracket whose pair is on the line
before.

python-bidi ≥ 0.5 (the unicode-bidi crate) resolves levels but its own reordering leaves out
rules L3 and L4: brackets in right-to-left runs are not mirrored ("(sample)" would print as
")sample(") and harakat would land on the wrong letter. So the levels are read from it and the
reordering is done here, on clusters of a letter and its marks (each mark stays after its
letter, where reportlab draws a glyph of zero advance over it), mirroring what L4 mirrors.
A run with neither brackets nor marks takes python-bidi's reordering as it is: it is right
there, and several times faster than reading the levels.

A paragraph is a sequence of runs in one font each (a bold label, then text); each run is its
own bidi isolate, so in a right-to-left paragraph the first run is drawn rightmost.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from configparser import SectionProxy
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from arabic_reshaper import ArabicReshaper
from bidi import get_display
from bidi.mirror import MIRRORED


class _Reshaper(Protocol):
    """What we call of ``arabic_reshaper``, which has no type information."""

    def reshape(self, text: str) -> str: ...


class _Options:
    """The reshaper's options, read once: it reads six of them through ``configparser`` at
    every call (a tenth of the drawing of long minutes), and they never change."""

    def __init__(self, section: SectionProxy) -> None:
        self._section = section
        self._read: dict[str, bool] = {}

    def get(self, name: str) -> str | None:
        return self._section.get(name)

    def getboolean(self, name: str) -> bool:
        value = self._read.get(name)
        if value is None:
            value = self._read[name] = bool(self._section.getboolean(name))
        return value


def _reshaper() -> _Reshaper:
    reshaper: Any = ArabicReshaper(
        configuration={
            "delete_harakat": False,
            # Keep only the lam-alef ligatures Arabic requires; others (ﷲ) would not come back
            # as the same letters when the PDF's text is extracted or searched.
            "ARABIC LIGATURE ALLAH": False,
        }
    )
    reshaper.configuration = _Options(reshaper.configuration)
    shaper: _Reshaper = reshaper
    return shaper


_RESHAPER = _reshaper()
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Where a line may break: ordinary spaces, not the no-break ones (U+00A0 between thousands,
# U+202F, U+2007), which keep "250 000" whole and, being bidi class CS, one number.
_BREAKING = " \t\r\f\v\u2000-\u2006\u2008-\u200a\u205f\u3000"
_TOKENS = re.compile(f"(\n)|([{_BREAKING}]+)|([^{_BREAKING}\n]+)")
# As python-bidi describes a level: "Level(", a line break, the indent, the number. Anything
# else and the count of levels read fails the check in ``levels``.
_LEVEL = re.compile(r"Level\(\n *(\d+)")
_LEVELS_START = "\n    levels: ["
_LEVELS_END = "\n    ],"
# Arabic harakat and Latin combining accents: drawn over or under the letter before them.
MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_MARKS = re.compile(f"[{MARKS}]")
# Words and the spaces between them, and what keeps a text from being shaped word by word.
_WORDS = re.compile(r"(\s+)")
_SHAPED_WHOLE = re.compile(f"\\s[{MARKS}]")
# What makes python-bidi's own reordering wrong: characters rule L4 mirrors, and marks.
_NEEDS_LEVELS = re.compile(
    "[" + "".join(re.escape(char) for char in MIRRORED) + "]|" + _MARKS.pattern
)
_ISOLATES = re.compile("[\u2066-\u2069]")
# Spaces, an LRI, what it isolates (no other isolate), its PDI, spaces.
_LATIN_ISOLATE = re.compile("(\\s*)\u2066([^\u2066-\u2069]*)\u2069(\\s*)")
# Characters that rule L1 puts back at the paragraph's level at the end of a line.
_TRAILING = {"WS", "BN", "FSI", "LRI", "RLI", "PDI", "S"}
# Bidi controls: they set levels and are not drawn (Amiri has no glyph for the isolates).
_NOT_DRAWN = dict.fromkeys(
    map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)

Measure = Callable[[str, bool], float]


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def has_marks(text: str) -> bool:
    """Arabic harakat (and Latin combining accents) that sit over or under a letter."""
    return _MARKS.search(text) is not None


@functools.lru_cache(maxsize=65536)
def shaped(text: str) -> str:
    """Arabic letters replaced by their joined forms; the logical order is unchanged.

    Word by word: letters join only within a word, and the words of minutes repeat, while
    ``arabic_reshaper`` is pure Python (a millisecond for a paragraph). Where its result for
    the whole text could differ — a mark after a space, which it gives to the letter before —
    the text is shaped whole.

    Zero-width joiners are dropped first: ``arabic_reshaper`` deletes them from its letters but
    not from the text it then searches for lam-alef, so a joiner before a lam-alef shifts the
    ligature onto the wrong letters (a letter lost) or past the end (IndexError). A joiner
    only forces a joined form, which typed names and minutes never need.
    """
    if not has_rtl(text):
        return text
    text = text.replace("\u200d", "")
    if _SHAPED_WHOLE.search(text):
        return _RESHAPER.reshape(text)
    return "".join(_shaped_word(part) for part in _WORDS.split(text))


@functools.lru_cache(maxsize=65536)
def _shaped_word(word: str) -> str:
    return _RESHAPER.reshape(word)


@functools.lru_cache(maxsize=4096)
def levels(text: str, rtl: bool) -> tuple[int, ...]:
    """The embedding level of each character, as python-bidi resolves them.

    Its description of its work (``debug=True``) is the only place it exposes them; the check
    below fails loudly, and the rendering tests with it, if a new version describes them
    differently.
    """
    base = 1 if rtl else 0
    if not rtl and not has_rtl(text):
        return (base,) * len(text)
    latin = _LATIN_ISOLATE.fullmatch(text)
    if rtl and latin and not has_rtl(latin.group(2)):
        # Left-to-right text isolated after a label in a right-to-left paragraph (the most
        # common run of mixed minutes): its inside is all at level 2 (its neutrals between
        # its letters and its isolate's ends resolve to L), the rest at the paragraph's.
        before, inside, after = (len(part) for part in latin.groups())
        return (1,) * (before + 1) + (2,) * inside + (1,) * (after + 1)
    info = get_display(text, base_dir="R" if rtl else "L", debug=True)
    start = info.index(_LEVELS_START)
    by_byte = list(map(int, _LEVEL.findall(info, start, info.index(_LEVELS_END, start))))
    if len(by_byte) != len(text.encode("utf-8")):
        raise RuntimeError("python-bidi no longer describes embedding levels per byte")
    if len(by_byte) == len(text):  # all ASCII
        return tuple(by_byte)
    # Each character's level is its first byte's.
    firsts = itertools.accumulate((_utf8_length(char) for char in text[:-1]), initial=0)
    return tuple(by_byte[first] for first in firsts)


def _utf8_length(char: str) -> int:
    code = ord(char)
    return 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4


@dataclass
class Run:
    """A run of a paragraph, shaped, with its levels resolved once for all its lines."""

    text: str
    bold: bool
    rtl: bool
    _levels: tuple[int, ...] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, text: str, bold: bool, rtl: bool) -> Run:
        return cls(shaped(text), bold, rtl)

    @functools.cached_property
    def plain(self) -> bool:
        """True when python-bidi's reordering of a line of this run needs no correction
        (asked for each of its lines: read once)."""
        return _NEEDS_LEVELS.search(self.text) is None

    @property
    def levels(self) -> tuple[int, ...]:
        if self._levels is None:
            self._levels = levels(self.text, self.rtl)
        return self._levels


class Span(NamedTuple):
    """Characters ``start:end`` of run ``run`` (a tuple: thousands are made per page)."""

    run: int
    start: int
    end: int


Line = tuple[Span, ...]


@dataclass(frozen=True)
class Piece:
    """What is drawn in one font, its characters in display order."""

    text: str
    bold: bool


def wrap(runs: Sequence[Run], width: float, measure: Measure) -> list[Line]:
    """Lines of at most ``width`` in logical order; a word longer than a line is cut."""
    lines: list[Line] = []
    current: list[Span] = []
    pending: list[Span] = []  # the spaces before the next word, dropped at a line break
    pending_width = used = 0.0
    for kind, spans, size in _items(runs, measure):
        if kind == "\n":
            lines.append(_merge(current))
            current, pending, pending_width, used = [], [], 0.0, 0.0
            continue
        if kind == " ":
            if current:
                pending.extend(spans)
                pending_width += size
            continue
        if current and used + pending_width + size > width:
            lines.append(_merge(current))
            current, pending, pending_width, used = [], [], 0.0, 0.0
        if not current and size > width:
            *full, spans = _cut(runs, spans, width, measure)
            lines.extend(_merge(piece) for piece in full)
            size = sum(_width(runs, span, measure) for span in spans)
        current.extend(pending)
        current.extend(spans)
        used += pending_width + size
        pending, pending_width = [], 0.0
    if current or not lines:
        lines.append(_merge(current))
    return lines


def _width(runs: Sequence[Run], span: Span, measure: Measure) -> float:
    run = runs[span.run]
    return measure(run.text[span.start : span.end], run.bold)


def _items(runs: Sequence[Run], measure: Measure) -> list[tuple[str, list[Span], float]]:
    """Words ("w": spans over one run or more), spaces (" ") and "\n", each with its width."""
    items: list[tuple[str, list[Span], float]] = []
    word: list[Span] = []
    size = 0.0
    for index, run in enumerate(runs):
        text, bold = run.text, run.bold
        for match in _TOKENS.finditer(text):
            start, end = match.span()
            span = Span(index, start, end)
            if match.group(3):
                word.append(span)
                size += measure(text[start:end], bold)
                continue
            if word:
                items.append(("w", word, size))
                word, size = [], 0.0
            if match.group(1):
                items.append(("\n", [], 0.0))
            else:
                items.append((" ", [span], measure(text[start:end], bold)))
    if word:
        items.append(("w", word, size))
    return items


def _cut(runs: Sequence[Run], word: list[Span], width: float, measure: Measure) -> list[list[Span]]:
    """A word wider than the line (a URL, a fingerprint) cut between characters."""
    pieces: list[list[Span]] = [[]]
    used = 0.0
    for span in word:
        run = runs[span.run]
        for at in range(span.start, span.end):
            advance = measure(run.text[at], run.bold)
            if used + advance > width and pieces[-1]:
                pieces.append([])
                used = 0.0
            pieces[-1].append(Span(span.run, at, at + 1))
            used += advance
    return pieces


def _merge(spans: list[Span]) -> Line:
    merged: list[Span] = []
    for span in spans:
        if merged and merged[-1].run == span.run and merged[-1].end == span.start:
            merged[-1] = Span(span.run, merged[-1].start, span.end)
        else:
            merged.append(span)
    return tuple(merged)


def display(
    line: Line, runs: Sequence[Run], rtl: bool, mirror: Mapping[str, str] = MIRRORED
) -> list[Piece]:
    """The line's pieces left to right as drawn, each one's characters in display order.

    ``mirror`` gives what to draw for a character rule L4 mirrors (by default its mirror
    image); bidi controls have done their work on the levels and are left out.
    """
    ordered = reversed(line) if rtl else line
    pieces = []
    for span in ordered:
        run = runs[span.run]
        text = run.text[span.start : span.end]
        if run.plain and (run.rtl or has_rtl(text)) and _whole_isolates(text):
            # No bracket, no mark, no isolate cut by the line's ends: python-bidi's own
            # reordering of the line is right, and much faster than reading the levels.
            text = get_display(text, base_dir="R" if run.rtl else "L")
        elif run.rtl or has_rtl(text):
            text = reorder(
                text, list(run.levels[span.start : span.end]), 1 if run.rtl else 0, mirror
            )
        pieces.append(Piece(text.translate(_NOT_DRAWN), run.bold))
    return pieces


def _whole_isolates(line: str) -> bool:
    """Every isolate of ``line`` opens and closes in it (a line cut inside one keeps the
    levels resolved over the whole run)."""
    if not _ISOLATES.search(line):
        return True
    depth = 0
    for char in _ISOLATES.findall(line):
        depth += -1 if char == "\u2069" else 1
        if depth < 0:
            return False
    return depth == 0


def reorder(
    text: str, line_levels: list[int], base: int, mirror: Mapping[str, str] = MIRRORED
) -> str:
    """One line of text in display order (UAX #9 rules L1, L2, L3 for marks, L4).

    Rule L2 reverses, from the highest level down, every sequence at that level or higher.
    It is applied to the line's runs of one level, a handful, rather than to each character:
    a run ends up reversed as many times as there are levels from the lowest odd one up to
    its own, and its characters are mirrored (L4) when its level is odd.
    """
    end = len(text)
    while end and unicodedata.bidirectional(text[end - 1]) in _TRAILING:
        end -= 1
        line_levels[end] = base
    if not text:
        return ""
    # A mark belongs to the letter before it, at that letter's level (rule L3).
    marked = [index for index, char in enumerate(text) if unicodedata.category(char) == "Mn"]
    cluster_levels = line_levels
    if marked:
        cluster_levels = list(line_levels)
        for index in marked:
            if index:
                cluster_levels[index] = cluster_levels[index - 1]
    runs: list[tuple[int, int, int]] = []  # level, start, end
    start = 0
    for level, same in itertools.groupby(cluster_levels):
        stop = start + len(list(same))
        runs.append((level, start, stop))
        start = stop
    lowest = min(line_levels) | 1
    for level in range(max(line_levels), lowest - 1, -1):
        first = 0
        while first < len(runs):
            if runs[first][0] < level:
                first += 1
                continue
            last = first
            while last < len(runs) and runs[last][0] >= level:
                last += 1
            runs[first:last] = runs[first:last][::-1]
            first = last
    mirrored = _mirror_table(mirror)
    pieces = []
    for level, start, stop in runs:
        piece = text[start:stop]
        if level % 2:
            piece = piece.translate(mirrored)
        if level >= lowest and (level - lowest) % 2 == 0:
            inside = [index - start for index in marked if start < index < stop]
            piece = _reversed_clusters(piece, inside)
        pieces.append(piece)
    return "".join(pieces)


# The translation tables of the mirror mappings used, with the mapping they were made from.
_MIRROR_TABLES: dict[int, tuple[Mapping[str, str], dict[int, str]]] = {}


def _mirror_table(mirror: Mapping[str, str]) -> dict[int, str]:
    kept = _MIRROR_TABLES.get(id(mirror))
    if kept is None or kept[0] is not mirror:
        kept = _MIRROR_TABLES[id(mirror)] = (mirror, {ord(k): v for k, v in mirror.items()})
    return kept[1]


def _reversed_clusters(text: str, marks: list[int]) -> str:
    """``text`` reversed, each of its ``marks`` (positions) still after its letter."""
    if not marks:
        return text[::-1]
    clusters: list[str] = []
    for index, char in enumerate(text):
        if index in marks:
            clusters[-1] += char
        else:
            clusters.append(char)
    return "".join(reversed(clusters))
