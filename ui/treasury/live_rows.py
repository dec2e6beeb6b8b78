"""A RowsModel that takes a fresh list of rows in place: changed rows are updated, new ones
inserted and gone ones removed, each announced as such, so a view keeps its selection and its
scroll position while the queue refreshes by itself (a model reset would lose both)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex

from ui.shared.rows_model import Row, RowsModel


class LiveRowsModel(RowsModel):
    def update_rows(self, rows: Sequence[Row]) -> None:
        target = list(rows)
        keys = [r.key for r in target]
        if len(set(keys)) != len(keys):
            self.set_rows(target)
            return
        wanted = set(keys)
        for number in reversed(range(len(self._rows))):
            if self._rows[number].key not in wanted:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
        present = {r.key for r in self._rows}
        for number, row in enumerate(target):
            if row.key in present:
                continue
            self.beginInsertRows(QModelIndex(), number, number)
            self._rows.insert(number, row)
            self.endInsertRows()
        if [r.key for r in self._rows] != keys:  # the order changed: nothing to keep
            self.set_rows(target)
            return
        last = len(self.headers) - 1
        for number, row in enumerate(target):
            if self._rows[number] != row:
                self._rows[number] = row
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))
