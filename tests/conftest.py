"""Shared fixtures. Tests run headless; a test never makes its own QApplication."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
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


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@dataclass
class Disk:
    """A 2 MiB tmpfs of its own: a disk that can really be filled, or made read-only."""

    path: Path

    def fill(self, leave: int = 0) -> None:
        """Fill the disk until about ``leave`` bytes remain free (0: not one block)."""
        free = shutil.disk_usage(self.path).free
        with open(self.path / "filler", "wb") as out, contextlib.suppress(OSError):
            out.write(b"\0" * max(free - leave, 0))
            out.flush()
        while leave == 0:
            try:
                with open(self.path / f"filler-{os.urandom(4).hex()}", "wb") as out:
                    out.write(b"\0" * 4096)
            except OSError:
                break

    def read_only(self) -> None:
        assert _mount("-o", "remount,ro", str(self.path))


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Disk]:
    """A real small disk (root only, as in CI); skipped elsewhere, saying why."""
    point = tmp_path / "disk"
    point.mkdir()
    mounted = os.geteuid() == 0 and _mount(
        "-t", "tmpfs", "-o", "size=2m,mode=0755", "tmpfs", str(point)
    )
    if not mounted:
        pytest.skip("a full or read-only disk needs root, to mount a small tmpfs")
    try:
        yield Disk(point)
    finally:
        subprocess.run(["umount", "-l", str(point)], check=True)
