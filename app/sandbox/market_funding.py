"""Which listed orders their makers can still pay for, and how much of each.

A review listed three asks, each for the maker's whole balance, then set the allowance to 0 or
let the KYC lapse: every order stayed at the top of the book and a taker's fill failed on the
maker's side. So the book re-reads, once per block, every maker's KYC, balance and allowance of
what they give (PST for an ask, the stablecoin for a bid: one stablecoin balance backs a maker's
bids on every token), and walks each maker's open orders oldest first, each taking what it needs
from what is left. An order shows what a taker can fill now; one that cannot fill at all (its
cost would round to nothing) is not shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.market.orders import PST_DECIMALS, Order, Side, fill_cost, gives, need
from app.sandbox.market_watch import Funds


@dataclass(frozen=True)
class Open:
    """One open order as the walk needs it."""

    seq: int  # posting order: earlier orders are funded first
    key: str  # the order's hash
    order: Order
    remaining: int  # PST base units


def fillable(order: Order, remaining: int, spendable: int) -> int:
    """The PST of `order` that `spendable` covers (at most `remaining`)."""
    if need(order, remaining) <= spendable:
        return remaining
    if order.side == Side.SELL:
        return spendable
    return spendable * 10**PST_DECIMALS // order.price  # its cost (floored) is <= spendable


def fundable(
    orders: Iterable[Open], funds: Mapping[tuple[str, str], Funds], stablecoin: str
) -> dict[str, int]:
    """Order hash -> PST a taker can fill now, for every order in `orders` (0: none)."""
    left = {pair: f.spendable for pair, f in funds.items()}
    found: dict[str, int] = {}
    for one in sorted(orders, key=lambda o: o.seq):
        pair = gives(one.order, stablecoin)
        amount = fillable(one.order, one.remaining, left.get(pair, 0))
        if amount and fill_cost(amount, one.order.price, PST_DECIMALS, one.order.side) == 0:
            amount = 0  # the contract refuses a fill whose stablecoin rounds to nothing
        found[one.key] = amount
        if pair in left:
            left[pair] -= need(one.order, amount)
    return found
