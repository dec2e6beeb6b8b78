"""What the portfolio charts plot, computed here so the GUI only draws (integers, base units).

Months are calendar months in UTC, named by their first day. Allocation is by cost basis: PSTs
have no market price on chain, so cost is the honest common measure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.portfolio.holdings import Snapshot
from app.portfolio.ledger import FlowKind, LedgerEntry

BP = 10_000


@dataclass(frozen=True)
class AllocationSlice:
    token: str
    symbol: str
    cost_basis: int
    balance: int
    share_bp: int  # of the portfolio's total cost basis (largest remainder: sums to 10,000)


@dataclass(frozen=True)
class MonthlyDistributions:
    months: list[dt.date]
    by_token: dict[str, list[int]]  # symbol -> amount accrued per month
    total: list[int]


@dataclass(frozen=True)
class CumulativeFlows:
    """Step series at each dated flow: money put in so far against money back so far."""

    dates: list[dt.datetime]
    invested: list[int]  # purchases + transfers in at value, cumulative
    received: list[int]  # claims + transfers out at cost, cumulative
    net: list[int]  # received - invested (negative while under water)


def allocation(snapshot: Snapshot) -> list[AllocationSlice]:
    held = [h for h in snapshot.holdings if h.cost_basis > 0]
    total = sum(h.cost_basis for h in held)
    shares = _largest_remainder([h.cost_basis for h in held], total)
    slices = [
        AllocationSlice(h.info.token, h.info.symbol, h.cost_basis, h.balance, share)
        for h, share in zip(held, shares, strict=True)
    ]
    return sorted(slices, key=lambda s: -s.cost_basis)


def distributions_per_month(
    snapshot: Snapshot, since: dt.date | None = None
) -> MonthlyDistributions:
    """Distributions accrued to the account per month and token, from the first one (or
    `since`) to the snapshot's month, months without any included as zero."""
    accrued = [
        (h.info.symbol, e)
        for h in snapshot.holdings
        for e in h.entries
        if e.kind is FlowKind.DISTRIBUTION
    ]
    end = _month(snapshot.timestamp)
    first = min((_month(e.timestamp) for _, e in accrued), default=end)
    months = _months(since or first, end)
    index = {m: i for i, m in enumerate(months)}
    by_token: dict[str, list[int]] = {}
    for symbol, entry in accrued:
        slot = index.get(_month(entry.timestamp))
        if slot is None:
            continue
        by_token.setdefault(symbol, [0] * len(months))[slot] += entry.amount
    total = [sum(series[i] for series in by_token.values()) for i in range(len(months))]
    return MonthlyDistributions(months, by_token, total)


def cumulative_flows(entries: Iterable[LedgerEntry]) -> CumulativeFlows:
    dates: list[dt.datetime] = []
    invested: list[int] = []
    received: list[int] = []
    paid_in = paid_out = 0
    for entry in sorted(entries, key=lambda e: (e.timestamp, e.block_number, e.log_index)):
        cash = entry.cash
        if not cash:
            continue
        if cash < 0:
            paid_in -= cash
        else:
            paid_out += cash
        when = dt.datetime.fromtimestamp(entry.timestamp, dt.UTC)
        if dates and dates[-1] == when:  # one point per moment
            invested[-1], received[-1] = paid_in, paid_out
            continue
        dates.append(when)
        invested.append(paid_in)
        received.append(paid_out)
    net = [r - i for r, i in zip(received, invested, strict=True)]
    return CumulativeFlows(dates, invested, received, net)


def _month(seconds: int) -> dt.date:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).date().replace(day=1)


def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    months, current = [], first.replace(day=1)
    while current <= last:
        months.append(current)
        current = (current + dt.timedelta(days=32)).replace(day=1)
    return months


def _largest_remainder(parts: list[int], total: int) -> list[int]:
    if total <= 0:
        return [0] * len(parts)
    floors = [p * BP // total for p in parts]
    order = sorted(range(len(parts)), key=lambda i: -(parts[i] * BP % total))
    for i in order[: BP - sum(floors)]:
        floors[i] += 1
    return floors
