"""Recording interventions one by one, each committed at once, as the capture line does.

    .venv/bin/python benchmarks/store.py [--count 10000] [--db PATH]

Each intervention is one ``store.transaction()``: fetch the meeting, ``add_intervention``
(speaker found by folded name, marked present, agenda item, search index), commit. The
figures are milliseconds per commit; the search index is what ``core/search.py`` adds to each
commit, measured by a second run with its session event switched off.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from ogpdesk.core import search
from ogpdesk.core.capture import add_agenda_item, add_intervention
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import Meeting, MeetingKind
from ogpdesk.core.store import open_store

SPEAKERS = [
    ("أحمد (sample)", "بلدية القيروان"),
    ("Sample Person Leila", "KTC Sfax"),
    ("مريم (sample)", "جمعية M'Saken 2050"),
    ("Sample Person Hédi", "Joussour"),
    ("سامي (sample)", "TWIZA"),
    ("Sample Person Inès", "MedCities"),
]
SENTENCES = [
    "لا بدّ من الْمُشَارَكَةُ الفعلية للمجتمع المدني في إعداد استراتيجية المدينة",
    "Il faut diffuser l'expérience de Sousse et de Sfax auprès des petites communes",
    "نقترح نشر تقدّم الالتزامات على الموقع وعلى الشاشة العملاقة في الساحة",
    "La décentralisation exige un plan d'action partagé et un budget participatif",
    "ضرورة تسريع إصدار قانون الشراكة بين القطاعين العام والخاص (3P)",
    "Le comité de pilotage 5+5 examinera la matrice d'avancement chaque trimestre",
    "المجلس البلدي بالكاف ملتزم بالشفافية وبالنفاذ إلى المعلومة",
    "Question sur les 6 réunions publiques et les 8 groupes de co-création",
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def record(path: Path, count: int, *, index: bool = True) -> list[float]:
    """Milliseconds per commit for ``count`` interventions recorded one by one."""
    rng = random.Random(2016)
    store = open_store(path)
    if not index:
        # The comparison run: the same work without the index's session event.
        event.remove(Session, "after_flush", search._sync_index)
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Séance de sensibilisation — Kairouan",
            title_ar="يوم تحسيسي حول التخطيط الاستراتيجي — القيروان",
            date=dt.date(2016, 3, 22),
            kind=MeetingKind.AWARENESS_SESSION,
            city="Kairouan",
        )
        add_agenda_item(session, meeting, "Débat — نقاش")
        meeting_id = meeting.id
    timings = []
    for n in range(count):
        name, organisation = rng.choice(SPEAKERS)
        summary = f"{rng.choice(SENTENCES)} — {rng.choice(SENTENCES)} ({n})"
        started = time.perf_counter()
        with store.transaction() as session:
            meeting = session.get(Meeting, meeting_id)
            assert meeting is not None
            add_intervention(
                session, meeting, summary, speaker_name=name, organisation=organisation
            )
        timings.append((time.perf_counter() - started) * 1000)
    store.close()
    search.keep_index_in_sync()
    return timings


def size_of(path: Path) -> int:
    """The database file, once closed (the WAL is checkpointed into it on close)."""
    return path.stat().st_size


def report(label: str, timings: list[float], path: Path) -> None:
    print(
        f"{label}: {len(timings)} commits in {sum(timings) / 1000:.1f} s — "
        f"p50 {statistics.median(timings):.2f} ms, p90 {percentile(timings, 0.9):.2f} ms, "
        f"p99 {percentile(timings, 0.99):.2f} ms, max {max(timings):.2f} ms; "
        f"file {size_of(path) / 1e6:.1f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="folder to write the databases in")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.db or Path(scratch)
        indexed = folder / "store-bench.sqlite3"
        report("with search index", record(indexed, args.count), indexed)
        plain = folder / "store-bench-no-index.sqlite3"
        report("without index    ", record(plain, args.count, index=False), plain)


if __name__ == "__main__":
    main()
