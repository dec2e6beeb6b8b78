"""The Market page's tables. The book can hold thousands of orders: `LevelsModel` formats a cell
only when the view asks for it (what is on screen), never the whole book up front.

Rows keep words ("bought", "open") in English, marked for translation; they are translated as
their cells are drawn, so a change of language only needs the views to redraw."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.config.direction import Direction
from app.market.depth import Level
from app.market.screen import TradeRow
from ui.market.source import MyOrder
from ui.shared import format as fmt
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.rows_model import Row, RowsModel
from ui.shared.theme import LIGHT, Colors

Index = QModelIndex | QPersistentModelIndex
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEVEL_HEADERS = (
    QT_TRANSLATE_NOOP("MarketModels", "Price"),
    QT_TRANSLATE_NOOP("MarketModels", "Amount"),
    QT_TRANSLATE_NOOP("MarketModels", "Total"),
)
TRADE_HEADERS = (
    QT_TRANSLATE_NOOP("MarketModels", "Time (UTC)"),
    QT_TRANSLATE_NOOP("MarketModels", "Price"),
    QT_TRANSLATE_NOOP("MarketModels", "Amount"),
    QT_TRANSLATE_NOOP("MarketModels", "Taker"),
)
ORDER_HEADERS = (
    QT_TRANSLATE_NOOP("MarketModels", "Token"),
    QT_TRANSLATE_NOOP("MarketModels", "Side"),
    QT_TRANSLATE_NOOP("MarketModels", "Price"),
    QT_TRANSLATE_NOOP("MarketModels", "Amount"),
    QT_TRANSLATE_NOOP("MarketModels", "Left"),
    QT_TRANSLATE_NOOP("MarketModels", "Status"),
)
STATUS = {
    "open": QT_TRANSLATE_NOOP("MarketModels", "open"),
    "filled": QT_TRANSLATE_NOOP("MarketModels", "filled"),
    "cancelled": QT_TRANSLATE_NOOP("MarketModels", "cancelled"),
    "expired": QT_TRANSLATE_NOOP("MarketModels", "expired"),
}
TAKER = {
    True: QT_TRANSLATE_NOOP("MarketModels", "bought"),
    False: QT_TRANSLATE_NOOP("MarketModels", "sold"),
}
SIDE = {
    True: QT_TRANSLATE_NOOP("MarketModels", "sell"),
    False: QT_TRANSLATE_NOOP("MarketModels", "buy"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MarketModels", text)


class LevelsModel(QAbstractTableModel):
    """One side of the book by price level, best first: price, amount, running total (the number
    of orders in the tooltip).
    Bids take the colour of up, asks of down (the investor's convention)."""

    def __init__(self, bids: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bids = bids
        self.colors: Colors = LIGHT
        self.levels: tuple[Level, ...] = ()
        self.running: tuple[int, ...] = ()
        self.pst_decimals, self.coin_decimals = 18, 6

    def set_levels(
        self, levels: tuple[Level, ...], running: tuple[int, ...], pst: int, coin: int
    ) -> None:
        self.beginResetModel()
        self.levels, self.running = levels, running
        self.pst_decimals, self.coin_decimals = pst, coin
        self.endResetModel()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        if self.levels:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.levels) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.levels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LEVEL_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(LEVEL_HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.levels):
            return None
        level, column = self.levels[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return fmt.units(level.price, self.coin_decimals)
            if column == 1:
                return fmt.units(level.amount, self.pst_decimals)
            return fmt.units(self.running[index.row()], self.pst_decimals)
        if role == Qt.ItemDataRole.ToolTipRole:
            said = QCoreApplication.translate("MarketModels", "Orders at this price: {count}")
            return said.format(count=level.orders)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QColor(self.colors.direction(Direction.UP if self.bids else Direction.DOWN))
        return None


def trade_rows(trades: tuple[TradeRow, ...], pst: int, coin: int) -> list[Row]:
    """The last trades, newest first; the price coloured by its move against the trade before."""
    rows = []
    for i, t in enumerate(trades):
        before = trades[i + 1].price if i + 1 < len(trades) else t.price
        move = t.price - before
        rows.append(
            Row(
                t.tx_hash,
                (
                    f"{t.at:%m-%d %H:%M}",
                    fmt.units(t.price, coin),
                    fmt.units(t.amount, pst),
                    TAKER[t.taker_bought],  # translated when drawn
                ),
                tone="up" if move > 0 else "down" if move < 0 else None,
            )
        )
    return rows


class WordsModel(RowsModel):
    """Rows whose cells in the `words` columns are English words marked for translation: they
    are translated as they are drawn, never stored translated."""

    def __init__(
        self,
        headers: tuple[str, ...],
        numeric: tuple[int, ...],
        words: tuple[int, ...],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(headers, numeric=numeric, parent=parent, context="MarketModels")
        self.words = frozenset(words)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        text = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.column() in self.words and text:
            return _tr(text)
        return text


class TradesModel(WordsModel):
    """Trades with their price in the investor's colour of up or down."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(TRADE_HEADERS, numeric=(1, 2), words=(3,), parent=parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            tone = self.item(index.row()).tone
            if tone is None or index.column() != 1:
                return None
            return QColor(self.colors.direction(Direction(tone)))
        return super().data(index, role)


def order_rows(orders: list[MyOrder], coin: int) -> list[Row]:
    return [
        Row(
            o.order_hash,
            (
                o.symbol,
                SIDE[o.sells],  # words: translated when drawn
                fmt.units(o.price, coin),
                fmt.units(o.amount, o.pst_decimals),
                fmt.units(o.remaining, o.pst_decimals),
                STATUS.get(o.status, o.status),
            ),
            tone=None if o.status == "open" else "muted",
            tip=o.order_hash,
        )
        for o in orders
    ]


def my_orders_model(parent: QObject | None = None) -> WordsModel:
    return WordsModel(ORDER_HEADERS, numeric=(2, 3, 4), words=(1, 5), parent=parent)
