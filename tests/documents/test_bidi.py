"""Mixed Arabic and French laid out as a complete UAX #9 implementation lays it out.

Each line of ``tests/data/bidi_corpus.txt`` is a paragraph of an Arabic document, prepared as
every renderer gets it (``documents.text.prepare``: typography, then ``core.direction``). The
reference is ICU's ``ubidi`` (PyICU): the order of its words on the visual line. The PDF
(pdftotext ``-bbox`` positions), the DOCX converted by LibreOffice, and the same paragraphs in
Chromium must put the words in that order.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import icu
import pytest

from ogpdesk.core import direction as bidi
from ogpdesk.documents import docx, pdf
from ogpdesk.documents.model import Document, Paragraph
from ogpdesk.documents.text import prepare

CORPUS = [
    line
    for line in (Path(__file__).parent.parent / "data" / "bidi_corpus.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line and not line.startswith("#")
]
TITLE = "Corpus"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
)
_CONTROLS = dict.fromkeys(map(ord, bidi.CONTROLS))
# Arabic letters and marks, digits, Latin letters each make a word; every other sign counts on
# its own, so that a full stop or a bracket on the wrong side of a word is seen. (Programs
# disagree on whether "و1" is one word.)
# Arabic letters, marks and digits; its punctuation (، ؛ ؟ ٪) counts as signs.
_ARABIC = (
    "\u0610-\u061a\u0620-\u0669\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\ufb50-\ufdff\ufe70-\ufeff"
)
_TOKEN = re.compile(f"[{_ARABIC}]+|\\d+|(?:(?![{_ARABIC}])[^\\W\\d_])+|[^\\w\\s]")
# A bracket's text in a PDF is the character typed or the one drawn: the word's letters count.
_BRACKETS = str.maketrans(")]}»›", "([{«‹")


def paragraph(line: str) -> Paragraph:
    if "|" in line:
        label, text = line.split("|")
        return Paragraph.labelled(label, text)
    return Paragraph.of(line)


def prepared_runs(line: str) -> tuple[bidi.Direction, list[tuple[str, bool]]]:
    """The paragraph as every renderer gets it (``documents.text.prepare``)."""
    block = paragraph(line)
    runs = [(run.text, run.bold) for run in block.runs]
    return prepare(runs, corpus_document(), labelled=block.label)


def prepared(line: str) -> tuple[bidi.Direction, str]:
    direction, runs = prepared_runs(line)
    return direction, "".join(text for text, _ in runs)


def tokens(text: str) -> list[str]:
    """Words and signs in the order given; a word by its letters, whatever order a program
    gives them in within it (a mark before or after its letter, a lam-alef)."""
    text = unicodedata.normalize("NFKC", text).translate(_CONTROLS).translate(_BRACKETS)
    return ["".join(sorted(token)) for token in _TOKEN.findall(text)]


def icu_visual(line: str) -> list[str]:
    direction, text = prepared(line)
    layout = icu.Bidi()
    layout.setPara(icu.UnicodeString(text), 1 if direction == "rtl" else 0)
    return tokens(str(layout.writeReordered(icu.Bidi.REMOVE_BIDI_CONTROLS)))


def pdf_lines(path: Path) -> list[list[str]]:
    """Each line's words, left to right by their position on the page.

    Words are grouped into lines by where they stand (pdftotext's own grouping splits a line
    of LibreOffice's at the invisible isolate controls it draws).
    """
    command = ["pdftotext", "-enc", "UTF-8", "-bbox", str(path), "-"]
    xml = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    lines: list[list[str]] = []
    for page in xml.split("<page ")[1:]:
        rows: dict[float, list[tuple[float, str]]] = {}
        for x, y, text in _WORD.findall(page):
            text = html.unescape(text)
            if not tokens(text):
                continue
            row = next((r for r in rows if abs(r - float(y)) < 3), float(y))
            rows.setdefault(row, []).append((float(x), text))
        for row in sorted(rows):
            words = sorted(rows[row])
            plain = " ".join(text for _, text in words)
            if plain != TITLE and not re.fullmatch(r"(Page )?\d+ of \d+( Page)?", plain):
                lines.append([token for _, text in words for token in tokens(text)])
    return lines


def corpus_document() -> Document:
    return Document("ar", TITLE, tuple(paragraph(line) for line in CORPUS), landscape=True)


def assert_same_order(lines: list[list[str]]) -> None:
    assert len(lines) == len(CORPUS), [" ".join(line) for line in lines]
    for line, words in zip(CORPUS, lines, strict=True):
        assert words == icu_visual(line), line


def test_the_corpus_is_large_and_mixed() -> None:
    assert len(CORPUS) >= 30
    text = "\n".join(CORPUS)
    for needle in ("+216", "%)", "https://", "mars 2016", "Kairouan", "."):
        assert needle in text


def test_pdf_lines_are_in_icu_visual_order(tmp_path: Path) -> None:
    pdf.render(corpus_document(), tmp_path / "corpus.pdf")
    assert_same_order(pdf_lines(tmp_path / "corpus.pdf"))


@pytest.mark.slow
def test_docx_in_libreoffice_is_in_icu_visual_order(tmp_path: Path) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office is not None, "libreoffice-writer-nogui (scripts/system-deps)"
    docx.render(corpus_document(), tmp_path / "corpus.docx")
    subprocess.run(
        [office, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "corpus.docx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    assert_same_order(pdf_lines(tmp_path / "corpus.pdf"))


# Each word's and sign's place on the page, read from Chromium's layout: its extracted PDF
# text splits Arabic words at Amiri's ligatures, its layout does not.
_POSITIONS = """
const ARABIC = "ARABIC_RANGES";
const lines = [];
for (const block of document.querySelectorAll("p")) {
  const found = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const token = new RegExp(
      `[${ARABIC}]+|\\\\p{Nd}+|(?:(?![${ARABIC}])[\\\\p{L}\\\\p{M}])+|` +
        "[^\\\\p{L}\\\\p{N}\\\\p{M}_\\\\s\\\\p{Cf}]",
      "gu",
    );
    for (let m = token.exec(node.data); m; m = token.exec(node.data)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      found.push([range.getBoundingClientRect().left, m[0]]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  lines.push(found.map((item) => item[1]));
}
document.body.dataset.words = JSON.stringify(lines);
""".replace("ARABIC_RANGES", _ARABIC.encode("unicode_escape").decode().replace("\\", "\\\\"))


@pytest.mark.slow
def test_chromium_lays_the_prepared_blocks_out_in_icu_visual_order(tmp_path: Path) -> None:
    assert CHROMIUM is not None, "chromium (scripts/system-deps)"
    blocks = []
    for line in CORPUS:
        direction, runs = prepared_runs(line)
        inner = "".join(f"<b>{html.escape(t)}</b>" if bold else html.escape(t) for t, bold in runs)
        blocks.append(f'<p dir="{direction}">{inner}</p>')
    page = tmp_path / "corpus.html"
    page.write_text(
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        "<style>body{font:16px Amiri;white-space:nowrap}</style></head>"
        f"<body>{''.join(blocks)}<script>{_POSITIONS}</script></body></html>",
        encoding="utf-8",
    )
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=2400,1200", "--dump-dom",
         page.as_uri()],
        check=True, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    found = re.search(r'data-words="([^"]*)"', done.stdout)
    assert found, done.stdout[-2000:]
    lines = json.loads(html.unescape(found.group(1)))
    assert_same_order([[t for word in line for t in tokens(word)] for line in lines])


def test_a_latin_speaker_keeps_his_colon_in_arabic_minutes(store, tmp_path: Path) -> None:
    """ "Mohamed Ben Salah: …" in Arabic minutes: the colon is drawn after "Salah", where a
    reader of the name looks for it, not before "Mohamed"; an Arabic name keeps its colon on
    its left, where it ends."""
    import datetime as dt

    import docx as word
    from docx.oxml.ns import qn

    from ogpdesk.core.capture import add_intervention
    from ogpdesk.core.meetings import create_meeting
    from ogpdesk.documents.export import ExportRequest, export

    with store.transaction() as session:
        meeting = create_meeting(
            session, title="جلسة تحسيسية", date=dt.date(2016, 3, 22), languages="ar,fr"
        )
        add_intervention(
            session, meeting, "نقترح تخصيص ميزانية للشباب", speaker_name="Mohamed Ben Salah"
        )
        add_intervention(session, meeting, "نطالب بتحديد مجموعات العمل", speaker_name="سلوى")
        meeting_id = meeting.id
    written = {}
    for suffix in (".pdf", ".docx"):
        request = ExportRequest("minutes", meeting_id, None, "ar", tmp_path / f"pv{suffix}")
        with store.session() as session:
            written[suffix] = export(session, request)

    lines = pdf_lines(written[".pdf"])
    latin = next(line for line in lines if tokens("Salah")[0] in line)
    # Left to right on the page: the Arabic text, then the label with its colon at its end.
    assert latin[-4:] == tokens("Mohamed Ben Salah:")
    arabic = next(line for line in lines if tokens("سلوى")[0] in line)
    assert arabic[-2:] == tokens(":سلوى")

    # In the DOCX, the colon is inside the name's left-to-right embedding.
    paragraphs = word.Document(str(written[".docx"])).paragraphs
    label = next(p for p in paragraphs if "Salah" in p.text).runs[0]
    assert label.bold and label.element.rPr.find(qn("w:rtl")) is not None
    assert label.text == "\u200f\u202aMohamed Ben Salah:\u202c\u200f"
