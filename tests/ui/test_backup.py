"""File ▸ Back up… and File ▸ Restore… in the window; the automatic backup on close."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from ogpdesk.core.backup import backup_folder
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import Meeting
from ogpdesk.core.store import Store, open_store
from ogpdesk.ui.app import Desk, Language, close_store
from ogpdesk.ui.backup import RestoreDialog

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


@pytest.fixture
def desk(qtbot, qapp, tmp_path: Path) -> Iterator[Desk]:
    store = open_store(tmp_path / "desk.sqlite3")
    with store.transaction() as session:
        create_meeting(session, title="Avant", date=dt.date(2025, 6, 1))
    running = Desk(qapp, store, Language(qapp))
    qtbot.addWidget(running.window)
    yield running
    running.window.close()
    running.store.close()


def _titles(store: Store) -> list[str]:
    with store.session() as session:
        return sorted(session.scalars(select(Meeting.title)))


def _choose(monkeypatch: pytest.MonkeyPatch, name: str, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *_a, **_k: (str(path), "")))


def _restore(qtbot, desk: Desk, monkeypatch: pytest.MonkeyPatch, backup: Path) -> RestoreDialog:
    _choose(monkeypatch, "getOpenFileName", backup)
    dialog = desk.window.restore_backup()
    assert dialog is not None
    return dialog


def test_back_up_then_restore_from_the_file_menu(
    qtbot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb" / "copy.sqlite3"
    _choose(monkeypatch, "getSaveFileName", target)
    desk.window.backup_action.trigger()
    assert target.exists()
    assert "copy.sqlite3" in desk.window.statusBar().currentMessage()
    with desk.store.transaction() as session:
        create_meeting(session, title="Après", date=dt.date(2025, 6, 2))

    dialog = _restore(qtbot, desk, monkeypatch, target)
    assert dialog.info.meetings == 1 and dialog.info.current
    old_window = desk.window
    dialog.restore_button.click()
    assert desk.window is not old_window
    qtbot.addWidget(desk.window)
    assert _titles(desk.store) == ["Avant"]
    assert desk.store.path is not None
    kept = list(backup_folder(desk.store.path).glob("before-restore-*.sqlite3"))
    assert len(kept) == 1


def test_restoring_an_older_backup_upgrades_it_and_a_bad_file_changes_nothing(
    qtbot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("hello", encoding="utf-8")
    _choose(monkeypatch, "getOpenFileName", junk)
    failures: list[BaseException] = []
    desk.ops.failed.connect(failures.append)
    assert desk.window.restore_backup() is None
    assert failures and "junk.sqlite3" in str(failures[0])
    for open_dialog in desk.ops.errors.open_dialogs():
        open_dialog.close()
    assert _titles(desk.store) == ["Avant"]

    old = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "store_rev0001.sqlite3", old)
    dialog = _restore(qtbot, desk, monkeypatch, old)
    assert not dialog.info.current
    dialog.restore_button.click()
    qtbot.addWidget(desk.window)
    titles = _titles(desk.store)
    assert len(titles) == 1 and titles != ["Avant"]


def test_closing_takes_todays_backup_once(tmp_path: Path) -> None:
    store = open_store(tmp_path / "closing.sqlite3")
    path = store.path
    assert path is not None
    close_store(store)
    close_store(open_store(path))
    assert len(list(backup_folder(path).glob("daily-*.sqlite3"))) == 1
