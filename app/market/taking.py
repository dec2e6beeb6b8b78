"""Taking liquidity: which book orders a buy or a sell fills, best price first, within a limit.

A buy takes asks from the lowest price up, a sell takes bids from the highest down, never past
the investor's limit price, until the amount is reached or the book runs out. Orders of the
investor themselves and private orders for someone else are skipped (the contract would refuse
them).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from app.market.book import BookEntry
from app.market.orders import ZERO_ADDRESS, Order, Side, order_from_json


@dataclass(frozen=True)
class Take:
    order: Order
    signature: bytes
    amount: int  # PST base units of this order to fill
    order_hash: str


def candidates(
    entries: Sequence[BookEntry], *, buy: bool, limit_price: int, taker: str
) -> Iterator[Take]:
    """Every order `taker` may fill within `limit_price`, best first, each at its whole
    remaining amount. `entries` is one side of the book as the API lists it (best first)."""
    wanted_side = Side.SELL if buy else Side.BUY
    me = taker.lower()
    for entry in entries:
        order = order_from_json(entry.order.model_dump())
        if order.side is not wanted_side or order.maker.lower() == me:
            continue
        if order.taker != ZERO_ADDRESS and order.taker.lower() != me:
            continue
        if (order.price > limit_price) if buy else (order.price < limit_price):
            return  # best first: every later order is worse
        if entry.remaining <= 0:
            continue
        signature = bytes.fromhex(entry.signature.removeprefix("0x"))
        yield Take(order, signature, entry.remaining, entry.order_hash)


def plan_take(
    entries: Sequence[BookEntry], *, buy: bool, amount: int, limit_price: int, taker: str
) -> list[Take]:
    """The fills that buy (or sell) up to `amount` at `limit_price` or better, best first."""
    takes: list[Take] = []
    left = amount
    for take in candidates(entries, buy=buy, limit_price=limit_price, taker=taker):
        if left <= 0:
            break
        size = min(left, take.amount)
        takes.append(Take(take.order, take.signature, size, take.order_hash))
        left -= size
    return takes
