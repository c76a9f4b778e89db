"""File ▸ Back up… and File ▸ Restore…: a copy of the store, and what a backup holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ogpdesk.core.backup import BackupInfo, back_up, backup_folder, describe
from ogpdesk.ui.operations import Operations

FILTER = "*.sqlite3 *.db *.sqlite"


def choose_backup_target(ops: Operations, parent: QWidget) -> Path | None:
    """Ask where to write a backup, write it, and return its path (None if cancelled)."""
    title = QCoreApplication.translate("Backup", "Back up the database")
    start = ""
    if ops.store.path is not None:
        start = str(ops.store.path.with_name(f"{ops.store.path.stem}-backup.sqlite3"))
    path, _filter = QFileDialog.getSaveFileName(parent, title, start, FILTER)
    if not path:
        return None
    return ops.run(lambda _session: back_up(ops.store, Path(path)))


class RestoreDialog(QDialog):
    """What a backup holds, before it replaces the store; accepted means "restore it"."""

    def __init__(self, info: BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setWindowTitle(self.tr("Restore a backup"))
        form = QFormLayout()
        form.addRow(self.tr("File"), QLabel(str(info.path)))
        form.addRow(self.tr("Taken"), QLabel(f"{info.taken_at:%Y-%m-%d %H:%M}"))
        schema = QLabel(
            self.tr("%1 (this version)").replace("%1", info.revision)
            if info.current
            else self.tr("%1 (older: upgraded after the restore)").replace("%1", info.revision)
        )
        form.addRow(self.tr("Schema"), schema)
        for label, value in (
            (self.tr("Processes"), info.processes),
            (self.tr("Meetings"), info.meetings),
            (self.tr("Participants"), info.participants),
            (self.tr("Recommendations"), info.recommendations),
        ):
            form.addRow(label, QLabel(str(value)))
        if info.latest_meeting:
            form.addRow(self.tr("Latest meeting"), QLabel(info.latest_meeting))
        warning = QLabel(
            self.tr(
                "The database open now will be replaced by this backup. "
                "It is kept as a backup first."
            )
        )
        warning.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(buttons)


def choose_backup_to_restore(ops: Operations, parent: QWidget) -> RestoreDialog | None:
    """Ask for a backup file and open the dialog that says what it holds (refused: reported)."""
    start = str(backup_folder(ops.store.path)) if ops.store.path is not None else ""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Backup", "Restore a backup"), start, FILTER
    )
    if not path:
        return None
    try:
        info = describe(Path(path))
    except Exception as exc:
        ops.report(exc)
        return None
    dialog = RestoreDialog(info, parent)
    dialog.open()
    return dialog
