"""Exporting the minutes of a long meeting: 300 interventions and 60 recommendations.

    .venv/bin/python benchmarks/export.py [--repeat 3] [--no-libreoffice]

For each language (ar, fr, en) and format (PDF, DOCX): seconds per document (best of
``--repeat``, after one warm-up that loads the fonts), and the ratio to the floor — the same
paragraphs written by plain reportlab (``Paragraph`` flowables, its own wrapping, no shaping,
bidi, tables or page furniture) and by plain python-docx (``add_paragraph``, no style or bidi
marks). The DOCX is also converted with ``libreoffice --headless --convert-to pdf`` (one run,
the program's start-up included), for comparison with a word processor's rendering.

Then the whole process, as a user or a script runs it: ``python -m ogpdesk.cli export minutes
… -o minutes.pdf`` against a bare script that imports only reportlab (or python-docx), reads
the same paragraphs and writes them as above — ``--processes`` runs of each, interleaved,
median wall-clock seconds and their ratio. ``--also PATH`` times the command of another
checkout too (for example an export of an earlier commit), on a store it made itself.
Each ``ogpdesk`` package is compiled to bytecode (``compileall``) first, as a user's install
is: run from a checkout with ``PYTHONDONTWRITEBYTECODE`` (this sandbox sets it), every
command would otherwise compile our modules again, 0.1–0.3 s no user waits for. The bare
scripts import only installed libraries, which pip compiled when it installed them.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from ogpdesk.core import capture
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import MeetingKind, Priority, Recommendation
from ogpdesk.core.store import open_store
from ogpdesk.documents import pdf, shaping
from ogpdesk.documents.export import ExportRequest, build, render

SPEAKERS = [
    ("محمد بن صالح (sample)", "بلدية القيروان"),
    ("Sample Person Leila", "KTC Sfax"),
    ("مريم (sample)", "جمعية M'Saken 2050"),
    ("Sample Person Hédi", "Joussour"),
    ("سامي (sample)", "TWIZA"),
    ("Sample Person Inès", "MedCities"),
]
SAID = [
    "نقترح تخصيص 250\u00a0000 دينار لمشروع M'Saken 2050 في 2025، مع إشراك المجتمع المدني "
    "والخبراء والجامعيين منذ البداية في إعداد استراتيجية المدينة ومتابعة تنفيذها.",
    "Il faut diffuser l'expérience de Sousse et de Sfax auprès des petites communes de la "
    "région, qui ont peu de personnel, et prévoir une assistance technique de KTC Sfax.",
    "The projects of a city strategy need the law on public-private partnership (3P) to be "
    "financed; the municipality should publish the figures every quarter.",
    "طالبت بتحديد مجموعات العمل القطاعية والانطلاق في إعداد مخطط استراتيجي لتنمية مدينة "
    "القيروان (Kairouan) قبل موفى جوان 2026.",
]
RECOMMENDATIONS = [
    ("Disseminate this experience for small municipalities in the region",
     "تعميم هذه التجربة على البلديات الصغرى في الجهة"),
    ("Adopt a participative approach between the municipality, the administrations and "
     "the civil society", "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني"),
    ("Accelerate the identification of sector working groups",
     "التسريع في تحديد مجموعات العمل القطاعية"),
]  # fmt: skip


# Where a recommendation's Arabic version goes (``translation`` before schema 0005), so that
# ``--also`` can time an older checkout on the same meeting.
ARABIC_VERSION = "text_ar" if hasattr(Recommendation, "text_ar") else "translation"


def record_meeting(path: Path) -> str:
    store = open_store(path)
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Long awareness session — Kairouan (benchmark)",
            title_ar="يوم تحسيسي طويل — القيروان",
            date=dt.date(2016, 3, 22),
            kind=MeetingKind.AWARENESS_SESSION,
            city="Kairouan",
            chair="Sample Moderator",
            secretary="سامية (sample)",
        )
        for item in range(10):
            capture.add_agenda_item(session, meeting, f"Point {item + 1} — محور {item + 1}")
            for said in range(30):
                name, organisation = SPEAKERS[(item + said) % len(SPEAKERS)]
                # Numbered, so that no two sentences are alike (nothing comes from a cache).
                capture.add_intervention(
                    session,
                    meeting,
                    f"{SAID[(item * 30 + said) % len(SAID)]} — {item * 30 + said + 1}",
                    speaker_name=name,
                    organisation=organisation,
                )
            for rec in range(6):
                text, arabic = RECOMMENDATIONS[(item + rec) % len(RECOMMENDATIONS)]
                capture.add_recommendation(
                    session,
                    meeting,
                    f"{text} ({item + 1}.{rec + 1})",
                    **{ARABIC_VERSION: arabic},
                    theme=f"Theme {rec % 4 + 1}",
                    priority=Priority.HIGH if rec % 2 else Priority.MEDIUM,
                )
        meeting_id = meeting.id
    store.close()
    return meeting_id


def cold_caches() -> None:
    """Forget shaped words, levels and widths: a real meeting's sentences are all new."""
    shaping.shaped.cache_clear()
    shaping._shaped_word.cache_clear()
    shaping.levels.cache_clear()
    pdf._width.cache_clear()


def best(action: Callable[[], object], repeat: int) -> float:
    action()  # warm-up: fonts registered, modules imported
    timings = []
    for _ in range(repeat):
        cold_caches()
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def texts(document) -> list[str]:
    """The paragraphs a plain writer would write: every block's text, one per paragraph."""
    from ogpdesk.documents.model import BilingualTable, Heading, KeyValue, Table
    from ogpdesk.documents.model import Paragraph as Para

    found: list[str] = [document.title]
    for block in document.blocks:
        if isinstance(block, Heading | Para):
            found.append(block.text)
        elif isinstance(block, Table):
            found.extend(" ".join(row) for row in block.rows)
        elif isinstance(block, BilingualTable):
            found.extend(f"{r.ar} {r.fr}" for r in block.rows)
        elif isinstance(block, KeyValue):
            found.extend(f"{k} {v}" for k, v in block.items)
    return found


def plain_pdf(paragraphs: list[str], path: Path) -> None:
    pdf.register_fonts()
    style = ParagraphStyle("plain", fontName=pdf.FONT, fontSize=10.5, leading=17)
    story = [Paragraph(escape(text), style) for text in paragraphs]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def plain_docx(paragraphs: list[str], path: Path) -> None:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))


def libreoffice(path: Path, folder: Path) -> float | None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        return None
    start = time.perf_counter()
    subprocess.run(
        [office, f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(path)],
        check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - start


FLOOR_SCRIPT = """
import json, sys
paragraphs = json.load(open(sys.argv[1], encoding="utf-8"))
if sys.argv[2].endswith(".pdf"):
    from xml.sax.saxutils import escape
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    pdfmetrics.registerFont(TTFont("Amiri", sys.argv[3]))
    style = ParagraphStyle("plain", fontName="Amiri", fontSize=10.5, leading=17)
    story = [Paragraph(escape(text), style) for text in paragraphs]
    SimpleDocTemplate(sys.argv[2], pagesize=A4).build(story)
else:
    import docx
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(sys.argv[2])
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=300)
    return time.perf_counter() - start


def whole_process(folder: Path, runs: int, others: list[Path]) -> None:
    """The command line against the bare-library scripts, each in a fresh process."""
    import fontpkg_amiri

    font = str(fontpkg_amiri.ROOT / "files" / "Amiri-Regular.ttf")
    floor_script = folder / "floor.py"
    floor_script.write_text(FLOOR_SCRIPT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    # (name, environment, database, meeting) of each ogpdesk measured.
    commands = [("ogpdesk", env, folder / "bench.sqlite3")]
    for source in (Path(__file__).resolve().parent.parent, *others):
        compileall.compile_dir(str(source / "ogpdesk"), quiet=1)
    for number, other in enumerate(others):
        other_env = {**env, "PYTHONPATH": str(other)}
        database = folder / f"other{number}.sqlite3"
        subprocess.run(
            [sys.executable, __file__, "--record", str(database)],
            check=True, env=other_env, cwd=folder, timeout=600,
        )  # fmt: skip
        commands.append((f"ogpdesk@{other}", other_env, database))
    meetings = {
        name: subprocess.run(
            [sys.executable, "-m", "ogpdesk.cli", "--db", str(db), "meetings"],
            check=True, capture_output=True, text=True, env=e, cwd=folder,
        ).stdout.split("\t")[0]
        for name, e, db in commands
    }  # fmt: skip
    print(f"\nWhole process, median of {runs} runs (seconds); {load_line()}")
    print(f"{'lang':4} {'format':6} {'floor':>7} " + " ".join(
        f"{name[-24:]:>24} {'ratio':>6}" for name, _e, _db in commands))  # fmt: skip
    for lang in ("ar", "fr", "en"):
        for suffix in (".pdf", ".docx"):
            paragraphs = folder / f"paragraphs-{lang}.json"
            timings: dict[str, list[float]] = {name: [] for name, _e, _db in commands}
            timings["floor"] = []
            for run in range(runs):
                jobs = [("floor", [sys.executable, str(floor_script), str(paragraphs),
                                   str(folder / f"floor-run{suffix}"), font], env)]  # fmt: skip
                for name, e, db in commands:
                    jobs.append((name, [sys.executable, "-m", "ogpdesk.cli", "--db", str(db),
                                        "export", "minutes", "--meeting", meetings[name],
                                        "--lang", lang, "-o",
                                        str(folder / f"cli-run{suffix}")], e))  # fmt: skip
                for name, command, e in jobs if run % 2 == 0 else jobs[::-1]:
                    timings[name].append(timed(command, e))
            floor = statistics.median(timings["floor"])
            cells = " ".join(
                f"{statistics.median(timings[name]):24.3f} "
                f"{statistics.median(timings[name]) / floor:6.2f}"
                for name, _e, _db in commands
            )
            print(f"{lang:4} {suffix[1:]:6} {floor:7.3f} {cells}")
    print(f"after: {load_line()}")


def load_line() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} CPUs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-libreoffice", action="store_true")
    parser.add_argument("--processes", type=int, default=7, help="whole-process runs (0: none)")
    parser.add_argument("--also", type=Path, action="append", default=[])
    parser.add_argument("--record", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.record:
        record_meeting(args.record)
        return

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        database = folder / "bench.sqlite3"
        meeting_id = record_meeting(database)
        store = open_store(database)
        print("Minutes of 300 interventions and 60 recommendations (seconds, best of "
              f"{args.repeat} after a warm-up)\n")  # fmt: skip
        header = f"{'lang':4} {'format':6} {'build':>7} {'render':>7} {'total':>7} "
        print(header + f"{'floor':>7} {'ratio':>6} {'pages':>6} {'LibreOffice':>12}")
        for lang in ("ar", "fr", "en"):
            for suffix in (".pdf", ".docx"):
                output = folder / f"minutes-{lang}{suffix}"
                request = ExportRequest("minutes", meeting_id, None, lang, output)
                with store.session() as session:
                    built = best(lambda: build(session, request), args.repeat)  # noqa: B023
                    document = build(session, request)
                rendered = best(lambda: render(document, output), args.repeat)  # noqa: B023
                paragraphs = texts(document)
                (folder / f"paragraphs-{lang}.json").write_text(
                    json.dumps(paragraphs, ensure_ascii=False), encoding="utf-8"
                )
                floor_path = folder / f"floor-{lang}{suffix}"
                writer = plain_pdf if suffix == ".pdf" else plain_docx
                floor = best(lambda: writer(paragraphs, floor_path), args.repeat)  # noqa: B023
                total = built + rendered
                pages = ""
                if suffix == ".pdf":
                    info = subprocess.run(["pdfinfo", str(output)], capture_output=True,
                                          text=True).stdout  # fmt: skip
                    pages = next((line.split()[-1] for line in info.splitlines()
                                  if line.startswith("Pages:")), "")  # fmt: skip
                office = ""
                if suffix == ".docx" and not args.no_libreoffice:
                    seconds = libreoffice(output, folder)
                    office = f"{seconds:.2f}" if seconds is not None else "absent"
                print(
                    f"{lang:4} {suffix[1:]:6} {built:7.3f} {rendered:7.3f} {total:7.3f} "
                    f"{floor:7.3f} {total / floor:6.2f} {pages:>6} {office:>12}"
                )
        store.close()
        if args.processes:
            whole_process(folder, args.processes, args.also)


if __name__ == "__main__":
    main()
