"""Starting the window: interface language (mirrored in Arabic), refused databases."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.store import Store
from ogpdesk.ui import settings
from ogpdesk.ui.app import Desk, Language, open_interactively

# Arabic-Indic and Eastern Arabic-Indic (Persian) digits.
ARABIC_INDIC = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


@pytest.fixture
def language(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Language]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    chosen = Language(qapp)
    yield chosen
    chosen.apply("en")


def test_arabic_mirrors_the_interface_and_translates_it(qapp, language: Language) -> None:
    language.apply("ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("MainWindow", "&File") == "&ملف"
    language.apply("fr")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    language.apply("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_changing_language_rebuilds_the_window_on_the_same_meeting(
    qtbot, qapp, store: Store, language: Language
) -> None:
    with store.transaction() as session:
        meeting_id = create_meeting(session, title="Le Kef", date=dt.date(2025, 9, 30)).id
    language.apply("fr")
    desk = Desk(qapp, store, language)
    qtbot.addWidget(desk.window)
    desk.window.open_meeting(meeting_id)
    assert desk.window.menuBar().actions()[0].text() == "&Fichier"
    settings.LANGUAGE.set("ar")
    desk.change_language("ar")
    qtbot.addWidget(desk.window)
    assert desk.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert desk.window.menuBar().actions()[0].text() == "&ملف"
    assert desk.window.meeting is not None and desk.window.meeting.meeting_id == meeting_id
    assert desk.window.meeting.capture.prefixes()["recommendation"] == "توصية: "
    desk.window.close()
    desk.deleteLater()


def test_a_refused_database_is_explained_and_left_untouched(
    qapp, tmp_path: Path, language: Language
) -> None:
    notes = tmp_path / "محضر الجلسة.txt"
    notes.write_text("ليس قاعدة بيانات — pas une base de données", encoding="utf-8")
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
    assert open_interactively(str(notes), "en") is None
    assert shown and "محضر الجلسة.txt" in shown[0] and "not an ogpdesk database" in shown[0]
    assert notes.read_bytes() == before
    assert settings.RECENT_DATABASES.get() == []


def test_a_first_start_fits_a_screen_smaller_than_its_usual_size(qtbot, ops) -> None:
    # The offscreen screen is 800×800, as a 1366×768 laptop is shorter than 800 pixels: the
    # capture line at the bottom must not start below the screen's edge.
    from ogpdesk.ui.main_window import MainWindow

    window = MainWindow(ops)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert room.width() < 1280
    assert window.width() <= room.width() and window.height() <= room.height()


def test_preferences_keep_the_language_and_name_and_ask_for_a_rebuild(qtbot, ops, keyboard) -> None:
    from ogpdesk.ui.main_window import MainWindow

    window = MainWindow(ops)
    qtbot.addWidget(window)
    dialog = window.preferences()
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    keyboard.type(dialog.user_name, "Sample Secrétaire — الكاتب العام")
    with qtbot.waitSignal(window.language_change_requested) as asked:
        dialog.accept()
    assert asked.args == ["ar"]
    assert settings.LANGUAGE.get() == "ar"
    assert settings.USER_NAME.get() == "Sample Secrétaire — الكاتب العام"


def test_an_arabic_interface_writes_western_digits(
    qtbot, ops, store: Store, language: Language
) -> None:
    from ogpdesk.ui.main_window import MainWindow

    with store.transaction() as session:
        meeting_id = create_meeting(session, title="الكاف", date=dt.date(2025, 9, 30)).id
    language.apply("ar")
    window = MainWindow(ops)
    qtbot.addWidget(window)
    speakers = window.open_meeting(meeting_id).panel("SpeakersPanel")
    assert speakers is not None
    dialog = window.new_meeting()
    shown = {
        "time limit": speakers.limit.text(),  # type: ignore[attr-defined]
        "meeting date": dialog.date.text(),
        "a number": QLocale().toString(1234567),
    }
    for what, text in shown.items():
        assert not ARABIC_INDIC.search(text), f"{what}: {text!r}"
    assert "180" in shown["time limit"]
    assert shown["a number"].replace(QLocale().groupSeparator(), "") == "1234567"
    assert str(dt.date.today().year) in shown["meeting date"]
    dialog.reject()
