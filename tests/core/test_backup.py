"""Backups: SQLite's online backup, rotated; a restore refuses what is not a complete backup."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ogpdesk.core.backup import (
    DAILY_KEPT,
    WEEKLY_KEPT,
    BackupError,
    auto_backup,
    back_up,
    backup_folder,
    describe,
    restore,
)
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import Meeting
from ogpdesk.core.store import Store, head_revision, open_store

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _meetings(store: Store) -> list[str]:
    with store.session() as session:
        return sorted(session.scalars(select(Meeting.title)))


def _add(store: Store, title: str) -> None:
    with store.transaction() as session:
        create_meeting(session, title=title, date=dt.date(2025, 3, 1))


def test_a_backup_is_one_consistent_file_that_describes_itself(
    store: Store, tmp_path: Path
) -> None:
    _add(store, "Séance du Kef")
    target = back_up(store, tmp_path / "copy.sqlite3")
    assert not target.with_name("copy.sqlite3-wal").exists()
    with closing(sqlite3.connect(target)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    info = describe(target)
    assert info.meetings == 1 and info.current and info.revision == head_revision()
    assert info.latest_meeting is not None and "Séance du Kef" in info.latest_meeting


def test_automatic_backups_are_daily_and_rotated(store: Store) -> None:
    _add(store, "A")
    start = dt.datetime(2026, 1, 1, 18, 0)
    assert auto_backup(store, start) is not None
    # At most one a day.
    assert auto_backup(store, start + dt.timedelta(hours=3)) is None
    for day in range(1, 60):
        auto_backup(store, start + dt.timedelta(days=day))
    folder = backup_folder(store.path)  # type: ignore[arg-type]
    daily = sorted(p.name for p in folder.glob("daily-*"))
    weekly = sorted(p.name for p in folder.glob("weekly-*"))
    assert len(daily) == DAILY_KEPT and daily[-1] == "daily-2026-03-01.sqlite3"
    assert len(weekly) == WEEKLY_KEPT and weekly[-1] == "weekly-2026-W09.sqlite3"
    assert describe(folder / daily[-1]).meetings == 1


def test_restore_keeps_the_current_store_first(store: Store, tmp_path: Path) -> None:
    _add(store, "Before")
    saved = back_up(store, tmp_path / "saved.sqlite3")
    _add(store, "After")
    path = store.path
    assert path is not None
    store.close()
    restored = restore(path, saved)
    assert restored.previous is not None and describe(restored.previous).meetings == 2
    reopened = open_store(path)
    try:
        assert _meetings(reopened) == ["Before"]
    finally:
        reopened.close()


def test_a_backup_from_an_older_schema_is_upgraded_after_restore(
    store: Store, tmp_path: Path
) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "store_rev0001.sqlite3", old)
    info = describe(old)
    assert info.revision == "0001" and not info.current and info.meetings == 1
    path = store.path
    assert path is not None
    store.close()
    restore(path, old)
    reopened = open_store(path)
    try:
        assert len(_meetings(reopened)) == 1
        with reopened.session() as session:
            assert session.scalar(select(func.count()).select_from(Meeting)) == 1
    finally:
        reopened.close()


def _bad_files(tmp_path: Path, good: Path) -> dict[str, Path]:
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    foreign = tmp_path / "foreign.sqlite3"
    with closing(sqlite3.connect(foreign)) as db:
        db.execute("CREATE TABLE t (x)")
        db.commit()
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(good, newer)
    with closing(sqlite3.connect(newer)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.commit()
    partial = tmp_path / "partial.sqlite3"
    shutil.copy(good, partial)
    with closing(sqlite3.connect(partial)) as db:
        db.execute("DROP TABLE recommendation_source")
        db.execute("DROP TABLE recommendation")
        db.commit()
    return {
        "text": text,
        "truncated": truncated,
        "foreign": foreign,
        "newer": newer,
        "partial": partial,
        "missing": tmp_path / "nowhere.sqlite3",
    }


@pytest.mark.parametrize("kind", ["text", "truncated", "foreign", "newer", "partial", "missing"])
def test_restore_refuses_what_is_not_a_complete_backup(
    store: Store, tmp_path: Path, kind: str
) -> None:
    _add(store, "Kept")
    good = back_up(store, tmp_path / "good.sqlite3")
    bad = _bad_files(tmp_path, good)[kind]
    path = store.path
    assert path is not None
    store.close()
    before = path.read_bytes()
    with pytest.raises(BackupError):
        restore(path, bad)
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.restoring"))


def test_a_store_on_a_server_is_not_backed_up_as_a_file(pg_database: str, tmp_path: Path) -> None:
    # Its administrator backs the server up; here it is refused in words, nothing written.
    store = open_store(pg_database)
    try:
        _add(store, "Séance du Kef")
        with pytest.raises(BackupError) as refused:
            back_up(store, tmp_path / "copy.sqlite3")
        assert "Only a database kept in a file (SQLite)" in refused.value.message()
        assert auto_backup(store) is None
        assert [p.name for p in tmp_path.iterdir() if p.name != "xdg"] == []
        assert _meetings(store) == ["Séance du Kef"]
    finally:
        store.close()
