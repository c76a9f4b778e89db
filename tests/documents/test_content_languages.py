"""Documents print each text in their own language: the demo's minutes and reports read as
French in French and as Arabic in Arabic, and a text without a version is marked."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from ogpdesk.core import capture
from ogpdesk.core.demo import load_demo
from ogpdesk.core.languages import detect_language
from ogpdesk.core.meetings import find_meeting, find_process
from ogpdesk.core.store import Store
from ogpdesk.documents.export import ExportRequest, export

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"
# Bidi controls the renderers put around runs of the other direction, and no-break spaces of
# French typography: read as what they stand for.
PLAIN = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
PLAIN |= dict.fromkeys(map(ord, "\u00a0\u202f"), " ")


@pytest.fixture
def demo(store: Store) -> Store:
    with store.transaction() as session:
        load_demo(session)
    return store


def _seed_sentences() -> list[str]:
    """The seed's sentences and list items of five words or more, as printed text would
    hold them (spaces folded)."""
    text = (SEEDS / "kairouan-msaken-sessions-2016.txt").read_text(encoding="utf-8")
    pieces = re.split(r"(?<=[.;:])\s+|\n+|•", text)
    cleaned = (" ".join(p.strip(" ;.•").split()) for p in pieces)
    return [p for p in cleaned if len(p.split()) >= 5]


def test_the_french_minutes_of_kairouan_hold_no_english_sentence_of_the_seed(
    demo: Store, tmp_path: Path, read
) -> None:
    with demo.session() as session:
        kairouan = find_meeting(session, "Kairouan")
        request = ExportRequest("minutes", kairouan.id, None, "fr", tmp_path / "pv.pdf")
        export(session, request)
    text = " ".join(" ".join(page.split()) for page in read.pdf_pages(tmp_path / "pv.pdf"))
    sentences = _seed_sentences()
    assert len(sentences) > 10
    # Whole sentences and their first six words (a sentence cut by a line or a cell).
    for sentence in sentences:
        start = " ".join(sentence.split()[:6])
        assert sentence.lower() not in text.lower() and start.lower() not in text.lower()
    assert "Accélérer l'adoption de la loi sur le partenariat public-privé (3P)" in text
    assert "Commune de Kairouan" in text and "République tunisienne" in text
    assert "[à traduire]" not in text
    # Approved where the seed reports its outcome: no draft mark, the fingerprint printed.
    assert "PROJET" not in text and re.search(r"\b[0-9a-f]{64}\b", text)


def test_the_arabic_minutes_of_kairouan_read_in_arabic(demo: Store, tmp_path: Path, read) -> None:
    with demo.session() as session:
        kairouan = find_meeting(session, "Kairouan")
        export(session, ExportRequest("minutes", kairouan.id, None, "ar", tmp_path / "pv.pdf"))
    text = read.pdf_text(tmp_path / "pv.pdf")
    assert "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني" in text
    assert "تجربتا سوسة وصفاقس في إعداد استراتيجية المدينة" in text
    assert "الجمهورية التونسية" in text and "وزارة الداخلية" in text
    assert "The need to disseminate" not in text and "غير مترجم" not in text


def test_the_bilingual_report_s_french_column_is_french(demo: Store, tmp_path: Path) -> None:
    with demo.session() as session:
        plan = find_process(session, "strategic planning")
        request = ExportRequest(
            "recommendations", None, plan.id, "fr", tmp_path / "r.docx", bilingual=True
        )
        export(session, request)
    document = docx.Document(str(tmp_path / "r.docx"))
    french, arabic = [], []
    for table in document.tables:
        cells = [c.text for c in table.rows[0].cells]
        if "Français" not in cells:
            continue
        fr, ar = cells.index("Français"), cells.index("العربية")
        for row in table.rows[1:]:
            french.append(row.cells[fr].text)
            arabic.append(row.cells[ar].text)
    assert len(french) == 6
    assert all(detect_language(text) == "fr" for text in french), french
    assert all(detect_language(text) == "ar" for text in arabic), arabic


def test_an_item_without_a_version_is_marked_in_that_language(
    demo: Store, tmp_path: Path, read
) -> None:
    with demo.transaction() as session:
        meeting = find_meeting(session, "Co-creation workshop with associations")
        capture.add_recommendation(session, meeting, "Publier les procès-verbaux en ligne")
    with demo.session() as session:
        meeting = find_meeting(session, "Co-creation workshop with associations")
        for lang in ("fr", "ar", "en"):
            export(
                session, ExportRequest("minutes", meeting.id, None, lang, tmp_path / f"{lang}.docx")
            )
    texts = {
        lang: "\n".join(
            "".join(t.text or "" for t in p.iter(qn("w:t")))
            for p in docx.Document(str(tmp_path / f"{lang}.docx")).element.body.iter(qn("w:p"))
        ).translate(PLAIN)
        for lang in ("fr", "ar", "en")
    }
    assert "Publier les procès-verbaux en ligne" in texts["fr"]
    assert "[à traduire]" not in texts["fr"]
    assert "Publier les procès-verbaux en ligne [غير مترجم]" in texts["ar"]
    assert "Publier les procès-verbaux en ligne [untranslated]" in texts["en"]
