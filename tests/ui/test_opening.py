"""The store opened and the home view's list read in a worker thread while the window maps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.store import open_store
from ogpdesk.ui.app import Desk, Language, Opening, open_interactively
from ogpdesk.ui.main_window import MainWindow


def test_the_home_view_shows_the_list_read_off_the_ui_thread(qtbot, qapp, tmp_path: Path) -> None:
    path = tmp_path / "kef.sqlite3"
    store = open_store(path)
    with store.transaction() as session:
        create_meeting(session, title="Comité de pilotage — الكاف", date=dt.date(2025, 1, 9))
    store.close()

    window = MainWindow()
    qtbot.addWidget(window)
    opening = Opening(str(path))
    opened = open_interactively(str(path), "en", opening)
    assert opened is not None
    store, listed = opened
    assert listed is not None
    assert [m.title for m in listed.meetings] == ["Comité de pilotage — الكاف"]
    desk = Desk(qapp, store, Language(qapp), window, listed)
    titles = [
        item.text(1)
        for group in range(window.home.tree.topLevelItemCount())
        for item in (
            window.home.tree.topLevelItem(group).child(row)
            for row in range(window.home.tree.topLevelItem(group).childCount())
        )
    ]
    assert "Comité de pilotage — الكاف" in titles
    desk.ops.close()
    store.close()


def test_a_store_refused_in_the_thread_is_explained_and_left_untouched(
    qapp, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("pas une base de données", encoding="utf-8")
    before = notes.read_bytes()
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        quit_button = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
        )
        quit_button.click()

    QTimer.singleShot(0, answer)
    assert open_interactively(str(notes), "en", Opening(str(notes))) is None
    assert shown and "not an ogpdesk database" in shown[0]
    assert notes.read_bytes() == before
