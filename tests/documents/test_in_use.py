"""Exporting onto a document another program holds open — Windows' behaviour, reproduced.

Windows refuses to rename over a file that Word, Excel or a virus scanner has open
(``PermissionError``); POSIX never does, so the refusal is injected into ``os.replace``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ogpdesk.core.errors import OgpdeskError
from ogpdesk.documents import files
from ogpdesk.documents.export import render
from ogpdesk.documents.model import Document, Paragraph


def _document(text: str) -> Document:
    return Document("fr", "Note", (Paragraph.of(text),))


def _held(monkeypatch: pytest.MonkeyPatch, times: int) -> list[int]:
    """``os.replace`` refuses ``times`` times, as Windows does while a program holds the file."""
    real = os.replace
    refused: list[int] = []

    def replace(source: str | Path, target: str | Path) -> None:
        if len(refused) < times:
            refused.append(1)
            raise PermissionError(13, "Permission denied", str(target))
        real(source, target)

    monkeypatch.setattr(files.os, "replace", replace)
    monkeypatch.setattr(files, "REPLACE_PAUSE_S", 0.0)
    return refused


def test_a_file_held_for_a_moment_is_replaced(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "note.xlsx"
    render(_document("première"), target)
    refused = _held(monkeypatch, times=files.REPLACE_ATTEMPTS - 1)
    render(_document("seconde"), target)
    assert len(refused) == files.REPLACE_ATTEMPTS - 1
    assert b"seconde" in _unzipped(target)
    assert [p.name for p in tmp_path.iterdir()] == ["note.xlsx"]


def test_a_file_open_in_another_program_is_named_and_kept(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "note.xlsx"
    render(_document("première"), target)
    before = target.read_bytes()
    _held(monkeypatch, times=files.REPLACE_ATTEMPTS)
    with pytest.raises(OgpdeskError) as refused:
        render(_document("seconde"), target)
    assert "another program has it open" in refused.value.message("en")
    assert "note.xlsx" in refused.value.message("fr")
    assert "un autre programme" in refused.value.message("fr")
    assert "برنامج آخر" in refused.value.message("ar")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["note.xlsx"]


def _unzipped(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as book:
        return b"".join(book.read(name) for name in book.namelist())
