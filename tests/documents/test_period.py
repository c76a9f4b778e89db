"""Figures are those of the period a document describes: the Q3 2025 matrix and public page
count a milestone as overdue as of 30 September 2025, even when written years later."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from ogpdesk.core.commitments import add_milestone
from ogpdesk.core.demo import load_demo
from ogpdesk.core.meetings import find_process
from ogpdesk.core.progress import Quarter, matrix
from ogpdesk.core.store import Store
from ogpdesk.documents.export import ExportRequest, export
from ogpdesk.documents.site import site_data

# Years after the quarter: by this clock every milestone of the plan is past due.
LATER = dt.date(2029, 6, 1)
LATE_STEP = "Sample milestone due in August 2025"


@pytest.fixture
def plan(store: Store) -> Store:
    """The El Kef demo, plus one milestone due within Q3 2025 and never reviewed done."""
    with store.transaction() as session:
        load_demo(session)
        process = find_process(session, "El Kef")
        second = next(c for c in process.commitments if c.number == 2)
        add_milestone(session, second, LATE_STEP, due_date=dt.date(2025, 8, 15))
    return store


def test_the_q3_matrix_counts_overdue_as_of_the_end_of_september(plan: Store) -> None:
    with plan.session() as session:
        process = find_process(session, "El Kef")
        table = matrix(session, process, "2025Q3", milestones=True)
        late = [row.milestone for row in table.rows if row.overdue]
        # Due in the quarter and not done by its end; those due on 30 September or later are
        # not late yet, whatever the clock says.
        assert late == [LATE_STEP]
        milestones = [row for row in table.rows if row.milestone_id is not None]
        assert len(milestones) == 16
        # Reviewed at the commitment's level: not "not reviewed this quarter".
        assert sum(row.covered for row in milestones) == 16
        data = site_data(session, process, Quarter(2025, 3), LATER)
        assert data.overdue == 1
        assert data.published == LATER
        marked = [
            m.deliverable.original for card in data.cards for m in card.milestones if m.overdue
        ]
        assert marked == [LATE_STEP]


def test_the_q3_matrix_file_says_so_in_french(plan: Store, tmp_path: Path, read) -> None:
    with plan.session() as session:
        process = find_process(session, "El Kef")
        for suffix in ("pdf", "xlsx"):
            request = ExportRequest(
                "progress", None, process.id, "fr", tmp_path / f"m.{suffix}", quarter="2025Q3",
                today=LATER,
            )  # fmt: skip
            export(session, request)
        site = ExportRequest("site", None, process.id, "fr", tmp_path / "site", "2025Q3",
                             today=LATER)  # fmt: skip
        export(session, site)
    text = " ".join(read.pdf_text(tmp_path / "m.pdf").split())
    assert "Non examiné ce trimestre" not in text
    # Column text may interleave in extraction: the word, once.
    assert text.count("retard") == 1
    cells = [
        str(c.value)
        for sheet in openpyxl.load_workbook(tmp_path / "m.xlsx").worksheets
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    ]
    assert sum("en retard" in c for c in cells) == 1
    page = (tmp_path / "site" / "fr.html").read_text(encoding="utf-8")
    assert "jalon en retard" in page and "jalons en retard" not in page
    # Content in French: the plan, the lead municipality, the commitments.
    assert "action local OGP du Kef 2024–2027" in page and "Commune du Kef" in page
    assert "Transparence financière et fiscale" in page and "Commune du El Kef" not in page
    assert "Transparence financière et fiscale" in text
