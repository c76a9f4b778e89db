"""The keyboard model of the meeting view (ui/keyboard.py): every key lands where the typist
is looking. Keys go where Qt sends a user's: to an open popup, else to the focused widget."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from sqlalchemy import func, select

from ogpdesk.core.meetings import create_meeting, create_process, live
from ogpdesk.core.models import Intervention, Meeting, Participant, Recommendation
from ogpdesk.core.models import RecommendationStatus as Status
from ogpdesk.core.participants import sign_in
from ogpdesk.core.store import Store
from ogpdesk.ui.capture import CaptureLine
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.meeting_view import MeetingView
from ogpdesk.ui.operations import Operations

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def settle() -> None:
    """The offscreen platform keeps a closed popup as the active window, where a desktop
    gives the activation back to the window the popup belonged to: so does this."""
    if QApplication.activePopupWidget() is not None:
        return
    active = QApplication.activeWindow()
    if active is not None and active.isVisible():
        return
    for window in QApplication.topLevelWidgets():
        if window.isVisible() and window.windowType() != Qt.WindowType.Popup:
            window.activateWindow()
            QTest.qWaitForWindowActive(window)
            return


def focused() -> QWidget:
    """The widget with the keyboard focus (the capture line while its popup is open)."""
    settle()
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    return widget


def focus(widget: QWidget) -> None:
    """Click into ``widget``, as a user would (the mouse moves the focus)."""
    if not widget.window().isActiveWindow():
        widget.window().activateWindow()
        QTest.qWaitForWindowActive(widget.window())
    for _ in range(200):
        widget.setFocus(Qt.FocusReason.MouseFocusReason)
        if widget.hasFocus():
            return
        QTest.qWait(10)
    raise AssertionError(f"{widget} cannot take the focus")


def target() -> QWidget:
    """Where Qt delivers a key the user presses now: an open popup, else the focus."""
    return QApplication.activePopupWidget() or focused()


def type_(text: str) -> None:
    """Letters, sent to the focused field: an open completion popup hands them to it."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, 0, NONE, char))


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    QTest.keyClick(target(), key, modifiers)
    # What a key queues (an item editor commits on the next turn of the loop) happens
    # before the next key, as between a typist's keystrokes.
    QApplication.processEvents()


def _said(store: Store) -> list[tuple[str | None, str]]:
    with store.session() as session:
        return [
            (i.speaker_name, i.summary)
            for i in session.scalars(
                select(Intervention).where(live(Intervention)).order_by(Intervention.position)
            )
        ]


@pytest.fixture
def meeting_id(store: Store) -> str:
    with store.transaction() as session:
        meeting = create_meeting(session, title="Kairouan", date=dt.date(2016, 3, 22))
        people = [
            Participant(full_name="Mohamed Ben Salah", organisation="KTC Sfax"),
            Participant(full_name="مُحَمَّد بن صالح", organisation="بلدية القيروان"),
            Participant(full_name="Sami Gharbi", organisation="ISET Kairouan"),
            Participant(full_name="فاطمة الزهراء بن علي"),
        ]
        session.add_all(people)
        session.flush()
        for person in people:
            sign_in(session, meeting, person)
        return meeting.id


@pytest.fixture
def window(qtbot, ops: Operations, meeting_id: str) -> Iterator[MainWindow]:
    main = MainWindow(ops)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    main.open_meeting(meeting_id)
    yield main
    for dialog in (main.export_dialog,):
        if dialog is not None:
            dialog.close()


def _view(window: MainWindow) -> MeetingView:
    assert window.meeting is not None
    return window.meeting


def test_enter_and_tab_accept_the_offered_name(
    qtbot, ops: Operations, store: Store, meeting_id: str
) -> None:
    line = CaptureLine(ops, meeting_id)
    qtbot.addWidget(line)
    line.show()
    line.activateWindow()
    focus(line)
    qtbot.waitUntil(line.hasFocus)

    type_("moha")
    assert line.completer_popup.popup().isVisible()
    press(Qt.Key.Key_Return)
    assert line.text() == "Mohamed Ben Salah: "
    assert _said(store) == []

    line.clear()
    type_("محمد")
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert line.text() == "مُحَمَّد بن صالح: "

    line.clear()
    type_("ACT: préparer la fiche @sam")
    press(Qt.Key.Key_Tab)
    assert line.text() == "ACT: préparer la fiche @Sami Gharbi "
    assert line.hasFocus()
    type_("2016-04-30")
    press(Qt.Key.Key_Return)
    assert line.text() == ""


def test_after_removing_a_timeline_row_the_next_word_goes_to_the_capture_line(
    window: MainWindow, store: Store
) -> None:
    view = _view(window)
    type_("Sami Gharbi: Première intervention")
    press(Qt.Key.Key_Return)
    type_("Note: à supprimer")
    press(Qt.Key.Key_Return)
    focus(view.timeline)
    view.timeline.selectRow(1)
    press(Qt.Key.Key_Delete)
    type_("Merci")
    assert view.capture.text() == "Merci"
    assert [s for _, s in _said(store)] == ["Première intervention"]


def test_hands_go_up_in_a_burst_and_an_empty_enter_goes_back(
    window: MainWindow, store: Store
) -> None:
    view = _view(window)
    panel = view.panel("SpeakersPanel")
    assert panel is not None
    type_("Il faut")
    press(Qt.Key.Key_H, CTRL)
    assert panel.hand.hasFocus()  # type: ignore[attr-defined]
    for name in ("Sami", "فاطمة", "Mohamed Ben Salah (KTC"):
        type_(name)
        if QApplication.activePopupWidget() is not None:
            press(Qt.Key.Key_Escape)  # the popup closes; the name stays as typed
        press(Qt.Key.Key_Return)
    assert [h.name for h in panel.queue.waiting] == [  # type: ignore[attr-defined]
        "Sami Gharbi",
        "فاطمة الزهراء بن علي",
        "Mohamed Ben Salah (KTC",
    ]
    # Each linked to the person signed in, not to a bare name.
    assert all(h.participant_id for h in panel.queue.waiting[:2])  # type: ignore[attr-defined]
    press(Qt.Key.Key_Return)
    assert view.capture.hasFocus()
    # Nobody had the floor: the first in line has it now, and the line is theirs.
    assert view.capture.text() == "Il faut"
    assert panel.queue.current.name == "Sami Gharbi"  # type: ignore[attr-defined]
    assert _said(store) == []


def test_after_the_time_limit_and_next_speaker_the_words_go_to_the_capture_line(
    qtbot, window: MainWindow
) -> None:
    view = _view(window)
    panel = view.panel("SpeakersPanel")
    assert panel is not None
    panel.raise_hand("Sami Gharbi")  # type: ignore[attr-defined]
    limit = panel.limit  # type: ignore[attr-defined]
    focus(limit)
    limit.selectAll()
    type_("120")
    press(Qt.Key.Key_Return)
    assert panel.queue.limit_seconds == 120  # type: ignore[attr-defined]
    assert view.capture.hasFocus()

    focus(limit)
    bar_button = None
    for child in panel.findChildren(QWidget):  # the "Next speaker" button, clicked
        if getattr(child, "defaultAction", lambda: None)() is panel.next_action:  # type: ignore[attr-defined]
            bar_button = child
    assert bar_button is not None
    QTest.mouseClick(bar_button, Qt.MouseButton.LeftButton)
    type_("Merci")
    assert view.capture.text() == "Sami Gharbi: Merci"
    assert limit.value() == 120


class EatsShortcuts(QLineEdit):
    """A field that claims every key, as QLineEdit claims Ctrl+E ("end of line") under X11."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)


def test_window_shortcuts_work_from_a_field_that_would_eat_them(qtbot, window: MainWindow) -> None:
    view = _view(window)
    press(Qt.Key.Key_E, CTRL)
    assert window.export_dialog is not None and window.export_dialog.isVisible()
    window.export_dialog.close()
    window.export_dialog = None

    eater = EatsShortcuts()
    view.layout().addWidget(eater)
    focus(eater)
    press(Qt.Key.Key_E, CTRL)
    assert window.export_dialog is not None and window.export_dialog.isVisible()
    window.export_dialog.close()
    # A key of the field's own stays the field's.
    window.activateWindow()
    focus(eater)
    qtbot.waitUntil(eater.hasFocus)
    type_("abc")
    assert eater.text() == "abc"
    panel = view.panel("SpeakersPanel")
    assert panel is not None
    press(Qt.Key.Key_H, CTRL)
    assert panel.hand.hasFocus()  # type: ignore[attr-defined]


def test_undo_and_redo_of_a_merge_whose_source_was_removed(
    window: MainWindow, store: Store, ops: Operations
) -> None:
    view = _view(window)
    for text in (
        "Sami Gharbi: Il faut une agence",
        "REC: Une agence d'urbanisme",
        "فاطمة: نحتاج وكالة",
        "REC: وكالة للتعمير",
    ):
        type_(text)
        if QApplication.activePopupWidget() is not None:
            press(Qt.Key.Key_Escape)
        press(Qt.Key.Key_Return)
    board = view.panel("RecommendationsBoard")
    assert board is not None
    with store.session() as session:
        ids = [
            r.id for r in session.scalars(select(Recommendation).order_by(Recommendation.number))
        ]
        first = session.scalars(select(Intervention).order_by(Intervention.position)).first()
        assert first is not None
    view.timeline.show_entry(first.id)
    view.timeline.remove_selected()  # what the first recommendation stems from
    view.panels.setCurrentWidget(board)
    board.select(ids)  # type: ignore[attr-defined]
    assert board.merge_selected()  # type: ignore[attr-defined]
    ops.undo_stack.undo()
    assert ops.errors.open_dialogs() == []
    with store.session() as session:
        assert session.get_one(Recommendation, ids[1]).status is Status.PROPOSED
    ops.undo_stack.redo()
    assert ops.errors.open_dialogs() == []
    with store.session() as session:
        second = session.get_one(Recommendation, ids[1])
        assert (second.status, second.merged_into_id) == (Status.MERGED, ids[0])
    assert ops.undo_stack.undoText().startswith("Merge recommendations")


def test_the_process_chosen_for_a_new_meeting_is_kept(
    qtbot, window: MainWindow, store: Store, keyboard
) -> None:
    with store.transaction() as session:
        process_id = create_process(session, title="Plan d'action OGP Le Kef").id
    dialog = window.new_meeting()
    dialog.process.setCurrentIndex(dialog.process.findData(process_id))
    focus(dialog.title)
    qtbot.waitUntil(dialog.title.hasFocus)
    type_("Atelier de co-création")
    for _field in (dialog.title_ar, dialog.kind, dialog.date):
        press(Qt.Key.Key_Tab)
    assert dialog.date.hasFocus()
    press(Qt.Key.Key_Tab)
    type_("Le Kef")
    press(Qt.Key.Key_Tab)
    type_("Maison des jeunes")
    assert (dialog.city.text(), dialog.place.text()) == ("Le Kef", "Maison des jeunes")
    dialog.accept()
    with store.session() as session:
        meeting = session.scalars(
            select(Meeting).where(Meeting.title == "Atelier de co-création")
        ).one()
        assert (meeting.process_id, meeting.city) == (process_id, "Le Kef")


def test_an_ambiguous_speaker_is_flagged_and_chosen_in_the_who_column(
    qtbot, window: MainWindow, store: Store
) -> None:
    view = _view(window)
    with store.transaction() as session:
        twin = Participant(full_name="Sami Gharbi", organisation="Municipalité de Sousse")
        session.add(twin)
        session.flush()
        sign_in(session, session.get_one(Meeting, view.meeting_id), twin)
        twin_id = twin.id
    type_("Sami Gharbi: Une question")
    if QApplication.activePopupWidget() is not None:
        press(Qt.Key.Key_Escape)
    press(Qt.Key.Key_Return)
    assert "several people" in window.statusBar().currentMessage()
    type_("Nadia Khelifi: Bonjour")
    press(Qt.Key.Key_Return)
    assert window.statusBar().currentMessage().startswith("New participant: Nadia Khelifi")

    timeline = view.timeline
    index = timeline.model().index(0, 1)
    assert index.data().startswith("⚠ Sami Gharbi")
    focus(timeline)
    timeline.setCurrentIndex(index)
    press(Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_("sousse")  # a word of the name: the popup offers the one it fits
    assert QApplication.activePopupWidget() is not None
    press(Qt.Key.Key_Return)  # one Enter takes what the popup offers and saves it
    assert QApplication.activePopupWidget() is None
    assert timeline.state() != timeline.State.EditingState
    assert focused() is view.capture
    with store.session() as session:
        said = session.scalars(select(Intervention).order_by(Intervention.position)).first()
        assert said is not None and said.participant_id == twin_id
    qtbot.waitUntil(
        lambda: timeline.model().index(0, 1).data() == "Sami Gharbi (Municipalité de Sousse)"
    )
    window.ops.undo_stack.undo()
    assert timeline.model().index(0, 1).data().startswith("⚠")

    # The person the second line signed in goes with the line when it is deleted.
    def signed_in() -> list[str]:
        from ogpdesk.core.attendance import attendance_list

        with store.session() as session:
            return [r.full_name for r in attendance_list(session, view.meeting_id)]

    assert "Nadia Khelifi" in signed_in()
    focus(timeline)
    timeline.setCurrentIndex(timeline.model().index(1, 2))
    press(Qt.Key.Key_Delete)
    assert "Nadia Khelifi" not in signed_in()
    assert len(signed_in()) == 5


def test_a_whole_meeting_typed_on_the_keyboard_lands_every_character_where_it_belongs(
    qtbot, store: Store, ops: Operations, tmp_path
) -> None:
    """Sign-in, the queue, the debate, a merge, the export and closing, keys only."""
    from ogpdesk.core.attendance import attendance_list
    from ogpdesk.core.models import MeetingStatus
    from ogpdesk.ui import settings

    with store.transaction() as session:
        meeting = create_meeting(session, title="Kairouan", date=dt.date(2016, 3, 22))
        session.add_all(
            [
                Participant(full_name="Sami Gharbi", organisation="ISET Kairouan"),
                Participant(full_name="فاطمة الزهراء بن علي"),
                Participant(full_name="Hédi Ben Ammar (sample)"),
            ]
        )
        meeting_id = meeting.id
    out = tmp_path / "documents"
    out.mkdir()
    settings.EXPORT_FOLDER.set(str(out))
    window = MainWindow(ops)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    view = window.open_meeting(meeting_id)
    line = view.capture
    assert line.hasFocus()

    def close_popup() -> None:
        if QApplication.activePopupWidget() is not None:
            press(Qt.Key.Key_Escape)

    # Sign-in: Alt+1, a name, Enter (the first match), another; Escape, back to the line.
    press(Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    for name in ("sami", "فاطمة"):
        type_(name)
        press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Escape)
    assert line.hasFocus()

    # Hands go up: Ctrl+H, two names, an empty Enter gives the floor to the first.
    press(Qt.Key.Key_H, CTRL)
    for name in ("Sami", "فاطمة"):
        type_(name)
        close_popup()
        press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    assert line.hasFocus() and line.text() == "Sami Gharbi: "

    # The debate.
    type_("Il faut un observatoire urbain.")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_R, CTRL)
    type_("Créer un observatoire urbain")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)  # next speaker
    assert line.text() == "فاطمة الزهراء بن علي: "
    type_("نقترح مرصدا حضريا مفتوحا")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_R, CTRL)
    type_("إحداث مرصد حضري مفتوح")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_X, CTRL | Qt.KeyboardModifier.ShiftModifier)  # end of the turn
    press(Qt.Key.Key_Escape)  # the line's own speaker goes too
    type_("Hédi Ben Ammar: Je soutiens les deux.")
    close_popup()
    press(Qt.Key.Key_Return)

    # The two recommendations are one: Alt+3, Tab to the board, select both, Ctrl+M.
    board = view.panel("RecommendationsBoard")
    assert board is not None
    press(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    for _ in range(12):
        if focused() is board.view:  # type: ignore[attr-defined]
            break
        press(Qt.Key.Key_Tab)
    assert focused() is board.view  # type: ignore[attr-defined]
    press(Qt.Key.Key_Home, CTRL)
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_M, CTRL)
    press(Qt.Key.Key_Escape)
    assert line.hasFocus()

    # Export: Ctrl+E, Enter.
    press(Qt.Key.Key_E, CTRL)
    dialog = window.export_dialog
    assert dialog is not None
    opened: list[object] = []
    dialog.opener = opened.append
    focus(dialog.export_button)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)

    # Close the meeting from its menu: Alt+M, C; Enter answers the question with its default.
    focus(line)
    press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    press(Qt.Key.Key_C)
    press(Qt.Key.Key_Return)
    assert focused() is line

    with store.session() as session:
        said = session.scalars(
            select(Intervention).where(live(Intervention)).order_by(Intervention.position)
        ).all()
        assert [(i.speaker_name, i.summary) for i in said] == [
            ("Sami Gharbi", "Il faut un observatoire urbain."),
            ("فاطمة الزهراء بن علي", "نقترح مرصدا حضريا مفتوحا"),
            ("Hédi Ben Ammar (sample)", "Je soutiens les deux."),
        ]
        recommendations = session.scalars(
            select(Recommendation).order_by(Recommendation.number)
        ).all()
        assert [(r.text, r.status) for r in recommendations] == [
            ("Créer un observatoire urbain", Status.PROPOSED),
            ("إحداث مرصد حضري مفتوح", Status.MERGED),
        ]
        assert sorted(s.summary for s in recommendations[0].sources) == [
            "Il faut un observatoire urbain.",
            "نقترح مرصدا حضريا مفتوحا",
        ]
        present = sorted(r.full_name for r in attendance_list(session, meeting_id))
        assert present == ["Hédi Ben Ammar (sample)", "Sami Gharbi", "فاطمة الزهراء بن علي"]
        assert session.scalar(select(func.count()).select_from(Participant)) == 3
        assert session.get_one(Meeting, meeting_id).status is MeetingStatus.CLOSED
    assert [p.name for p in out.iterdir()] == [f"{opened[0]}".rsplit("/", 1)[-1]]
    # Nothing typed stayed behind in a field.
    speakers = view.panel("SpeakersPanel")
    sign_in_panel = view.panel("AttendancePanel")
    assert speakers is not None and sign_in_panel is not None
    assert speakers.hand.text() == "" and sign_in_panel.search.text() == ""  # type: ignore[attr-defined]
    assert line.text() == ""


def test_an_approved_meeting_opens_no_editor_and_the_first_start_shows_a_way_in(
    qtbot, ops: Operations, store: Store, window: MainWindow, tmp_path
) -> None:
    from ogpdesk.core.meetings import set_status
    from ogpdesk.core.models import MeetingStatus
    from ogpdesk.ui.home import HomeView

    view = _view(window)
    type_("Sami Gharbi: Une question")
    if QApplication.activePopupWidget() is not None:
        press(Qt.Key.Key_Escape)
    press(Qt.Key.Key_Return)
    assert view.close_meeting()
    with store.transaction() as session:
        set_status(session, session.get_one(Meeting, view.meeting_id), MeetingStatus.APPROVED)
    view.timeline.reload()
    index = view.timeline.model().index(0, 2)
    assert not view.timeline.model().flags(index) & Qt.ItemFlag.ItemIsEditable
    focus(view.timeline)
    view.timeline.setCurrentIndex(index)
    press(Qt.Key.Key_F2)
    assert view.timeline.state() != view.timeline.State.EditingState
    assert ops.errors.open_dialogs() == []

    # A fresh store: the home view says how to begin, where it would show an empty table.
    from ogpdesk.core.store import open_store

    fresh = open_store(tmp_path / "fresh.sqlite3")
    try:
        home = HomeView(Operations(fresh))
        qtbot.addWidget(home)
        home.show()
        assert home.empty_hint.isVisible()
        assert "Ctrl+N" in home.empty_hint.text()
        assert window.home.empty_hint.isHidden()
    finally:
        fresh.close()
