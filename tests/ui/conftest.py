"""UI fixtures: settings kept in the test's own folder, and the window's operations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from ogpdesk.core.store import Store
from ogpdesk.ui.operations import Operations

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings in the test's folder, so tests neither read nor change the user's."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English))
    yield folder
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True)
def no_dialog_that_waits_for_a_user(monkeypatch: pytest.MonkeyPatch) -> None:
    """A static file or input dialog runs its own event loop until someone answers; in a
    test nobody does, and the whole run hangs. Opening one fails the test instead: a test
    that means to choose a file patches the call with the file."""

    def refuse(name: str) -> staticmethod:
        def opened(*_args: object, **_kwargs: object) -> object:
            raise AssertionError(f"{name} opened a dialog that waits for a user")

        return staticmethod(opened)

    for cls, names in (
        (
            QFileDialog,
            ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"),
        ),
        (QInputDialog, ("getText", "getMultiLineText", "getItem", "getInt", "getDouble")),
    ):
        for name in names:
            monkeypatch.setattr(cls, name, refuse(f"{cls.__name__}.{name}"))


@pytest.fixture
def ops(qtbot, store: Store) -> Iterator[Operations]:
    operations = Operations(store)
    yield operations
    operations.wait_for_background()
    for dialog in operations.errors.open_dialogs():
        dialog.close()


class Keyboard:
    """Typing as a user does. QTest's keyClicks only knows ASCII, so text is sent one
    character at a time as key events carrying the character, as an Arabic input method does."""

    def type(self, widget: QWidget, text: str) -> None:
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, NO_MODIFIER, char))

    def press(
        self, widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER
    ) -> None:
        """A key with modifiers, through the shortcut system as a user's key goes."""
        QTest.keyClick(widget, key, modifiers)

    def line(self, widget: QWidget, text: str) -> None:
        self.type(widget, text)
        self.press(widget, Qt.Key.Key_Return)


@pytest.fixture
def keyboard() -> Keyboard:
    return Keyboard()


class Questions:
    """The questions the window asks before closing, approving or reopening a meeting, answered
    as a user answers them. They are opened, never exec'd, so an unanswered one leaves no loop
    hanging: the test finds the meeting unchanged instead."""

    def asked(self) -> QMessageBox:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox)
            and w.isVisible()
            and w.icon() is QMessageBox.Icon.Question
        ]
        assert len(boxes) == 1, f"{len(boxes)} questions open"
        return boxes[0]

    def answer(self, button: str | None = None) -> str:
        """Clicks ``button`` (its text without the mnemonic; the default one if None) and
        returns what was asked."""
        box = self.asked()
        text = box.text()
        if button is None:
            chosen = box.defaultButton()
        else:
            chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        chosen.click()
        QApplication.processEvents()
        return text


@pytest.fixture
def questions() -> Iterator[Questions]:
    asked = Questions()
    yield asked
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.icon() is QMessageBox.Icon.Question:
            widget.close()
