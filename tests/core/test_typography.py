"""Punctuation and counted nouns as each language writes them."""

from __future__ import annotations

import pytest

from ogpdesk.core.typography import NBSP, NNBSP, counted, typeset


@pytest.mark.parametrize(
    ("typed", "lang", "expected"),
    [
        # Arabic punctuation after Arabic words, whatever the document's language.
        ("القيروان, 22 مارس 2016", "ar", "القيروان، 22 مارس 2016"),
        ("البلدية; المجتمع المدني", "ar", "البلدية؛ المجتمع المدني"),
        ("هل تم النشر?", "fr", "هل تم النشر؟"),
        # No space before a colon in Arabic, not even the French one.
        ("(جمعية المواطنة) :", "ar", "(جمعية المواطنة):"),
        (f"التوصية 1{NBSP}: نص", "ar", f"التوصية 1{NBSP}: نص"),
        ("السيد سامي :", "fr", "السيد سامي:"),
        # French: a no-break space before the colon, a narrow one before ; ? !
        ("Recommandation 1 :", "fr", f"Recommandation 1{NBSP}:"),
        ("Vraiment ? Oui ; bien sûr !", "fr", f"Vraiment{NNBSP}? Oui{NNBSP}; bien sûr{NNBSP}!"),
        # A sign typed without a space is left so: it may be English in a French document.
        (
            "Accountability and integrity: transparency",
            "fr",
            "Accountability and integrity: transparency",
        ),
        # English and numbers, times and addresses are left as typed.
        ("Decision 2: the council", "en", "Decision 2: the council"),
        ("à 8:30, voir https://x.tn/a?b=1", "fr", "à 8:30, voir https://x.tn/a?b=1"),
        ("62,5% des présents", "fr", "62,5% des présents"),
        ("Kairouan, 22 مارس", "ar", "Kairouan, 22 مارس"),
    ],
)
def test_punctuation_of_the_words_language(typed: str, lang: str, expected: str) -> None:
    assert typeset(typed, lang) == expected


@pytest.mark.parametrize(
    ("count", "arabic", "french"),
    [
        (1, "مرحلة متأخرة", "jalon en retard"),
        (2, "مرحلتان متأخرتان", "jalons en retard"),
        (3, "مراحل متأخرة", "jalons en retard"),
        (10, "مراحل متأخرة", "jalons en retard"),
        (11, "مرحلة متأخرة", "jalons en retard"),
        (12, "مرحلة متأخرة", "jalons en retard"),
        (103, "مراحل متأخرة", "jalons en retard"),
    ],
)
def test_a_counted_noun_agrees_with_its_number(count: int, arabic: str, french: str) -> None:
    assert counted("ar", "ActionPlan", "milestone(s) overdue", count) == arabic
    assert counted("fr", "ActionPlan", "milestone(s) overdue", count) == french
    english = counted("en", "ActionPlan", "milestone(s) overdue", count)
    assert english == ("milestone overdue" if count == 1 else "milestones overdue")
