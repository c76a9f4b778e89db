"""The meeting on screen: what a captured line redraws, and which panels a meeting shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from ogpdesk.core import capture
from ogpdesk.core.demo import load_demo
from ogpdesk.core.meetings import create_meeting, live
from ogpdesk.core.models import Meeting, MeetingKind
from ogpdesk.core.store import Store
from ogpdesk.core.timeline import entries
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.meeting_view import MeetingView
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.recommendations import RecommendationsBoard
from ogpdesk.ui.timeline import TimelineView


@pytest.fixture
def window(qtbot, ops: Operations) -> Iterator[MainWindow]:
    main = MainWindow(ops)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main


@pytest.fixture
def kairouan(store: Store) -> str:
    """The Kairouan awareness session, already under way."""
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Journée de sensibilisation — Kairouan",
            title_ar="يوم تحسيسي حول التخطيط الاستراتيجي — القيروان",
            date=dt.date(2016, 3, 22),
            city="Kairouan",
        )
        capture.add_agenda_item(session, meeting, "النقاش العام / Débat")
        capture.add_intervention(
            session,
            meeting,
            "La planification stratégique commence par un diagnostic partagé.",
            speaker_name="Sample Expert (KTC Sfax)",
        )
        capture.add_recommendation(session, meeting, "اعتماد مقاربة تشاركية")
        return meeting.id


def _reloads(monkeypatch: pytest.MonkeyPatch, view: type) -> list[object]:
    """Calls of ``view.reload`` from now on (views built after this count them)."""
    calls: list[object] = []
    reload = view.reload

    def counted(self) -> None:  # type: ignore[no-untyped-def]
        calls.append(self)
        reload(self)

    monkeypatch.setattr(view, "reload", counted)
    return calls


def _board(view: MeetingView) -> RecommendationsBoard:
    board = view.panel("RecommendationsBoard")
    assert isinstance(board, RecommendationsBoard)
    return board


def test_a_hidden_panel_redraws_when_shown_not_on_every_line(
    qtbot, window: MainWindow, kairouan: str, keyboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    reloads = _reloads(monkeypatch, RecommendationsBoard)
    view = window.open_meeting(kairouan)
    board = _board(view)
    assert view.panels.currentWidget() is not board  # the sign-in panel is in front
    assert [r.text for r in board.rows()] == ["اعتماد مقاربة تشاركية"]
    reloads.clear()

    keyboard.line(view.capture, "Sample Citoyen (M'Saken 2050): نطالب بإشراك الشباب")
    keyboard.line(view.capture, "REC: Créer un observatoire local de la planification")
    assert reloads == [] and board.redraw.stale

    view.panels.setCurrentWidget(board)
    assert len(reloads) == 1 and not board.redraw.stale
    assert [(r.number, r.text) for r in board.rows()] == [
        (1, "اعتماد مقاربة تشاركية"),
        (2, "Créer un observatoire local de la planification"),
    ]


def test_captured_lines_are_appended_as_they_were_made(
    qtbot,
    window: MainWindow,
    store: Store,
    kairouan: str,
    keyboard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    timeline_reloads = _reloads(monkeypatch, TimelineView)
    board_reloads = _reloads(monkeypatch, RecommendationsBoard)
    view = window.open_meeting(kairouan)
    board = _board(view)
    view.panels.setCurrentWidget(board)
    view.capture.setFocus()
    timeline_reloads.clear()
    board_reloads.clear()

    keyboard.line(view.capture, "Sample Maire (بلدية القيروان): نلتزم بنشر الميزانية")
    keyboard.line(view.capture, "توصية: نشر محاضر الجلسات على موقع البلدية")
    keyboard.line(view.capture, "DEC: Tenir la prochaine séance à M'saken")

    # Neither the timeline nor the board read the meeting again: they appended the rows.
    assert timeline_reloads == [] and board_reloads == []
    with store.session() as session:
        assert view.timeline.entries() == entries(session, kairouan)
    assert [e.text for e in view.timeline.entries()[-3:]] == [
        "نلتزم بنشر الميزانية",
        "نشر محاضر الجلسات على موقع البلدية",
        "Tenir la prochaine séance à M'saken",
    ]
    assert [(r.number, r.text) for r in board.rows()][-1] == (
        2,
        "نشر محاضر الجلسات على موقع البلدية",
    )
    assert view.timeline.entries()[-2].number == 2

    # Undo is not a capture: both read again, and the line is gone from both.
    window.ops.undo_stack.undo()
    window.ops.undo_stack.undo()
    assert timeline_reloads and board_reloads
    assert [r.number for r in board.rows()] == [1]
    with store.session() as session:
        assert view.timeline.entries() == entries(session, kairouan)
    assert view.timeline.entries()[-1].text == "نلتزم بنشر الميزانية"


def test_a_quarterly_review_opens_on_its_progress_matrix(
    qtbot, window: MainWindow, store: Store
) -> None:
    with store.transaction() as session:
        load_demo(session)
        meetings = session.scalars(select(Meeting).where(live(Meeting))).all()
        review = next(m for m in meetings if m.kind is MeetingKind.QUARTERLY_REVIEW)
        review_id, kairouan_id = review.id, next(m.id for m in meetings if m.city == "Kairouan")

    view = window.open_meeting(review_id)
    matrix = view.panel("ProgressReviewPanel")
    assert matrix is not None and view.panels.currentWidget() is matrix
    assert view.panels.tabText(0) == "Progress review"
    # El Kef's six commitments, prefilled or reviewed, with their milestones.
    numbers = {row.number for row in matrix.model.rows}  # type: ignore[attr-defined]
    assert numbers == {1, 2, 3, 4, 5, 6}
    assert view.panel("RecommendationsBoard") is not None

    session_2016 = window.open_meeting(kairouan_id)
    assert session_2016.panel("ProgressReviewPanel") is None
