"""``ogpdesk bundle`` and ``ogpdesk merge [--dry-run]``, run as a user runs them."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from ogpdesk.core.capture import add_recommendation
from ogpdesk.core.meetings import create_meeting, get_meeting
from ogpdesk.core.models import Recommendation
from ogpdesk.core.store import open_store


def ogpdesk(db: Path | str, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OGPDESK_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "ogpdesk.cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_hand_out_a_meeting_to_a_group_and_merge_it_back(
    tmp_path: Path, new_database: Callable[..., str]
) -> None:
    # The plenary's store on the test's back end (a server), the group's on a laptop.
    plenary, table = new_database("plenary"), new_database("table", backend="sqlite")
    store = open_store(plenary)
    with store.transaction() as session:
        meeting_id = create_meeting(
            session, title="Atelier de co-création", date=dt.date(2025, 10, 4), kind="co_creation"
        ).id
    store.close()
    out = tmp_path / "table2.ogpdesk"
    done = ogpdesk(plenary, "bundle", "--meeting", meeting_id, "--group", "Table 2", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "records written" in done.stdout

    dry = ogpdesk(table, "merge", str(out), "--dry-run", lang="fr")
    assert dry.returncode == 0, dry.stderr
    assert "ajouté : 1 réunions" in dry.stdout and "rien n’a été écrit" in dry.stdout
    assert ogpdesk(table, "meetings").stdout == ""
    done = ogpdesk(table, "merge", str(out))
    assert done.returncode == 0 and "added: 1 meetings" in done.stdout

    store = open_store(table)
    with store.transaction() as session:
        add_recommendation(session, get_meeting(session, meeting_id), "إحداث مرصد محلي")
    store.close()
    back = tmp_path / "back.ogpdesk"
    assert ogpdesk(table, "bundle", "--meeting", meeting_id, "-o", str(back)).returncode == 0
    done = ogpdesk(plenary, "merge", str(back), lang="ar")
    assert done.returncode == 0 and "أُضيف: 1 توصيات" in done.stdout
    again = ogpdesk(plenary, "merge", str(back))
    assert "Nothing new" in again.stdout
    store = open_store(plenary)
    with store.session() as session:
        rows = session.scalars(select(Recommendation)).all()
        assert [(r.group_name, r.number, r.text) for r in rows] == [
            ("Table 2", 1, "إحداث مرصد محلي")
        ]
    store.close()


def test_a_bad_file_is_refused_with_exit_code_one(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    junk = tmp_path / "junk.ogpdesk"
    junk.write_text("nope", encoding="utf-8")
    done = ogpdesk(db, "merge", str(junk), lang="fr")
    assert done.returncode == 1
    assert "n’est pas un fichier d’échange" in done.stderr
