"""Cash flows and returns: trailing-12-month yield and IRR (XIRR) from the dated ledger.

Two bases, both shown, because "received" means two things to an investor:
* cash basis: only cash that has moved: money out (purchases, transfers in at value) and money in
  (claims, transfers out at cost); the terminal value at `as_of` is the holdings at cost, and
  what is claimable but not claimed counts for nothing until it is claimed;
* accrual basis: a distribution counts the moment it accrues to the account, claimed or not;
  the terminal value is the holdings at cost (the claimable part was already counted).
Money stays integer base units; rates are Decimal inside the solver and integer basis points out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal, localcontext
from enum import StrEnum

from app.portfolio.holdings import Holding, Snapshot
from app.portfolio.ledger import FlowKind, LedgerEntry

YEAR_SECONDS = 365 * 86_400
BP = Decimal(10_000)
_CONTEXT = Context(prec=40)
# Points of ln(1 + rate) where the solver looks for a sign change: rates from about -100% to
# +48,500,000% a year, denser near zero where real portfolios are.
_STEPS = ("0.01", "0.03", "0.07", "0.15", "0.3", "0.6", "1.2", "2.5", "5", "10", "20")
_GRID = sorted([Decimal(0)] + [sign * Decimal(step) for step in _STEPS for sign in (1, -1)])


class Basis(StrEnum):
    CASH = "cash"
    ACCRUAL = "accrual"


@dataclass(frozen=True)
class CashFlow:
    timestamp: int  # chain seconds
    amount: int  # signed stablecoin base units: negative out, positive in
    kind: FlowKind | None  # None for the terminal value
    token: str


@dataclass(frozen=True)
class Returns:
    invested: int  # purchases + transfers in at value
    claimed: int
    distributions: int  # accrued, claimed or not
    distributions_12m: int  # accrued in the 365 days up to as_of
    cost_basis: int
    claimable: int
    yield_12m_bp: int | None  # distributions_12m / cost basis; None without a cost basis
    irr_cash_bp: int | None  # None where no rate makes the flows' present value zero
    irr_accrual_bp: int | None


def flows(entries: Iterable[LedgerEntry], basis: Basis) -> list[CashFlow]:
    """The entries as signed cash flows on `basis`, zero flows left out, in time order."""
    out = []
    for entry in entries:
        amount = entry.cash if basis is Basis.CASH else entry.accrual
        if amount:
            out.append(CashFlow(entry.timestamp, amount, entry.kind, entry.token))
    return sorted(out, key=lambda f: f.timestamp)


def terminal(holding: Holding, as_of: int, basis: Basis) -> CashFlow:
    """What the position is worth at `as_of` for the IRR: at cost on both bases (the accrual
    basis counted the distributions as they accrued; the cash basis counts them when claimed)."""
    return CashFlow(as_of, holding.cost_basis, None, holding.info.token)


def holding_returns(holding: Holding, as_of: int) -> Returns:
    return _returns([holding], as_of)


def portfolio_returns(snapshot: Snapshot) -> Returns:
    """Every holding's flows pooled: the whole portfolio's yield and IRR."""
    return _returns(list(snapshot.holdings), snapshot.timestamp)


def _returns(holdings: Sequence[Holding], as_of: int) -> Returns:
    entries = [e for h in holdings for e in h.entries]
    since = as_of - YEAR_SECONDS
    recent = sum(
        e.amount
        for e in entries
        if e.kind is FlowKind.DISTRIBUTION and since < e.timestamp <= as_of
    )
    cost = sum(h.cost_basis for h in holdings)
    irr = {}
    for basis in Basis:
        dated = flows(entries, basis) + [terminal(h, as_of, basis) for h in holdings]
        irr[basis] = xirr_bp([(f.timestamp, f.amount) for f in dated])
    return Returns(
        invested=sum(h.invested for h in holdings),
        claimed=sum(h.claimed for h in holdings),
        distributions=sum(h.distributions for h in holdings),
        distributions_12m=recent,
        cost_basis=cost,
        claimable=sum(h.claimable for h in holdings),
        yield_12m_bp=recent * 10_000 // cost if cost > 0 else None,
        irr_cash_bp=irr[Basis.CASH],
        irr_accrual_bp=irr[Basis.ACCRUAL],
    )


def xirr_bp(dated: Sequence[tuple[int, int]]) -> int | None:
    """The annual rate (bp, half-even) at which the flows' present value is zero, or None."""
    rate = xirr(dated)
    if rate is None:
        return None
    return int((rate * BP).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def xirr(dated: Sequence[tuple[int, int]], tolerance: Decimal = Decimal("1e-12")) -> Decimal | None:
    """Solve sum(a_i * (1 + r) ** -(t_i - t_0) / year) = 0 for r (compounded annually, 365-day
    years), by bisection on x = ln(1 + r) inside the first sign change found nearest to zero.

    None when the flows cannot have a rate: fewer than two dates, no money both out and in, or
    no sign change of the present value between about -100% and +48 million % a year.
    """
    merged: dict[int, int] = {}
    for when, amount in dated:
        merged[when] = merged.get(when, 0) + amount
    points = sorted((t, a) for t, a in merged.items() if a)
    if len(points) < 2 or all(a > 0 for _, a in points) or all(a < 0 for _, a in points):
        return None
    with localcontext(_CONTEXT):
        start = points[0][0]
        terms = [(Decimal(t - start) / YEAR_SECONDS, Decimal(a)) for t, a in points]

        def npv(x: Decimal) -> Decimal:
            return sum((a * (-x * years).exp() for years, a in terms), Decimal(0))

        grid = _GRID
        values = [npv(x) for x in grid]
        brackets = [
            (grid[i], grid[i + 1], values[i], values[i + 1])
            for i in range(len(grid) - 1)
            if values[i] == 0 or (values[i] < 0) != (values[i + 1] < 0)
        ]
        if not brackets:
            return None
        low, high, f_low, _ = min(brackets, key=lambda b: abs(b[0] + b[1]))
        if f_low == 0:
            return low.exp() - 1
        while high - low > tolerance:
            middle = (low + high) / 2
            f_middle = npv(middle)
            if f_middle == 0:
                return middle.exp() - 1
            if (f_middle < 0) == (f_low < 0):
                low, f_low = middle, f_middle
            else:
                high = middle
        return ((low + high) / 2).exp() - 1
