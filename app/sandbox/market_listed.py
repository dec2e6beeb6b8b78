"""A listed order of the sandbox's book and how the book pages and shows them: the refusal the
API answers with, best-first ranking and cursors, the public shape of an entry, daily prices.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.market.book import BookEntry, BookSide, DailyPrice, OrderBody, Trade
from app.market.orders import Order, Side, order_to_json


class BookRefusal(Exception):
    """A request the book refuses: `status` and `error` for the API's problem body."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status, self.error, self.message = status, error, message


@dataclass
class Listed:
    seq: int
    symbol: str
    order: Order
    signature: bytes
    order_hash: str
    posted_at: dt.datetime
    filled: int = 0
    cancelled: bool = False

    @property
    def remaining(self) -> int:
        return max(0, self.order.amount - self.filled)

    @property
    def side(self) -> BookSide:
        return BookSide.ASK if self.order.side == Side.SELL else BookSide.BID

    @property
    def public(self) -> bool:
        return int(self.order.taker, 16) == 0


def utc(timestamp: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC)


def to_hex(data: bytes | str) -> str:
    """Bytes as 0x-hex (web3 decodes a bytes32 event argument as bytes or as hex text)."""
    if isinstance(data, str):
        return "0x" + data.lower().removeprefix("0x")
    return "0x" + bytes(data).hex()


def daily_prices(trades: list[Trade]) -> list[DailyPrice]:
    """OHLC and volume per UTC day of the trades (in chain order), oldest first."""
    days: dict[dt.date, list[Trade]] = {}
    for trade in trades:
        days.setdefault(trade.at.date(), []).append(trade)
    return [
        DailyPrice(
            date=day,
            open=of[0].price,
            high=max(t.price for t in of),
            low=min(t.price for t in of),
            close=of[-1].price,
            volume=sum(t.amount for t in of),
            trades=len(of),
        )
        for day, of in sorted(days.items())
    ]


def rank(listed: Listed, side: BookSide) -> tuple[int, int]:
    return (listed.order.price if side == BookSide.ASK else -listed.order.price, listed.seq)


def rank_after(after: tuple[int, int], side: BookSide) -> tuple[int, int]:
    price, seq = after
    return (price if side == BookSide.ASK else -price, seq)


def cursor_of(listed: Listed) -> str:
    return f"{listed.order.price:x}_{listed.seq:x}"


def parse_cursor(cursor: str) -> tuple[int, int]:
    try:
        first, second = cursor.split("_")
        return int(first, 16), int(second, 16)
    except ValueError:
        raise BookRefusal(422, "invalid_request", "The cursor is not one this API gave.") from None


def order_body(order: Order) -> OrderBody:
    return OrderBody.model_validate(order_to_json(order))


def book_entry(listed: Listed, fillable: int) -> BookEntry:
    return BookEntry(
        order_hash=listed.order_hash,
        order=order_body(listed.order),
        signature=to_hex(listed.signature),
        remaining=fillable,
        posted_at=listed.posted_at,
    )
