"""Ctrl+F finds words typed without harakat or accents and opens the item in its meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ogpdesk.core import capture
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.store import Store
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations


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
