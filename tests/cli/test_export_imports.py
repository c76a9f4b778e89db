"""``ogpdesk export`` imports what its format needs and nothing of the window or upgrades.

Most of a command-line export's time is the start of Python and of the libraries: Qt, Alembic
(the store is at head) and the other format's library must not be among them. Run as a user
would, in a subprocess, with ``python -X importtime``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ogpdesk.core.demo import load_demo
from ogpdesk.core.meetings import list_meetings
from ogpdesk.core.store import open_store

NEVER = ("PySide6", "shiboken6", "alembic", "mako", "pypdfium2", "openpyxl")
OTHER_FORMAT = {".pdf": ("docx",), ".docx": ("reportlab", "arabic_reshaper", "bidi")}


def imported(report: str) -> set[str]:
    return {
        line.rsplit("|", 1)[1].strip()
        for line in report.splitlines()
        if line.startswith("import time:") and not line.endswith("| imported package")
    }


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_export_imports_neither_qt_nor_alembic_nor_the_other_format(
    tmp_path: Path, suffix: str
) -> None:
    store = open_store(tmp_path / "ogpdesk.sqlite3")
    with store.transaction() as session:
        load_demo(session)
    with store.session() as session:
        meeting_id = list_meetings(session)[0].id
    store.close()
    output = tmp_path / f"minutes{suffix}"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ogpdesk.cli", "--db",
         str(tmp_path / "ogpdesk.sqlite3"), "export", "minutes", "--meeting", meeting_id,
         "--lang", "ar", "-o", str(output)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPROFILEIMPORTTIME"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert output.stat().st_size > 0
    modules = imported(done.stderr)
    assert "ogpdesk.documents.export" in modules
    banned = NEVER + OTHER_FORMAT[suffix]
    assert sorted(m for m in modules if m.split(".")[0] in banned) == []
