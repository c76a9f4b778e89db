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


def test_titles_objectives_and_review_texts_print_in_the_reader_s_language(
    store: Store, tmp_path: Path, read
) -> None:
    """The texts 0010 gave versions to: signatories' titles, a commitment's objective, a
    quarter's challenges and next steps. Evidence that is only a web address stays as is."""
    import datetime as dt

    import openpyxl

    from ogpdesk.core.commitments import add_commitment, update_commitment
    from ogpdesk.core.meetings import create_meeting, create_process, update_meeting
    from ogpdesk.core.models import MeetingKind, ProcessKind
    from ogpdesk.core.progress import open_review, update_review

    with store.transaction() as session:
        plan = create_process(session, title="Plan d'action local", kind=ProcessKind.ACTION_PLAN)
        meeting = create_meeting(
            session,
            title="Réunion trimestrielle",
            date=dt.date(2025, 10, 10),
            kind=MeetingKind.QUARTERLY_REVIEW,
            process=plan,
            chair="Hédi Sample",
            chair_title="Maire du Kef",
            secretary="Amel Sample",
            secretary_title="Secrétaire générale",
        )
        update_meeting(session, meeting, chair_title_ar="رئيس بلدية الكاف")
        commitment = add_commitment(
            session, plan, title="Transparence budgétaire", objective="Publier le budget"
        )
        update_commitment(session, commitment, objective_ar="نشر الميزانية")
        (review,) = open_review(session, meeting, "2025Q3").rows
        update_review(
            session,
            review,
            challenges="Retard de la plateforme",
            challenges_ar="تأخر المنصة",
            next_steps="Former les agents",
            evidence="https://example.org/budget-2025",
        )
    with store.session() as session:
        for lang in ("ar", "en"):
            export(
                session, ExportRequest("minutes", meeting.id, None, lang, tmp_path / f"{lang}.docx")
            )
            export(
                session,
                ExportRequest("progress", None, plan.id, lang, tmp_path / f"{lang}.xlsx", "2025Q3"),
            )
        export(session, ExportRequest("site", None, plan.id, "ar", tmp_path / "site", "2025Q3"))
    arabic, english = (
        read.docx_text(tmp_path / f"{lang}.docx").translate(PLAIN) for lang in ("ar", "en")
    )
    assert "رئيس بلدية الكاف" in arabic and "Maire du Kef" not in arabic
    assert "Secrétaire générale [غير مترجم]" in arabic
    assert "Maire du Kef [untranslated]" in english

    def cells(path: Path) -> list[str]:
        book = openpyxl.load_workbook(path)
        return [str(c.value) for s in book.worksheets for r in s.iter_rows() for c in r if c.value]

    matrix_ar, matrix_en = cells(tmp_path / "ar.xlsx"), cells(tmp_path / "en.xlsx")
    assert "تأخر المنصة" in matrix_ar and "Retard de la plateforme" not in matrix_ar
    assert "Former les agents [غير مترجم]" in matrix_ar
    assert "Retard de la plateforme [untranslated]" in matrix_en
    # A web address is the same in every language: not marked.
    assert "https://example.org/budget-2025" in matrix_ar
    assert not any("budget-2025 [" in c for c in matrix_ar)
    # The Arabic page is the index.
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'lang="ar"' in page
    assert "نشر الميزانية" in page and "Publier le budget" not in page
    assert "تأخر المنصة" in page


def test_a_participant_s_organisation_that_is_a_known_institution_is_printed_in_the_reader_s_language(  # noqa: E501
    store: Store, tmp_path: Path, read
) -> None:
    import datetime as dt

    from ogpdesk.core.meetings import create_meeting
    from ogpdesk.core.models import Attendance, Institution, InstitutionKind, Participant

    with store.transaction() as session:
        session.add(
            Institution(
                name="KTC of Sfax", name_ar="مركز المعرفة بصفاقس", kind=InstitutionKind.NETWORK
            )
        )
        meeting = create_meeting(session, title="Séance", date=dt.date(2016, 3, 22))
        for name, organisation in (("Sample One", "ktc of sfax"), ("Sample Two", "Joussour")):
            person = Participant(full_name=name, organisation=organisation, sample=True)
            session.add(Attendance(meeting=meeting, participant=person))
    with store.session() as session:
        target = tmp_path / "a.docx"
        export(session, ExportRequest("attendance", meeting.id, None, "ar", target))
    text = read.docx_text(target)
    # Typed in another case and language: found; not an institution: as typed.
    assert "مركز المعرفة بصفاقس" in text and "ktc of sfax" not in text
    assert "Joussour" in text


@pytest.mark.parametrize(("lang", "mark"), [("fr", "[à traduire]"), ("ar", "[غير مترجم]")])
def test_the_demo_s_matrix_and_site_print_el_kef_s_plan_in_the_reader_s_language(
    demo: Store, tmp_path: Path, lang: str, mark: str
) -> None:
    """Problems, objectives and the quarters' challenges, next steps and evidence of El Kef:
    the demo carries their French and Arabic versions, so nothing prints marked."""
    import openpyxl

    from ogpdesk.core.demo import COMMITMENTS, REVIEWS

    with demo.session() as session:
        kef = find_process(session, "Kef")
        workbook = tmp_path / "matrix.xlsx"
        export(session, ExportRequest("progress", None, kef.id, lang, workbook, "2025Q3"))
        export(session, ExportRequest("site", None, kef.id, lang, tmp_path / "site", "2025Q3"))
    book = openpyxl.load_workbook(workbook)
    matrix = " ".join(
        str(c.value) for s in book.worksheets for r in s.iter_rows() for c in r if c.value
    )
    # The site holds a page per language (English included): the French and Arabic ones.
    pages = [p for p in (tmp_path / "site").rglob("*.html") if p.name != "en.html"]
    page = " ".join(p.read_text(encoding="utf-8") for p in pages)
    english = [c.problem for c in COMMITMENTS] + [c.objective for c in COMMITMENTS]
    english += [r.challenges for r in REVIEWS if r.quarter == "2025Q3"]
    english += [r.next_steps for r in REVIEWS if r.quarter == "2025Q3"]
    for text in (matrix, page):
        assert mark not in text
        assert not [sentence for sentence in english if sentence in text]
    if lang == "fr":
        assert "Publier la première exécution budgétaire trimestrielle." in matrix
    else:
        assert "نشر أول تنفيذ ثلاثي للميزانية." in matrix
