"""A small read-only table model over rows of display text, each row with a key and a tone.

For the treasury's short tables (stores, periods, proposals, audit entries: tens to thousands of
rows). The tone ("bad", "warn", "good", "muted" or None) colours a row, e.g. a reconciliation
difference beyond the tolerance; `Qt.UserRole` returns the row's key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ui.shared.theme import LIGHT, Colors

Index = QModelIndex | QPersistentModelIndex
KEY = Qt.ItemDataRole.UserRole
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Row:
    key: Any
    cells: tuple[str, ...]
    tone: str | None = None
    tip: str = ""


class RowsModel(QAbstractTableModel):
    def __init__(
        self,
        headers: Sequence[str],
        numeric: Sequence[int] = (),
        parent: Any = None,
        *,
        context: str = "",
    ) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)
        # Headers are English marked with QT_TRANSLATE_NOOP(context, ...), translated when asked.
        self.context = context
        self.numeric = frozenset(numeric)
        self.colors: Colors = LIGHT
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        if self._rows:
            top, bottom = self.index(0, 0), self.index(len(self._rows) - 1, len(self.headers) - 1)
            self.dataChanged.emit(top, bottom)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def keys(self) -> list[Any]:
        return [r.key for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            header = self.headers[section]
            return QCoreApplication.translate(self.context, header) if self.context else header
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.numeric:
            return ALIGN_RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == KEY:
            return row.key
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and row.tip:
            return row.tip
        if row.tone and role == Qt.ItemDataRole.ForegroundRole:
            tone = {"bad": self.colors.bad, "warn": self.colors.warn, "good": self.colors.good}
            return QColor(tone.get(row.tone, self.colors.muted))
        if row.tone == "bad" and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(self.colors.banner_error)
        return None
