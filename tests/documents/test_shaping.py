"""Line breaking and display order for reportlab: the rules a PDF's Arabic depends on."""

from __future__ import annotations

import re
import unicodedata

import pytest

from ogpdesk.documents import shaping


def _measure(text: str, bold: bool) -> float:
    return float(len(text))  # one unit per character is enough to test line breaking


def _lines(text: str, width: float, rtl: bool) -> list[str]:
    runs = [shaping.Run.of(text, False, rtl)]
    return [
        "".join(runs[s.run].text[s.start : s.end] for s in line)
        for line in shaping.wrap(runs, width, _measure)
    ]


def _logical(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_lines_are_broken_in_logical_order():
    text = "نقترح تخصيص 250\u00a0000 دينار لمشروع M'Saken 2050 في 2025"
    lines = _lines(text, 16, rtl=True)
    assert len(lines) > 2
    # The lines, read one after the other, give back the text as typed: first words first.
    assert _logical(" ".join(lines)) == _logical(text)
    assert _logical(lines[0]).startswith("نقترح")


def test_no_break_space_keeps_a_grouped_number_whole():
    lines = _lines("تخصيص 250\u00a0000 دينار", 9, rtl=True)
    assert any("250\u00a0000" in line for line in lines)


def test_a_word_longer_than_the_line_is_cut():
    digest = "0123456789abcdef" * 4
    lines = _lines(f"SHA-256 {digest}", 20, rtl=False)
    assert "".join(lines[1:]) == digest
    assert all(len(line) <= 20 for line in lines)


def test_mixed_line_is_displayed_right_to_left_with_latin_and_numbers_left_to_right():
    runs = [shaping.Run.of("نقترح 250\u00a0000 لمشروع M'Saken 2050", False, True)]
    line = shaping.wrap(runs, 1000, _measure)[0]
    drawn = "".join(p.text for p in shaping.display(line, runs, rtl=True))
    # Left to right on the page: the Latin name and its number, then the amount, then
    # the Arabic words from last to first (each word's letters reversed for drawing).
    assert drawn.startswith("M'Saken 2050 ")
    assert "250\u00a0000" in drawn
    assert _logical(drawn).endswith(_logical("نقترح")[::-1])


def test_brackets_are_mirrored_in_right_to_left_text():
    # python-bidi leaves this to the caller (rule L4): "(sample)" must not print as ")sample(".
    assert shaping.reorder("x (sample)", [1, 1, 1, 2, 2, 2, 2, 2, 2, 1], 1).startswith("(")
    runs = [shaping.Run.of("سامية (sample)", False, True)]
    line = shaping.wrap(runs, 1000, _measure)[0]
    assert shaping.display(line, runs, rtl=True)[0].text.startswith("(sample) ")


def test_bracket_pair_split_over_two_lines_keeps_its_direction():
    runs = [shaping.Run.of("Sample Moderator (KTC Sfax)", False, True)]
    lines = shaping.wrap(runs, 22, _measure)
    last = "".join(p.text for p in shaping.display(lines[-1], runs, rtl=True))
    assert last == "Sfax)"


def test_harakat_stay_after_their_letter():
    # Drawn left to right, a mark of zero advance lands on the glyph before it: its letter.
    runs = [shaping.Run.of("بَيْت", False, True)]
    line = shaping.wrap(runs, 1000, _measure)[0]
    drawn = shaping.display(line, runs, rtl=True)[0].text
    for index, char in enumerate(drawn):
        if unicodedata.category(char) == "Mn":
            assert index > 0 and unicodedata.category(drawn[index - 1]) == "Lo"
    assert [c for c in drawn if unicodedata.category(c) == "Mn"] == ["ْ", "َ"]


@pytest.mark.parametrize("text", ["\u200dلا", "\u200dلام", "سلام \u200dعلى"])
def test_a_zero_width_joiner_loses_no_letter(text):
    # arabic_reshaper alone raises IndexError on the first, drops the meem of the second.
    letters = unicodedata.normalize("NFKC", shaping.shaped(text))
    assert letters == text.replace("\u200d", "")


def test_french_text_is_left_alone():
    runs = [shaping.Run.of("Procès-verbal (séance)", True, False)]
    line = shaping.wrap(runs, 1000, _measure)[0]
    assert shaping.display(line, runs, rtl=False)[0].text == "Procès-verbal (séance)"


@pytest.mark.parametrize(
    "text",
    [
        " \u2066Il faut (3P) de Sousse, 25% + 1.\u2069",
        "\u2066Sample Moderator (KTC Sfax)\u2069 ",
        "  \u2066a\u2069",
    ],
)
def test_levels_of_latin_isolated_in_arabic_are_python_bidis(text, monkeypatch) -> None:
    fast = shaping.levels(text, True)
    monkeypatch.setattr(shaping, "_LATIN_ISOLATE", re.compile("(?!)"))
    shaping.levels.cache_clear()
    assert fast == shaping.levels(text, True)
