"""The capture line: one input, always focused, where the facilitator types what is said.

Each line is read with the notes grammar (``core.notes.parse_line``) and recorded at once
(``ops.capture``: one transaction, one undo step). What is being typed is kept as a draft on
every keystroke (``core.drafts``) and comes back when the meeting is opened again, so neither
a committed line nor a half-typed one is lost if the laptop or the program dies.

Keys (the whole meeting view's are in ``ui/keyboard.py``): Enter records the line, or, while
names are offered, completes the highlighted one (the first if none), as Tab does; Ctrl+R,
Ctrl+D, Ctrl+T start a recommendation, a decision, an action; Ctrl+G a new agenda item;
Escape ends a list or clears the line. After "REC:" alone, each line is one recommendation
until an empty line. Names complete from the participant directory (Arabic or Latin script,
folded), as does an action's owner after "@".
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget
from sqlalchemy.orm import Session

from ogpdesk.core import notes
from ogpdesk.core.capture import Captured
from ogpdesk.core.drafts import Drafts
from ogpdesk.core.meetings import find_meeting
from ogpdesk.core.models import Intervention, Recommendation
from ogpdesk.core.recommendations import link_source
from ogpdesk.ui.operations import Operations

COMPLETIONS = 12
# Completion starts after this many characters, so that one letter does not open a popup.
COMPLETE_FROM = 2
_SEPARATORS = re.compile("[:：﹕∶꞉]")
_OWNER = re.compile(r"@(?P<name>[^@]*)$")
# Ctrl+key → what the line starts with (see CaptureLine.prefixes).
SHORTCUTS = {
    Qt.Key.Key_R: "recommendation",
    Qt.Key.Key_D: "decision",
    Qt.Key.Key_T: "action",
    Qt.Key.Key_G: "agenda",
}


def participant_names(session: Session, text: str, limit: int) -> list[str]:
    """Names of the directory matching what was typed (the participants service decides how)."""
    from ogpdesk.core.participants import search_participants

    found = search_participants(session, text, limit=limit)
    names: list[str] = []
    for hit in found:
        name = getattr(hit, "full_name", None) or getattr(hit, "name", None)
        if name and name not in names:
            names.append(name)
    return names


class CaptureLine(QLineEdit):
    """Records one line of notes per Enter; see the module docstring."""

    recorded = Signal(object)  # the Captured of the line just recorded
    list_kind_changed = Signal(object)  # notes.NoteKind or None

    def __init__(self, ops: Operations, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.drafts = Drafts.beside(ops.store.path)
        self.list_kind: notes.NoteKind | None = None
        self.speaker: str | None = None
        # The last intervention recorded here, which following recommendations stem from.
        self._source_id: str | None = None
        self.setAccessibleName(self.tr("Capture line"))
        self.setAccessibleDescription(
            self.tr(
                "Type what is said and press Enter. Name: text for an intervention; "
                "REC:, DEC:, ACT: for a recommendation, a decision, an action; # for an "
                "agenda item."
            )
        )
        self.refresh_placeholder()
        self.setClearButtonEnabled(True)

        self._names = QStringListModel(self)
        self.completer_popup = QCompleter(self._names, self)
        self.completer_popup.setWidget(self)
        self.completer_popup.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_popup.setMaxVisibleItems(COMPLETIONS)
        self.completer_popup.activated.connect(self._complete)
        self.textEdited.connect(self._suggest)
        self.textChanged.connect(self._save_draft)

        draft = self.drafts.load(meeting_id)
        if draft:
            self.setText(draft)

    # -- prefixes -------------------------------------------------------------------------

    def prefixes(self) -> dict[str, str]:
        """What each shortcut starts the line with, in the interface language."""
        return {
            # The keywords of the notes grammar in this language (see core/notes.py).
            "recommendation": self.tr("REC: "),
            "decision": self.tr("DEC: "),
            "action": self.tr("ACT: "),
            "agenda": "# ",
        }

    def start(self, kind: str) -> None:
        """Begin the line as ``kind`` (a key of ``prefixes``), keeping what was typed."""
        rest = self._without_prefix(self.text())
        self.setText(self.prefixes()[kind] + rest)
        self.setFocus()

    def _without_prefix(self, text: str) -> str:
        known = [*self.prefixes().values(), "REC: ", "DEC: ", "ACT: "]
        if self.speaker:
            known.append(self._speaker_prefix())
        for prefix in sorted(known, key=len, reverse=True):
            if text.startswith(prefix):
                return text[len(prefix) :]
        return text

    def _speaker_prefix(self) -> str:
        return f"{self.speaker}: " if self.speaker else ""

    def set_current_speaker(self, name: str | None) -> None:
        """Pre-fill the line with the speaker the queue gives the floor to."""
        old = self._speaker_prefix()
        self.speaker = name or None
        if not self.text().strip() or (old and self.text() == old):
            self.setText(self._speaker_prefix())

    # -- recording ------------------------------------------------------------------------

    def commit(self) -> Captured | None:
        """Record the line; on success the line is emptied (or pre-filled with the speaker)."""
        text = self.text()
        if not text.strip():
            self._set_list_kind(None)
            return None
        item = self._speaker_item(text) or notes.parse_line(text, list_kind=self.list_kind)
        if item is None:
            return None
        if item.opens_list:
            self._set_list_kind(item.kind)
            self.setText("")
            return None
        if item.kind is notes.NoteKind.INTERVENTION and not item.text.strip():
            # "Name:" alone: nothing was said yet.
            return None
        if self.list_kind is not None:
            if item.kind is notes.NoteKind.NOTE:
                item = dataclasses.replace(item, kind=self.list_kind)
            elif item.kind is not self.list_kind:
                self._set_list_kind(None)
        meeting_id = self.meeting_id
        source_id = self._source_id if item.kind is notes.NoteKind.RECOMMENDATION else None

        def record(session: Session) -> Captured:
            captured = notes.apply(session, find_meeting(session, meeting_id), [item])
            if source_id is not None:
                # As in a notes file: a recommendation typed after an intervention stems
                # from it (and so do the ones after it).
                for recommendation in captured.of(Recommendation):
                    link_source(session, recommendation.id, source_id)
            return captured

        label = text.strip()
        label = label if len(label) <= 40 else label[:39] + "…"
        captured = self.ops.capture(
            self.tr("Capture “%1”").replace("%1", label), record, meeting_id, initiator=self
        )
        if captured is None:
            return None  # the error was shown; the text stays, nothing is lost
        said = [i for i in captured.of(Intervention) if i.speaker_name]
        if said:
            self._source_id = said[-1].id
        elif item.kind is not notes.NoteKind.RECOMMENDATION:
            self._source_id = None
        self.setText("" if self.list_kind else self._speaker_prefix())
        self.recorded.emit(captured)
        return captured

    def _speaker_item(self, text: str) -> notes.NoteItem | None:
        """The line as said by the pre-filled speaker, whose name is taken as it is: a name
        from the directory may hold parentheses that the grammar would read as an
        organisation ("Hédi Ben Ammar (sample)")."""
        prefix = self._speaker_prefix()
        if not prefix or not text.startswith(prefix) or self.list_kind is not None:
            return None
        return notes.NoteItem(
            notes.NoteKind.INTERVENTION, text[len(prefix) :].strip(), speaker=self.speaker
        )

    def _set_list_kind(self, kind: notes.NoteKind | None) -> None:
        if kind is self.list_kind:
            return
        self.list_kind = kind
        self.refresh_placeholder()
        self.list_kind_changed.emit(kind)

    def refresh_placeholder(self) -> None:
        if self.list_kind is None:
            self.setPlaceholderText(
                self.tr("Name: what was said — REC: / DEC: / ACT: / # agenda item")
            )
        else:
            self.setPlaceholderText(self.tr("One item per line; an empty line ends the list"))

    def _save_draft(self, text: str) -> None:
        self.drafts.save(self.meeting_id, text)

    # -- keys -----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and self.accept_completion()
        ):
            # Before QWidget.event moves the focus on: Tab completes, as Enter does.
            return True
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # Claim our shortcuts before window actions or QLineEdit's own bindings (Ctrl+D).
            if self._shortcut(event) is not None:
                event.accept()
                return True
            # With nothing of the user's typed, Ctrl+Z / Ctrl+Shift+Z undo and redo recorded
            # steps (the window's actions), not the line's editing.
            if self._is_undo_key(event) and not self._without_prefix(self.text()).strip():
                event.ignore()
                return False
        return super().event(event)

    @staticmethod
    def _is_undo_key(event: QKeyEvent) -> bool:
        return (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or event.keyCombination().toCombined()
            in {
                QKeySequence("Ctrl+Shift+Z")[0].toCombined(),
                QKeySequence("Ctrl+Y")[0].toCombined(),
            }
        )

    def _shortcut(self, event: QEvent) -> str | None:
        if not isinstance(event, QKeyEvent):
            return None
        if event.modifiers() != Qt.KeyboardModifier.ControlModifier:
            return None
        return SHORTCUTS.get(Qt.Key(event.key()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        kind = self._shortcut(event)
        if kind is not None:
            self.start(kind)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.accept_completion():
                self.commit()
            return
        if event.key() == Qt.Key.Key_Escape and not self._popup().isVisible():
            if self.list_kind is not None:
                self._set_list_kind(None)
            else:
                self.setText(self._speaker_prefix())
            return
        super().keyPressEvent(event)

    # -- completion -----------------------------------------------------------------------

    def _typed_name(self, text: str) -> tuple[str, int] | None:
        """The name being typed and where it starts, if completion applies."""
        owner = _OWNER.search(text)
        if owner is not None:
            return owner.group("name"), owner.start("name")
        if _SEPARATORS.search(text) or text.lstrip().startswith(("#", "-", "•")):
            return None
        return text, 0

    def _suggest(self, text: str) -> None:
        typed = self._typed_name(text)
        if typed is None or len(typed[0].strip()) < COMPLETE_FROM:
            self._popup().hide()
            return
        try:
            with self.ops.store.session() as session:
                names = participant_names(session, typed[0].strip(), COMPLETIONS)
        except ImportError:
            names = []
        self._names.setStringList(names)
        if names:
            self.completer_popup.complete()
        else:
            self._popup().hide()

    def _popup(self) -> QAbstractItemView:
        """The completer's list; Qt makes it when first asked, so it is never missing."""
        popup = self.completer_popup.popup()
        assert popup is not None
        return popup

    def accept_completion(self) -> bool:
        """Complete with the highlighted name of the open popup, else its first; False when
        no popup is open (Enter then records the line)."""
        popup = self._popup()
        if not popup.isVisible():
            return False
        index = popup.currentIndex()
        if not index.isValid():
            index = popup.model().index(0, 0)
        popup.hide()
        if index.isValid():
            self._complete(str(index.data()))
        return True

    def _complete(self, name: str) -> None:
        typed = self._typed_name(self.text())
        if typed is None:
            return
        start = typed[1]
        suffix = " " if start else ": "
        self.setText(self.text()[:start] + name + suffix)
