"""Taking liquidity: which book orders a buy or a sell fills, best price first, within a limit.

A buy takes asks from the lowest price up, a sell takes bids from the highest down, never past
the investor's limit price, until the amount is reached or the book runs out. Orders of the
investor themselves and private orders for someone else are skipped (the contract would refuse
them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.market.book import BookEntry
from app.market.orders import ZERO_ADDRESS, Order, Side, order_from_json


@dataclass(frozen=True)
class Take:
    order: Order
    signature: bytes
    amount: int  # PST base units of this order to fill
    order_hash: str


def plan_take(
    entries: Sequence[BookEntry], *, buy: bool, amount: int, limit_price: int, taker: str
) -> list[Take]:
    """The fills that buy (or sell) up to `amount` at `limit_price` or better, best first.
    `entries` is one side of the book as the API lists it (best first)."""
    wanted_side = Side.SELL if buy else Side.BUY
    me = taker.lower()
    takes: list[Take] = []
    left = amount
    for entry in entries:
        if left <= 0:
            break
        order = order_from_json(entry.order.model_dump())
        if order.side is not wanted_side or order.maker.lower() == me:
            continue
        if order.taker != ZERO_ADDRESS and order.taker.lower() != me:
            continue
        if (order.price > limit_price) if buy else (order.price < limit_price):
            break  # best first: every later order is worse
        size = min(left, entry.remaining)
        if size <= 0:
            continue
        signature = bytes.fromhex(entry.signature.removeprefix("0x"))
        takes.append(Take(order, signature, size, entry.order_hash))
        left -= size
    return takes
