"""The projector speaks the meeting's language: Arabic and mirrored for an Arabic session."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ogpdesk.core import capture
from ogpdesk.core.direction import strip_controls
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import RecommendationStatus
from ogpdesk.core.store import Store
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.projector import ProjectorWindow


def test_projector_shows_item_speaker_timer_and_adopted_recommendations(
    qtbot, ops: Operations, store: Store
) -> None:
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Journée de sensibilisation — Kairouan",
            title_ar="يوم تحسيسي — القيروان",
            date=dt.date(2016, 3, 22),
            city="Kairouan",
            languages="ar,fr",
        )
        capture.add_agenda_item(session, meeting, "النقاش العام")
        capture.add_recommendation(
            session, meeting, "اعتماد مقاربة تشاركية", status=RecommendationStatus.ADOPTED
        )
        capture.add_recommendation(session, meeting, "Proposée seulement")
        meeting_id = meeting.id
    projector = ProjectorWindow(ops, meeting_id)
    qtbot.addWidget(projector)
    projector.show()

    assert projector.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert projector.item_caption.text() == "البند الجاري"
    assert strip_controls(projector.item_title.text()) == "النقاش العام"
    assert "يوم تحسيسي — القيروان" in projector.meeting_title.text()
    items = [projector.adopted.item(i).text() for i in range(projector.adopted.count())]
    assert [strip_controls(item) for item in items] == ["1. اعتماد مقاربة تشاركية"]

    projector.set_speaker("Sample Maire (بلدية مساكن)")
    projector.set_remaining(75)
    # The Latin name is isolated, so the bracket after it stays on its side in Arabic.
    assert projector.speaker_name.text() == "\u2066Sample Maire\u2069 (بلدية مساكن)"
    assert "01:15" in projector.timer.text()
    projector.set_remaining(-5)
    assert "−00:05" in projector.timer.text() and "#ff6b6b" in projector.timer.styleSheet()

    # A recommendation adopted later appears at once (the broadcast, not a refresh call).
    def adopt(session):
        capture.add_recommendation(
            session,
            session.get(type(meeting), meeting_id),
            "Créer l'association M'Saken 2050",
            status=RecommendationStatus.ADOPTED,
        )
        from ogpdesk.core.changes import Changes

        return Changes(recommendations=True)

    ops.run(adopt)
    assert projector.adopted.count() == 2


def test_the_timer_clears_when_the_queue_ends_a_turn(qtbot, ops: Operations, store: Store) -> None:
    from ogpdesk.ui.main_window import MainWindow
    from ogpdesk.ui.speakers import SpeakersPanel

    with store.transaction() as session:
        meeting_id = create_meeting(
            session, title="Séance — M'saken", date=dt.date(2016, 3, 26), languages="fr,ar"
        ).id
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    view = window.open_meeting(meeting_id)
    projector = window.show_projector()
    assert projector is not None
    queue = view.panel("SpeakersPanel")
    assert isinstance(queue, SpeakersPanel)

    queue.raise_hand("Sample Maire (بلدية مساكن)")
    queue.next_speaker()
    assert strip_controls(projector.speaker_name.text()) == "Sample Maire (بلدية مساكن)"
    # The projector's clock is the panel's, to the second.
    assert projector.timer.text() == f"\u2066{queue.countdown.text()}\u2069"
    assert queue.countdown.text() == "03:00"
    queue.end_turn()
    assert projector.speaker_name.text() == "—"
    assert projector.timer.text() == ""


def test_the_projector_reads_again_only_for_what_it_shows(
    qtbot, ops: Operations, store: Store, keyboard, monkeypatch
) -> None:
    from ogpdesk.ui.main_window import MainWindow
    from ogpdesk.ui.recommendations import RecommendationsBoard

    reloads: list[object] = []
    reload = ProjectorWindow.reload
    monkeypatch.setattr(
        ProjectorWindow, "reload", lambda self: (reloads.append(self), reload(self))[1]
    )
    with store.transaction() as session:
        meeting_id = create_meeting(
            session, title="Séance — Kairouan", date=dt.date(2016, 3, 22), languages="fr"
        ).id
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    view = window.open_meeting(meeting_id)
    projector = window.show_projector()
    assert projector is not None
    reloads.clear()

    keyboard.line(view.capture, "Sample Citoyen (M'Saken 2050): نطالب بإشراك الشباب")
    keyboard.line(view.capture, "REC: Créer l'association M'Saken 2050")
    assert reloads == []  # an intervention and a proposed recommendation: nothing to show
    keyboard.line(view.capture, "# Recommandations")
    assert len(reloads) == 1 and strip_controls(projector.item_title.text()) == "Recommandations"

    board = view.panel("RecommendationsBoard")
    assert isinstance(board, RecommendationsBoard)
    view.panels.setCurrentWidget(board)
    board.select([board.rows()[0].id])
    board.adopt_selected()
    items = [projector.adopted.item(i).text() for i in range(projector.adopted.count())]
    assert [strip_controls(item) for item in items] == ["1. Créer l'association M'Saken 2050"]


def test_a_720p_projector_shows_a_long_name_and_every_adopted_line_whole(
    qtbot, ops: Operations, store: Store
) -> None:
    with store.transaction() as session:
        meeting = create_meeting(session, title="Séminaire", date=dt.date(2016, 3, 22))
        for n in range(5):
            capture.add_recommendation(
                session,
                meeting,
                f"Publier chaque trimestre l'avancement des projets sur le site ({n})",
                status=RecommendationStatus.ADOPTED,
            )
        meeting_id = meeting.id
    projector = ProjectorWindow(ops, meeting_id)
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.set_speaker("Sample Leïla Trabelsi (Association M'Saken 2050) — présidente")
    projector.show()
    qtbot.waitExposed(projector)
    # The name wraps rather than widening the window past the screen; the fonts of a
    # 1080-pixel screen are scaled to 720, so the five lines are there, none cut.
    assert projector.width() == 1280
    adopted = projector.adopted
    for row in range(adopted.count()):
        shown = adopted.visualItemRect(adopted.item(row))
        assert adopted.viewport().rect().contains(shown), row
