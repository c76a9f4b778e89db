"""The facilitator's window driven as a user would: keyboard, menus, dialogs; then the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from ogpdesk.core import capture
from ogpdesk.core.direction import strip_controls
from ogpdesk.core.meetings import create_meeting, create_process, list_meetings, live
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Intervention,
    Meeting,
    MeetingStatus,
    Recommendation,
)
from ogpdesk.core.store import Store
from ogpdesk.core.timeline import EntryKind
from ogpdesk.ui import settings
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, ops: Operations) -> Iterator[MainWindow]:
    main = MainWindow(ops)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    yield main


def _live(store: Store, model: type, meeting_id: str) -> list:
    with store.session() as session:
        return list(
            session.scalars(
                select(model)
                .where(model.meeting_id == meeting_id, live(model))
                .order_by(model.position)
            )
        )


def test_a_debate_in_arabic_and_french_is_captured_undone_redone_closed_and_approved(
    qtbot, window: MainWindow, store: Store, keyboard, questions
) -> None:
    settings.USER_NAME.set("Sample Secretary")
    dialog = window.new_meeting()
    keyboard.type(dialog.title, "Journée de sensibilisation — Kairouan")
    keyboard.type(dialog.title_ar, "يوم تحسيسي حول التخطيط الاستراتيجي — القيروان")
    keyboard.type(dialog.city, "Kairouan")
    dialog.kind.setCurrentIndex(0)
    dialog.accept()
    view = window.meeting
    assert view is not None and window.stack.currentWidget() is view
    meeting_id = view.meeting_id
    line = view.capture

    keyboard.line(line, "# عرض تجربة صفاقس / Présentation de l'expérience de Sfax")
    keyboard.line(
        line, "Sample Expert (KTC Sfax): La planification stratégique commence par un diagnostic."
    )
    keyboard.line(line, "عينة مواطن (M'Saken 2050): نطالب بإشراك الشباب في التخطيط")
    keyboard.press(line, Qt.Key.Key_R, CTRL)
    assert line.text() == "REC: "
    keyboard.line(line, "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني")
    keyboard.press(line, Qt.Key.Key_D, CTRL)
    keyboard.line(line, "Créer un comité de pilotage")
    keyboard.press(line, Qt.Key.Key_T, CTRL)
    keyboard.line(line, "Identifier les groupes de travail sectoriels @KTC 2016-06-30")
    keyboard.line(line, "REC:")
    keyboard.line(line, "Diffuser cette expérience")
    keyboard.line(line, "- إحداث وكالة عمرانية")
    keyboard.press(line, Qt.Key.Key_Return)  # an empty line ends the list

    kinds = [e.kind for e in view.timeline.entries()]
    assert kinds == [
        EntryKind.AGENDA,
        EntryKind.INTERVENTION,
        EntryKind.INTERVENTION,
        EntryKind.RECOMMENDATION,
        EntryKind.DECISION,
        EntryKind.ACTION,
        EntryKind.RECOMMENDATION,
        EntryKind.RECOMMENDATION,
    ]
    assert line.text() == "" and line.list_kind is None
    interventions = _live(store, Intervention, meeting_id)
    assert [(i.speaker_name, i.organisation) for i in interventions] == [
        ("Sample Expert", "KTC Sfax"),
        ("عينة مواطن", "M'Saken 2050"),
    ]
    assert interventions[1].summary == "نطالب بإشراك الشباب في التخطيط"
    action = _live(store, ActionItem, meeting_id)[0]
    assert (action.owner_name, action.due_date) == ("KTC", dt.date(2016, 6, 30))

    # Undo the last two recommendations (Ctrl+Z in the empty capture line), redo one.
    keyboard.press(line, Qt.Key.Key_Z, CTRL)
    keyboard.press(line, Qt.Key.Key_Z, CTRL)
    assert [r.text for r in _live(store, Recommendation, meeting_id)] == [
        "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني"
    ]
    keyboard.press(line, Qt.Key.Key_Z, CTRL_SHIFT)
    assert [r.text for r in _live(store, Recommendation, meeting_id)] == [
        "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني",
        "Diffuser cette expérience",
    ]
    assert len(view.timeline.entries()) == 7

    # Correct a decision in place in the timeline; the correction is an undo step too.
    row = [e.kind for e in view.timeline.entries()].index(EntryKind.DECISION)
    index = view.timeline.model().index(row, 2)
    assert view.timeline.model().setData(index, "Créer un comité de pilotage mixte")
    assert _live(store, Decision, meeting_id)[0].text == "Créer un comité de pilotage mixte"
    window.undo_action.trigger()
    assert _live(store, Decision, meeting_id)[0].text == "Créer un comité de pilotage"

    # Close and approve, each asked first: the meeting is locked, a new line is refused and
    # stays in the line. Enter would close; approving is offered only by its own button.
    def status() -> MeetingStatus:
        with store.session() as session:
            return session.get_one(Meeting, meeting_id).status

    window.close_meeting_action.trigger()
    assert status() is not MeetingStatus.CLOSED  # nothing happens before the answer
    assert questions.asked().defaultButton().text() == "&Close meeting"
    assert "Kairouan" in questions.answer()
    assert status() is MeetingStatus.CLOSED and window.focusWidget() is line
    window.approve_action.trigger()
    questions.answer()  # the default: Cancel
    assert status() is MeetingStatus.CLOSED
    window.approve_action.trigger()
    questions.answer("Approve and lock")
    with store.session() as session:
        assert session.get(Meeting, meeting_id).status is MeetingStatus.APPROVED
    assert line.isReadOnly() and not window.capture_actions["recommendation"].isEnabled()
    line.setReadOnly(False)  # even if the line were written to, the store refuses
    line.setText("Sample Expert: une dernière remarque")
    with qtbot.waitSignal(window.ops.failed):
        keyboard.press(line, Qt.Key.Key_Return)
    assert "approved and locked" in (window.ops.errors.last_message or "")
    assert line.text() == "Sample Expert: une dernière remarque"
    assert len(_live(store, Intervention, meeting_id)) == 2

    # Reopening is explicit, says who will be recorded, and is recorded in the timeline.
    window.reopen_action.trigger()
    assert "Sample Secretary" in questions.answer("Reopen")
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting.status is MeetingStatus.CLOSED and meeting.approved_at is None
    note = view.timeline.entries()[-1]
    assert note.kind is EntryKind.NOTE and "Sample Secretary" in note.text

    with store.session() as session:
        summary = {m.id: m for m in list_meetings(session)}[meeting_id]
        assert (summary.participants, summary.recommendations, summary.open_actions) == (2, 2, 1)
        assert session.get(Meeting, meeting_id).title_ar == (
            "يوم تحسيسي حول التخطيط الاستراتيجي — القيروان"
        )


def test_agenda_reorders_by_keyboard_and_the_current_item_is_highlighted(
    window: MainWindow, store: Store, keyboard
) -> None:
    with store.transaction() as session:
        meeting = create_meeting(session, title="Le Kef", date=dt.date(2025, 9, 30))
        meeting_id = meeting.id
    view = window.open_meeting(meeting_id)
    for title in ("Ouverture", "مصفوفة التقدم", "Divers"):
        keyboard.press(view.capture, Qt.Key.Key_G, CTRL)
        keyboard.line(view.capture, title)
    assert view.agenda.titles() == ["Ouverture", "مصفوفة التقدم", "Divers"]
    current = view.agenda.item(2)
    assert current.font().bold() and not view.agenda.item(0).font().bold()

    view.agenda.setFocus()
    view.agenda.setCurrentRow(1)
    keyboard.press(view.agenda, Qt.Key.Key_Up, ALT)
    assert view.agenda.titles() == ["مصفوفة التقدم", "Ouverture", "Divers"]
    with store.session() as session:
        numbers = {a.title: a.number for a in _live(store, AgendaItem, meeting_id) if not a.deleted}
    assert numbers == {"مصفوفة التقدم": 1, "Ouverture": 2, "Divers": 3}
    window.undo_action.trigger()
    assert view.agenda.titles() == ["Ouverture", "مصفوفة التقدم", "Divers"]


def test_unsent_text_is_kept_as_a_draft_and_restored(
    window: MainWindow, store: Store, keyboard
) -> None:
    with store.transaction() as session:
        meeting_id = create_meeting(session, title="M'saken", date=dt.date(2016, 3, 26)).id
    view = window.open_meeting(meeting_id)
    keyboard.type(view.capture, "Sample Maire (بلدية مساكن): نلتزم بتوفير")
    window.show_home()
    with store.transaction() as session:
        other = create_meeting(session, title="Autre", date=dt.date(2016, 3, 27)).id
    window.open_meeting(other)
    assert window.meeting.capture.text() == ""
    reopened = window.open_meeting(meeting_id)
    assert reopened.capture.text() == "Sample Maire (بلدية مساكن): نلتزم بتوفير"
    keyboard.press(reopened.capture, Qt.Key.Key_Return)
    assert reopened.capture.drafts.load(meeting_id) == ""


def test_home_lists_processes_and_duplicates_a_quarterly_meeting(
    window: MainWindow, store: Store, keyboard
) -> None:
    with store.transaction() as session:
        process = create_process(session, title="OGP Local action plan El Kef 2024–2027")
        q3 = create_meeting(
            session,
            title="Réunion trimestrielle T3",
            date=dt.date(2025, 9, 30),
            kind="quarterly_review",
            city="El Kef",
            process=process,
        )
        capture.add_agenda_item(session, q3, "Avancement des six engagements")
        capture.add_intervention(session, q3, "Remarque", speaker_name="Sample Member")
        q3_id = q3.id
    window.home.reload()
    assert [i.text(1) for i in window.home.meeting_items()] == ["Réunion trimestrielle T3"]
    assert window.home.meeting_items()[0].text(5) == "1"

    window.home.select_meeting(q3_id)
    dialog = window.duplicate_meeting(window.home.selected_meeting())
    assert dialog.date.date().toString("yyyy-MM-dd") == "2025-12-30"
    dialog.title.clear()
    keyboard.type(dialog.title, "Réunion trimestrielle T4")
    dialog.accept()
    copy = window.meeting
    assert copy is not None and copy.meeting_id != q3_id
    assert copy.agenda.titles() == ["Avancement des six engagements"]
    titles = sorted(i.text(1) for i in window.home.meeting_items())
    assert titles[-2:] == ["Réunion trimestrielle T3", "Réunion trimestrielle T4"]
    # Creating the copy is one undo step: undone, it leaves the home view.
    window.undo_action.trigger()
    assert "Réunion trimestrielle T4" not in [i.text(1) for i in window.home.meeting_items()]


def test_the_speakers_queue_prefills_the_capture_line_and_the_projector(
    window: MainWindow, store: Store, keyboard
) -> None:
    with store.transaction() as session:
        meeting_id = create_meeting(
            session, title="M'saken", date=dt.date(2016, 3, 26), languages="ar,fr"
        ).id
    view = window.open_meeting(meeting_id)
    speakers = view.panel("SpeakersPanel")
    assert speakers is not None
    speakers.raise_hand("Sample Maire (بلدية مساكن)")
    speakers.raise_hand("Sample Président, M'Saken 2050")
    projector = window.show_projector()
    assert projector is not None
    speakers.next_speaker()
    assert view.capture.text() == "Sample Maire (بلدية مساكن): "
    assert strip_controls(projector.speaker_name.text()) == "Sample Maire (بلدية مساكن)"
    keyboard.line(view.capture, "نلتزم بتوفير المساعدة الفنية")
    speakers.next_speaker()
    assert view.capture.text() == "Sample Président, M'Saken 2050: "
    with store.session() as session:
        said = session.scalars(select(Intervention).where(live(Intervention))).all()
        assert [(i.speaker_name, i.summary) for i in said] == [
            ("Sample Maire (بلدية مساكن)", "نلتزم بتوفير المساعدة الفنية")
        ]
    projector.close()
