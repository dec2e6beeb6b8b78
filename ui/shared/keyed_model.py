"""The one table model behind every table: rows are items with a key, columns say how an item
reads.

- `set_items(items)` takes a fresh list in place. Rows whose key stays keep their place in the
  user's sort, changed rows are redrawn, new rows are inserted and gone rows removed, each
  announced as such, so a view keeps its selection and scroll position across a live refresh (a
  model reset would lose both). Items whose keys repeat are shown as given, by a reset.
- `sort(column, order)` sorts once in Python on each column's raw value (milliseconds at 15,000
  rows, where a QSortFilterProxyModel makes n·log n `data()` calls); a row without a value (raw
  None) goes last either way, and ties keep the order the items were given in.
- Roles: DisplayRole the column's text, `KEY_ROLE` the row's key, `SORT_ROLE` the raw value,
  right alignment for numeric columns. Titles are English marked with
  QT_TRANSLATE_NOOP(context, ...) and translated when drawn. Anything else a model draws
  (colours, tooltips, icons) it adds in `cell()`; a model that names those roles in
  `CELL_ROLES` answers every other role at once (a view asks seven roles of each visible cell
  on every repaint).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.shared.theme import LIGHT, Colors

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FIRST_FREE_ROLE = Qt.ItemDataRole.UserRole + 2  # where a model's own roles start
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # English, marked for translation in the model's context
    text: Callable[[T], str]
    raw: Callable[[T], Any] | None = None  # what the column sorts by (None: its text)
    numeric: bool = False
    tip: str = ""  # the header's tooltip, English, marked like the title

    def sort_value(self, item: T) -> Any:
        return (self.raw or self.text)(item)


_OWN_ROLES = frozenset({DISPLAY, KEY_ROLE, SORT_ROLE, Qt.ItemDataRole.TextAlignmentRole})


class KeyedTableModel(QAbstractTableModel, Generic[T]):
    CELL_ROLES: frozenset[int] | None = None  # the roles `cell()` answers (None: any role)

    def __init__(
        self,
        columns: Sequence[Column[T]],
        key: Callable[[T], Hashable],
        *,
        context: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.context = context
        self.colors: Colors = LIGHT
        self._key = key
        self._items: list[T] = []
        self._rows: dict[Hashable, int] = {}  # key -> row
        self._given: dict[Hashable, int] = {}  # key -> place in the list last given
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- reading ---------------------------------------------------------------------------
    def item(self, row: int) -> T:
        return self._items[row]

    def items(self) -> list[T]:
        return list(self._items)

    def keys(self) -> list[Hashable]:
        return [self._key(item) for item in self._items]

    def key_of(self, row: int) -> Hashable:
        return self._key(self._items[row])

    def row_of(self, key: Hashable) -> int | None:
        return self._rows.get(key)

    # --- data in ---------------------------------------------------------------------------
    def set_items(self, items: Iterable[T]) -> None:
        fresh = list(items)
        keys = list(map(self._key, fresh))
        self._given = dict(zip(keys, range(len(keys)), strict=True))
        if len(self._given) != len(keys):  # repeated keys: nothing to follow a row by
            self._given = {}
            self._reset(fresh)
            return
        if self._sort is not None:
            fresh = self.sorted_items(fresh, *self._sort)
            keys = list(map(self._key, fresh))
        shown_once = len(self._rows) == len(self._items)  # no key repeated in what is shown
        if not shown_once or not self._items or self._rows.keys().isdisjoint(self._given):
            self._reset(fresh)
            return
        if self._rows.keys() == self._given.keys():
            # The same rows with new figures (a live refresh): one move, one redraw, where
            # comparing every item would cost more than the redraw saves.
            self.reorder([self._items[self._rows[key]] for key in keys])
            self._items = fresh
            self.refresh()
            return
        self._remove_gone()
        kept = [self._items[self._rows[key]] for key in keys if key in self._rows]
        self.reorder(kept)
        self._insert_new(fresh)
        self._replace_changed(fresh)

    def clear(self) -> None:
        self.set_items(())

    def refresh(self, column: int | None = None) -> None:
        """Redraw every row (of one column): what a cell shows changed outside the items."""
        if not self._items:
            return
        first = 0 if column is None else column
        last = len(self.columns) - 1 if column is None else column
        self.dataChanged.emit(self.index(0, first), self.index(len(self._items) - 1, last))

    def refresh_row(self, row: int, column: int | None = None) -> None:
        first = 0 if column is None else column
        last = len(self.columns) - 1 if column is None else column
        self.dataChanged.emit(self.index(row, first), self.index(row, last))

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.refresh()

    # --- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == DISPLAY:
            return self.tr_(column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return self.tr_(column.tip)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return ALIGN_RIGHT
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        cell_roles = self.CELL_ROLES
        if cell_roles is not None and role not in cell_roles and role not in _OWN_ROLES:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, number = self._items[index.row()], index.column()
        column = self.columns[number]
        if role == DISPLAY:
            return column.text(item)
        if role == KEY_ROLE:
            return self._key(item)
        if role == SORT_ROLE:
            return column.sort_value(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return ALIGN_RIGHT
        return self.cell(item, number, role)

    def cell(self, item: T, column: int, role: int) -> Any:
        """What a model draws beyond text and alignment: colours, tooltips, icons."""
        return None

    def tr_(self, text: str) -> str:
        return QCoreApplication.translate(self.context, text) if text else text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        if self._items:
            self.reorder(self.sorted_items(self._items, column, order))

    def sorted_items(self, items: list[T], column: int, order: Qt.SortOrder) -> list[T]:
        """`items` in the order of a column (a model with a faster way may say so here)."""
        given = self._given
        items = sorted(items, key=lambda item: given.get(self._key(item), 0))
        value = self.columns[column].sort_value
        valued = [(value(item), item) for item in items]
        missing = [item for v, item in valued if v is None]
        present = [pair for pair in valued if pair[0] is not None]
        present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return [item for _v, item in present] + missing

    def _reset(self, items: list[T]) -> None:
        self.beginResetModel()
        self._items = items
        self._index()
        self.endResetModel()

    def _index(self) -> None:
        self._rows = dict(zip(map(self._key, self._items), range(len(self._items)), strict=True))

    def _remove_gone(self) -> None:
        row = len(self._items) - 1
        while row >= 0:
            if self._key(self._items[row]) in self._given:
                row -= 1
                continue
            last = row
            while row >= 0 and self._key(self._items[row]) not in self._given:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del self._items[row + 1 : last + 1]
            self.endRemoveRows()
        self._index()

    # --- in place --------------------------------------------------------------------------
    def reorder(self, items: list[T]) -> None:
        """The rows shown, in a new order (the same keys): persistent indexes (the selection)
        follow their key; nothing is announced when no row moves."""
        if list(map(self._key, items)) == list(map(self._key, self._items)):
            self._items = items
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [self._key(self._items[i.row()]) for i in old]
        self._items = items
        self._index()
        moved = [self.index(self._rows[k], i.column()) for k, i in zip(keys, old, strict=True)]
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    def _insert_new(self, fresh: list[T]) -> None:
        """`fresh` holds the rows kept in their order: the new ones go in between, run by run."""
        row, changed = 0, False
        while row < len(fresh):
            if self._key(fresh[row]) in self._rows:
                row += 1
                continue
            first = row
            while row < len(fresh) and self._key(fresh[row]) not in self._rows:
                row += 1
            self.beginInsertRows(QModelIndex(), first, row - 1)
            self._items[first:first] = fresh[first:row]
            self.endInsertRows()
            changed = True
        if changed:
            self._index()

    def _replace_changed(self, fresh: list[T]) -> None:
        changed = [row for row, item in enumerate(fresh) if item != self._items[row]]
        self._items = fresh
        if changed:
            last = len(self.columns) - 1
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
