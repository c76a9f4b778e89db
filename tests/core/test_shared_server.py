"""Several programs on one PostgreSQL server at once: captures never collide, approval is
seen by everyone, and each program hears what the others committed."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from ogpdesk.core import capture
from ogpdesk.core.errors import Locked
from ogpdesk.core.meetings import create_meeting, get_meeting, set_status
from ogpdesk.core.models import Attendance, Intervention, MeetingStatus, Participant
from ogpdesk.core.notify import listener
from ogpdesk.core.store import Store, open_store

LINES = 200
NAMES = 20
SIZES = (str(LINES), str(NAMES))
PUBLIC = ("--title", "Séance publique", "--date", "2025-10-09")
# One secretary's program: waits for the start signal, then captures LINES lines, one
# transaction each as the window does, naming NAMES people none of whom exists yet.
WORKER = """
import pathlib, sys, time
from ogpdesk.core import capture
from ogpdesk.core.meetings import get_meeting
from ogpdesk.core.store import open_store

url, meeting_id, tag, go, lines, names = sys.argv[1:]
store = open_store(url)
while not pathlib.Path(go).exists():
    time.sleep(0.005)
for n in range(int(lines)):
    with store.transaction() as session:
        meeting = get_meeting(session, meeting_id)
        capture.add_intervention(
            session, meeting, f"{tag} {n}", speaker_name=f"Newcomer {n % int(names)}"
        )
store.close()
"""


def _meeting(store: Store) -> str:
    with store.transaction() as session:
        meeting = create_meeting(
            session, title="Comité de pilotage — Le Kef", date=dt.date(2025, 7, 10)
        )
        return meeting.id


def test_two_programs_capturing_into_one_meeting_never_collide(
    pg_database: str, tmp_path: Path
) -> None:
    store = open_store(pg_database)
    try:
        meeting_id = _meeting(store)
        go = tmp_path / "go"
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, pg_database, meeting_id, tag, str(go), *SIZES]
            )
            for tag in ("A", "B")
        ]
        time.sleep(1)
        go.touch()
        assert [worker.wait(timeout=300) for worker in workers] == [0, 0]
        with store.session() as session:
            rows = session.execute(
                text(
                    "SELECT position, summary, pg_xact_commit_timestamp(xmin) AS committed "
                    "FROM intervention WHERE meeting_id = :id ORDER BY position"
                ),
                {"id": meeting_id},
            ).all()
            positions = [row.position for row in rows]
            assert positions == list(range(1, 2 * LINES + 1))
            # Every line of both, each program's in the order it typed them.
            for tag in ("A", "B"):
                own = [int(row.summary.split()[1]) for row in rows if row.summary[0] == tag]
                assert own == list(range(LINES))
            # Positions were handed out in the order the lines were committed.
            stamps = [row.committed for row in rows]
            assert stamps == sorted(stamps)
            # Both programs interleaved: the test did make them write at the same time.
            tags = "".join(row.summary[0] for row in rows)
            assert tags.count("AB") + tags.count("BA") > 10
            names = session.scalars(
                select(Participant.full_name).where(Participant.full_name.like("Newcomer %"))
            ).all()
            assert sorted(names) == sorted(f"Newcomer {n}" for n in range(NAMES))
            attendance = session.scalar(
                select(func.count())
                .select_from(Attendance)
                .where(Attendance.meeting_id == meeting_id)
            )
            assert attendance == NAMES
            assert get_meeting(session, meeting_id).item_counter == 2 * LINES
    finally:
        store.close()


def test_an_approval_elsewhere_locks_the_meeting_for_a_window_that_has_it_open(
    store: Store, database: str
) -> None:
    meeting_id = _meeting(store)
    other = open_store(database)
    try:
        with store.session() as typing:
            shown = get_meeting(typing, meeting_id)
            assert shown.status is MeetingStatus.PLANNED
            # The window ends its read after each operation (a snapshot kept open would make
            # SQLite refuse this session's next write once another has written).
            typing.commit()
            with other.transaction() as session:
                meeting = get_meeting(session, meeting_id)
                set_status(session, meeting, MeetingStatus.CLOSED)
                set_status(session, meeting, MeetingStatus.APPROVED)
            # The meeting this session loaded still says "planned"; the capture reads it afresh.
            with pytest.raises(Locked):
                capture.add_intervention(typing, shown, "Une remarque après l'approbation")
            typing.rollback()
        with store.session() as session:
            count = session.scalar(select(func.count()).select_from(Intervention))
            assert count == 0
    finally:
        other.close()


def test_a_program_hears_what_another_committed(pg_database: str) -> None:
    store = open_store(pg_database)
    hearing = listener(store.engine)
    assert hearing is not None
    try:
        assert hearing.receive() == []
        made = subprocess.run(
            [sys.executable, "-m", "ogpdesk.cli", "--db", pg_database, "new-meeting", *PUBLIC],
            capture_output=True,
            text=True,
            check=True,
        )
        meeting_id = made.stdout.strip()
        deadline = time.monotonic() + 5
        notices = hearing.receive()
        while not notices and time.monotonic() < deadline:
            time.sleep(0.05)
            notices = hearing.receive()
        assert len(notices) == 1
        assert notices[0].changes.meetings
        assert notices[0].meetings == {meeting_id}
        # What this program commits itself, it has broadcast already: it is not heard back.
        _meeting(store)
        time.sleep(0.3)
        assert hearing.receive() == []
    finally:
        hearing.close()
        store.close()


def test_a_rolled_back_change_is_never_heard(pg_database: str) -> None:
    store = open_store(pg_database)
    hearing = listener(store.engine)
    assert hearing is not None
    script = (
        "import sys\n"
        "from ogpdesk.core.store import open_store\n"
        "from ogpdesk.core.meetings import create_meeting\n"
        "import datetime as dt\n"
        "store = open_store(sys.argv[1])\n"
        "try:\n"
        "    with store.transaction() as session:\n"
        "        create_meeting(session, title='Brouillon', date=dt.date(2025, 1, 1))\n"
        "        raise RuntimeError('Escape')\n"
        "except RuntimeError:\n"
        "    pass\n"
        "store.close()\n"
    )
    try:
        subprocess.run([sys.executable, "-c", script, pg_database], check=True)
        time.sleep(0.3)
        assert hearing.receive() == []
    finally:
        hearing.close()
        store.close()
