"""``ogpdesk backup`` and ``ogpdesk restore``, run as a user runs them."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import Meeting
from ogpdesk.core.store import head_revision, open_store

DATA = Path(__file__).resolve().parents[1] / "data"


def ogpdesk(tmp: Path, db: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "OGPDESK_LANG": lang,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp / "xdg"),
    }
    return subprocess.run(
        [sys.executable, "-m", "ogpdesk.cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def _titles(db: Path) -> list[str]:
    store = open_store(db)
    try:
        with store.session() as session:
            return sorted(session.scalars(select(Meeting.title)))
    finally:
        store.close()


def _add(db: Path, title: str) -> None:
    store = open_store(db)
    try:
        with store.transaction() as session:
            create_meeting(session, title=title, date=dt.date(2024, 5, 2))
    finally:
        store.close()


def test_backup_then_restore_through_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    _add(db, "Atelier de co-création")
    copy = tmp_path / "usb" / "desk-backup.sqlite3"
    done = ogpdesk(tmp_path, db, "backup", "-o", str(copy))
    assert done.returncode == 0, done.stderr
    assert copy.exists()
    _add(db, "Réunion ajoutée après")

    shown = ogpdesk(tmp_path, db, "restore", str(copy), "--dry-run")
    assert shown.returncode == 0, shown.stderr
    assert "1 meetings" in shown.stdout and head_revision() in shown.stdout
    assert len(_titles(db)) == 2

    done = ogpdesk(tmp_path, db, "restore", str(copy), lang="fr")
    assert done.returncode == 0, done.stderr
    assert "Atelier de co-création" in done.stdout
    assert _titles(db) == ["Atelier de co-création"]
    kept = list((tmp_path / "xdg" / "ogpdesk" / "backups").glob("*/before-restore-*.sqlite3"))
    assert len(kept) == 1


def test_restore_of_an_older_schema_upgrades_it(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    _add(db, "Actuelle")
    old = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "store_rev0001.sqlite3", old)
    done = ogpdesk(tmp_path, db, "restore", str(old))
    assert done.returncode == 0, done.stderr
    assert "schema 0001" in done.stdout
    assert len(_titles(db)) == 1 and _titles(db) != ["Actuelle"]


def test_restore_refuses_a_file_that_is_not_a_backup_in_the_users_language(
    tmp_path: Path,
) -> None:
    db = tmp_path / "desk.sqlite3"
    _add(db, "Intacte")
    before = db.read_bytes()
    junk = tmp_path / "photo.sqlite3"
    junk.write_bytes(b"\x89PNG not a database")
    done = ogpdesk(tmp_path, db, "restore", str(junk), lang="fr")
    assert done.returncode == 1
    assert "photo.sqlite3" in done.stderr and "sauvegarde" in done.stderr
    assert db.read_bytes() == before
