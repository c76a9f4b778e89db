"""Table cells laid out in their own text's direction, on the table's leading side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from ogpdesk.core.direction import LRI, PDI, RLI
from ogpdesk.ui.direction import TextDirectionDelegate, numbered, shown, text_direction

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def test_the_first_letter_with_a_direction_decides() -> None:
    assert text_direction("Sample Citoyen (جمعية M'Saken 2050)") is LTR
    assert text_direction("« ٣ — اعتماد مقاربة تشاركية (KTC Sfax)") is RTL
    # Letters inside an isolate do not count (UAX #9, rule P2).
    assert text_direction("\u2066Kairouan\u2069 مدينة") is RTL
    assert text_direction("\u2067توصية\u2069 1") is None
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


def test_a_label_shows_runs_of_the_other_direction_isolated() -> None:
    assert shown("الهاتف +216 98 765 432", RTL) == f"الهاتف {LRI}+216 98 765 432{PDI}"
    assert shown("Réunion à القيروان", LTR) == f"Réunion à {RLI}القيروان{PDI}"
    assert shown("(جمعية المواطنة) :", RTL) == "(جمعية المواطنة):"


def test_a_number_stays_on_the_windows_side() -> None:
    assert (
        numbered(2, "The experiences of Sousse", RTL) == f"2. {LRI}The experiences of Sousse{PDI}"
    )
    assert numbered(2, "النقاش العام", LTR) == f"2. {RLI}النقاش العام{PDI}"
