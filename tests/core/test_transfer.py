"""``copy_store``: a whole store moved SQLite → PostgreSQL → SQLite comes back identical."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text

from ogpdesk.core.demo import load_demo
from ogpdesk.core.errors import StoreError
from ogpdesk.core.models import Base, Meeting
from ogpdesk.core.search import search
from ogpdesk.core.store import Store, open_store
from ogpdesk.core.transfer import copy_store, table_sums


def every_row(location: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, as the back end returns it, in a stable order."""
    opened = open_store(location)
    try:
        with opened.engine.connect() as connection:
            return {
                table.name: sorted(
                    (tuple(row) for row in connection.execute(select(table))), key=repr
                )
                for table in Base.metadata.sorted_tables
            }
    finally:
        opened.close()


@pytest.fixture
def demo(new_database: Callable[..., str]) -> str:
    location = new_database("demo", backend="sqlite")
    opened = open_store(location)
    with opened.transaction() as session:
        load_demo(session)
    opened.close()
    return location


def test_sqlite_to_postgresql_and_back_gives_the_same_store(
    demo: str, pg_database: str, tmp_path: Path
) -> None:
    there = copy_store(demo, pg_database)
    assert there.rows > 300
    back = str(tmp_path / "back.sqlite3")
    again = copy_store(pg_database, back)
    assert again.tables == there.tables
    original = every_row(demo)
    assert every_row(back) == original
    assert all(original[name] for name in ("meeting", "participant", "recommendation"))
    # The server holds the same rows too, and its search index was built from them.
    server = open_store(pg_database)
    try:
        with server.engine.connect() as connection:
            assert table_sums(connection) == there.tables
        with server.session() as session:
            assert {h.id for h in search(session, "Kairouan")} == {
                h.id for h in _search(demo, "Kairouan")
            }
    finally:
        server.close()


def _search(location: str, query: str) -> list:
    opened = open_store(location)
    try:
        with opened.session() as session:
            return search(session, query)
    finally:
        opened.close()


@pytest.mark.parametrize("direction", ["to the server", "from the server"])
def test_a_copy_into_a_store_with_records_is_refused_and_changes_nothing(
    demo: str, pg_database: str, tmp_path: Path, direction: str
) -> None:
    other = str(tmp_path / "other.sqlite3")
    if direction == "to the server":
        source, target = other, pg_database
        copy_store(demo, pg_database)
    else:
        source, target = pg_database, demo
    before = every_row(target)
    with pytest.raises(StoreError, match="already holds records"):
        copy_store(source, target)
    assert every_row(target) == before


def test_a_copy_onto_itself_is_refused(demo: str) -> None:
    with pytest.raises(StoreError, match="same store"):
        copy_store(demo, demo)


def test_a_copy_that_fails_midway_leaves_the_target_empty(demo: str, pg_database: str) -> None:
    # A title longer than its column: SQLite keeps it, the server refuses it, and the rows
    # copied before it must go too.
    opened = open_store(demo)
    with opened.transaction() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.date.desc())).first()
        assert meeting is not None
        session.execute(
            text("UPDATE meeting SET title = :long WHERE id = :id"),
            {"long": "x" * 400, "id": meeting.id},
        )
    opened.close()
    with pytest.raises(StoreError):
        copy_store(demo, pg_database)
    target: Store = open_store(pg_database)
    try:
        with target.engine.connect() as connection:
            assert all(table.rows == 0 for table in table_sums(connection).values())
    finally:
        target.close()
