"""What a killed export leaves beside its target is removed at the next start.

The export writes into a temporary recorded in a journal in the user data folder
(``core.unfinished``); the tests kill a writer with SIGKILL, then start the command line and
check that the temporary and its entry are gone — and that nothing else was touched.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ogpdesk.core import unfinished
from ogpdesk.core.store import open_store
from ogpdesk.documents import files

# Starts writing an export's temporary as ``documents.export.render`` does, says where, and
# waits to be killed in the middle.
WRITER = """
import sys, time
from pathlib import Path
from ogpdesk.documents import files
temporary = files.temporary_file(Path(sys.argv[1]), ".pdf")
temporary.write_bytes(b"%PDF-1.7 half written")
folder = files.temporary_folder(Path(sys.argv[1]))
print(temporary, folder, sep="\\n", flush=True)
time.sleep(120)
"""


def _last_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _start_cli(db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ogpdesk.cli", "--db", str(db), "meetings"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "OGPDESK_LANG": "en"},
        check=False,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_an_export_killed_mid_write_is_cleaned_at_the_next_start(tmp_path: Path) -> None:
    target = tmp_path / "exports"
    target.mkdir()
    (target / "minutes.pdf").write_bytes(b"the last good minutes")
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True
    ) as writer:
        try:
            assert writer.stdout is not None
            temporary = Path(writer.stdout.readline().strip())
            folder = Path(writer.stdout.readline().strip())
            assert temporary.is_file() and folder.is_dir()
            assert len(list(unfinished.journal().iterdir())) == 2
        finally:
            os.kill(writer.pid, signal.SIGKILL)
    assert temporary.exists() and folder.exists()  # what the kill left

    db = tmp_path / "ogpdesk.sqlite3"
    open_store(db).close()
    started = _start_cli(db)

    assert started.returncode == 0, started.stderr
    assert sorted(p.name for p in target.iterdir()) == ["minutes.pdf"]
    assert (target / "minutes.pdf").read_bytes() == b"the last good minutes"
    assert list(unfinished.journal().iterdir()) == []


def test_the_start_reads_the_journal_only_and_spares_what_is_not_ours(tmp_path: Path) -> None:
    dead = _last_pid()
    journaled = tmp_path / unfinished.temporary_name(dead, "aaaa.docx")
    unfinished.record(journaled)
    journaled.write_bytes(b"half")
    # Left by a killed export that kept no journal (an older version): the start does not look
    # for it — no folder of the user's is scanned — and the next export into its folder does.
    unjournaled = tmp_path / unfinished.temporary_name(dead, "bbbb.docx")
    unjournaled.write_bytes(b"half")
    # A running process's temporary, and an entry naming a file that is not a temporary.
    running = tmp_path / unfinished.temporary_name(os.getpid(), "cccc.xlsx")
    unfinished.record(running)
    running.write_bytes(b"being written")
    precious = tmp_path / "minutes.docx"
    precious.write_bytes(b"the user's")
    (unfinished.journal() / f"{dead}-forged").write_text(str(precious), encoding="utf-8")

    assert unfinished.sweep() == [journaled]

    assert not journaled.exists()
    assert unjournaled.exists() and running.exists() and precious.exists()
    [entry] = unfinished.journal().iterdir()
    assert entry.read_text(encoding="utf-8") == str(running)
    assert files.sweep(tmp_path) == [unjournaled]
    unfinished.remove(running)
    assert list(unfinished.journal().iterdir()) == []


def test_a_folder_set_aside_when_the_writer_was_killed_is_put_back(tmp_path: Path) -> None:
    site = tmp_path / "site"
    dead = _last_pid()
    # Killed between the two renames of the swap: the old pages set aside, the new ones not
    # yet in place.
    old = tmp_path / unfinished.temporary_name(dead, "old")
    unfinished.record(old, put_back=site)
    old.mkdir()
    (old / "index.html").write_text("the published pages", encoding="utf-8")
    fresh = tmp_path / unfinished.temporary_name(dead, "new")
    unfinished.record(fresh)
    fresh.mkdir()

    assert unfinished.sweep() == [fresh]

    assert (site / "index.html").read_text(encoding="utf-8") == "the published pages"
    assert not old.exists() and not fresh.exists()
    assert list(unfinished.journal().iterdir()) == []


def test_a_finished_export_leaves_no_entry(tmp_path: Path) -> None:
    temporary = files.temporary_file(tmp_path, ".pdf")
    assert len(list(unfinished.journal().iterdir())) == 1
    files.publish(temporary, tmp_path / "minutes.pdf")
    unfinished.remove(temporary)
    assert list(unfinished.journal().iterdir()) == []
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.pdf"]
