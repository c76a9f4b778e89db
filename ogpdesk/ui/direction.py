"""Cells of a table in their own text's direction.

A table in an Arabic window lays every cell out right to left. A French text there is cut at
its logical end — its right side — while the "…" goes to the left, where the eye looks for
the end of a right-to-left line: "…The experiences of Sousse and Sfax in develop". Each cell
is laid out in the direction of its text instead (the first strong letter decides, as for a
paragraph), still aligned on the table's leading side, so that it reads "The experiences of
Sousse and Sfax in develop…", and an Arabic text in a French table is cut on its left.

The rules are those of the documents, from ``core.direction`` and ``core.typography``: a
text's direction is its first strong letter's (outside isolates), ``shown`` isolates the runs
of the other direction and sets the punctuation of the interface's language, and ``numbered``
keeps a number on the window's side whatever the language of what it numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ogpdesk.core import direction as bidi
from ogpdesk.core.typography import typeset

# How far into a text to look for its first letter with a direction.
_LOOK = 80
_QT = {"ltr": Qt.LayoutDirection.LeftToRight, "rtl": Qt.LayoutDirection.RightToLeft}


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text``'s first strong character; None for digits and signs only."""
    found = bidi.direction(text[:_LOOK])
    return None if found is None else _QT[found]


def _side(layout: Qt.LayoutDirection | None) -> bidi.Direction:
    if layout is None:
        layout = QCoreApplication.instance().layoutDirection()  # type: ignore[union-attr]
    return "rtl" if layout == Qt.LayoutDirection.RightToLeft else "ltr"


def _lang(side: bidi.Direction) -> str:
    # The window's punctuation: Arabic in a right-to-left window, French spacing otherwise
    # only matters for French, which ``typeset`` recognises by the words themselves.
    return "ar" if side == "rtl" else "fr"


def shown(text: str, layout: Qt.LayoutDirection | None = None) -> str:
    """``text`` for a label laid out in ``layout`` (the application's by default): runs of
    the other direction, dates, numbers and addresses isolated, punctuation typeset."""
    side = _side(layout)
    return bidi.isolated(typeset(text, _lang(side)), side)


def numbered(number: int | str, text: str, layout: Qt.LayoutDirection | None = None) -> str:
    """ "3. The experiences of Sousse" with its number on the window's side, the text isolated
    in its own direction (the agenda, the projector's list)."""
    side = _side(layout)
    _, runs = bidi.paragraph([(f"{number}.", False), (f" {text}", False)], side, labelled=True)
    return "".join(run for run, _ in runs)


class TextDirectionDelegate(QStyledItemDelegate):
    """Lays each cell out in its text's direction, aligned on the view's leading side."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(option.text)
        own = direction or option.direction
        # Within the cell, runs of the other direction (a French name, a date) are isolated.
        side = "rtl" if own == Qt.LayoutDirection.RightToLeft else "ltr"
        option.text = bidi.isolated(option.text, side)
        if direction is None or direction == option.direction:
            return
        leading = (
            Qt.AlignmentFlag.AlignRight
            if option.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        vertical = option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask
        option.displayAlignment = leading | Qt.AlignmentFlag.AlignAbsolute | vertical
        option.direction = direction
