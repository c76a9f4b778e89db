"""DOCX renderer (python-docx) of the document model.

Word and LibreOffice shape Arabic and apply bidi themselves; what they need is to be told:
``w:bidi`` on right-to-left paragraphs (and on the section, so the page is mirrored), ``w:rtl``
on their runs, a complex-script font and size (``w:rFonts w:cs``, ``w:szCs``, ``w:bCs``), the
language (``w:lang w:bidi="ar-TN"``), and ``w:bidiVisual`` on tables so that their first
column is on the right. In a bidi paragraph Word swaps left and right, so "left" means "start"
in both directions and the model's logical alignment maps the same way everywhere.

The status and "Page X of Y" (PAGE and NUMPAGES fields, filled in by the word processor) are
in the header and footer of every page.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import TypedDict, Unpack

import docx
from docx.blkcntnr import BlockItemContainer
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Length, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph

from ogpdesk.core import direction as bidi
from ogpdesk.documents.docxfonts import embed_amiri
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
from ogpdesk.documents.text import prepare

FONT = "Amiri"
BODY_PT = 10.5
CELL_PT = 9.5
FURNITURE_PT = 8.5
HEADING_PT = {0: 18, 1: 14, 2: 12, 3: 11}
SHADE = "E8ECEF"
RULE = "8C8C8C"
MUTED = "555555"
LANG_TAGS = {"ar": "ar-TN", "fr": "fr-FR", "en": "en-GB"}
# Word swaps left and right in a bidi paragraph: "left" is the start in both directions.
ALIGN = {"start": "left", "center": "center", "end": "right"}
MARGIN_MM = 18


# The order WordprocessingML requires of the children we add (ECMA-376, part 1); Word refuses
# a file whose properties are out of order, even where LibreOffice does not mind.
_CHILD_ORDER = {
    "w:pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "w:rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
    "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
    "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish "
    "oMath",
    "w:tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize "
    "tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription",
    "w:sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc "
    "pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi "
    "rtlGutter docGrid printerSettings sectPrChange",
    "w:tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
    "tcFitText vAlign hideMark",
    "w:tcBorders": "top start left bottom end right insideH insideV tl2br tr2bl",
    "w:tblBorders": "top start left bottom end right insideH insideV",
    "w:pBdr": "top left bottom right between bar",
    "w:trPr": "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
    "tblCellSpacing jc hidden ins del trPrChange",
}
_RANKS = {
    qn(parent): {qn(f"w:{name}"): rank for rank, name in enumerate(names.split())}
    for parent, names in _CHILD_ORDER.items()
}


def _set(parent: BaseOxmlElement, tag: str, **attrs: str) -> BaseOxmlElement:
    """The child ``tag`` of an oxml element, created in its place if missing, with ``attrs``."""
    element: BaseOxmlElement | None = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        ranks = _RANKS.get(parent.tag, {})
        rank = ranks.get(element.tag, len(ranks))
        later = next(
            (child for child in parent if ranks.get(child.tag, len(ranks)) > rank),
            None,
        )
        if later is None:
            parent.append(element)
        else:
            later.addprevious(element)
    for name, value in attrs.items():
        element.set(qn(name), value)
    return element


class _ParagraphOptions(TypedDict, total=False):
    """What ``_Writer.paragraph`` takes besides its runs."""

    align: Align
    lang: str | None
    own: bool
    labelled: bool
    size: float | None
    muted: bool


def _text_width(section: Section) -> Length:
    """The width between a section's margins."""
    width, left, right = section.page_width, section.left_margin, section.right_margin
    # python-docx's own template sets all three; a section without them has no page size.
    if width is None or left is None or right is None:
        raise ValueError("a section without page size or margins")
    return Length(width - left - right)


class _Writer:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.word: WordDocument = docx.Document()
        self.rtl = document.direction == "rtl"
        self._runs: dict[tuple[bool, float | None, bool, bool], BaseOxmlElement] = {}
        self._styles: dict[str, ParagraphStyle] = {}
        self._setup()

    # -- page and defaults ----------------------------------------------------------------

    def _setup(self) -> None:
        word, doc = self.word, self.document
        section = word.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        if doc.landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(297), Mm(210)
        for side in ("left_margin", "right_margin", "bottom_margin"):
            setattr(section, side, Mm(MARGIN_MM))
        section.top_margin = Mm(24)
        section.header_distance = Mm(10)
        section.footer_distance = Mm(8)
        if self.rtl:
            _set(section._sectPr, "w:bidi")

        for name in ("Normal", "Title", "Header", "Footer", "Heading 1",
                     "Heading 2", "Heading 3"):  # fmt: skip
            style = word.styles[name]
            rpr = style.element.get_or_add_rPr()
            _set(rpr, "w:rFonts", **{"w:ascii": FONT, "w:hAnsi": FONT, "w:cs": FONT})
            theme = rpr.find(qn("w:rFonts"))
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                theme.attrib.pop(qn(attr), None)
            style.font.color.rgb = RGBColor(0x1A, 0x1A, 0x1A)
        normal = word.styles["Normal"]
        normal.font.size = Pt(BODY_PT)
        _set(normal.element.get_or_add_rPr(), "w:szCs", **{"w:val": str(int(BODY_PT * 2))})
        _set(
            normal.element.get_or_add_rPr(),
            "w:lang",
            **{"w:val": LANG_TAGS.get(doc.lang, "fr-FR"), "w:bidi": "ar-TN"},
        )
        normal.paragraph_format.space_after = Pt(4)
        normal.paragraph_format.line_spacing = 1.15
        for level, size in HEADING_PT.items():
            style = word.styles["Title" if level == 0 else f"Heading {level}"]
            style.font.size = Pt(size)
            style.font.bold = True
            rpr = style.element.get_or_add_rPr()
            _set(rpr, "w:szCs", **{"w:val": str(size * 2)})
            _set(rpr, "w:bCs")
        # The template's header and footer tab stops are set for US Letter; ours are our own.
        for name in ("Header", "Footer"):
            ppr = word.styles[name].element.get_or_add_pPr()
            tabs = ppr.find(qn("w:tabs"))
            if tabs is not None:
                ppr.remove(tabs)
        # The Title style's blue rule under the text belongs to another house style.
        title_ppr = word.styles["Title"].element.get_or_add_pPr()
        border = title_ppr.find(qn("w:pBdr"))
        if border is not None:
            title_ppr.remove(border)
        # Letter spacing would break joined Arabic letters apart.
        spacing = word.styles["Title"].element.get_or_add_rPr().find(qn("w:spacing"))
        if spacing is not None:
            spacing.getparent().remove(spacing)

        props = word.core_properties
        props.title = doc.title
        props.author = doc.meta("author")
        props.subject = doc.meta("subject")
        props.keywords = doc.meta("keywords")
        props.language = LANG_TAGS.get(doc.lang, doc.lang)
        props.comments = f"SHA-256 {doc.fingerprint}" if doc.fingerprint else ""
        # The template's own dates (2013) and last author would otherwise be the file's.
        written = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        props.created = props.modified = written
        props.last_modified_by = doc.meta("author") or "ogpdesk"
        props.revision = 1

    # -- paragraphs and runs --------------------------------------------------------------

    def paragraph(
        self,
        target: WordParagraph,
        runs: Sequence[tuple[str, bool]],
        *,
        align: Align = "start",
        lang: str | None = None,
        own: bool = True,
        labelled: bool = False,
        size: float | None = None,
        muted: bool = False,
    ) -> WordParagraph:
        """``runs`` written into ``target``, in its own text's direction (or its language's;
        the document's with ``own=False``), prepared by ``core.direction``."""
        direction, runs = prepare(list(runs), self.document, lang=lang, own=own, labelled=labelled)
        rtl = direction == "rtl"
        ppr = target._p.get_or_add_pPr()
        if rtl:
            _set(ppr, "w:bidi")
        _set(ppr, "w:jc", **{"w:val": ALIGN[align]})
        for text, bold in runs:
            # A run of Arabic in a left-to-right paragraph (a quotation after a French label)
            # is marked right to left too, for Word's complex-script font and digits.
            run_rtl = rtl or bidi.direction(bidi.strip_controls(text)) == "rtl"
            text = bidi.embedded(text, direction)
            for index, line in enumerate(text.split("\n")):
                run = copy.deepcopy(self._run_template(bold, size, muted, run_rtl))
                if index:
                    run.insert(1, OxmlElement("w:br"))
                run[-1].text = line
                target._p.append(run)
        return target

    def _run_template(
        self, bold: bool, size: float | None, muted: bool, rtl: bool
    ) -> BaseOxmlElement:
        """A ``w:r`` with its properties, copied for each run: python-docx's own run and font
        setters search the XML at every call, which made writing long minutes slow."""
        key = (bold, size, muted, rtl)
        template = self._runs.get(key)
        if template is None:
            template = OxmlElement("w:r")
            rpr = _set(template, "w:rPr")
            if bold:
                _set(rpr, "w:b")
                _set(rpr, "w:bCs")
            if muted:
                _set(rpr, "w:color", **{"w:val": MUTED})
            if size is not None:
                _set(rpr, "w:sz", **{"w:val": str(round(size * 2))})
                _set(rpr, "w:szCs", **{"w:val": str(round(size * 2))})
            if rtl:
                _set(rpr, "w:rtl")
                _set(rpr, "w:lang", **{"w:bidi": "ar-TN"})
            text = OxmlElement("w:t")
            text.set(qn("xml:space"), "preserve")
            template.append(text)
            self._runs[key] = template
        return template

    def add_paragraph(
        self,
        runs: Sequence[tuple[str, bool]],
        *,
        style: str | None = None,
        **options: Unpack[_ParagraphOptions],
    ) -> WordParagraph:
        found = None if style is None else self._paragraph_style(style)
        return self.paragraph(self.word.add_paragraph(style=found), runs, **options)

    def _paragraph_style(self, name: str) -> ParagraphStyle:
        # Styles by object: looking one up by name searches every style of the document.
        found = self._styles.get(name)
        if found is None:
            style = self.word.styles[name]
            if not isinstance(style, ParagraphStyle):
                raise TypeError(f"{name} is not a paragraph style")
            found = self._styles[name] = style
        return found

    # -- blocks ---------------------------------------------------------------------------

    def body(self) -> None:
        doc = self.document
        if doc.letterhead is not None:
            self.letterhead(doc.letterhead)
        self.add_paragraph([(doc.title, False)], style="Title", align="center")
        if doc.subtitle:
            # Not the template's Subtitle style: letter-spaced italics and a numbering level.
            self.add_paragraph([(doc.subtitle, False)], align="center", size=12, muted=True)
        body = self.word.element.body
        for index, block in enumerate(doc.blocks):
            # The body ends with its section properties; what a block adds goes before them.
            start = len(body) - 1
            self.block(block)
            following = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
            if isinstance(following, SignatureBlock):
                _keep_with_next(list(body)[start:-1], whole=False)
            elif isinstance(block, SignatureBlock):
                _keep_with_next(list(body)[start:-1], whole=True)

    def block(self, block: Block) -> None:
        match block:
            case Heading(text=text, level=level, lang=lang):
                self.add_paragraph([(text, False)], style=f"Heading {min(level, 3)}", lang=lang)
            case Paragraph():
                small = block.style in {"small", "note"}
                self.add_paragraph(
                    [(run.text, run.bold) for run in block.runs],
                    align=block.align,
                    lang=block.lang,
                    labelled=block.label,
                    size=9 if small else None,
                    muted=block.style == "note",
                )
            case Table():
                self.table(block)
            case BilingualTable():
                self.table(block.as_table(self.document.direction))
            case KeyValue(items=items):
                self.key_values(items)
            case SignatureBlock():
                self.signatures(block)
            case Spacer(height=height):
                self.word.add_paragraph().paragraph_format.space_after = Mm(height)
            case PageBreak():
                self.word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            case _:
                raise TypeError(f"no DOCX writing for {type(block).__name__}")

    def _new_table(self, rows: int, widths: Sequence[float], *, grid: bool) -> WordTable:
        table: WordTable = self.word.add_table(rows=rows, cols=len(widths))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        if grid:
            table.style = self.word.styles["Table Grid"]
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        if self.rtl:
            _set(tbl_pr, "w:bidiVisual")
        inner = _text_width(self.word.sections[-1])
        total = sum(widths)
        self._widths = [Length(int(inner * w / total)) for w in widths]
        grid_cols = table._tbl.tblGrid.findall(qn("w:gridCol"))
        for col, width in zip(grid_cols, self._widths, strict=True):
            col.set(qn("w:w"), str(width // 635))  # EMU → twentieths of a point
        return table

    def _cell(
        self,
        cell: _Cell,
        column: int,
        text: str,
        *,
        bold: bool = False,
        align: Align = "start",
        lang: str | None = None,
        own: bool = True,
        size: float = CELL_PT,
        muted: bool = False,
    ) -> None:
        cell.width = self._widths[column]
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        lines = text.split("\n")
        for index, line in enumerate(lines):
            target = paragraph if index == 0 else cell.add_paragraph()
            self.paragraph(
                target, [(line, bold)], align=align, lang=lang, own=own, size=size, muted=muted
            )

    def table(self, table: Table) -> None:
        columns = table.columns
        drawn = self._new_table(len(table.rows) + 1, [c.width for c in columns], grid=True)
        rows = drawn.rows
        header = rows[0]
        if table.repeat_header:
            _set(header._tr.get_or_add_trPr(), "w:tblHeader")
        for index, (cell, column) in enumerate(zip(header.cells, columns, strict=True)):
            self._cell(cell, index, column.title, bold=True, align=column.align, lang=column.lang)
            _set(cell._tc.get_or_add_tcPr(), "w:shd", **{"w:val": "clear", "w:fill": SHADE})
        for number, (row, values) in enumerate(zip(rows[1:], table.rows, strict=True)):
            if table.row_height:
                row.height = Mm(table.row_height)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            strong = number in table.strong_rows
            for index, (cell, value, column) in enumerate(
                zip(row.cells, values, columns, strict=True)
            ):
                self._cell(cell, index, value, bold=strong, align=column.align, lang=column.lang)
        self.word.add_paragraph().paragraph_format.space_after = Pt(2)

    def key_values(self, items: Sequence[tuple[str, str]]) -> None:
        drawn = self._new_table(len(items), [1, 3], grid=False)
        for row, (key, value) in zip(drawn.rows, items, strict=True):
            first, second = row.cells
            self._cell(first, 0, key, bold=True, own=False, size=BODY_PT)
            self._cell(second, 1, value, own=False, size=BODY_PT)
        self.word.add_paragraph()

    def signatures(self, block: SignatureBlock) -> None:
        self.word.add_paragraph()
        titled = any(s.title for s in block.signers)
        drawn = self._new_table(4 if titled else 3, [1] * len(block.signers), grid=False)
        roles, names, *titles, captions = drawn.rows
        captions.height = Mm(22)
        captions.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for index, signer in enumerate(block.signers):
            self._cell(roles.cells[index], index, signer.role, bold=True, align="center",
                       size=BODY_PT)  # fmt: skip
            self._cell(names.cells[index], index, signer.name, align="center", size=BODY_PT)
            for row in titles:
                self._cell(row.cells[index], index, signer.title, align="center", muted=True)
            self._cell(captions.cells[index], index, block.caption, align="center", muted=True)
            borders = _set(captions.cells[index]._tc.get_or_add_tcPr(), "w:tcBorders")
            _set(borders, "w:bottom", **{"w:val": "single", "w:sz": "4", "w:color": RULE})

    def letterhead(self, head: Letterhead) -> None:
        """The institutions stacked on the start side, the logo on the end side."""
        drawn = self._new_table(1, [1.1, 1], grid=False)
        lines, logo = drawn.rows[0].cells
        lines.width, logo.width = self._widths
        for index, line in enumerate(head.lines):
            target = lines.paragraphs[0] if index == 0 else lines.add_paragraph()
            target.paragraph_format.space_after = Pt(0)
            self.paragraph(target, [(line, index == 0)], align="center", size=BODY_PT)
        if head.logo:
            picture = logo.paragraphs[0]
            self.paragraph(picture, [], align="end")
            picture.add_run().add_picture(io.BytesIO(head.logo), height=Mm(20))
        self.word.add_paragraph().paragraph_format.space_after = Pt(2)

    # -- header and footer ----------------------------------------------------------------

    def furniture(self) -> None:
        """Issuer and status on top of every page; footer text and "Page X of Y" below.

        Each edge is a borderless two-cell table rather than a line with a tab stop: tab
        positions in right-to-left paragraphs are read differently by Word and LibreOffice.
        """
        doc = self.document
        section = self.word.sections[0]
        inner = _text_width(section)
        top = self._edge(section.header, inner, doc.header)
        self.paragraph(top.paragraphs[0], [(doc.status, True)], align="end", own=False,
                       size=FURNITURE_PT, muted=True)  # fmt: skip
        borders = _set(section.header.tables[0]._tbl.tblPr, "w:tblBorders")
        _set(borders, "w:bottom", **{"w:val": "single", "w:sz": "4", "w:color": RULE})
        bottom = self._edge(section.footer, inner, doc.footer)
        self._page_number(bottom.paragraphs[0])

    def _edge(self, part: BlockItemContainer, inner: Length, start: str) -> _Cell:
        """A header or footer row; fills its start cell and returns its end cell."""
        edge = part.add_table(1, 2, inner)
        if self.rtl:
            _set(edge._tbl.tblPr, "w:bidiVisual")
        first, second = edge.rows[0].cells
        first.width, second.width = Length(int(inner * 0.65)), Length(int(inner * 0.35))
        self.paragraph(
            first.paragraphs[0], [(start, False)], own=False, size=FURNITURE_PT, muted=True
        )
        # Word wants a paragraph after a table; the part's own empty one is moved there and
        # made a hairline so it adds no blank line.
        closing = part.paragraphs[0]
        edge._tbl.addnext(closing._p)
        closing.paragraph_format.space_after = Pt(0)
        closing.paragraph_format.line_spacing = Pt(1)
        return second

    def _page_number(self, paragraph: WordParagraph) -> None:
        label = self.document.page_label
        rtl = self.rtl
        if rtl:
            _set(paragraph._p.get_or_add_pPr(), "w:bidi")
        _set(paragraph._p.get_or_add_pPr(), "w:jc", **{"w:val": ALIGN["end"]})
        for piece in _split_fields(label):
            if piece in {"{page}", "{pages}"}:
                _field(paragraph, "PAGE" if piece == "{page}" else "NUMPAGES", rtl)
            elif piece:
                self.paragraph(
                    paragraph,
                    [(piece, False)],
                    align="end",
                    own=False,
                    size=FURNITURE_PT,
                    muted=True,
                )


def _keep_with_next(elements: Sequence[BaseOxmlElement], *, whole: bool) -> None:
    """Keep ``elements`` on the page of what follows them: all of a signature block
    (``whole``) but its last row, or the end (last table row) of the item above it.
    Their table rows may not break across pages either."""
    for element in elements:
        if element.tag == qn("w:p"):
            _set(element.get_or_add_pPr(), "w:keepNext")
            continue
        rows = element.findall(qn("w:tr"))
        for row in rows:
            _set(row.get_or_add_trPr(), "w:cantSplit")
        for row in rows[:-1] if whole else rows[-1:]:
            for paragraph in row.iter(qn("w:p")):
                _set(paragraph.get_or_add_pPr(), "w:keepNext")


def _split_fields(label: str) -> list[str]:
    pieces: list[str] = []
    rest = label
    while rest:
        starts = [i for i in (rest.find("{page}"), rest.find("{pages}")) if i >= 0]
        if not starts:
            pieces.append(rest)
            break
        at = min(starts)
        token = "{pages}" if rest.startswith("{pages}", at) else "{page}"
        pieces.extend([rest[:at], token])
        rest = rest[at + len(token) :]
    return pieces


def _field(paragraph: WordParagraph, instruction: str, rtl: bool) -> None:
    """A PAGE / NUMPAGES field; the word processor computes its value on every page."""
    for kind, text in (("begin", ""), ("instr", instruction), ("separate", ""),
                       ("result", "1"), ("end", "")):  # fmt: skip
        run = paragraph.add_run()
        run.font.size = Pt(FURNITURE_PT)
        run.font.color.rgb = RGBColor.from_string(MUTED)
        if rtl:
            _set(run._r.get_or_add_rPr(), "w:rtl")
        if kind == "instr":
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = f" {text} \\* MERGEFORMAT "
            run._r.append(node)
        elif kind == "result":
            run.text = text
        else:
            run._r.append(_fld_char(kind))


def _fld_char(kind: str) -> BaseOxmlElement:
    node = OxmlElement("w:fldChar")
    node.set(qn("w:fldCharType"), kind)
    return node


def render(document: Document, path: Path) -> None:
    writer = _Writer(document)
    writer.body()
    writer.furniture()
    embed_amiri(writer.word)
    # Built in memory and written in one go: a zip file open on a full disk fails twice,
    # once in ``save`` and again when it is collected ("Exception ignored in ZipFile").
    buffer = io.BytesIO()
    writer.word.save(buffer)
    path.write_bytes(buffer.getvalue())
