"""The Market page's tables. The book can hold thousands of orders: `LevelsModel` formats a cell
only when the view asks for it (what is on screen), never the whole book up front.

Rows keep words ("bought", "open") in English, marked for translation; they are translated as
their cells are drawn, so a change of language only needs the views to redraw."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from app.config.direction import Direction
from app.market.depth import Level
from app.market.screen import TradeRow
from ui.market.source import MyOrder
from ui.shared import format as fmt
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.keyed_model import Column, Index, KeyedTableModel
from ui.shared.rows_model import Row, RowsModel

LEVEL_HEADERS = (
    QT_TRANSLATE_NOOP("MarketModels", "Price"),
    QT_TRANSLATE_NOOP("MarketModels", "Amount"),
    QT_TRANSLATE_NOOP("MarketModels", "Total"),
)
ORDERS_AT_PRICE = QT_TRANSLATE_NOOP("MarketModels", "Orders at this price: {count}")
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


class BookRow(NamedTuple):
    level: Level
    total: int  # PST from the best price down to this level


class LevelsModel(KeyedTableModel[BookRow]):
    """One side of the book by price level, best first, keyed by price: price, amount, running
    total (the number of orders in the tooltip). Cells are formatted as they are drawn.
    Bids take the colour of up, asks of down (the investor's convention)."""

    def __init__(self, bids: bool, parent: QObject | None = None) -> None:
        price, amount, total = LEVEL_HEADERS
        columns: tuple[Column[BookRow], ...] = (
            Column(price, lambda r: fmt.units(r.level.price, self.coin_decimals),
                            lambda r: r.level.price, numeric=True),
            Column(amount, lambda r: fmt.units(r.level.amount, self.pst_decimals),
                   lambda r: r.level.amount, numeric=True),
            Column(total, lambda r: fmt.units(r.total, self.pst_decimals),
                   lambda r: r.total, numeric=True),
        )  # fmt: skip
        super().__init__(columns, lambda r: r.level.price, context="MarketModels", parent=parent)
        self.bids = bids
        self.pst_decimals, self.coin_decimals = 18, 6

    def set_levels(
        self, levels: tuple[Level, ...], running: tuple[int, ...], pst: int, coin: int
    ) -> None:
        decimals = (pst, coin)
        changed = decimals != (self.pst_decimals, self.coin_decimals)
        self.pst_decimals, self.coin_decimals = decimals
        self.set_items(BookRow(level, total) for level, total in zip(levels, running, strict=True))
        if changed:
            self.refresh()

    def cell(self, item: BookRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr_(ORDERS_AT_PRICE).format(count=item.level.orders)
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
                    fmt.day_and_time(t.at),
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
