"""What the panels' table models share: a list of rows under a row of translated headers.

Each panel's model adds what its cells show and how they are edited (``data``, ``flags``,
``setData``); counting rows and columns and naming the columns is the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ROOT = QModelIndex()


class RowsModel(QAbstractTableModel):
    def __init__(
        self, headers: Sequence[str], translate: Callable[[str], str], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.headers = headers
        self.translate = translate
        self.rows: list[Any] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.translate(self.headers[section])
        return None
