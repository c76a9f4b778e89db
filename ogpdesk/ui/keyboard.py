"""The keyboard model of the meeting view, which every panel follows.

A facilitator types without looking at the screen; a key must never land anywhere but
where they believe the cursor is. The rules:

1. **The capture line owns the keyboard.** It has the focus when a meeting opens, after
   every recorded line, and whenever an action that borrowed the focus ends (F6 brings it
   back from anywhere).
2. **A panel that takes the focus for an action gives it back when the action ends**
   (``give_back``): removing a timeline row or correcting its text, giving the floor to
   the next speaker, ending a turn, setting the time limit (Enter), choosing the speaker of
   an intervention. Escape in a panel gives it back too (``EscapeGivesBack``). The one
   exception is a burst of raised hands: after Ctrl+H each name and Enter queues one person
   and the field stays for the next; an empty Enter or Escape ends the burst.
3. **Completion popups accept with Enter and Tab** (the highlighted name, else the first):
   the popup is what the typist is looking at. Where accepting ends the edit (the Who editor
   of the timeline), the same key saves it too (``PopupAccepts``): one Enter, not two.
4. **Application shortcuts work from every field** — Ctrl+E (export), Ctrl+H (raise a
   hand), Ctrl+R/D/T/G (recommendation, decision, action, agenda item), Ctrl+F, F5, F6… A line
   edit eats some of them on some systems (Ctrl+E is "end of line" for QLineEdit under X11,
   Ctrl+H "backspace"), so the window looks at a key before the focused field does
   (``WindowKeysFirst``, on ``ShortcutOverride``); only undo and redo are left to a field
   that has text of the user's to undo.
5. **Every panel is a key away**: Alt+1, Alt+2, Alt+3… bring the meeting's panels (sign-in,
   speakers, recommendations) forward with the focus in their first field
   (``focus_first``); Escape comes back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Keys a field keeps even when the window has an action for them: editing its own text.
_FIELD_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
)
_TYPING = (QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit)
_WINDOW_CONTEXTS = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
_COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def window_action_for(window: QWidget, event: QKeyEvent) -> QAction | None:
    """The enabled window-wide action ``event``'s key triggers, if any."""
    combined = event.keyCombination().toCombined()
    for action in window.findChildren(QAction):
        if not action.isEnabled() or action.shortcutContext() not in _WINDOW_CONTEXTS:
            continue
        for shortcut in action.shortcuts():
            if shortcut.count() == 1 and shortcut[0].toCombined() == combined:
                return action
    return None


class WindowKeysFirst(QObject):
    """Installed by the main window on each typing field that gets the focus: a key bound to
    a window action goes to that action, whatever the field would have done with it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, _TYPING) and new.window() is self.window:
            # Installing twice keeps one filter: Qt removes the first before adding.
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        command = bool(event.modifiers() & _COMMAND_MODIFIERS)
        if not command and not Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35:
            return False  # typing: the field's
        if any(event.matches(standard) for standard in _FIELD_KEYS):
            return False
        if window_action_for(self.window, event) is None:
            return False
        # Not accepted, and not seen by the field: the shortcut map triggers the action.
        event.ignore()
        return True


# The widget that owns the keyboard marks itself with this property (the meeting view, whose
# focus proxy is its capture line): panels find it without knowing the view.
OWNER = "ownsKeyboard"


def give_back(widget: QWidget) -> bool:
    """Give the focus back to the keyboard's owner above ``widget``; False if none."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.property(OWNER):
            parent.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        parent = parent.parentWidget()
    return False


class EscapeGivesBack(QObject):
    """Escape in the watched widgets gives the focus back (unless a popup or an editor of
    theirs takes the key first: Qt delivers it to them, not here)."""

    def __init__(self, parent: QObject, *widgets: QWidget) -> None:
        super().__init__(parent)
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QWidget)
        ):
            return give_back(watched)
        return False


class PopupAccepts(QObject):
    """Rule 3 for a completer whose own popup only closes on an Enter pressed with nothing
    highlighted (and keeps the key from the field): Enter, Return and Tab hand the highlighted
    completion, else the first, to ``accepted``."""

    KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)

    def __init__(self, completer: QCompleter, accepted: Callable[[str], None]) -> None:
        super().__init__(completer)
        popup = completer.popup()
        assert popup is not None  # a completer makes its popup on first asking
        self.popup = popup
        self.accepted = accepted
        # Installed after the completer's own filter, so it sees the key first.
        popup.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.key() not in self.KEYS
        ):
            return False
        index = self.popup.currentIndex()
        if not index.isValid():
            index = self.popup.model().index(0, 0)
        self.popup.hide()
        if index.isValid():
            self.accepted(str(index.data()))
        return True


def bring_forward(widget: QWidget) -> None:
    """Show the tabs that hold ``widget`` (a shortcut to a field in a tab at the back)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is widget or page.isAncestorOf(widget):
                    parent.setCurrentIndex(index)
        parent = parent.parentWidget()


def focus_first(widget: QWidget) -> bool:
    """Give the focus to the first field of ``widget`` a Tab would reach."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        if (
            widget.isAncestorOf(candidate)
            and candidate.isEnabled()
            and candidate.isVisibleTo(widget)
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            candidate.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        candidate = candidate.nextInFocusChain()
    return False
