"""Every page of a store is read (``PRAGMA quick_check``) only when it may have been damaged.

It costs a read of the whole file at every start. It is still done after an unclean end (a
write-ahead log left), after any change made since ogpdesk last closed the file, for a file
never seen, and once a week; a file cut short is refused from its header alone.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from ogpdesk.core import store as store_module
from ogpdesk.core.capture import add_intervention
from ogpdesk.core.errors import StoreError
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import Meeting, MeetingKind
from ogpdesk.core.store import open_store


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The stores whose every page was read, in order (the real check still runs)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    done: list[Path] = []
    real = store_module._every_page_sound

    def counted(connection):  # type: ignore[no-untyped-def]
        done.append(Path(connection.execute("PRAGMA database_list").fetchone()[2]))
        return real(connection)

    monkeypatch.setattr(store_module, "_every_page_sound", counted)
    return done


def written(path: Path, items: int = 0) -> Path:
    store = open_store(path)
    with store.transaction() as session:
        meeting = create_meeting(
            session, title="Séance — El Kef", date=dt.date(2024, 10, 5), kind=MeetingKind.SEMINAR
        )
        for n in range(items):
            add_intervention(session, meeting, f"Intervention n° {n} sur le budget participatif")
    store.close()
    return path


def test_a_store_closed_cleanly_opens_without_reading_every_page(
    checks: list[Path], tmp_path: Path
) -> None:
    path = written(tmp_path / "kef.sqlite3")
    assert checks == []  # a new, empty file has nothing to check
    checks.clear()
    for _ in range(2):
        store = open_store(path)
        with store.session() as session:
            assert session.scalars(select(Meeting)).one().title == "Séance — El Kef"
        assert store.checked_on == dt.date.today()
        store.close()
    assert checks == []


def test_a_store_changed_since_ogpdesk_closed_it_is_checked_and_refused_if_damaged(
    checks: list[Path], tmp_path: Path
) -> None:
    path = written(tmp_path / "kef.sqlite3", items=300)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # A page of the interventions' table overwritten: the header and schema still read well.
    last = len(data) // page_size - 2
    data[last * page_size : (last + 1) * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged"):
        open_store(path)
    assert checks == [path]


def test_a_store_left_without_a_clean_close_is_checked(checks: list[Path], tmp_path: Path) -> None:
    path = written(tmp_path / "kef.sqlite3")
    # Another process writes and dies without closing: its log stays beside the file.
    script = (
        "import os, sys\n"
        "from ogpdesk.core.store import open_store\n"
        "from ogpdesk.core.models import Meeting\n"
        "store = open_store(sys.argv[1])\n"
        "with store.transaction() as session:\n"
        "    session.query(Meeting).one().title = 'Séance modifiée'\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60)
    assert path.with_name("kef.sqlite3-wal").exists()
    checks.clear()
    store = open_store(path)
    with store.session() as session:
        assert session.scalars(select(Meeting)).one().title == "Séance modifiée"
    store.close()
    assert checks == [path]


def test_a_week_after_its_last_check_the_whole_file_is_read_again(
    checks: list[Path], tmp_path: Path
) -> None:
    path = written(tmp_path / "kef.sqlite3")
    store = open_store(path)
    store.close()
    (record,) = (tmp_path / "cache").rglob("checked/*.json")
    kept = json.loads(record.read_text("utf-8"))
    kept["checked_on"] = (dt.date.today() - dt.timedelta(days=7)).isoformat()
    record.write_text(json.dumps(kept), "utf-8")
    checks.clear()
    store = open_store(path)
    assert store.checked_on == dt.date.today()
    store.close()
    assert checks == [path]
    store = open_store(path)
    store.close()
    assert checks == [path]


def test_a_file_cut_short_is_refused_from_its_header_alone(
    checks: list[Path], tmp_path: Path
) -> None:
    path = written(tmp_path / "kef.sqlite3", items=300)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    checks.clear()
    with pytest.raises(StoreError, match="damaged"):
        open_store(path)
    assert checks == []
    assert path.read_bytes() == data[: len(data) // 2]


def test_records_of_files_not_closed_for_a_week_are_removed(
    checks: list[Path], tmp_path: Path
) -> None:
    """One record is kept per file ever closed; those no opening would trust any more go."""
    old_copy = written(tmp_path / "copie ancienne — القيروان.sqlite3")
    current = written(tmp_path / "kef.sqlite3")
    folder = tmp_path / "cache" / "ogpdesk" / "checked"
    records = {path: store_module._check_record(path) for path in (old_copy, current)}
    assert all(record.parent == folder for record in records.values())
    week_ago = (dt.datetime.now() - dt.timedelta(days=8)).timestamp()
    os.utime(records[old_copy], (week_ago, week_ago))
    stray = folder / "0badc0de.json.4242.partial"
    stray.write_text("{", "utf-8")
    os.utime(stray, (week_ago, week_ago))
    open_store(current).close()
    assert sorted(folder.iterdir()) == [records[current]]
