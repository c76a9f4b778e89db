"""The recommendations board, driven by keyboard and dialogs; the store is checked after."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from sqlalchemy import select

from ogpdesk.core import capture
from ogpdesk.core.meetings import create_meeting, create_process
from ogpdesk.core.models import (
    Intervention,
    Meeting,
    ProcessKind,
    Recommendation,
    RecommendationStatus,
)
from ogpdesk.core.store import Store
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.recommendations import (
    ARABIC,
    ENGLISH,
    FRENCH,
    LANG,
    MIME,
    MISSING_BACKGROUND,
    NUMBER,
    PRIORITY,
    SOURCES,
    STATUS,
    TEXT,
    TEXT_WIDTH,
    THEME,
    RecommendationsBoard,
    SourcePicker,
    SplitDialog,
)

KAIROUAN = [
    "the need to disseminate this experience for small municipalities in the region",
    "to adopt a participative approach between the municipality, the administrations "
    "and the civil society",
    "accelerate the introduction of the law of partnership between the public and private "
    "sectors (3P)",
    "to accelerate the identification of sector working groups",
    "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني",
]


@dataclass
class Setup:
    meeting_id: str
    rec_ids: list[str]
    intervention_ids: list[str]


@pytest.fixture
def setup(store: Store) -> Setup:
    with store.transaction() as session:
        process = create_process(
            session, title="Planification stratégique 2016", kind=ProcessKind.STRATEGIC_PLANNING
        )
        meeting = create_meeting(
            session,
            title="Session de sensibilisation — Kairouan",
            date=dt.date(2016, 3, 22),
            city="Kairouan",
            process=process,
        )
        said = [
            capture.add_intervention(session, meeting, text, speaker_name=name).of(Intervention)[0]
            for name, text in [
                ("Sample — Mohamed Ben Salah", "Small municipalities need this experience."),
                ("عينة — سنية الطرابلسي", "المجتمع المدني يجب أن يشارك من البداية"),
                ("Sample — Expert KTC Sfax", "La loi 3P doit être accélérée."),
            ]
        ]
        rows = [
            capture.add_recommendation(session, meeting, text, sources=[said[i]])
            for i, text in zip([0, 1, 2, 2, 1], KAIROUAN, strict=True)
        ]
        msaken = create_meeting(
            session,
            title="Session — M'saken",
            date=dt.date(2016, 3, 26),
            city="M'saken",
            process=process,
        )
        capture.add_recommendation(session, msaken, "Soutenir l'association M'Saken 2050")
        return Setup(meeting.id, [r.id for r in rows], [i.id for i in said])


@pytest.fixture
def board(qtbot, store: Store, setup: Setup) -> RecommendationsBoard:
    ops = Operations(store)
    widget = RecommendationsBoard(ops, setup.meeting_id)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _stored(store: Store, rec_id: str) -> Recommendation:
    with store.session() as session:
        row = session.get(Recommendation, rec_id)
        assert row is not None
        _ = row.sources
        return row


def _sources(store: Store, rec_id: str) -> set[str]:
    with store.session() as session:
        row = session.get(Recommendation, rec_id)
        assert row is not None
        return {s.id for s in row.sources}


def _order(store: Store, meeting_id: str) -> list[str]:
    with store.session() as session:
        return list(
            session.scalars(
                select(Recommendation.text)
                .where(
                    Recommendation.meeting_id == meeting_id,
                    Recommendation.deleted.is_(False),
                    Recommendation.status != RecommendationStatus.MERGED,
                )
                .order_by(Recommendation.number)
            )
        )


def type_text(widget: QWidget, text: str) -> None:
    """Type as an Arabic keyboard does: QTest.keyClicks only knows ASCII keys."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _edited(board: RecommendationsBoard, steps: int = 1) -> bool:
    """The delegate commits an edit from the event loop, not within the key press."""
    return board.ops.undo_stack.count() == steps


def _select_rows(board: RecommendationsBoard, rows: list[int]) -> None:
    selection = board.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            board.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    selection.setCurrentIndex(
        board.model.index(rows[0], 1), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_the_board_lists_the_meeting_in_order(board: RecommendationsBoard) -> None:
    assert [r.text for r in board.rows()] == KAIROUAN
    assert board.model.index(4, NUMBER).data() == "5"
    assert "عينة — سنية الطرابلسي" in board.model.index(4, SOURCES).data()


def test_the_board_shows_missing_versions_and_takes_one_typed_beside_the_original(
    qtbot, board: RecommendationsBoard, store: Store, setup: Setup
) -> None:
    # The seed's sentences are English: detected so when captured.
    assert board.model.index(0, LANG).data() == "English"
    assert board.model.index(0, ENGLISH).data() == "(original)"
    assert not board.model.flags(board.model.index(0, ENGLISH)) & Qt.ItemFlag.ItemIsEditable
    french = board.model.index(0, FRENCH)
    assert french.data() == ""
    assert french.data(Qt.ItemDataRole.BackgroundRole).color() == MISSING_BACKGROUND
    assert french.data(Qt.ItemDataRole.ToolTipRole) == (
        "No French version yet: type it here to add it."
    )
    board.view.setCurrentIndex(french)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    editor = board.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    text = "La nécessité de diffuser cette expérience auprès des petites communes de la région"
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(store, setup.rec_ids[0]).text_fr == text)
    assert board.model.index(0, FRENCH).data() == text
    assert board.model.index(0, FRENCH).data(Qt.ItemDataRole.BackgroundRole) is None
    assert board.model.index(0, ARABIC).data(Qt.ItemDataRole.BackgroundRole) is not None
    board.ops.undo_stack.undo()
    assert _stored(store, setup.rec_ids[0]).text_fr is None
    # The original's language, when detection got it wrong, is one choice away.
    assert board.model.setData(board.model.index(0, LANG), "fr", Qt.ItemDataRole.EditRole)
    assert _stored(store, setup.rec_ids[0]).lang == "fr"
    assert board.model.index(0, FRENCH).data() == "(original)"


def test_merge_two_then_undo_and_redo(
    qtbot, board: RecommendationsBoard, store: Store, setup: Setup
) -> None:
    keep, dup = setup.rec_ids[1], setup.rec_ids[4]
    with store.transaction() as session:
        capture_row = session.get(Recommendation, dup)
        assert capture_row is not None
        capture_row.sources.append(session.get(Intervention, setup.intervention_ids[0]))
    board.reload()
    _select_rows(board, [1, 4])
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)

    stack = board.ops.undo_stack
    assert stack.undoText() == "Merge recommendations 2 and 5"
    assert _sources(store, keep) == {setup.intervention_ids[0], setup.intervention_ids[1]}
    merged = _stored(store, dup)
    assert (merged.status, merged.merged_into_id, merged.text) == (
        RecommendationStatus.MERGED,
        keep,
        KAIROUAN[4],
    )
    assert [r.text for r in board.rows()] == KAIROUAN[:4]

    stack.undo()
    assert _sources(store, keep) == {setup.intervention_ids[1]}
    assert _stored(store, dup).status is RecommendationStatus.PROPOSED
    assert _stored(store, dup).merged_into_id is None
    assert _sources(store, dup) == {setup.intervention_ids[0], setup.intervention_ids[1]}
    assert [r.text for r in board.rows()] == KAIROUAN

    stack.redo()
    assert _sources(store, keep) == {setup.intervention_ids[0], setup.intervention_ids[1]}
    assert _stored(store, dup).status is RecommendationStatus.MERGED
    board.show_merged.setChecked(True)
    assert board.model.index(4, STATUS).data() == "Merged into no. 2"


def test_edit_theme_in_place_and_adopt(
    qtbot, board: RecommendationsBoard, store: Store, setup: Setup
) -> None:
    index = board.model.index(0, THEME)
    board.view.setCurrentIndex(index)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    editor = board.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("Décentralisation — اللامركزية")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not board.view.isPersistentEditorOpen(index) and _edited(board))
    assert _stored(store, setup.rec_ids[0]).theme == "Décentralisation — اللامركزية"

    adopted: list[str] = []
    board.adopted.connect(lambda row: adopted.append(row.text))
    board.view.setCurrentIndex(board.model.index(0, STATUS))
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    combo = board.view.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("adopted"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _edited(board, 2))
    assert _stored(store, setup.rec_ids[0]).status is RecommendationStatus.ADOPTED
    assert adopted == [KAIROUAN[0]]
    assert board.ops.undo_stack.undoText() == "Status of recommendation 1"

    board.ops.undo_stack.undo()
    assert _stored(store, setup.rec_ids[0]).status is RecommendationStatus.PROPOSED
    board.ops.undo_stack.undo()
    assert _stored(store, setup.rec_ids[0]).theme is None


def test_priority_combo_and_adopt_shortcut(
    qtbot, board: RecommendationsBoard, store: Store, setup: Setup
) -> None:
    board.view.setCurrentIndex(board.model.index(2, PRIORITY))
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    combo = board.view.focusWidget()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "High", "Medium", "Low"]
    combo.setCurrentIndex(combo.findData("high"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _edited(board))
    assert _stored(store, setup.rec_ids[2]).priority == "high"

    _select_rows(board, [2, 3])
    board.view.setFocus()
    qtbot.keyClick(
        board.view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _stored(store, setup.rec_ids[3]).status is RecommendationStatus.ADOPTED
    assert board.ops.undo_stack.undoText() == "Adopt recommendations"
    board.ops.undo_stack.undo()
    statuses = {_stored(store, i).status for i in setup.rec_ids[2:4]}
    assert statuses == {RecommendationStatus.PROPOSED}


def test_reorder_by_keyboard_and_by_drop(
    qtbot, board: RecommendationsBoard, store: Store, setup: Setup
) -> None:
    board.view.setCurrentIndex(board.model.index(3, 1))
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(board.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    order = [KAIROUAN[0], KAIROUAN[3], KAIROUAN[1], KAIROUAN[2], KAIROUAN[4]]
    assert _order(store, setup.meeting_id) == order
    assert board.current_id() == setup.rec_ids[3]
    assert [r.number for r in board.rows()] == [1, 2, 3, 4, 5]

    # A drag of the last one onto the top, as the view's drop would deliver it.
    mime = board.model.mimeData([board.model.index(4, 1)])
    assert mime.hasFormat(MIME)
    board.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, board.model.index(-1, -1))
    assert _order(store, setup.meeting_id) == [KAIROUAN[4], *order[:4]]

    board.ops.undo_stack.undo()
    board.ops.undo_stack.undo()
    assert _order(store, setup.meeting_id) == [
        KAIROUAN[0],
        KAIROUAN[1],
        KAIROUAN[3],
        *[
            KAIROUAN[2],
            KAIROUAN[4],
        ],
    ]
    board.ops.undo_stack.undo()
    assert _order(store, setup.meeting_id) == KAIROUAN


def test_split_through_the_dialog_then_undo(
    qtbot, board: RecommendationsBoard, store: Store, setup: Setup
) -> None:
    board.view.setCurrentIndex(board.model.index(2, 1))
    board.view.setFocus()
    qtbot.keyClick(
        board.view,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = board.split_dialog
    assert isinstance(dialog, SplitDialog)
    assert dialog.first.toPlainText() == KAIROUAN[2]
    dialog.first.setPlainText("accelerate the law of partnership (3P)")
    dialog.second.setPlainText("تعزيز الشراكة بين القطاعين العام والخاص لتنمية المدينة")
    dialog.accept()

    split_order = [
        KAIROUAN[0],
        KAIROUAN[1],
        "accelerate the law of partnership (3P)",
        "تعزيز الشراكة بين القطاعين العام والخاص لتنمية المدينة",
        KAIROUAN[3],
        KAIROUAN[4],
    ]
    assert _order(store, setup.meeting_id) == split_order
    assert [r.number for r in board.rows()] == [1, 2, 3, 4, 5, 6]
    assert board.ops.undo_stack.undoText() == "Split recommendation 3"
    board.ops.undo_stack.undo()
    assert _order(store, setup.meeting_id) == KAIROUAN
    board.ops.undo_stack.redo()
    assert _order(store, setup.meeting_id) == split_order


def test_link_a_source_by_typing_in_arabic(
    qtbot, board: RecommendationsBoard, store: Store, setup: Setup
) -> None:
    board.view.setCurrentIndex(board.model.index(0, 1))
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    picker = board.source_picker
    assert isinstance(picker, SourcePicker)
    assert picker.list.count() == 2  # the one already linked is not offered
    type_text(picker.filter, "المجتمع")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert _sources(store, setup.rec_ids[0]) == {
        setup.intervention_ids[0],
        setup.intervention_ids[1],
    }
    assert board.sources.count() == 2

    board.sources.setCurrentRow(0)
    board.sources.setFocus()
    qtbot.keyClick(
        board.sources,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _sources(store, setup.rec_ids[0]) == {setup.intervention_ids[1]}
    board.ops.undo_stack.undo()
    board.ops.undo_stack.undo()
    assert _sources(store, setup.rec_ids[0]) == {setup.intervention_ids[0]}


def test_whole_process_shows_every_meeting(
    board: RecommendationsBoard, store: Store, setup: Setup
) -> None:
    board.whole_process.setChecked(True)
    texts = [r.text for r in board.rows()]
    assert texts == [*KAIROUAN, "Soutenir l'association M'Saken 2050"]
    assert not board.view.isColumnHidden(8)
    board.whole_process.setChecked(False)
    assert len(board.rows()) == 5


def test_changes_made_elsewhere_appear(
    board: RecommendationsBoard, store: Store, setup: Setup
) -> None:
    def add(session):
        meeting = session.get(Meeting, setup.meeting_id)
        return capture.add_recommendation(session, meeting, "Coordination avec MedCities")

    from ogpdesk.core.changes import Changes

    board.ops.run(lambda s: (add(s), Changes(recommendations=True))[1])
    assert board.rows()[-1].text == "Coordination avec MedCities"
    assert board.rows()[-1].number == 6


def test_on_a_laptop_the_text_column_fills_the_board_beside_number_and_language(
    board: RecommendationsBoard,
) -> None:
    board.resize(440, 500)  # the board's share of a 1280×800 window
    QApplication.processEvents()
    view = board.view
    beside = view.columnWidth(NUMBER) + view.columnWidth(LANG)
    # Stretched among eleven columns it got a word a line; now what is left of the view.
    assert view.columnWidth(TEXT) == max(TEXT_WIDTH, view.viewport().width() - beside)
    board.resize(1000, 500)
    QApplication.processEvents()
    assert view.columnWidth(TEXT) == view.viewport().width() - beside


def test_a_long_translation_in_a_narrow_column_does_not_make_its_row_taller(
    board: RecommendationsBoard, store: Store, setup: Setup
) -> None:
    with store.transaction() as session:
        session.get_one(Recommendation, setup.rec_ids[0]).text_fr = " ".join(
            ["Diffuser cette expérience auprès des petites communes de la région"] * 4
        )
    board.reload()
    QApplication.processEvents()
    view = board.view
    first = board.model.index(0, FRENCH)
    # One line in its column, cut, and whole in its tool-tip; the row fits its text.
    assert first.data(Qt.ItemDataRole.ToolTipRole).startswith("Diffuser cette expérience")
    assert view.rowHeight(0) < 3 * view.fontMetrics().lineSpacing() + 12
