"""Search across all meetings (Ctrl+F); a result opens the item in its meeting.

The query runs as the user types (``core.search``, folded for Arabic and French), after a
short pause so that fast typing does not search for every letter, and on a worker thread
(``Operations.read_in_background``), so that a slow search (a server far away, a very large
store) never holds up the keys typed meanwhile; results for a text no longer in the box are
dropped, since the search for the new text is on its way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogpdesk.core.search import Hit, HitKind, search
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui.meeting_dialog import label
from ogpdesk.ui.operations import Operations

RESULTS = 100
PAUSE_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole
HIT_LABELS = {
    HitKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
    HitKind.AGENDA_ITEM: QT_TRANSLATE_NOOP("Labels", "Agenda item"),
    HitKind.INTERVENTION: QT_TRANSLATE_NOOP("Labels", "Intervention"),
    HitKind.RECOMMENDATION: QT_TRANSLATE_NOOP("Labels", "Recommendation"),
    HitKind.DECISION: QT_TRANSLATE_NOOP("Labels", "Decision"),
    HitKind.ACTION_ITEM: QT_TRANSLATE_NOOP("Labels", "Action"),
    HitKind.PARTICIPANT: QT_TRANSLATE_NOOP("Labels", "Participant"),
}


class SearchDialog(QDialog):
    """Type to search; Enter or double-click opens the chosen result."""

    open_requested = Signal(str, str)  # meeting id, item id

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Search all meetings"))
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Words in Arabic, French or English"))
        self.query.setClearButtonEnabled(True)
        caption = QLabel(self.tr("&Search:"))
        caption.setBuddy(self.query)
        self.query.setAccessibleName(self.tr("Search"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        self.resize(720, 520)

        # The text whose results the list shows.
        self._shown_for = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._search_in_background)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self._open)

    def run_query(self) -> list[Hit]:
        """Search for what is typed now and show it, waiting for it (Enter, tests)."""
        self._timer.stop()
        text = self.query.text().strip()
        hits: list[Hit] = []
        if text:
            with self.ops.store.session() as session:
                hits = search(session, text, limit=RESULTS)
        self._show(text, hits)
        return hits

    def _search_in_background(self) -> None:
        text = self.query.text().strip()
        if not text:
            self._show(text, [])
            return
        self.ops.read_in_background(
            lambda session: search(session, text, limit=RESULTS),
            lambda hits: self._arrived(text, hits),
        )

    def _arrived(self, text: str, hits: list[Hit]) -> None:
        if text == self.query.text().strip():
            self._show(text, hits)

    def _show(self, text: str, hits: list[Hit]) -> None:
        self._shown_for = text
        self.results.clear()
        if not text:
            self.count.setText("")
            return
        for hit in hits:
            where = " · ".join(
                part
                for part in (hit.date.isoformat() if hit.date else "", hit.meeting_title)
                if part
            )
            item = QListWidgetItem(f"{label(HIT_LABELS[hit.kind])} — {where}\n{hit.snippet}")
            item.setData(HIT_ROLE, hit)
            if hit.meeting_id is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.results.addItem(item)
        self.count.setText(self.tr("%n result(s)", "", len(hits)))
        if hits:
            self.results.setCurrentRow(0)

    def _open_first(self) -> None:
        # Enter before the results of what is typed have come: wait for them.
        if self._timer.isActive() or self._shown_for != self.query.text().strip():
            self.run_query()
        item = self.results.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QListWidgetItem) -> None:
        hit: Hit = item.data(HIT_ROLE)
        if hit.meeting_id is None:
            return
        self.open_requested.emit(hit.meeting_id, hit.id)
        self.accept()
