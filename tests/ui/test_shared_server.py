"""Two secretaries on one server: a window shows the lines another program commits."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator

import keyring
import keyring.backend
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ogpdesk.core import capture
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.store import Store, open_store
from ogpdesk.ui.connect import ConnectDialog
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations

OTHER_SECRETARY = """
import sys
from ogpdesk.core import capture
from ogpdesk.core.meetings import get_meeting
from ogpdesk.core.store import open_store

store = open_store(sys.argv[1])
with store.transaction() as session:
    meeting = get_meeting(session, sys.argv[2])
    capture.add_intervention(session, meeting, sys.argv[3], speaker_name="Sample Maire")
store.close()
"""


@pytest.fixture
def shared(pg_database: str) -> Iterator[Store]:
    opened = open_store(pg_database)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, shared: Store) -> Iterator[MainWindow]:
    ops = Operations(shared)
    main = MainWindow(ops)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    ops.close()


def test_a_window_shows_within_a_second_what_another_program_captured(
    qtbot, window: MainWindow, shared: Store, pg_database: str
) -> None:
    with shared.transaction() as session:
        meeting = create_meeting(
            session, title="Comité de pilotage — Le Kef", date=dt.date(2025, 7, 10)
        )
        capture.add_agenda_item(session, meeting, "Suivi des engagements")
        meeting_id = meeting.id
    view = window.open_meeting(meeting_id)
    line = "نلتزم بنشر محاضر الجلسات على موقع البلدية"
    # Run to its end (its commit) before this window's event loop turns again: from then
    # on the window has one second.
    subprocess.run(
        [sys.executable, "-c", OTHER_SECRETARY, pg_database, meeting_id, line], check=True
    )
    qtbot.waitUntil(lambda: line in [e.text for e in view.timeline.entries()], timeout=1000)
    assert view.timeline.entries()[-1].who == "Sample Maire"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain that lives as long as the test (this machine has no real one)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def keychain() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def _fill(dialog: ConnectDialog, pg_server, password: str) -> None:
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(pg_server.port)
    dialog.database.setText("postgres")
    dialog.user.setText("ogpdesk")
    dialog.password.setText(password)


def test_connecting_to_a_server_keeps_the_password_in_the_keychain_only(
    qtbot, window: MainWindow, pg_server, keychain: MemoryKeyring, isolated_settings
) -> None:
    opened: list[Store] = []
    window.store_opened.connect(opened.append)
    dialog = window.connect_to_server()
    qtbot.addWidget(dialog)

    _fill(dialog, pg_server, "not-the-password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and opened == []
    assert "refused the user name or password" in dialog.problem.text()
    assert keychain.kept == {}

    dialog.password.setText("ogpdesk-test")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    (store,) = opened
    try:
        assert store.engine.dialect.name == "postgresql"
        assert keychain.kept == {
            ("ogpdesk", f"ogpdesk@127.0.0.1:{pg_server.port}/postgres"): "ogpdesk-test"
        }
        # Never in the settings file.
        written = "".join(
            path.read_text(errors="replace")
            for path in isolated_settings.rglob("*")
            if path.is_file()
        )
        assert "ogpdesk-test" not in written
        # A URL without its password now opens from the keychain (as `ogpdesk --db` does).
        again = open_store(f"postgresql://ogpdesk@127.0.0.1:{pg_server.port}/postgres")
        again.close()
    finally:
        store.close()
