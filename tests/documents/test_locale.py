"""Dates, numbers and labels as Tunisian administration writes them."""

from __future__ import annotations

import datetime as dt

from ogpdesk.core.languages import Texts
from ogpdesk.core.models import MeetingKind
from ogpdesk.documents.locale import Locale, ar_fr, both


def test_dates_with_tunisian_month_names():
    ar, fr, en = Locale("ar"), Locale("fr"), Locale("en")
    assert ar.date(dt.date(2016, 3, 22)) == "22 مارس 2016"
    assert [ar.date(dt.date(2025, m, 1)).split()[1] for m in (1, 2, 4, 6, 7, 8)] == [
        "جانفي",
        "فيفري",
        "أفريل",
        "جوان",
        "جويلية",
        "أوت",
    ]
    assert fr.date(dt.date(2016, 3, 22)) == "22 mars 2016"
    assert fr.date(dt.date(2027, 6, 1)) == "1er juin 2027"
    assert en.date(dt.date(2016, 3, 22)) == "22 March 2016"
    assert Locale("ar", eastern_digits=True).date(dt.date(2016, 3, 22)) == "٢٢ مارس ٢٠١٦"


def test_numbers_group_thousands_with_a_no_break_space():
    assert Locale("fr").number(250000) == "250\u00a0000"
    assert Locale("ar").number(1234567) == "1\u00a0234\u00a0567"
    assert Locale("ar").number(12) == "12"


def test_labels_come_from_the_catalogue():
    assert Locale("ar")("Minutes") == "محضر جلسة"
    assert Locale("fr")("Minutes") == "Procès-verbal"
    assert Locale("en")("Minutes") == "Minutes"
    assert Locale("ar").enum(MeetingKind.AWARENESS_SESSION) == "يوم تحسيسي"
    assert both("Recommendations", "ar") == "التوصيات — Recommandations"
    assert both("Recommendations", "fr") == "Recommandations — التوصيات"


def test_a_document_prints_its_language_s_version_else_the_original_marked():
    arabic, french = "اعتماد مقاربة تشاركية", "Adopter une approche participative"
    english = "Adopt a participative approach"
    both = Texts(french, "fr", (("ar", arabic),))
    assert ar_fr(both, Locale("fr")) == (arabic, french)
    assert ar_fr(Texts(arabic, "ar", (("fr", french),)), Locale("ar")) == (arabic, french)
    assert Locale("ar").text(both) == arabic
    assert Locale("fr").text(both) == french
    # No English version: the original, marked in the document's language.
    assert Locale("en").text(both) == f"{french} [untranslated]"
    assert Locale("fr").text(Texts(english, "en")) == f"{english} [à traduire]"
    assert Locale("ar").text(Texts(english, "en")) == f"{english} [غير مترجم]"
    assert ar_fr(Texts(arabic, "ar"), Locale("ar")) == (arabic, f"{arabic} [à traduire]")
    # A text whose language was never recorded is read from its script.
    assert Locale("ar").text(Texts(arabic)) == arabic
