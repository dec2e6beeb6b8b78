"""The keyed table model over rows of display text, each row with a key and a tone.

For the treasury's and the market's short tables (stores, periods, proposals, audit entries,
trades, orders: tens to thousands of rows). The tone ("bad", "warn", "good", "muted" or None)
colours a row, e.g. a reconciliation difference beyond the tolerance; `KEY_ROLE` returns the
row's key, and a refresh (`set_items`) keeps the selected row on its key.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from ui.shared.keyed_model import Column, KeyedTableModel


@dataclass(frozen=True)
class Row:
    key: Hashable
    cells: tuple[str, ...]
    tone: str | None = None
    tip: str = ""


def _text(number: int) -> Callable[[Row], str]:
    return lambda row: row.cells[number]


class RowsModel(KeyedTableModel[Row]):
    def __init__(
        self,
        headers: Sequence[str],
        numeric: Sequence[int] = (),
        parent: QObject | None = None,
        *,
        context: str = "",
    ) -> None:
        """`headers`: English marked with QT_TRANSLATE_NOOP(context, ...), translated when drawn."""
        columns = [
            Column[Row](title, _text(n), numeric=n in numeric) for n, title in enumerate(headers)
        ]
        super().__init__(columns, lambda row: row.key, context=context, parent=parent)

    def cell(self, item: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and item.tip:
            return item.tip
        if item.tone and role == Qt.ItemDataRole.ForegroundRole:
            tone = {"bad": self.colors.bad, "warn": self.colors.warn, "good": self.colors.good}
            return QColor(tone.get(item.tone, self.colors.muted))
        if item.tone == "bad" and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(self.colors.banner_error)
        return None
