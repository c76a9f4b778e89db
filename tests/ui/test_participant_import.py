"""Importing a participants list through the dialog: mapping, preview, all-or-nothing, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import (
    Attendance,
    AttendanceStatus,
    Gender,
    Participant,
    StakeholderGroup,
)
from ogpdesk.core.store import Store
from ogpdesk.ui import participant_import
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.participant_import import ParticipantImportDialog

# An Arabic Excel export: Windows-1256, semicolons, one person already in the directory,
# one repeated (with harakat), one row without a name.
KAIROUAN_CSV = (
    "الاسم واللقب;المؤسسة;الفئة;الجنس\r\n"
    "عينة — محمد بن صالح;بلدية القيروان;سلطة محلية;ذكر\r\n"
    "عينة — سنية الطرابلسي;جمعية المسار;مجتمع مدني;أنثى\r\n"
    "Sample — Expert KTC Sfax;KTC Sfax;expert;M\r\n"
    "عيّنة — مُحَمَّد بن صالح;بلدية القيروان;;\r\n"
    ";MedCities;expert;F\r\n"
)


@pytest.fixture
def meeting_id(store: Store) -> str:
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Session de sensibilisation — Kairouan",
            date=dt.date(2016, 3, 22),
            city="Kairouan",
        )
        session.add(Participant(full_name="Sample — Expert KTC Sfax"))
        return meeting.id


@pytest.fixture
def csv_1256(tmp_path: Path) -> Path:
    path = tmp_path / "participants_kairouan.csv"
    path.write_bytes(KAIROUAN_CSV.encode("cp1256"))
    return path


@pytest.fixture
def dialog(qtbot, store: Store, meeting_id: str) -> ParticipantImportDialog:
    shown = ParticipantImportDialog(Operations(store), meeting_id)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _people(store: Store, meeting_id: str) -> dict[str, tuple[str | None, AttendanceStatus]]:
    with store.session() as session:
        return {
            a.participant.full_name: (a.participant.organisation, a.status)
            for a in session.query(Attendance).filter_by(meeting_id=meeting_id, deleted=False)
        }


def _column(dialog: ParticipantImportDialog, column: int) -> list[str]:
    return [dialog.preview.item(r, column).text() for r in range(dialog.preview.rowCount())]


def test_import_a_windows_1256_list_then_undo_and_redo(
    qtbot, dialog: ParticipantImportDialog, store: Store, meeting_id: str, csv_1256: Path
) -> None:
    dialog.path.setText(str(csv_1256))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    assert "cp1256" in dialog.format.text().lower() or "1256" in dialog.format.text()
    assert dialog.mapping() == {
        "full_name": 0,
        "organisation": 1,
        "stakeholder_group": 2,
        "gender": 3,
    }
    assert _column(dialog, 0) == ["2", "3", "4", "5", "6"]
    outcomes = _column(dialog, 1)
    assert outcomes[:3] == ["New", "New", "Already in the directory"]
    assert outcomes[3] == "Repeated: same person as row 2, imported once"
    assert outcomes[4] == "Rejected: no name"
    assert _column(dialog, 2)[0] == "عينة — محمد بن صالح"
    assert dialog.summary.text() == (
        "2 new, 1 already in the directory, 1 repeated in the file, 1 rejected."
    )
    report = dialog.report.toPlainText().splitlines()
    assert report[:2] == ["Rejected rows: 1", "  row 6: no name"]
    assert "  row 5: same person as row 2, imported once" in report

    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    imported = {
        "عينة — محمد بن صالح": ("بلدية القيروان", AttendanceStatus.INVITED),
        "عينة — سنية الطرابلسي": ("جمعية المسار", AttendanceStatus.INVITED),
        "Sample — Expert KTC Sfax": ("KTC Sfax", AttendanceStatus.INVITED),
    }
    assert _people(store, meeting_id) == imported
    with store.session() as session:
        sonia = session.query(Participant).filter_by(full_name="عينة — سنية الطرابلسي").one()
        assert (sonia.stakeholder_group, sonia.gender) == (
            StakeholderGroup.CIVIL_SOCIETY,
            Gender.FEMALE,
        )

    stack = dialog.ops.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Import participants from participants_kairouan.csv"
    stack.undo()
    assert _people(store, meeting_id) == {}
    with store.session() as session:
        live = session.query(Participant).filter_by(deleted=False).all()
        # Only the person who was there before, as they were before.
        assert [(p.full_name, p.organisation) for p in live] == [("Sample — Expert KTC Sfax", None)]
    stack.redo()
    assert _people(store, meeting_id) == imported


def test_a_column_left_out_of_the_mapping(
    qtbot, dialog: ParticipantImportDialog, store: Store, meeting_id: str, csv_1256: Path
) -> None:
    dialog.load(csv_1256)
    organisation = dialog.combos["organisation"]
    organisation.setCurrentIndex(organisation.findData(None))
    assert "organisation" not in dialog.mapping()
    assert dialog.preview.columnCount() == 5  # row, outcome, name, group, gender
    dialog.apply()
    assert _people(store, meeting_id)["عينة — محمد بن صالح"] == (None, AttendanceStatus.INVITED)


def test_big_files_are_read_and_written_in_the_background(
    qtbot,
    dialog: ParticipantImportDialog,
    store: Store,
    meeting_id: str,
    data: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(participant_import, "BIG_FILE_BYTES", 0)
    monkeypatch.setattr(participant_import, "BIG_TABLE_ROWS", 0)
    dialog.load(data / "participants_kef_1256.csv")
    assert dialog.table is None  # still being read
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert dialog.preview.rowCount() == 4
    # First and last names come in two columns here.
    assert dialog.mapping()["first_name"] == 0 and dialog.mapping()["last_name"] == 1
    assert ("Leïla", "Ben Ammar") in zip(_column(dialog, 2), _column(dialog, 3), strict=True)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.apply()
        assert not dialog.buttons.isEnabled()  # written by a worker meanwhile
    assert len(_people(store, meeting_id)) == 4
    assert not dialog.isVisible()
    stack = dialog.ops.undo_stack
    assert stack.undoText() == "Import participants from participants_kef_1256.csv"
    stack.undo()
    assert _people(store, meeting_id) == {}
    stack.redo()
    assert len(_people(store, meeting_id)) == 4


def test_an_unreadable_file_is_refused_and_nothing_changes(
    qtbot, dialog: ParticipantImportDialog, store: Store, meeting_id: str, tmp_path: Path
) -> None:
    binary = tmp_path / "liste.csv"
    binary.write_bytes(b"\x00\x01\x02binary\x00\xff" * 20)
    dialog.load(binary)
    assert dialog.ops.errors.last_message is not None
    assert "liste.csv" in dialog.ops.errors.last_message
    assert not dialog.import_button.isEnabled()
    dialog.apply()
    assert _people(store, meeting_id) == {}
    assert dialog.ops.undo_stack.count() == 0


def test_browse_opens_a_chooser_that_waits_for_no_one(
    qtbot, dialog: ParticipantImportDialog, csv_1256: Path
) -> None:
    # Enter in the file field loads the file, and reaches no button.
    dialog.path.setText(str(csv_1256))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.preview.rowCount() == 5
    assert not dialog.findChildren(QFileDialog)
    # Space on the focused Browse button (a stray key in a test) returns at once, with the
    # chooser open beside the dialog; what is chosen there is loaded.
    dialog.browse_button.setFocus()
    qtbot.keyClick(dialog.browse_button, Qt.Key.Key_Space)
    chooser = dialog.chooser
    assert chooser.isVisible() and chooser.isModal()
    dialog.path.clear()
    chooser.selectFile(str(csv_1256))
    chooser.accept()
    assert dialog.path.text() == str(csv_1256) and dialog.preview.rowCount() == 5
    assert not chooser.isVisible() and dialog.isVisible()
