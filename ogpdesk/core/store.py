"""Opening the store: find it, refuse what is not ours, back up and migrate, tune SQLite.

A file is only written to once we know it is an ogpdesk database that this version can
read. Everything else — a text file, a truncated or corrupt database, a database from a
newer ogpdesk — is refused with a message naming the file, and left byte-for-byte as it was.

The medium is taken as it is. A store on a read-only file, folder or disk opens read-only:
it can be listed and exported, and a write is refused at once with a message. A disk that
is full when the store is opened is said to be full, and the opening leaves nothing beside
the file (no ``-wal``/``-shm``, no empty new database that the next run would call damaged).

Reading a whole file to check it (``PRAGMA quick_check``) takes longer the more it holds, so
it is not done at every opening: the header's page count against the file's size (a cut
file) is checked every time; the whole file when it may have been damaged since it was last
checked — it was not closed cleanly (a write-ahead log is left), it changed since an ogpdesk
closed it, it comes from elsewhere — and at least once a week (``CHECK_EVERY``).

One writer at a time: ``Store.transaction`` starts with ``BEGIN IMMEDIATE`` on SQLite, so
the write lock is taken before anything is read; two imports into one meeting (two windows,
or a window and the command line) then run one after the other, the second seeing what the
first wrote, instead of both numbering their items from the same last position. The other
waits for the lock as long as ``BUSY_TIMEOUT``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
import select
import shutil
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ogpdesk import paths
from ogpdesk.core import keychain, notify, search
from ogpdesk.core.errors import StoreError
from ogpdesk.core.models import DATABASE_USER
from ogpdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The two assignments Alembic reads in a migration's header: ``revision: str = "0003"``.
_REVISION = re.compile(r"""^revision\b[^=\n]*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"""^down_revision\b[^=\n]*=\s*(?:None|["']([^"']+)["'])""", re.MULTILINE
)
SQLITE_HEADER = b"SQLite format 3\x00"
# Seconds a writer waits for another one to finish before saying the store is in use.
BUSY_TIMEOUT = 15
# Our migrations are numbered "0001", "0002"…; another program's Alembic revisions are hashes.
_OUR_REVISION = re.compile(r"^\d{4}")
ENV_VAR = "OGPDESK_DB"
# How long a file that nothing but ogpdesk touched goes without a check of every page.
CHECK_EVERY = dt.timedelta(days=7)

NOT_SQLITE = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” is not an ogpdesk database: it is not a database file at all."
)
NOT_OURS = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” is a database, but not an ogpdesk database. It was left untouched."
)
CORRUPT = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” is damaged (truncated or corrupt) and cannot be opened. It was left untouched; "
    "restore it from a backup copy.",
)
NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” was written by a newer version of ogpdesk (schema {revision}). "
    "Install the newer version to open it; the file was left untouched.",
)
IS_FOLDER = QT_TRANSLATE_NOOP("Errors", "“{path}” is a folder, not a database file.")
NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder of “{path}” does not exist.")
DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk is full: the last change was not saved. Free some space and try again."
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "The database cannot be written (read-only file or folder): the last change was not saved.",
)
DB_FAILED = QT_TRANSLATE_NOOP("Errors", "The database refused the change: {detail}")
NO_SERVER_DRIVER = QT_TRANSLATE_NOOP(
    "Errors",
    "The PostgreSQL driver is not installed: install ogpdesk with its server support "
    '(pip install "ogpdesk[postgresql]") to use “{server}”.',
)
WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors", "The server “{server}” refused the user name or password. Nothing was changed."
)
SERVER_DOWN = QT_TRANSLATE_NOOP(
    "Errors",
    "The server “{server}” cannot be reached (it is stopped, or the address or port is "
    "wrong). Nothing was changed.",
)
NO_TLS = QT_TRANSLATE_NOOP(
    "Errors",
    "The server “{server}” does not offer an encrypted (TLS) connection, which a server on "
    "the network must. Ask its administrator to turn TLS on. Nothing was sent.",
)
NO_DATABASE = QT_TRANSLATE_NOOP(
    "Errors",
    "The server has no database “{database}”. Ask its administrator to create it, then run "
    "“ogpdesk server init”.",
)
SERVER_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "The server “{server}” could not be used: {detail}. Nothing was changed."
)
IN_USE = QT_TRANSLATE_NOOP(
    "Errors",
    "The database is being changed by another ogpdesk window or program, for longer than "
    "{seconds} seconds: nothing was saved. Try again when it has finished.",
)
READ_ONLY_STORE = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” is open read-only (the file, its folder or its disk cannot be written): "
    "nothing can be changed. Copy it to a writable folder to work on it.",
)
READ_ONLY_OLD = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” was written by an older version of ogpdesk and must be upgraded, but it is "
    "read-only (file, folder or disk). Copy it to a writable folder and open the copy.",
)
DISK_FULL_OPEN = QT_TRANSLATE_NOOP(
    "Errors",
    "The disk holding “{path}” is full: the database cannot be opened. It was left untouched; "
    "free some space and try again.",
)
NO_SPACE_FOR_BACKUP = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” must be upgraded, but the disk has no room for the copy taken first "
    "({needed} MB needed, {free} MB free). Free some space and try again; nothing was changed.",
)
UNKNOWN_DATABASE = QT_TRANSLATE_NOOP(
    "Errors",
    "“{url}” is not a database ogpdesk can use: give a file name, or a URL beginning with "
    "sqlite:/// or postgresql://.",
)
NO_DRIVER = QT_TRANSLATE_NOOP(
    "Errors",
    "The database “{url}” needs a driver that is not installed ({driver}). Install it, or "
    "use a database file.",
)
CANNOT_CONNECT = QT_TRANSLATE_NOOP("Errors", "The database “{url}” cannot be reached: {detail}")
UPGRADE_FAILED = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” could not be upgraded to this version of ogpdesk ({detail}). It was left as it "
    "was; a copy taken before the upgrade is “{backup}”.",
)


@dataclass
class Store:
    """An open, migrated database and the way to get sessions on it."""

    engine: Engine
    url: str
    path: Path | None
    # Copy of the file taken before this opening upgraded it, if it did.
    backup: Path | None = None
    # The file, its folder or its disk cannot be written: reads only.
    read_only: bool = False
    # When every page of the file was last found sound (SQLite files only).
    checked_on: dt.date | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or entirely rolled back.

        It holds the write lock from its first statement (``BEGIN IMMEDIATE``), waiting for
        another writer up to ``BUSY_TIMEOUT``: what it reads is what it writes over.
        """
        if self.read_only:
            raise StoreError(READ_ONLY_STORE, path=str(self.path))
        with self.session() as session:
            try:
                session.connection(execution_options={WRITE: True})
                yield session
                session.commit()
            except DBAPIError as exc:
                session.rollback()
                raise database_error(exc) from exc
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
        if self.path is not None and self.checked_on is not None and not self.read_only:
            _remember_clean_close(self.path, self.checked_on)

    def defer_checkpoints(self) -> None:
        """Stop SQLite from copying its write-ahead log into the file inside a commit.

        It does so every thousand pages, and that commit then takes 20–50 ms: a capture line
        that waits. The window turns it off and calls ``checkpoint`` from a worker when the
        typist pauses. Only for SQLite; connections already open are reopened with it.
        """
        if self.engine.dialect.name != "sqlite":
            return
        event.listen(self.engine, "connect", _no_autocheckpoint)
        self.engine.dispose()

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file, waiting for no one (SQLite).

        On a connection of its own, closed at once, so that it may run from any thread, and
        after ``close`` opens nothing that stays open (nor creates a file that is gone).
        """
        if self.path is None or self.engine.dialect.name != "sqlite":
            return
        with closing(sqlite3.connect(f"{self.path.as_uri()}?mode=rw", uri=True)) as connection:
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)")


def _remember_user(dbapi_connection: Any, record: Any) -> None:
    # Rows name their author (``models.database_user``): the server's, not the URL's, user,
    # which a connection through a Unix socket may leave out.
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SELECT current_user")
        record.info[DATABASE_USER] = cursor.fetchone()[0]
    dbapi_connection.rollback()


def _replace_if_closed(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """Replace a pooled server connection that the server has closed, before it is used.

    A connection resting in the pool has nothing to read: when its socket is readable, the
    server has closed it or spoken unasked (a restart's farewell, an idle timeout), and the
    pool opens a fresh one. This costs no round trip, where ``pool_pre_ping`` sends one
    before every transaction — one of the dozen a capture line waits for on a busy server.
    """
    readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    if readable:
        raise DisconnectionError("the server closed the connection")


# Execution option of a connection whose transaction is to write (``BEGIN IMMEDIATE``).
WRITE = "ogpdesk_write"


def _no_autocheckpoint(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA wal_autocheckpoint=0")
    cursor.close()


def resolve(location: str | os.PathLike[str] | None) -> tuple[str, Path | None]:
    """The SQLAlchemy URL and, for SQLite files, the path, of ``--db`` / ``OGPDESK_DB``."""
    location = location or os.environ.get(ENV_VAR)
    if not location:
        path = paths.default_database()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}", path
    text = os.fspath(location)
    if "://" in text:
        if text.startswith("sqlite:///"):
            path = Path(text.removeprefix("sqlite:///"))
            return text, path
        for scheme in ("postgresql://", "postgres://", "postgresql+psycopg://"):
            if text.startswith(scheme):
                # SQLAlchemy's default PostgreSQL driver is psycopg2; ours is psycopg 3.
                return _require_tls("postgresql+psycopg://" + text.removeprefix(scheme)), None
        return text, None
    path = Path(text).expanduser().resolve()
    return f"sqlite:///{path}", path


# Hosts reached without the network: there, an unencrypted connection is acceptable.
LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})


def _require_tls(url: str) -> str:
    """A server URL that insists on TLS unless the server is on this machine.

    A URL that says how to use TLS (``sslmode``) is left as its author wrote it.
    """
    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host", ""))
    if "sslmode" in parsed.query or host in LOCAL_HOSTS or host.startswith("/"):
        return url
    return parsed.update_query_dict({"sslmode": "require"}).render_as_string(hide_password=False)


def open_store(location: str | os.PathLike[str] | None = None) -> Store:
    url, path = resolve(location)
    read_only = False
    checked_on = None
    if path is not None:
        checked_on = _check_sqlite_file(path)
        read_only = _read_only(path)
    if read_only and path is not None:
        return _open_read_only(url, path)
    debris = _Debris(path)
    if url.startswith("postgresql"):
        url = keychain.with_password(url)
    engine = _engine(url)
    try:
        if engine.dialect.name == "postgresql":
            _check_server(engine)
        backup = _migrate(engine, path)
    except DBAPIError as exc:
        engine.dispose()
        debris.clear()
        raise _opening_error(exc, url, path) from exc
    except BaseException:
        engine.dispose()
        debris.clear()
        raise
    search.keep_index_in_sync()
    if engine.dialect.name == "postgresql":
        notify.announce_changes()
    return Store(engine=engine, url=url, path=path, backup=backup, checked_on=checked_on)


def _read_only(path: Path) -> bool:
    """Whether SQLite could not write ``path`` or create its ``-wal`` beside it.

    ``access`` answers for the disk too: a read-only mount refuses even root.
    """
    if not path.exists():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _open_read_only(url: str, path: Path) -> Store:
    """``path`` opened for reading only, creating nothing beside it."""
    wal = path.with_name(f"{path.name}-wal")
    # Without a -wal file the main file is all there is: "immutable" reads it with no lock
    # and no -shm. A -wal left by a crash holds committed changes, read with it.
    options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    uri = f"{path.as_uri()}?{options}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect)
    try:
        with engine.connect() as connection:
            current = _stored_revision(connection)
    except DBAPIError as exc:
        engine.dispose()
        raise _opening_error(exc, url, path) from exc
    if current != head_revision():
        engine.dispose()
        raise StoreError(READ_ONLY_OLD, path=str(path))
    return Store(engine=engine, url=url, path=path, read_only=True)


class _Debris:
    """The files an opening may create beside the store, removed again if it fails.

    Only those that were not there before, and a ``-wal`` only while it is empty: a
    non-empty one holds committed changes.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.created: list[Path] = []
        if path is None:
            return
        for candidate in (path, *(path.with_name(f"{path.name}{s}") for s in ("-wal", "-shm"))):
            if not candidate.exists():
                self.created.append(candidate)

    def clear(self) -> None:
        new_store = self.path in self.created
        for created in self.created:
            try:
                if created.name.endswith("-wal") and created.stat().st_size and not new_store:
                    continue
                created.unlink()
            except OSError:
                continue


def _opening_error(exc: DBAPIError, url: str, path: Path | None) -> StoreError:
    """What to tell the user when the database fails while being opened or upgraded."""
    detail = _detail(exc)
    lowered = detail.lower()
    if path is not None and (
        "full" in lowered or ("disk i/o" in lowered and _disk_full(path.parent))
    ):
        return StoreError(DISK_FULL_OPEN, path=str(path))
    if "locked" in lowered or "busy" in lowered:
        return StoreError(IN_USE, seconds=BUSY_TIMEOUT)
    if path is None:
        return StoreError(CANNOT_CONNECT, url=_without_password(url), detail=detail)
    return database_error(exc)


def _disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _MIN_FREE
    except OSError:
        return False


# Below this, SQLite cannot create its 32 KiB shared-memory file and first log pages.
_MIN_FREE = 256 * 1024


def _detail(exc: BaseException) -> str:
    """A failure in a few words, never the SQL statement SQLAlchemy appends to its message."""
    original = getattr(exc, "orig", None)
    text = str(original if original is not None else exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _without_password(url: str) -> str:
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@functools.cache
def revisions() -> dict[str, str | None]:
    """Every migration's revision and the one it revises, read from the files' headers.

    Opening a store that is already at head needs only these names; Alembic (a third of a
    second to import, more to walk its scripts) is imported only to upgrade. A test checks
    that this reading agrees with Alembic's own.
    """
    found: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = script.read_text("utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is not None and down is not None:
            found[revision.group(1)] = down.group(1)
    return found


def head_revision() -> str:
    """The revision no other migration revises (a test keeps it the only one)."""
    known = revisions()
    revised = set(known.values())
    (head,) = (revision for revision in known if revision not in revised)
    return head


def database_error(exc: DBAPIError) -> StoreError:
    """The user's words for a failure of SQLite or the server during a write."""
    detail = _detail(exc)
    lowered = detail.lower()
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return StoreError(DISK_FULL)
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError(READ_ONLY)
    if "database is locked" in lowered or "database is busy" in lowered:
        return StoreError(IN_USE, seconds=BUSY_TIMEOUT)
    return StoreError(DB_FAILED, detail=detail)


def _engine(url: str) -> Engine:
    if url.startswith("postgresql"):
        try:
            import psycopg  # noqa: F401
        except ImportError:
            shown = make_url(url).render_as_string(hide_password=True)
            raise StoreError(NO_SERVER_DRIVER, server=shown) from None
        # A server that does not answer is reported within seconds, not minutes.
        server = create_engine(url, connect_args={"connect_timeout": 5})
        event.listen(server, "connect", _remember_user)
        event.listen(server, "checkout", _replace_if_closed)
        return server
    try:
        if not url.startswith("sqlite"):
            return create_engine(url, pool_pre_ping=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT}
        )
    except ArgumentError as exc:
        raise StoreError(UNKNOWN_DATABASE, url=_without_password(url)) from exc
    except ImportError as exc:
        driver = exc.name or _detail(exc)
        raise StoreError(NO_DRIVER, url=_without_password(url), driver=driver) from exc

    @event.listens_for(engine, "connect")
    def _tune(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite begins transactions itself, late and always DEFERRED; let SQLAlchemy's
        # "begin" event below do it (SQLAlchemy's documented recipe for SQLite).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _check_sqlite_file(path: Path) -> dt.date:
    """Refuse a file that we must not touch, reading it only, before any engine opens it.

    Returns the day its every page was last found sound: today if they were read now.
    """
    if path.is_dir():
        raise StoreError(IS_FOLDER, path=str(path))
    if not path.parent.is_dir():
        raise StoreError(NO_FOLDER, path=str(path))
    today = dt.date.today()
    if not path.exists() or path.stat().st_size == 0:
        return today
    with path.open("rb") as handle:
        header = handle.read(100)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise StoreError(NOT_SQLITE, path=str(path))
    # A read-only connection to a WAL database still creates -wal and -shm files beside it.
    # With no -wal file there is nothing but the main file to read: open it as immutable,
    # which creates nothing. A -wal file left by a crash holds committed changes: read it.
    wal = path.with_name(f"{path.name}-wal")
    # With a log left, the pages it holds may be the ones missing from the file.
    if not wal.exists() and _cut_short(header, path.stat().st_size):
        raise StoreError(CORRUPT, path=str(path))
    checked_on = _checked_since_clean_close(path)
    options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?{options}", uri=True)) as connection:
            sound = checked_on is not None or _every_page_sound(connection)
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise StoreError(CORRUPT, path=str(path)) from exc
    if not sound:
        raise StoreError(CORRUPT, path=str(path))
    if tables and revision is None:
        raise StoreError(NOT_OURS, path=str(path))
    if revision is not None and revision not in revisions():
        # Another program's Alembic database is not a newer ogpdesk's.
        if not _OUR_REVISION.match(revision) or "meeting" not in tables:
            raise StoreError(NOT_OURS, path=str(path))
        raise StoreError(NEWER, path=str(path), revision=revision)
    return checked_on or today


def _every_page_sound(connection: sqlite3.Connection) -> bool:
    row = connection.execute("PRAGMA quick_check").fetchone()
    return bool(row) and row[0] == "ok"


def _cut_short(header: bytes, size: int) -> bool:
    """Whether the file is shorter than the pages its header counts (a copy cut short).

    The count is valid only when written by the same change as the counter beside it
    (SQLite's rule, file format §1.3.7); a file holding less than its first page is cut.
    """
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    return size < page_size or (valid and size < pages * page_size)


def _check_record(path: Path) -> Path:
    """Where the state of ``path`` at its last clean close is kept (one small file each)."""
    name = f"{zlib.crc32(str(path).encode()):08x}.json"
    return paths.user_cache_dir() / "checked" / name


def _checked_since_clean_close(path: Path) -> dt.date | None:
    """The day ``path`` was last found sound, if nothing can have damaged it since.

    That is: ogpdesk closed it cleanly (no write-ahead log left), it is byte for byte the
    size and modification time it had then, and that check is less than ``CHECK_EVERY`` old.
    """
    if path.with_name(f"{path.name}-wal").exists():
        return None
    try:
        kept = json.loads(_check_record(path).read_text("utf-8"))
        stat = path.stat()
        checked_on = dt.date.fromisoformat(kept["checked_on"])
        same = (kept["path"], kept["size"], kept["mtime_ns"]) == (
            str(path),
            stat.st_size,
            stat.st_mtime_ns,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not same or not dt.timedelta(0) <= dt.date.today() - checked_on < CHECK_EVERY:
        return None
    return checked_on


def _remember_clean_close(path: Path, checked_on: dt.date) -> None:
    """Note the file as ogpdesk leaves it, unless it is still in use (its log still there)."""
    if path.with_name(f"{path.name}-wal").exists():
        return
    record = _check_record(path)
    partial = record.with_name(f"{record.name}.{os.getpid()}.partial")
    try:
        stat = path.stat()
        kept = {
            "path": str(path),
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
            "checked_on": checked_on.isoformat(),
        }
        record.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(kept), "utf-8")
        os.replace(partial, record)
    except OSError:
        # Not noted: the next opening checks the whole file, which costs only time.
        partial.unlink(missing_ok=True)
        return
    _forget_old_records(record.parent)


def _forget_old_records(folder: Path) -> None:
    """Remove the records no opening would trust any more (older than ``CHECK_EVERY``): one
    is left per file ever closed, and a user's old copies and backups would pile up."""
    oldest = dt.datetime.now().timestamp() - CHECK_EVERY.total_seconds()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.stat().st_mtime < oldest:
                os.unlink(entry.path)
        except OSError:
            # Another ogpdesk removed it first, or it cannot be: it costs nothing to keep.
            continue


def _stored_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, as Alembic keeps it, without Alembic."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _check_server(engine: Engine) -> None:
    """Refuse, before writing anything, a server we cannot use or a database not ours."""
    server = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = _stored_revision(connection)
    except OperationalError as exc:
        raise _connection_error(exc, engine) from exc
    if tables and "alembic_version" not in tables:
        raise StoreError(NOT_OURS, path=server)
    if revision is not None and revision not in revisions():
        raise StoreError(NEWER, path=server, revision=revision)


def _connection_error(exc: OperationalError, engine: Engine) -> StoreError:
    """The user's words for a server that refused to open a session."""
    server = f"{engine.url.host or 'localhost'}:{engine.url.port or 5432}"
    detail = str(exc.orig).strip()
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return StoreError(WRONG_PASSWORD, server=server)
    if "server does not support ssl" in lowered or "ssl was required" in lowered:
        return StoreError(NO_TLS, server=server)
    if "database" in lowered and "does not exist" in lowered:
        return StoreError(NO_DATABASE, database=engine.url.database)
    if any(
        words in lowered
        for words in ("connection refused", "could not connect", "timeout expired", "no such file")
    ):
        return StoreError(SERVER_DOWN, server=server)
    return StoreError(SERVER_FAILED, server=server, detail=detail.splitlines()[0])


def _migrate(engine: Engine, path: Path | None) -> Path | None:
    head = head_revision()
    with engine.connect() as connection:
        current = _stored_revision(connection)
    if current == head:
        return None
    from alembic import command

    config = alembic_config()
    backup = None
    # The write lock first, waited for like any write: the copy is then of the very state
    # upgraded, and a store in use makes no copy at all. The DDL runs in that one
    # transaction, so a failed upgrade rolls back whole.
    with engine.connect().execution_options(**{WRITE: True}) as connection, connection.begin():
        if current is not None and path is not None:
            backup = _backup(path, current)
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        except Exception as exc:
            if backup is None:
                raise
            raise StoreError(
                UPGRADE_FAILED, path=str(path), backup=str(backup), detail=_detail(exc)
            ) from exc
    return backup


def _backup(path: Path, revision: str) -> Path:
    """A copy of ``path`` beside it, complete or not there at all.

    Written under a temporary name and renamed when complete; refused before it starts when
    the disk has not room for it.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{revision}-{stamp}.bak")
    partial = target.with_name(f".{target.name}.partial")
    wal = path.with_name(f"{path.name}-wal")
    needed = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    free = shutil.disk_usage(path.parent).free
    if free < needed + _MIN_FREE:
        raise StoreError(
            NO_SPACE_FOR_BACKUP,
            path=str(path),
            needed=max(1, round(needed / 2**20)),
            free=round(free / 2**20),
        )
    try:
        with (
            closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as source,
            closing(sqlite3.connect(partial)) as copy,
        ):
            source.backup(copy)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        if _disk_full(path.parent):
            raise StoreError(DISK_FULL_OPEN, path=str(path)) from exc
        raise StoreError(UPGRADE_FAILED, path=str(path), backup="—", detail=str(exc)) from exc
    return target
