"""Help ▸ About: version, licence and third-party notices, in the interface's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ogpdesk import __version__
from ogpdesk.ui.about import AboutDialog, application_icon
from ogpdesk.ui.app import Language
from ogpdesk.ui.main_window import MainWindow


@pytest.fixture
def language(qapp) -> Iterator[Language]:
    chosen = Language(qapp)
    yield chosen
    chosen.apply("en")


def test_about_shows_the_version_the_licence_and_what_we_ship(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.title.text()
    licence = dialog.licence_text.toPlainText()
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence
    notices = dialog.notices_text.toPlainText()
    # Qt (LGPL), the Arabic font (OFL) and the PDF writer, each with its licence text.
    for shipped in ("PySide6_Essentials", "fontpkg-amiri", "OFL-1.1", "reportlab"):
        assert shipped in notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices
    assert "SIL OPEN FONT LICENSE" in notices.upper()


def test_the_help_menu_opens_about_in_arabic(qtbot, ops, language: Language) -> None:
    language.apply("ar")
    window = MainWindow(ops)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-1] == "&مساعدة"
    assert window.about_action.text() == "&حول ogpdesk"
    seen: list[str] = []

    def close_about() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen.append(dialog.windowTitle())
        seen.extend(dialog.tabs.tabText(i) for i in range(dialog.tabs.count()))
        dialog.reject()

    QTimer.singleShot(0, close_about)
    window.about_action.trigger()
    assert seen == ["حول ogpdesk", "الرخصة", "إشعارات الأطراف الثالثة"]


def test_every_window_gets_the_application_icon() -> None:
    icon = application_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
