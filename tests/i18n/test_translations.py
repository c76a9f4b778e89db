"""Every string a user can see has an Arabic and a French translation.

``pyside6-lupdate`` extracts what the code marks (``tr``, ``translate``,
``QT_TRANSLATE_NOOP``); the catalogue is the union of ``translations/*_<lang>.ts``. A string
added without its translations fails here, naming where it is.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ogpdesk.i18n import catalogue
from ogpdesk.paths import SOURCE_ROOT

LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _marked_strings(tmp_path: Path) -> dict[tuple[str, str], str]:
    sources = sorted(str(p) for p in (SOURCE_ROOT / "ogpdesk").rglob("*.py"))
    target = tmp_path / "all.ts"
    subprocess.run([str(LUPDATE), *sources, "-ts", str(target)], check=True, capture_output=True)
    marked: dict[tuple[str, str], str] = {}
    for context in ET.parse(target).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            location = message.find("location")
            where = "" if location is None else f"{location.get('filename')}:{location.get('line')}"
            marked[(name, message.findtext("source", ""))] = where
    return marked


@pytest.mark.skipif(
    not LUPDATE.exists() and shutil.which("pyside6-lupdate") is None,
    reason="pyside6-lupdate is not installed beside this Python",
)
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_marked_string_is_translated(tmp_path: Path, lang: str) -> None:
    marked = _marked_strings(tmp_path)
    assert len(marked) > 300
    known = catalogue(lang)
    missing = [
        f"{where}  [{context}] {source!r}"
        for (context, source), where in sorted(marked.items(), key=lambda kv: kv[1])
        if (context, source) not in known
    ]
    assert not missing, f"{len(missing)} strings lack a {lang} translation:\n" + "\n".join(missing)
