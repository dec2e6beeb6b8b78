"""The merchant list as a Qt table model (an adapter over `list[MerchantSummary]`), and the
proxy that filters it.

Built for 15,000 rows: `data()` only formats the cells a view asks for (the visible ones);
`Qt.UserRole` gives each cell's raw value (integers for money, score, growth) and sorting uses
those raw values. The sort itself runs once in Python with a key over the rows (milliseconds)
rather than through n·log n `data()` calls from QSortFilterProxyModel (about a second at this
size), so the proxy hands `sort()` to this model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.backend.models import MerchantSummary
from ui.shared import format as fmt
from ui.shared.i18n.names import name
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
RAW = Qt.ItemDataRole.UserRole
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English, marked for translation; headerData translates it when asked
    raw: Callable[[MerchantSummary], Any]
    text: Callable[[MerchantSummary], str]
    numeric: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("id", QT_TRANSLATE_NOOP("MerchantTable", "ID"), lambda m: m.id, lambda m: m.id),
    Column(
        "name",
        QT_TRANSLATE_NOOP("MerchantTable", "Name"),
        lambda m: m.name.casefold(),
        lambda m: m.name,
    ),
    Column(
        "city",
        QT_TRANSLATE_NOOP("MerchantTable", "City"),
        lambda m: m.city.value,
        lambda m: name(m.city),
    ),
    Column(
        "platform",
        QT_TRANSLATE_NOOP("MerchantTable", "Platform"),
        lambda m: m.platform.value,
        lambda m: name(m.platform),
    ),
    Column(
        "category",
        QT_TRANSLATE_NOOP("MerchantTable", "Category"),
        lambda m: m.category.value,
        lambda m: name(m.category),
    ),
    Column(
        "token",
        QT_TRANSLATE_NOOP("MerchantTable", "Token"),
        lambda m: m.token_symbol or "",
        lambda m: (
            m.token_symbol
            or (QCoreApplication.translate("MerchantTable", "yes") if m.tokenized else "—")
        ),
    ),
    Column(
        "score",
        # The underwriter's internal credit score, served by the platform: not the selection
        # criteria (those are the Screener's), so named for what it is.
        QT_TRANSLATE_NOOP("MerchantTable", "Underwriter score"),
        lambda m: m.score,
        lambda m: str(m.score),
        numeric=True,
    ),
    Column(
        "gmv_12m",
        QT_TRANSLATE_NOOP("MerchantTable", "GMV 12m (USD)"),
        lambda m: m.gmv_12m,
        lambda m: fmt.cents(m.gmv_12m, decimals=False),
        numeric=True,
    ),
    Column(
        "growth_24m",
        QT_TRANSLATE_NOOP("MerchantTable", "Growth 24m"),
        lambda m: m.growth_24m_bp,
        lambda m: fmt.basis_points(m.growth_24m_bp, signed=True),
        numeric=True,
    ),
)
COLUMN = {c.key: i for i, c in enumerate(COLUMNS)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MerchantTable", text)


class MerchantTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MerchantSummary] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- content -----------------------------------------------------------------------
    def set_merchants(self, merchants: Sequence[MerchantSummary]) -> None:
        """Show a fresh list from the server, keeping the current sort. When the same merchants
        come back with new figures (a new day of data), rows update in place, so selection and
        scroll position survive the live refresh."""
        fresh = list(merchants)
        if self._rows and len(fresh) == len(self._rows):
            by_id = {m.id: m for m in fresh}
            if len(by_id) == len(fresh) and all(m.id in by_id for m in self._rows):
                self._rows = [by_id[m.id] for m in self._rows]
                last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
                if self._sort is not None:
                    self.sort(*self._sort)
                return
        self.beginResetModel()
        self._rows = fresh
        if self._sort is not None:
            self._rows.sort(key=lambda m: m.id)
            self._rows.sort(key=COLUMNS[self._sort[0]].raw, reverse=self._descending())
        self.endResetModel()

    def merchant(self, row: int) -> MerchantSummary:
        return self._rows[row]

    def merchants(self) -> list[MerchantSummary]:
        return list(self._rows)

    # --- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self._rows[index.row()])
        if role == RAW:
            return column.raw(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return ALIGN_RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].numeric:
            return ALIGN_RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = {id(self._rows[i.row()]): i for i in old}
        # The id column breaks ties, so equal values keep a stable, meaningful order.
        key = COLUMNS[column].raw
        self._rows.sort(key=lambda m: m.id)
        self._rows.sort(key=key, reverse=self._descending())
        if old:
            where = {id(m): row for row, m in enumerate(self._rows)}
            for ident, index in old_rows.items():
                row = where[ident]
                self.changePersistentIndex(index, self.index(row, index.column()))
        self.layoutChanged.emit()

    def _descending(self) -> bool:
        return self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder


@dataclass(frozen=True)
class MerchantFilter:
    """What the user narrowed the list to; None / "" means any."""

    city: str | None = None
    platform: str | None = None
    category: str | None = None
    tokenized: bool | None = None
    search: str = ""

    def accepts(self, m: MerchantSummary) -> bool:
        if self.city is not None and m.city.value != self.city:
            return False
        if self.platform is not None and m.platform.value != self.platform:
            return False
        if self.category is not None and m.category.value != self.category:
            return False
        if self.tokenized is not None and m.tokenized != self.tokenized:
            return False
        if self.search:
            needle = self.search.casefold()
            return needle in m.name.casefold() or needle in m.id.casefold()
        return True


class MerchantFilterProxy(QSortFilterProxyModel):
    """Filters by city, platform, category, tokenized and a name/id search; sorting is done by
    the source model on raw values (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = MerchantFilter()
        self.setSortRole(RAW)
        self.setDynamicSortFilter(False)

    @property
    def current_filter(self) -> MerchantFilter:
        return self._filter

    def set_filter(self, merchant_filter: MerchantFilter) -> None:
        if merchant_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = merchant_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Apply the same filter again (the rows' values changed)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MerchantTableModel)
        return self._filter.accepts(model.merchant(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, MerchantTableModel):
            model.sort(column, order)

    def merchant(self, proxy_row: int) -> MerchantSummary:
        model = self.sourceModel()
        assert isinstance(model, MerchantTableModel)
        return model.merchant(self.mapToSource(self.index(proxy_row, 0)).row())
