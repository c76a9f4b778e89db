"""No traceback ever reaches a user of the command line; two writers take turns."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import AgendaItem, Intervention, Participant
from ogpdesk.core.store import open_store


def _run(
    *args: str, home: Path, stdout: int = subprocess.PIPE, code: str | None = None
) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "OGPDESK_LANG": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"),
    }
    command = ["-c", code] if code else ["-m", "ogpdesk.cli"]
    return subprocess.Popen(
        [sys.executable, *command, *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _done(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out or "", err


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("foo://bar", "is not a database ogpdesk can use"),
        ("mysql://ogp:secret@127.0.0.1:1/ogp", "needs a driver that is not installed"),
    ],
)
def test_a_database_url_ogpdesk_cannot_use_is_one_line(
    tmp_path: Path, url: str, words: str
) -> None:
    code, _out, err = _done(_run("--db", url, "meetings", home=tmp_path))
    assert code == 1
    assert words in err and "Traceback" not in err
    assert "secret" not in err


def test_a_reader_that_stops_reading_ends_the_command_quietly(tmp_path: Path) -> None:
    db = tmp_path / "ogpdesk.sqlite3"
    store = open_store(db)
    with store.transaction() as session:
        for day in range(1, 29):
            create_meeting(session, title=f"Séance {day}", date=dt.date(2024, 2, day))
    store.close()
    with _run("--db", str(db), "meetings", home=tmp_path) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # "| head -0": gone before the first line
        err = process.stderr.read()
        code = process.wait(timeout=120)
    assert code == 141
    assert err == ""


def test_a_bug_is_logged_with_its_traceback_and_the_message_names_the_file(tmp_path: Path) -> None:
    db = tmp_path / "ogpdesk.sqlite3"
    open_store(db).close()
    # A command that fails as a bug would: an exception no one meant.
    bug = (
        "import sys, ogpdesk.cli as cli\n"
        "def broken(store, args): {}['missing']\n"
        "cli.COMMANDS['meetings'] = broken\n"
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    code, _out, err = _done(_run("--db", str(db), "meetings", home=tmp_path, code=bug))
    assert code == 70
    assert "Traceback" not in err and "KeyError" not in err
    [log] = (tmp_path / "data" / "ogpdesk" / "logs").glob("error-*.log")
    assert f"“{log}”" in err
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "KeyError: 'missing'" in text


NOTES = """# Point {who}
{speaker}: première intervention de {who}
{speaker}: deuxième intervention de {who}
REC: recommandation de {who}
"""


def test_two_imports_into_one_meeting_at_once_take_turns(tmp_path: Path, database: str) -> None:
    db = database
    store = open_store(db)
    with store.transaction() as session:
        meeting_id = create_meeting(session, title="Kef", date=dt.date(2024, 5, 14)).id
    store.close()
    files = []
    for who in ("a", "b"):
        path = tmp_path / f"notes-{who}.txt"
        path.write_text(
            "".join(
                NOTES.format(who=f"{who}{n}", speaker="Nouvelle Intervenante") for n in range(60)
            ),
            encoding="utf-8",
        )
        files.append(path)
    running = [
        _run("--db", str(db), "import-notes", meeting_id, str(f), home=tmp_path) for f in files
    ]
    results = [_done(p) for p in running]
    assert [code for code, _out, _err in results] == [0, 0], results
    store = open_store(db)
    with store.session() as session:
        speakers = session.scalar(
            select(func.count())
            .select_from(Participant)
            .where(Participant.full_name == "Nouvelle Intervenante")
        )
        positions = [
            *session.scalars(select(AgendaItem.position)),
            *session.scalars(select(Intervention.position)),
        ]
        agenda = list(session.scalars(select(AgendaItem.title).order_by(AgendaItem.position)))
    store.close()
    assert speakers == 1
    assert len(positions) == len(set(positions))
    # Each file's items stay together: one import ran after the other.
    owners = [title.split()[-1][0] for title in agenda]
    assert owners == sorted(owners) or owners == sorted(owners, reverse=True)
