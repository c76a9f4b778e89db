"""Moving a whole store between SQLite and a PostgreSQL server, in either direction.

``copy_store`` reads every table of the source and writes it into an empty target of the
same schema, in one transaction on the target: the rows are compared afterwards, table by
table, by count and by a checksum of every value (read back from the target, inside the same
transaction), and any difference rolls the whole copy back. A target that already holds
records is refused before anything is written, so a copy can never mix two stores.

The search index is not copied: it is rebuilt on the target from the copied records, as the
two back ends keep it in different forms.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select

from ogpdesk.core import search
from ogpdesk.core.errors import StoreError
from ogpdesk.core.models import Base
from ogpdesk.core.store import Store, open_store, resolve
from ogpdesk.i18n import QT_TRANSLATE_NOOP

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors",
    "The target “{target}” already holds records ({count} in “{table}”): a copy goes only "
    "into an empty store. Nothing was copied.",
)
MISMATCH = QT_TRANSLATE_NOOP(
    "Errors",
    "The copy of table “{table}” does not match its source ({detail}); it was rolled back "
    "and “{target}” was left as it was.",
)
SAME_STORE = QT_TRANSLATE_NOOP("Errors", "The source and the target are the same store.")
# Rows written per statement: large enough to be quick, small enough for any server's limits.
BATCH = 1000


@dataclass(frozen=True)
class TableSum:
    """What a table holds, in a form two back ends can compare."""

    rows: int
    checksum: str


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    tables: dict[str, TableSum]

    @property
    def rows(self) -> int:
        return sum(table.rows for table in self.tables.values())


def copy_store(source: str, target: str) -> CopyReport:
    """Copy every record of ``source`` into the empty store ``target`` and verify it."""
    origin = open_store(source)
    try:
        if origin.url == resolve(target)[0]:
            raise StoreError(SAME_STORE)
        destination = open_store(target)
        try:
            return _copy(origin, destination)
        finally:
            destination.close()
    finally:
        origin.close()


def table_sums(connection: Connection) -> dict[str, TableSum]:
    """Count and checksum of every table of the models."""
    return {table.name: _sum(connection, table) for table in Base.metadata.sorted_tables}


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A table that refers to itself (an institution's parent) written parents first, so
    each row's reference exists when it is inserted."""
    references = [
        (key.parent.name, key.column.name)
        for key in table.foreign_keys
        if key.column.table is table
    ]
    if not references:
        return rows
    parent_column, key_column = references[0]
    by_key = {row[key_column]: row for row in rows}
    placed: set[object] = set()
    ordered: list[dict[str, Any]] = []

    def place(row: dict[str, Any]) -> None:
        if row[key_column] in placed:
            return
        placed.add(row[key_column])
        parent = by_key.get(row[parent_column])
        if parent is not None:
            place(parent)
        ordered.append(row)

    for row in rows:
        place(row)
    return ordered


def _copy(origin: Store, destination: Store) -> CopyReport:
    with destination.transaction() as session:
        written = session.connection()
        for table in Base.metadata.sorted_tables:
            count = written.execute(select(func.count()).select_from(table)).scalar_one()
            if count:
                raise StoreError(
                    NOT_EMPTY, target=_shown(destination), table=table.name, count=count
                )
        with origin.engine.connect() as read:
            for table in Base.metadata.sorted_tables:
                batch = []
                rows = read.execute(select(table).order_by(*table.primary_key.columns))
                for row in _parents_first(table, [row._asdict() for row in rows]):
                    batch.append(row)
                    if len(batch) == BATCH:
                        written.execute(insert(table), batch)
                        batch = []
                if batch:
                    written.execute(insert(table), batch)
            expected = table_sums(read)
        found = table_sums(written)
        for name, wanted in expected.items():
            got = found[name]
            if got != wanted:
                detail = (
                    f"{got.rows} rows instead of {wanted.rows}"
                    if got.rows != wanted.rows
                    else "checksum"
                )
                raise StoreError(MISMATCH, table=name, detail=detail, target=_shown(destination))
        search.rebuild_index(session)
    return CopyReport(source=_shown(origin), target=_shown(destination), tables=expected)


def _sum(connection: Connection, table: Table) -> TableSum:
    # Sorted here rather than by the database: a server's collation may order keys otherwise.
    lines = sorted(
        "\x1f".join(_canonical(value) for value in row) for row in connection.execute(select(table))
    )
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode())
        digest.update(b"\x1e")
    return TableSum(rows=len(lines), checksum=digest.hexdigest())


def _canonical(value: object) -> str:
    """One spelling of a value whichever back end returned it."""
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _shown(store: Store) -> str:
    """The store as the user named it, without a password."""
    if store.path is not None:
        return str(store.path)
    return store.engine.url.render_as_string(hide_password=True)
