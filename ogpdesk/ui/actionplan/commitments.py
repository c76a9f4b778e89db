"""The commitments tab: commitments with their OGP template fields and milestones under
them, each text beside its versions in the other content languages."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ogpdesk.core import commitments as plan
from ogpdesk.core.changes import Changes
from ogpdesk.core.commitments import OgpValue
from ogpdesk.core.edits import FieldEdit
from ogpdesk.core.languages import Texts
from ogpdesk.core.models import Commitment, Milestone, Record
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui.actionplan.common import PlanPanel, to_date, to_qdate, tr
from ogpdesk.ui.errors import interface_language
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.versions import (
    MISSING_BACKGROUND,
    VersionsDialog,
    VersionsEditor,
    in_interface,
    lacking,
    lacking_tip,
)

VALUE_LABELS = {
    OgpValue.TRANSPARENCY: QT_TRANSLATE_NOOP("ActionPlanView", "Transparency"),
    OgpValue.ACCOUNTABILITY: QT_TRANSLATE_NOOP("ActionPlanView", "Accountability"),
    OgpValue.PARTICIPATION: QT_TRANSLATE_NOOP("ActionPlanView", "Participation"),
    OgpValue.TECHNOLOGY: QT_TRANSLATE_NOOP("ActionPlanView", "Technology and innovation"),
}


class CommitmentDialog(QDialog):
    """The OGP template fields of a commitment."""

    def __init__(self, parent: QWidget | None = None, commitment: Commitment | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commitment"))
        self.title = QLineEdit(commitment.title if commitment else "")
        self.title_ar = QLineEdit(commitment.title_ar or "" if commitment else "")
        self.title_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        # Problem and objective beside their versions, as the board shows recommendations'.
        lang = interface_language()
        self.problem = VersionsEditor(
            self.tr("Problem addressed"), _texts(commitment, "problem"), lang
        )
        self.objective = VersionsEditor(self.tr("Objective"), _texts(commitment, "objective"), lang)
        chosen = set(plan.parse_values(commitment.ogp_values if commitment else None))
        self.values = {}
        values_row = QHBoxLayout()
        for value, label in VALUE_LABELS.items():
            box = QCheckBox(tr(label))
            box.setChecked(value in chosen)
            self.values[value] = box
            values_row.addWidget(box)
        self.start = QDateEdit(to_qdate(commitment.start_date if commitment else None))
        self.end = QDateEdit(to_qdate(commitment.end_date if commitment else None))
        for date_edit in (self.start, self.end):
            date_edit.setCalendarPopup(True)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Title:"), self.title),
            (self.tr("Title in &Arabic:"), self.title_ar),
            (self.tr("&Problem addressed:"), self.problem),
            (self.tr("&Objective:"), self.objective),
            (self.tr("&Start:"), self.start),
            (self.tr("&End:"), self.end),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget.language if isinstance(widget, VersionsEditor) else widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        form.addRow(QLabel(self.tr("OGP values:")), values_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def fields(self) -> dict[str, object]:
        return {
            "title": self.title.text(),
            "title_ar": self.title_ar.text(),
            **self.problem.values("problem"),
            **self.objective.values("objective"),
            "ogp_values": [v for v, box in self.values.items() if box.isChecked()],
            "start_date": to_date(self.start.date()),
            "end_date": to_date(self.end.date()),
        }


def _texts(commitment: Commitment | None, field: str) -> Texts:
    return Texts.of(commitment, field) if commitment else Texts("")


class MilestoneDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Milestone"))
        self.deliverable = QLineEdit()
        self.due = QDateEdit(QDate.currentDate().addMonths(6))
        self.due.setCalendarPopup(True)
        self.responsible = QLineEdit()
        self.verification = QLineEdit()
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Deliverable:"), self.deliverable),
            (self.tr("&Due date:"), self.due),
            (self.tr("&Responsible:"), self.responsible),
            (self.tr("&Verification source:"), self.verification),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


# The commitments tree's column naming the languages a text of the row lacks.
LACKS_COLUMN = 4
# A milestone row's milestone (its commitment's id is under UserRole, as on its parent).
MILESTONE_ROLE = Qt.ItemDataRole.UserRole + 1


def _mark_lacking(item: QTreeWidgetItem, texts: list[Texts]) -> None:
    lacks = lacking(texts)
    item.setText(LACKS_COLUMN, lacks)
    if lacks:
        item.setBackground(LACKS_COLUMN, MISSING_BACKGROUND)
        item.setToolTip(LACKS_COLUMN, lacking_tip(texts) or "")


class CommitmentsPanel(PlanPanel):
    watched = ("commitments", "processes")

    def __init__(self, ops: Operations, process_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, process_id, parent)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Commitments and milestones"))
        self.tree.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Commitment / milestone"),
                self.tr("OGP values / due"),
                self.tr("Lead / responsible"),
                self.tr("Versions missing"),
            ]
        )
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add commitment…"))
        self.milestone_button = QPushButton(self.tr("Add &milestone…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.versions_button = QPushButton(self.tr("&Translations…"))
        self.versions_button.setToolTip(
            self.tr("The title of the commitment, or the milestone's deliverable, in each language")
        )
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.milestone_button,
            self.edit_button,
            self.versions_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._ask_add)
        self.milestone_button.clicked.connect(self._ask_milestone)
        self.edit_button.clicked.connect(self._ask_edit)
        self.versions_button.clicked.connect(self._ask_versions)
        self.tree.itemActivated.connect(lambda _item, _column: self._ask_edit())
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        with self.ops.store.session() as session:
            for commitment in plan.commitments_of(session, self.process(session)):
                values = ", ".join(
                    tr(VALUE_LABELS[v]) for v in plan.parse_values(commitment.ogp_values)
                )
                lead = ", ".join(i.name for i in commitment.lead_institutions)
                title = in_interface(Texts.of(commitment, "title"))
                texts = [
                    Texts.of(commitment, field) for field in ("title", *commitment.language_fields)
                ]
                item = QTreeWidgetItem([str(commitment.number), title, values, lead])
                item.setData(0, Qt.ItemDataRole.UserRole, commitment.id)
                _mark_lacking(item, texts)
                for milestone in plan.milestones_of(commitment):
                    deliverable = Texts.of(milestone, "deliverable")
                    child = QTreeWidgetItem(
                        [
                            "",
                            in_interface(deliverable),
                            milestone.due_date.isoformat() if milestone.due_date else "",
                            milestone.responsible or "",
                        ]
                    )
                    child.setData(0, Qt.ItemDataRole.UserRole, commitment.id)
                    child.setData(0, MILESTONE_ROLE, milestone.id)
                    _mark_lacking(child, [deliverable])
                    item.addChild(child)
                self.tree.addTopLevelItem(item)
        self.tree.expandAll()

    def selected_commitment(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def selected_milestone(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, MILESTONE_ROLE) if item else None

    def versions_dialog(self) -> VersionsDialog | None:
        """The selected commitment's title, or milestone's deliverable, beside its versions."""
        commitment_id, milestone_id = self.selected_commitment(), self.selected_milestone()
        if commitment_id is None:
            return None
        with self.ops.store.session() as session:
            if milestone_id is not None:
                row: Commitment | Milestone | None = session.get(Milestone, milestone_id)
                field, name = "deliverable", self.tr("Deliverable")
            else:
                row = session.get(Commitment, commitment_id)
                field, name = "title", self.tr("Title")
            assert row is not None
            texts = Texts.of(row, field)
        title = self.tr("Translations of “%1”").replace("%1", in_interface(texts))
        return VersionsDialog(
            title, [(field, name, texts)], interface_language(), self, lang_field="lang"
        )

    def translate_selected(self, values: dict[str, str | None]) -> bool:
        """The selected title or deliverable with its versions as ``values`` says (undoable)."""
        commitment_id, milestone_id = self.selected_commitment(), self.selected_milestone()
        if commitment_id is None or not values:
            return False

        def step(session: Session) -> FieldEdit:
            if milestone_id is not None:
                milestone = session.get(Milestone, milestone_id)
                assert milestone is not None
                return plan.update_milestone(session, milestone, **values)
            commitment = session.get(Commitment, commitment_id)
            assert commitment is not None
            return plan.update_commitment(session, commitment, **values)

        return self.edit(self.tr("Translate a commitment"), step)

    def _ask_versions(self) -> None:
        dialog = self.versions_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.translate_selected(dialog.values())

    def add_commitment(self, **fields: object) -> bool:
        def step(session: Session) -> Record:
            return plan.add_commitment(session, self.process(session), **fields)  # type: ignore[arg-type]

        return self.create_row(self.tr("Add a commitment"), step, Changes(commitments=True))

    def update_commitment(self, commitment_id: str, **fields: object) -> bool:
        def step(session: Session) -> FieldEdit:
            commitment = session.get(Commitment, commitment_id)
            assert commitment is not None
            return plan.update_commitment(session, commitment, **fields)

        return self.edit(self.tr("Edit a commitment"), step)

    def add_milestone(self, commitment_id: str, deliverable: str, **fields: object) -> bool:
        def step(session: Session) -> Record:
            commitment = session.get(Commitment, commitment_id)
            assert commitment is not None
            return plan.add_milestone(session, commitment, deliverable, **fields)  # type: ignore[arg-type]

        return self.create_row(self.tr("Add a milestone"), step, Changes(commitments=True))

    def _ask_add(self) -> None:
        dialog = CommitmentDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_commitment(**dialog.fields())

    def _ask_edit(self) -> None:
        commitment_id = self.selected_commitment()
        if commitment_id is None:
            return
        with self.ops.store.session() as session:
            commitment = session.get(Commitment, commitment_id)
            dialog = CommitmentDialog(self, commitment)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.update_commitment(commitment_id, **dialog.fields())

    def _ask_milestone(self) -> None:
        commitment_id = self.selected_commitment()
        if commitment_id is None:
            return
        dialog = MilestoneDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_milestone(
                commitment_id,
                dialog.deliverable.text(),
                due_date=to_date(dialog.due.date()),
                responsible=dialog.responsible.text(),
                verification_source=dialog.verification.text(),
            )
