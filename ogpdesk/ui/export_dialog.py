"""Exporting a document of the current meeting, or of its process, from the window.

The user chooses what to write (the documents that apply to this meeting), in which language
(independent of the interface's) and format, with which options — the quarter of a progress
matrix among those reviewed, the meeting's own by default — and where; the first page is
previewed as it will print. Building and writing run on a worker
(``ops.run_in_background``): the window never waits, a long report shows its progress, and a
failure reaches the standard error dialog with nothing half written (``documents.export``
writes beside the target and renames). The written file is then opened with the user's
program for it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.languages import Texts
from ogpdesk.core.meetings import find_meeting
from ogpdesk.core.models import MeetingKind, MeetingStatus, ProcessKind
from ogpdesk.core.progress import Quarter, quarters_reviewed_at, reviewed_quarters
from ogpdesk.documents.export import ExportRequest, export
from ogpdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from ogpdesk.ui import settings
from ogpdesk.ui.errors import message
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.preferences import LANGUAGE_NAMES
from ogpdesk.ui.preview import Preview, render_preview
from ogpdesk.ui.versions import in_interface

CONTEXT = "ExportDialog"
# Width of the drawn first page, in device-independent pixels; an A4 page is √2 as tall.
PREVIEW_WIDTH = 420
PREVIEW_HEIGHT = round(PREVIEW_WIDTH * 297 / 210)
# The options' column: long enough for a full file name and the bilingual option's label.
OPTIONS_WIDTH = 540
# Options change in bursts (arrow keys through a list): draw once they settle.
PREVIEW_DELAY_MS = 250
# Longest part of a file name taken from a title.
NAME_PART = 48

NO_MEETING = QT_TRANSLATE_NOOP("Errors", "Choose a meeting first, then export its documents.")
NO_PATH = QT_TRANSLATE_NOOP("Errors", "Choose where to write the document.")

# Where a document's content comes from.
MEETING = "meeting"  # this meeting
PROCESS = "process"  # every meeting of its process
QUARTER = "quarter"  # its action plan, the quarter chosen in the dialog
PLAN = "plan"  # its action plan, latest quarter

PDF, DOCX, XLSX = ".pdf", ".docx", ".xlsx"
FORMAT_LABELS = {
    PDF: QT_TRANSLATE_NOOP("ExportDialog", "PDF"),
    DOCX: QT_TRANSLATE_NOOP("ExportDialog", "Word (DOCX)"),
    XLSX: QT_TRANSLATE_NOOP("ExportDialog", "Excel (XLSX)"),
}


@dataclass(frozen=True)
class KindChoice:
    kind: str
    label: str
    # File suffixes offered; none for a kind that writes a folder.
    formats: tuple[str, ...]
    # First word of the file name: in French for Arabic and French documents, as Tunisian
    # administrations name their files ("PV-…"), in English for English ones.
    prefix_fr: str
    prefix_en: str
    action_plan_only: bool = False
    bilingual: bool = False
    private_data: bool = False
    group_by: bool = False
    # Made for one quarter, chosen among those reviewed.
    quarterly: bool = False


KINDS: tuple[KindChoice, ...] = (
    KindChoice(
        "minutes",
        QT_TRANSLATE_NOOP("ExportDialog", "Minutes"),
        (PDF, DOCX),
        "PV",
        "minutes",
        bilingual=True,
    ),
    KindChoice(
        "recommendations",
        QT_TRANSLATE_NOOP("ExportDialog", "Recommendations report"),
        (PDF, DOCX, XLSX),
        "Recommandations",
        "recommendations",
        bilingual=True,
        group_by=True,
    ),
    KindChoice(
        "attendance",
        QT_TRANSLATE_NOOP("ExportDialog", "Attendance list"),
        (PDF, DOCX, XLSX),
        "Presence",
        "attendance",
        private_data=True,
    ),
    KindChoice(
        "actions",
        QT_TRANSLATE_NOOP("ExportDialog", "Action items"),
        (PDF, DOCX, XLSX),
        "Actions",
        "actions",
    ),
    KindChoice(
        "progress",
        QT_TRANSLATE_NOOP("ExportDialog", "Progress matrix"),
        (PDF, DOCX, XLSX),
        "Matrice-avancement",
        "progress",
        action_plan_only=True,
        quarterly=True,
    ),
    KindChoice(
        "cocreation",
        QT_TRANSLATE_NOOP("ExportDialog", "Co-creation report"),
        (PDF, DOCX, XLSX),
        "Co-creation",
        "co-creation",
        action_plan_only=True,
    ),
    KindChoice(
        "site",
        QT_TRANSLATE_NOOP("ExportDialog", "Public progress site (web pages)"),
        (),
        "Site",
        "site",
        action_plan_only=True,
    ),
)
# Before a meeting the attendance document is the sheet people sign.
SIGN_IN_SHEET = QT_TRANSLATE_NOOP("ExportDialog", "Attendance sheet (to sign)")
SCOPE_LABELS = {
    MEETING: QT_TRANSLATE_NOOP("ExportDialog", "This meeting"),
    PROCESS: QT_TRANSLATE_NOOP("ExportDialog", "Every meeting of “%1”"),
    QUARTER: QT_TRANSLATE_NOOP("ExportDialog", "The action plan “%1”, one quarter"),
    PLAN: QT_TRANSLATE_NOOP("ExportDialog", "The action plan “%1”, latest quarter"),
}
GROUP_LABELS = {
    None: QT_TRANSLATE_NOOP("ExportDialog", "Usual: by theme, or by meeting for a process"),
    "theme": QT_TRANSLATE_NOOP("ExportDialog", "By theme"),
    "meeting": QT_TRANSLATE_NOOP("ExportDialog", "By meeting"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def quarter_label(quarter: Quarter) -> str:
    """The quarter in the interface's words ("Q3 2025", "T3 2025"), as the matrix names it."""
    template = QCoreApplication.translate("ActionPlan", "Q{number} {year}")
    return template.format(number=quarter.number, year=quarter.year)


@dataclass(frozen=True)
class MeetingFacts:
    """What the dialog needs to know of the meeting: choices, defaults, file name."""

    id: str
    title: str
    titles: Texts
    kind: MeetingKind
    status: MeetingStatus
    date: dt.date
    city: str | None
    languages: tuple[str, ...]
    process_id: str | None
    process_title: str | None
    process_titles: Texts | None
    process_kind: ProcessKind | None
    # Quarters with progress reviews in the meeting's action plan, oldest first ("2025Q3").
    quarters: tuple[str, ...] = ()
    # The one offered first: reviewed at this meeting, else the latest.
    quarter: str | None = None

    @property
    def language(self) -> str:
        """The meeting's first language that documents exist in."""
        return next((code for code in self.languages if code in LANGUAGES), "fr")

    def shown_title(self) -> str:
        return in_interface(self.titles)

    def shown_process_title(self) -> str:
        return in_interface(self.process_titles) if self.process_titles else ""

    @property
    def action_plan(self) -> bool:
        return self.process_kind is ProcessKind.ACTION_PLAN


def meeting_facts(session: Session, meeting_id: str) -> MeetingFacts:
    meeting = find_meeting(session, meeting_id)
    process = (
        meeting.process if meeting.process is not None and not meeting.process.deleted else None
    )
    quarters: list[Quarter] = []
    if process is not None and process.kind is ProcessKind.ACTION_PLAN:
        quarters = reviewed_quarters(session, process)
    here = [q for q in quarters_reviewed_at(session, meeting) if q in quarters]
    if not here and meeting.kind is MeetingKind.QUARTERLY_REVIEW:
        # A review meeting whose rows were opened elsewhere still reviews the past quarter.
        here = [q for q in quarters if q == Quarter.reviewed_at(meeting.date)]
    default = here[-1] if here else (quarters[-1] if quarters else None)
    return MeetingFacts(
        id=meeting.id,
        title=meeting.title,
        titles=Texts.of(meeting, "title"),
        kind=meeting.kind,
        status=meeting.status,
        date=meeting.date,
        city=meeting.city,
        languages=tuple(code.strip() for code in meeting.languages.split(",") if code.strip()),
        process_id=process.id if process else None,
        process_title=process.title if process else None,
        process_titles=Texts.of(process, "title") if process else None,
        process_kind=process.kind if process else None,
        quarters=tuple(str(q) for q in quarters),
        quarter=str(default) if default else None,
    )


def kinds_for(facts: MeetingFacts) -> list[KindChoice]:
    return [choice for choice in KINDS if facts.action_plan or not choice.action_plan_only]


def scopes_for(choice: KindChoice, facts: MeetingFacts) -> list[str]:
    if choice.quarterly:
        return [QUARTER]
    if choice.action_plan_only:
        return [PLAN]
    if choice.kind in {"recommendations", "actions"} and facts.process_id:
        return [MEETING, PROCESS]
    return [MEETING]


def file_part(text: str) -> str:
    """``text`` as a portable piece of a file name: Latin letters, digits and hyphens."""
    # Dashes separate words ("2024–2027"); dropped with the other non-ASCII signs they would
    # glue the numbers together.
    spaced = re.sub("[\u2010-\u2015\u2212]", " ", text)
    latin = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", latin.replace("'", "").replace("’", ""))
    part = ""
    for word in words:
        longer = f"{part}-{word}" if part else word
        if len(longer) > NAME_PART:
            break
        part = longer
    return part


def default_name(
    choice: KindChoice,
    facts: MeetingFacts,
    scope: str,
    lang: str,
    bilingual: bool,
    suffix: str,
    quarter: str | None = None,
) -> str:
    """E.g. ``PV-Kairouan-2016-03-22-ar.pdf``, ``Matrice-avancement-El-Kef-2025Q3-fr.pdf``;
    a folder for the site has no suffix."""
    prefix = choice.prefix_en if lang == "en" else choice.prefix_fr
    place = file_part(facts.city or "") or file_part(facts.title)
    if scope == MEETING:
        parts = [prefix, place, facts.date.isoformat()]
    elif scope == QUARTER:
        parts = [prefix, place, quarter or ""]
    else:
        parts = [prefix, file_part(facts.process_title or "")]
    parts.append(f"{lang}-{'fr' if lang == 'ar' else 'ar'}" if bilingual else lang)
    return "-".join(part for part in parts if part) + suffix


def open_with_desktop(path: Path) -> None:
    """Open ``path`` with the user's program for it — never from tests, CI or no display."""
    if os.environ.get("CI") or QGuiApplication.platformName() in {"offscreen", "minimal"}:
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_export_dialog(
    ops: Operations, meeting_id: str | None, parent: QWidget | None = None
) -> ExportDialog | None:
    """The export dialog for ``meeting_id``, shown; ``None`` (after saying why) without one."""
    if not meeting_id:
        ops.report(InvalidInput(NO_MEETING))
        return None
    facts = ops.run(lambda session: meeting_facts(session, meeting_id))
    if facts is None:
        return None
    dialog = ExportDialog(ops, facts, parent)
    dialog.open()
    return dialog


class ExportDialog(QDialog):
    """What to export, how and where; the first page as it will print; then write it."""

    # (path written, a sentence saying so for the status bar)
    exported = Signal(object, str)

    def __init__(
        self,
        ops: Operations,
        facts: MeetingFacts,
        parent: QWidget | None = None,
        *,
        opener: Callable[[Path], None] = open_with_desktop,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.facts = facts
        self.opener = opener
        self.preview: Preview | None = None
        # The file name follows the options until the user types or picks one.
        self._name_chosen = False
        # Previews overtaken by newer options are dropped when they arrive.
        self._generation = 0
        self._busy = False
        self.setWindowTitle(self.tr("Export — %1").replace("%1", facts.shown_title()))

        self.kind = QComboBox()
        for choice in kinds_for(facts):
            text = choice.label
            if choice.kind == "attendance" and facts.status is MeetingStatus.PLANNED:
                text = SIGN_IN_SHEET
            self.kind.addItem(tr(text), choice.kind)
        self.scope = QComboBox()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(facts.language))
        self.format = QComboBox()
        self.quarter = QComboBox()
        for quarter in facts.quarters:
            self.quarter.addItem(quarter_label(Quarter.parse(quarter)), quarter)
        self.quarter.setCurrentIndex(max(0, self.quarter.findData(facts.quarter)))
        self.bilingual = QCheckBox(self.tr("&Bilingual edition (Arabic and French side by side)"))
        self.private = QCheckBox(self.tr("Include &private contact data (phones, e-mails)"))
        self.private_warning = QLabel(
            self.tr(
                "Phone numbers and e-mail addresses are personal data: "
                "hand such a document only to those who need them."
            )
        )
        self.private_warning.setWordWrap(True)
        self.private_warning.setStyleSheet("color: #9a4a00;")
        self.group_by = QComboBox()
        for value, text in GROUP_LABELS.items():
            self.group_by.addItem(tr(text), value)
        # The actions list counts overdue as of a day; left unchecked, the day of the latest
        # meeting reported on (the report says which day it took).
        self.as_of_box = QCheckBox(self.tr("Overdue as &of:"))
        self.as_of_box.setToolTip(
            self.tr("Unchecked: as of the day of the latest meeting the list reports on")
        )
        self.as_of = QDateEdit(QDate(facts.date.year, facts.date.month, facts.date.day))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setAccessibleName(self.tr("Overdue as of"))
        self.as_of.setEnabled(False)
        self.as_of_box.toggled.connect(self.as_of.setEnabled)

        self.path = QLineEdit()
        self.path.textEdited.connect(self._path_edited)
        self.path.textChanged.connect(self._show_path_note)
        browse = QPushButton(self.tr("B&rowse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.path_note = QLabel()
        self.path_note.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Document:"), self.kind),
            (self.tr("&Content:"), self.scope),
            (self.tr("&Quarter:"), self.quarter),
            (self.tr("&Language:"), self.language),
            (self.tr("&Format:"), self.format),
            (self.tr("&Grouping:"), self.group_by),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, field)
        form.addRow(self.as_of_box, self.as_of)
        form.addRow(self.bilingual)
        form.addRow(self.private)
        form.addRow(self.private_warning)
        save_label = QLabel(self.tr("Save &as:"))
        save_label.setBuddy(self.path)
        self.path.setAccessibleName(self.tr("Save as"))
        form.addRow(save_label, path_row)
        form.addRow(self.path_note)

        self.page = QLabel()
        self.page.setFixedSize(PREVIEW_WIDTH + 2, PREVIEW_HEIGHT + 2)
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setFrameShape(QFrame.Shape.StyledPanel)
        self.page.setStyleSheet("background: #8a8f94;")
        self.page.setAccessibleName(self.tr("First page of the document"))
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.setMaximumWidth(PREVIEW_WIDTH + 2)
        self.preview_note.setAccessibleName(self.tr("About the preview"))
        preview_column = QVBoxLayout()
        preview_column.addWidget(self.page)
        preview_column.addWidget(self.preview_note)
        preview_column.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)

        options = QWidget()
        options.setMinimumWidth(OPTIONS_WIDTH)
        left = QVBoxLayout(options)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(options, 1)
        columns.addLayout(preview_column)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        for combo in (self.scope, self.quarter, self.language, self.group_by):
            combo.currentIndexChanged.connect(self._options_changed)
        for box in (self.bilingual, self.private, self.as_of_box):
            box.toggled.connect(self._options_changed)
        self.as_of.dateChanged.connect(self._options_changed)
        self._kind_changed()
        self.kind.setFocus()

    # -- choices --------------------------------------------------------------------------

    def choice(self) -> KindChoice:
        kind = self.kind.currentData()
        return next(choice for choice in KINDS if choice.kind == kind)

    def lang(self) -> str:
        return str(self.language.currentData())

    def suffix(self) -> str:
        return self.format.currentData() or ""

    def _kind_changed(self) -> None:
        choice = self.choice()
        for combo, values, label in (
            (self.scope, scopes_for(choice, self.facts), self._scope_label),
            (self.format, list(choice.formats), lambda s: tr(FORMAT_LABELS[s])),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value in values:
                combo.addItem(label(value), value)
            if not values:
                combo.addItem(self.tr("Folder of web pages"), "")
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.setEnabled(combo.count() > 1)
            combo.blockSignals(False)
        self.group_by.setEnabled(choice.group_by)
        self.as_of_box.setEnabled(choice.kind == "actions")
        self.as_of.setEnabled(choice.kind == "actions" and self.as_of_box.isChecked())
        self.quarter.setEnabled(choice.quarterly and self.quarter.count() > 1)
        self.private.setEnabled(choice.private_data)
        self.private_warning.setEnabled(choice.private_data)
        self._options_changed()

    def _scope_label(self, scope: str) -> str:
        return tr(SCOPE_LABELS[scope]).replace("%1", self.facts.shown_process_title())

    def _options_changed(self) -> None:
        self.bilingual.setEnabled(self.choice().bilingual and self.lang() in {"ar", "fr"})
        self._update_path()
        self._schedule_preview()

    def _format_changed(self) -> None:
        # The same document in another format: its first page does not change.
        self._update_path()
        self._describe_preview()

    def request(self, output: Path) -> ExportRequest:
        """The export the dialog's options describe, written to ``output``."""
        choice = self.choice()
        scope = self.scope.currentData()
        meeting = self.facts.id if scope == MEETING else None
        process = self.facts.process_id if scope in {PROCESS, PLAN, QUARTER} else None
        return ExportRequest(
            kind=choice.kind,
            meeting=meeting,
            process=process,
            lang=self.lang(),
            output=output,
            bilingual=self.bilingual.isEnabled() and self.bilingual.isChecked(),
            include_private=self.private.isEnabled() and self.private.isChecked(),
            group_by=self.group_by.currentData() if choice.group_by else None,
            quarter=self.quarter.currentData() if choice.quarterly else None,
            today=self.overdue_as_of(),
        )

    def overdue_as_of(self) -> dt.date | None:
        """The day the actions list counts overdue as of, when the user chose one."""
        if self.choice().kind != "actions" or not self.as_of_box.isChecked():
            return None
        chosen = self.as_of.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    # -- where ----------------------------------------------------------------------------

    def default_name(self) -> str:
        request = self.request(Path())
        return default_name(
            self.choice(),
            self.facts,
            self.scope.currentData(),
            request.lang,
            request.bilingual,
            self.suffix(),
            request.quarter,
        )

    def output(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def _update_path(self) -> None:
        current = self.output()
        if current is None or not self._name_chosen:
            folder = current.parent if current is not None else _start_folder()
            self.path.setText(str(folder / self.default_name()))
            return
        # A name the user chose keeps its stem; its suffix follows the format.
        name = current.name
        stem = name[: -len(current.suffix)] if current.suffix.lower() in FORMAT_LABELS else name
        self.path.setText(str(current.with_name(stem + self.suffix())))

    def _path_edited(self) -> None:
        self._name_chosen = True

    def _show_path_note(self) -> None:
        output = self.output()
        if output is None:
            self.path_note.setText(self.tr("Choose where to write the document."))
        elif not output.parent.is_dir():
            self.path_note.setText(self.tr("This folder does not exist."))
        elif output.is_dir() and self.suffix():
            self.path_note.setText(self.tr("A folder has this name: choose another name."))
        elif output.exists():
            self.path_note.setText(self.tr("This file exists: exporting replaces it."))
        else:
            self.path_note.clear()

    def browse(self) -> None:
        current = self.output() or _start_folder() / self.default_name()
        if not self.suffix():
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Folder in which to put the site"), str(current.parent)
            )
            chosen = str(Path(folder) / current.name) if folder else ""
        else:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export"),
                str(current),
                f"{tr(FORMAT_LABELS[self.suffix()])} (*{self.suffix()})",
            )
        if chosen:
            self._name_chosen = True
            self.path.setText(chosen)
            self._update_path()

    # -- preview --------------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        self._generation += 1
        self.preview = None
        self.page.clear()
        if not self.choice().formats:
            self._describe_preview()
            return
        self.preview_note.setText(self.tr("Drawing the first page…"))
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Draw the first page of the document as the options now describe it."""
        self._preview_timer.stop()
        if not self.choice().formats:
            return
        generation = self._generation
        request = self.request(Path("preview.pdf"))
        width = round(PREVIEW_WIDTH * self.devicePixelRatioF())

        def done(preview: Preview) -> None:
            # The dialog may have been closed, even deleted, while the page was drawn.
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_preview(preview)

        self.ops.run_in_background(
            lambda session: render_preview(session, request, width),
            done,
            label=self.tr("Drawing the first page…"),
            progress=False,
        )

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        if preview.image is not None:
            pixmap = QPixmap.fromImage(preview.image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.page.setPixmap(pixmap)
        else:
            self.page.clear()
        self._describe_preview()

    def _describe_preview(self) -> None:
        preview = self.preview
        if not self.choice().formats:
            text = self.tr("The public site is a folder of web pages and posters: no preview.")
        elif preview is None:
            text = self.tr("Drawing the first page…")
        elif preview.problem is not None:
            text = message(preview.problem)
        else:
            pages = str(preview.pages)
            if self.suffix() == PDF:
                text = self.tr("Page 1 of %1.").replace("%1", pages)
            else:
                text = self.tr(
                    "Page 1 of %1 of the PDF made from the same document; "
                    "Word and Excel lay out their own pages."
                ).replace("%1", pages)
        self.preview_note.setText(text)
        self.page.setToolTip(text)

    @property
    def preview_image(self) -> QImage | None:
        return self.preview.image if self.preview is not None else None

    # -- export ---------------------------------------------------------------------------

    def write(self) -> None:
        """Write the document in the background, then open it and close the dialog."""
        if self._busy:
            return
        output = self.output()
        if output is None:
            self.ops.report(InvalidInput(NO_PATH))
            return
        request = self.request(output)
        # The preview would only compete with the export for the worker threads.
        self._preview_timer.stop()
        self._set_busy(True)
        self.ops.failed.connect(self._export_failed)
        self.ops.run_in_background(
            lambda session: export(session, request),
            self._exported,
            label=self.tr("Writing %1…").replace("%1", output.name),
        )

    def _exported(self, written: Path) -> None:
        self._set_busy(False)
        folder = written.parent if self.suffix() else written.parent.parent
        settings.EXPORT_FOLDER.set(str(folder))
        self.exported.emit(written, self.tr("Exported to %1").replace("%1", str(written)))
        self.opener(written)
        self.accept()

    def _export_failed(self, _error: object) -> None:
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if not busy and self._busy:
            self.ops.failed.disconnect(self._export_failed)
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        # The worker would still write the file and open it after the dialog was gone.
        if not self._busy:
            super().reject()

    def done(self, result: int) -> None:
        # A preview still being drawn is of no use any more.
        self._generation += 1
        self._preview_timer.stop()
        super().done(result)


def _start_folder() -> Path:
    remembered = settings.EXPORT_FOLDER.get()
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()
