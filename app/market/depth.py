"""What the Market page draws, computed without Qt: the depth of a book (cumulative amounts by
price on each side) and a price series. Amounts stay integer base units; charts turn them into
display floats at the last moment.

Bids are taken best (highest) first and asks best (lowest) first, as the book serves them; a
price level is the sum of every order at that price.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Level:
    price: int  # stablecoin base units per whole PST
    amount: int  # PST base units at this price
    orders: int


@dataclass(frozen=True)
class Depth:
    bids: tuple[Level, ...]  # best (highest) first
    asks: tuple[Level, ...]  # best (lowest) first
    bid_depth: tuple[int, ...]  # cumulative PST from the best bid outwards
    ask_depth: tuple[int, ...]

    @property
    def best_bid(self) -> int | None:
        return self.bids[0].price if self.bids else None

    @property
    def best_ask(self) -> int | None:
        return self.asks[0].price if self.asks else None

    @property
    def mid(self) -> int | None:
        """(best bid + best ask) // 2 when the book is two-sided."""
        if self.best_bid is None or self.best_ask is None:
            return None
        return (self.best_bid + self.best_ask) // 2

    @property
    def spread(self) -> int | None:
        if self.best_bid is None or self.best_ask is None:
            return None
        return self.best_ask - self.best_bid


def levels(orders: Iterable[tuple[int, int]], *, descending: bool) -> tuple[Level, ...]:
    """(price, remaining) per order -> one level per price, best first."""
    amounts: dict[int, int] = {}
    counts: dict[int, int] = {}
    for price, amount in orders:
        if amount <= 0:
            continue
        amounts[price] = amounts.get(price, 0) + amount
        counts[price] = counts.get(price, 0) + 1
    ordered = sorted(amounts, reverse=descending)
    return tuple(Level(p, amounts[p], counts[p]) for p in ordered)


def _running(side: tuple[Level, ...]) -> tuple[int, ...]:
    total, out = 0, []
    for level in side:
        total += level.amount
        out.append(total)
    return tuple(out)


def depth_of(bids: Iterable[tuple[int, int]], asks: Iterable[tuple[int, int]]) -> Depth:
    """The book's depth from (price, remaining) of each open bid and ask."""
    bid_levels = levels(bids, descending=True)
    ask_levels = levels(asks, descending=False)
    return Depth(bid_levels, ask_levels, _running(bid_levels), _running(ask_levels))
