"""The governance tab: the plan's period, lead institutions, 5 + 5 steering committee,
extended advisory committee and independent monitoring body, each editable."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ogpdesk.core import commitments as plan
from ogpdesk.core.edits import EditGroup, FieldEdit, Undoable, created
from ogpdesk.core.languages import Texts
from ogpdesk.core.models import (
    Committee,
    CommitteeMember,
    Institution,
    InstitutionKind,
    Participant,
    Seat,
)
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui.actionplan.common import PlanPanel, isolated, to_date, to_qdate, tr
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.versions import in_interface

SEAT_LABELS = {
    Seat.ADMINISTRATION: QT_TRANSLATE_NOOP("ActionPlanView", "Administration"),
    Seat.COUNCIL: QT_TRANSLATE_NOOP("ActionPlanView", "Municipal council"),
    Seat.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("ActionPlanView", "Civil society"),
    Seat.ELECTED: QT_TRANSLATE_NOOP("ActionPlanView", "Elected representative"),
}
COMMITTEE_LABELS = {
    Committee.STEERING: QT_TRANSLATE_NOOP("ActionPlanView", "Steering committee"),
    Committee.ADVISORY: QT_TRANSLATE_NOOP("ActionPlanView", "Extended advisory committee"),
}
INSTITUTION_KIND_LABELS = {
    InstitutionKind.MUNICIPALITY: QT_TRANSLATE_NOOP("ActionPlanView", "Municipality"),
    InstitutionKind.ASSOCIATION: QT_TRANSLATE_NOOP("ActionPlanView", "Association"),
    InstitutionKind.MINISTRY: QT_TRANSLATE_NOOP("ActionPlanView", "Ministry or public body"),
    InstitutionKind.MONITORING_BODY: QT_TRANSLATE_NOOP("ActionPlanView", "Monitoring body"),
    InstitutionKind.NETWORK: QT_TRANSLATE_NOOP("ActionPlanView", "Network"),
    InstitutionKind.INTERNATIONAL: QT_TRANSLATE_NOOP("ActionPlanView", "International partner"),
    InstitutionKind.OTHER: QT_TRANSLATE_NOOP("ActionPlanView", "Other"),
}
# "Civil society: 5", in a committee's title.
SEAT_COUNT = QT_TRANSLATE_NOOP("ActionPlanView", "%1: %2")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("ActionPlanView", ", ")
NOBODY = "—"
# Shown at the start of a date field whose date is not recorded.
NO_DATE = QDate(2000, 1, 1)


@dataclass(frozen=True)
class Choice:
    """A row of the store offered in a list: its id and how it is shown."""

    id: str
    text: str


def _institution_choices(session: Session) -> list[Choice]:
    return [
        Choice(i.id, f"{i.name} — {i.name_ar}" if i.name_ar else i.name)
        for i in plan.all_institutions(session)
    ]


class InstitutionChooser(QWidget):
    """An institution of the store, or the name of a new one and its kind."""

    def __init__(
        self,
        choices: list[Choice],
        kind: InstitutionKind,
        *,
        empty: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.names = QComboBox()
        self.names.setEditable(True)
        self.names.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if empty:
            self.names.addItem(NOBODY, None)
        for choice in choices:
            self.names.addItem(choice.text, choice.id)
        _contains_completer(self.names)
        self.names.setAccessibleName(self.tr("Institution"))
        self.kind = QComboBox()
        for value, text in INSTITUTION_KIND_LABELS.items():
            self.kind.addItem(tr(text), value.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.kind.setAccessibleName(self.tr("Kind of a new institution"))
        self.note = QLabel(self.tr("New institution, of the kind:"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.names, 3)
        row.addWidget(self.note)
        row.addWidget(self.kind, 1)
        self.names.currentTextChanged.connect(self._show_kind)
        self._show_kind()

    def text(self) -> str:
        text = self.names.currentText().strip()
        return "" if text == NOBODY else text

    def chosen_id(self) -> str | None:
        """The id of the institution named, ``None`` for a new one or none."""
        index = self.names.findText(self.names.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.names.itemData(index) if index >= 0 else None

    def select(self, institution_id: str | None) -> None:
        self.names.setCurrentIndex(max(0, self.names.findData(institution_id)))

    def new_kind(self) -> InstitutionKind:
        return InstitutionKind(self.kind.currentData())

    def _show_kind(self) -> None:
        new = bool(self.text()) and self.chosen_id() is None
        self.note.setVisible(new)
        self.kind.setVisible(new)


def _contains_completer(combo: QComboBox) -> None:
    """Typing any part of a name finds it, as in the participants' directory."""
    completer = combo.completer()
    assert completer is not None
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


class InstitutionDialog(QDialog):
    """Choose (or name) one institution: a lead institution, the monitoring body."""

    def __init__(
        self,
        title: str,
        prompt: str,
        choices: list[Choice],
        kind: InstitutionKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.chooser = InstitutionChooser(choices, kind)
        self.chooser.names.setCurrentIndex(-1)
        caption = QLabel(prompt)
        caption.setBuddy(self.chooser.names)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.chooser)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())


@dataclass(frozen=True)
class SeatFields:
    """What the seat dialog says a seat is; the institution by id, or by a new name."""

    committee: Committee
    seat: Seat
    participant_id: str | None
    label: str
    institution_id: str | None
    institution_name: str
    institution_kind: InstitutionKind


class SeatDialog(QDialog):
    """A committee seat: which committee, which kind of seat, who holds it, for whom."""

    def __init__(
        self,
        people: list[Choice],
        institutions: list[Choice],
        seating: plan.Seating | None = None,
        committee: Committee = Committee.STEERING,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Committee seat"))
        self.committee = QComboBox()
        for committee_kind, text in COMMITTEE_LABELS.items():
            self.committee.addItem(tr(text), committee_kind.value)
        self.seat = QComboBox()
        for seat, text in SEAT_LABELS.items():
            self.seat.addItem(tr(text), seat.value)
        self.holder = QComboBox()
        self.holder.setEditable(True)
        self.holder.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.holder.addItem(NOBODY, None)
        for person in people:
            self.holder.addItem(person.text, person.id)
        _contains_completer(self.holder)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Member from the local council of East Kef"))
        self.institution = InstitutionChooser(institutions, InstitutionKind.ASSOCIATION, empty=True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        if seating is not None:
            committee = seating.committee
            self.seat.setCurrentIndex(self.seat.findData(seating.seat.value))
            self.holder.setCurrentIndex(max(0, self.holder.findData(seating.participant_id)))
            self.label.setText(seating.label or "")
            self.institution.select(seating.institution_id)
        self.committee.setCurrentIndex(self.committee.findData(committee.value))
        form = QFormLayout()
        for text, widget in (
            (self.tr("Co&mmittee:"), self.committee),
            (self.tr("&Seat:"), self.seat),
            (self.tr("&Held by:"), self.holder),
            (self.tr("&Label:"), self.label),
            (self.tr("&Institution:"), self.institution.names),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, self.institution if widget is self.institution.names else widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def holder_id(self) -> str | None:
        index = self.holder.findText(self.holder.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.holder.itemData(index) if index >= 0 else None

    def accept(self) -> None:
        typed = self.holder.currentText().strip()
        if typed and typed != NOBODY and self.holder_id() is None:
            # A name not in the directory: the seat's label is the place for it.
            self.problem.setText(
                self.tr(
                    "“%1” is not in the participants' directory: choose a person from the list, "
                    "or write the name as the seat's label."
                ).replace("%1", typed)
            )
            self.problem.show()
            self.holder.setFocus()
            return
        super().accept()

    def fields(self) -> SeatFields:
        return SeatFields(
            committee=Committee(self.committee.currentData()),
            seat=Seat(self.seat.currentData()),
            participant_id=self.holder_id(),
            label=self.label.text(),
            institution_id=self.institution.chosen_id(),
            institution_name=self.institution.text(),
            institution_kind=self.institution.new_kind(),
        )


class CommitteeBox(QGroupBox):
    """The seats of one committee, with the buttons that change them."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ActionPlanView", "Seat"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Held by"),
        QT_TRANSLATE_NOOP("ActionPlanView", "Institution"),
    )

    def __init__(self, committee: Committee, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.committee = committee
        self.seatings: list[plan.Seating] = []
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setAccessibleName(tr(COMMITTEE_LABELS[committee]))
        self.table.setHorizontalHeaderLabels([tr(h) for h in self.HEADERS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("Add a seat…"))
        self.edit_button = QPushButton(self.tr("Change the seat…"))
        self.remove_button = QPushButton(self.tr("Remove the seat"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_seats(self, seatings: list[plan.Seating]) -> None:
        self.seatings = seatings
        counts = {seat: sum(1 for s in seatings if s.seat is seat) for seat in Seat}
        parts = tr(LIST_SEPARATOR).join(
            tr(SEAT_COUNT).replace("%1", tr(SEAT_LABELS[seat])).replace("%2", str(count))
            for seat, count in counts.items()
            if count
        )
        title = tr(COMMITTEE_LABELS[self.committee])
        self.setTitle(f"{title} — {parts}" if parts else title)
        self.table.setRowCount(len(seatings))
        for row, seating in enumerate(seatings):
            holder = QTableWidgetItem(isolated(seating.holder))
            if seating.participant_id is None:
                # A seat known by its label only: no one named yet.
                holder.setForeground(self.palette().placeholderText())
                holder.setToolTip(self.tr("No one is named for this seat yet: its label is shown."))
            cells = (
                QTableWidgetItem(tr(SEAT_LABELS[seating.seat])),
                holder,
                QTableWidgetItem(
                    isolated(in_interface(seating.institutions)) if seating.institutions else ""
                ),
            )
            for column, item in enumerate(cells):
                if not item.toolTip():
                    item.setToolTip(item.text())
                self.table.setItem(row, column, item)

    def selected(self) -> plan.Seating | None:
        row = self.table.currentRow()
        return self.seatings[row] if 0 <= row < len(self.seatings) else None


class GovernancePanel(PlanPanel):
    """The plan's period, lead institutions, committees and monitoring body, editable."""

    watched = ("processes", "participants")

    def __init__(self, ops: Operations, process_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, process_id, parent)
        self.data: plan.Governance | None = None
        self.lead_ids: list[str] = []
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in ((self.start, self.tr("Start")), (self.end, self.tr("End"))):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(NOBODY)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.editingFinished.connect(self._period_edited)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)

        self.leads = QListWidget()
        self.leads.setAccessibleName(self.tr("Lead institutions"))
        self.leads.setFlow(QListWidget.Flow.LeftToRight)
        self.leads.setWrapping(True)
        self.leads.setSpacing(4)
        self.leads.setFixedHeight(self.fontMetrics().height() * 2 + 24)
        self.add_lead_button = QPushButton(self.tr("Add…"))
        self.remove_lead_button = QPushButton(self.tr("Remove"))
        leads = QHBoxLayout()
        leads.addWidget(self.leads, 1)
        leads.addWidget(self.add_lead_button)
        leads.addWidget(self.remove_lead_button)

        self.monitoring = QLabel()
        self.monitoring.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.monitoring_button = QPushButton(self.tr("Change…"))
        monitoring = QHBoxLayout()
        monitoring.addWidget(self.monitoring, 1)
        monitoring.addWidget(self.monitoring_button)

        form = QFormLayout()
        for text, buddy, row in (
            (self.tr("&Period:"), self.start, period),
            (self.tr("&Lead institutions:"), self.leads, leads),
            (self.tr("Independent &monitoring body:"), self.monitoring_button, monitoring),
        ):
            caption = QLabel(text)
            caption.setBuddy(buddy)
            form.addRow(caption, row)

        self.steering = CommitteeBox(Committee.STEERING)
        self.advisory = CommitteeBox(Committee.ADVISORY)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.steering, 3)
        layout.addWidget(self.advisory, 2)

        for button in (self.add_lead_button, self.remove_lead_button, self.monitoring_button):
            button.setAutoDefault(False)
        self.add_lead_button.clicked.connect(self._ask_lead)
        self.remove_lead_button.clicked.connect(self._remove_selected_lead)
        self.monitoring_button.clicked.connect(self._ask_monitoring_body)
        for box in (self.steering, self.advisory):
            box.add_button.clicked.connect(lambda _=False, b=box: self._ask_seat(b, new=True))
            box.edit_button.clicked.connect(lambda _=False, b=box: self._ask_seat(b, new=False))
            box.table.itemActivated.connect(lambda _item, b=box: self._ask_seat(b, new=False))
            box.remove_button.clicked.connect(lambda _=False, b=box: self._remove_selected(b))
        self.reload()

    def reload(self) -> None:
        with self.ops.store.session() as session:
            data = plan.governance(session, self.process(session))
            leads = [(i.id, in_interface(Texts.of(i, "name"))) for i in data.lead_institutions]
            body = data.monitoring_body
            body_text = in_interface(Texts.of(body, "name")) if body else ""
        self.data = data
        for edit, value in ((self.start, data.start_date), (self.end, data.end_date)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value) if value else NO_DATE)
            edit.blockSignals(False)
        self.lead_ids = [key for key, _name in leads]
        self.leads.clear()
        for _key, name in leads:
            self.leads.addItem(isolated(name))
        self.monitoring.setText(isolated(body_text) or self.tr("Not chosen yet"))
        self.steering.show_seats(data.steering)
        self.advisory.show_seats(data.advisory)

    # -- steps, one undoable step each -------------------------------------------------------

    def set_period(self, start: dt.date | None, end: dt.date | None) -> bool:
        return self.edit(
            self.tr("Change the plan's period"),
            lambda session: plan.set_period(session, self.process(session), start, end),
        )

    def add_lead(self, name: str, kind: InstitutionKind = InstitutionKind.ASSOCIATION) -> bool:
        def step(session: Session) -> EditGroup:
            institution, made = plan.find_or_add_institution(session, name, kind)
            added = plan.add_lead_institution(session, self.process(session), institution)
            return EditGroup(_edits(made, added), plan.GOVERNANCE)

        return self.edit(self.tr("Add a lead institution"), step)

    def remove_lead(self, institution_id: str) -> bool:
        def step(session: Session) -> plan.LeadsEdit:
            institution = session.get(Institution, institution_id)
            assert institution is not None
            return plan.remove_lead_institution(session, self.process(session), institution)

        return self.edit(self.tr("Remove a lead institution"), step)

    def set_monitoring_body(
        self, name: str, kind: InstitutionKind = InstitutionKind.MONITORING_BODY
    ) -> bool:
        def step(session: Session) -> EditGroup:
            institution, made = plan.find_or_add_institution(session, name, kind)
            chosen = plan.set_monitoring_body(session, self.process(session), institution)
            return EditGroup(_edits(made, chosen), plan.GOVERNANCE)

        return self.edit(self.tr("Choose the monitoring body"), step)

    def add_seat(self, fields: SeatFields) -> bool:
        def step(session: Session) -> EditGroup:
            edits: list[Undoable] = []
            institution = _institution(session, fields, edits)
            member = plan.add_committee_member(
                session,
                self.process(session),
                fields.committee,
                fields.seat,
                participant=_participant(session, fields.participant_id),
                institution=institution,
                label=fields.label,
            )
            edits.append(created(member, plan.GOVERNANCE))
            return EditGroup(tuple(edits), plan.GOVERNANCE)

        return self.edit(self.tr("Add a committee seat"), step)

    def update_seat(self, member_id: str, fields: SeatFields) -> bool:
        def step(session: Session) -> EditGroup:
            edits: list[Undoable] = []
            institution = _institution(session, fields, edits)
            member = session.get(CommitteeMember, member_id)
            assert member is not None
            edits.append(
                plan.update_committee_member(
                    session,
                    member,
                    committee=fields.committee,
                    seat=fields.seat,
                    participant=_participant(session, fields.participant_id),
                    institution=institution,
                    label=fields.label,
                )
            )
            return EditGroup(tuple(edits), plan.GOVERNANCE)

        return self.edit(self.tr("Change a committee seat"), step)

    def remove_seat(self, member_id: str) -> bool:
        def step(session: Session) -> FieldEdit:
            member = session.get(CommitteeMember, member_id)
            assert member is not None
            return plan.remove_committee_member(session, member)

        return self.edit(self.tr("Remove a committee seat"), step)

    # -- asking ----------------------------------------------------------------------------

    def _period_edited(self) -> None:
        def value(edit: QDateEdit) -> dt.date | None:
            return None if edit.date() == NO_DATE else to_date(edit.date())

        start, end = value(self.start), value(self.end)
        if self.data is None or (start, end) == (self.data.start_date, self.data.end_date):
            return
        if not self.set_period(start, end):
            # Refused (the end before the start): the fields show what is stored again.
            self.reload()

    def _choices(self) -> tuple[list[Choice], list[Choice]]:
        with self.ops.store.session() as session:
            people = [
                Choice(p.id, f"{p.full_name} — {p.organisation}" if p.organisation else p.full_name)
                for p in plan.all_participants(session)
            ]
            return people, _institution_choices(session)

    def _ask_lead(self) -> None:
        _people, institutions = self._choices()
        dialog = InstitutionDialog(
            self.tr("Lead institution"),
            self.tr("&Institution leading the plan with the others:"),
            [c for c in institutions if c.id not in self.lead_ids],
            InstitutionKind.ASSOCIATION,
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chooser.text():
            self.add_lead(dialog.chooser.text(), dialog.chooser.new_kind())

    def _remove_selected_lead(self) -> None:
        row = self.leads.currentRow()
        if 0 <= row < len(self.lead_ids):
            self.remove_lead(self.lead_ids[row])

    def _ask_monitoring_body(self) -> None:
        _people, institutions = self._choices()
        dialog = InstitutionDialog(
            self.tr("Independent monitoring body"),
            self.tr("&Body that monitors the plan independently:"),
            institutions,
            InstitutionKind.MONITORING_BODY,
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chooser.text():
            self.set_monitoring_body(dialog.chooser.text(), dialog.chooser.new_kind())

    def _ask_seat(self, box: CommitteeBox, *, new: bool) -> None:
        seating = None if new else box.selected()
        if not new and seating is None:
            return
        people, institutions = self._choices()
        dialog = SeatDialog(people, institutions, seating, box.committee, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if seating is None:
            self.add_seat(dialog.fields())
        else:
            self.update_seat(seating.id, dialog.fields())

    def _remove_selected(self, box: CommitteeBox) -> None:
        seating = box.selected()
        if seating is not None:
            self.remove_seat(seating.id)


def _edits(*edits: Undoable | None) -> tuple[Undoable, ...]:
    return tuple(edit for edit in edits if edit is not None)


def _participant(session: Session, participant_id: str | None) -> Participant | None:
    return session.get(Participant, participant_id) if participant_id else None


def _institution(session: Session, fields: SeatFields, edits: list[Undoable]) -> Institution | None:
    """The seat's institution: the one chosen, a new one named, or none."""
    if fields.institution_id:
        return session.get(Institution, fields.institution_id)
    if not fields.institution_name.strip():
        return None
    institution, made = plan.find_or_add_institution(
        session, fields.institution_name, fields.institution_kind
    )
    if made is not None:
        edits.append(made)
    return institution
