"""The progress matrix and the co-creation report, read back from the files a user gets."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from sqlalchemy.orm import Session

from ogpdesk.core.demo import load_demo
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.meetings import create_process
from ogpdesk.core.models import ProcessKind
from ogpdesk.core.store import Store
from ogpdesk.documents.export import ExportRequest, build, export
from ogpdesk.documents.model import Document, Heading, KeyValue, Table

# The demo's 2025Q3 matrix as the project manager presents it: number, percent, and change.
Q3 = {
    1: (55, "+30 points"),
    2: (20, "+20 points"),
    3: (60, "+30 points"),
    4: (0, "no change"),
    5: (35, "+20 points"),
    6: (50, "+30 points"),
}


@pytest.fixture
def demo(store: Store) -> Store:
    with store.transaction() as session:
        load_demo(session)
    return store


def _request(kind: str, lang: str, output: Path, **fields: object) -> ExportRequest:
    return ExportRequest(
        kind=kind,
        meeting=fields.pop("meeting", None),  # type: ignore[arg-type]
        process=fields.pop("process", "El Kef"),  # type: ignore[arg-type]
        lang=lang,
        output=output,
        **fields,  # type: ignore[arg-type]
    )


def _tables(document: Document) -> list[Table]:
    return [block for block in document.blocks if isinstance(block, Table)]


def _pdftotext(path: Path, *options: str) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return unicodedata.normalize("NFKC", out).replace("\u00a0", " ")


def test_the_matrix_has_one_row_per_commitment_with_the_change(demo: Store) -> None:
    with demo.session() as session:
        document = build(session, _request("progress", "en", Path("m.pdf"), quarter="2025Q3"))
    assert document.landscape and document.title == "Progress matrix — Q3 2025"
    matrix, milestones, actions = _tables(document)
    assert [c.title for c in matrix.columns][4] == "Change since Q2 2025"
    rows = {int(row[0]): row for row in matrix.rows}
    assert sorted(rows) == [1, 2, 3, 4, 5, 6]
    for number, (percent, change) in Q3.items():
        assert rows[number][3] == f"{percent}%"
        assert rows[number][4].startswith(change)
    assert rows[1][2] == "Substantial" and "from Limited to Substantial" in rows[1][4]
    assert rows[4][2] == "Not started" and "\n" not in rows[4][4]
    # Every milestone, with its due date; the actions decided at the 2025Q3 meeting.
    assert len(milestones.rows) >= 12
    assert [row[0] for row in actions.rows] == ["4", "5"]
    summary = next(b for b in document.blocks if isinstance(b, KeyValue))
    assert ("Average completion", "37% (previous quarter, Q2 2025: 15%)") in summary.items


def test_the_matrix_speaks_the_language_asked_for(demo: Store) -> None:
    with demo.session() as session:
        arabic = build(session, _request("progress", "ar", Path("m.pdf"), quarter="2025Q3"))
        french = build(session, _request("progress", "fr", Path("m.pdf"), quarter="2025Q3"))
    assert arabic.direction == "rtl" and french.direction == "ltr"
    ar_rows = _tables(arabic)[0].rows
    fr_rows = _tables(french)[0].rows
    assert ar_rows[0][1].startswith("تعزيز") and fr_rows[0][1].startswith("Renforcer")
    assert fr_rows[0][3] == "55\u00a0%" and ar_rows[0][3] == "55%"
    # In words, not with a sign that right-to-left text would move after the figure.
    assert ar_rows[0][4].startswith("تقدم بـ30 نقطة") and ar_rows[3][4].startswith("دون تغيير")


def test_the_quarter_comes_from_the_meeting_when_not_given(demo: Store) -> None:
    with demo.session() as session:
        document = build(
            session, _request("progress", "en", Path("m.pdf"), process=None, meeting="2025 Q3")
        )
    assert document.title.endswith("Q3 2025")


def test_a_plan_never_reviewed_has_no_matrix(store: Store) -> None:
    with store.transaction() as session:
        create_process(session, title="Plan d'action Béja", kind=ProcessKind.ACTION_PLAN)
    with store.session() as session, pytest.raises(InvalidInput, match="No progress"):
        build(session, _request("progress", "fr", Path("m.pdf"), process="Béja"))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, OGPDESK_LANG="en")
    return subprocess.run(
        [sys.executable, "-m", "ogpdesk.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_command_line_writes_the_matrix_in_three_formats(demo: Store, tmp_path: Path) -> None:
    for suffix in ("pdf", "docx", "xlsx"):
        done = _cli(
            "--db", demo.url, "export", "progress", "--process", "El Kef",
            "--quarter", "2025Q3", "--lang", "fr", "-o", str(tmp_path / f"m.{suffix}"),
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == str(tmp_path / f"m.{suffix}")

    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "m.pdf")], capture_output=True, text=True, check=True
    ).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())  # type: ignore[union-attr]
    assert width > height  # landscape
    text = " ".join(_pdftotext(tmp_path / "m.pdf", "-layout").split())
    for number, (percent, change) in Q3.items():
        french = change.replace("no change", "sans changement")
        assert f"{percent} %" in text and french in text, number
    assert "Matrice d'avancement" in text

    document = docx.Document(str(tmp_path / "m.docx"))
    matrix = next(t for t in document.tables if len(t.columns) == 8)
    assert matrix._tbl.tblPr.find(qn("w:bidiVisual")) is None
    rows = [[c.text for c in row.cells] for row in matrix.rows][1:]
    assert [row[0] for row in rows] == ["1", "2", "3", "4", "5", "6"]
    assert [row[3] for row in rows] == [f"{p}\u00a0%" for p, _c in Q3.values()]

    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx").worksheets[0]
    values = [[v for v in row] for row in sheet.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(values) if row and "%" in row)
    body = values[header + 1 : header + 7]
    assert [str(row[0]) for row in body] == ["1", "2", "3", "4", "5", "6"]
    # Percentages are numbers a spreadsheet can average, shown with a percent format.
    assert [row[3] for row in body] == [int(p) / 100 for p, _c in Q3.values()]


def test_a_wrong_quarter_is_refused_by_the_command_line(demo: Store, tmp_path: Path) -> None:
    done = _cli(
        "--db", demo.url, "export", "progress", "--process", "El Kef",
        "--quarter", "2025-Q7", "-o", str(tmp_path / "m.pdf"),
    )  # fmt: skip
    assert done.returncode == 1 and "not a quarter" in done.stderr
    assert not (tmp_path / "m.pdf").exists()


def _cocreation(session: Session, lang: str) -> Document:
    return build(session, _request("cocreation", lang, Path("c.pdf")))


def test_the_cocreation_report_gives_the_template_figures(demo: Store, tmp_path: Path) -> None:
    with demo.session() as session:
        document = _cocreation(session, "en")
        export(session, _request("cocreation", "ar", tmp_path / "c.docx"))
    figures = dict(_tables(document)[0].rows)
    # The El Kef seed: 8 groups, 6 public meetings.
    assert figures["How many groups participated"] == "8"
    assert figures["How many public-facing meetings were held"] == "6"
    headings = [b.text for b in document.blocks if isinstance(b, Heading)]
    assert "Participants by stakeholder group" in headings
    meetings = next(t for t in _tables(document) if len(t.columns) == 5)
    assert len(meetings.rows) == 6
    assert meetings.rows[0][1] == "5 October 2024"
    traced = _tables(document)[-1]
    assert {row[0] for row in traced.rows} >= {"1", "3", "4", "6"}

    arabic = docx.Document(str(tmp_path / "c.docx"))
    text = "\n".join(cell.text for t in arabic.tables for row in t.rows for cell in row.cells)
    assert "8" in text and "6" in text
    assert arabic.tables[0]._tbl.tblPr.find(qn("w:bidiVisual")) is not None


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_matrix_workbook_prints_on_the_page_width_with_numbers(
    demo: Store, tmp_path: Path, lang: str
) -> None:
    target = tmp_path / f"matrix-{lang}.xlsx"
    with demo.session() as session:
        export(session, _request("progress", lang, target, quarter="2025Q3"))
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    percents = [cell for row in sheet.iter_rows() for cell in row if cell.number_format == "0%"]
    # One percentage per commitment at least, each a number a spreadsheet can average.
    assert len(percents) >= 6
    assert all(isinstance(cell.value, (int, float)) and 0 <= cell.value <= 1 for cell in percents)
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows
    assert len(sheet.title) <= 31 and not sheet.title.endswith(" ")
    # What LibreOffice Calc prints: every column of the matrix on one page's width, so the
    # first and last column titles share page 1 (read in French: LibreOffice's Arabic text
    # layer does not read back letter for letter).
    office = subprocess.run(
        ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
         str(target)],
        capture_output=True, timeout=180, check=True,
        env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    assert office.returncode == 0
    if lang == "fr":
        first_page = _pdftotext(target.with_suffix(".pdf"), "-f", "1", "-l", "1")
        header = next(
            [str(cell.value) for cell in row if cell.value]
            for row in sheet.iter_rows()
            if any(cell.value == "%" for cell in row)
        )
        for title in (header[0], header[-1]):
            assert all(word in first_page for word in title.split()), title


def test_sheet_names_are_cut_at_a_word() -> None:
    from ogpdesk.documents.xlsx import sheet_title

    title = "Matrice d'avancement — Plan d'action local du Kef 2024–2027"
    assert sheet_title(title) == "Matrice d'avancement — Plan"
    assert sheet_title("Actions: [ouvertes]") == "Actions ouvertes"
    assert len(sheet_title("x" * 40)) == 31
