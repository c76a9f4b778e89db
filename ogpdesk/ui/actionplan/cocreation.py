"""The co-creation tab: the figures the OGP template asks for, counted from the attendance
of the public meetings, the meetings themselves, and the export of the co-creation report."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogpdesk.core import cocreation
from ogpdesk.core.cocreation import CoCreation
from ogpdesk.documents.export import ExportRequest, export
from ogpdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from ogpdesk.ui import settings
from ogpdesk.ui.actionplan.common import PlanPanel, isolated, tr
from ogpdesk.ui.attendance import GENDER_LABELS, GROUP_LABELS
from ogpdesk.ui.attendance import label as attendance_label
from ogpdesk.ui.errors import interface_language
from ogpdesk.ui.export_dialog import FORMAT_LABELS, KINDS, file_part, open_with_desktop
from ogpdesk.ui.export_dialog import tr as export_tr
from ogpdesk.ui.meeting_dialog import kind_label
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.preferences import LANGUAGE_NAMES
from ogpdesk.ui.versions import in_interface


def percent(value: int) -> str:
    """As the documents write it: French sets a no-break space before the sign."""
    return f"{value}\u00a0%" if interface_language() == "fr" else f"{value}%"


PEOPLE = QT_TRANSLATE_NOOP("ActionPlanView", "People")
SHARE = QT_TRANSLATE_NOOP("ActionPlanView", "Share")
NOT_RECORDED = QT_TRANSLATE_NOOP("ActionPlanView", "Not recorded")
REPORT_FORMATS = (".pdf", ".docx", ".xlsx")
COCREATION = next(choice for choice in KINDS if choice.kind == "cocreation")


class Figure(QLabel):
    """One of the template's figures: a large number above what it counts."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.value = 0
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(120)
        self.setContentsMargins(8, 6, 8, 6)

    def show_value(self, value: int) -> None:
        self.value = value
        self.setText(
            f'<div style="font-size:22pt; font-weight:600">{value}</div><div>{self.caption}</div>'
        )
        self.setAccessibleName(f"{self.caption}: {value}")


class CountsTable(QTableWidget):
    """A breakdown of the participants: label, people, share."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setAccessibleName(title)
        self.setHorizontalHeaderLabels([title, tr(PEOPLE), tr(SHARE)])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()

    def show_counts(self, rows: list[tuple[str, int]], total: int) -> None:
        self.setRowCount(len(rows))
        for row, (label, count) in enumerate(rows):
            share = percent(round(100 * count / total)) if total else ""
            for column, text in enumerate((label, str(count), share)):
                item = QTableWidgetItem(isolated(text))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)


class CoCreationPanel(PlanPanel):
    """The co-creation record: the template's figures, counted from attendance, and the
    public meetings they come from; the report for the OGP submission is exported from here."""

    watched = ("meetings", "attendance", "participants", "processes")
    MEETING_HEADERS = (
        QT_TRANSLATE_NOOP("ActionPlanView", "Date"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Meeting"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Kind"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Place"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Participants"),
    )

    exported = Signal(object)  # the Path written

    def __init__(
        self,
        ops: Operations,
        process_id: str,
        parent: QWidget | None = None,
        *,
        opener: Callable[[Path], None] = open_with_desktop,
    ) -> None:
        super().__init__(ops, process_id, parent)
        self.opener = opener
        self.data: CoCreation | None = None
        self.meetings_figure = Figure(self.tr("public-facing meetings held"))
        self.groups_figure = Figure(self.tr("stakeholder groups took part"))
        self.people_figure = Figure(self.tr("participants"))
        self.attendances_figure = Figure(self.tr("attendances"))
        self.organisations_figure = Figure(self.tr("organisations"))
        figures_row = QHBoxLayout()
        for figure in (
            self.meetings_figure,
            self.groups_figure,
            self.people_figure,
            self.attendances_figure,
            self.organisations_figure,
        ):
            figures_row.addWidget(figure)

        self.by_group = CountsTable(self.tr("Stakeholder group"))
        self.by_gender = CountsTable(self.tr("Gender"))
        self.by_age = CountsTable(self.tr("Age band"))
        self.disability = QLabel()
        gender_and_age = QVBoxLayout()
        gender_and_age.addWidget(self.by_gender)
        gender_and_age.addWidget(self.by_age)
        gender_and_age.addWidget(self.disability)
        breakdowns = QHBoxLayout()
        breakdowns.addWidget(self.by_group, 1)
        breakdowns.addLayout(gender_and_age, 1)

        self.meetings = QTableWidget(0, len(self.MEETING_HEADERS))
        self.meetings.setAccessibleName(self.tr("Public meetings of the co-creation"))
        self.meetings.setHorizontalHeaderLabels([tr(h) for h in self.MEETING_HEADERS])
        header = self.meetings.horizontalHeader()
        for column in (0, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.meetings.setWordWrap(False)
        self.meetings.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.meetings.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.meetings.verticalHeader().hide()
        meetings_label = QLabel(self.tr("Public &meetings"))
        meetings_label.setBuddy(self.meetings)

        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.format = QComboBox()
        for suffix in REPORT_FORMATS:
            self.format.addItem(export_tr(FORMAT_LABELS[suffix]), suffix)
        self.format.setAccessibleName(self.tr("Format of the report"))
        self.export_button = QPushButton(self.tr("&Export the co-creation report…"))
        self.export_button.setAutoDefault(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.language)
        export_row.addWidget(self.format)
        export_row.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(figures_row)
        layout.addLayout(breakdowns, 3)
        layout.addWidget(meetings_label)
        layout.addWidget(self.meetings, 2)
        layout.addLayout(export_row)
        self.export_button.clicked.connect(self._ask_export)
        self.reload()

    def reload(self) -> None:
        with self.ops.store.session() as session:
            data = cocreation.figures(session, self.process(session))
        self.data = data
        self.meetings_figure.show_value(data.meetings_held)
        self.groups_figure.show_value(data.groups)
        self.people_figure.show_value(data.participants)
        self.attendances_figure.show_value(data.attendances)
        self.organisations_figure.show_value(data.organisations)
        total = data.participants

        def named(labels: Mapping[Any, str], value: object) -> str:
            return attendance_label(labels, value) if value is not None else tr(NOT_RECORDED)

        self.by_group.show_counts(
            [(named(GROUP_LABELS, k), n) for k, n in data.by_group.items()], total
        )
        self.by_gender.show_counts(
            [(named(GENDER_LABELS, k), n) for k, n in data.by_gender.items()], total
        )
        self.by_age.show_counts(
            [(k or tr(NOT_RECORDED), n) for k, n in data.by_age_band.items()], total
        )
        self.disability.setText(
            self.tr("People with a disability: %1").replace("%1", str(data.with_disability))
        )
        self.meetings.setRowCount(len(data.meetings))
        for row, meeting in enumerate(data.meetings):
            title = in_interface(meeting.titles)
            came = str(meeting.participants)
            if meeting.remote:
                came += " " + self.tr("(%1 remotely)").replace("%1", str(meeting.remote))
            cells = (
                meeting.date.isoformat(),
                title,
                kind_label(meeting.kind),
                ", ".join(part for part in (meeting.place, meeting.city) if part),
                came,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(isolated(text))
                item.setToolTip(text)
                self.meetings.setItem(row, column, item)

    # -- the report ------------------------------------------------------------------------

    def default_name(self, lang: str, suffix: str) -> str:
        with self.ops.store.session() as session:
            title = self.process(session).title
        prefix = COCREATION.prefix_en if lang == "en" else COCREATION.prefix_fr
        return "-".join(part for part in (prefix, file_part(title), lang) if part) + suffix

    def export_report(self, output: Path, lang: str) -> None:
        """Write the co-creation report to ``output`` in the background, then open it."""
        request = ExportRequest(
            kind=COCREATION.kind, meeting=None, process=self.process_id, lang=lang, output=output
        )
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", output.name))
        self.ops.failed.connect(self._export_failed)
        self.ops.run_in_background(
            lambda session: export(session, request),
            self._exported,
            label=self.tr("Writing %1…").replace("%1", output.name),
        )

    def _ask_export(self) -> None:
        lang, suffix = self.language.currentData(), self.format.currentData()
        folder = settings.EXPORT_FOLDER.get() or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the co-creation report"),
            str(Path(folder) / self.default_name(lang, suffix)),
            f"{export_tr(FORMAT_LABELS[suffix])} (*{suffix})",
        )
        if chosen:
            path = Path(chosen)
            self.export_report(path if path.suffix else path.with_suffix(suffix), lang)

    def _exported(self, written: Path) -> None:
        self._export_done()
        settings.EXPORT_FOLDER.set(str(written.parent))
        self.status.setText(self.tr("Exported to %1").replace("%1", str(written)))
        self.exported.emit(written)
        self.opener(written)

    def _export_failed(self, _error: object) -> None:
        self._export_done()
        self.status.clear()

    def _export_done(self) -> None:
        self.ops.failed.disconnect(self._export_failed)
        self.export_button.setEnabled(True)
