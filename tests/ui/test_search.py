"""Ctrl+F finds words typed without harakat or accents and opens the item in its meeting."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import Qt
from sqlalchemy.orm import Session

from ogpdesk.core import capture
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.search import Hit, search
from ogpdesk.core.store import Store
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.search import SearchDialog


def test_search_opens_the_found_intervention_in_its_meeting(
    qtbot, ops: Operations, store: Store, keyboard
) -> None:
    with store.transaction() as session:
        kairouan = create_meeting(session, title="Kairouan", date=dt.date(2016, 3, 22))
        msaken = create_meeting(session, title="M'saken", date=dt.date(2016, 3, 26))
        capture.add_intervention(session, kairouan, "Le budget de la ville")
        found = capture.add_intervention(
            session, msaken, "الْمُشَارَكَةُ الْمُوَاطِنِيَّةُ في التخطيط", speaker_name="Sample Jeune"
        ).rows[-1]
        capture.add_recommendation(session, msaken, "Décentralisation effective")
        msaken_id, found_id = msaken.id, found.id
    window = MainWindow(ops)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    keyboard.press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    keyboard.type(dialog.query, "المشاركة")
    hits = dialog.run_query()
    assert [h.id for h in hits] == [found_id]
    keyboard.press(dialog.query, Qt.Key.Key_Return)
    assert window.meeting is not None and window.meeting.meeting_id == msaken_id
    current = window.meeting.timeline.current_entry()
    assert current is not None and current.id == found_id

    keyboard.press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    keyboard.type(window.search_dialog.query, "decentralisation")
    assert [h.snippet for h in window.search_dialog.run_query()] == ["Décentralisation effective"]


def test_keys_typed_during_a_slow_search_show_at_once(
    qtbot, ops: Operations, store: Store, keyboard, monkeypatch
) -> None:
    """A search that takes long (a server far away) runs on a worker: what is typed meanwhile
    shows at once, and only the results of what is in the box at the end are shown."""
    with store.transaction() as session:
        meeting = create_meeting(session, title="El Kef", date=dt.date(2024, 5, 1))
        capture.add_intervention(session, meeting, "Le budget participatif du Kef")
        capture.add_intervention(session, meeting, "Un bureau pour les associations")
    started, release = threading.Event(), threading.Event()
    searched: list[tuple[str, bool]] = []

    def slow(session: Session, text: str, *, limit: int) -> list[Hit]:
        searched.append((text, threading.current_thread() is threading.main_thread()))
        started.set()
        release.wait(10)
        return search(session, text, limit=limit)

    monkeypatch.setattr("ogpdesk.ui.search.search", slow)
    dialog = SearchDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    keyboard.type(dialog.query, "bu")
    qtbot.waitUntil(started.is_set)
    keyboard.type(dialog.query, "dget")
    assert dialog.query.text() == "budget"
    release.set()
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    assert "budget" in dialog.results.item(0).text()
    assert [text for text, _ in searched] == ["bu", "budget"]
    assert not any(on_ui_thread for _, on_ui_thread in searched)
