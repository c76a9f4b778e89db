"""The dashboard tab: each commitment's percent complete over the quarters (a chart painted
with QPainter — QtCharts is not in PySide6-Essentials), the milestones overdue and the
action items still open."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogpdesk.core.progress import Dashboard, dashboard
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui.actionplan.common import PlanPanel, tr
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.versions import in_interface

# Okabe–Ito, as on the public page, so a commitment keeps its colour everywhere.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#999933", "#000000")
NO_REVIEW_YET = QT_TRANSLATE_NOOP("ActionPlanView", "No quarter reviewed yet.")
DAYS_LATE = QT_TRANSLATE_NOOP("ActionPlanView", "%1 — due %2 (%3 days late)")


class ProgressChart(QWidget):
    """Percent complete per commitment, one line each, quarter after quarter.

    Time runs in the reading direction: leftwards when the interface is in Arabic.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: Dashboard | None = None
        self.setMinimumHeight(240)
        self.setAccessibleName(self.tr("Progress of each commitment over the quarters"))

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def set_data(self, data: Dashboard) -> None:
        self.data = data
        described = "; ".join(
            f"{s.number}: " + ", ".join(f"{p.quarter} {p.percent}%" for p in s.points)
            for s in data.series
        )
        self.setAccessibleDescription(described)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        data = self.data
        metrics = self.fontMetrics()
        if data is None or not data.quarters:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr(NO_REVIEW_YET))
            return
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        axis = metrics.horizontalAdvance("100 %") + 12
        # Room on the start side for the percentages, on the end side for the numbers
        # labelling the last points and for half a quarter's name.
        end = max(28, metrics.horizontalAdvance("2025Q4") // 2 + 6)
        plot = QRectF(self.rect()).adjusted(
            end if rtl else axis, 14, -axis if rtl else -end, -(metrics.height() + 14)
        )
        quarters = data.quarters
        step = plot.width() / max(len(quarters) - 1, 1)

        def x(index: int) -> float:
            offset = index * step if len(quarters) > 1 else plot.width() / 2
            return plot.right() - offset if rtl else plot.left() + offset

        def y(percent: float) -> float:
            return plot.bottom() - plot.height() * percent / 100

        grid = QPen(self.palette().mid().color(), 1)
        text_pen = QPen(self.palette().text().color())
        for level in (0, 25, 50, 75, 100):
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y(level)), QPointF(plot.right(), y(level)))
            painter.setPen(text_pen)
            label_x = plot.right() + 6 if rtl else 0
            label = QRectF(label_x, y(level) - metrics.height() / 2, axis - 8, metrics.height())
            align = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            painter.drawText(label, align | Qt.AlignmentFlag.AlignVCenter, f"{level} %")
        for index, quarter in enumerate(quarters):
            text = str(quarter)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(x(index) - width / 2, self.height() - 6), text)
        index_of = {q: i for i, q in enumerate(quarters)}
        bold = QFont(self.font())
        bold.setBold(True)
        for n, series in enumerate(data.series):
            points = [
                QPointF(x(index_of[p.quarter]), y(p.percent))
                for p in series.points
                if p.quarter in index_of
            ]
            if not points:
                continue
            colour = QColor(PALETTE[n % len(PALETTE)])
            painter.setPen(QPen(colour, 3))
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.drawPath(path)
            painter.setBrush(colour)
            for point in points:
                painter.drawEllipse(point, 4.5, 4.5)
            painter.setFont(bold)
            last = points[-1]
            painter.drawText(
                QPointF(last.x() + (-16 if rtl else 8), last.y() - 6), str(series.number)
            )
            painter.setFont(self.font())
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.end()


class DashboardPanel(PlanPanel):
    watched = ("progress", "commitments", "actions", "meetings")

    def __init__(self, ops: Operations, process_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, process_id, parent)
        self.chart = ProgressChart()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.overdue = QListWidget()
        self.overdue.setAccessibleName(self.tr("Overdue milestones"))
        self.action_table = QTableWidget(0, 4)
        self.action_table.setAccessibleName(self.tr("Open action items"))
        self.action_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Responsible"), self.tr("Due"), self.tr("Meeting")]
        )
        self.action_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.action_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.action_table.verticalHeader().hide()
        overdue_label = QLabel(self.tr("Overdue &milestones"))
        overdue_label.setBuddy(self.overdue)
        actions_label = QLabel(self.tr("Open &action items"))
        actions_label.setBuddy(self.action_table)
        lists = QWidget()
        lists_layout = QHBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        for caption, widget in ((overdue_label, self.overdue), (actions_label, self.action_table)):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(widget)
            lists_layout.addLayout(column, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.chart, 1)
        top_layout.addWidget(self.legend)
        splitter.addWidget(top)
        splitter.addWidget(lists)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def reload(self) -> None:
        with self.ops.store.session() as session:
            data = dashboard(session, self.process(session))
        self.chart.set_data(data)
        self.legend.setText(
            "   ".join(
                f'<span style="color:{PALETTE[n % len(PALETTE)]}">■</span> '
                f"{s.number}. {in_interface(s.titles)}"
                for n, s in enumerate(data.series)
            )
        )
        self.overdue.clear()
        for milestone in data.overdue:
            self.overdue.addItem(
                tr(DAYS_LATE)
                .replace(
                    "%1", f"{milestone.commitment_number}. {in_interface(milestone.deliverables)}"
                )
                .replace("%2", milestone.due_date.isoformat())
                .replace("%3", str(milestone.days_late))
            )
        self.action_table.setRowCount(len(data.open_actions))
        for row, action in enumerate(data.open_actions):
            cells = (
                in_interface(action.tasks),
                action.owner or "",
                action.due_date.isoformat() if action.due_date else "",
                f"{action.meeting_date.isoformat()} {action.meeting_title}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and action.overdue:
                    item.setForeground(QColor("#b00020"))
                self.action_table.setItem(row, column, item)
        self.data = data
