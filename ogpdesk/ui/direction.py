"""Cells of a table in their own text's direction.

A table in an Arabic window lays every cell out right to left. A French text there is cut at
its logical end — its right side — while the "…" goes to the left, where the eye looks for
the end of a right-to-left line: "…The experiences of Sousse and Sfax in develop". Each cell
is laid out in the direction of its text instead (the first strong letter decides, as for a
paragraph), still aligned on the table's leading side, so that it reads "The experiences of
Sousse and Sfax in develop…", and an Arabic text in a French table is cut on its left.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

_LEFT_TO_RIGHT = {"L"}
_RIGHT_TO_LEFT = {"R", "AL"}
# How far into a text to look for its first letter with a direction.
_LOOK = 80


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text``'s first strong character; None for digits and signs only."""
    for char in text[:_LOOK]:
        kind = unicodedata.bidirectional(char)
        if kind in _LEFT_TO_RIGHT:
            return Qt.LayoutDirection.LeftToRight
        if kind in _RIGHT_TO_LEFT:
            return Qt.LayoutDirection.RightToLeft
    return None


class TextDirectionDelegate(QStyledItemDelegate):
    """Lays each cell out in its text's direction, aligned on the view's leading side."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(option.text)  # type: ignore[attr-defined]
        if direction is None or direction == option.direction:  # type: ignore[attr-defined]
            return
        leading = (
            Qt.AlignmentFlag.AlignRight
            if option.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
            else Qt.AlignmentFlag.AlignLeft
        )
        vertical = option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask  # type: ignore[attr-defined]
        option.displayAlignment = leading | Qt.AlignmentFlag.AlignAbsolute | vertical  # type: ignore[attr-defined]
        option.direction = direction  # type: ignore[attr-defined]
