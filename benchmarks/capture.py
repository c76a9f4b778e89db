"""Enter in the capture line → line committed and shown in the timeline, on a full store.

    .venv/bin/python benchmarks/capture.py [--items 50000] [--lines 300] [--db PATH]

The store gets ``--items`` items (meetings of 200 items: interventions, recommendations,
decisions, actions, agenda items) and 2,000 participants; the meeting typed into already
holds 500 items. The real window runs offscreen; each measured step is what a user's Enter
sets off: parse the line, one transaction (speaker looked up or created, row added, search
index updated, commit), the broadcast, the timeline and agenda redrawn, pending events
processed. Lines alternate speakers, recommendations, decisions and actions in Arabic and
French. Then the store is doubled and ``core.search`` is timed on the result.

The same lines are then timed without the meeting's side panels (sign-in, speakers' queue,
recommendations board), which redraw on every captured line, to tell their share; and in a
meeting that itself holds ``--meeting-items`` items.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

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
from ogpdesk.core.search import search
from ogpdesk.core.store import Store, open_store

PLACES = ["Kairouan", "M'saken", "El Kef", "Sfax", "Sousse", "القيروان", "مساكن", "الكاف"]
ARABIC = (
    "البلدية المجلس المواطنين المشاركة الشفافية الميزانية التشاركية المجتمع المدني التنمية "
    "المحلية التخطيط الاستراتيجي الشباب النساء الطرقات النظافة الإنارة المعلومة النفاذ "
    "الحوكمة اللامركزية الالتزامات المتابعة التقييم الجمعيات الساحة الشاشة"
)
FRENCH = (
    "commune conseil citoyens participation transparence budget participatif société civile "
    "développement local planification stratégique jeunes femmes routes propreté éclairage "
    "accès information gouvernance décentralisation engagements suivi évaluation associations"
)
LINES = [
    "Sample Citoyen {n} (جمعية شباب القيروان): {ar}",
    "Sample Expert {n} (MedCities): {fr}",
    "REC: {fr}",
    "توصية: {ar}",
    "DEC: {fr}",
    "ACT: {fr} @Sample Expert 3 2025-06-30",
    "Sample Maire (بلدية مساكن): {ar}",
]


def say(rng: random.Random, arabic: bool) -> str:
    words = (ARABIC if arabic else FRENCH).split(" ")
    return " ".join(rng.choices(words, k=rng.randint(8, 22)))


def fill(store: Store, items: int, per_meeting: int, rng: random.Random) -> None:
    """``items`` items in meetings of ``per_meeting``, through the ORM (search index kept)."""
    with store.session() as session:
        people = session.scalars(select(Participant)).all()
    made = 0
    day = dt.date(2016, 3, 22)
    while made < items:
        with store.transaction() as session:
            meeting = Meeting(
                title=f"Réunion {made} — {rng.choice(PLACES)}",
                kind=rng.choice(list(MeetingKind)),
                date=day + dt.timedelta(days=made // per_meeting),
                city=rng.choice(PLACES),
            )
            rows: list[object] = [meeting]
            count = min(per_meeting, items - made)
            for position in range(1, count + 1):
                rows.append(row(rng, meeting, position, people))
            meeting.item_counter = count
            session.add_all(rows)
            made += count


def row(rng: random.Random, meeting: Meeting, position: int, people: list) -> object:
    roll = rng.random()
    arabic = rng.random() < 0.55
    if roll < 0.05:
        return AgendaItem(
            meeting=meeting, position=position, number=position, title=say(rng, arabic)
        )
    if roll < 0.70:
        person = rng.choice(people)
        return Intervention(
            meeting=meeting,
            position=position,
            participant_id=person.id,
            speaker_name=person.full_name,
            summary=say(rng, arabic),
        )
    if roll < 0.85:
        return Recommendation(
            meeting=meeting, position=position, number=position, text=say(rng, arabic)
        )
    if roll < 0.90:
        return Decision(meeting=meeting, position=position, number=position, text=say(rng, arabic))
    return ActionItem(meeting=meeting, position=position, task=say(rng, arabic))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def enter(widget: object) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        )


def time_capture(
    app: QApplication, store: Store, meeting_id: str, lines: int, *, panels: bool = True
) -> list[float]:
    from ogpdesk.ui import meeting_view
    from ogpdesk.ui.main_window import MainWindow
    from ogpdesk.ui.operations import Operations

    mounted = meeting_view.PANELS
    if not panels:
        meeting_view.PANELS = ()

    window = MainWindow(Operations(store))
    window.show()
    view = window.open_meeting(meeting_id)
    meeting_view.PANELS = mounted
    app.processEvents()
    rng = random.Random(7)
    timings: list[float] = []
    for n in range(lines):
        template = LINES[n % len(LINES)]
        text = template.format(n=n % 40, ar=say(rng, True), fr=say(rng, False))
        view.capture.setText(text)
        before = len(view.timeline.entries())
        started = time.perf_counter()
        enter(view.capture)
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
        shown = view.timeline.entries()
        assert len(shown) > before and view.capture.text() == "", "the line was not recorded"
    window.close()
    window.deleteLater()
    app.processEvents()
    return timings


def report(label: str, timings: list[float]) -> None:
    print(
        f"{label}: p50 {statistics.median(timings):.1f} ms, p99 {percentile(timings, 0.99):.1f}"
        f" ms, max {max(timings):.1f} ms over {len(timings)} lines"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--lines", type=int, default=300)
    parser.add_argument("--meeting-items", type=int, default=5_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="ogpdesk-bench-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    app = QApplication([])
    store = open_store(args.db or folder / "bench.sqlite3")
    rng = random.Random(2016)

    started = time.perf_counter()
    with store.transaction() as session:
        session.add_all(
            Participant(
                full_name=f"Sample {rng.choice(PLACES)} {n}", organisation=rng.choice(PLACES)
            )
            for n in range(2_000)
        )
    fill(store, args.items - 500, 200, rng)
    with store.transaction() as session:
        people = session.scalars(select(Participant)).all()
        target = Meeting(
            title="Kairouan — débat", date=dt.date(2016, 3, 22), kind=MeetingKind.SEMINAR
        )
        session.add(target)
        session.add_all(row(rng, target, p, people) for p in range(1, 501))
        target.item_counter = 500
        session.flush()
        target_id = target.id
    print(
        f"filled {args.items} items and 2,000 participants in {time.perf_counter() - started:.0f} s"
    )

    report(
        f"capture, {args.items} items in store, 500 in the meeting",
        time_capture(app, store, target_id, args.lines),
    )
    report(
        "the same, without the sign-in, speakers and recommendations panels",
        time_capture(app, store, target_id, args.lines, panels=False),
    )

    with store.transaction() as session:
        big = Meeting(
            title="Très longue réunion", date=dt.date(2025, 1, 1), kind=MeetingKind.SEMINAR
        )
        session.add(big)
        session.add_all(row(rng, big, p, people) for p in range(1, args.meeting_items + 1))
        big.item_counter = args.meeting_items
        session.flush()
        big_id = big.id
    report(
        f"capture, {args.meeting_items} items in the meeting itself",
        time_capture(app, store, big_id, min(args.lines, 100)),
    )
    report(
        "the same, without the side panels",
        time_capture(app, store, big_id, min(args.lines, 100), panels=False),
    )

    fill(store, 100_000 - args.items - args.meeting_items, 200, rng)
    with store.session() as session:
        total = sum(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (AgendaItem, Intervention, Recommendation, Decision, ActionItem)
        )
        for query in (
            "المشاركة",
            "الْمُشَارَكَةُ الشفافية",
            "décentralisation",
            "budget part",
            "Kairouan",
        ):
            timings = []
            for _ in range(20):
                started = time.perf_counter()
                hits = search(session, query, limit=50)
                timings.append((time.perf_counter() - started) * 1000)
            print(
                f"search {query!r} at {total} items: p50 {statistics.median(timings):.1f} ms,"
                f" p99 {percentile(timings, 0.99):.1f} ms ({len(hits)} hits shown)"
            )
    store.close()


if __name__ == "__main__":
    main()
