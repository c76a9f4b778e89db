"""Backups of the store: SQLite's online backup, kept in rotation, and restored with care.

A backup is a copy of the whole database taken through SQLite's backup API, so it is
consistent even while the window writes; it is written beside its final name and renamed,
so a backup that exists is complete. The copy is switched out of WAL mode: one self-contained
file that can travel on a USB stick.

Automatic backups go to the user data folder, one folder per database: at most one a day
(taken when the window closes), the newest seven days kept, and the first backup of each
week kept as that week's, the newest four weeks kept.

A restore first says what the file holds (``describe``), refuses anything that is not a
complete ogpdesk database this version can read, takes a backup of the current store, and
only then replaces it. A backup from an older version is upgraded when the store next opens.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from ogpdesk import paths
from ogpdesk.core.errors import OgpdeskError
from ogpdesk.core.store import SQLITE_HEADER, Store, head_revision, revisions
from ogpdesk.i18n import QT_TRANSLATE_NOOP

DAILY_KEPT = 7
WEEKLY_KEPT = 4
# Tables every ogpdesk database has had since its first schema: a file without one of them
# is not a complete ogpdesk backup, whatever its version table says.
CORE_TABLES = frozenset(
    {"meeting", "participant", "attendance", "agenda_item", "intervention", "recommendation"}
)

NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” is not an ogpdesk backup: it is not a database file."
)
INCOMPLETE = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” is not a complete ogpdesk backup ({detail}). Nothing was restored.",
)
NEWER_BACKUP = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” was written by a newer version of ogpdesk (schema {revision}). "
    "Install the newer version to restore it; nothing was restored.",
)
NO_FILE = QT_TRANSLATE_NOOP("Errors", "There is no file “{path}”.")
ONLY_SQLITE = QT_TRANSLATE_NOOP(
    "Errors", "Only a database kept in a file (SQLite) can be backed up or restored here."
)
DAMAGED = QT_TRANSLATE_NOOP("Errors", "damaged or truncated")
NO_VERSION = QT_TRANSLATE_NOOP("Errors", "no schema version")
MISSING_TABLES = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” is not a complete ogpdesk backup (tables missing: {tables}). Nothing was restored.",
)


class BackupError(OgpdeskError):
    """A backup cannot be taken or restored; nothing was changed."""

    terms = ("detail",)


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, shown before it replaces the store."""

    path: Path
    revision: str
    current: bool  # written by this schema version (else older: upgraded after restore)
    taken_at: dt.datetime
    processes: int
    meetings: int
    participants: int
    recommendations: int
    latest_meeting: str | None


@dataclass(frozen=True)
class Restored:
    info: BackupInfo
    # Where the store as it was before the restore was kept.
    previous: Path | None


def backup_folder(database: Path) -> Path:
    """The automatic backups of ``database``: one folder per database file."""
    digest = hashlib.sha256(str(database.resolve()).encode()).hexdigest()[:10]
    return paths.user_data_dir() / "backups" / f"{database.stem}-{digest}"


def _require_file(store: Store) -> Path:
    if store.path is None or store.engine.dialect.name != "sqlite":
        raise BackupError(ONLY_SQLITE)
    return store.path


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of the database ``source`` at ``target``, through SQLite's backup."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        with (
            closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(partial)) as copy,
        ):
            src.backup(copy)
            # One self-contained file: no write-ahead log to carry with it.
            copy.execute("PRAGMA journal_mode=DELETE")
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def back_up(store: Store, target: Path) -> Path:
    """``ogpdesk backup -o FILE`` and File ▸ Back up…: a copy of the store at ``target``."""
    return copy_database(_require_file(store), Path(target))


def auto_backup(store: Store, now: dt.datetime | None = None) -> Path | None:
    """Today's backup, unless there is one already; then the old ones rotated out.

    Returns the backup taken, or None when today's exists (or the store is not a file).
    """
    if store.path is None or store.engine.dialect.name != "sqlite" or not store.path.exists():
        return None
    now = now or dt.datetime.now()
    folder = backup_folder(store.path)
    daily = folder / f"daily-{now:%Y-%m-%d}.sqlite3"
    if daily.exists():
        return None
    copy_database(store.path, daily)
    year, week, _day = now.isocalendar()
    weekly = folder / f"weekly-{year}-W{week:02d}.sqlite3"
    if not weekly.exists():
        copy_database(daily, weekly)
    rotate(folder)
    return daily


def rotate(folder: Path) -> None:
    """Keep the newest seven daily and four weekly backups (names sort by date)."""
    for prefix, kept in (("daily-", DAILY_KEPT), ("weekly-", WEEKLY_KEPT)):
        backups = sorted(folder.glob(f"{prefix}*.sqlite3"))
        for old in backups[:-kept]:
            old.unlink()


def describe(path: Path) -> BackupInfo:
    """What the backup at ``path`` holds; refuses a file that is not a complete backup."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(NO_FILE, path=str(path))
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupError(NOT_A_BACKUP, path=str(path))
    try:
        # immutable: reading creates nothing beside the file (no -wal, no -shm).
        with closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        ) as db:
            return _read_info(db, path)
    except sqlite3.DatabaseError as exc:
        raise BackupError(INCOMPLETE, path=str(path), detail=DAMAGED) from exc


def _read_info(db: sqlite3.Connection, path: Path) -> BackupInfo:
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise BackupError(INCOMPLETE, path=str(path), detail=DAMAGED)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    row = (
        db.execute("SELECT version_num FROM alembic_version").fetchone()
        if "alembic_version" in tables
        else None
    )
    if row is None:
        raise BackupError(INCOMPLETE, path=str(path), detail=NO_VERSION)
    revision = row[0]
    if revision not in revisions():
        raise BackupError(NEWER_BACKUP, path=str(path), revision=revision)
    missing = sorted(CORE_TABLES - tables)
    if missing:
        raise BackupError(MISSING_TABLES, path=str(path), tables=", ".join(missing))

    def count(table: str) -> int:
        if table not in tables:
            return 0
        return int(db.execute(f"SELECT count(*) FROM {table} WHERE NOT deleted").fetchone()[0])

    latest = db.execute(
        "SELECT date || ' ' || title FROM meeting WHERE NOT deleted ORDER BY date DESC LIMIT 1"
    ).fetchone()
    return BackupInfo(
        path=path,
        revision=revision,
        current=revision == head_revision(),
        taken_at=dt.datetime.fromtimestamp(path.stat().st_mtime),
        processes=count("process"),
        meetings=count("meeting"),
        participants=count("participant"),
        recommendations=count("recommendation"),
        latest_meeting=latest[0] if latest else None,
    )


def restore(database: Path, backup: Path, now: dt.datetime | None = None) -> Restored:
    """Replace the database file with ``backup``, after keeping the database as a backup.

    The store must be closed (the window reopens it afterwards); opening it again upgrades
    a backup from an older schema.
    """
    info = describe(backup)
    database = Path(database)
    previous = None
    if database.exists():
        stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        previous = copy_database(
            database, backup_folder(database) / f"before-restore-{stamp}.sqlite3"
        )
    # Written beside the database and renamed over it: a failure leaves the store as it was.
    restoring = copy_database(backup, database.with_name(f"{database.name}.restoring"))
    with closing(sqlite3.connect(restoring)) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "sync_state" in tables:
            # The restored store may now live beside the one it was copied from: it takes a
            # new id for exchanges, or each would take the other's changes for its own.
            db.execute("DELETE FROM sync_state WHERE key = 'store_id'")
            db.commit()
    for suffix in ("-wal", "-shm"):
        database.with_name(f"{database.name}{suffix}").unlink(missing_ok=True)
    os.replace(restoring, database)
    return Restored(info=info, previous=previous)
