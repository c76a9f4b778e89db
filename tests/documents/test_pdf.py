"""PDFs read back as a reader's PDF viewer reads them (poppler's pdftotext)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from ogpdesk.core.meetings import find_meeting, set_status
from ogpdesk.core.models import MeetingStatus
from ogpdesk.core.textnorm import normalise
from ogpdesk.documents.export import ExportRequest, build, export
from ogpdesk.documents.model import Document, Paragraph
from ogpdesk.documents.pdf import render

KAIROUAN_AR = [
    "ضرورة تعميم هذه التجربة على البلديات الصغرى في الجهة",
    "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني",
    "التسريع في إرساء قانون الشراكة بين القطاعين العام والخاص (3P) من أجل النهوض بتنمية المدينة",
    "التسريع في تحديد مجموعات العمل القطاعية والانخراط في إنجاز مخطط استراتيجي لتنمية مدينة "
    "القيروان",
]
KAIROUAN_EN = [
    "The need to disseminate this experience for small municipalities in the region",
    "To adopt a participative approach between the municipality, the administrations and the "
    "civil society",
    "Accelerate the introduction of the law of partnership between the public and private "
    "sectors (3P) in order to promote the development of the city",
    "To accelerate the identification of sector working groups and engage in the "
    "implementation of a strategic development plan for the city of Kairouan",
]
# The bidi controls pdftotext writes around the runs it reordered.
CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
MIXED_WORDS = ["نقترح", "تخصيص", "250", "000", "دينار", "لمشروع", "M'Saken", "2050", "في", "2025"]


def _export(recorded, tmp_path: Path, kind: str, lang: str, name: str, **options) -> Path:
    scope = {"process": recorded.process_id} if options.pop("process", False) else {}
    request = ExportRequest(
        kind=kind,
        meeting=None if scope else recorded.meeting_id,
        process=scope.get("process"),
        lang=lang,
        output=tmp_path / name,
        **options,
    )
    with recorded.store.session() as session:
        return export(session, request)


def test_arabic_minutes_read_in_logical_order(kairouan, tmp_path, read):
    path = _export(kairouan, tmp_path, "minutes", "ar", "minutes.pdf")
    text = read.pdf_text(path)
    words = read.words(text)

    # The line mixing Arabic, a French name and a grouped number reads as it was typed.
    assert read.contains(words, MIXED_WORDS)
    assert read.contains(words, ["Mohamed", "Ben", "Salah"])
    # The four recommendations, in the seed's order, each after its number.
    assert read.in_order(text, [f"التوصية {n}: {rec}" for n, rec in enumerate(KAIROUAN_AR, 1)])
    assert read.in_order(text, ["محضر جلسة", "جدول الأعمال", "سير الجلسة", "القرارات"])
    assert "22 مارس 2016" in text
    assert read.contains(words, ["التصويت", "12", "موافق", "0", "معترض", "1", "محتفظ"])


def test_every_page_carries_status_and_page_x_of_n(kairouan, tmp_path, read):
    for lang, status, label in (
        ("ar", "مسودة", "صفحة {} من {}"),
        ("fr", "PROJET", "Page {} sur {}"),
    ):
        pages = read.pdf_pages(_export(kairouan, tmp_path, "minutes", lang, f"m-{lang}.pdf"))
        assert len(pages) >= 2
        for number, page in enumerate(pages, 1):
            assert status in page, (lang, number)
            assert label.format(number, len(pages)) in page, (lang, number)


def test_french_minutes_keep_order_and_numbers(kairouan, tmp_path, read):
    text = read.pdf_text(_export(kairouan, tmp_path, "minutes", "fr", "minutes.pdf"))
    assert read.in_order(
        text, [f"Recommandation {n} : {rec}" for n, rec in enumerate(KAIROUAN_EN, 1)]
    )
    assert read.in_order(text, ["Procès-verbal", "Ordre du jour", "Déroulement de la séance"])
    assert read.in_order(text, ["Décision 1 :", "Transmettre les recommandations"])
    assert "22 mars 2016" in text
    # The Arabic intervention keeps its words in order inside the French minutes.
    assert read.contains(read.words(text), ["طالبت", "بتحديد", "مجموعات", "العمل", "القطاعية"])


def test_approved_minutes_carry_fingerprint_and_date(kairouan, tmp_path, read):
    with kairouan.store.transaction() as session:
        meeting = find_meeting(session, kairouan.meeting_id)
        set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
        approved_on = meeting.approved_at.date()
    request = ExportRequest("minutes", kairouan.meeting_id, None, "fr", tmp_path / "a.pdf")
    with kairouan.store.session() as session:
        digest = build(session, request).fingerprint
        export(session, request)
    assert digest is not None and re.fullmatch(r"[0-9a-f]{64}", digest)
    pages = read.pdf_pages(tmp_path / "a.pdf")
    for page in pages:
        assert "APPROUVÉ" in page
        assert f"SHA-256 {digest[:16]}" in page
    text = "\n".join(pages)
    assert digest in text.replace("\n", "")
    assert f"approuvé le {approved_on.day}" in text

    # The same content gives the same fingerprint; other content another one.
    with kairouan.store.session() as session:
        assert build(session, request).fingerprint == digest
        arabic = ExportRequest("minutes", kairouan.meeting_id, None, "ar", tmp_path / "b.pdf")
        assert build(session, arabic).fingerprint not in (None, digest)


def test_draft_minutes_have_no_fingerprint(kairouan, tmp_path, read):
    request = ExportRequest("minutes", kairouan.meeting_id, None, "fr", tmp_path / "d.pdf")
    with kairouan.store.session() as session:
        assert build(session, request).fingerprint is None
    assert "SHA-256" not in read.pdf_text(_export(kairouan, tmp_path, "minutes", "fr", "d.pdf"))


def test_process_report_lists_every_recommendation_numbered(kairouan, tmp_path, read):
    path = _export(kairouan, tmp_path, "recommendations", "fr", "r.pdf", process=True)
    text = read.pdf_text(path)
    # Table rows are read on the page's lines, where the cells of a row stand side by side.
    lines = "\n".join(read.pdf_pages(path, layout=True)).splitlines()

    def row(number: str) -> list[str]:
        return next(read.words(line) for line in lines if read.words(line)[:1] == [number])

    # Grouped by meeting: Kairouan (meeting 1) then M'saken (meeting 2).
    for number, rec in enumerate(KAIROUAN_EN, 1):
        assert row(f"1.{number}")[1:4] == read.words(rec)[:3]
    assert row("2.1")[1:5] == ["Coordinate", "the", "M'Saken", "2050"]
    assert read.in_order(text, ["Synthèse", "1. Kairouan", "2. M'saken", "Total"])
    assert read.in_order(text, [*(rec.split()[0] for rec in KAIROUAN_EN), "Coordinate"])


def test_arabic_report_by_theme_keeps_arabic_words(kairouan, tmp_path, read):
    path = _export(kairouan, tmp_path, "recommendations", "ar", "r.pdf")
    text = read.pdf_text(path)
    words = read.words(text)
    for rec in KAIROUAN_AR:
        assert read.contains(words, read.words(rec)[:5]), rec
    assert "تقرير التوصيات" in text
    assert "المحور" in text


def test_bilingual_report_sets_arabic_and_french_side_by_side(kairouan, tmp_path, read):
    path = _export(kairouan, tmp_path, "recommendations", "ar", "bi.pdf", bilingual=True)
    layout = "\n".join(read.pdf_pages(path, layout=True))
    # The first words of each version share a line: the two columns run side by side.
    for arabic, english in zip(KAIROUAN_AR, KAIROUAN_EN, strict=True):
        line = next(line for line in layout.splitlines() if read.words(english)[0] in line
                    and read.words(english)[1] in line)  # fmt: skip
        assert read.words(arabic)[0] in line
    # The title in both languages (which half pdftotext reads first on a mixed line is its guess).
    words = read.words(read.pdf_text(path))
    assert read.contains(words, ["تقرير", "التوصيات"])
    assert read.contains(words, ["Rapport", "des", "recommandations"])


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_attendance_sheet_hides_contacts_unless_asked(kairouan, tmp_path, read, lang):
    hidden = read.pdf_text(_export(kairouan, tmp_path, "attendance", lang, "a.pdf"))
    shown = read.pdf_text(
        _export(kairouan, tmp_path, "attendance", lang, "b.pdf", include_private=True)
    )
    phone, email = "+216 98 765 432", "sample.bensalah@example.org"
    assert phone not in hidden and email not in hidden
    assert phone in shown and email in shown
    assert "Mohamed Ben Salah" in hidden
    minutes = read.pdf_text(_export(kairouan, tmp_path, "minutes", lang, "m.pdf"))
    assert phone not in minutes and email not in minutes


def _raw_text(path: Path) -> str:
    """pdftotext's text as a viewer's search or an archive's index gets it: not normalised."""
    command = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def test_arabic_text_layer_holds_the_letters_as_typed(kairouan, tmp_path, read):
    path = _export(kairouan, tmp_path, "minutes", "ar", "minutes.pdf")
    raw = _raw_text(path)
    # No presentation form: the text is the letters, not the glyphs drawn.
    assert not [char for char in raw if 0xFB50 <= ord(char) <= 0xFEFF]
    assert "محضر جلسة" in raw
    # Each recommendation reads as typed, lam-alef ("والانخراط") included.
    flat = " ".join(raw.translate(CONTROLS).split())
    for rec in KAIROUAN_AR:
        assert " ".join(rec.split()[:6]) in flat, rec
    assert "والانخراط في إنجاز" in flat


def test_brackets_in_arabic_read_as_typed(tmp_path):
    text = "طالبت بلدية (القيروان) بمخطط استراتيجي [مرحلة أولى]"
    render(Document("ar", "أقواس", (Paragraph.of(text),)), tmp_path / "b.pdf")
    # Drawn mirrored (rule L4), read back as typed, not ")القيروان(".
    assert text in _raw_text(tmp_path / "b.pdf").translate(CONTROLS)


def test_no_font_is_referenced_that_is_not_embedded(kairouan, tmp_path):
    path = _export(kairouan, tmp_path, "minutes", "fr", "minutes.pdf")
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all("Amiri" in row for row in rows), fonts.stdout
    # name type encoding emb sub uni: embedded, subset, with a ToUnicode map.
    assert all(row.split()[-5:-2] == ["yes", "yes", "yes"] for row in rows), fonts.stdout


def test_harakat_are_kept_and_the_letters_stay_searchable(tmp_path, read):
    vowelled = "الْمُشَارَكَةُ الفعلية للمجتمع المدني في بَيْتٍ"
    render(Document("ar", "الحركات", (Paragraph.of(vowelled),)), tmp_path / "h.pdf")
    # Each mark follows its letter in the text layer: the words read back exactly as typed.
    assert vowelled in _raw_text(tmp_path / "h.pdf").translate(CONTROLS)
    text = read.pdf_text(tmp_path / "h.pdf")
    words = read.words(normalise(text))
    assert read.contains(words, ["المشاركه", "الفعليه", "للمجتمع", "المدني", "في"])
