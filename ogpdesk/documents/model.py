"""What a document says, independent of how it is drawn.

A builder (``minutes.py``, ``recommendations.py``…) reads the store once and returns a
``Document``: a language, a title, the texts repeated on every page, and a sequence of blocks.
The renderers (``pdf.py``, ``docx.py``, ``xlsx.py``) turn the same ``Document`` into a file;
none of them decides what goes in it, and none of the builders decides how it looks.

Direction is a property of the document (from its language) and, for a column of a table,
of that column's language: a bilingual table has an Arabic column set right to left inside a
French or Arabic document. Alignment is logical — ``start`` is the right edge in Arabic — so
that a builder never writes a layout twice.

Texts are stored in logical order (as typed). Shaping Arabic and reordering mixed runs for
display is the renderer's business.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Literal

from ogpdesk.i18n import is_rtl

Align = Literal["start", "center", "end"]
Direction = Literal["ltr", "rtl"]
Style = Literal["body", "small", "note", "title"]


@dataclass(frozen=True)
class Run:
    """A piece of a paragraph in one weight; each run is its own bidi isolate."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    align: Align = "start"
    style: Style = "body"
    # The language of the paragraph's text when it is not the document's.
    lang: str | None = None
    # The first run is a label ("التوصية 1:", "Recommandation 1 :"): the paragraph keeps its
    # document's direction and side whatever the language of the text after the label.
    label: bool = False

    @classmethod
    def of(
        cls, text: str, *, align: Align = "start", style: Style = "body", lang: str | None = None
    ) -> Paragraph:
        return cls((Run(text),), align=align, style=style, lang=lang)

    @classmethod
    def labelled(
        cls, label: str, text: str, *, style: Style = "body", lang: str | None = None
    ) -> Paragraph:
        """``label`` in bold, then ``text``: "Mohamed Ben Salah (KTC Sfax): …"."""
        return cls((Run(label, bold=True), Run(" " + text)), style=style, lang=lang, label=True)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1
    lang: str | None = None


@dataclass(frozen=True)
class Column:
    title: str
    # Relative width: the renderer shares the line between columns in these proportions.
    width: float = 1.0
    align: Align = "start"
    # A column in another language than the document (bilingual tables).
    lang: str | None = None


Cell = str


@dataclass(frozen=True)
class Table:
    """Columns in reading order: in a right-to-left document the first one is on the right."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    # Repeat the header row at the top of every page the table runs over.
    repeat_header: bool = True
    # Row indexes drawn in bold (totals).
    strong_rows: frozenset[int] = frozenset()
    # Minimum height of each body row in millimetres (room for a signature).
    row_height: float | None = None

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(f"row {row!r} has {len(row)} cells for {len(self.columns)}")


@dataclass(frozen=True)
class BilingualRow:
    number: str
    ar: str
    fr: str


@dataclass(frozen=True)
class BilingualTable:
    """Arabic and French side by side, as Tunisian municipalities publish them.

    Arabic is always on the right and French on the left, whatever the document's direction;
    the number stays on the outer edge where the reader starts.
    """

    number_title: str
    ar_title: str
    fr_title: str
    rows: tuple[BilingualRow, ...]

    def as_table(self, direction: Direction) -> Table:
        number = Column(self.number_title, 0.7, "center")
        ar = Column(self.ar_title, 5, "start", lang="ar")
        fr = Column(self.fr_title, 5, "start", lang="fr")
        if direction == "rtl":
            return Table((number, ar, fr), tuple((r.number, r.ar, r.fr) for r in self.rows))
        return Table((fr, ar, number), tuple((r.fr, r.ar, r.number) for r in self.rows))


@dataclass(frozen=True)
class KeyValue:
    """Label/value lines of a header: date, place, chair…"""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Signer:
    role: str
    name: str = ""
    # The signer's function, under the name: "Maire de Kairouan".
    title: str = ""


@dataclass(frozen=True)
class SignatureBlock:
    """Who signs, each above a line. Renderers keep it on the page of the item above it:
    a page holding nothing but signatures can be swapped or lost."""

    signers: tuple[Signer, ...]
    # "Signature" label printed above the line.
    caption: str = ""


@dataclass(frozen=True)
class Letterhead:
    """Top of the first page: the issuing institutions from the top down (the republic, the
    governorate or ministry, the municipality) and the institution's logo."""

    lines: tuple[str, ...]
    # PNG or JPEG bytes.
    logo: bytes | None = None


@dataclass(frozen=True)
class Spacer:
    height: float = 4.0  # millimetres


@dataclass(frozen=True)
class PageBreak:
    pass


Block = (
    Heading | Paragraph | Table | BilingualTable | KeyValue | SignatureBlock | Spacer | PageBreak
)


@dataclass(frozen=True)
class Document:
    lang: str
    title: str
    blocks: tuple[Block, ...]
    subtitle: str = ""
    # Top of every page: who issues it (institution, process) and the status (draft/approved).
    header: str = ""
    status: str = ""
    # Bottom of every page besides the page number (e.g. the fingerprint of approved minutes).
    footer: str = ""
    # "Page {page} of {pages}", translated; the renderer fills in the numbers.
    page_label: str = "Page {page} of {pages}"
    landscape: bool = False
    # Author, subject, keywords… written into the file's properties.
    metadata: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    fingerprint: str | None = None
    letterhead: Letterhead | None = None

    @property
    def direction(self) -> Direction:
        return "rtl" if is_rtl(self.lang) else "ltr"

    def direction_of(self, lang: str | None) -> Direction:
        """Direction of a paragraph or column whose language may override the document's."""
        return "rtl" if is_rtl(lang or self.lang) else "ltr"

    def meta(self, key: str) -> str:
        return dict(self.metadata).get(key, "")


def content_digest(title: str, blocks: tuple[Block, ...], *extra: str) -> str:
    """SHA-256 of what a document says (title, blocks and ``extra`` such as the approval date).

    Computed on the model, not on a file, so the PDF and the DOCX of the same approved minutes
    carry the same fingerprint, and anyone can recompute it from the store.
    """
    payload = json.dumps(
        {
            "title": title,
            "blocks": [[type(b).__name__, dataclasses.asdict(b)] for b in blocks],
            "extra": list(extra),
        },
        ensure_ascii=False,
        sort_keys=True,
        default=sorted,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
