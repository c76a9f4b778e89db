"""Text files from any laptop are read as written, or refused with a clear message."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.textio import read_decoded, read_text

ARABIC = "توصية: اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني\n"
FRENCH = "Débat à Kairouan : Élaborer une stratégie, cœur de la ville, « M'Saken 2050 ».\n"
# What Windows-1256 can write of French: lowercase accents only.
MIXED_1256 = "محمد بن صالح (بلدية القيروان): diffuser l'expérience à la région\n"


def _write(tmp_path: Path, data: bytes, name: str = "notes.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARABIC.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "UTF-8"),
        (ARABIC.encode("utf-16"), "UTF-16"),
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "UTF-16"),
        (ARABIC.encode("utf-32"), "UTF-32"),
        (ARABIC.encode("cp1256"), "Windows-1256"),
        (MIXED_1256.encode("cp1256"), "Windows-1256"),
        (FRENCH.encode("cp1252"), "Windows-1252"),
    ],
)
def test_each_encoding_a_laptop_writes_is_read_as_written(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    decoded = read_decoded(_write(tmp_path, data))
    assert decoded.encoding == encoding
    assert decoded.text in {ARABIC, MIXED_1256, FRENCH}
    assert "\ufeff" not in decoded.text


def test_windows_newlines_are_normalised(tmp_path: Path) -> None:
    data = "# النقاش\r\nREC: un\r\rDEC: deux\r\n".encode("utf-16")
    assert read_text(_write(tmp_path, data)) == "# النقاش\nREC: un\n\nDEC: deux\n"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "binary data"),
        # Printer commands: no NUL, not UTF-8, but control characters no text file holds.
        (b"\x1bE\x1b&l0O\xc7\xe1\xc8\x1b(s3B", "binary data"),
        ("Привет, это кириллица".encode("cp1251"), "could not be recognised"),
        ("Ñoño Núñez y Peña".encode("cp1252"), "could not be recognised"),
        (bytes(range(0x80, 0x100)), "could not be recognised"),
        (codecs.BOM_UTF8 + b"REC: \xff\xfe broken", "damaged at byte 8"),
    ],
)
def test_undecodable_files_are_refused_naming_the_file(
    tmp_path: Path, data: bytes, problem: str
) -> None:
    path = _write(tmp_path, data, "compte-rendu.txt")
    with pytest.raises(InvalidInput) as refused:
        read_text(path)
    assert str(path) in str(refused.value)
    assert problem in str(refused.value)


def test_arabic_windows_1256_is_not_read_as_french_accents(tmp_path: Path) -> None:
    # The same bytes are "ÇáÈáÏíÉ" in Windows-1252: that must never be stored.
    text = read_text(_write(tmp_path, "البلدية والمجتمع المدني".encode("cp1256")))
    assert text == "البلدية والمجتمع المدني"


def test_french_capitals_are_not_read_as_arabic_letters(tmp_path: Path) -> None:
    # "É" is the byte of "ة" in Windows-1256.
    text = read_text(_write(tmp_path, "À Kairouan, ÉLABORATION du plan".encode("cp1252")))
    assert text == "À Kairouan, ÉLABORATION du plan"


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="cannot be read"):
        read_text(tmp_path / "absent.txt")


# Texts a facilitator could type: any character but NUL and carriage returns (which the
# reader turns into newlines), not starting with the byte-order mark character itself.
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
    max_size=200,
).filter(lambda t: not t.startswith("\ufeff"))


@given(text=texts, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_unicode_text_round_trips_exactly(tmp_path_factory, text: str, encoding: str) -> None:
    path = tmp_path_factory.mktemp("rt") / "notes.txt"
    path.write_bytes(text.encode(encoding))
    assert read_text(path) == text
