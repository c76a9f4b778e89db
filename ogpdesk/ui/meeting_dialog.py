"""Creating, editing and duplicating a meeting; the words for kinds and statuses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes
from ogpdesk.core.meetings import (
    create_meeting,
    duplicate_meeting,
    find_meeting,
    list_processes,
    update_meeting,
)
from ogpdesk.core.models import Meeting, MeetingKind, MeetingStatus
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui.operations import OpCommand, Operations, Step

KIND_LABELS: dict[MeetingKind, str] = {
    MeetingKind.AWARENESS_SESSION: QT_TRANSLATE_NOOP("Labels", "Awareness session"),
    MeetingKind.SEMINAR: QT_TRANSLATE_NOOP("Labels", "Seminar"),
    MeetingKind.WORKSHOP: QT_TRANSLATE_NOOP("Labels", "Workshop"),
    MeetingKind.CO_CREATION: QT_TRANSLATE_NOOP("Labels", "Co-creation meeting"),
    MeetingKind.STEERING_COMMITTEE: QT_TRANSLATE_NOOP("Labels", "Steering committee"),
    MeetingKind.QUARTERLY_REVIEW: QT_TRANSLATE_NOOP("Labels", "Quarterly review"),
    MeetingKind.PUBLIC_HEARING: QT_TRANSLATE_NOOP("Labels", "Public hearing"),
}
STATUS_LABELS: dict[MeetingStatus, str] = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    MeetingStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    MeetingStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    MeetingStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved (locked)"),
}
LANGUAGE_CHOICES: dict[str, str] = {
    "ar,fr": QT_TRANSLATE_NOOP("Labels", "Arabic, then French"),
    "fr,ar": QT_TRANSLATE_NOOP("Labels", "French, then Arabic"),
    "ar": QT_TRANSLATE_NOOP("Labels", "Arabic"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
}


def label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_label(kind: MeetingKind) -> str:
    return label(KIND_LABELS[kind])


def status_label(status: MeetingStatus) -> str:
    return label(STATUS_LABELS[status])


def push_meeting_created(ops: Operations, text: str, meeting_id: str) -> None:
    """Make the creation of ``meeting_id`` (already done) one undo step."""

    def set_deleted(deleted: bool) -> Step:
        def step(session: Session) -> Changes:
            meeting = session.get(Meeting, meeting_id)
            if meeting is not None:
                meeting.deleted = deleted
            return Changes(meetings=True)

        return step

    ops.push(OpCommand(ops, text, set_deleted(False), set_deleted(True), done=True))


def _to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class DateField(QDateEdit):
    """A date typed as yyyy-MM-dd, with a calendar. Tab leaves the field, as in every other
    field of a form: QDateEdit's own Tab walks its year, month and day, so that the next
    words typed — meant for the city — changed the date instead. Left and Right still move
    between the parts."""

    def __init__(self, date: QDate, parent: QWidget | None = None) -> None:
        super().__init__(date, parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class MeetingDialog(QDialog):
    """The fields of a meeting; creates it, or edits ``meeting_id``."""

    def __init__(
        self, ops: Operations, meeting_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.created_id: str | None = None
        self._loaded: dict[str, object] = {}
        self.setWindowTitle(self.tr("Edit meeting") if meeting_id else self.tr("New meeting"))

        self.title = QLineEdit()
        self.title_ar = QLineEdit()
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(kind_label(kind), kind)
        self.date = DateField(_to_qdate(dt.date.today()))
        self.city = QLineEdit()
        self.place = QLineEdit()
        self.languages = QComboBox()
        for code, text in LANGUAGE_CHOICES.items():
            self.languages.addItem(label(text), code)
        self.process = QComboBox()
        self.process.addItem(self.tr("(no process)"), None)
        self.chair = QLineEdit()
        self.secretary = QLineEdit()

        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Title:"), self.title),
            (self.tr("Title in &Arabic:"), self.title_ar),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Date:"), self.date),
            (self.tr("&City:"), self.city),
            (self.tr("&Place:"), self.place),
            (self.tr("&Languages:"), self.languages),
            (self.tr("P&rocess:"), self.process),
            (self.tr("C&hair:"), self.chair),
            (self.tr("&Secretary:"), self.secretary),
        ]
        for text, field in rows:
            caption = QLabel(text)
            caption.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, field)
        self.title_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        with self.ops.store.session() as session:
            for process in list_processes(session):
                self.process.addItem(process.title, process.id)
            if self.meeting_id is None:
                return
            meeting = find_meeting(session, self.meeting_id)
            self.title.setText(meeting.title)
            self.title_ar.setText(meeting.title_ar or "")
            self.kind.setCurrentIndex(self.kind.findData(meeting.kind))
            self.date.setDate(_to_qdate(meeting.date))
            self.city.setText(meeting.city or "")
            self.place.setText(meeting.place or "")
            index = self.languages.findData(meeting.languages)
            if index < 0:
                self.languages.addItem(meeting.languages, meeting.languages)
                index = self.languages.count() - 1
            self.languages.setCurrentIndex(index)
            self.process.setCurrentIndex(max(0, self.process.findData(meeting.process_id)))
            self.chair.setText(meeting.chair or "")
            self.secretary.setText(meeting.secretary or "")
        self._loaded = self.values()

    def values(self) -> dict[str, object]:
        def text(field: QLineEdit) -> str | None:
            return field.text().strip() or None

        return {
            "title": self.title.text(),
            "title_ar": text(self.title_ar),
            "kind": self.kind.currentData(),
            "date": _from_qdate(self.date.date()),
            "city": text(self.city),
            "place": text(self.place),
            "languages": self.languages.currentData(),
            "process_id": self.process.currentData(),
            "chair": text(self.chair),
            "secretary": text(self.secretary),
        }

    def accept(self) -> None:
        values = self.values()
        meeting_id = self.meeting_id
        if meeting_id is None:

            def create(session: Session) -> tuple[Changes, str]:
                meeting = create_meeting(session, **values)  # type: ignore[arg-type]
                return Changes(meetings=True), meeting.id

            result = self.ops.run(create, initiator=self)
            if result is None:
                return
            self.created_id = result[1]
            push_meeting_created(self.ops, self.tr("New meeting"), self.created_id)
        else:
            previous = self._loaded

            def edit(fields: dict[str, object]) -> Step:
                def step(session: Session) -> Changes:
                    return update_meeting(session, find_meeting(session, meeting_id), **fields)

                return step

            if self.ops.perform(self.tr("Edit meeting"), edit(values), edit(previous)) is None:
                return
        super().accept()


class DuplicateDialog(QDialog):
    """The next sitting of a meeting: its title and date; agenda and invitees are copied."""

    def __init__(self, ops: Operations, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.created_id: str | None = None
        self.setWindowTitle(self.tr("Duplicate meeting"))
        with ops.store.session() as session:
            source = find_meeting(session, meeting_id)
            title, date = source.title, source.date
        self.title = QLineEdit(title)
        # A quarterly meeting is the usual case: the same day three months later.
        self.date = DateField(_to_qdate(date).addMonths(3))
        form = QFormLayout()
        for text, field in [(self.tr("&Title:"), self.title), (self.tr("&Date:"), self.date)]:
            caption = QLabel(text)
            caption.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, field)
        note = QLabel(self.tr("The agenda and the invitees are copied; nothing said is."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        title = self.title.text()
        date = _from_qdate(self.date.date())
        meeting_id = self.meeting_id

        def duplicate(session: Session) -> tuple[Changes, str]:
            copy = duplicate_meeting(
                session, find_meeting(session, meeting_id), date=date, title=title
            )
            return Changes(meetings=True, agenda=True, attendance=True), copy.id

        result = self.ops.run(duplicate, initiator=self)
        if result is None:
            return
        self.created_id = result[1]
        push_meeting_created(self.ops, self.tr("Duplicate meeting"), self.created_id)
        super().accept()
