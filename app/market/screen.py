"""One token's market as the Market page shows it, from the platform API's snapshot and price
history (app.market.book): the book's depth, the last trades and the daily closes. Qt-free and
exact: amounts and prices stay base units.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.market.depth import Depth, depth_of
from app.market.orders import Order, Side, order_from_json


@dataclass(frozen=True)
class BookOrder:
    """An open order on the book, signed: a taker can fill it without asking again."""

    order_hash: str
    order: Order
    signature: bytes
    remaining: int  # PST base units


@dataclass(frozen=True)
class TradeRow:
    at: dt.datetime
    taker_bought: bool  # the taker bought (filled an ask)
    amount: int
    price: int
    tx_hash: str


@dataclass(frozen=True)
class MarketScreen:
    symbol: str
    token: str
    market: str  # the PSTMarket (EIP-712 verifying contract)
    chain_id: int
    fee_bps: int
    pst_decimals: int
    coin_decimals: int
    offering_price: int
    bids: tuple[BookOrder, ...]  # best first
    asks: tuple[BookOrder, ...]
    depth: Depth
    trades: tuple[TradeRow, ...]  # newest first
    days: tuple[dt.date, ...]
    closes: tuple[int, ...]
    last_price: int | None
    previous_close: int | None

    @property
    def change(self) -> int | None:
        """Last price against the previous day's close (for the up/down colour)."""
        if self.last_price is None or self.previous_close is None:
            return None
        return self.last_price - self.previous_close

    def best(self, *, buy: bool) -> BookOrder | None:
        """The order a taker fills: the best ask to buy, the best bid to sell."""
        side = self.asks if buy else self.bids
        return side[0] if side else None


@dataclass(frozen=True)
class MyOrder:
    """One of the account's orders on the book."""

    order_hash: str
    symbol: str
    sells: bool  # an ask (the account sells PST)
    amount: int  # PST base units ordered
    remaining: int
    price: int
    status: str  # "open", "filled", "cancelled", "expired"
    pst_decimals: int = 18
    order: Order | None = None  # the signed order (an on-chain cancel needs it)


def my_order_of(item: Any, pst_decimals: int = 18) -> MyOrder:
    """One of an API `MakerOrderList`'s items."""
    order = order_from_json(item.order.model_dump())
    return MyOrder(
        item.order_hash, item.symbol, order.side is Side.SELL, order.amount,
        int(item.remaining), order.price, str(item.status), pst_decimals, order,
    )  # fmt: skip


def _book_order(entry: Any) -> BookOrder:
    order = order_from_json(entry.order.model_dump())
    return BookOrder(
        entry.order_hash, order, bytes.fromhex(entry.signature[2:]), int(entry.remaining)
    )


def screen_of(
    snapshot: Any, prices: Any, *, pst_decimals: int = 18, coin_decimals: int = 6
) -> MarketScreen:  # noqa: E501
    """The screen of an API `MarketSnapshot` and `PriceHistory` (app.market.book)."""
    book = snapshot.book
    bids = tuple(_book_order(e) for e in book.bids)
    asks = tuple(_book_order(e) for e in book.asks)
    depth = depth_of(
        ((b.order.price, b.remaining) for b in bids), ((a.order.price, a.remaining) for a in asks)
    )
    trades = tuple(
        TradeRow(t.at, t.side == "ask", int(t.amount), int(t.price), t.tx_hash)
        for t in snapshot.trades
    )
    stats = snapshot.stats
    return MarketScreen(
        symbol=snapshot.symbol,
        token=book.token,
        market=snapshot.market,
        chain_id=int(snapshot.chain_id),
        fee_bps=int(snapshot.fee_bps),
        pst_decimals=pst_decimals,
        coin_decimals=coin_decimals,
        offering_price=int(stats.offering_price),
        bids=bids,
        asks=asks,
        depth=depth,
        trades=trades,
        days=tuple(d.date for d in prices.items),
        closes=tuple(int(d.close) for d in prices.items),
        last_price=None if stats.last_price is None else int(stats.last_price),
        previous_close=None if stats.previous_close is None else int(stats.previous_close),
    )


__all__ = ["BookOrder", "MarketScreen", "MyOrder", "Side", "TradeRow", "my_order_of", "screen_of"]
