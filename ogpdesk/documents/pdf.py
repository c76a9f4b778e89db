"""PDF renderer (reportlab platypus) of the document model.

reportlab neither shapes Arabic nor applies the bidi algorithm, so text is never handed to its
``Paragraph``: ``TextLines`` wraps in logical order and draws each line shaped and reordered
(see ``shaping.py``), right-aligned in right-to-left text. Amiri, which covers Arabic and Latin
(reportlab has no font fallback), is embedded as a subset.

Every page carries the issuer and the status at the top and "Page X of Y" at the bottom; the
page count is known only at the end, so ``_FurnitureCanvas`` keeps the pages and draws these
when the document is saved.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import re
import struct
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import fontpkg_amiri
from bidi.mirror import MIRRORED
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from ogpdesk.documents import shaping
from ogpdesk.documents.model import (
    Align,
    BilingualTable,
    Block,
    Document,
    Heading,
    KeyValue,
    Letterhead,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Spacer,
    Table,
)
from ogpdesk.documents.pdffont import MIRRORED_DRAWN, LetterFont, letters
from ogpdesk.documents.text import prepare

FONT = "Amiri"
BOLD = "Amiri-Bold"
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8c8c8c")
SHADE = colors.HexColor("#e8ecef")
MARGIN = 18 * mm
TOP = 24 * mm
BOTTOM = 20 * mm
CELL_PAD = 4
# Cells are drawn by TextLines; without this reportlab still selects its default Helvetica for
# each cell, and the PDF lists that font, unembedded (print preflight flags it).
CELL_FONT = ("FONT", (0, 0), (-1, -1), FONT)


@functools.cache
def register_fonts() -> None:
    files = fontpkg_amiri.ROOT / "files"
    pdfmetrics.registerFont(LetterFont(FONT, str(files / "Amiri-Regular.ttf")))
    pdfmetrics.registerFont(LetterFont(BOLD, str(files / "Amiri-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


@dataclass(frozen=True)
class TextStyle:
    size: float
    leading: float
    color: colors.Color = INK
    bold: bool = False

    def font(self, bold: bool) -> str:
        return BOLD if bold or self.bold else FONT

    def measure(self, text: str, bold: bool) -> float:
        """Width of ``text`` as drawn; it is already shaped."""
        return _width(text, self.font(bold), self.size)


@functools.lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


STYLES = {
    "title": TextStyle(18, 28, bold=True),
    "subtitle": TextStyle(12, 19, MUTED),
    "body": TextStyle(10.5, 17),
    "small": TextStyle(9, 14),
    "note": TextStyle(9, 14, MUTED),
    "cell": TextStyle(9.5, 15),
    "furniture": TextStyle(8.5, 12, MUTED),
}
HEADINGS = {1: TextStyle(14, 22, bold=True), 2: TextStyle(12, 19, bold=True)}
HEADING_DEEPER = TextStyle(11, 17, bold=True)
# A letter and the marks over it, as ``shaping.display`` orders them.
_WITH_MARKS = re.compile(f"([^{shaping.MARKS}][{shaping.MARKS}]+)")


def draw_line(
    canvas: Canvas,
    line: shaping.Line,
    runs: Sequence[shaping.Run],
    *,
    left: float,
    width: float,
    baseline: float,
    style: TextStyle,
    align: Align,
    rtl: bool,
) -> None:
    pieces = shaping.display(line, runs, rtl, _mirrors())
    widths = [style.measure(p.text, p.bold) for p in pieces]
    total = sum(widths)
    if align == "center":
        x = left + (width - total) / 2
    elif (align == "start") == rtl:
        x = left + width - total
    else:
        x = left
    canvas.setFillColor(style.color)
    # One text object for the line, not reportlab's drawString for each piece: that makes a
    # text object each time and measures the piece twice more, uncached (a third of the
    # drawing of long minutes).
    drawn = _MarkedText(canvas, x, baseline)
    for piece, advance in zip(pieces, widths, strict=True):
        font = style.font(piece.bold)
        drawn.setFont(font, style.size)
        if shaping.has_marks(piece.text):
            _draw_with_marks(drawn, piece.text, x, baseline, font, style.size)
        else:
            drawn.put(piece.text, x, baseline)
        x += advance
    canvas.drawText(drawn)


@functools.cache
def _mirrors() -> dict[str, str]:
    """What to draw for a mirrored character: its mirror's glyph, with its own text."""
    glyphs = _true_type(FONT).face.charToGlyph
    return {
        typed: drawn if ord(drawn) in glyphs else MIRRORED[typed]
        for typed, drawn in MIRRORED_DRAWN.items()
    }


def _draw_with_marks(
    drawn: _MarkedText, text: str, x: float, baseline: float, font: str, size: float
) -> None:
    """Letters in line, each mark centred over the letter before it.

    Without a shaping engine the font's anchors are not applied, and a mark of zero advance
    drawn in line after its letter would hang over the next one. A reader (``pdftotext``)
    takes a mark drawn inside its letter for the start of a new word, so a letter and its
    marks are given their text together (``/ActualText``), in the order in which the glyphs
    of the line stand: marks, then letter, which reversed with the rest of a right-to-left
    run reads letter, then marks.
    """
    cursor = 0.0
    # Letters without marks and clusters with them alternate: split keeps the clusters.
    for index, part in enumerate(_WITH_MARKS.split(text)):
        letter, marks = (part, "") if index % 2 == 0 else (part[0], part[1:])
        extents = [e for e in (_mark_extent(font, mark) for mark in marks) if e is not None]
        if not marks or len(extents) < len(marks):  # no marks, or some the font lacks: in line
            drawn.put(part, x + cursor, baseline)
            cursor += _width(part, font, size)
            continue
        advance = _width(letter, font, size)
        # The letter drawn last, so that the group ends where the next letter starts.
        actual = (marks[::-1] + letters(ord(letter))).encode("utf-16-be").hex().upper()
        drawn.operator(f"/Span <</ActualText <FEFF{actual}>>> BDC")
        for mark, (low, high) in zip(marks, extents, strict=True):
            drawn.put(mark, x + cursor + (advance - (low + high) * size) / 2, baseline)
        drawn.put(letter, x + cursor, baseline)
        drawn.operator("EMC")
        cursor += advance


def _true_type(name: str) -> TTFont:
    """A registered font we draw with: they are all TrueType (``register_fonts``)."""
    font = pdfmetrics.getFont(name)
    if not isinstance(font, TTFont):
        raise TypeError(f"{name} is not a TrueType font")
    return font


class _MarkedText(PDFTextObject):
    """A text object that can also hold marked-content operators, for which reportlab has
    no call: they go into its list of operators as they are."""

    # reportlab's own list of the object's operators, and what writes a text into it in the
    # font's encoding: its type stubs leave them out.
    _code: list[str]
    _formatText: Callable[[str], str]

    def operator(self, line: str) -> None:
        self._code.append(line)

    def put(self, text: str, x: float, baseline: float) -> None:
        """``text`` drawn from ``x``. reportlab's ``textOut`` would measure it again, uncached,
        to move a cursor that our lines never use: each piece is placed where it goes, to a
        hundredth of a point (reportlab's general number formatting, in Python, took a
        twentieth of the drawing)."""
        self._code.append(f"1 0 0 1 {x:.2f} {baseline:.2f} Tm")
        self._code.append(self._formatText(text))


class _Tables(Protocol):
    """What we read of a TrueType face: reportlab's stubs leave it untyped."""

    def get_table(self, tag: str) -> bytes: ...


@functools.cache
def _mark_extent(font: str, char: str) -> tuple[float, float] | None:
    """Left and right of ``char``'s outline, in ems, read from the font's glyf table."""
    face = _true_type(font).face
    glyph = face.charToGlyph.get(ord(char))
    if glyph is None:
        return None
    tables: _Tables = face
    long_offsets = struct.unpack_from(">h", tables.get_table("head"), 50)[0] == 1
    loca = tables.get_table("loca")
    if long_offsets:
        start = struct.unpack_from(">L", loca, 4 * glyph)[0]
    else:
        start = struct.unpack_from(">H", loca, 2 * glyph)[0] * 2
    x_min, _, x_max = struct.unpack_from(">hhh", tables.get_table("glyf"), start + 2)
    return x_min / face.unitsPerEm, x_max / face.unitsPerEm


class TextLines(Flowable):
    """A paragraph wrapped in logical order, each line drawn shaped and in display order."""

    def __init__(
        self,
        runs: Sequence[tuple[str, bool]] | Sequence[shaping.Run],
        style: TextStyle,
        *,
        align: Align = "start",
        rtl: bool = False,
        min_height: float = 0.0,
        space_before: float = 0.0,
        space_after: float = 0.0,
        lines: list[shaping.Line] | None = None,
    ) -> None:
        super().__init__()
        self.runs = [
            run if isinstance(run, shaping.Run) else shaping.Run.of(run[0], run[1], rtl)
            for run in runs
        ]
        self.style = style
        self.align = align
        self.rtl = rtl
        self.min_height = min_height
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._lines = lines
        # Lines handed over by a split are kept whatever width they are wrapped at again.
        self._wrapped_at: float | None = None if lines is None else -1.0

    def _layout(self, width: float) -> list[shaping.Line]:
        if self._lines is None or self._wrapped_at not in (width, -1.0):
            self._lines = shaping.wrap(self.runs, width, self.style.measure)
            self._wrapped_at = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = max(len(lines) * self.style.leading, self.min_height)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        fits = int(availHeight // self.style.leading)
        if fits >= len(lines):
            return [self]
        if fits < 2 or len(lines) - fits < 2:
            # No widow or orphan line: move the paragraph whole when it would leave one alone.
            fits = len(lines) - 2 if fits >= 2 and len(lines) >= 4 else 0
        if fits <= 0:
            return []
        first, rest = (
            TextLines(self.runs, self.style, align=self.align, rtl=self.rtl, lines=part)
            for part in (lines[:fits], lines[fits:])
        )
        first.spaceBefore, rest.spaceAfter = self.spaceBefore, self.spaceAfter
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        # Amiri's tall ascenders: the baseline sits about two-thirds down the line box.
        baseline = self.height - style.leading * 0.68
        for line in self._lines or []:
            draw_line(
                self.canv,
                line,
                self.runs,
                left=0,
                width=self.width,
                baseline=baseline,
                style=style,
                align=self.align,
                rtl=self.rtl,
            )
            baseline -= style.leading


class _Renderer:
    """Turns blocks into flowables for one document."""

    def __init__(self, document: Document, frame_width: float) -> None:
        self.document = document
        self.frame_width = frame_width
        self.rtl = document.direction == "rtl"

    def text(
        self,
        text: str,
        style: TextStyle,
        *,
        bold: bool = False,
        align: Align = "start",
        lang: str | None = None,
        own: bool = True,
        **extra: Any,
    ) -> TextLines:
        """A paragraph of one run, in its own text's direction (or its language's); with
        ``own=False`` in the document's (a label, a value beside its label)."""
        return self.runs([(text, bold)], style, align=align, lang=lang, own=own, **extra)

    def runs(
        self,
        runs: list[tuple[str, bool]],
        style: TextStyle,
        *,
        align: Align = "start",
        lang: str | None = None,
        own: bool = True,
        labelled: bool = False,
        **extra: Any,
    ) -> TextLines:
        direction, prepared = prepare(runs, self.document, lang=lang, own=own, labelled=labelled)
        return TextLines(prepared, style, align=align, rtl=direction == "rtl", **extra)

    def story(self) -> list[Flowable]:
        doc = self.document
        story: list[Flowable] = []
        if doc.letterhead is not None:
            story.extend([self.letterhead(doc.letterhead), RLSpacer(1, 3 * mm)])
        story.append(self.text(doc.title, STYLES["title"], align="center"))
        if doc.subtitle:
            story.append(self.text(doc.subtitle, STYLES["subtitle"], align="center"))
        story.append(RLSpacer(1, 4 * mm))
        previous: Block | None = None
        drawn: list[Flowable] = []
        for block in doc.blocks:
            if isinstance(block, SignatureBlock):
                story.extend(self._signed(previous, drawn, block))
                drawn = []
            else:
                story.extend(drawn)
                drawn = list(self.block(block))
            previous = block
        story.extend(drawn)
        return story

    def _signed(
        self, previous: Block | None, drawn: list[Flowable], block: SignatureBlock
    ) -> list[Flowable]:
        """The signatures on one page with the item above them (``drawn``, from
        ``previous``): of a table, its last row, drawn as the table's continuation."""
        signatures = [RLSpacer(1, 6 * mm), self.signatures(block)]
        if isinstance(previous, BilingualTable):
            previous = previous.as_table(self.document.direction)
        if isinstance(previous, Table) and len(previous.rows) > 1:
            head = dataclasses.replace(previous, rows=previous.rows[:-1])
            tail = dataclasses.replace(previous, rows=previous.rows[-1:])
            return [self.table(head), KeepTogether([self.table(tail, header=False), *signatures])]
        return [KeepTogether([*drawn, *signatures])]

    def block(self, block: Block) -> Iterable[Flowable]:
        match block:
            case Heading(text=text, level=level, lang=lang):
                heading = self.text(
                    text,
                    HEADINGS.get(level, HEADING_DEEPER),
                    lang=lang,
                    space_before=3 * mm if level == 1 else 2 * mm,
                    space_after=1 * mm,
                )
                heading.keepWithNext = True
                return [heading]
            case Paragraph():
                return [
                    self.runs(
                        [(run.text, run.bold) for run in block.runs],
                        STYLES[block.style],
                        align=block.align,
                        lang=block.lang,
                        labelled=block.label,
                        space_after=1.5 * mm,
                    )
                ]
            case Table():
                return [self.table(block), RLSpacer(1, 3 * mm)]
            case BilingualTable():
                table = block.as_table(self.document.direction)
                return [self.table(table), RLSpacer(1, 3 * mm)]
            case KeyValue(items=items):
                return [self.key_values(items), RLSpacer(1, 2 * mm)]
            case SignatureBlock():
                return [RLSpacer(1, 6 * mm), self.signatures(block)]
            case Spacer(height=height):
                return [RLSpacer(1, height * mm)]
            case PageBreak():
                return [RLPageBreak()]
        raise TypeError(f"no PDF drawing for {type(block).__name__}")

    def _widths(self, relative: Sequence[float]) -> list[float]:
        total = sum(relative)
        return [self.frame_width * w / total for w in relative]

    def _visual(self, cells: list[Any]) -> list[Any]:
        """Columns are given in reading order; right to left, the first is drawn rightmost."""
        return cells[::-1] if self.rtl else cells

    def table(self, table: Table, *, header: bool = True) -> RLTable:
        """``table``; without its header row when it continues one drawn just above."""
        style = STYLES["cell"]
        columns = table.columns
        widths = self._widths([c.width for c in columns])
        min_height = (table.row_height or 0) * mm - 2 * CELL_PAD
        titles = [self.text(c.title, style, bold=True, align=c.align, lang=c.lang) for c in columns]
        rows = [
            [
                self.text(
                    cell,
                    style,
                    bold=index in table.strong_rows,
                    align=column.align,
                    lang=column.lang,
                    min_height=min_height if position == 0 else 0.0,
                )
                for position, (cell, column) in enumerate(zip(row, columns, strict=True))
            ]
            for index, row in enumerate(table.rows)
        ]
        data = ([self._visual(titles)] if header else []) + [self._visual(row) for row in rows]
        drawn = RLTable(
            data,
            colWidths=self._visual(widths),
            repeatRows=1 if table.repeat_header and header else 0,
            hAlign="CENTER",
        )
        shade = [("BACKGROUND", (0, 0), (-1, 0), SHADE)] if header else []
        drawn.setStyle(
            TableStyle(
                [
                    CELL_FONT,
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    *shade,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return drawn

    def key_values(self, items: Sequence[tuple[str, str]]) -> RLTable:
        style = STYLES["body"]
        data = [
            self._visual(
                [self.text(key, style, bold=True, own=False), self.text(value, style, own=False)]
            )
            for key, value in items
        ]
        drawn = RLTable(data, colWidths=self._visual(self._widths([1, 3])), hAlign="CENTER")
        drawn.setStyle(
            TableStyle(
                [
                    CELL_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return drawn

    def signatures(self, block: SignatureBlock) -> RLTable:
        body, note = STYLES["body"], STYLES["note"]
        signers = block.signers
        titled = any(s.title for s in signers)
        cells = [
            [
                self.text(s.role, body, bold=True, align="center"),
                self.text(s.name, body, align="center"),
                *([self.text(s.title, note, align="center")] if titled else []),
                self.text(block.caption, note, align="center", min_height=18 * mm),
            ]
            for s in signers
        ]
        lines = len(cells[0])
        data = [self._visual([cell[row] for cell in cells]) for row in range(lines)]
        drawn = RLTable(data, colWidths=self._widths([1] * len(signers)), hAlign="CENTER")
        drawn.setStyle(
            TableStyle(
                [
                    CELL_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        return drawn

    def letterhead(self, head: Letterhead) -> RLTable:
        """The institutions stacked at the top of the start side, the logo at the end side."""
        body = STYLES["body"]
        lines = [
            self.text(line, body, bold=index == 0, align="center")
            for index, line in enumerate(head.lines)
        ]
        logo: Flowable | str = ""
        if head.logo:
            reader = ImageReader(io.BytesIO(head.logo))
            width, height = reader.getSize()
            tall = 20 * mm
            logo = Image(io.BytesIO(head.logo), width=tall * width / height, height=tall)
        data = [self._visual([lines, logo])]
        drawn = RLTable(data, colWidths=self._widths([1.1, 1]), hAlign="CENTER")
        drawn.setStyle(
            TableStyle(
                [
                    CELL_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    # The logo on the outer edge of the end side.
                    ("ALIGN", (0, 0), (0, 0), "LEFT"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return drawn


class _FurnitureCanvas(Canvas):
    """Keeps every page until the end, then draws header and footer knowing the page count."""

    # reportlab's own, which its type stubs leave out: the page size, and what starts a new
    # page without writing out the current one (``showPage`` does both).
    _pagesize: tuple[float, float]
    _startPage: Callable[[], None]

    def __init__(self, *args: Any, document: Document, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._document = document
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._furniture(count)
            super().showPage()
        super().save()

    def _furniture(self, pages: int) -> None:
        doc = self._document
        rtl = doc.direction == "rtl"
        style = STYLES["furniture"]
        width, height = self._pagesize
        inner = width - 2 * MARGIN

        def put(text: str, baseline: float, align: Align, bold: bool = False) -> None:
            if text:
                _, prepared = prepare([(text, bold)], doc, own=False)
                runs = [shaping.Run.of(prepared[0][0], bold, rtl)]
                line = shaping.wrap(runs, 10_000, style.measure)[0]
                draw_line(
                    self,
                    line,
                    runs,
                    left=MARGIN,
                    width=inner,
                    baseline=baseline,
                    style=style,
                    align=align,
                    rtl=rtl,
                )

        top = height - TOP + 6 * mm
        put(doc.header, top, "start")
        put(doc.status, top, "end", bold=True)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
        bottom = BOTTOM - 9 * mm
        self.line(MARGIN, bottom + 4.5 * mm, width - MARGIN, bottom + 4.5 * mm)
        label = doc.page_label.format(page=self.getPageNumber(), pages=pages)
        put(label, bottom, "end")
        put(doc.footer, bottom, "start")


def render(document: Document, path: Path) -> None:
    register_fonts()
    pagesize = landscape(A4) if document.landscape else A4
    template = BaseDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=document.title,
        author=document.meta("author"),
        subject=document.meta("subject"),
        keywords=[document.meta("keywords")],
        creator="ogpdesk",
        lang=document.lang,
        # Not reportlab's default Helvetica: a font the document never draws with would still
        # be listed, unembedded, on every page (print preflight flags it).
        initialFontName=FONT,
    )
    frame = Frame(
        MARGIN,
        BOTTOM,
        pagesize[0] - 2 * MARGIN,
        pagesize[1] - TOP - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = _Renderer(document, pagesize[0] - 2 * MARGIN).story()
    template.build(story, canvasmaker=functools.partial(_FurnitureCanvas, document=document))
