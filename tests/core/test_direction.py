"""The bidi rules every renderer and the window follow, checked with ICU's ubidi (UAX #9)."""

from __future__ import annotations

import icu
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ogpdesk.core import direction as bidi
from ogpdesk.documents import shaping


def visual(text: str, paragraph: bidi.Direction) -> str:
    """What a complete UAX #9 implementation shows, left to right, without the controls."""
    layout = icu.Bidi()
    layout.setPara(icu.UnicodeString(text), 1 if paragraph == "rtl" else 0)
    return str(layout.writeReordered(icu.Bidi.REMOVE_BIDI_CONTROLS))


def shown(text: str, paragraph: bidi.Direction = "rtl") -> str:
    return visual(bidi.isolated(text, paragraph), paragraph)


def test_a_paragraph_takes_its_own_texts_direction() -> None:
    assert bidi.direction("Le maire de القيروان") == "ltr"
    assert bidi.direction("2016 : القيروان") == "rtl"
    assert bidi.direction("12 – 25%") is None
    assert bidi.paragraph_direction("12 – 25%", "rtl") == "rtl"
    # Letters inside an isolate do not decide (rule P2).
    assert bidi.direction(f"{bidi.LRI}Kairouan{bidi.PDI} مدينة") == "rtl"


def test_a_date_after_a_latin_name_stays_whole() -> None:
    # Without isolation "22" joins "Kairouan" and the date falls apart.
    text = "عقد الاجتماع في Kairouan, 22 مارس 2016"
    assert "2016 سرام Kairouan, 22" in visual(text, "rtl")
    assert "2016 سرام 22 ,Kairouan" in shown(text)


def test_a_telephone_number_keeps_its_groups_in_order() -> None:
    assert "432 765 98 216+" in visual("الهاتف +216 98 765 432", "rtl")
    assert "+216 98 765 432" in shown("الهاتف +216 98 765 432")


def test_a_percentage_keeps_its_sign_on_the_same_side() -> None:
    assert "%25" in visual("(مقابل 25%)", "rtl")
    assert "25%" in shown("(مقابل 25%)")
    assert "37%" in shown("نسبة الإنجاز 37%")


def test_a_latin_sentence_keeps_its_full_stop() -> None:
    text = "قال الخبير: Il faut diffuser l'expérience de Sousse. ثم أضاف"
    assert ".Il faut" in visual(text, "rtl")
    assert "de Sousse. :" in shown(text)


def test_a_latin_name_keeps_its_number_and_brackets() -> None:
    assert "(M'Saken 2050)" in shown("تدخل Mohamed Ben Salah (M'Saken 2050) حول")
    assert "Sample Moderator (KTC Sfax)" in shown("يرأس Sample Moderator (KTC Sfax)")
    assert "22 mars 2016" in shown("الموعد 22 mars 2016 للجميع")
    assert "https://www.commune-kef.tn/progres" in shown(
        "على https://www.commune-kef.tn/progres كل"
    )


def test_arabic_in_a_french_paragraph_is_one_unit() -> None:
    text = "Le maire de القيروان a ouvert la séance"
    assert (
        bidi.isolated(text, "ltr") == f"Le maire de {bidi.RLI}القيروان{bidi.PDI} a ouvert la séance"
    )


@pytest.mark.parametrize(
    ("label", "text", "document", "first"),
    [
        ("التوصية 1:", " Coordonner l'initiative.", "rtl", "rtl"),
        ("Recommandation 1 :", " تنسيق المبادرة.", "ltr", "ltr"),
    ],
)
def test_a_label_keeps_the_documents_side(
    label: str, text: str, document: bidi.Direction, first: bidi.Direction
) -> None:
    direction, runs = bidi.paragraph([(label, True), (text, False)], document, labelled=True)
    assert direction == first
    joined = "".join(run for run, _ in runs)
    seen = visual(joined, direction)
    # The label is at the start of the line on the document's side: its right in Arabic.
    label_at = seen.find("1")
    assert (label_at > len(seen) / 2) == (document == "rtl"), seen


def test_numbering_keeps_the_documents_side() -> None:
    direction, runs = bidi.paragraph([("2. The experiences of Sousse", False)], "rtl")
    assert direction == "rtl"
    assert visual("".join(text for text, _ in runs), "rtl").endswith(" .2")


_MIXED = st.text(
    alphabet=st.sampled_from(list("ab Kz()[]:.,%+-0123456789 ") + list("بتثجحخ مع") + ["،"]),
    max_size=40,
)


@given(_MIXED, st.sampled_from(["ltr", "rtl"]))
def test_the_pdfs_line_order_is_icus(text: str, paragraph: bidi.Direction) -> None:
    """``shaping`` (python-bidi's levels, our rules L1–L4) against ICU, isolates included."""
    prepared = bidi.isolated(text, paragraph)
    run = shaping.Run(prepared, False, paragraph == "rtl")
    line = (shaping.Span(0, 0, len(prepared)),)
    ours = "".join(piece.text for piece in shaping.display(line, [run], paragraph == "rtl"))
    layout = icu.Bidi()
    layout.setPara(icu.UnicodeString(prepared), 1 if paragraph == "rtl" else 0)
    expected = str(layout.writeReordered(icu.Bidi.REMOVE_BIDI_CONTROLS | icu.Bidi.DO_MIRRORING))
    assert ours.rstrip() == expected.rstrip()
