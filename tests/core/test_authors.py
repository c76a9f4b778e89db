"""Who did what: each row names its author and counts its changes, and an edit made on what
someone else has changed since it was shown is refused, naming them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import make_url

from ogpdesk.core import capture
from ogpdesk.core.audit import audit, write_csv
from ogpdesk.core.edits import Conflict
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.store import Store, open_store
from ogpdesk.core.timeline import EntryKind, entries, set_text


def _as_second_secretary(database: str, backend: str, pg_server) -> str:
    """Where a second secretary opens the same store: on a server, as a user of their own."""
    if backend != "postgresql":
        return database
    name = make_url(database).database
    pg_server.sql(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'secretaire') "
        "THEN CREATE ROLE secretaire LOGIN PASSWORD 'sec'; END IF; END $$"
    )
    pg_server.sql("GRANT ALL ON ALL TABLES IN SCHEMA public TO secretaire", name)
    pg_server.sql("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO secretaire", name)
    return f"postgresql://secretaire:sec@127.0.0.1:{pg_server.port}/{name}"


def test_an_edit_of_a_line_changed_since_it_was_shown_is_refused_naming_who(
    store: Store, database: str, backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    with store.transaction() as session:
        meeting = create_meeting(session, title="Comité de suivi", date=dt.date(2025, 7, 10))
        capture.add_intervention(
            session, meeting, "Le budget participatif sera publié", speaker_name="Sample Maire"
        )
        meeting_id = meeting.id
    with store.session() as session:
        (shown,) = entries(session, meeting_id)
    author = "ogpdesk" if backend == "postgresql" else None
    assert (shown.version, shown.updated_by) == (1, author)

    server = request.getfixturevalue("pg_server") if backend == "postgresql" else None
    other = open_store(_as_second_secretary(database, backend, server))
    try:
        with other.transaction() as session:
            set_text(
                session, EntryKind.INTERVENTION, shown.id, "Le budget sera publié en mars",
                seen=shown.version,
            )  # fmt: skip
    finally:
        other.close()

    expected = "secretaire changed this at" if backend == "postgresql" else "changed elsewhere"
    with pytest.raises(Conflict, match=expected), store.transaction() as session:
        set_text(session, EntryKind.INTERVENTION, shown.id, "Publié en avril", seen=shown.version)
    with store.session() as session:
        (now,) = entries(session, meeting_id)
        assert now.text == "Le budget sera publié en mars"
        assert now.version == 2
        assert now.updated_by == ("secretaire" if backend == "postgresql" else None)
        # Written on what is shown now, the edit goes through.
        set_text(session, EntryKind.INTERVENTION, now.id, "Publié en avril", seen=now.version)
        session.commit()
        rows = audit(session, meeting_id)
    spoken = [row for row in rows if row.kind == "intervention"]
    assert [(row.created_by, row.updated_by, row.version) for row in spoken] == [
        (author, author, 3)
    ]
    assert {row.kind for row in rows} == {"meeting", "intervention", "attendance"}
    target = tmp_path / "audit.csv"
    write_csv(rows, target)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "kind,id,created_at,created_by,updated_at,updated_by,version,deleted,text"
    assert any("Publié en avril" in line for line in lines)
