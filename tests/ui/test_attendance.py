"""Signing people in at the door, by keyboard, in Arabic and Latin script; store checked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import (
    Attendance,
    AttendanceStatus,
    Gender,
    Participant,
    StakeholderGroup,
)
from ogpdesk.core.store import Store
from ogpdesk.ui.attendance import GENDER, STATUS, AttendancePanel
from ogpdesk.ui.operations import Operations


def type_text(widget: QWidget, text: str) -> None:
    """Type as an Arabic keyboard does: QTest.keyClicks only knows ASCII keys."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture
def meeting_id(store: Store) -> str:
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Réunion trimestrielle — El Kef",
            date=dt.date(2025, 1, 15),
            city="El Kef",
        )
        invited = [
            Participant(
                full_name="عينة — أحمد الكافي",
                organisation="بلدية الكاف",
                stakeholder_group=StakeholderGroup.AUTHORITY,
                gender=Gender.MALE,
            ),
            Participant(
                full_name="Sample — Leïla Ben Ammar",
                organisation="Association TWIZA",
                stakeholder_group=StakeholderGroup.CIVIL_SOCIETY,
                gender=Gender.FEMALE,
            ),
        ]
        session.add_all(invited)
        session.add_all(Attendance(meeting=meeting, participant=p) for p in invited)
        session.add(Participant(full_name="Sample — Ahmed Trabelsi", organisation="KTC Sfax"))
        return meeting.id


@pytest.fixture
def panel(qtbot, store: Store, meeting_id: str) -> AttendancePanel:
    widget = AttendancePanel(Operations(store), meeting_id)
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _statuses(store: Store, meeting_id: str) -> dict[str, AttendanceStatus]:
    with store.session() as session:
        return {
            a.participant.full_name: a.status
            for a in session.query(Attendance).filter_by(meeting_id=meeting_id, deleted=False)
        }


def test_sign_in_by_arabic_and_latin_names(
    qtbot, panel: AttendancePanel, store: Store, meeting_id: str
) -> None:
    panel.search.setFocus()
    # Typed without the hamza the directory has.
    type_text(panel.search, "احمد")
    assert panel.matches.count() == 1
    assert panel.matches.item(0).text().startswith("عينة — أحمد الكافي")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert _statuses(store, meeting_id)["عينة — أحمد الكافي"] is AttendanceStatus.PRESENT
    assert panel.search.text() == "" and panel.search.hasFocus()
    assert panel.feedback.text() == "عينة — أحمد الكافي signed in."

    # Latin script, accents folded; then someone in the directory but not invited.
    qtbot.keyClicks(panel.search, "leila")
    assert panel.matches.count() == 1
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.search, "ahmed")
    assert [c.full_name for c in panel.candidates] == ["Sample — Ahmed Trabelsi"]
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert _statuses(store, meeting_id) == {
        "عينة — أحمد الكافي": AttendanceStatus.PRESENT,
        "Sample — Leïla Ben Ammar": AttendanceStatus.PRESENT,
        "Sample — Ahmed Trabelsi": AttendanceStatus.PRESENT,
    }
    assert panel.by_status.text() == "Present 3 · Remote 0 · Absent 0 · Excused 0 · Invited 0"
    assert panel.by_group.text() == "Authority 1 · Civil society 1 · Not given 1"
    assert panel.by_gender.text() == "Women 1 · Men 1 · Other 0 · Not given 1"

    stack = panel.ops.undo_stack
    assert stack.undoText() == "Sign in Sample — Ahmed Trabelsi"
    stack.undo()
    assert "Sample — Ahmed Trabelsi" not in _statuses(store, meeting_id)
    stack.undo()
    assert _statuses(store, meeting_id)["Sample — Leïla Ben Ammar"] is AttendanceStatus.INVITED
    assert panel.by_status.text().startswith("Present 1 ")


def test_arrow_keys_choose_among_matches(
    qtbot, panel: AttendancePanel, store: Store, meeting_id: str
) -> None:
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "sample")
    assert panel.matches.count() == 2
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    chosen = panel.candidates[panel.matches.currentRow()].full_name
    assert chosen == "Sample — Leïla Ben Ammar"
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert _statuses(store, meeting_id)[chosen] is AttendanceStatus.PRESENT


def test_a_newcomer_added_inline(
    qtbot, panel: AttendancePanel, store: Store, meeting_id: str
) -> None:
    panel.search.setFocus()
    type_text(panel.search, "عينة — نادية الكافي")
    assert panel.matches.count() == 0
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.newcomer_name.text() == "عينة — نادية الكافي"
    assert panel.newcomer_organisation.hasFocus()
    type_text(panel.newcomer_organisation, "جمعية جسور")
    panel.newcomer_group.setCurrentIndex(panel.newcomer_group.findData(StakeholderGroup.CITIZEN))
    panel.newcomer_gender.setCurrentIndex(panel.newcomer_gender.findData(Gender.FEMALE))
    qtbot.keyClick(panel.newcomer_organisation, Qt.Key.Key_Return)

    with store.session() as session:
        person = session.query(Participant).filter_by(full_name="عينة — نادية الكافي").one()
        assert (person.organisation, person.stakeholder_group, person.gender) == (
            "جمعية جسور",
            StakeholderGroup.CITIZEN,
            Gender.FEMALE,
        )
    assert _statuses(store, meeting_id)["عينة — نادية الكافي"] is AttendanceStatus.PRESENT
    assert panel.by_group.text() == "Citizen 1"
    # A row is one person ("Woman"); the counts are of groups ("Women 1").
    row = [r.full_name for r in panel.model.rows].index("عينة — نادية الكافي")
    assert panel.model.index(row, GENDER).data() == "Woman"
    assert panel.newcomer_gender.itemText(panel.newcomer_gender.findData(Gender.FEMALE)) == "Woman"
    assert panel.newcomer_name.text() == "" and panel.search.hasFocus()
    panel.ops.undo_stack.undo()
    assert "عينة — نادية الكافي" not in _statuses(store, meeting_id)
    assert panel.by_group.text() == ""


def test_status_edited_in_the_list(
    qtbot, panel: AttendancePanel, store: Store, meeting_id: str
) -> None:
    names = [r.full_name for r in panel.model.rows]
    row = names.index("Sample — Leïla Ben Ammar")
    index = panel.model.index(row, STATUS)
    assert index.data() == "Invited"
    panel.table.setCurrentIndex(index)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    combo = panel.table.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("excused"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.ops.undo_stack.count() == 1)
    assert _statuses(store, meeting_id)["Sample — Leïla Ben Ammar"] is AttendanceStatus.EXCUSED
    assert panel.ops.undo_stack.undoText() == "Attendance of Sample — Leïla Ben Ammar"
    assert "Excused 1" in panel.by_status.text()


def test_a_list_imported_from_the_panel(
    qtbot, panel: AttendancePanel, store: Store, meeting_id: str, data: Path
) -> None:
    dialog = panel.open_import()
    assert dialog.isVisible()
    dialog.load(data / "participants_msaken_bom.csv")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    listed = {r.full_name for r in panel.model.rows}
    assert {"Sonia Jlassi", "Mohamed Ben Salah", "علي الهمامي"} <= listed
    assert len(listed) == 5
    assert panel.by_status.text().endswith("Invited 5")
