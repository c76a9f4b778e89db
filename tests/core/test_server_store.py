"""Opening a store on a PostgreSQL server: what is refused, with which words, changing nothing."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, inspect, make_url, text

from ogpdesk.core import capture
from ogpdesk.core.errors import StoreError
from ogpdesk.core.meetings import create_meeting, get_meeting
from ogpdesk.core.store import head_revision, open_store, resolve


@pytest.fixture
def empty_database(pg_server) -> Iterator[str]:
    name = f"e_{uuid.uuid4().hex[:12]}"
    pg_server.sql(f"CREATE DATABASE {name}")
    yield pg_server.url(name)
    pg_server.sql(f"DROP DATABASE {name} WITH (FORCE)")


def _tables(url: str) -> set[str]:
    engine = create_engine(resolve(url)[0])
    try:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_user_types_postgresql_and_gets_psycopg_3() -> None:
    assert resolve("postgresql://secretaire@127.0.0.1/kef")[0] == (
        "postgresql+psycopg://secretaire@127.0.0.1/kef"
    )


@pytest.mark.parametrize(
    ("typed", "tls"),
    [
        ("postgresql://secretaire@mairie.example.tn/kef", True),
        ("postgresql://secretaire@10.0.0.12:5433/kef", True),
        ("postgresql://secretaire@localhost/kef", False),
        ("postgresql://secretaire@127.0.0.1/kef", False),
        ("postgresql:///kef?host=/var/run/postgresql", False),
        ("postgresql://secretaire@mairie.example.tn/kef?sslmode=verify-full", False),
    ],
)
def test_a_server_on_the_network_must_offer_tls(typed: str, tls: bool) -> None:
    assert ("sslmode=require" in resolve(typed)[0]) is tls


def test_server_init_creates_the_schema_of_an_empty_database(empty_database: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ogpdesk.cli", "--db", empty_database, "server", "init"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"schema {head_revision()} ready" in done.stdout
    assert "ogpdesk-test" not in done.stdout  # the password is never printed
    assert {"meeting", "intervention", "search_entry", "alembic_version"} <= _tables(empty_database)


def test_a_wrong_password_is_refused(pg_server) -> None:
    url = pg_server.url().replace("ogpdesk-test", "not-the-password")
    with pytest.raises(StoreError, match="refused the user name or password"):
        open_store(url)


def test_a_server_that_is_down_is_refused_at_once() -> None:
    with pytest.raises(StoreError, match="cannot be reached") as refused:
        open_store(f"postgresql://ogpdesk:x@127.0.0.1:{_free_port()}/kef")
    # In the user's language, as every refusal here.
    assert "est injoignable" in refused.value.message("fr")
    assert "تعذّر الوصول إلى الخادم" in refused.value.message("ar")


def test_tls_required_but_not_offered_is_refused(pg_server) -> None:
    with pytest.raises(StoreError, match="does not offer an encrypted"):
        open_store(pg_server.url() + "?sslmode=require")


def test_a_missing_database_is_named(pg_server) -> None:
    with pytest.raises(StoreError, match="no database “nowhere”"):
        open_store(pg_server.url("nowhere"))


def test_a_database_of_another_program_is_refused_and_left_as_it_was(
    empty_database: str,
) -> None:
    engine = create_engine(resolve(empty_database)[0])
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total INTEGER)"))
        connection.execute(text("INSERT INTO invoice VALUES (1, 250)"))
    engine.dispose()
    with pytest.raises(StoreError, match="not an ogpdesk database"):
        open_store(empty_database)
    assert _tables(empty_database) == {"invoice"}


def test_a_schema_from_a_newer_ogpdesk_is_refused_and_left_as_it_was(pg_database: str) -> None:
    engine = create_engine(resolve(pg_database)[0])
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer version of ogpdesk"):
        open_store(pg_database)
    engine = create_engine(resolve(pg_database)[0])
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999"
        )
    engine.dispose()


def test_without_the_driver_the_message_says_what_to_install() -> None:
    # A Python where psycopg cannot be imported, as after a plain "pip install ogpdesk".
    script = (
        "import sys\n"
        "sys.modules['psycopg'] = None\n"
        "from ogpdesk.cli import main\n"
        "sys.exit(main(['--db', 'postgresql://u@127.0.0.1/kef', 'meetings']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert 'pip install "ogpdesk[postgresql]"' in done.stderr


def test_a_connection_the_server_closed_is_replaced_before_a_capture_uses_it(
    pg_server, pg_database: str
) -> None:
    # No ping before each transaction: a pooled connection the server has since closed (a
    # restart, an administrator, an idle timeout) is noticed from its socket and replaced.
    store = open_store(pg_database)
    try:
        with store.transaction() as session:
            meeting = create_meeting(session, title="Séance", date=dt.date(2025, 1, 8))
        name = make_url(pg_database).database
        pg_server.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _sessions(pg_server, name):
            time.sleep(0.02)
        with store.transaction() as session:
            capture.add_intervention(session, get_meeting(session, meeting.id), "Premier point")
        with store.session() as session:
            assert get_meeting(session, meeting.id).item_counter == 1
    finally:
        store.close()


def _sessions(pg_server, database: str) -> int:
    import psycopg

    with psycopg.connect(
        host=str(pg_server.folder), port=pg_server.port, user="ogpdesk", dbname="postgres"
    ) as connection:
        row = connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (database,)
        ).fetchone()
        return int(row[0]) if row else 0
