"""Bundle a whole process of 20,000 items, and merge it into another laptop's store.

    .venv/bin/python benchmarks/merge.py [--items 20000] [--folder PATH]

The process has meetings of 1,000 items (agenda items, interventions, recommendations in
Arabic and French, decisions, action items) and 500 participants. Timed, each from a fresh
process-level start of the step (store open, nothing cached):

- bundle: ``ogpdesk bundle --process``'s work — versions caught up, records read, the zip
  written;
- merge into an empty store: the file read and checked, every record inserted, versions
  kept, the search index rebuilt, committed;
- merge again: the same file, which changes nothing (every version already known);
- the return trip: 1 % of the items edited on the second laptop, bundled there and merged
  back into the first.

Budget: 3 s each way on this machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import tempfile
import time
from pathlib import Path

from ogpdesk.core import bundle as bundles
from ogpdesk.core.bundle import Scope
from ogpdesk.core.merge import apply, make_bundle
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Intervention,
    Meeting,
    MeetingKind,
    Participant,
    Process,
    ProcessKind,
    Recommendation,
    new_id,
)
from ogpdesk.core.store import Store, open_store

PER_MEETING = 1000
TEXTS = (
    "تعميم البث المباشر لجلسات المجلس البلدي على صفحة البلدية",
    "Publier le budget participatif en données ouvertes chaque trimestre",
    "إحداث خلية للإصغاء إلى المواطنين في كل دائرة بلدية",
    "Associer les jeunes à la commission de suivi du plan d'action",
)


def fill(store: Store, items: int) -> str:
    rng = random.Random(16)
    with store.transaction() as session:
        process = Process(
            id=new_id(), title="Plan d'action local — Le Kef", kind=ProcessKind.ACTION_PLAN
        )
        session.add(process)
        people = [
            Participant(id=new_id(), full_name=f"Participant {n}", organisation="Association")
            for n in range(500)
        ]
        session.add_all(people)
        for m in range(max(1, items // PER_MEETING)):
            meeting = Meeting(
                id=new_id(),
                process_id=process.id,
                title=f"Atelier {m + 1}",
                kind=MeetingKind.CO_CREATION,
                date=dt.date(2025, 1, 1) + dt.timedelta(days=m),
            )
            session.add(meeting)
            agenda = [
                AgendaItem(
                    id=new_id(), meeting_id=meeting.id, position=n, number=n, title=f"Point {n}"
                )
                for n in range(1, 51)
            ]
            session.add_all(agenda)
            rows: list[object] = []
            for n in range(PER_MEETING - len(agenda)):
                kind = n % 10
                text = f"{rng.choice(TEXTS)} ({m}.{n})"
                common = {"id": new_id(), "meeting_id": meeting.id, "position": 100 + n}
                if kind < 5:
                    rows.append(
                        Intervention(
                            **common,
                            agenda_item_id=rng.choice(agenda).id,
                            participant_id=rng.choice(people).id,
                            summary=text,
                        )
                    )
                elif kind < 8:
                    rows.append(
                        Recommendation(
                            **common, number=n, text=text, group_name=f"Table {n % 8 + 1}"
                        )
                    )
                elif kind == 8:
                    rows.append(Decision(**common, number=n, text=text))
                else:
                    rows.append(ActionItem(**common, task=text, owner_id=rng.choice(people).id))
            session.add_all(rows)
            meeting.item_counter = PER_MEETING + 100
        return process.id


def timed(label: str, step: object) -> float:
    """Run ``step``; print wall-clock seconds and this process's CPU seconds (on a machine
    shared with other work, CPU time is what the step costs; wall time waits for the CPU)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = step()  # type: ignore[operator]
    seconds, used = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<46} {seconds:6.2f} s wall {used:6.2f} s CPU")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    folder = args.folder or Path(tempfile.mkdtemp(prefix="ogpdesk-merge-"))
    folder.mkdir(parents=True, exist_ok=True)
    first = open_store(folder / "secretary.sqlite3")
    second = open_store(folder / "facilitator.sqlite3")
    process_id = fill(first, args.items)
    out = folder / "process.ogpdesk"

    def bundle(store: Store, path: Path) -> int:
        with store.transaction() as session:
            made = make_bundle(session, Scope(process_id=process_id))
            bundles.write(made, path)
        return made.count()

    def merge(store: Store, path: Path) -> str:
        with store.transaction() as session:
            report = apply(session, bundles.read(path)).report
        return report.render().replace("\n", "; ")[:100]

    count = timed(f"bundle {args.items:,} items (first exchange)", lambda: bundle(first, out))
    print(f"  {count:,} records, {out.stat().st_size / 1e6:.1f} MB")
    print("  " + timed("merge into an empty store", lambda: merge(second, out)))
    print("  " + timed("merge the same file again", lambda: merge(second, out)))
    with second.transaction() as session:
        rows = session.query(Recommendation).limit(max(1, args.items // 100)).all()
        for row in rows:
            row.theme = "Transparence"
    back = folder / "back.ogpdesk"
    timed("bundle back (1 % edited)", lambda: bundle(second, back))
    print("  " + timed("merge back into the first store", lambda: merge(first, back)))
    timed("bundle again (nothing changed)", lambda: bundle(first, out))
    first.close()
    second.close()


if __name__ == "__main__":
    main()
