"""The release, built once per test session by ``scripts/release`` into a temporary folder,
and the checks every artefact must pass as a user would meet it: from a folder outside the
source tree, with a home of its own, nothing of the developer's environment."""

from __future__ import annotations

import os
import subprocess
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
import openpyxl
import pytest

from ogpdesk import __version__
from ogpdesk.paths import SOURCE_ROOT

KINDS = ("minutes", "recommendations", "attendance", "actions", "progress", "cocreation")
LANGS = ("ar", "fr", "en")
# The minutes' title in each language, as read back from the PDF and the DOCX.
MINUTES_TITLE = {"ar": "محضر جلسة", "fr": "Procès-verbal", "en": "Minutes"}
ARABIC_MENUS = ["&ملف", "ت&حرير"]


@dataclass(frozen=True)
class Release:
    folder: Path
    seconds: float

    def one(self, pattern: str) -> Path:
        found = sorted(self.folder.glob(pattern))
        assert len(found) == 1, f"{pattern}: {[p.name for p in self.folder.iterdir()]}"
        return found[0]


@pytest.fixture(scope="session")
def release(tmp_path_factory: pytest.TempPathFactory) -> Release:
    """``scripts/release`` into a temporary folder; or, to test a release already built (by
    hand, by a Windows-free CI job…), the folder named by ``OGPDESK_TEST_RELEASE``."""
    given = os.environ.get("OGPDESK_TEST_RELEASE")
    if given:
        return Release(Path(given), 0.0)
    folder = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    built = subprocess.run(
        [str(SOURCE_ROOT / "scripts" / "release"), str(folder)],
        env={**os.environ, "OGPDESK_RELEASE_SKIP_VENV": "1"},
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    return Release(folder, time.monotonic() - started)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working folder far from the checkout (pytest's own temporary folders are)."""
    assert SOURCE_ROOT not in tmp_path.parents
    return tmp_path


@pytest.fixture
def user_env(tmp_path: Path) -> Callable[..., dict[str, str]]:
    """The environment of a user who just installed ogpdesk: own home, own settings."""

    def make(**extra: str) -> dict[str, str]:
        home = tmp_path / "home"
        for sub in ("data", "config", "cache"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        return {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_RUNTIME_DIR": str(home),
            "LANG": "C.UTF-8",
            **extra,
        }

    return make


def pdf_text(path: Path) -> str:
    """What a PDF viewer shows (design.md): pdftotext, presentation forms undone."""
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    return "\n".join(
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


def check_documents(folder: Path, kinds: tuple[str, ...] = KINDS) -> None:
    """Every kind in every language and format is there, says the language's own words."""
    for kind in kinds:
        texts = {}
        for lang in LANGS:
            for suffix, read in ((".pdf", pdf_text), (".docx", docx_text), (".xlsx", xlsx_text)):
                path = folder / f"{kind}-{lang}{suffix}"
                assert path.is_file() and path.stat().st_size > 0, path.name
                texts[lang, suffix] = read(path)
        for suffix in (".pdf", ".docx", ".xlsx"):
            # A document whose labels are not translated reads the same as the English one.
            for lang in ("ar", "fr"):
                assert texts[lang, suffix] != texts["en", suffix], f"{kind}-{lang}{suffix}"
        if kind == "minutes":
            for lang in LANGS:
                for suffix in (".pdf", ".docx"):
                    assert MINUTES_TITLE[lang] in texts[lang, suffix], f"minutes-{lang}{suffix}"
            assert "DRAFT" not in texts["fr", ".pdf"] and "DRAFT" not in texts["ar", ".pdf"]


def no_traceback(*streams: str) -> None:
    for stream in streams:
        assert "Traceback" not in stream, stream


class Checks:
    """The checks above, for the test modules (which cannot import this conftest)."""

    check_documents = staticmethod(check_documents)
    no_traceback = staticmethod(no_traceback)
    pdf_text = staticmethod(pdf_text)


@pytest.fixture(scope="session")
def checks() -> type[Checks]:
    return Checks


@pytest.fixture(scope="session")
def version() -> str:
    return __version__


@dataclass
class Display:
    name: str


@pytest.fixture(scope="session")
def xvfb() -> Iterator[Display]:
    """A real X server (Xvfb) for the window of a frozen build, as on a user's desktop."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    yield Display(f":{number}")
    server.terminate()
    server.wait(timeout=10)
