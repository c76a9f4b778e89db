"""Table cells laid out in their own text's direction, on the table's leading side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from ogpdesk.ui.direction import TextDirectionDelegate, text_direction

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def test_the_first_letter_with_a_direction_decides() -> None:
    assert text_direction("Sample Citoyen (جمعية M'Saken 2050)") is LTR
    assert text_direction("« ٣ — اعتماد مقاربة تشاركية (KTC Sfax)") is RTL
    assert text_direction("\u2067توصية\u2069 1") is RTL
    assert text_direction("2016-03-22 — 10:30") is None


def test_a_french_text_in_an_arabic_table_is_cut_at_its_end(qtbot) -> None:
    model = QStandardItemModel()
    model.appendRow(
        [
            QStandardItem("The experiences of Sousse and Sfax"),
            QStandardItem("اعتماد مقاربة تشاركية"),
        ]
    )
    table = QTableView()
    qtbot.addWidget(table)
    table.setLayoutDirection(RTL)
    table.setModel(model)
    delegate = TextDirectionDelegate(table)
    table.setItemDelegate(delegate)

    def laid_out(column: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        option.initFrom(table)
        delegate.initStyleOption(option, model.index(0, column))
        return option

    french, arabic = laid_out(0), laid_out(1)
    assert french.direction is LTR  # the "…" goes after its last word, on the right
    # Still on the Arabic table's leading side, whatever the text's direction.
    assert french.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert french.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
    assert arabic.direction is RTL
