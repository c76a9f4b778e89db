"""The quarterly review screen, driven as the project manager drives it, on the El Kef demo."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QSpinBox
from sqlalchemy import select

from ogpdesk.core.demo import load_demo
from ogpdesk.core.meetings import create_meeting, find_process, set_status
from ogpdesk.core.models import (
    ActionItem,
    Decision,
    Meeting,
    MeetingKind,
    MeetingStatus,
    ProgressReview,
    ProgressStatus,
)
from ogpdesk.core.progress import Quarter, quarter_rows
from ogpdesk.core.store import Store
from ogpdesk.core.typography import typeset
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.progress_review import (
    CHALLENGES,
    EVIDENCE,
    PERCENT,
    STATUS,
    ProgressReviewPanel,
)

CHALLENGE = "تأخر الموافقة على الميزانية — budget 2026 voté le 15 janvier"


def _january_meeting(store: Store) -> str:
    """The El Kef demo, plus the January 2026 quarterly meeting that reviews 2025Q4."""
    with store.transaction() as session:
        load_demo(session)
        process = find_process(session, "El Kef")
        return create_meeting(
            session,
            title="Quarterly review of the action plan — 2025 Q4",
            title_ar="الاجتماع الثلاثي لمتابعة خطة العمل — الثلاثي الرابع 2025",
            date=dt.date(2026, 1, 15),
            kind=MeetingKind.QUARTERLY_REVIEW,
            city="El Kef",
            process=process,
        ).id


def _shown(qtbot, panel: ProgressReviewPanel) -> ProgressReviewPanel:  # type: ignore[no-untyped-def]
    qtbot.addWidget(panel)
    panel.resize(1400, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _edit(panel: ProgressReviewPanel, row: int, column: int) -> object:
    """Open the cell's editor as a double-click would, and return it."""
    index = panel.model.index(row, column)
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    kind = {STATUS: QComboBox, PERCENT: QSpinBox}.get(column, QLineEdit)
    # Editors closed earlier linger hidden until deleted; the open one is visible.
    editors = [w for w in panel.table.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1, "no editor opened"
    return editors[0]


def _commit(qtbot, panel: ProgressReviewPanel, editor: object) -> None:  # type: ignore[no-untyped-def]
    """Enter, as a user ends an edit; the view commits it once the event loop runs."""
    QTest.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[arg-type]
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: panel.table.state() != editing, timeout=2000)


def _fill(qtbot, panel: ProgressReviewPanel, keyboard) -> None:  # type: ignore[no-untyped-def]
    """Open the 2025Q4 review and change commitment 2 as the manager would."""
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() > 6
    second = next(i for i, r in enumerate(panel.model.rows) if r.number == 2 and not r.milestone)

    combo = _edit(panel, second, STATUS)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(ProgressStatus.SUBSTANTIAL.value))
    _commit(qtbot, panel, combo)

    spin = _edit(panel, second, PERCENT)
    assert isinstance(spin, QSpinBox)
    spin.selectAll()
    keyboard.type(spin, "45")
    _commit(qtbot, panel, spin)

    line = _edit(panel, second, CHALLENGES)
    assert isinstance(line, QLineEdit)
    line.clear()
    keyboard.type(line, CHALLENGE)
    _commit(qtbot, panel, line)

    line = _edit(panel, second, EVIDENCE)
    assert isinstance(line, QLineEdit)
    line.clear()
    keyboard.type(line, "https://www.commune-elkef.tn/budget-2026")
    _commit(qtbot, panel, line)


def test_a_review_is_opened_prefilled_and_edited_through_the_table(
    qtbot, ops: Operations, store: Store, keyboard
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _january_meeting(store)
    panel = _shown(qtbot, ProgressReviewPanel(ops, meeting_id))
    assert panel.quarter.text() == "2025Q4"
    assert panel.model.rowCount() == 0 and panel.open_button.isEnabled()

    _fill(qtbot, panel, keyboard)

    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        q4 = quarter_rows(session, meeting, "2025Q4")
        assert meeting.process is not None
        from ogpdesk.core.progress import matrix

        q3 = {
            (r.commitment_id, r.milestone_id): r
            for r in matrix(session, meeting.process, "2025Q3", milestones=True).rows
        }
        second = next(r for r in q4 if r.commitment.number == 2 and r.milestone_id is None)
        assert (second.status, second.percent) == (ProgressStatus.SUBSTANTIAL, 45)
        assert second.challenges == CHALLENGE
        assert second.evidence == "https://www.commune-elkef.tn/budget-2026"
        # Every other row still says what it said in 2025Q3: prefilled, not re-typed. The
        # demo reviewed commitments only, so milestones start from "not started".
        for row in q4:
            if row is second:
                continue
            before = q3[(row.commitment_id, row.milestone_id)]
            expected = (
                (before.status, before.percent, before.challenges)
                if before.reviewed
                else (ProgressStatus.NOT_STARTED, 0, None)
            )
            assert (row.status, row.percent, row.challenges) == expected
    shown = panel.model.rows
    row = next(r for r in shown if r.number == 2 and not r.milestone)
    assert row.percent_change == 45 - 20  # the demo's 2025Q3 figure for commitment 2

    # Undo the evidence, then the challenges: back to what 2025Q3 said.
    ops.undo_stack.undo()
    ops.undo_stack.undo()
    with store.session() as session:
        review = session.get(ProgressReview, row.review_id)
        assert review is not None
        assert review.evidence == q3[(row.commitment_id, None)].evidence
        assert review.challenges == q3[(row.commitment_id, None)].challenges
        assert review.percent == 45
    ops.undo_stack.redo()
    with store.session() as session:
        review = session.get(ProgressReview, row.review_id)
        assert review is not None and review.challenges == CHALLENGE


def test_a_decision_on_a_row_reaches_the_minutes_and_the_matrix(
    qtbot, ops: Operations, store: Store
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _january_meeting(store)
    panel = _shown(qtbot, ProgressReviewPanel(ops, meeting_id))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    fifth = next(r for r in panel.model.rows if r.number == 5 and not r.milestone)
    assert panel.record_decision(
        fifth,
        "نشر أرقام الشكاوى كل ثلاثية على الشاشة العملاقة",
        task="Publier les chiffres des plaintes du trimestre",
        owner="Association TWIZA",
        due=dt.date(2026, 3, 31),
    )
    shown = next(r for r in panel.model.rows if r.number == 5 and not r.milestone)
    assert shown.actions == ("Publier les chiffres des plaintes du trimestre",)
    with store.session() as session:
        decision = session.scalars(select(Decision).where(Decision.meeting_id == meeting_id)).one()
        assert decision.text == "نشر أرقام الشكاوى كل ثلاثية على الشاشة العملاقة"
        action = session.scalars(
            select(ActionItem).where(ActionItem.meeting_id == meeting_id)
        ).one()
        assert action.progress_review_id == fifth.review_id
    # One undo step removes the decision and its action.
    ops.undo_stack.undo()
    assert next(r for r in panel.model.rows if r.number == 5 and not r.milestone).actions == ()


def test_opening_the_review_is_undone_in_one_step(qtbot, ops: Operations, store: Store) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _january_meeting(store)
    panel = _shown(qtbot, ProgressReviewPanel(ops, meeting_id))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    count = panel.model.rowCount()
    ops.undo_stack.undo()
    assert panel.model.rowCount() == 0 and panel.open_button.isEnabled()
    ops.undo_stack.redo()
    assert panel.model.rowCount() == count
    with store.session() as session:
        assert (
            len(
                session.scalars(
                    select(ProgressReview).where(ProgressReview.quarter == "2025Q4")
                ).all()
            )
            == count
        )


def test_an_approved_meeting_shows_its_matrix_read_only(
    qtbot, ops: Operations, store: Store
) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as session:
        load_demo(session)
        meeting = session.scalars(
            select(Meeting).where(
                Meeting.kind == MeetingKind.QUARTERLY_REVIEW, Meeting.date == dt.date(2025, 10, 9)
            )
        ).one()
        if meeting.status is not MeetingStatus.CLOSED:
            set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
        meeting_id = meeting.id
    panel = _shown(qtbot, ProgressReviewPanel(ops, meeting_id))
    assert Quarter.parse(panel.quarter.text()) == Quarter(2025, 3)
    assert panel.model.rowCount() >= 6
    flags = panel.model.flags(panel.model.index(0, STATUS))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not panel.open_button.isEnabled() and not panel.decision_button.isEnabled()
    assert panel.export_button.isEnabled()


def test_a_meeting_outside_an_action_plan_says_so(qtbot, ops: Operations, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as session:
        meeting_id = create_meeting(
            session, title="Séminaire M'saken 2050", date=dt.date(2016, 3, 26), city="M'saken"
        ).id
    panel = _shown(qtbot, ProgressReviewPanel(ops, meeting_id))
    assert "no action plan" in panel.note.text()
    assert not panel.open_button.isEnabled()


def _words(text: str) -> list[str]:
    """Words without punctuation: pdftotext may set a colon at the other end of an Arabic run."""
    return re.findall(r"\w+", text)


def _pdftotext(path: Path, mode: str) -> str:
    """What a PDF viewer extracts, presentation forms folded back to letters."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", mode, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return unicodedata.normalize("NFKC", out)


MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_matrix_filled_in_the_screen_is_exported_and_read_back(
    qtbot, ops: Operations, store: Store, keyboard, tmp_path: Path, lang: str
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _january_meeting(store)
    panel = _shown(qtbot, ProgressReviewPanel(ops, meeting_id))
    _fill(qtbot, panel, keyboard)
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None and meeting.process is not None
        # Each in the document's language (the demo has Arabic and French versions).
        titles = [
            typeset(getattr(c, f"title_{lang}") or c.title, lang)
            for c in meeting.process.commitments
        ]

    written: list[Path] = []
    for suffix in (".pdf", ".docx", ".xlsx"):
        panel.export(tmp_path / f"matrix-{lang}{suffix}", lang, written.append)
    qtbot.waitUntil(lambda: len(written) == 3, timeout=20_000)

    pdf = tmp_path / f"matrix-{lang}.pdf"
    flat = " ".join(_pdftotext(pdf, "-layout").split())
    assert "45%" in flat.replace("\u00a0", "").replace(" %", "%")
    words = " ".join(_words(flat))
    for title in titles:
        # Long titles wrap inside their cell: their first words are on the first line.
        assert " ".join(_words(title)[:2]) in words
    # A web address longer than its column is cut over lines, drawn one after the other.
    assert "https://www.commune-elkef.tn/budget-2026" in "".join(_pdftotext(pdf, "-raw").split())

    document = docx.Document(str(tmp_path / f"matrix-{lang}.docx"))
    # The first table of eight columns is the matrix (the summary above is a table too).
    table = next(t for t in document.tables if len(t.columns) == 8)
    bidi = table._tbl.tblPr.find(qn("w:bidiVisual"))
    assert (bidi is not None) == (lang == "ar")
    # Read as text: without the marks that set a run's direction.
    cells = [[c.text.translate(MARKS) for c in row.cells] for row in table.rows]
    body = [row for row in cells[1:] if row[0].strip()]
    assert [row[1] for row in body[:6]] == titles
    second = body[1]
    # Typed in Arabic: as typed in Arabic, marked as awaiting its translation in French.
    challenge = CHALLENGE if lang == "ar" else f"{CHALLENGE} [à traduire]"
    assert "45" in " ".join(second) and challenge in second

    sheet = openpyxl.load_workbook(tmp_path / f"matrix-{lang}.xlsx").worksheets[0]
    values = [
        [str(v).translate(MARKS) if v is not None else "" for v in row]
        for row in sheet.iter_rows(values_only=True)
    ]
    second_row = next(row for row in values if titles[1].replace("\u00a0", " ") in row)
    assert challenge in second_row and any("45" in v for v in second_row)
