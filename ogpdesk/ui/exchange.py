"""File ▸ Send to a group laptop…, File ▸ Receive…, the merge preview and the review list.

Sending writes a bundle of the meeting (``core.merge.make_bundle``); receiving reads one
(refused files are explained by the standard error dialog, nothing written), shows what the
merge would do — computed in a session that is rolled back — and merges on "Merge", as one
undo step.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ogpdesk.core import bundle as bundles
from ogpdesk.core.bundle import Bundle, Scope
from ogpdesk.core.changes import Changes
from ogpdesk.core.edits import EditGroup, FieldEdit
from ogpdesk.core.errors import Cancelled
from ogpdesk.core.meetings import get_meeting
from ogpdesk.core.merge import (
    MergeReport,
    MergeResult,
    apply,
    field_name,
    kind_name,
    make_bundle,
    preview,
    revert,
)
from ogpdesk.core.models import ReviewReason
from ogpdesk.core.review import HeldAdded, ReviewRow, keep_shown, review_rows, use_kept
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui.errors import interface_language
from ogpdesk.ui.operations import PROGRESS_DELAY_MS, OpCommand, Operations

FILTER = QT_TRANSLATE_NOOP("Exchange", "ogpdesk exchange files (*.ogpdesk);;All files (*)")
RECEIVE_TITLE = QT_TRANSLATE_NOOP("Exchange", "Receive from another laptop")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


class SendDialog(QDialog):
    """Hand a meeting (or its whole process) to another laptop: the group it captures in,
    then where to write. The file is made on a worker thread, with a progress dialog that
    can stop it: a whole process takes seconds, and the window stays responsive."""

    sent = Signal(str)
    # (tables done, tables in all), from the worker thread.
    advanced = Signal(int, int)

    def __init__(self, ops: Operations, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.progress: QProgressDialog | None = None
        self._stop = threading.Event()
        self.setWindowTitle(self.tr("Send to a group laptop"))
        found = ops.run(lambda session: _meeting_and_process(session, meeting_id))
        title, process = found or ("", None)
        self.process_id = process[0] if process else None
        self.group = QLineEdit()
        self.group.setPlaceholderText(self.tr("e.g. Table 2 (empty: the whole meeting)"))
        self.only_meeting = QRadioButton(self.tr("This meeting: %1").replace("%1", title))
        self.whole_process = QRadioButton(
            self.tr("Its whole process: %1").replace("%1", process[1] if process else "")
        )
        self.only_meeting.setChecked(True)
        self.whole_process.setVisible(process is not None)
        self.whole_process.toggled.connect(lambda whole: self.group.setEnabled(not whole))
        what = QVBoxLayout()
        what.addWidget(self.only_meeting)
        what.addWidget(self.whole_process)
        form = QFormLayout()
        form.addRow(self.tr("Meeting"), what)
        form.addRow(self.tr("&Group"), self.group)
        note = QLabel(
            self.tr(
                "The file holds the meeting, its agenda and the participants directory. "
                "Open it on the group's laptop with File ▸ Receive…; bring its records back "
                "the same way."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.advanced.connect(self._advance)
        ops.failed.connect(self._failed)

    def scope(self) -> Scope:
        if self.whole_process.isChecked() and self.process_id is not None:
            return Scope(process_id=self.process_id)
        return Scope(meeting_id=self.meeting_id, group=self.group.text().strip() or None)

    def choose_file(self) -> None:
        group = self.group.text().strip()
        if self.scope().process_id is not None:
            stem = "ogpdesk-process"
        else:
            stem = "ogpdesk-" + (group.replace(" ", "-") if group else "meeting")
        start = str(Path.home() / f"{stem}{bundles.SUFFIX}")
        path, _filter = QFileDialog.getSaveFileName(self, self.windowTitle(), start, _tr(FILTER))
        if path:
            self.write(Path(path))

    def write(self, path: Path) -> None:
        """Make and write the file on a worker; ``sent`` once it is written. Cancelling
        rolls back what the worker did, and writes no file."""
        scope = self.scope()
        self._stop.clear()
        stop, advanced = self._stop, self.advanced

        def progress(done: int, total: int) -> None:
            if stop.is_set():
                raise Cancelled
            advanced.emit(done, total)

        def step(session: Session) -> Path:
            made = make_bundle(session, scope, progress)
            if stop.is_set():
                raise Cancelled
            return bundles.write(made, path)

        dialog = QProgressDialog(self.tr("Writing the exchange file…"), self.tr("Stop"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        # Shown after that delay only once a value is set.
        dialog.setValue(0)
        # The worker stops at its next table and rolls back; the dialog goes at once.
        dialog.canceled.connect(stop.set)
        dialog.canceled.connect(self._finish)
        self.progress = dialog
        self.ops.run_in_background(step, self._written, label=dialog.labelText(), progress=False)

    def _advance(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _written(self, path: Path) -> None:
        self._finish()
        self.sent.emit(str(path))
        self.accept()

    def _failed(self, _error: object) -> None:
        self._finish()


def _meeting_and_process(session: Session, meeting_id: str) -> tuple[str, tuple[str, str] | None]:
    meeting = get_meeting(session, meeting_id)
    process = meeting.process
    return meeting.title, (process.id, process.title) if process is not None else None


class MergePreviewDialog(QDialog):
    """What a bundle would add, change and delete, its conflicts and what it holds back."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Merge preview"))
        self.resize(720, 460)
        lang = interface_language()
        header = QLabel(self.tr("From “%1”").replace("%1", Path(report.source).name))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("What"), self.tr("How many or which")])
        self.tree.setRootIsDecorated(True)
        for title, counts in (
            (self.tr("Added"), report.added),
            (self.tr("Changed"), report.changed),
            (self.tr("Deleted"), report.deleted),
        ):
            if counts:
                top = QTreeWidgetItem([title, str(sum(counts.values()))])
                for table, number in sorted(counts.items()):
                    top.addChild(QTreeWidgetItem([kind_name(lang, table), str(number)]))
                self.tree.addTopLevelItem(top)
        if report.matched:
            top = QTreeWidgetItem(
                [self.tr("Already in the directory (matched)"), str(len(report.matched))]
            )
            for name in report.matched:
                top.addChild(QTreeWidgetItem(["", name]))
            self.tree.addTopLevelItem(top)
        if report.conflicts:
            top = QTreeWidgetItem(
                [self.tr("Conflicts (both kept: to review)"), str(len(report.conflicts))]
            )
            for conflict in report.conflicts:
                top.addChild(
                    QTreeWidgetItem(
                        [
                            f"{kind_name(lang, conflict.table)} · {conflict.label}",
                            self.tr("%1: “%2” shown, “%3” kept")
                            .replace("%1", field_name(lang, conflict.field))
                            .replace("%2", str(conflict.shown))
                            .replace("%3", str(conflict.kept)),
                        ]
                    )
                )
            self.tree.addTopLevelItem(top)
        if report.held:
            top = QTreeWidgetItem([self.tr("Held for review"), str(len(report.held))])
            for held in report.held:
                why = (
                    self.tr("approved meeting")
                    if held.reason is ReviewReason.APPROVED
                    else self.tr("its parent is in neither store")
                )
                top.addChild(
                    QTreeWidgetItem([f"{kind_name(lang, held.table)} · {held.label}", why])
                )
            self.tree.addTopLevelItem(top)
        if report.empty:
            self.tree.addTopLevelItem(
                QTreeWidgetItem([self.tr("Nothing new: this store already holds all of it.")])
            )
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(not report.empty)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)


class MergeCommand(OpCommand):
    """One merge, one undo step: undo puts back what it wrote, redo merges again."""

    def __init__(self, ops: Operations, bundle: Bundle, *, initiator: object | None) -> None:
        self.bundle = bundle
        self.result: MergeResult | None = None
        name = Path(bundle.source).name
        super().__init__(
            ops,
            QCoreApplication.translate("Exchange", "Merge %1").replace("%1", name),
            self._apply,
            self._revert,
            initiator=initiator,
        )

    def _apply(self, session: Session) -> Changes:
        self.result = apply(session, self.bundle)
        return self.result.changes()

    def _revert(self, session: Session) -> Changes:
        assert self.result is not None
        return revert(session, self.result.undo)


def receive(
    ops: Operations, parent: QWidget, path: Path | None = None
) -> MergePreviewDialog | None:
    """Read a bundle (asking for it when ``path`` is None) and open its merge preview."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, _tr(RECEIVE_TITLE), str(Path.home()), _tr(FILTER)
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        bundle = bundles.read(path)
        with ops.store.session() as session:
            report = preview(session, bundle)
    except Exception as exc:
        ops.report(exc)
        return None
    dialog = MergePreviewDialog(report, parent)

    def merge() -> None:
        ops.push(MergeCommand(ops, bundle, initiator=dialog))

    dialog.accepted.connect(merge)
    dialog.open()
    return dialog


class ReviewDialog(QDialog):
    """The "to review" list: a value not shown, beside the one shown; choose one."""

    COLUMNS = 5

    def __init__(self, ops: Operations, meeting_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.rows: list[ReviewRow] = []
        self.setWindowTitle(self.tr("To review"))
        self.resize(860, 420)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Why"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Shown now"),
                self.tr("Kept value"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.keep_button = QPushButton(self.tr("&Keep what is shown"))
        self.use_button = QPushButton(self.tr("&Use the kept value"))
        self.keep_button.clicked.connect(lambda: self.choose(use=False))
        self.use_button.clicked.connect(lambda: self.choose(use=True))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        ops.changed.connect(self._on_changes)
        self.reload()

    def _reason(self, reason: ReviewReason) -> str:
        return {
            ReviewReason.CONFLICT: self.tr("changed on two laptops"),
            ReviewReason.APPROVED: self.tr("approved meeting"),
            ReviewReason.ORPHAN: self.tr("parent missing"),
        }[reason]

    def reload(self) -> None:
        rows = self.ops.run(lambda session: review_rows(session, self.meeting_id))
        self.rows = rows or []
        lang = interface_language()
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = [
                self._reason(row.reason),
                f"{kind_name(lang, row.table)} · {row.label}",
                field_name(lang, row.field) if row.field else self.tr("(whole record)"),
                row.shown,
                row.kept,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(0)
        has = bool(self.rows)
        self.keep_button.setEnabled(has)
        self.use_button.setEnabled(has)

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        if changes and initiator is not self:
            self.reload()

    def selected(self) -> ReviewRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def choose(self, *, use: bool) -> None:
        row = self.selected()
        if row is None:
            return
        holder: list[EditGroup | HeldAdded | FieldEdit] = []

        def redo(session: Session) -> Changes:
            if holder:
                holder[0].redo(session)
                return Changes(meetings=True)
            edit = use_kept(session, row.id) if use else keep_shown(session, row.id)
            holder.append(edit)
            return edit.changes()

        def undo(session: Session) -> Changes:
            return holder[0].undo(session)

        text = self.tr("Use the kept value") if use else self.tr("Keep what is shown")
        self.ops.perform(text, redo, undo, initiator=self)
        self.reload()
