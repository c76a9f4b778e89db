"""The store survives its medium: read-only disks, full disks, locks held during an upgrade."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ogpdesk.core import store as store_module
from ogpdesk.core.errors import StoreError
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import Meeting
from ogpdesk.core.store import open_store

REV0001 = Path(__file__).parent.parent / "data" / "store_rev0001.sqlite3"


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("filler"))


def _new_store(path: Path) -> None:
    store = open_store(path)
    with store.transaction() as session:
        create_meeting(session, title="Séance — Kef", date=dt.date(2024, 5, 14), city="El Kef")
    store.close()


def test_a_store_on_a_read_only_disk_opens_read_only(small_disk, tmp_path: Path) -> None:
    path = small_disk.path / "ogpdesk.sqlite3"
    _new_store(path)
    small_disk.read_only()
    store = open_store(path)
    try:
        assert store.read_only
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(Meeting)) == 1
        with pytest.raises(StoreError, match="is open read-only"), store.transaction():
            pass
    finally:
        store.close()
    # The command line lists and exports from it as from any store.
    env = {**os.environ, "OGPDESK_LANG": "en"}
    cli = [sys.executable, "-m", "ogpdesk.cli", "--db", str(path)]
    listed = subprocess.run([*cli, "meetings"], capture_output=True, text=True, env=env)
    assert listed.returncode == 0 and "Séance — Kef" in listed.stdout, listed.stderr
    target = tmp_path / "pv.docx"
    exported = subprocess.run(
        [*cli, "export", "minutes", "--meeting", "Kef", "-o", str(target)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert exported.returncode == 0 and target.exists(), exported.stderr
    assert _files(small_disk.path) == ["ogpdesk.sqlite3"]


def test_an_old_store_on_a_read_only_disk_says_it_needs_upgrading(small_disk) -> None:
    shutil.copy(REV0001, small_disk.path / "old.sqlite3")
    small_disk.read_only()
    with pytest.raises(StoreError, match="older version of ogpdesk and must be upgraded"):
        open_store(small_disk.path / "old.sqlite3")


def test_a_full_disk_at_opening_says_so_and_leaves_nothing(small_disk) -> None:
    existing = small_disk.path / "ogpdesk.sqlite3"
    _new_store(existing)
    before = existing.read_bytes()
    small_disk.fill()
    for path in (existing, small_disk.path / "new.sqlite3"):
        with pytest.raises(StoreError, match="is full: the database cannot be opened"):
            open_store(path)
    assert _files(small_disk.path) == ["ogpdesk.sqlite3"]
    assert existing.read_bytes() == before
    # Space again: the store is as healthy as it was, not "damaged".
    for filler in small_disk.path.glob("filler*"):
        filler.unlink()
    store = open_store(existing)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 1
    store.close()


def test_no_backup_is_started_without_room_for_it(small_disk) -> None:
    path = small_disk.path / "old.sqlite3"
    shutil.copy(REV0001, path)
    small_disk.fill(leave=REV0001.stat().st_size // 2)
    with pytest.raises(StoreError, match="no room for the copy taken first"):
        open_store(path)
    assert _files(small_disk.path) == ["old.sqlite3"]
    assert path.read_bytes() == REV0001.read_bytes()


def test_a_locked_store_waits_to_be_upgraded_and_makes_one_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 1)
    path = tmp_path / "old.sqlite3"
    shutil.copy(REV0001, path)
    with closing(sqlite3.connect(path, isolation_level=None, check_same_thread=False)) as other:
        other.execute("BEGIN IMMEDIATE")
        for _attempt in range(2):
            with pytest.raises(StoreError, match="being changed by another ogpdesk window"):
                open_store(path)
        assert not list(tmp_path.glob("*.bak"))
        # Released while this opening waits: it goes on as any write would.
        threading.Timer(0.3, lambda: other.execute("COMMIT")).start()
        store = open_store(path)
    store.close()
    assert len(list(tmp_path.glob("*.bak"))) == 1


def test_another_programs_alembic_database_is_not_called_a_newer_ogpdesk(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES ('1a2b3c4d5e6f')")
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
        connection.commit()
    with pytest.raises(StoreError, match="not an ogpdesk database"):
        open_store(path)


def test_a_failed_upgrade_is_told_without_sql(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(REV0001, path)
    with closing(sqlite3.connect(path)) as connection:
        # What revision 0002 creates, already there: its CREATE TABLE fails.
        connection.execute("CREATE TABLE speaking_turn (id INTEGER)")
        connection.commit()
    before = path.read_bytes()
    with pytest.raises(StoreError) as refused:
        open_store(path)
    message = refused.value.message()
    assert "could not be upgraded" in message and "already exists" in message
    assert "CREATE" not in message and "\n" not in message
    assert path.read_bytes() == before


def test_a_write_waits_for_another_writer_then_sees_its_work(tmp_path: Path) -> None:
    path = tmp_path / "ogpdesk.sqlite3"
    _new_store(path)
    first, second = open_store(path), open_store(path)
    order: list[str] = []

    def later() -> None:
        with second.transaction() as session:
            order.append(f"second saw {session.scalar(select(func.count()).select_from(Meeting))}")

    with first.transaction() as session:
        create_meeting(session, title="Autre", date=dt.date(2024, 6, 1))
        session.flush()
        waiting = threading.Thread(target=later)
        waiting.start()
        time.sleep(0.3)
        order.append("first commits")
    waiting.join()
    first.close()
    second.close()
    assert order == ["first commits", "second saw 2"]
