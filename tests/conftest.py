"""Shared fixtures. Tests run headless; a test never makes its own QApplication.

The store of the core, command-line and document tests is opened on both back ends: a
SQLite file and a database on a real PostgreSQL server that this run starts itself (see
``LocalServer``). Tests that are about SQLite's file itself carry ``@pytest.mark.sqlite_only``.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OGPDESK_LANG", "en")

from ogpdesk.core.store import Store, open_store

DATA = Path(__file__).parent / "data"
TESTS = Path(__file__).parent
# Test modules whose store runs on both back ends: the core, command-line and document tests
# checked on PostgreSQL so far (the window's tests stay on SQLite). A module joins once it
# passes there, its tests about SQLite's file itself marked ``sqlite_only``.
BOTH_BACKENDS = frozenset(
    {
        "core/test_attendance.py",
        "core/test_authors.py",
        "core/test_bundle.py",
        "core/test_capture.py",
        "core/test_cocreation.py",
        "core/test_commitments.py",
        "core/test_demo.py",
        "core/test_drafts.py",
        "core/test_import_fuzz.py",
        "core/test_import_refusals.py",
        "core/test_meetings.py",
        "core/test_merge.py",
        "core/test_migrations.py",
        "core/test_notes.py",
        "core/test_participants.py",
        "core/test_people.py",
        "core/test_progress.py",
        "core/test_proposals.py",
        "core/test_recommendations.py",
        "core/test_search.py",
        "core/test_shared_server.py",
        "core/test_speakers.py",
        "core/test_store.py",
        "core/test_timeline.py",
        "cli/test_cli_errors.py",
        "cli/test_exchange_cli.py",
        "cli/test_import.py",
        "documents/test_actions.py",
        "documents/test_content_languages.py",
        "documents/test_docx.py",
        "documents/test_export.py",
        "documents/test_export_hardening.py",
        "documents/test_pdf.py",
        "documents/test_period.py",
        "documents/test_progress.py",
        "documents/test_site.py",
        "documents/test_xlsx.py",
    }
)
# Modules of the core, command-line and document tests whose store stays on SQLite, and why:
# - core/test_backup.py, cli/test_backup_cli.py: backups are SQLite's online copy of a file (a
#   server's store is refused there, tested; its administrator backs the server up);
# - core/test_store_medium.py: SQLite's file on its disk (read-only and full disks, its lock);
# - core/test_merge_stateful.py: Hypothesis makes three stores per example, a database each on
#   a server (minutes); test_merge.py runs the exchanges with the plenary on the server;
# - core/test_search_backends.py, core/test_search_results.py: search, compared across back
#   ends by those modules themselves.
BACKENDS = ("sqlite", "postgresql")
# The password of the server's only role; connections over TCP must give it.
PASSWORD = "ogpdesk-test"


@dataclass
class LocalServer:
    """A throwaway PostgreSQL server in a temporary folder, for this test run only.

    ``initdb`` and ``pg_ctl`` refuse to run as root, so as root they run as the ``postgres``
    user on a folder it owns. The server listens on 127.0.0.1 on a free port (password
    required) and on a Unix socket in the folder (trusted); durability is off, as nothing
    here needs to survive a crash and every commit would otherwise wait for the disk.
    """

    folder: Path
    port: int
    bin: Path
    user: str | None

    @classmethod
    def start(cls) -> LocalServer:
        binaries = _postgres_binaries()
        if binaries is None:
            pytest.skip(
                "PostgreSQL is not installed (scripts/system-deps installs Debian's postgresql)"
            )
        user = "postgres" if os.geteuid() == 0 else None
        folder = Path(tempfile.mkdtemp(prefix="ogpdesk-pg-"))
        if user is not None:
            entry = pwd.getpwnam(user)
            os.chown(folder, entry.pw_uid, entry.pw_gid)
        server = cls(folder=folder, port=_free_port(), bin=binaries, user=user)
        (folder / "pw").write_text(PASSWORD)
        if user is not None:
            os.chown(folder / "pw", entry.pw_uid, entry.pw_gid)
        server._run(
            "initdb",
            "-D",
            str(folder / "data"),
            "-U",
            "ogpdesk",
            "--pwfile",
            str(folder / "pw"),
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        options = (
            f"-k {folder} -c listen_addresses=127.0.0.1 -p {server.port} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
            "-c track_commit_timestamp=on"
        )
        try:
            server._run(
                "pg_ctl", "start", "-w", "-D", str(folder / "data"), "-l", str(folder / "log"),
                "-o", options,
            )  # fmt: skip
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return server

    def url(self, database: str = "postgres", *, password: bool = True) -> str:
        secret = f":{PASSWORD}" if password else ""
        return f"postgresql+psycopg://ogpdesk{secret}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser, outside a transaction (CREATE DATABASE)."""
        import psycopg

        with psycopg.connect(
            host=str(self.folder), port=self.port, user="ogpdesk", dbname=database,
            autocommit=True,
        ) as connection:  # fmt: skip
            connection.execute(statement)  # type: ignore[arg-type]

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "stop", "-m", "immediate", "-D", str(self.folder / "data"))
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [str(self.bin / program), *args],
            check=True,
            capture_output=True,
            user=self.user,
            cwd=self.folder,
            timeout=120,
        )


def _postgres_binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def pg_server() -> Iterator[LocalServer]:
    server = LocalServer.start()
    # A run ended by SIGTERM (a CI timeout) unwinds as Ctrl+C does, so the server stops too.
    previous = signal.getsignal(signal.SIGTERM)
    if previous is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        yield server
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)


@pytest.fixture(scope="session")
def pg_template(pg_server: LocalServer) -> str:
    """A database migrated once; each test gets a copy of it (much faster than migrating)."""
    pg_server.sql("CREATE DATABASE ogpdesk_template")
    open_store(pg_server.url("ogpdesk_template")).close()
    return "ogpdesk_template"


@pytest.fixture
def pg_database(pg_server: LocalServer, pg_template: str) -> Iterator[str]:
    """The URL of a fresh, migrated database of its own on the test server."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_server.sql(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield pg_server.url(name)
    pg_server.sql(f"DROP DATABASE {name} WITH (FORCE)")


NewDatabase = Callable[..., str]


@pytest.fixture
def new_database(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[NewDatabase]:
    """Makes fresh, migrated stores for a test that needs several (laptops and a server).

    ``new_database("table1")`` is on the test's back end, ``new_database("table1",
    backend="sqlite")`` on the one named: a SQLite file's path or a server database's URL.
    Copies of a store migrated once; the server's databases are dropped at the end.
    """
    made: list[str] = []

    def make(name: str, *, backend: str = backend) -> str:
        if backend == "postgresql":
            server: LocalServer = request.getfixturevalue("pg_server")
            database = f"t_{uuid.uuid4().hex[:12]}"
            server.sql(
                f"CREATE DATABASE {database} TEMPLATE {request.getfixturevalue('pg_template')}"
            )
            made.append(database)
            return server.url(database)
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return str(path)

    yield make
    if made:
        server = request.getfixturevalue("pg_server")
        for database in made:
            server.sql(f"DROP DATABASE {database} WITH (FORCE)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about SQLite's file itself; not run against PostgreSQL"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    module = Path(str(metafunc.definition.path)).relative_to(TESTS).as_posix()
    if module in BOTH_BACKENDS and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store migrated once; each test gets a copy (migrating takes longer)."""
    path = tmp_path_factory.mktemp("template") / "ogpdesk.sqlite3"
    open_store(path).close()
    return path


@pytest.fixture
def database(new_database: NewDatabase) -> str:
    """Where a fresh, migrated store is: a SQLite file's path or a server database's URL."""
    return new_database("ogpdesk")


@pytest.fixture
def store(database: str) -> Iterator[Store]:
    """A fresh, migrated store in its own file or server database."""
    opened = open_store(database)
    yield opened
    opened.close()


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data, settings and state folders, for the test and for every program it
    starts, in a folder of the test's own (not in ``tmp_path``, whose contents tests list):
    the bug log of a command that failed, backups, drafts and the journal of temporaries
    never land in — nor are read from — the folders of whoever runs the tests."""
    home = tmp_path_factory.mktemp("user")
    for kind in ("DATA", "CONFIG", "STATE"):
        monkeypatch.setenv(f"XDG_{kind}_HOME", str(home / kind.lower()))
    return home


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
