"""Import a list of 2,000 participants (CSV, Arabic and French) into one meeting; prints seconds.

Reading and checking the file (plan) and writing it (apply) are timed apart, as the import
dialog runs them: the plan for the preview, the apply when the user confirms.
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
import time
from pathlib import Path

from ogpdesk.core import participants
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import Meeting
from ogpdesk.core.store import open_store

ROWS = 2_000
GROUPS = ("société civile", "مجتمع مدني", "citoyen", "administration", "خبير")


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="ogpdesk-bench-"))
    source = folder / "participants.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Nom", "Organisme", "Groupe", "Genre"])
        for i in range(ROWS):
            name = f"عينة {i} — Sample Person {i}"
            writer.writerow(
                [name, "Commune du Kef", GROUPS[i % len(GROUPS)], "F" if i % 2 else "H"]
            )
    store = open_store(folder / "bench.sqlite3")
    with store.transaction() as session:
        meeting_id = create_meeting(session, title="El Kef", date=dt.date(2025, 7, 10)).id

    start = time.perf_counter()
    table = participants.read_table(source)
    with store.session() as session:
        plan = participants.plan_import(session, table, participants.guess_mapping(table.headers))
    planned = time.perf_counter()
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        result = participants.apply_import(session, meeting, plan)
    applied = time.perf_counter()
    store.close()
    print(
        f"{ROWS} rows: read+plan {planned - start:.2f} s, apply+commit {applied - planned:.2f} s "
        f"({len(result.created)} created, {len(result.invited)} invited)"
    )


if __name__ == "__main__":
    main()
