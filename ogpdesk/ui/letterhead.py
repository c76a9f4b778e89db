"""The letterhead and signatories of a meeting's minutes: the institutions from the republic
down to the municipality, the logo, the chair and the secretary with their titles, the times.

What the command line's ``new-meeting --institution --logo --chair --secretary --start --end``
sets, through the same services (``core.institutions``); one undoable step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes
from ogpdesk.core.errors import Locked, OgpdeskError
from ogpdesk.core.institutions import (
    Signatories,
    chain,
    parse_time,
    read_logo,
    replace_signatories,
    restore_signatories,
    signatories_of,
)
from ogpdesk.core.languages import Texts
from ogpdesk.core.meetings import find_meeting
from ogpdesk.core.models import MeetingStatus
from ogpdesk.ui.errors import message
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.versions import in_interface

# The letterhead's levels, from the top; a level left empty is skipped.
LEVELS = 3


class LetterheadDialog(QDialog):
    """Edits ``meeting_id``'s letterhead and signatories; read-only once it is approved."""

    def __init__(self, ops: Operations, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.logo: bytes | None = None
        # The letterhead's logo taken off: none prints, not even one from a level above.
        self.remove_logo = False
        self.setWindowTitle(self.tr("Letterhead and signatories"))

        self.levels = [QLineEdit() for _ in range(LEVELS)]
        placeholders = (
            # An example in the country's two languages, the same whatever the interface's.
            "République tunisienne | الجمهورية التونسية",
            self.tr("Ministry or governorate"),
            self.tr("Municipality"),
        )
        for level, placeholder in zip(self.levels, placeholders, strict=True):
            level.setPlaceholderText(placeholder)
        self.logo_name = QLabel()
        self.choose_logo = QPushButton(self.tr("C&hoose…"))
        self.choose_logo.clicked.connect(self.pick_logo)
        self.drop_logo = QPushButton(self.tr("&Remove"))
        self.drop_logo.setAccessibleName(self.tr("Remove the logo"))
        self.drop_logo.setToolTip(
            self.tr("The minutes print no logo; the institution keeps none for later meetings")
        )
        self.drop_logo.clicked.connect(self.clear_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_name, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.drop_logo)
        logo = QWidget()
        logo.setLayout(logo_row)
        logo_row.setContentsMargins(0, 0, 0, 0)
        self.chair = QLineEdit()
        self.chair_title = QLineEdit()
        self.secretary = QLineEdit()
        self.secretary_title = QLineEdit()
        self.start = QLineEdit()
        self.end = QLineEdit()
        for time in (self.start, self.end):
            time.setPlaceholderText(self.tr("HH:MM"))

        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Republic:"), self.levels[0]),
            (self.tr("&Ministry or governorate:"), self.levels[1]),
            (self.tr("M&unicipality:"), self.levels[2]),
            (self.tr("&Logo:"), logo),
            (self.tr("&Chair:"), self.chair),
            (self.tr("Chair's &title:"), self.chair_title),
            (self.tr("&Secretary:"), self.secretary),
            (self.tr("Secretary's t&itle:"), self.secretary_title),
            (self.tr("St&arts at:"), self.start),
            (self.tr("&Ends at:"), self.end),
        ]
        for text, field in rows:
            caption = QLabel(text)
            caption.setBuddy(self.choose_logo if field is logo else field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, field)
        # Names in several languages are typed on one line: "Commune du Kef | بلدية الكاف".
        hint = QLabel(self.tr("Give a name in several languages separated by “|”."))
        hint.setWordWrap(True)
        self.locked = QLabel()
        self.locked.setWordWrap(True)
        self.locked.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._loaded = self._load()

    def _load(self) -> Signatories:
        with self.ops.store.session() as session:
            meeting = find_meeting(session, self.meeting_id)
            values = signatories_of(meeting)
            has_logo = any(i.logo for i in chain(meeting.institution))
            approved = meeting.status is MeetingStatus.APPROVED
            title = in_interface(Texts.of(meeting, "title"))
        names = [n.strip() for n in values.institution.split(">")] if values.institution else []
        # The top and the municipality on their own lines; any levels between them share the
        # middle one ("Ministère de l'Intérieur > Gouvernorat du Kef"), read back the same way.
        if names:
            middle = " > ".join(names[1:-1])
            top = names[0] if len(names) > 1 else ""
            for field, name in zip(self.levels, (top, middle, names[-1]), strict=True):
                field.setText(name)
        self.logo_name.setText(self.tr("(the current logo)") if has_logo else self.tr("(none)"))
        self.drop_logo.setEnabled(has_logo)
        for field, text in (
            (self.chair, values.chair),
            (self.chair_title, values.chair_title),
            (self.secretary, values.secretary),
            (self.secretary_title, values.secretary_title),
            (self.start, values.start_time and values.start_time.strftime("%H:%M")),
            (self.end, values.end_time and values.end_time.strftime("%H:%M")),
        ):
            field.setText(text or "")
        if approved:
            # Said at once, rather than after the secretary has typed everything.
            self.locked.setText(message(Locked(title=title)))
            self.locked.show()
            for field in (*self.levels, self.chair, self.chair_title, self.secretary,
                          self.secretary_title, self.start, self.end):  # fmt: skip
                field.setReadOnly(True)
            self.choose_logo.setEnabled(False)
            self.drop_logo.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        return values

    def pick_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.use_logo(Path(path))

    def use_logo(self, path: Path) -> None:
        """The logo of ``path``, checked now: a file that is no image is refused at once."""
        try:
            self.logo = read_logo(path)
        except OgpdeskError as error:
            self.ops.report(error)
            return
        self.remove_logo = False
        self.logo_name.setText(path.name)
        self.drop_logo.setEnabled(True)

    def clear_logo(self) -> None:
        """No logo on the minutes: the one picked is forgotten, the current one taken off."""
        self.logo = None
        self.remove_logo = True
        self.logo_name.setText(self.tr("(none)"))
        self.drop_logo.setEnabled(False)

    def values(self) -> Signatories:
        def text(field: QLineEdit) -> str | None:
            return field.text().strip() or None

        return Signatories(
            institution=" > ".join(f.text().strip() for f in self.levels if f.text().strip()),
            chair=text(self.chair),
            chair_title=text(self.chair_title),
            secretary=text(self.secretary),
            secretary_title=text(self.secretary_title),
            start_time=parse_time(self.start.text()),
            end_time=parse_time(self.end.text()),
        )

    def accept(self) -> None:
        try:
            values = self.values()
        except OgpdeskError as error:
            self.ops.report(error)
            return
        meeting_id, logo, previous = self.meeting_id, self.logo, self._loaded
        remove = self.remove_logo
        # The logos the first run replaced: a redo would find the new logo in place.
        replaced: dict[str, bytes | None] = {}

        def redo(session: Session) -> Changes:
            changes, logos = replace_signatories(
                session, find_meeting(session, meeting_id), values, logo=logo, remove_logo=remove
            )
            if not replaced:
                replaced.update(logos)
            return changes

        def undo(session: Session) -> Changes:
            return restore_signatories(
                session, find_meeting(session, meeting_id), previous, replaced
            )

        if self.ops.perform(self.tr("Letterhead and signatories"), redo, undo) is None:
            return
        super().accept()
