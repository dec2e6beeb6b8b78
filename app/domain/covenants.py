"""Covenant checks for monitored merchants: revenue drop, return-rate spike, DIO ceiling, late
settlement and sources disagreeing. Each breach or warning becomes an Alert with an English
message plus a stable reason_code and params for translation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from app.backend.models import MerchantProfile, Metric, MetricSeries, RepaymentList, Source
from app.domain import metrics
from app.domain.format import days, pct
from app.domain.policy import DEFAULT_COVENANTS, CovenantPolicy
from app.domain.sources import (
    LAG_WINDOW_DAYS,
    MAX_LAG_DAYS,
    days_late,
    is_overdue,
    series_of,
    source_lag,
)

WARNING = "warning"
BREACH = "breach"
# The bank reconciliation's alerts (app/bank/alerts.py) travel as covenant alerts of this name.
REVENUE_CONTROL = "revenue_control"


@dataclass(frozen=True)
class Alert:
    covenant: str  # revenue_drop | return_spike | dio_ceiling | late_settlement | sources_disagree
    severity: str  # warning | breach
    message: str
    reason_code: str
    params: dict[str, int | str]
    as_of: dt.date


def check_covenants(
    series: MetricSeries,
    repayments: RepaymentList,
    profile: MerchantProfile,
    policy: CovenantPolicy = DEFAULT_COVENANTS,
) -> list[Alert]:
    """Every covenant warning or breach as of the last day of `series`, breaches first."""
    if series.merchant_id != profile.summary.id or repayments.merchant_id != profile.summary.id:
        raise ValueError(f"payloads mix merchants: expected {profile.summary.id}")
    as_of = series.end
    found: list[Alert | None] = [
        _revenue_drop(series, policy, as_of),
        _return_spike(series, policy, as_of),
        _dio_ceiling(series, policy, as_of),
        _bank_settlement(series, profile, policy, as_of),
        _installment_overdue(repayments, as_of),
        _sources_disagree(series, policy, as_of),
    ]
    alerts = [a for a in found if a is not None]
    return sorted(alerts, key=lambda a: a.severity != BREACH)


def drop_bp(before: int, after: int) -> int | None:
    """How far `after` fell below `before`, in bp (negative when it rose); None if before is 0."""
    if before <= 0:
        return None
    return round(Fraction((before - after) * metrics.BP, before))


def _grade(value: int, warning: int, breach: int) -> str | None:
    if value > breach:
        return BREACH
    if value > warning:
        return WARNING
    return None


def _revenue_drop(series: MetricSeries, policy: CovenantPolicy, as_of: dt.date) -> Alert | None:
    revenue = series_of(series, Metric.NET_REVENUE)
    n, w = len(revenue), policy.revenue_window_days
    if n < 2 * w:
        return None
    recent = sum(revenue[n - w :])
    month_drop = drop_bp(sum(revenue[n - 2 * w : n - w]), recent)
    if month_drop is None:
        return None
    params: dict[str, int | str] = {"month_drop_bp": month_drop, "window_days": w}
    drop = month_drop
    if n >= 365 + w:  # the same window a year earlier, to tell a slump from the season
        year_drop = drop_bp(sum(revenue[n - 365 - w : n - 365]), recent)
        if year_drop is None:
            return None
        params["year_drop_bp"] = year_drop
        drop = min(month_drop, year_drop)
    severity = _grade(drop, policy.revenue_drop_warning_bp, policy.revenue_drop_breach_bp)
    if severity is None:
        return None
    message = f"Net revenue of the last {w} days fell {pct(month_drop)} against the {w} days before"
    if "year_drop_bp" in params:
        message += f" and {pct(int(params['year_drop_bp']))} against the same days a year ago"
    return Alert("revenue_drop", severity, message + ".", "revenue_drop", params, as_of)


def _return_spike(series: MetricSeries, policy: CovenantPolicy, as_of: dt.date) -> Alert | None:
    orders = series_of(series, Metric.ORDERS)
    returns = series_of(series, Metric.RETURNS)
    w, base = policy.return_window_days, policy.return_baseline_days
    recent = metrics.return_rate_bp(orders, returns, w)
    n = len(orders)
    if recent is None or n < w + base or len(returns) != n:
        return None
    # the baseline year ends where the recent window starts, so a spike does not dilute it
    trailing = metrics.return_rate_bp(orders[: n - w], returns[: n - w], base)
    if trailing is None:
        return None
    rise = recent - trailing
    if recent * 100 > trailing * policy.return_spike_breach_pct and (
        rise >= policy.return_spike_breach_min_bp
    ):
        severity = BREACH
    elif recent * 100 > trailing * policy.return_spike_warning_pct and (
        rise >= policy.return_spike_warning_min_bp
    ):
        severity = WARNING
    else:
        return None
    params: dict[str, int | str] = {"recent_bp": recent, "trailing_bp": trailing, "window_days": w}
    message = (
        f"{pct(recent)} of orders were returned in the last {w} days, "
        f"against {pct(trailing)} over the year before."
    )
    return Alert("return_spike", severity, message, "return_spike", params, as_of)


def _dio_ceiling(series: MetricSeries, policy: CovenantPolicy, as_of: dt.date) -> Alert | None:
    w = policy.dio_window_days
    value = metrics.dio_days_x100(
        series_of(series, Metric.INVENTORY), series_of(series, Metric.COGS), w
    )
    if value is None:
        return None
    severity = _grade(value, policy.dio_warning_days_x100, policy.dio_breach_days_x100)
    if severity is None:
        return None
    limit = policy.dio_breach_days_x100 if severity == BREACH else policy.dio_warning_days_x100
    params: dict[str, int | str] = {
        "value_days_x100": value,
        "limit_days_x100": limit,
        "window_days": w,
    }
    message = f"Stock lasted {days(value)} over the last {w} days, above {days(limit)}."
    return Alert("dio_ceiling", severity, message, "dio_ceiling", params, as_of)


def _bank_settlement(
    series: MetricSeries, profile: MerchantProfile, policy: CovenantPolicy, as_of: dt.date
) -> Alert | None:
    bank = series_of(series, Metric.NET_REVENUE, Source.BANK)
    platform = series_of(series, Metric.NET_REVENUE)
    if not bank or len(bank) != len(platform):
        return None
    lag = _usual_bank_lag(platform, bank, profile.settlement_lag_days)
    overdue = metrics.unsettled_overdue_days(platform, bank, lag)
    severity = _grade(overdue, policy.settlement_grace_days, policy.settlement_breach_days)
    if severity is None:
        return None
    params: dict[str, int | str] = {"overdue_days": overdue, "expected_lag_days": lag}
    message = (
        f"The bank has not settled sales for {overdue} days beyond the expected "
        f"{lag}-day settlement lag."
    )
    return Alert("late_settlement", severity, message, "late_settlement.bank", params, as_of)


def _usual_bank_lag(platform: list[int], bank: list[int], contractual: int) -> int:
    """The lag the bank usually settles with: the contractual one, or the lag seen in the data
    before its current silence when that is longer (the bank may book the PSP's settlements a
    day or two later; that is normal, not late)."""
    quiet = 0
    while quiet < len(bank) and bank[-1 - quiet] == 0:
        quiet += 1
    if quiet == 0:
        return contractual
    before = len(bank) - quiet
    usual = metrics.estimate_lag(
        platform[:before], bank[:before], min(MAX_LAG_DAYS, max(before - LAG_WINDOW_DAYS, 0))
    )
    return contractual if usual is None else max(contractual, usual)


def _installment_overdue(repayments: RepaymentList, as_of: dt.date) -> Alert | None:
    overdue = [r for r in repayments.items if is_overdue(r, as_of)]
    if not overdue:
        return None
    oldest = min(overdue, key=lambda r: r.due_date)
    late = days_late(oldest, as_of)
    params: dict[str, int | str] = {
        "installment": oldest.installment,
        "due_date": oldest.due_date.isoformat(),
        "days_late": late,
        "count": len(overdue),
    }
    message = f"Installment {oldest.installment} due {oldest.due_date.isoformat()} is unpaid"
    message += f", {late} days late." if late else "."
    if len(overdue) > 1:
        message += f" {len(overdue)} installments are overdue."
    return Alert("late_settlement", BREACH, message, "late_settlement.installment", params, as_of)


def _sources_disagree(series: MetricSeries, policy: CovenantPolicy, as_of: dt.date) -> Alert | None:
    platform = series_of(series, Metric.NET_REVENUE)
    worst: tuple[int, Source] | None = None
    for source in (Source.BANK, Source.PSP):
        lag = source_lag(series, source)
        if lag is None:
            continue
        other = series_of(series, Metric.NET_REVENUE, source)
        gap = metrics.source_gap_bp(platform, other, lag, policy.source_gap_days)
        if gap is not None and (worst is None or gap > worst[0]):
            worst = (gap, source)
    if worst is None:
        return None
    gap, source = worst
    severity = _grade(gap, policy.source_gap_warning_bp, policy.source_gap_breach_bp)
    if severity is None:
        return None
    name = "PSP" if source == Source.PSP else "bank"
    params: dict[str, int | str] = {"gap_bp": gap, "source": source.value}
    message = (
        f"Platform sales and the {name} differ by {pct(gap)} over the last "
        f"{policy.source_gap_days} days."
    )
    return Alert("sources_disagree", severity, message, "sources_disagree", params, as_of)
