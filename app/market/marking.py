"""The price a PST is marked at, made so that dust cannot set it.

A review moved a token's mark to 10^12 USD/PST for one stablecoin base unit: a 1-wei trade at
an absurd price became "the last trade", and a 1-wei bid that could never fill became the best
bid. So a trade or an order moves the mark only when it is *significant*: it moves at least
`MIN_NOTIONAL` of stablecoin both at its own price and at the offering price (a tiny amount at
an absurd price is dust either way), and:

1. `last_trade`: the last significant trade, unless it strays more than `OUTLIER_BP` from the
   volume-weighted price of the recent significant trades (the last `RECENT_TRADES`, within
   `RECENT_SECONDS` of it); then
2. `recent_trades`: that volume-weighted price (weighted by PST: moving it costs real volume);
3. `mid`: with no significant trade, the mid of the best fillable bid and ask, when both are
   significant, the book is not crossed and the spread is at most `MAX_SPREAD_BP` of the mid;
4. `offering`: else the offering price.

The platform computes the mark (it has the trades and knows which orders are funded) and sends
it with every token's market numbers; the portfolio values holdings at it and says which source
gave it. Prices are stablecoin base units per whole PST (18 decimals).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.marks import MarkSource

PST_DECIMALS = 18
MIN_NOTIONAL = 1_000_000  # 1 stablecoin (6 decimals): the smallest order the book lists
OUTLIER_BP = 5_000  # a last trade 50 % off the recent average is not the mark
MAX_SPREAD_BP = 2_000  # a mid is a price only while the spread is at most 20 % of it
RECENT_TRADES = 20
RECENT_SECONDS = 30 * 86_400
BP = 10_000


@dataclass(frozen=True)
class Fill:
    """A trade as the mark sees it."""

    amount: int  # PST base units
    price: int
    at: int  # unix seconds


@dataclass(frozen=True)
class Top:
    """The best fillable order of one side: its price and the PST a taker can fill now."""

    price: int
    amount: int


def notional(amount: int, price: int) -> int:
    """Stablecoin base units `amount` PST base units are worth at `price` (floored)."""
    return amount * price // 10**PST_DECIMALS


def significant(amount: int, price: int, offering_price: int) -> bool:
    """Does `amount` at `price` move at least MIN_NOTIONAL, at its price and at the offering's?"""
    return (
        notional(amount, price) >= MIN_NOTIONAL and notional(amount, offering_price) >= MIN_NOTIONAL
    )


def market_mark(
    trades: Sequence[Fill], bid: Top | None, ask: Top | None, offering_price: int
) -> tuple[int, MarkSource]:
    """The mark and its source (`trades` in chain order, oldest first)."""
    counted = [t for t in trades if significant(t.amount, t.price, offering_price)]
    if counted:
        last = counted[-1]
        recent = [t for t in counted[-RECENT_TRADES:] if t.at >= last.at - RECENT_SECONDS]
        volume = sum(t.amount for t in recent)
        average = sum(t.amount * t.price for t in recent) // volume
        if abs(last.price - average) * BP <= average * OUTLIER_BP:
            return last.price, MarkSource.LAST_TRADE
        return average, MarkSource.RECENT_TRADES
    if bid is not None and ask is not None and bid.price < ask.price:
        mid = (bid.price + ask.price) // 2
        sane = (ask.price - bid.price) * BP <= mid * MAX_SPREAD_BP
        if sane and all(significant(t.amount, t.price, offering_price) for t in (bid, ask)):
            return mid, MarkSource.MID
    return offering_price, MarkSource.OFFERING
