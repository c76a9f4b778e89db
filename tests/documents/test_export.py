"""The export registry: kinds, formats, errors that change nothing, and other kinds added."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ogpdesk.core.errors import OgpdeskError
from ogpdesk.documents import export as registry
from ogpdesk.documents.export import ExportRequest, export, register_document
from ogpdesk.documents.model import Document, Paragraph


def _request(recorded, tmp_path: Path, name: str, kind: str = "minutes", **options):
    return ExportRequest(kind, recorded.meeting_id, None, "fr", tmp_path / name, **options)


def test_unknown_kind_and_suffix_are_refused_and_nothing_is_written(kairouan, tmp_path):
    with kairouan.store.session() as session:
        with pytest.raises(OgpdeskError, match="no document of kind “agenda”"):
            export(session, _request(kairouan, tmp_path, "a.pdf", kind="agenda"))
        with pytest.raises(OgpdeskError, match=r"must end in \.docx, \.pdf, \.xlsx"):
            export(session, _request(kairouan, tmp_path, "minutes.odt"))
        with pytest.raises(OgpdeskError, match="folder does not exist"):
            export(session, _request(kairouan, tmp_path, "missing/minutes.pdf"))
        with pytest.raises(OgpdeskError, match="--meeting"):
            request = ExportRequest("minutes", None, None, "fr", tmp_path / "m.pdf")
            export(session, request)
    assert [name for name in os.listdir(tmp_path) if name.endswith((".pdf", ".odt"))] == []


def test_failed_rendering_keeps_the_previous_file(kairouan, tmp_path, monkeypatch):
    target = tmp_path / "minutes.pdf"
    with kairouan.store.session() as session:
        export(session, _request(kairouan, tmp_path, "minutes.pdf"))
    before = target.read_bytes()

    def broken(document: Document, path: Path) -> None:
        path.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(registry.RENDERERS, ".pdf", broken)
    with kairouan.store.session() as session, pytest.raises(OgpdeskError, match="No space"):
        export(session, _request(kairouan, tmp_path, "minutes.pdf"))
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ogpdesk-")] == []


def test_a_registered_kind_is_rendered_by_every_renderer(kairouan, tmp_path, monkeypatch, read):
    monkeypatch.setattr(registry, "DOCUMENTS", dict(registry.DOCUMENTS))

    def build_note(session, request: ExportRequest) -> Document:
        meeting = registry.meeting_of(session, request)
        return Document(request.lang, "Note", (Paragraph.of(f"Réunion : {meeting.city}"),))

    register_document("note", build_note)
    assert "note" in registry.kinds()
    with kairouan.store.session() as session:
        for suffix in (".pdf", ".docx", ".xlsx"):
            written = export(session, _request(kairouan, tmp_path, f"n{suffix}", kind="note"))
            assert written.stat().st_size > 0
    assert "Réunion : Kairouan" in read.pdf_text(tmp_path / "n.pdf")
    # French typography: the space typed before the colon becomes a no-break one.
    assert "Réunion\u00a0: Kairouan" in read.docx_text(tmp_path / "n.docx")


def test_command_line_export(kairouan, tmp_path, read):
    database = kairouan.store.url
    output = tmp_path / "m.pdf"
    command = [sys.executable, "-m", "ogpdesk.cli", "--db", str(database), "export", "minutes"]
    done = subprocess.run(
        [*command, "--meeting", "Kairouan", "--lang", "ar", "-o", str(output)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(output)
    text = read.pdf_text(output)
    assert "محضر جلسة" in text
    assert read.contains(read.words(text), ["نقترح", "تخصيص", "250", "000", "دينار"])

    refused = subprocess.run(
        [*command, "--meeting", "Kairouan", "-o", str(tmp_path / "m.odt")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert refused.returncode == 1
    assert "m.odt" in refused.stderr and ".pdf" in refused.stderr
    assert not (tmp_path / "m.odt").exists()
