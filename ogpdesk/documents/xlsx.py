"""XLSX renderer (openpyxl): a document's tables, for those who sort and count.

One sheet, read top to bottom like the document: title, headings as bold lines, key/value
lines, tables with their header row, paragraphs as single cells. Counts are written as
numbers; every other cell is text, even one that looks like a formula or a number: a name or
remark beginning with ``=`` (``+``, ``-``, ``@``) is written as a string cell marked
"quote prefix", so neither this workbook nor an edit of it runs it (OWASP's advice against
spreadsheet formula injection), and a phone number keeps its leading zeros. An Arabic
document gets a right-to-left sheet, so its first column is on the right, as in the PDF.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ogpdesk.documents.model import (
    Align,
    BilingualTable,
    Block,
    Column,
    Document,
    Heading,
    KeyValue,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Spacer,
    Table,
)

# Characters a worksheet title cannot hold.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# A count: "0", "42", "250 000". Not a phone: no leading zero, and a run of digits longer
# than a count of people or dinars ever is without separators.
_COUNT = re.compile(r"[1-9]\d{0,2}(?:\u00a0\d{3})+|[1-9]\d{0,6}|0")
# What a spreadsheet program reads as the start of a formula (OWASP: = + - @, tab, CR).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LINE_WIDTH = 110  # characters shared between the columns of the widest table
SHADE = PatternFill("solid", fgColor="E8ECEF")
THIN = Side(style="thin", color="8C8C8C")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)


def _value(cell: str) -> str | int:
    """A count ("250 000") as a number; anything else as text."""
    if _COUNT.fullmatch(cell):
        return int(cell.replace("\u00a0", ""))
    return cell


def _set(sheet: Worksheet, row: int, column: int, text: str) -> Cell:
    """Write ``text`` at (row, column): a count as a number, anything else as inert text."""
    value = _value(text) if text else None
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        # openpyxl takes a leading "=" for a formula: make it a string again, and mark it
        # the way Excel marks text typed after an apostrophe.
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


class _Writer:
    def __init__(self, document: Document, sheet: Worksheet) -> None:
        self.document = document
        self.sheet = sheet
        self.row = 1
        self.widths: dict[int, float] = {}

    def put(
        self,
        values: Sequence[str],
        *,
        font: Font | None = None,
        fill: PatternFill | None = None,
        border: Border | None = None,
        aligns: Sequence[Align] | None = None,
    ) -> None:
        for index, text in enumerate(values, start=1):
            cell = _set(self.sheet, self.row, index, text)
            align = aligns[index - 1] if aligns else "start"
            cell.alignment = Alignment(
                horizontal=self._horizontal(align), vertical="top", wrap_text=True
            )
            if font:
                cell.font = font
            if fill:
                cell.fill = fill
            if border:
                cell.border = border
        self.row += 1

    def _horizontal(self, align: Align) -> str | None:
        if align == "center":
            return "center"
        if align == "end":
            return "left" if self.document.direction == "rtl" else "right"
        # "general": text starts where the sheet's direction starts.
        return None

    def table(self, table: Table) -> None:
        self._measure(table.columns)
        aligns = [c.align for c in table.columns]
        self.put([c.title for c in table.columns], font=BOLD, fill=SHADE, border=GRID,
                 aligns=aligns)  # fmt: skip
        for index, row in enumerate(table.rows):
            self.put(row, font=BOLD if index in table.strong_rows else None, border=GRID,
                     aligns=aligns)  # fmt: skip
        self.row += 1

    def _measure(self, columns: Sequence[Column]) -> None:
        total = sum(c.width for c in columns)
        for index, column in enumerate(columns, start=1):
            share = max(LINE_WIDTH * column.width / total, 6)
            self.widths[index] = max(self.widths.get(index, 0), share)

    def block(self, block: Block) -> None:
        match block:
            case Heading(text=text):
                self.row += 1
                self.put([text], font=Font(bold=True, size=12))
            case Paragraph():
                self.put([block.text], font=BOLD if block.style == "title" else None)
            case Table():
                self.table(block)
            case BilingualTable():
                self.table(block.as_table(self.document.direction))
            case KeyValue(items=items):
                for key, value in items:
                    self.put([key, value], aligns=["start", "start"])
                    self.sheet.cell(row=self.row - 1, column=1).font = BOLD
            case SignatureBlock(signers=signers):
                self.put([s.role for s in signers], font=BOLD)
                self.put([s.name for s in signers])
            case Spacer() | PageBreak():
                self.row += 1

    def write(self) -> None:
        doc = self.document
        self.put([doc.title], font=Font(bold=True, size=14))
        for line in (doc.subtitle, doc.header, doc.status):
            if line:
                self.put([line])
        self.row += 1
        for block in doc.blocks:
            self.block(block)
        if doc.footer:
            self.put([doc.footer])
        for index, width in self.widths.items():
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        if not self.widths:
            self.sheet.column_dimensions["A"].width = LINE_WIDTH


def render(document: Document, path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)  # a new workbook's one sheet
    sheet.title = _SHEET_FORBIDDEN.sub(" ", document.title)[:31] or "ogpdesk"
    sheet.sheet_view.rightToLeft = document.direction == "rtl"
    workbook.properties.title = document.title
    workbook.properties.creator = document.meta("author") or "ogpdesk"
    workbook.properties.subject = document.meta("subject")
    workbook.properties.language = document.lang
    _Writer(document, sheet).write()
    # Built in memory and written in one go: a zip file open on a full disk fails twice,
    # once in ``save`` and again when it is collected ("Exception ignored in ZipFile").
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())
