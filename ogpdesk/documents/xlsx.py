"""XLSX renderer (openpyxl): a document's tables, for those who sort and count.

One sheet, read top to bottom like the document: title, headings as bold lines, key/value
lines, tables with their header row, paragraphs as single cells. Counts, percentages and ISO
dates are written as numbers with their format (so a column sums and sorts); every other cell
is text, even one that looks like a formula or a number: a name or
remark beginning with ``=`` (``+``, ``-``, ``@``) is written as a string cell marked
"quote prefix", so neither this workbook nor an edit of it runs it (OWASP's advice against
spreadsheet formula injection), and a phone number keeps its leading zeros. An Arabic
document gets a right-to-left sheet, so its first column is on the right, as in the PDF.

The sheet is set up to print as filed: landscape when its tables are wide, fitted to the
page's width, the first table's header row repeated on every page.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
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
# A percentage as the documents write it: "37%", "37 %" (French, no-break space), with the
# direction marks a right-to-left document may carry around it.
_PERCENT = re.compile(r"[\u200e\u200f]*(\d{1,3})[\u00a0\u202f ]?%[\u200e\u200f]*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PERCENT_FORMAT = "0%"
DATE_FORMAT = "yyyy-mm-dd"
SHEET_TITLE_MAX = 31  # Excel's limit
# What a spreadsheet program reads as the start of a formula (OWASP: = + - @, tab, CR).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LINE_WIDTH = 110  # characters shared between the columns of the widest table
SHADE = PatternFill("solid", fgColor="E8ECEF")
THIN = Side(style="thin", color="8C8C8C")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)


def _value(cell: str) -> tuple[str | int | float | dt.date, str | None]:
    """A count ("250 000"), a percentage or an ISO date as a value and its number format;
    anything else as text."""
    if _COUNT.fullmatch(cell):
        return int(cell.replace("\u00a0", "")), None
    if percent := _PERCENT.fullmatch(cell):
        return int(percent.group(1)) / 100, PERCENT_FORMAT
    if _ISO_DATE.fullmatch(cell):
        try:
            return dt.date.fromisoformat(cell), DATE_FORMAT
        except ValueError:
            return cell, None
    return cell, None


def sheet_title(title: str) -> str:
    """A worksheet's name from a document's title: Excel's forbidden characters replaced,
    cut at the last whole word that fits its 31 characters."""
    clean = " ".join(_SHEET_FORBIDDEN.sub(" ", title).split())
    if len(clean) <= SHEET_TITLE_MAX:
        return clean or "ogpdesk"
    cut = clean[: SHEET_TITLE_MAX + 1].rsplit(" ", 1)[0]
    return (cut if 0 < len(cut) <= SHEET_TITLE_MAX else clean[:SHEET_TITLE_MAX]).rstrip(" -–,")


def _set(sheet: Worksheet, row: int, column: int, text: str) -> Cell:
    """Write ``text`` at (row, column): a count, percentage or date as a number, anything
    else as inert text."""
    value, number_format = _value(text) if text else (None, None)
    cell = sheet.cell(row=row, column=column, value=value)
    if number_format:
        cell.number_format = number_format
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
        self.header_row: int | None = None
        self.lines: dict[int, str] = {}  # row → a title, heading or paragraph alone on it
        self.cells: dict[int, Sequence[str]] = {}  # row → its texts, to size its height

    def put(
        self,
        values: Sequence[str],
        *,
        font: Font | None = None,
        fill: PatternFill | None = None,
        border: Border | None = None,
        aligns: Sequence[Align] | None = None,
    ) -> None:
        if len(values) == 1:
            self.lines[self.row] = values[0]
        else:
            self.cells[self.row] = values
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
        self._measure(table.columns, [[c.title for c in table.columns], *table.rows])
        aligns = [c.align for c in table.columns]
        if self.header_row is None:
            self.header_row = self.row
        self.put([c.title for c in table.columns], font=BOLD, fill=SHADE, border=GRID,
                 aligns=aligns)  # fmt: skip
        for index, row in enumerate(table.rows):
            self.put(row, font=BOLD if index in table.strong_rows else None, border=GRID,
                     aligns=aligns)  # fmt: skip
        self.row += 1

    def _measure(self, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> None:
        """Each column as wide as its longest line of content, within its share of the
        line (longer text wraps), never narrower than a short word."""
        total = sum(c.width for c in columns)
        for index, column in enumerate(columns, start=1):
            share = max(LINE_WIDTH * column.width / total, 6)
            longest = max(
                (
                    len(line)
                    for row in rows
                    if index <= len(row)
                    for line in row[index - 1].split("\n")
                ),
                default=0,
            )
            width = min(max(longest + 2, 6), max(share, 12))
            self.widths[index] = max(self.widths.get(index, 0), width)

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
        self._span_lines()
        self._size_rows()
        self._page_setup()

    def _size_rows(self) -> None:
        """Rows as tall as their most wrapped cell: LibreOffice keeps the default height of
        a row it did not measure, and wrapped lines then overlap the next row."""
        for row, values in self.cells.items():
            lines = max(
                sum(max(1, -(-len(part) // max(int(self.widths.get(i, 10)) - 1, 1)))
                    for part in text.split("\n"))
                for i, text in enumerate(values, start=1)
            )  # fmt: skip
            if lines > 1:
                self.sheet.row_dimensions[row].height = 15 * lines

    def _span_lines(self) -> None:
        """A line of text alone on its row spans the tables' width instead of wrapping in
        the first column; its height is set from its length, as no program sizes a merged
        row by itself."""
        columns = max(self.widths, default=1)
        if columns < 2:
            return
        width = sum(self.widths.values())
        for row, text in self.lines.items():
            self.sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
            lines = sum(max(1, -(-len(part) // int(width))) for part in text.split("\n"))
            if lines > 1:
                self.sheet.row_dimensions[row].height = 15 * lines

    def _page_setup(self) -> None:
        sheet = self.sheet
        wide = sum(self.widths.values()) > LINE_WIDTH * 0.7
        sheet.page_setup.orientation = "landscape" if wide else "portrait"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        # Fit every column on the page's width; as many pages tall as the rows need.
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.print_options.horizontalCentered = True
        if self.header_row is not None:
            sheet.print_title_rows = f"{self.header_row}:{self.header_row}"


def render(document: Document, path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)  # a new workbook's one sheet
    sheet.title = sheet_title(document.title)
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
