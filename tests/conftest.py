"""Shared fixtures. Tests run headless; a test never makes its own QApplication."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OGPDESK_LANG", "en")

from ogpdesk.core.store import Store, open_store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh, migrated store in its own file."""
    opened = open_store(tmp_path / "ogpdesk.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def data() -> Path:
    return DATA
