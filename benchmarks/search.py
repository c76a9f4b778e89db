"""Searching a store of 100,000 items, in Arabic, in French, and as-you-type prefixes.

    .venv/bin/python benchmarks/search.py [--items 100000] [--db PATH|URL] [--reuse FILE]

``--db postgresql://user@host/db`` fills an empty database on a PostgreSQL server instead
(created with ``ogpdesk server init``) and times the same queries there; with ``--reuse``
(any value) as well, it searches what that database already holds (a store copied there
with ``ogpdesk copy`` is the quickest way to fill one).

Each query is timed as ``search`` runs it ("search") and with FTS5 scoring every match
("every": ``search.FAST_FETCH = 0``, how search ranked before issue 15), interleaved, so
that the two rows share the machine's load; on a server the CPU column is this process's
only, not the server's, and both rows run the same code (the server ranks with ts_rank).
"page" says whether search's first page is the one ranking every match gives: the same
sequence of (score, date), as tests/core/test_search_results.py compares pages ("exact"),
or how many of its records the two pages share.

The store is filled with meetings of about 200 items each (interventions, recommendations,
decisions, action items, agenda items) and a few hundred participants, in mixed Arabic and
French drawn with a skewed word frequency, so that common words match tens of thousands of
rows as they would in real minutes. Printed: the time to build and to rebuild the index,
each query's p50/p95/p99 in milliseconds over repeated runs with the number of hits shown
and whether the first page is the one ranking every match gives,
and what a capture commit costs once the index holds all of it; the machine's load before
and after. To compare two index layouts on one machine at one time, fill once, copy the
file, change one copy, and run ``--reuse`` on both at once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select, text

from ogpdesk.core import search as search_module
from ogpdesk.core.capture import add_intervention
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Intervention,
    Meeting,
    MeetingKind,
    Participant,
    Recommendation,
)
from ogpdesk.core.search import Hit, rebuild_index, search
from ogpdesk.core.store import Store, open_store

# Enough candidates for a server to rank every match.
UNBOUNDED = 10**9

ARABIC = (
    "البلدية المجلس المواطنين المشاركة الشفافية الميزانية التشاركية المجتمع المدني التنمية "
    "المحلية الجهوية السلطة اللامركزية التخطيط الاستراتيجي المدينة الالتزام المتابعة التقييم "
    "الحوكمة المفتوحة النفاذ إلى المعلومة الشاشة العملاقة الساحة الموقع الإلكتروني الجمعيات "
    "الشباب النساء ذوي الإعاقة البيئة النظافة الطرقات الإنارة العمومية المساحات الخضراء "
    "الاستثمار التشغيل الشراكة القطاع العام الخاص لجنة القيادة الاستشارية هيئة الرقابة "
    "المستقلة مصفوفة التقدم الثلاثي المقبل قرار توصية إجراء مسؤول أجل الْمُشَارَكَةُ "
    "والشفافية بالمدينة للمواطنين في من على مع حول بين"
)
FRENCH = (
    "commune conseil municipal citoyens participation transparence budget participatif "
    "société civile développement local régional décentralisation planification stratégique "
    "ville engagement suivi évaluation gouvernement ouvert accès information écran géant "
    "place site web associations jeunes femmes handicap environnement propreté routes "
    "éclairage public espaces verts investissement emploi partenariat secteur public privé "
    "comité pilotage consultatif instance contrôle indépendante matrice avancement trimestre "
    "prochain plan décision recommandation action responsable échéance l'expérience d'action "
    "de la le les des du et pour avec sur dans"
)
PLACES = [
    "Kairouan",
    "M'saken",
    "El Kef",
    "Sousse",
    "Sfax",
    "Tunis",
    "Jendouba",
    "Siliana",
    "KTC Sfax",
    "MedCities",
    "TWIZA",
]
QUERIES = [
    ("Arabic, common word", "البلدية"),
    ("Arabic, with harakat", "الْمُشَارَكَةُ"),
    ("Arabic, two words", "الشاشة العملاقة"),
    ("Arabic, prefix", "الميزا"),
    ("French, common word", "commune"),
    ("French, unaccented", "decentralisation"),
    ("French, two words", "budget participatif"),
    ("French, prefix", "transpa"),
    ("Arabic, short prefix", "الم"),
    ("French, short prefix", "pa"),
    ("French, prefix of two", "parti"),
    ("Arabic, letter", "م"),
    ("Place, prefix", "kair"),
    ("Mixed", "plan d'action el kef"),
    ("Rare word", "Jendouba"),
]


def sentence(rng: random.Random, words: list[str], weights: list[float]) -> str:
    chosen = rng.choices(words, weights, k=rng.randint(8, 25))
    chosen.insert(rng.randrange(len(chosen)), rng.choice(PLACES))
    return " ".join(chosen)


def fill(store: Store, items: int) -> float:
    """Add ``items`` items (the index kept by the session event); seconds taken."""
    rng = random.Random(2024)
    arabic, french = ARABIC.split(), FRENCH.split()
    # Zipf-like: the first words of each list are by far the most frequent.
    arabic_weights = [1 / (rank + 1) for rank in range(len(arabic))]
    french_weights = [1 / (rank + 1) for rank in range(len(french))]

    def say() -> str:
        if rng.random() < 0.55:
            return sentence(rng, arabic, arabic_weights)
        return sentence(rng, french, french_weights)

    started = time.perf_counter()
    with store.transaction() as session:
        people = [
            Participant(full_name=f"Sample {rng.choice(PLACES)} {n}", organisation=say()[:80])
            for n in range(300)
        ]
        session.add_all(people)
    made = len(people)
    day = dt.date(2016, 3, 22)
    while made < items:
        with store.transaction() as session:
            meeting = Meeting(
                title=f"Réunion {made} — {say()[:60]}",
                title_ar=say()[:80],
                kind=rng.choice(list(MeetingKind)),
                date=day + dt.timedelta(days=made // 200),
                city=rng.choice(PLACES),
            )
            rows: list[object] = [meeting]
            for position in range(1, min(200, items - made)):
                roll = rng.random()
                if roll < 0.05:
                    rows.append(AgendaItem(meeting=meeting, position=position, title=say()))
                elif roll < 0.70:
                    person = rng.choice(people)
                    rows.append(
                        Intervention(
                            meeting=meeting,
                            position=position,
                            participant=person,
                            speaker_name=person.full_name,
                            summary=say(),
                        )
                    )
                elif roll < 0.85:
                    rows.append(
                        Recommendation(
                            meeting=meeting,
                            position=position,
                            number=position,
                            text=say(),
                            text_fr=say(),
                        )
                    )
                elif roll < 0.90:
                    rows.append(
                        Decision(meeting=meeting, position=position, number=position, text=say())
                    )
                else:
                    rows.append(
                        ActionItem(
                            meeting=meeting,
                            position=position,
                            task=say(),
                            owner_name=rng.choice(people).full_name,
                        )
                    )
            session.add_all(rows)
            made += len(rows)
    return time.perf_counter() - started


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--db", help="folder to write the database in, or a server URL")
    parser.add_argument(
        "--reuse",
        type=Path,
        help="a database this script filled before (a copy: the capture step writes to it); "
        "opened, upgraded if older, and searched without filling",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        server = args.db is not None and "://" in args.db
        path = args.reuse or Path(args.db if args.db and not server else scratch) / (
            "search-bench.sqlite3"
        )
        started = time.perf_counter()
        store = open_store(args.db if server else path)
        print(f"opened in {time.perf_counter() - started:.1f} s; {load_line()}")
        if args.reuse is None:
            seconds = fill(store, args.items)
            with store.session() as session:
                indexed = session.scalar(text("SELECT count(*) FROM search_entry"))
            print(f"filled {indexed} indexed items in {seconds:.1f} s (index kept on each flush)")
            started = time.perf_counter()
            with store.transaction() as session:
                rebuild_index(session)
            print(f"rebuild_index: {time.perf_counter() - started:.1f} s")
        if not server:
            wal = path.with_name(f"{path.name}-wal")
            size, log = path.stat().st_size / 1e6, wal.stat().st_size / 1e6
            print(f"file {size:.0f} MB, WAL {log:.0f} MB")
        print(
            "Each query as search() runs it, and with the index scoring every match (FTS5, as "
            "before issue 15; ts_rank on a server), runs interleaved; wall ms p50/p95/p99, then "
            "CPU ms p50 (this thread's CPU time, less inflated by a loaded machine); 'page': "
            "search's first page against the one ranking every match gives."
        )
        print(
            f"{'query':<22} {'text':<20} {'hits':>4} {'how':<8} {'p50':>7} {'p95':>7} "
            f"{'p99':>7} {'cpu50':>7}  page"
        )
        fast, bounded = search_module.FAST_FETCH, search_module.CANDIDATES
        with store.session() as session:
            for label, query in QUERIES:
                timings: dict[str, list[float]] = {"search": [], "every": []}
                cpu: dict[str, list[float]] = {"search": [], "every": []}
                pages: dict[str, list[Hit]] = {}
                for _ in range(args.runs):
                    for how, most in (("search", fast), ("every", 0)):
                        search_module.FAST_FETCH = most
                        search_module.CANDIDATES = bounded if most else UNBOUNDED
                        started, used = time.perf_counter(), time.thread_time()
                        hits = search(session, query)
                        cpu[how].append((time.thread_time() - used) * 1000)
                        timings[how].append((time.perf_counter() - started) * 1000)
                        pages[how] = hits
                search_module.FAST_FETCH, search_module.CANDIDATES = fast, bounded
                verdict = same_page(pages["search"], pages["every"])
                for how in ("search", "every"):
                    print(
                        f"{label:<22} {query:<20} {len(pages[how]):>4} {how:<8} "
                        f"{statistics.median(timings[how]):>7.2f} "
                        f"{percentile(timings[how], 0.95):>7.2f} "
                        f"{percentile(timings[how], 0.99):>7.2f} "
                        f"{statistics.median(cpu[how]):>7.2f}  "
                        f"{verdict if how == 'search' else ''}"
                    )
            meeting_id = session.scalars(select(Meeting.id).order_by(Meeting.date.desc())).first()
            participants = session.scalar(select(func.count()).select_from(Participant))
        timings = []
        for n in range(200):
            started = time.perf_counter()
            with store.transaction() as session:
                meeting = session.get(Meeting, meeting_id)
                assert meeting is not None
                add_intervention(
                    session, meeting, f"إضافة رقم {n} — ajout n° {n}", speaker_name="أحمد (sample)"
                )
            timings.append((time.perf_counter() - started) * 1000)
        print(
            f"capture commit with the full index ({participants} participants): "
            f"p50 {statistics.median(timings):.2f} ms, p99 {percentile(timings, 0.99):.2f} ms"
        )
        print(load_line())
        store.close()


def same_page(page: list[Hit], reference: list[Hit]) -> str:
    """ "exact" when the pages are the same sequence of (score, date), records of equal score
    and date in either order; else how many records they share."""
    if [(hit.rank, hit.date) for hit in page] == [(hit.rank, hit.date) for hit in reference]:
        return "exact"
    shared = len({hit.id for hit in page} & {hit.id for hit in reference})
    return f"DIFFERS ({shared}/{len(reference)} records shared)"


def load_line() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} CPUs"


if __name__ == "__main__":
    main()
