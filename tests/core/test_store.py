"""Opening the store: what is refused is left byte for byte as it was; what is opened is tuned."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from ogpdesk.core.capture import add_intervention
from ogpdesk.core.errors import StoreError
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import Intervention, Meeting, MeetingKind
from ogpdesk.core.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def written_store(path: Path) -> Path:
    """A real ogpdesk database with a meeting and an intervention in it, closed."""
    store = open_store(path)
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Séance de sensibilisation — Kairouan",
            date=dt.date(2016, 3, 22),
            kind=MeetingKind.AWARENESS_SESSION,
            city="Kairouan",
            title_ar="يوم تحسيسي حول التخطيط الاستراتيجي للمدن — القيروان",
        )
        add_intervention(
            session,
            meeting,
            "ضرورة إشراك المجتمع المدني في إعداد المخطط",
            speaker_name="Sample Speaker (Karim)",
        )
    store.close()
    return path


def refused(path: Path, *words: str) -> StoreError:
    """Open ``path``, expect a refusal naming it, and check that nothing was written."""
    before_hash = digest(path) if path.is_file() else None
    before_files = siblings(path)
    with pytest.raises(StoreError) as caught:
        open_store(path)
    message = caught.value.message()
    assert str(path) in message
    for word in words:
        assert word in message
    if before_hash is not None:
        assert digest(path) == before_hash
    assert siblings(path) == before_files
    return caught.value


def test_a_text_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("# Débat\nأحمد: لا بد من الشفافية\nREC: publier le budget\n", "utf-8")
    refused(notes, "not a database file")


def test_a_truncated_database_is_refused_untouched(tmp_path: Path) -> None:
    path = written_store(tmp_path / "kairouan.sqlite3")
    # Padding so that the cut lands inside the data, not just in free pages.
    store = open_store(path)
    with store.transaction() as session:
        meeting = session.scalars(select(Meeting)).one()
        for n in range(200):
            add_intervention(session, meeting, f"Intervention n° {n} sur la gouvernance locale")
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert not (tmp_path / "kairouan.sqlite3-wal").exists()
    refused(path, "damaged")


def test_a_database_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "budget.db"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE ligne (compte TEXT, montant REAL)")
        connection.execute("INSERT INTO ligne VALUES ('Voirie — El Kef', 120000.5)")
        connection.commit()
    refused(path, "not an ogpdesk database")


def test_a_database_from_a_newer_version_is_refused_naming_its_schema(tmp_path: Path) -> None:
    path = written_store(tmp_path / "future.sqlite3")
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.commit()
    error = refused(path, "newer version", "9999_future")
    assert error.args_map["revision"] == "9999_future"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    refused(folder, "folder")
    assert list(folder.iterdir()) == []


def test_a_path_in_a_missing_folder_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "ogpdesk.sqlite3"
    with pytest.raises(StoreError, match="does not exist"):
        open_store(path)
    assert not path.parent.exists()


def test_an_empty_file_becomes_a_fresh_store(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    path.touch()
    store = open_store(path)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0
    store.close()


@pytest.mark.sqlite_only
def test_connections_use_wal_foreign_keys_and_normal_sync(store: Store) -> None:
    with store.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        # 1 is NORMAL (0 OFF, 2 FULL).
        assert session.execute(text("PRAGMA synchronous")).scalar() == 1


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(StoreError, match="refused the change"), store.transaction() as session:
        session.add(Intervention(meeting_id="no-such-meeting", position=1, summary="orpheline"))
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Intervention)) == 0


def _meeting_with_one_intervention(store: Store) -> str:
    with store.transaction() as session:
        meeting = create_meeting(
            session, title="Comité de pilotage OGP El Kef", date=dt.date(2025, 1, 15), city="El Kef"
        )
        add_intervention(session, meeting, "Le plan d'action a été validé par le comité 5+5")
        return meeting.id


def _count_interventions(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Intervention)) or 0


@pytest.mark.sqlite_only
def test_a_full_disk_is_reported_and_what_was_saved_stays(store: Store) -> None:
    meeting_id = _meeting_with_one_intervention(store)
    with pytest.raises(StoreError) as caught, store.transaction() as session:
        # A real "database or disk is full" from SQLite: the file may not grow any more.
        pages = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        for n in range(50):
            add_intervention(session, meeting, f"مداخلة طويلة رقم {n} " + "تشاركية " * 400)
    assert caught.value.message() == (
        "The disk is full: the last change was not saved. Free some space and try again."
    )
    store.close()  # the limit was set on a pooled connection
    assert _count_interventions(store) == 1


@pytest.mark.sqlite_only
def test_a_read_only_database_is_reported_and_what_was_saved_stays(store: Store) -> None:
    meeting_id = _meeting_with_one_intervention(store)
    with pytest.raises(StoreError, match="cannot be written"), store.transaction() as session:
        # As root, chmod does not stop writes; query_only makes SQLite refuse them for real.
        session.execute(text("PRAGMA query_only = ON"))
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        add_intervention(session, meeting, "Cette phrase ne sera pas enregistrée")
    store.close()
    assert _count_interventions(store) == 1


def test_the_command_line_refuses_a_text_file_on_stderr(tmp_path: Path) -> None:
    notes = tmp_path / "some.txt"
    notes.write_text("Kairouan, M'saken: recommandations\n", "utf-8")
    before = digest(notes)
    result = subprocess.run(
        [sys.executable, "-m", "ogpdesk.cli", "--db", str(notes), "meetings"],
        capture_output=True,
        text=True,
        env={**os.environ, "OGPDESK_LANG": "en"},
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert "is not an ogpdesk database" in result.stderr
    assert str(notes) in result.stderr
    assert digest(notes) == before


@pytest.mark.sqlite_only
def test_deferred_checkpoints_leave_the_log_to_checkpoint(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "ogpdesk.sqlite3"

    def in_the_file_itself() -> int:
        # immutable: the main file alone, as if the log beside it were lost.
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)) as db:
            return db.execute("SELECT count(*) FROM intervention").fetchone()[0]

    store.defer_checkpoints()
    with store.transaction() as session:
        # Off on every connection of the store: only ``checkpoint`` copies the log.
        assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 0
        meeting = create_meeting(session, title="Séance — M'saken", date=dt.date(2016, 3, 26))
        for n in range(50):
            add_intervention(session, meeting, f"مداخلة {n}", speaker_name="Sample Citoyen")
    assert in_the_file_itself() == 0
    store.checkpoint()
    assert in_the_file_itself() == 50
