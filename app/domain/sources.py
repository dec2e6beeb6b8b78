"""Reading MetricSeries and RepaymentList for the domain: plain daily lists per source, the
lag between sources, and which installments count as late."""

from __future__ import annotations

import datetime as dt

from app.backend.models import Metric, MetricSeries, Repayment, RepaymentList, Source
from app.domain import metrics

# Settlement lags up to 60 days are allowed by the API (MerchantProfile.settlement_lag_days).
MAX_LAG_DAYS = 60
LAG_WINDOW_DAYS = 90


def series_of(series: MetricSeries, metric: Metric, source: Source = Source.PLATFORM) -> list[int]:
    """One metric as one source saw it; [] when the series does not carry it (the metric
    functions then answer None, i.e. "not enough data")."""
    found = series.metrics.get(metric)
    if found is None:
        return []
    values = getattr(found, source.value)
    return [] if values is None else values


def source_lag(series: MetricSeries, source: Source) -> int | None:
    """How many days after the platform `source` records the same net revenue, estimated from
    the data (the PSP's lag is not published and the bank's may drift from the contract).
    None when the source is absent or the series is too short to tell."""
    platform = series_of(series, Metric.NET_REVENUE)
    other = series_of(series, Metric.NET_REVENUE, source)
    if not other or len(other) != len(platform):
        return None
    max_lag = min(MAX_LAG_DAYS, len(platform) - LAG_WINDOW_DAYS)
    return metrics.estimate_lag(platform, other, max_lag, LAG_WINDOW_DAYS)


def integrity_gaps(series: MetricSeries, days: int) -> dict[str, int]:
    """Largest 30-day gap (bp) between platform net revenue and each third-party source over the
    last `days` checkable days, aligned by the estimated lag; sources that cannot be checked
    are left out."""
    platform = series_of(series, Metric.NET_REVENUE)
    gaps: dict[str, int] = {}
    for source in (Source.PSP, Source.BANK):
        lag = source_lag(series, source)
        if lag is None:
            continue
        other = series_of(series, Metric.NET_REVENUE, source)
        gap = metrics.source_gap_bp(platform, other, lag, days)
        if gap is not None:
            gaps[source.value] = gap
    return gaps


def days_late(repayment: Repayment, as_of: dt.date) -> int:
    """Days late as reported, or, for an installment still not fully paid after its due date,
    the days it has been overdue as of `as_of` if that is more."""
    if repayment.amount_paid < repayment.amount_due and repayment.due_date < as_of:
        return max(repayment.days_late, (as_of - repayment.due_date).days)
    return repayment.days_late


def is_overdue(repayment: Repayment, as_of: dt.date) -> bool:
    """Due before `as_of` and still not fully paid."""
    return repayment.amount_paid < repayment.amount_due and repayment.due_date < as_of


def late_installments(repayments: RepaymentList, as_of: dt.date) -> list[Repayment]:
    """Installments ever paid late, or overdue now."""
    return [r for r in repayments.items if days_late(r, as_of) > 0]
