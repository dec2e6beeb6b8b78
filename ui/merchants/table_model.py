"""The merchant list as a keyed table model (one row per merchant, keyed by its id), and the
proxy that filters it.

Built for 15,000 rows: `data()` only formats the cells a view asks for (the visible ones);
`SORT_ROLE` gives each cell's raw value (integers for money, score, growth) and sorting uses
those raw values. The sort runs once in the model (ui.shared.keyed_model), so the proxy hands
`sort()` to it rather than making n·log n `data()` calls of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import (
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
from ui.shared.keyed_model import SORT_ROLE, Column, KeyedTableModel

Index = QModelIndex | QPersistentModelIndex
M = MerchantSummary


def _token(m: M) -> str:
    if m.token_symbol:
        return m.token_symbol
    return QCoreApplication.translate("MerchantTable", "yes") if m.tokenized else "—"


_BY_KEY: dict[str, Column[M]] = {
    "id": Column[M](QT_TRANSLATE_NOOP("MerchantTable", "ID"), attrgetter("id")),
    "name": Column[M](
        QT_TRANSLATE_NOOP("MerchantTable", "Name"), attrgetter("name"), lambda m: m.name.casefold()
    ),
    "city": Column[M](
        QT_TRANSLATE_NOOP("MerchantTable", "City"), lambda m: name(m.city), lambda m: m.city.value
    ),
    "platform": Column[M](
        QT_TRANSLATE_NOOP("MerchantTable", "Platform"),
        lambda m: name(m.platform),
        lambda m: m.platform.value,
    ),
    "category": Column[M](
        QT_TRANSLATE_NOOP("MerchantTable", "Category"),
        lambda m: name(m.category),
        lambda m: m.category.value,
    ),
    "token": Column[M](
        QT_TRANSLATE_NOOP("MerchantTable", "Token"), _token, lambda m: m.token_symbol or ""
    ),
    # The underwriter's internal credit score, served by the platform: not the selection
    # criteria (those are the Screener's), so named for what it is.
    "score": Column[M](
        QT_TRANSLATE_NOOP("MerchantTable", "Underwriter score"),
        lambda m: str(m.score),
        attrgetter("score"),
        numeric=True,
    ),
    "gmv_12m": Column[M](
        QT_TRANSLATE_NOOP("MerchantTable", "GMV 12m (USD)"),
        lambda m: fmt.cents(m.gmv_12m, decimals=False),
        attrgetter("gmv_12m"),
        numeric=True,
    ),
    "growth_24m": Column[M](
        QT_TRANSLATE_NOOP("MerchantTable", "Growth 24m"),
        lambda m: fmt.basis_points(m.growth_24m_bp, signed=True),
        attrgetter("growth_24m_bp"),
        numeric=True,
    ),
}
COLUMNS = tuple(_BY_KEY.values())
COLUMN = {key: number for number, key in enumerate(_BY_KEY)}


class MerchantTableModel(KeyedTableModel[M]):
    """Sorts with two passes of list.sort, by id and then by the column's raw value (no raw
    value is ever None here): ties in id order, faster at 15,000 rows than the base's sort."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, attrgetter("id"), context="MerchantTable", parent=parent)

    def sorted_items(self, items: list[M], column: int, order: Qt.SortOrder) -> list[M]:
        merchants = sorted(items, key=attrgetter("id"))
        descending = order == Qt.SortOrder.DescendingOrder
        merchants.sort(key=COLUMNS[column].sort_value, reverse=descending)
        return merchants


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
        self.setSortRole(SORT_ROLE)
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
        return self._filter.accepts(model.item(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, MerchantTableModel):
            model.sort(column, order)

    def merchant(self, proxy_row: int) -> MerchantSummary:
        model = self.sourceModel()
        assert isinstance(model, MerchantTableModel)
        return model.item(self.mapToSource(self.index(proxy_row, 0)).row())
