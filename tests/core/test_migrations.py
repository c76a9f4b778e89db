"""Migrations: an older file opens, is upgraded with its records intact, after a backup.

``tests/data/store_rev0001.sqlite3`` is a file as the first release wrote it, made by
``write_rev0001`` below (``python tests/core/test_migrations.py`` writes it again). The rows
go in through plain SQL on the columns of revision 0001, not through today's models, so the
file stays what revision 0001 wrote however the models change.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from ogpdesk.core.errors import StoreError
from ogpdesk.core.models import Base
from ogpdesk.core.search import HitKind, search
from ogpdesk.core.store import Store, alembic_config, head_revision, open_store

DATA = Path(__file__).resolve().parents[1] / "data"
REV0001 = DATA / "store_rev0001.sqlite3"

MEETING = "6f1c2d3e-0001-4000-8000-000000000001"
AGENDA = "6f1c2d3e-0002-4000-8000-000000000002"
AHMED = "6f1c2d3e-0003-4000-8000-000000000003"
LEILA = "6f1c2d3e-0004-4000-8000-000000000004"
SPOKEN_AR = "6f1c2d3e-0005-4000-8000-000000000005"
SPOKEN_FR = "6f1c2d3e-0006-4000-8000-000000000006"
SPOKEN_UNDONE = "6f1c2d3e-0007-4000-8000-000000000007"
RECOMMENDATION = "6f1c2d3e-0008-4000-8000-000000000008"
STAMP = "2016-03-22 10:15:00.000000"

ROWS: dict[str, list[dict[str, Any]]] = {
    "meeting": [
        {
            "id": MEETING,
            "title": "Séance de sensibilisation à la planification stratégique — Kairouan",
            "title_ar": "يوم تحسيسي حول التخطيط الاستراتيجي للمدن — القيروان",
            "kind": "awareness_session",
            "date": "2016-03-22",
            "city": "Kairouan",
            "languages": "ar,fr",
            "status": "closed",
            "item_counter": 5,
        }
    ],
    "participant": [
        {"id": AHMED, "full_name": "أحمد (sample name)", "organisation": "بلدية القيروان"},
        {"id": LEILA, "full_name": "Sample Person Leila", "organisation": "KTC Sfax"},
    ],
    "attendance": [
        {"id": f"{AHMED[:-1]}a", "meeting_id": MEETING, "participant_id": AHMED},
        {"id": f"{LEILA[:-1]}a", "meeting_id": MEETING, "participant_id": LEILA},
    ],
    "agenda_item": [
        {
            "id": AGENDA,
            "meeting_id": MEETING,
            "position": 1,
            "number": 1,
            "title": "Débat : l'expérience de Sousse et de Sfax",
            "kind": "debate",
        }
    ],
    "intervention": [
        {
            "id": SPOKEN_AR,
            "meeting_id": MEETING,
            "agenda_item_id": AGENDA,
            "participant_id": AHMED,
            "position": 2,
            "speaker_name": "أحمد (sample name)",
            "summary": "لا بدّ من الْمُشَارَكَةُ الفعلية للمجتمع المدني في إعداد استراتيجية المدينة",
        },
        {
            "id": SPOKEN_FR,
            "meeting_id": MEETING,
            "agenda_item_id": AGENDA,
            "participant_id": LEILA,
            "position": 3,
            "speaker_name": "Sample Person Leila",
            "summary": "Diffuser cette expérience auprès des petites communes de la région",
        },
        {
            "id": SPOKEN_UNDONE,
            "meeting_id": MEETING,
            "agenda_item_id": AGENDA,
            "position": 4,
            "summary": "Ligne annulée par la secrétaire (Ctrl+Z)",
            "deleted": 1,
        },
    ],
    "recommendation": [
        {
            "id": RECOMMENDATION,
            "meeting_id": MEETING,
            "agenda_item_id": AGENDA,
            "position": 5,
            "number": 1,
            "text": "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني",
            "translation": "Adopter une approche participative entre la municipalité, "
            "les administrations et la société civile",
            "status": "proposed",
        }
    ],
    "recommendation_source": [{"recommendation_id": RECOMMENDATION, "intervention_id": SPOKEN_AR}],
}
RECORD_DEFAULTS = {"created_at": STAMP, "updated_at": STAMP, "deleted": 0}
DEFAULTS = {
    "participant": {"sample": 1},
    "attendance": {"status": "present"},
}


def write_rev0001(path: Path) -> Path:
    """A WAL database at revision 0001, built by migration 0001, holding ``ROWS``."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            # Small pages keep the committed file small; the page size must precede WAL.
            connection.exec_driver_sql("PRAGMA page_size=1024")
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
            for table, rows in ROWS.items():
                for row in rows:
                    if table != "recommendation_source":
                        row = {**RECORD_DEFAULTS, **DEFAULTS.get(table, {}), **row}
                    columns = ", ".join(row)
                    values = ", ".join(f":{name}" for name in row)
                    connection.execute(
                        text(f"INSERT INTO {table} ({columns}) VALUES ({values})"), row
                    )
    finally:
        engine.dispose()
    return path


def revision_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def tables_of(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}


# Columns of 0001 that a later revision moved elsewhere (0005: to text_ar/_fr/_en).
MOVED = {("recommendation", "translation"), ("decision", "translation")}


@functools.cache
def columns_0001(table: str) -> tuple[str, ...]:
    with closing(sqlite3.connect(REV0001)) as connection:
        columns = (row[1] for row in connection.execute(f"PRAGMA table_info({table})"))
        return tuple(c for c in columns if (table, c) not in MOVED)


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables revision 0001 had, in its 0001 columns, in a stable order."""
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: sorted(
                connection.execute(f"SELECT {', '.join(columns_0001(table))} FROM {table}"),
                key=repr,
            )
            for table in ROWS
        }


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(params=["committed", "generated"])
def old_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A database at revision 0001: the committed file (copied), or one written now."""
    path = tmp_path / "kairouan-2016.sqlite3"
    if request.param == "committed":
        shutil.copyfile(REV0001, path)
        return path
    return write_rev0001(path)


def test_the_committed_file_is_what_write_rev0001_writes(tmp_path: Path) -> None:
    fresh = write_rev0001(tmp_path / "fresh.sqlite3")
    assert revision_of(REV0001) == "0001"
    assert dump(REV0001) == dump(fresh)


def test_an_old_database_is_upgraded_with_its_records_intact(old_file: Path) -> None:
    before = dump(old_file)
    store = open_store(old_file)
    try:
        assert revision_of(old_file) == head_revision()
        assert dump(old_file) == before
        with store.session() as session:
            title = session.execute(text("SELECT title_ar FROM meeting")).scalar()
            folded = session.execute(
                text("SELECT folded_name FROM participant WHERE full_name LIKE 'أحمد%'")
            ).scalar()
        assert title == "يوم تحسيسي حول التخطيط الاستراتيجي للمدن — القيروان"
        assert folded == "احمد (sample name)"
        with store.session() as session:
            languages = dict(session.execute(text("SELECT 'meeting', lang FROM meeting")).all())
            languages |= dict(
                session.execute(text("SELECT 'agenda_item', lang FROM agenda_item")).all()
            )
            recommendation = session.execute(
                text("SELECT lang, text_ar, text_fr, text_en FROM recommendation")
            ).one()
        # 0005: the original language detected, the bilingual edition's other text in French.
        assert languages == {"meeting": "fr", "agenda_item": "fr"}
        assert tuple(recommendation) == (
            "ar",
            None,
            "Adopter une approche participative entre la municipalité, "
            "les administrations et la société civile",
            None,
        )
    finally:
        store.close()


def test_a_backup_at_the_old_revision_is_taken_next_to_it(old_file: Path) -> None:
    before = dump(old_file)
    store = open_store(old_file)
    store.close()
    backup = store.backup
    assert backup is not None
    assert backup.parent == old_file.parent
    assert backup.name.startswith("kairouan-2016.sqlite3.before-0001-")
    assert revision_of(backup) == "0001"
    assert dump(backup) == before
    assert "search_index" not in tables_of(backup)


def test_the_upgrade_indexes_the_records_already_there(old_file: Path) -> None:
    store = open_store(old_file)
    try:
        with store.session() as session:
            found = {query: {hit.id for hit in search(session, query)} for query in QUERIES}
    finally:
        store.close()
    assert found == {
        "المشاركة": {SPOKEN_AR},
        "احمد": {AHMED, SPOKEN_AR},
        "experience": {AGENDA, SPOKEN_FR},
        "تشاركية": {RECOMMENDATION},
        "kairouan": {MEETING},
        "annulee": set(),  # soft-deleted before the upgrade
    }


QUERIES = ["المشاركة", "احمد", "experience", "تشاركية", "kairouan", "annulee"]


@pytest.mark.sqlite_only
def test_a_database_at_head_is_opened_without_a_backup(store: Store) -> None:
    assert store.path is not None
    store.close()
    again = open_store(store.path)
    again.close()
    assert again.backup is None
    assert [p.name for p in store.path.parent.iterdir() if ".bak" in p.name] == []


def test_a_failed_upgrade_changes_nothing_and_says_where_the_backup_is(tmp_path: Path) -> None:
    path = write_rev0001(tmp_path / "kairouan-2016.sqlite3")
    # A table in the way of a later migration: migration 0002 succeeds, a later one fails.
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE search_entry (note TEXT)")
        connection.commit()
    before = digest(path)
    files = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StoreError) as caught:
        open_store(path)
    (backup,) = tmp_path.glob("*.bak")
    message = caught.value.message()
    assert "could not be upgraded" in message
    assert str(path) in message and str(backup) in message
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*files, backup.name])
    assert revision_of(path) == "0001"
    assert "speaking_turn" not in tables_of(path)
    assert revision_of(backup) == "0001"


def test_there_is_one_head_and_one_line_of_revisions() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [head_revision()]
    revisions = list(script.walk_revisions())
    assert [r.down_revision for r in revisions][-1] is None
    for newer, older in itertools.pairwise(revisions):
        assert newer.down_revision == older.revision


def test_models_and_migrations_agree(store: Store) -> None:
    """What ``alembic check`` would say: the migrated schema is what the models declare."""

    def ours(name: str | None, type_: str, _parents: object) -> bool:
        # The search index is SQLite's FTS5, outside the models (see core/search.py).
        return not (type_ == "table" and name is not None and name.startswith("search_"))

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": ours})
        assert compare_metadata(context, Base.metadata) == []


def _migrate_to(url: str, revision: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        if revision == "head":
            command.upgrade(config, revision)
        else:
            command.downgrade(config, revision)
    engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def test_the_search_index_can_be_dropped_and_rebuilt_by_migration(store: Store) -> None:
    with store.transaction() as session:
        session.execute(
            text(
                "INSERT INTO participant (id, full_name, organisation, sample, created_at, "
                "updated_at, deleted) VALUES ('p-1', 'Sample Person Hédi', 'Joussour', :yes, "
                ":stamp, :stamp, :no)"
            ),
            {"stamp": dt.datetime(2024, 5, 4), "yes": True, "no": False},
        )
    store.close()
    _migrate_to(store.url, "0002")
    assert not any(name.startswith("search_") for name in _tables(store.url))
    again = open_store(store.url)
    try:
        with again.session() as session:
            assert [(h.kind, h.id) for h in search(session, "hedi joussour")] == [
                (HitKind.PARTICIPANT, "p-1")
            ]
    finally:
        again.close()


def test_the_whole_history_runs_down_and_up_again(store: Store) -> None:
    """Every migration's downgrade and upgrade, on SQLite and on PostgreSQL."""
    store.close()
    _migrate_to(store.url, "base")
    assert _tables(store.url) <= {"alembic_version"}
    _migrate_to(store.url, "head")
    again = open_store(store.url)
    try:
        assert again.backup is None
        with again.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert context.get_current_revision() == head_revision()
    finally:
        again.close()


if __name__ == "__main__":
    REV0001.unlink(missing_ok=True)
    write_rev0001(REV0001)


def test_revisions_read_from_the_files_are_alembics() -> None:
    """Opening a store at head reads the revisions without Alembic: the same ones."""
    from ogpdesk.core.store import revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert revisions() == {r.revision: r.down_revision for r in script.walk_revisions()}
    assert head_revision() == script.get_current_head()


def test_0010_detects_the_language_of_review_texts_already_there(store: Store) -> None:
    from ogpdesk.core.models import Commitment, Process, ProcessKind, ProgressReview

    with store.transaction() as session:
        plan = Process(title="Plan d'action local", kind=ProcessKind.ACTION_PLAN)
        commitment = Commitment(process=plan, number=1, title="Transparence budgétaire")
        session.add(
            ProgressReview(
                commitment=commitment,
                quarter="2025Q3",
                next_steps="Publier le budget de la commune sur le site et dans la presse",
            )
        )
    store.close()
    _migrate_to(store.url, "0009")
    _migrate_to(store.url, "head")
    engine = create_engine(store.url)
    with engine.connect() as connection:
        lang, versions = connection.execute(
            text("SELECT next_steps_lang, next_steps_ar FROM progress_review")
        ).one()
    engine.dispose()
    assert (lang, versions) == ("fr", None)
