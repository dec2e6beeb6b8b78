"""Holdings valued at market: the price each holding is marked at and which source gave it, the
unrealised P&L against the FIFO cost basis, and yield and IRR on market value next to cost.

The mark is the platform's (app.market.marking, sent with every token's quote), which dust
cannot set: the last significant trade, or the recent trades' volume-weighted price when the
last one strays from it, or a sane mid of fillable orders, else the offering price. Without the
platform's mark (a quote made here): the last trade; else the mid of the best bid and ask when
the book is two-sided and not crossed (floored to the base unit); else the offering price.
Money stays integer base units: a value is `balance * price // 10**decimals` (floored: a
holding is never shown above what its tokens fetch at that price).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.domain.marks import MarkSource
from app.portfolio.holdings import Holding, Snapshot
from app.portfolio.ledger import FlowKind
from app.portfolio.returns import YEAR_SECONDS, Basis, flows, xirr_bp

BP = 10_000


@dataclass(frozen=True)
class Mark:
    price: int  # stablecoin base units per whole PST
    source: MarkSource


@dataclass(frozen=True)
class Quote:
    """What the market says about one token now (stablecoin base units per whole PST)."""

    best_bid: int | None = None
    best_ask: int | None = None
    last_trade: int | None = None
    mark: Mark | None = None  # the platform's dust-resistant mark, when it sent one

    @property
    def two_sided(self) -> bool:
        return self.best_bid is not None and self.best_ask is not None


@dataclass(frozen=True)
class MarketValue:
    """One holding (or, in `PortfolioValue.total`, all of them) at market."""

    mark: Mark | None  # None for the portfolio's total (each holding has its own)
    value: int  # stablecoin base units
    cost_basis: int  # FIFO
    realised: int  # gains realised by sales (FIFO), losses negative
    distributions_12m: int
    yield_cost_bp: int | None  # distributions in the last 365 days over the cost basis
    yield_market_bp: int | None  # ... over the market value
    irr_cost_bp: int | None  # cash basis, the position valued at cost at the end
    irr_market_bp: int | None  # cash basis, the position valued at market at the end

    @property
    def unrealised(self) -> int:
        return self.value - self.cost_basis

    @property
    def yield_change_bp(self) -> int | None:
        """Yield on market minus yield on cost: negative when the market pays above cost."""
        if self.yield_market_bp is None or self.yield_cost_bp is None:
            return None
        return self.yield_market_bp - self.yield_cost_bp


@dataclass(frozen=True)
class PortfolioValue:
    by_token: dict[str, MarketValue]  # lower-case token address
    total: MarketValue


def mark(quote: Quote | None, offering_price: int) -> Mark:
    """The price a holding is valued at, and where it came from."""
    if quote is not None and quote.mark is not None:
        return quote.mark
    if quote is not None and quote.last_trade is not None:
        return Mark(quote.last_trade, MarkSource.LAST_TRADE)
    if quote is not None and quote.best_bid is not None and quote.best_ask is not None:
        bid, ask = quote.best_bid, quote.best_ask
        mid = (bid + ask) // 2
        if bid < ask:  # a crossed book has no price
            return Mark(mid, MarkSource.MID)
    return Mark(offering_price, MarkSource.OFFERING)


def value_of(balance: int, price: int, decimals: int) -> int:
    return balance * price // 10**decimals


def value_holding(holding: Holding, quote: Quote | None, as_of: int) -> MarketValue:
    chosen = mark(quote, holding.info.price)
    value = value_of(holding.balance, chosen.price, holding.info.decimals)
    return _measure([holding], {holding.info.token.lower(): value}, as_of, chosen)


def value_portfolio(snapshot: Snapshot, quotes: Mapping[str, Quote]) -> PortfolioValue:
    """Every holding at market (`quotes` by lower-case token address; a token without one is
    valued at its offering price), and the whole portfolio pooled."""
    as_of = snapshot.timestamp
    by_token = {
        h.info.token.lower(): value_holding(h, quotes.get(h.info.token.lower()), as_of)
        for h in snapshot.holdings
    }
    values = {token: v.value for token, v in by_token.items()}
    return PortfolioValue(by_token, _measure(list(snapshot.holdings), values, as_of, None))


def _measure(
    holdings: list[Holding], values: Mapping[str, int], as_of: int, chosen: Mark | None
) -> MarketValue:
    entries = [e for h in holdings for e in h.entries]
    since = as_of - YEAR_SECONDS
    recent = sum(
        e.amount
        for e in entries
        if e.kind is FlowKind.DISTRIBUTION and since < e.timestamp <= as_of
    )
    cost = sum(h.cost_basis for h in holdings)
    value = sum(values.values())
    dated = [(f.timestamp, f.amount) for f in flows(entries, Basis.CASH)]
    return MarketValue(
        mark=chosen,
        value=value,
        cost_basis=cost,
        realised=sum(h.ledger.realised for h in holdings),
        distributions_12m=recent,
        yield_cost_bp=recent * BP // cost if cost > 0 else None,
        yield_market_bp=recent * BP // value if value > 0 else None,
        irr_cost_bp=xirr_bp([*dated, (as_of, cost)]),
        irr_market_bp=xirr_bp([*dated, (as_of, value)]),
    )
