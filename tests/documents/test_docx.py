"""DOCX files read back with python-docx, and once through LibreOffice as a reader would."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from ogpdesk.core.textnorm import script_of
from ogpdesk.documents.export import ExportRequest, export

KAIROUAN_AR_START = [
    "ضرورة تعميم هذه التجربة",
    "اعتماد مقاربة تشاركية",
    "التسريع في إرساء قانون الشراكة",
    "التسريع في تحديد مجموعات العمل",
]
ARABIC = re.compile("[\u0600-\u06ff]")
MIXED_WORDS = ["نقترح", "تخصيص", "250", "000", "دينار", "لمشروع", "M'Saken", "2050", "في", "2025"]


def _export(recorded, tmp_path: Path, kind: str, lang: str, name: str, **options) -> Path:
    request = ExportRequest(kind, recorded.meeting_id, None, lang, tmp_path / name, **options)
    with recorded.store.session() as session:
        return export(session, request)


def _bidi(paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.find(qn("w:bidi")) is not None


def _tables(path: Path) -> list:
    return list(docx.Document(str(path)).element.body.iter(qn("w:tbl")))


def test_arabic_minutes_are_right_to_left_throughout(kairouan, tmp_path, read):
    path = _export(kairouan, tmp_path, "minutes", "ar", "m.docx")
    paragraphs = [p for p in read.docx_paragraphs(path) if p.text.strip()]
    arabic = [p for p in paragraphs if script_of(p.text) == "ar"]
    assert len(arabic) > 10
    for paragraph in arabic:
        assert _bidi(paragraph), paragraph.text
        for run in paragraph.runs:
            rpr = run._r.rPr
            if run.text.strip():
                assert rpr is not None and rpr.find(qn("w:rtl")) is not None, run.text
    tables = _tables(path)
    assert tables
    for table in tables:
        assert table.tblPr.find(qn("w:bidiVisual")) is not None
    section = docx.Document(str(path)).sections[0]._sectPr
    assert section.find(qn("w:bidi")) is not None
    # A complex-script font and size for Arabic, with the Tunisian language tag.
    normal = docx.Document(str(path)).styles["Normal"].element.rPr
    assert normal.find(qn("w:rFonts")).get(qn("w:cs")) == "Amiri"
    assert normal.find(qn("w:szCs")) is not None
    assert normal.find(qn("w:lang")).get(qn("w:bidi")) == "ar-TN"


def test_arabic_minutes_text_and_order(kairouan, tmp_path, read):
    text = read.docx_text(_export(kairouan, tmp_path, "minutes", "ar", "m.docx"))
    assert read.in_order(
        text, [f"التوصية {n}: {start}" for n, start in enumerate(KAIROUAN_AR_START, 1)]
    )
    assert read.contains(read.words(text), MIXED_WORDS)
    assert read.in_order(text, ["محضر جلسة", "جدول الأعمال", "سير الجلسة", "القرارات"])


def test_french_minutes_have_no_right_to_left_marks(kairouan, tmp_path, read):
    path = _export(kairouan, tmp_path, "minutes", "fr", "m.docx")
    paragraphs = docx.Document(str(path)).paragraphs
    # Only what is written in Arabic (the interventions quoted in Arabic) reads right to left.
    for paragraph in paragraphs:
        if not ARABIC.search(paragraph.text):
            assert not _bidi(paragraph), paragraph.text
    quoted = [p for p in paragraphs if "طالبت" in p.text or "نقترح" in p.text]
    assert len(quoted) == 2
    for paragraph in quoted:
        # The speaker's label keeps the French side (a left-to-right paragraph); the Arabic
        # words after it are a right-to-left run, isolated (RLE … PDF between marks).
        assert not _bidi(paragraph), paragraph.text
        arabic = [r for r in paragraph.runs if ARABIC.search(r.text)]
        assert arabic and all(r._r.rPr.find(qn("w:rtl")) is not None for r in arabic)
        assert "\u202b" in arabic[0].text and "\u202c" in arabic[-1].text
    for table in _tables(path):
        assert table.tblPr.find(qn("w:bidiVisual")) is None
    assert docx.Document(str(path)).sections[0]._sectPr.find(qn("w:bidi")) is None


def test_status_and_page_fields_in_every_page_header_and_footer(kairouan, tmp_path):
    document = docx.Document(str(_export(kairouan, tmp_path, "minutes", "fr", "m.docx")))
    section = document.sections[0]
    header = section.header._element
    footer = section.footer._element
    assert "PROJET" in "".join(header.itertext())
    instructions = [node.text.strip().split()[0] for node in footer.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "Page" in "".join(footer.itertext()) and "sur" in "".join(footer.itertext())
    assert document.core_properties.title == "Procès-verbal"
    # Dated when written, not with python-docx's template (2013).
    assert document.core_properties.created.year >= 2025
    assert document.core_properties.modified == document.core_properties.created
    assert document.core_properties.language == "fr-FR"


def test_bilingual_report_puts_arabic_and_french_in_one_row(kairouan, tmp_path):
    path = _export(kairouan, tmp_path, "recommendations", "fr", "bi.docx", bilingual=True)
    document = docx.Document(str(path))
    rows = [
        [cell.text for cell in row.cells]
        for table in document.tables
        for row in table.rows
        if len(row.cells) == 3
    ]
    # French document: French on the left, Arabic in the middle, number on the outer edge;
    # each row pairs a recommendation with its own translation.
    by_number = {number: (french, arabic) for french, arabic, number in rows if number.isdigit()}
    assert sorted(by_number) == ["1", "2", "3", "4"]
    starts = [("The", "need"), ("To", "adopt"), ("Accelerate", "the"), ("To", "accelerate")]
    for number, (first, second) in enumerate(starts, 1):
        french, arabic = by_number[str(number)]
        assert tuple(french.split()[:2]) == (first, second)
        assert arabic.startswith(KAIROUAN_AR_START[number - 1])


def test_private_contacts_only_when_asked(kairouan, tmp_path, read):
    hidden = read.docx_text(_export(kairouan, tmp_path, "attendance", "ar", "a.docx"))
    shown = read.docx_text(
        _export(kairouan, tmp_path, "attendance", "ar", "b.docx", include_private=True)
    )
    assert "+216 98 765 432" not in hidden and "sample.bensalah@example.org" not in hidden
    assert "+216 98 765 432" in shown and "sample.bensalah@example.org" in shown


@pytest.mark.slow
def test_libreoffice_renders_the_arabic_docx_in_logical_order(kairouan, tmp_path, read):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice is not installed: the DOCX cannot be converted to PDF here")
    path = _export(kairouan, tmp_path, "minutes", "ar", "m.docx")
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = read.pdf_pages(tmp_path / "out" / "m.pdf")
    text = "\n".join(pages)
    assert read.contains(read.words(text), MIXED_WORDS)
    assert read.in_order(
        text, [f"التوصية {n}: {start}" for n, start in enumerate(KAIROUAN_AR_START, 1)]
    )
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert "مسودة" in page
        assert f"صفحة {number} من {len(pages)}" in page
