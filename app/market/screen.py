"""One token's market as the Market page shows it, from the platform API's snapshot and price
history (app.market.book): the book's depth, the last trades and the daily closes. Qt-free and
exact: amounts and prices stay base units.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, overload

from app.market.book import OrderBody
from app.market.depth import Depth, depth_of
from app.market.orders import Order, Side, order_from_json, order_to_json


@dataclass(frozen=True)
class BookOrder:
    """An open order on the book, signed: a taker can fill it without asking again.

    A refresh shows thousands of orders and uses one (the dialog's target, a fill): the signed
    `Order` is parsed from the API's body (strictly, every address checksummed) when it is used,
    not for every row drawn (5,000 checksums took most of a refresh's 600-900 ms)."""

    order_hash: str
    price: int  # stablecoin base units per whole PST
    remaining: int  # PST base units
    body: OrderBody = field(compare=False)  # the order as the API carried it
    signature: bytes

    @cached_property
    def order(self) -> Order:
        return order_from_json(self.body.model_dump())

    @classmethod
    def signed(cls, order_hash: str, order: Order, signature: bytes, remaining: int) -> BookOrder:
        """A book order of an `Order` in hand (a screenshot's, a test's)."""
        body = OrderBody.model_validate(order_to_json(order))
        return cls(order_hash, order.price, remaining, body, signature)


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
    bids: Sequence[BookOrder]  # best first
    asks: Sequence[BookOrder]
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


class BookOrders(Sequence[BookOrder]):
    """One side of the API's book as `BookOrder`s, best first, each made when it is first read:
    a refresh draws the depth of every order (`levels`) but reads a few of them."""

    def __init__(self, entries: Sequence[Any]) -> None:
        self._entries = entries
        self._made: dict[int, BookOrder] = {}

    def levels(self) -> list[tuple[int, int]]:
        """(price, remaining) of every order, for the depth."""
        return [(int(e.order.price), int(e.remaining)) for e in self._entries]

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, index: int) -> BookOrder: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[BookOrder, ...]: ...
    def __getitem__(self, index: int | slice) -> BookOrder | tuple[BookOrder, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        index = range(len(self))[index]  # IndexError as a tuple's; a negative index counts back
        made = self._made.get(index)
        if made is None:
            entry = self._entries[index]
            made = self._made[index] = BookOrder(
                entry.order_hash, int(entry.order.price), int(entry.remaining), entry.order,
                bytes.fromhex(entry.signature[2:]),
            )  # fmt: skip
        return made


def screen_of(
    snapshot: Any, prices: Any, *, pst_decimals: int = 18, coin_decimals: int = 6
) -> MarketScreen:  # noqa: E501
    """The screen of an API `MarketSnapshot` and `PriceHistory` (app.market.book)."""
    book = snapshot.book
    bids, asks = BookOrders(book.bids), BookOrders(book.asks)
    depth = depth_of(bids.levels(), asks.levels())
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


__all__ = [
    "BookOrder",
    "BookOrders",
    "MarketScreen",
    "MyOrder",
    "Side",
    "TradeRow",
    "my_order_of",
    "screen_of",
]
