"""The projector view: a second window for a big screen, in the meeting's language.

It shows the current agenda item, who has the floor and their remaining time, and the
recommendations as they are adopted — large enough to read from the back of a hall. Its
words follow the meeting's main language, not the interface's (an Arabic session projected
from a laptop set to French is projected in Arabic), and it is mirrored when that is Arabic.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QVBoxLayout, QWidget

from ogpdesk.core.capture import Captured, current_agenda_item
from ogpdesk.core.languages import Texts
from ogpdesk.core.models import AgendaItem, Meeting, Recommendation, RecommendationStatus
from ogpdesk.core.recommendations import list_recommendations
from ogpdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP, is_rtl, translate
from ogpdesk.ui import settings
from ogpdesk.ui.direction import numbered, shown
from ogpdesk.ui.operations import Operations, Redraw

CURRENT_ITEM = QT_TRANSLATE_NOOP("Projector", "Current item")
SPEAKING = QT_TRANSLATE_NOOP("Projector", "Speaking")
NOBODY = QT_TRANSLATE_NOOP("Projector", "—")
ADOPTED = QT_TRANSLATE_NOOP("Projector", "Adopted recommendations")
NONE_YET = QT_TRANSLATE_NOOP("Projector", "None yet")
WINDOW_TITLE = QT_TRANSLATE_NOOP("Projector", "Projector")
OVERTIME_COLOUR = "#ff6b6b"


def _font(size: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(size)
    font.setBold(bold)
    return font


# The point sizes are a 1080-pixel-high hall screen's; a projector of another height gets
# them scaled (a 1280×720 one shows what a 1920×1080 one does, smaller), within these bounds.
DESIGN_HEIGHT = 1080
SCALE = (0.5, 2.0)


class ProjectorWindow(QWidget):
    def __init__(self, ops: Operations, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ops = ops
        self.meeting_id = meeting_id
        self.lang = "en"
        self.speaker: str | None = None
        self.remaining: int | None = None
        self.setObjectName("projector")
        self.setStyleSheet(
            "#projector { background: #101828; }"
            "QLabel { color: #f5f5f5; }"
            "QLabel#caption { color: #9fb3d1; }"
            "QListWidget { background: #101828; color: #f5f5f5; border: none; }"
            "QFrame#rule { background: #33415c; }"
        )

        self.meeting_title = QLabel()
        self.meeting_title.setFont(_font(22))
        self.item_caption = self._caption()
        self.item_title = QLabel()
        self.item_title.setFont(_font(40, bold=True))
        self.item_title.setWordWrap(True)
        self.speaker_caption = self._caption()
        self.speaker_name = QLabel()
        self.speaker_name.setFont(_font(34, bold=True))
        # A name with its organisation is wider than a 1280-pixel projector at this size:
        # unwrapped, it would make the window wider than the screen and cut every line.
        self.speaker_name.setWordWrap(True)
        self.meeting_title.setWordWrap(True)
        self.timer = QLabel()
        self.timer.setFont(_font(48, bold=True))
        self.adopted_caption = self._caption()
        self.adopted = QListWidget()
        self.adopted.setFont(_font(26))
        self.adopted.setWordWrap(True)
        self.adopted.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.adopted.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Scrolled to the latest by pixels, so that the latest is shown whole at the bottom.
        self.adopted.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self._labels = (
            self.meeting_title,
            self.item_caption,
            self.item_title,
            self.speaker_caption,
            self.speaker_name,
            self.timer,
            self.adopted_caption,
        )
        self._sizes = {
            widget: widget.font().pointSizeF() for widget in (*self._labels, self.adopted)
        }

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(10)
        layout.addWidget(self.meeting_title)
        layout.addWidget(self._rule())
        layout.addWidget(self.item_caption)
        layout.addWidget(self.item_title)
        layout.addSpacing(16)
        layout.addWidget(self.speaker_caption)
        layout.addWidget(self.speaker_name)
        layout.addWidget(self.timer)
        layout.addSpacing(16)
        layout.addWidget(self.adopted_caption)
        layout.addWidget(self.adopted, 1)

        # The current item, the adopted recommendations and the meeting's title: what a
        # captured intervention leaves as it was.
        self.redraw = Redraw(ops, self, ("meetings", "agenda", "recommendations"), self.reload)
        ops.captured.connect(self.on_captured)
        self.reload()
        geometry = settings.PROJECTOR_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)

    def showEvent(self, event: QShowEvent) -> None:
        self.redraw.shown()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        scale = min(max(self.height() / DESIGN_HEIGHT, SCALE[0]), SCALE[1])
        for widget, size in self._sizes.items():
            font = widget.font()
            if font.pointSizeF() != size * scale:
                font.setPointSizeF(size * scale)
                widget.setFont(font)
        self.adopted.scrollToBottom()

    def _caption(self) -> QLabel:
        caption = QLabel()
        caption.setObjectName("caption")
        caption.setFont(_font(18))
        return caption

    def _rule(self) -> QFrame:
        rule = QFrame()
        rule.setObjectName("rule")
        rule.setFixedHeight(2)
        return rule

    def t(self, text: str) -> str:
        """``text`` in the meeting's language."""
        return translate(self.lang, "Projector", text)

    def on_captured(self, captured: Captured, _initiator: object) -> None:
        """A captured line adds interventions and proposed recommendations, which the big
        screen does not show: it is read again only for a new agenda item or an adopted
        recommendation."""
        adopted = any(r.status is RecommendationStatus.ADOPTED for r in captured.of(Recommendation))
        if not captured.of(AgendaItem) and not adopted:
            self.redraw.shown_already()

    def reload(self) -> None:
        with self.ops.store.session() as session:
            meeting = session.get(Meeting, self.meeting_id)
            if meeting is None or meeting.deleted:
                self.close()
                return
            first = (meeting.languages or "en").split(",")[0].strip()
            self.lang = first if first in LANGUAGES else "en"
            # Recorded texts in the meeting's language when they have a version in it.
            title = Texts.of(meeting, "title").get(self.lang).text
            subtitle = " · ".join(
                part for part in (title, meeting.city, meeting.date.isoformat()) if part
            )
            item = current_agenda_item(session, meeting)
            item_title = Texts.of(item, "title").get(self.lang).text if item else ""
            adopted = [
                (r.number, Texts.of(r, "text").get(self.lang).text)
                for r in list_recommendations(
                    session, meeting_id=self.meeting_id, status=RecommendationStatus.ADOPTED
                )
            ]
        direction = (
            Qt.LayoutDirection.RightToLeft if is_rtl(self.lang) else Qt.LayoutDirection.LeftToRight
        )
        self.setLayoutDirection(direction)
        # A label aligns by its own text's direction; on the projector everything follows
        # the meeting's language, even a French title in an Arabic session.
        side = (
            Qt.AlignmentFlag.AlignRight if is_rtl(self.lang) else Qt.AlignmentFlag.AlignLeft
        ) | Qt.AlignmentFlag.AlignAbsolute
        for label in self._labels:
            label.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        self.setWindowTitle(f"{self.t(WINDOW_TITLE)} — {title}")
        self.meeting_title.setText(shown(subtitle, direction))
        self.item_caption.setText(self.t(CURRENT_ITEM))
        self.item_title.setText(shown(item_title, direction) or self.t(NOBODY))
        self.speaker_caption.setText(self.t(SPEAKING))
        self.adopted_caption.setText(self.t(ADOPTED))
        lines = [numbered(number, text, direction) for number, text in adopted] or [
            self.t(NONE_YET)
        ]
        # A recommendation proposed, not adopted, changes nothing here: repainting the big
        # screen's list for it would only cost the capture line.
        if lines != [self.adopted.item(i).text() for i in range(self.adopted.count())]:
            self.adopted.clear()
            self.adopted.addItems(lines)
            self.adopted.scrollToBottom()
        self._show_speaker()

    def set_speaker(self, name: str | None) -> None:
        """Who has the floor; None or "" (the queue ends a turn) clears the timer."""
        self.speaker = name or None
        if self.speaker is None:
            self.remaining = None
        self._show_speaker()

    def set_remaining(self, seconds: int | None) -> None:
        self.remaining = seconds
        self._show_speaker()

    def _show_speaker(self) -> None:
        speaker = shown(self.speaker, self.layoutDirection()) if self.speaker else None
        self.speaker_name.setText(speaker or self.t(NOBODY))
        if self.remaining is None or self.speaker is None:
            self.timer.setText("")
            self._timer_style("")
            return
        sign = "−" if self.remaining < 0 else ""
        minutes, seconds = divmod(abs(self.remaining), 60)
        # Digits and colon stay left to right inside Arabic text.
        self.timer.setText(f"\u2066{sign}{minutes:02d}:{seconds:02d}\u2069")
        colour = OVERTIME_COLOUR if self.remaining < 0 else "#f5f5f5"
        self._timer_style(f"color: {colour};")

    def _timer_style(self, style: str) -> None:
        # Setting a style sheet, even the same one, lays the big window out again.
        if self.timer.styleSheet() != style:
            self.timer.setStyleSheet(style)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
            return
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.PROJECTOR_GEOMETRY.set(self.saveGeometry())
        super().closeEvent(event)
