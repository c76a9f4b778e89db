"""The start-up's import budget: what the window may import before the user can work.

The window is started as the ``ogpdesk`` command starts it, in a process of its own run with
``python -X importtime``, on a store already at head; the modules loaded are listed when the
window is first on screen, when the home view is filled, and when the last meeting is open
with its capture line taking keys. What only exports, imports, previews, upgrades or the
action plan need must not be among them: each costs tens to hundreds of milliseconds at
every start (``benchmarks/startup.py`` measures the whole). A failure names the chain of
imports that brought the module in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ogpdesk.core.store import open_store

SCRIPT = Path(__file__).parent / "scripts" / "start_and_list_imports.py"
# Needed only to export, preview, import a file, upgrade a store or plan: never at start-up.
NEVER_AT_START = (
    "alembic",
    "mako",
    "reportlab",
    "docx",
    "openpyxl",
    "pypdfium2",
    "PIL",
    "arabic_reshaper",
    "bidi",
    "uharfbuzz",
    "lxml",
    "ogpdesk.documents",
    "ogpdesk.core.progress",
    "ogpdesk.ui.export_dialog",
    "ogpdesk.ui.preview",
    "ogpdesk.ui.actionplan",
    "ogpdesk.ui.participant_import",
    "ogpdesk.ui.progress_review",
)
# What only the UI thread imports once the store is open (SQLAlchemy and the store itself are
# imported meanwhile by the opening thread, ``ogpdesk.ui.app.Opening``).
NOT_BEFORE_THE_WINDOW = ("ogpdesk.ui.home", "ogpdesk.ui.operations", "ogpdesk.ui.meeting_view")


def chains(importtime: str) -> dict[str, list[str]]:
    """Each module of an ``-X importtime`` report and the modules that imported it, outermost
    last: the report lists a module after those it imported, one level of indent deeper."""
    rows = []
    for line in importtime.splitlines():
        if not line.startswith("import time:") or line.endswith("| imported package"):
            continue
        name = line.rsplit("|", 1)[1]
        rows.append((len(name) - len(name.lstrip()), name.strip()))
    found: dict[str, list[str]] = {}
    for index, (depth, name) in enumerate(rows):
        parents = []
        for later_depth, later in rows[index + 1 :]:
            if later_depth < depth:
                parents.append(later)
                depth = later_depth
        found.setdefault(name, parents)
    return found


def start(folder: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    from ogpdesk.core.demo import load_demo

    store = open_store(folder / "ogpdesk.sqlite3")
    with store.transaction() as session:
        load_demo(session)
    store.close()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("PYTHONPROFILEIMPORTTIME", None)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", str(SCRIPT), str(store.path), str(folder / "ini")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.splitlines()[-1]), chains(done.stderr)


def offenders(loaded: list[str], banned: tuple[str, ...], how: dict[str, list[str]]) -> list[str]:
    return [
        " ← ".join([name, *how.get(name, [])])
        for name in loaded
        if any(name == b or name.startswith(f"{b}.") for b in banned)
        and not any(name.startswith(f"{b}.") and name.rsplit(".", 1)[0] in loaded for b in banned)
    ]


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory):
    """One start for the tests of this file: it takes seconds."""
    return start(tmp_path_factory.mktemp("startup"))


def test_the_window_is_on_screen_before_the_store_is_open(started) -> None:
    loaded, how = started
    assert loaded["attached_when_mapped"] is False
    assert offenders(loaded["mapped"], NOT_BEFORE_THE_WINDOW + NEVER_AT_START, how) == []


def test_home_view_and_capture_line_import_nothing_only_exports_or_upgrades_need(started) -> None:
    loaded, how = started
    assert "ogpdesk.ui.home" in loaded["home"]
    assert "ogpdesk.ui.capture" in loaded["meeting"]
    for moment in ("home", "meeting"):
        assert offenders(loaded[moment], NEVER_AT_START, how) == [], moment


def read_sources(first: str) -> list[str]:
    """The source files read into ``linecache`` once ``first`` and the store are imported."""
    probe = (
        f"import json, linecache, {first}, ogpdesk.core.store; "
        "print(json.dumps([f for f in linecache.cache if f.endswith('.py')]))"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe], env=environment, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_the_libraries_are_imported_without_reading_their_sources() -> None:
    """PySide6 reads each module imported after it to look for ``__feature__``: for
    SQLAlchemy and the store that is some 300 files and 20 MB kept in memory at every start.
    Only the window's own modules are still read."""
    libraries = ("/sqlalchemy/", "/ogpdesk/core/")
    # What PySide6 does on its own: the check sees it.
    assert any(lib in path for path in read_sources("PySide6.QtCore") for lib in libraries)
    assert not any(lib in path for path in read_sources("ogpdesk.ui") for lib in libraries)
