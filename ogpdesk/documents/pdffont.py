"""A TrueType font for reportlab whose PDF text is the letters, not the glyphs drawn.

reportlab draws Arabic as the presentation forms ``shaping.shaped`` gives (U+FB50–U+FEFF:
initial, medial, final, isolated forms and lam-alef ligatures) and writes, for each glyph of a
subset, a ToUnicode entry giving the character it drew. A PDF viewer, a search index or
``pdftotext`` then reads "ﻣﺤﻀﺮ" where the secretary typed "محضر": the same on screen, a
different word to every program that searches or copies it.

``LetterFont`` writes the compatibility decomposition of each presentation form instead —
exactly the base letters it stands for, two for a lam-alef ("ﻻ" → "لا") — so the text layer
holds the letters as typed. Everything else about the subset (glyphs, widths, descriptors) is
reportlab's own.

The glyphs are drawn in display order, and a reader (``pdftotext``, a viewer's search) puts a
right-to-left run back in logical order by reversing it, glyph by glyph. Two glyphs need their
text adjusted for that to give the letters as typed:

- a lam-alef stands for two letters; they are given as they stand in the glyph, alef on the
  left and lam on the right, so that reversing the run gives lam, alef;
- a bracket in right-to-left text is drawn with its mirror image (rule L4 of UAX #9): "(" is
  drawn as ")". Its glyph is reached through a private-use code (``MIRRORED_DRAWN``) whose
  text is the bracket typed, so reversing the run gives "(القيروان)", not ")القيروان(".
  (A bracket around left-to-right words in a right-to-left line, "(3P)", has no text that
  every reader puts back in place: pdftotext joins its left-hand bracket to the Latin run and
  its right-hand one to the Arabic run. It is given the bracket typed, as everywhere else.)

Bidi controls (isolates, marks) are never drawn; they measure nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Protocol

from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

# Arabic presentation forms A and B, and the Latin ligatures (ﬁ, ﬂ) before them: the only
# characters whose compatibility decomposition is the text. NFKC elsewhere would also change
# what was meant ("…" → "...", "½" → "1⁄2").
_FORMS = range(0xFB00, 0xFF00)
_LAM_ALEF = range(0xFEF5, 0xFEFD)
# Private-use codes for mirrored glyphs: Amiri uses none of U+F000–U+F8FF.
_MIRROR_BASE = 0xF000
_TYPED: list[str] = sorted(MIRRORED)
MIRRORED_DRAWN = {char: chr(_MIRROR_BASE + index) for index, char in enumerate(_TYPED)}
CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def letters(code: int) -> str:
    """What a reader should get for the character ``code`` drawn: its letters, logically."""
    if _MIRROR_BASE <= code < _MIRROR_BASE + len(_TYPED):
        return _TYPED[code - _MIRROR_BASE]
    char = chr(code)
    if code not in _FORMS:
        return char
    text = unicodedata.normalize("NFKC", char)
    if code in _LAM_ALEF:
        return text[::-1]
    # Isolated forms of harakat (ﹰ, ﱞ) decompose to a space and the marks: keep the marks.
    return text.lstrip(" ") or text


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """A ToUnicode CMap (PDF 1.7, 9.10.3) mapping each code of a subset to its letters."""

    def hex16(text: str) -> str:
        return text.encode("utf-16-be").hex().upper()

    entries = [f"<{code:02X}> <{hex16(letters(value))}>" for code, value in enumerate(subset)]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    # At most 100 entries per bfchar block (PDF 1.7, 9.7.6.2).
    for start in range(0, len(entries), 100):
        block = entries[start : start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class _SubsetFont(pdfdoc.PDFTrueTypeFont):
    """The font object of a subset. reportlab writes the attributes it is given as the
    object's keys; its type stubs declare none of them."""

    __Comment__: str
    Name: str
    BaseFont: str
    FirstChar: int
    LastChar: int
    Widths: pdfdoc.PDFArray
    ToUnicode: object
    FontDescriptor: object


# What we call of reportlab's document and font face, which its type stubs leave untyped.
class _Document(Protocol):
    def Reference(self, obj: object, name: str) -> object: ...


class _Face(Protocol):
    def addSubsetObjects(
        self, doc: pdfdoc.PDFDocument, fontname: str, subset: list[int]
    ) -> object: ...


class LetterFont(TTFont):
    """reportlab's subsetting TrueType font, with ``to_unicode_cmap`` as its ToUnicode map."""

    # reportlab's own (the state of a document's subsets, made on first use), which its
    # type stubs leave out.
    _assignState: Callable[[pdfdoc.PDFDocument], TTFont.State]

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        glyphs, widths = self.face.charToGlyph, self.face.charWidths
        for typed, drawn in MIRRORED_DRAWN.items():
            mirror = ord(MIRRORED[typed])
            if mirror in glyphs:
                glyphs[ord(drawn)] = glyphs[mirror]
                widths[ord(drawn)] = widths.get(mirror, self.face.defaultWidth)
        for control in CONTROLS:
            widths[ord(control)] = 0

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:
        """reportlab's ``TTFont.addObjects`` (5.1) with our CMap: one font object per subset
        of at most 256 glyphs, each with its widths, ToUnicode map and font descriptor."""
        state = self.state.get(doc) or self._assignState(doc)
        state.frozen = 1
        pdf: _Document = doc
        face: _Face = self.face
        fonts = doc.idToObject["BasicFonts"]
        if not isinstance(fonts, pdfdoc.PDFDictionary):
            raise TypeError("the PDF document has no font dictionary")
        for number, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(number, doc)[1:]
            base_font_name = (
                b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX))
            ).decode("pdfdoc")
            font = _SubsetFont()
            font.__Comment__ = f"Font {self.fontName} subset {number}"
            font.Name = internal_name
            font.BaseFont = base_font_name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            cmap = pdfdoc.PDFStream()
            cmap.content = to_unicode_cmap(base_font_name, subset)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            font.ToUnicode = pdf.Reference(cmap, "toUnicodeCMap:" + base_font_name)
            font.FontDescriptor = face.addSubsetObjects(doc, base_font_name, subset)
            pdf.Reference(font, internal_name)
            fonts.dict[internal_name] = font
        del self.state[doc]
