"""Everything the six merchant dashboard charts plot, computed in the core so the GUI only draws.

Monthly charts use complete calendar months only (a partial first or current month would look
like a slump); each month is named by its first day. Integers throughout: money in cents,
ratios in bp, DIO in days x 100; None marks a month with nothing to divide by.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np
from numpy.typing import NDArray

from app.backend.models import (
    Metric,
    MetricSeries,
    PeerStats,
    PromotionList,
    RepaymentList,
    Source,
)
from app.domain import metrics
from app.domain.percentile import peer_median
from app.domain.sources import days_late, series_of, source_lag


@dataclass(frozen=True)
class RevenueChart:
    months: list[dt.date]
    net_revenue: list[int]  # platform, cents
    gmv: list[int]  # platform, cents
    growth_24m_bp: int | None  # of GMV, the figure the scorecard judges


@dataclass(frozen=True)
class MonthlyRatioChart:
    months: list[dt.date]
    values: list[int | None]
    peer_median: int  # the category median over the last year: a flat reference line
    unit: str  # bp | days_x100


@dataclass(frozen=True)
class UpliftChart:
    events: list[str]  # PromotionEvent values, oldest first
    starts: list[dt.date]
    ends: list[dt.date]
    merchant_bp: list[int | None]  # None: the event or its baseline is outside the series
    peer_median_bp: list[int]


@dataclass(frozen=True)
class RepaymentChart:
    installments: list[int]
    due_dates: list[dt.date]
    amount_due: list[int]
    amount_paid: list[int]
    paid_dates: list[dt.date | None]
    days_late: list[int]  # as of the series' last day for installments still unpaid


@dataclass(frozen=True)
class SourceChart:
    """Monthly net revenue per source. PSP and bank figures are shifted back by their estimated
    lag, so each month compares the same sales; a month whose settlements are not all in yet
    is None."""

    months: list[dt.date]
    platform: list[int]
    others: dict[str, list[int | None]]  # "psp" / "bank" -> monthly totals
    gap_bp: dict[str, list[int | None]]  # |other - platform| / platform per month
    lag_days: dict[str, int]


@dataclass(frozen=True)
class DashboardCharts:
    as_of: dt.date
    revenue: RevenueChart
    return_rate: MonthlyRatioChart
    dio: MonthlyRatioChart
    uplift: UpliftChart
    repayments: RepaymentChart
    sources: SourceChart


def build_charts(
    series: MetricSeries,
    promotions: PromotionList,
    repayments: RepaymentList,
    peers: PeerStats,
) -> DashboardCharts:
    months, bounds = month_bounds(series.start, series.days)
    gmv = series_of(series, Metric.GMV)
    revenue = RevenueChart(
        months,
        _monthly(series_of(series, Metric.NET_REVENUE), bounds),
        _monthly(gmv, bounds),
        metrics.growth_24m_bp(gmv),
    )
    return_rate = MonthlyRatioChart(
        months,
        _monthly_ratio(
            _monthly(series_of(series, Metric.RETURNS), bounds),
            _monthly(series_of(series, Metric.ORDERS), bounds),
            metrics.BP,
        ),
        peer_median(peers.return_rate_bp),
        "bp",
    )
    dio = MonthlyRatioChart(
        months,
        _monthly_ratio(
            _monthly(series_of(series, Metric.INVENTORY), bounds),
            _monthly(series_of(series, Metric.COGS), bounds),
            100,
        ),
        peer_median(peers.dio_days_x100),
        "days_x100",
    )
    return DashboardCharts(
        series.end,
        revenue,
        return_rate,
        dio,
        _uplift(series, promotions, gmv),
        _repayments(repayments, series.end),
        _sources(series, months, bounds),
    )


def month_bounds(start: dt.date, days: int) -> tuple[list[dt.date], list[int]]:
    """The complete calendar months inside [start, start + days) and their day offsets:
    month k covers days bounds[k] .. bounds[k + 1] - 1."""
    first = start if start.day == 1 else _next_month(start)
    months: list[dt.date] = []
    bounds = [(first - start).days]
    while True:
        following = _next_month(first)
        offset = (following - start).days
        if offset > days:
            break
        months.append(first)
        bounds.append(offset)
        first = following
    return months, bounds if months else []


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _monthly(values: list[int], bounds: list[int], shift: int = 0) -> list[int]:
    """Sums of values[bounds[k] + shift : bounds[k + 1] + shift] for each month that fits."""
    if len(bounds) < 2 or not values:
        return []
    usable = [b for b in bounds if b + shift <= len(values)]
    if len(usable) < 2:
        return []
    array: NDArray[Any] = metrics.as_array(values)
    lo, hi = usable[0] + shift, usable[-1] + shift
    offsets = np.asarray(usable[:-1], dtype=np.intp) - usable[0]
    return [int(v) for v in np.add.reduceat(array[lo:hi], offsets)]


def _monthly_ratio(numerators: list[int], denominators: list[int], scale: int) -> list[int | None]:
    if not numerators or not denominators:
        return []
    return [
        round(Fraction(num * scale, den)) if den else None
        for num, den in zip(numerators, denominators, strict=True)
    ]


def _uplift(series: MetricSeries, promotions: PromotionList, gmv: list[int]) -> UpliftChart:
    events = sorted(promotions.items, key=lambda p: p.start)
    return UpliftChart(
        [p.event.value for p in events],
        [p.start for p in events],
        [p.end for p in events],
        [metrics.event_uplift_bp(gmv, series.start, p.start, p.end) for p in events],
        [p.peer_median_uplift_bp for p in events],
    )


def _repayments(repayments: RepaymentList, as_of: dt.date) -> RepaymentChart:
    items = sorted(repayments.items, key=lambda r: (r.due_date, r.installment))
    return RepaymentChart(
        [r.installment for r in items],
        [r.due_date for r in items],
        [r.amount_due for r in items],
        [r.amount_paid for r in items],
        [r.paid_date for r in items],
        [days_late(r, as_of) for r in items],
    )


def _sources(series: MetricSeries, months: list[dt.date], bounds: list[int]) -> SourceChart:
    platform = _monthly(series_of(series, Metric.NET_REVENUE), bounds)
    others: dict[str, list[int | None]] = {}
    gaps: dict[str, list[int | None]] = {}
    lags: dict[str, int] = {}
    for source in (Source.PSP, Source.BANK):
        lag = source_lag(series, source)
        if lag is None:
            continue
        seen = _monthly(series_of(series, Metric.NET_REVENUE, source), bounds, lag)
        padded: list[int | None] = [*seen, *([None] * (len(platform) - len(seen)))]
        others[source.value] = padded
        gaps[source.value] = [
            None if other is None else metrics.bucket_gap_bp(ref, other)
            for ref, other in zip(platform, padded, strict=True)
        ]
        lags[source.value] = lag
    return SourceChart(months, platform, others, gaps, lags)
