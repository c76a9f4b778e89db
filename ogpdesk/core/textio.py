"""Reading text files written on any laptop: the encoding is recognised, never guessed wildly.

Notes and participant lists arrive from Notepad, Word, Excel and LibreOffice on Windows and
Linux machines set up in Arabic or French. The rules, tried in order:

1. a byte-order mark says it all: UTF-32, UTF-8 ("UTF-8 with BOM" of Notepad and Excel's
   "CSV UTF-8"), UTF-16 (Excel's "Unicode text");
2. a NUL byte without such a mark means a binary file (a spreadsheet, a PDF, a picture);
3. strict UTF-8;
4. Windows-1256 (Arabic Excel and Notepad exports) when it decodes to Arabic words, and
   Windows-1252 (French) when it decodes to French: each is tried only when the other one
   reads as nonsense, because the same bytes mean Arabic letters in one and accented
   capitals in the other.

Anything else is refused with a message naming the file, so mojibake never reaches the store;
so is a file whose lines are partly UTF-8 and partly something else (two lists pasted
together): reading it either way would garble half of it. Newlines come back as ``\\n``
whatever the laptop wrote.

``clean`` is the one gate every text from outside passes (capture line, notes, CSV and XLSX
cells): it removes what no document can hold and what can disguise a text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ogpdesk.core.errors import InvalidInput
from ogpdesk.i18n import QT_TRANSLATE_NOOP

CANNOT_READ = QT_TRANSLATE_NOOP("Errors", "“{path}” cannot be read: {reason}")
BINARY = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” is not a text file: it contains binary data (a spreadsheet, a PDF?)."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” starts as {encoding} text but is damaged at byte {offset}."
)
MIXED = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” mixes two encodings: line {utf8_line} is UTF-8 but line {line} is not. "
    "Save the whole file as UTF-8 and try again.",
)
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "Errors",
    "The encoding of “{path}” could not be recognised with confidence. Save it as UTF-8 "
    "(Notepad: Save as, Encoding UTF-8; Excel: CSV UTF-8) and try again.",
)

CLEANED_REPORT = QT_TRANSLATE_NOOP(
    "Cli",
    "invisible characters removed: {controls} control characters, {bidi} direction overrides",
)

# Longest marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Letters, with the Arabic vowel marks that sit between them.
_WORD = re.compile(r"(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed])+")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_FRENCH_LETTERS = frozenset("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ")
_FRENCH_SIGNS = frozenset("«»‘’‚“”„–—…•€°·§©®™²³¹½¼¾×÷±µ¨´¸\u00a0\u202f¡¿¢£¤¥¦¬\u00ad¯ˆ˜‹›†‡‰")
# A few Arabic words may hold a Latin acronym glued to the article ("الـGPS").
_MIXED_WORDS_TOLERATED = 0.1


@dataclass(frozen=True)
class Decoded:
    text: str
    # The encoding it was read with, as a user would name it: "UTF-16", "Windows-1256".
    encoding: str


def read_text(path: Path) -> str:
    """The text of ``path`` with ``\\n`` newlines; ``InvalidInput`` if it is not readable text."""
    return read_decoded(path).text


def read_decoded(path: Path) -> Decoded:
    """``read_text``, and the encoding recognised (an import report tells the user)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(CANNOT_READ, path=str(path), reason=exc.strerror or str(exc)) from exc
    decoded = decode(data, name=str(path))
    return Decoded(_newlines(decoded.text), decoded.encoding)


def decode(data: bytes, *, name: str) -> Decoded:
    """``data`` as text by the rules of the module docstring; ``name`` is for messages."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            label = encoding.upper().removesuffix("-LE").removesuffix("-BE")
            try:
                return Decoded(data[len(bom) :].decode(encoding), label)
            except UnicodeDecodeError as exc:
                raise InvalidInput(
                    DAMAGED,
                    path=name,
                    encoding=label,
                    offset=exc.start + len(bom),
                ) from exc
    if b"\x00" in data:
        raise InvalidInput(BINARY, path=name)
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError as exc:
        _refuse_mixed(data, exc.start, name)
    arabic = _legacy(data, "cp1256")
    french = _legacy(data, "cp1252")
    if arabic is not None and _CONTROL.search(arabic):
        # Control characters decode the same in both: text files do not hold them.
        raise InvalidInput(BINARY, path=name)
    arabic_ok = arabic is not None and _plausible_arabic(arabic)
    french_ok = french is not None and _plausible_french(french)
    if arabic is not None and arabic_ok and not french_ok:
        return Decoded(arabic, "Windows-1256")
    if french is not None and french_ok and not arabic_ok:
        return Decoded(french, "Windows-1252")
    raise InvalidInput(UNKNOWN_ENCODING, path=name)


def _refuse_mixed(data: bytes, bad: int, name: str) -> None:
    """Refuse ``data`` if a line of it is UTF-8 text beyond ASCII while byte ``bad`` is not.

    A line of Windows-1256 or -1252 is almost never valid UTF-8 by chance, and when it is, it
    decodes to letters of other scripts: only Arabic and Latin letters count as evidence.
    """
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if all(_ARABIC.match(ch) or _LATIN.match(ch) or ch in _FRENCH_SIGNS
               for ch in text if ord(ch) > 0x7F):  # fmt: skip
            raise InvalidInput(
                MIXED, path=name, utf8_line=number, line=data.count(b"\n", 0, bad) + 1
            )


def _legacy(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _plausible_arabic(text: str) -> bool:
    """Arabic words of two letters or more, and words almost never mixing the two scripts."""
    arabic_words = 0
    long_arabic_words = 0
    mixed = 0
    for word in _WORD.findall(text):
        if not _ARABIC.search(word):
            continue
        arabic_words += 1
        if _LATIN.search(word):
            mixed += 1
        elif len(word) >= 2:
            long_arabic_words += 1
    return long_arabic_words > 0 and mixed <= _MIXED_WORDS_TOLERATED * arabic_words


def _plausible_french(text: str) -> bool:
    """Only French letters and signs outside ASCII, each accented letter inside a word."""
    for ch in text:
        if ord(ch) > 0x7F and ch not in _FRENCH_LETTERS and ch not in _FRENCH_SIGNS:
            return False
    # Arabic read as Windows-1252 gives runs of accented capitals with no plain letter.
    return not any(
        len(word) >= 2 and all(ord(ch) > 0x7F for ch in word) for word in _WORD.findall(text)
    )


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# C0 and C1 controls but tab and newline; embeddings, overrides and isolates, which reorder the
# text after them (a name can hide what follows: "Trojan Source"); lone surrogates and
# non-characters, which UTF-8 and XML cannot hold. Marks without scope (LRM, RLM, ALM) stay.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_UNWRITABLE = "\ud800-\udfff\ufffe\uffff"
_UNWANTED = re.compile(f"[{_CONTROLS}{_BIDI_CONTROLS}{_UNWRITABLE}]")
_BIDI = re.compile(f"[{_BIDI_CONTROLS}]")


@dataclass(frozen=True)
class Cleaned:
    text: str
    # How many characters were removed, by kind: what an import report tells the user.
    controls: int = 0
    bidi: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.controls or self.bidi)


def clean(text: str) -> Cleaned:
    """``text`` without control characters (but tab and newline) and bidi overrides.

    A carriage return becomes a newline, as in ``read_text``. Every entry point of text from
    outside calls this: a document renderer then never meets a character it cannot write.
    """
    text = _newlines(text)
    removed = _UNWANTED.findall(text)
    if not removed:
        return Cleaned(text)
    bidi = sum(1 for ch in removed if _BIDI.match(ch))
    return Cleaned(_UNWANTED.sub("", text), controls=len(removed) - bidi, bidi=bidi)


def cleaned(text: str) -> str:
    """The text of ``clean(text)``, where no one is told what was removed (a typed line)."""
    if "\r" not in text and _UNWANTED.search(text) is None:
        # Nearly always: a merge cleans 80,000 texts, an import as many.
        return text
    return clean(text).text
