"""The main window: the home view or one meeting, menus for every action, the projector.

The window can be shown before the store is open (``MainWindow()``, then ``attach``): the
start-up shows it first, because importing SQLAlchemy and the models and opening the store
take longer than Qt takes to put a window on screen. So this module imports only Qt at
start-up; the views, dialogs and services are imported when first needed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QStackedWidget, QWidget

from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui import settings
from ogpdesk.ui.direction import shown
from ogpdesk.ui.keyboard import WindowKeysFirst

if TYPE_CHECKING:
    from ogpdesk.core.capture import Captured
    from ogpdesk.core.changes import Changes
    from ogpdesk.core.meetings import Overview
    from ogpdesk.ui.backup import RestoreDialog
    from ogpdesk.ui.connect import ConnectDialog
    from ogpdesk.ui.directory import DirectoryDialog
    from ogpdesk.ui.exchange import MergePreviewDialog, ReviewDialog, SendDialog
    from ogpdesk.ui.export_dialog import ExportDialog
    from ogpdesk.ui.home import HomeView
    from ogpdesk.ui.letterhead import LetterheadDialog
    from ogpdesk.ui.meeting_dialog import DuplicateDialog, MeetingDialog
    from ogpdesk.ui.meeting_view import MeetingView
    from ogpdesk.ui.operations import Operations
    from ogpdesk.ui.preferences import PreferencesDialog
    from ogpdesk.ui.projector import ProjectorWindow
    from ogpdesk.ui.search import SearchDialog

STATUS_MESSAGE_MS = 4000
EXPORT_MENU_TEXT = QT_TRANSLATE_NOOP("ExportDialog", "&Export…")
EXPORT_SHORTCUT = "Ctrl+E"


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    database_requested = Signal(str)
    # A store opened on a server by File ▸ Connect to a server…
    store_opened = Signal(object)
    # A backup the user chose to restore: the store must be closed to replace it (``Desk``).
    restore_requested = Signal(str)
    # Given by ``attach``.
    ops: Operations
    home: HomeView

    def __init__(self, ops: Operations | None = None, parent: QWidget | None = None) -> None:
        """The window on ``ops``' store; without ``ops``, inert until ``attach`` gives it one."""
        super().__init__(parent)
        self.attached = False
        # What the last captured line did about people, for the status line.
        self._people_note = ""
        self.meeting: MeetingView | None = None
        self.projector: ProjectorWindow | None = None
        self.search_dialog: SearchDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.setWindowTitle("ogpdesk")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)

        self._build_actions()
        self._build_menus()
        # Ctrl+E, Ctrl+H… reach their actions from any field (ui/keyboard.py, rule 4).
        self.keys_first = WindowKeysFirst(self)
        geometry = settings.GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            # A first start fits the screen's free area: a 1366×768 laptop has less than 800
            # pixels of height, and the capture line is at the bottom.
            room = self.screen().availableGeometry()
            self.resize(min(1280, room.width()), min(800, room.height()))
        state = settings.WINDOW_STATE.get()
        if not state.isEmpty():
            self.restoreState(state)
        if ops is not None:
            self.attach(ops)
        else:
            for action in self.actions():
                action.setEnabled(action is self.quit_action)

    def attach(self, ops: Operations, listed: Overview | None = None) -> None:
        """Give the window its store: the home view, undo and redo, every action.

        ``listed``: the home view's list, if already read."""
        from ogpdesk.ui.home import HomeView

        self.ops = ops
        ops.dialog_parent = self
        self.home = HomeView(ops, first=listed)
        self.home.open_requested.connect(self.open_meeting)
        self.home.new_requested.connect(self.new_meeting)
        self.home.edit_requested.connect(self.edit_meeting)
        self.home.duplicate_requested.connect(self.duplicate_meeting)
        self.stack.addWidget(self.home)

        self.undo_action = ops.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = ops.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.edit_menu.insertActions(
            self.edit_menu.actions()[0], [self.undo_action, self.redo_action]
        )

        ops.captured.connect(self._note_people)
        ops.changed.connect(self.on_changes)
        ops.errors.reported.connect(lambda text: self._status(text, STATUS_MESSAGE_MS * 2))
        for action in self.actions():
            action.setEnabled(True)
        self.attached = True
        self._update_actions()
        self._show_database()
        self.reopen_last_meeting()

    # -- actions --------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New meeting…"), self.new_meeting, "Ctrl+N")
        self.open_db_action = self._action(
            self.tr("&Open database…"), self.choose_database, QKeySequence.StandardKey.Open
        )
        self.connect_action = self._action(self.tr("Connect to a &server…"), self.connect_to_server)
        self.export_action = self._action(
            QCoreApplication.translate("ExportDialog", EXPORT_MENU_TEXT),
            self.export_document,
            EXPORT_SHORTCUT,
        )
        self.backup_action = self._action(self.tr("&Back up…"), self.back_up)
        self.restore_action = self._action(self.tr("Res&tore…"), self.restore_backup)
        self.send_action = self._action(self.tr("&Send to a group laptop…"), self.send_meeting)
        self.receive_action = self._action(self.tr("Recei&ve…"), self.receive_bundle)
        self.review_action = self._action(self.tr("To revie&w…"), self.show_review)
        self.preferences_action = self._action(self.tr("&Preferences…"), self.preferences, "Ctrl+,")
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.search_action = self._action(self.tr("&Search…"), self.search, "Ctrl+F")
        self.directory_action = self._action(
            self.tr("Participant &directory…"), self.show_directory, "Ctrl+Shift+P"
        )

        self.home_action = self._action(self.tr("&All meetings"), self.show_home, "Alt+Home")
        self.edit_action = self._action(
            self.tr("&Edit meeting…"), lambda: self.edit_meeting(self.current_meeting_id())
        )
        self.letterhead_action = self._action(
            self.tr("&Letterhead and signatories…"),
            lambda: self.edit_letterhead(self.current_meeting_id()),
        )
        self.duplicate_action = self._action(
            self.tr("&Duplicate meeting…"),
            lambda: self.duplicate_meeting(self.current_meeting_id()),
        )
        self.projector_action = self._action(self.tr("&Projector view"), self.show_projector, "F5")
        self.close_meeting_action = self._action(self.tr("&Close meeting"), self.close_meeting)
        self.approve_action = self._action(self.tr("A&pprove and lock"), self.approve_meeting)
        self.reopen_action = self._action(self.tr("&Reopen…"), self.reopen_meeting)

        self.capture_actions: dict[str, QAction] = {}
        for kind, text, key in (
            ("recommendation", self.tr("&Recommendation"), "Ctrl+R"),
            ("decision", self.tr("&Decision"), "Ctrl+D"),
            ("action", self.tr("&Action item"), "Ctrl+T"),
            ("agenda", self.tr("New agenda &item"), "Ctrl+G"),
        ):
            self.capture_actions[kind] = self._action(
                text, lambda _checked=False, kind=kind: self.start_capture(kind), key
            )
        self.focus_capture_action = self._action(self.tr("&Capture line"), self.focus_capture, "F6")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_db_action)
        file_menu.addAction(self.connect_action)
        self.recent_menu = QMenu(self.tr("Recent &databases"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.send_action)
        file_menu.addAction(self.receive_action)
        file_menu.addAction(self.review_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        # Undo and redo go first once the store is attached.
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.search_action)
        self.edit_menu.addAction(self.directory_action)

        meeting_menu = bar.addMenu(self.tr("&Meeting"))
        for action in (
            self.home_action,
            self.edit_action,
            self.letterhead_action,
            self.duplicate_action,
        ):
            meeting_menu.addAction(action)
        meeting_menu.addSeparator()
        meeting_menu.addAction(self.projector_action)
        meeting_menu.addSeparator()
        for action in (self.close_meeting_action, self.approve_action, self.reopen_action):
            meeting_menu.addAction(action)

        capture_menu = bar.addMenu(self.tr("&Capture"))
        capture_menu.addAction(self.focus_capture_action)
        for action in self.capture_actions.values():
            capture_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("&About ogpdesk"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def show_about(self) -> None:
        from ogpdesk.ui.about import AboutDialog

        AboutDialog(self).exec()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.RECENT_DATABASES.get():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.database_requested.emit(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _update_actions(self) -> None:
        from ogpdesk.core.models import MeetingStatus

        in_meeting = self.meeting is not None
        status = self.meeting.status if self.meeting is not None else None
        for action in (self.home_action, self.projector_action, self.focus_capture_action):
            action.setEnabled(in_meeting)
        self.edit_action.setEnabled(in_meeting and status is not MeetingStatus.APPROVED)
        # Open on an approved meeting too: the dialog shows what is signed and says why it
        # cannot be changed.
        self.letterhead_action.setEnabled(in_meeting)
        self.duplicate_action.setEnabled(in_meeting)
        self.close_meeting_action.setEnabled(status in {MeetingStatus.PLANNED, MeetingStatus.OPEN})
        self.approve_action.setEnabled(status is MeetingStatus.CLOSED)
        self.reopen_action.setEnabled(status is MeetingStatus.APPROVED)
        for action in self.capture_actions.values():
            action.setEnabled(in_meeting and status is not MeetingStatus.APPROVED)
        if self.ops.store.read_only:
            # Reading and exporting only: every action that would write is off.
            for action in (
                self.edit_action,
                self.letterhead_action,
                self.close_meeting_action,
                self.approve_action,
                self.reopen_action,
                *self.capture_actions.values(),
            ):
                action.setEnabled(False)

    def _show_database(self) -> None:
        path = self.ops.store.path
        title = f"ogpdesk — {path.name}" if path is not None else "ogpdesk"
        if self.ops.store.read_only:
            title = f"{title} ({self.tr('read-only')})"
        self.setWindowTitle(title)

    # -- views ----------------------------------------------------------------------------

    def current_meeting_id(self) -> str | None:
        if self.meeting is not None and self.stack.currentWidget() is self.meeting:
            return self.meeting.meeting_id
        return self.home.selected_meeting()

    def open_meeting(self, meeting_id: str, entry_id: str | None = None) -> MeetingView:
        from ogpdesk.ui.meeting_view import MeetingView

        if self.meeting is None or self.meeting.meeting_id != meeting_id:
            if self.meeting is not None:
                self.stack.removeWidget(self.meeting)
                self.meeting.deleteLater()
            self.meeting = MeetingView(self.ops, meeting_id)
            self.meeting.status_changed.connect(lambda _status: self._update_actions())
            self.meeting.gone.connect(self._meeting_gone)
            self.stack.addWidget(self.meeting)
            settings.remember(settings.RECENT_MEETINGS, meeting_id)
            if self.projector is not None:
                self.projector.close()
                self.projector = None
        self.stack.setCurrentWidget(self.meeting)
        settings.OPEN_MEETING.set([self._database(), meeting_id])
        if entry_id is not None:
            self.meeting.timeline.show_entry(entry_id)
        else:
            self.meeting.capture.setFocus()
        self._update_actions()
        return self.meeting

    def _meeting_gone(self) -> None:
        if self.meeting is not None:
            self.stack.removeWidget(self.meeting)
            self.meeting.deleteLater()
            self.meeting = None
        if self.projector is not None:
            self.projector.close()
            self.projector = None
        self.show_home()

    def _database(self) -> str:
        return str(self.ops.store.path or "")

    def reopen_last_meeting(self) -> MeetingView | None:
        """The meeting that was on screen when the program last stopped (a crash, a quit),
        opened again — if it is in this database and still there."""
        from ogpdesk.core.models import Meeting

        saved = settings.OPEN_MEETING.get()
        if len(saved) != 2 or saved[0] != self._database():
            return None
        with self.ops.store.session() as session:
            meeting = session.get(Meeting, saved[1])
            if meeting is None or meeting.deleted:
                return None
        return self.open_meeting(saved[1])

    def show_home(self) -> None:
        settings.OPEN_MEETING.set([])
        self.home.reload()
        self.stack.setCurrentWidget(self.home)
        self.home.tree.setFocus()
        self._update_actions()

    def focus_capture(self) -> None:
        if self.meeting is not None:
            self.stack.setCurrentWidget(self.meeting)
            self.meeting.capture.setFocus()

    def _status(self, text: str, timeout: int = 0) -> None:
        """A message on the status line, its file names and numbers isolated in the window's
        direction (``ui.direction.shown``)."""
        self.statusBar().showMessage(shown(text), timeout)

    def start_capture(self, kind: str) -> None:
        if self.meeting is not None:
            self.stack.setCurrentWidget(self.meeting)
            self.meeting.capture.start(kind)

    def _note_people(self, captured: Captured, initiator: object) -> None:
        """What a captured line did about people, said in the status line: a person added to
        the directory (undone with the line), or a name several people share."""
        from ogpdesk.core.models import Intervention, Participant

        self._people_note = ""
        if self.meeting is None or initiator is not self.meeting.capture:
            return
        added = [p.full_name for p in captured.of(Participant)]
        shared = [
            i.speaker_name
            for i in captured.of(Intervention)
            if i.speaker_name and i.participant_id is None
        ]
        if added:
            self._people_note = self.tr(
                "New participant: %1 — Ctrl+Z takes back the line and the person"
            ).replace("%1", ", ".join(added))
        elif shared:
            self._people_note = self.tr(
                "“%1” is the name of several people: the line is linked to nobody until you "
                "choose, in the Who column of the timeline"
            ).replace("%1", shared[0] or "")

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.timeline and self.meeting is not None and initiator is self.meeting.capture:
            note, self._people_note = self._people_note, ""
            if note:
                self._status(note, STATUS_MESSAGE_MS * 3)
            else:
                stamp = dt.datetime.now().strftime("%H:%M:%S")
                self._status(self.tr("Recorded at %1").replace("%1", stamp))
        if changes.meetings:
            self._update_actions()

    # -- meetings -------------------------------------------------------------------------

    def new_meeting(self) -> MeetingDialog:
        from ogpdesk.ui.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self.ops, None, self)
        dialog.accepted.connect(lambda: dialog.created_id and self.open_meeting(dialog.created_id))
        dialog.open()
        return dialog

    def edit_meeting(self, meeting_id: str | None) -> MeetingDialog | None:
        if not meeting_id:
            return None
        from ogpdesk.ui.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self.ops, meeting_id, self)
        dialog.open()
        return dialog

    def edit_letterhead(self, meeting_id: str | None) -> LetterheadDialog | None:
        if not meeting_id:
            return None
        from ogpdesk.ui.letterhead import LetterheadDialog

        dialog = LetterheadDialog(self.ops, meeting_id, self)
        dialog.open()
        return dialog

    def duplicate_meeting(self, meeting_id: str | None) -> DuplicateDialog | None:
        if not meeting_id:
            return None
        from ogpdesk.ui.meeting_dialog import DuplicateDialog

        dialog = DuplicateDialog(self.ops, meeting_id, self)
        dialog.accepted.connect(lambda: dialog.created_id and self.open_meeting(dialog.created_id))
        dialog.open()
        return dialog

    def close_meeting(self) -> None:
        if self.meeting is not None:
            self.meeting.ask_to_close()

    def approve_meeting(self) -> None:
        if self.meeting is not None:
            self.meeting.ask_to_approve()

    def reopen_meeting(self) -> None:
        if self.meeting is not None:
            self.meeting.ask_to_reopen()

    def show_projector(self) -> ProjectorWindow | None:
        if self.meeting is None:
            return None
        if self.projector is None:
            from ogpdesk.ui.projector import ProjectorWindow

            self.projector = ProjectorWindow(self.ops, self.meeting.meeting_id)
            self.meeting.speaker_changed.connect(self.projector.set_speaker)
            self.meeting.remaining_changed.connect(self.projector.set_remaining)
            speaker = self.meeting.capture.speaker
            self.projector.set_speaker(speaker)
        self.projector.show()
        self.projector.raise_()
        return self.projector

    # -- dialogs --------------------------------------------------------------------------

    def show_directory(self) -> DirectoryDialog:
        from ogpdesk.ui.directory import DirectoryDialog

        dialog = DirectoryDialog(self.ops, self)
        dialog.open()
        self.directory_dialog = dialog
        return dialog

    def search(self) -> None:
        from ogpdesk.ui.search import SearchDialog

        dialog = SearchDialog(self.ops, self)
        dialog.open_requested.connect(self.open_meeting)
        dialog.open()
        self.search_dialog = dialog

    def export_document(self) -> ExportDialog | None:
        # The dialog brings the documents and the preview's pdfium: imported on first use.
        from ogpdesk.ui.export_dialog import open_export_dialog

        dialog = open_export_dialog(self.ops, self.current_meeting_id(), self)
        if dialog is not None:
            dialog.exported.connect(lambda _path, text: self._status(text, STATUS_MESSAGE_MS * 2))
            self.export_dialog = dialog
        return dialog

    def preferences(self) -> PreferencesDialog:
        from ogpdesk.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        before = settings.LANGUAGE.get()

        def applied() -> None:
            if settings.LANGUAGE.get() != before:
                self.language_change_requested.emit(settings.LANGUAGE.get())

        dialog.accepted.connect(applied)
        dialog.open()
        return dialog

    def choose_database(self) -> None:
        start = str(self.ops.store.path.parent) if self.ops.store.path else ""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            start,
            self.tr("ogpdesk databases (*.sqlite3 *.db *.sqlite);;All files (*)"),
        )
        if path:
            self.database_requested.emit(path)

    def connect_to_server(self) -> ConnectDialog:
        from ogpdesk.ui.connect import ConnectDialog

        dialog = ConnectDialog(self)
        dialog.accepted.connect(lambda: self.store_opened.emit(dialog.store))
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())
        if self.attached:
            self.ops.wait_for_background()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)

    def send_meeting(self) -> SendDialog | None:
        from ogpdesk.ui.exchange import SendDialog

        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            self._status(self.tr("Choose a meeting first, then send it."), STATUS_MESSAGE_MS)
            return None
        dialog = SendDialog(self.ops, meeting_id, self)
        dialog.sent.connect(
            lambda path: self._status(
                self.tr("Written to %1").replace("%1", path), STATUS_MESSAGE_MS * 2
            )
        )
        dialog.open()
        return dialog

    def receive_bundle(self) -> MergePreviewDialog | None:
        from ogpdesk.ui.exchange import receive

        return receive(self.ops, self)

    def show_review(self) -> ReviewDialog:
        from ogpdesk.ui.exchange import ReviewDialog

        meeting_id = self.meeting.meeting_id if self.meeting is not None else None
        dialog = ReviewDialog(self.ops, meeting_id, self)
        dialog.open()
        return dialog

    def back_up(self) -> None:
        from ogpdesk.ui.backup import choose_backup_target

        written = choose_backup_target(self.ops, self)
        if written is not None:
            self._status(
                self.tr("Backed up to %1").replace("%1", str(written)), STATUS_MESSAGE_MS * 2
            )

    def restore_backup(self) -> RestoreDialog | None:
        from ogpdesk.ui.backup import choose_backup_to_restore

        dialog = choose_backup_to_restore(self.ops, self)
        if dialog is not None:
            dialog.accepted.connect(lambda: self.restore_requested.emit(str(dialog.info.path)))
        return dialog
