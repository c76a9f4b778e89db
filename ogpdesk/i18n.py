"""The translation catalogue, readable without Qt.

The window translates through Qt (``self.tr``, compiled ``.qm`` files). Documents and core
error messages must not import Qt, yet must use the same words, so they read the very same
``translations/<area>_<lang>.ts`` sources directly (one pair of files per area of the code:
``core``, ``documents``, ``ui``…). English is the source language and the fallback for
anything not yet translated.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

from ogpdesk.paths import TRANSLATIONS

LANGUAGES = ("ar", "fr", "en")
RTL_LANGUAGES = frozenset({"ar"})


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` (which looks for this name); translated later."""
    return text


@functools.cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    entries: dict[tuple[str, str], str] = {}
    if lang == "en":
        return entries
    for path in sorted(TRANSLATIONS.glob(f"*_{lang}.ts")):
        _read(path, entries)
    return entries


def _read(path: Path, entries: dict[tuple[str, str], str]) -> None:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not node.text:
                continue
            if node.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            entries[(name, source)] = node.text


def translate(lang: str, context: str, text: str) -> str:
    return catalogue(lang).get((context, text), text)


def is_rtl(lang: str) -> bool:
    return lang in RTL_LANGUAGES
