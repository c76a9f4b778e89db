"""Start-up on a real X server (Xvfb), against a bare PySide6 window started the same way.

    .venv/bin/python benchmarks/startup.py [--runs 15] [--also PATH ...] [--memory]

Each run starts a fresh Python process, as a user's launcher does, with ``DISPLAY`` on an
Xvfb server of its own and ``QT_QPA_PLATFORM=xcb``. Three moments are timed from just before
the process is started (one system-wide monotonic clock, read by both processes):

- mapped: the main window's first Expose event, when the X server shows it;
- home: the home view filled with the meetings (ogpdesk shows its window before it opens
  the store, then fills it);
- ready: the capture line of the last meeting accepting keys. For ogpdesk, Enter is sent to
  the home view's list right after it is mapped (the meeting opened last is the one chosen),
  then a key to the capture line once it has focus and has been painted; for the bare
  window, the key goes to its line edit after its first paint;
- the resident memory (VmRSS) with the home view filled.

Variants: ``bare`` (QApplication, a QMainWindow holding a QLineEdit, show, exec), ``ogpdesk``
(the same QApplication, then ``ogpdesk.cli.main(["--db", …])``, the path of the ``ogpdesk``
command), and with ``--also PATH`` the ogpdesk of another checkout (for example an export of
the previous commit: ``git archive HEAD~3 | tar -x -C /tmp/before``), put first on
``sys.path``. Runs are interleaved (bare, ogpdesk, …, then the next run) so that a busy
machine slows every variant alike; printed are medians and the ratio of each median to the
bare window's.

``--memory`` adds a meeting of ``--meeting-items`` items (10,000), opens it as above, brings
the recommendations board to the front, opens the projector and prints the RSS then.

Each variant's ``ogpdesk`` package is compiled to bytecode (``compileall``) before the runs: a
user's install has it (pip compiles the wheel, the frozen build holds only bytecode), while
a checkout run with ``PYTHONDONTWRITEBYTECODE`` — as this sandbox sets it — would compile
every module again in every run, 0.1–0.3 s that no user waits for.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parent.parent


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# -- the child: one start-up, marks printed as JSON on stdout ------------------------------


def child(variant: str, db: str, memory: bool) -> int:
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QWindow
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

    app = QApplication(sys.argv)
    marks: dict[str, float] = {}

    def key(widget: QObject, code: Qt.Key, text: str) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text)
            )

    def main_window() -> QMainWindow | None:
        found = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        return found[0] if found else None

    def finish() -> None:
        if memory and variant != "bare":
            window = main_window()
            view = getattr(window, "meeting", None)
            panel = view.panel("RecommendationsBoard") if view is not None else None
            if panel is not None:
                view.panels.setCurrentWidget(panel)
            window.show_projector()
            for _ in range(20):
                app.processEvents()
            marks["rss_meeting"] = rss_mb()
        print(json.dumps(marks), flush=True)
        app.exit(0)

    class Probe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.line: QLineEdit | None = None

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            kind = event.type()
            if "mapped" not in marks and kind == QEvent.Type.Expose:
                if isinstance(obj, QWindow) and obj.isExposed():
                    marks["mapped"] = time.monotonic()
                    QTimer.singleShot(0, self.open_last)
            elif (
                self.line is not None
                and obj is self.line
                and kind == QEvent.Type.Paint
                and "ready" not in marks
            ):
                QTimer.singleShot(0, self.type_key)
            return False

        def open_last(self) -> None:
            try:
                self._open_last()
            except BaseException:
                traceback.print_exc()
                app.exit(1)

        def _open_last(self) -> None:
            window = main_window()
            if not getattr(window, "attached", True):
                # Shown before its store is open: Enter once the home view is filled.
                QTimer.singleShot(1, self.open_last)
                return
            marks["home"] = time.monotonic()
            marks["rss_home"] = rss_mb()
            if variant != "bare":
                key(window.home.tree, Qt.Key.Key_Return, "\r")
            focused = window.focusWidget()
            assert isinstance(focused, QLineEdit), f"focus on {focused!r}, not a line edit"
            self.line = focused
            self.line.update()

        def type_key(self) -> None:
            try:
                self._type_key()
            except BaseException:
                traceback.print_exc()
                app.exit(1)

        def _type_key(self) -> None:
            if "ready" in marks:
                return
            key(self.line, Qt.Key.Key_A, "a")
            assert self.line.text().endswith("a"), "the key was not accepted"
            marks["ready"] = time.monotonic()
            QTimer.singleShot(0, finish)

    probe = Probe()
    app.installEventFilter(probe)
    if variant == "bare":
        window = QMainWindow()
        window.setWindowTitle("bare")
        line = QLineEdit()
        window.setCentralWidget(line)
        window.resize(1280, 800)
        line.setFocus()
        window.show()
        return app.exec()
    from ogpdesk.cli import main

    return main(["--db", db])


# -- the parent: Xvfb, the store, interleaved runs -----------------------------------------


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = pipe.readline().strip()
    if not display:
        raise SystemExit("Xvfb did not start (is the xvfb package installed?)")
    return server, f":{display}"


def prepare(folder: Path, meeting_items: int) -> None:
    """A store with the demo (and a meeting of ``meeting_items``), opened last in the window.

    Run by each variant's own code (a store written by a newer ogpdesk is refused by an
    older one): ``folder`` gets ``startup.sqlite3`` and the settings folder ``config``.
    """
    from PySide6.QtCore import QSettings

    from ogpdesk.core.demo import load_demo
    from ogpdesk.core.models import (
        Intervention,
        Meeting,
        MeetingKind,
        MeetingStatus,
        Recommendation,
    )
    from ogpdesk.core.store import open_store
    from ogpdesk.ui import settings

    path = folder / "startup.sqlite3"
    store = open_store(path)
    with store.transaction() as session:
        load_demo(session)
    with store.session() as session:
        # The latest meeting one can still type into (an approved one is read-only).
        last = (
            session.query(Meeting)
            .filter(Meeting.status != MeetingStatus.APPROVED)
            .order_by(Meeting.date.desc())
            .first()
        )
        assert last is not None
        last_id = last.id
    if meeting_items:
        with store.transaction() as session:
            meeting = Meeting(title="Very long meeting", date=last.date, kind=MeetingKind.SEMINAR)
            session.add(meeting)
            rows: list[object] = []
            for position in range(1, meeting_items + 1):
                if position % 5 == 0:
                    rows.append(
                        Recommendation(
                            meeting=meeting,
                            position=position,
                            number=position // 5,
                            text=f"توصية رقم {position} — recommandation {position}",
                        )
                    )
                else:
                    rows.append(
                        Intervention(
                            meeting=meeting,
                            position=position,
                            speaker_name=f"Sample Speaker {position % 40}",
                            summary=f"مداخلة رقم {position} حول الميزانية — intervention",
                        )
                    )
            session.add_all(rows)
            meeting.item_counter = meeting_items
            session.flush()
            last_id = meeting.id
    store.checkpoint()
    store.close()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "config"))
    settings.RECENT_MEETINGS.set([last_id])


def compile_package(source: Path) -> None:
    """Bytecode for ``source``'s ogpdesk, as installed (see the module's docstring)."""
    compileall.compile_dir(str(source / "ogpdesk"), quiet=1)


def variant_env(env: dict[str, str], source: Path | None, folder: Path) -> dict[str, str]:
    child_env = {**env, "XDG_CONFIG_HOME": str(folder / "config")}
    if source is not None:
        child_env["PYTHONPATH"] = str(source)
    return child_env


def run_once(variant: str, folder: Path, env: dict[str, str], memory: bool):
    db = folder / "startup.sqlite3"
    command = [sys.executable, str(HERE), "--child", variant, "--db", str(db)]
    if memory:
        command.append("--memory")
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{variant} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    marks = json.loads(lines[-1])
    for name in ("mapped", "home", "ready"):
        marks[name] = (marks[name] - started) * 1000
    return marks


def load_line() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} CPUs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--also", type=Path, action="append", default=[])
    parser.add_argument("--memory", action="store_true")
    parser.add_argument("--meeting-items", type=int, default=10_000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.exit(child(args.child, args.db, args.memory))
    if args.prepare:
        prepare(args.prepare, args.meeting_items if args.memory else 0)
        return

    variants: list[tuple[str, Path | None]] = [("bare", None), ("ogpdesk", REPO)]
    variants += [(f"ogpdesk@{path}", path) for path in args.also]
    with tempfile.TemporaryDirectory(prefix="ogpdesk-startup-") as scratch:
        folder = Path(scratch)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_DATA_HOME": str(folder / "data"),
            "XDG_CACHE_HOME": str(folder / "cache"),
            "OGPDESK_LANG": "fr",
        }
        env.pop("PYTHONPATH", None)
        setups = {}
        for number, (name, source) in enumerate(variants):
            place = folder / f"variant{number}"
            place.mkdir()
            setups[name] = (place, variant_env(env, source, place))
            if source is not None:
                compile_package(source)
            if name != "bare":
                command = [sys.executable, str(HERE), "--prepare", str(place)]
                subprocess.run(
                    command + (["--memory"] if args.memory else []),
                    env=setups[name][1],
                    check=True,
                    timeout=600,
                )
        server, display = start_xvfb()
        for _place, variant_environment in setups.values():
            variant_environment["DISPLAY"] = display
        print(f"Xvfb on {display}; before: {load_line()}")
        results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in variants}
        try:
            for run in range(args.runs):
                # Alternate the order, so that no variant always follows another.
                order = variants if run % 2 == 0 else variants[::-1]
                for name, _source in order:
                    place, variant_environment = setups[name]
                    results[name].append(run_once(name, place, variant_environment, args.memory))
        finally:
            server.terminate()
            server.wait()
        print(f"after: {load_line()}")

    def median(name: str, mark: str) -> float:
        return statistics.median(r[mark] for r in results[name])

    bare_mapped = median("bare", "mapped")
    print(f"\nmedians of {args.runs} runs (ms, MB); ratios to the bare window's")
    print(
        f"{'variant':<28} {'mapped':>7} {'ratio':>6} {'home':>7} {'ratio':>6} {'ready':>7} "
        f"{'ratio':>6} {'/mapped':>7} {'RSS home':>9} {'ratio':>6}"
        + (f" {'RSS meeting':>12}" if args.memory else "")
    )
    for name, _source in variants:
        mapped, home, ready = (median(name, mark) for mark in ("mapped", "home", "ready"))
        rss = median(name, "rss_home")
        line = (
            f"{name[-28:]:<28} {mapped:7.0f} {mapped / bare_mapped:6.2f} "
            f"{home:7.0f} {home / median('bare', 'home'):6.2f} "
            f"{ready:7.0f} {ready / median('bare', 'ready'):6.2f} {ready / bare_mapped:7.2f} "
            f"{rss:9.0f} {rss / median('bare', 'rss_home'):6.2f}"
        )
        if args.memory and name != "bare":
            line += f" {median(name, 'rss_meeting'):12.0f}"
        print(line)
    print(
        "ready: the capture line of the last meeting accepting keys; /mapped: ready against "
        "the bare window mapped"
    )


if __name__ == "__main__":
    main()
