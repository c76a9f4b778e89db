"""The translation catalogue, readable without Qt.

The window translates through Qt (``self.tr``, compiled ``.qm`` files). Documents and core
error messages must not import Qt, yet must use the same words, so they read the very same
``translations/<area>_<lang>.ts`` sources directly (one pair of files per area of the code:
``core``, ``documents``, ``ui``…). English is the source language and the fallback for
anything not yet translated.

Parsing the XML of every catalogue takes tens of milliseconds, paid by every command and at
every start of the window; what it gives is kept in the user's cache folder as JSON, under
the names, sizes and modification times of the ``.ts`` files it came from: a catalogue
edited, added or removed makes a new one, so the cache never answers with older words.
"""

from __future__ import annotations

import functools
import json
import os
import tempfile
import zlib
from pathlib import Path

from ogpdesk import paths
from ogpdesk.paths import TRANSLATIONS

LANGUAGES = ("ar", "fr", "en")
RTL_LANGUAGES = frozenset({"ar"})


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` (which looks for this name); translated later."""
    return text


@functools.cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    return _catalogues(lang)[0]


@functools.cache
def _catalogues(
    lang: str,
) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[str, ...]]]:
    """The plain messages and the numerus ones (their forms, in Qt's order) of ``lang``."""
    entries: dict[tuple[str, str], str] = {}
    forms: dict[tuple[str, str], tuple[str, ...]] = {}
    if lang == "en":
        return entries, forms
    sources = sorted(TRANSLATIONS.glob(f"*_{lang}.ts"))
    key: list[list[str | int]] = []
    for path in sources:
        stat = path.stat()
        key.append([path.name, stat.st_size, stat.st_mtime_ns])
    cache = _cache_file(lang)
    cached = _read_cache(cache, key)
    if cached is not None:
        return cached
    for path in sources:
        _read(path, entries, forms)
    _write_cache(cache, key, entries, forms)
    return entries, forms


def _cache_file(lang: str) -> Path:
    # One per catalogue folder: two installations (or checkouts) do not overwrite each other's.
    folder = zlib.crc32(str(TRANSLATIONS).encode())
    return paths.user_cache_dir() / "catalogues" / f"{lang}-{folder:08x}.json"


def _read_cache(
    cache: Path, key: list[list[str | int]]
) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[str, ...]]] | None:
    """The catalogue kept in ``cache`` if it was made from the files ``key`` describes."""
    try:
        kept = json.loads(cache.read_text("utf-8"))
        if kept["sources"] != key:
            return None
        entries = {(context, source): text for context, source, text in kept["entries"]}
        forms = {(context, source): tuple(texts) for context, source, texts in kept["forms"]}
    except (OSError, ValueError, KeyError, TypeError):
        # None yet, or unreadable: parsed again below, as without a cache.
        return None
    return entries, forms


def _write_cache(
    cache: Path,
    key: list[list[str | int]],
    entries: dict[tuple[str, str], str],
    forms: dict[tuple[str, str], tuple[str, ...]],
) -> None:
    kept = {
        "sources": key,
        "entries": [[context, source, text] for (context, source), text in entries.items()],
        "forms": [[context, source, list(texts)] for (context, source), texts in forms.items()],
    }
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: another process reading at the same time sees the old
        # cache or the new one, never half of one.
        handle, partial = tempfile.mkstemp(dir=cache.parent, suffix=".partial")
    except OSError:
        # A cache that cannot be written (read-only home, full disk) only costs time.
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(kept, out, ensure_ascii=False)
        os.replace(partial, cache)
    except OSError:
        Path(partial).unlink(missing_ok=True)


def _read(
    path: Path,
    entries: dict[tuple[str, str], str],
    forms: dict[tuple[str, str], tuple[str, ...]],
) -> None:
    # Imported here: with the cache, most runs never parse XML.
    import xml.etree.ElementTree as ET

    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            if message.get("numerus") == "yes":
                numerus = tuple(form.text or "" for form in node.iter("numerusform"))
                if numerus and all(numerus):
                    forms[(name, source)] = numerus
                    entries[(name, source)] = numerus[0]
            elif node.text:
                entries[(name, source)] = node.text


def translate(lang: str, context: str, text: str) -> str:
    return catalogue(lang).get((context, text), text)


def _form(lang: str, n: int) -> int:
    """Which numerus form of a Qt catalogue ``n`` takes (Qt's rules for these languages)."""
    if lang == "ar":
        if n in (0, 1, 2):
            return n
        return 3 if 3 <= n % 100 <= 10 else 4 if n % 100 >= 11 else 5
    if lang == "fr":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


def plural(lang: str, context: str, text: str, n: int) -> str:
    """A numerus message ("%n milestone(s) overdue") for ``n``, as Qt's ``tr(text, n=n)``
    gives it: the form the language uses for that number. English, the source language, adds
    or drops the "(s)"."""
    forms = _catalogues(lang)[1].get((context, text))
    if forms:
        chosen = forms[min(_form(lang, n), len(forms) - 1)]
    else:
        chosen = text.replace("(s)", "" if n == 1 else "s")
    return chosen.replace("%n", str(n))


def is_rtl(lang: str) -> bool:
    return lang in RTL_LANGUAGES
