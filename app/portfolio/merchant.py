"""The business behind each holding: which merchant a store is, its health badge and revenue trend.

A store's on-chain id is keccak256 of the merchant's REST id (app.chain.deploy.store_id), so the
match needs no extra table. Badge and trend come from the merchant explorer's dashboard
(app/services/merchants.py), which the GUI already loads for the merchant page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.chain.deploy import store_id
from app.domain.covenants import Alert
from app.domain.dashboard import DashboardCharts
from app.domain.scorecard import Criterion, Scorecard


class Health(StrEnum):
    GOOD = "good"  # scorecard passes, no alerts
    WATCH = "watch"  # a criterion fails or a covenant warns
    BREACH = "breach"  # a covenant is breached


@dataclass(frozen=True)
class HealthBadge:
    health: Health
    passed: bool
    breaches: int
    warnings: int
    failed_criteria: tuple[str, ...]  # criterion titles
    summary: str  # in English (the CLI); the GUI words it from `failed` and `alert`
    failed: tuple[Criterion, ...] = ()  # the criteria below the bar
    alert: Alert | None = None  # the alert the summary tells (the first), if any


@dataclass(frozen=True)
class RevenueTrend:
    merchant_id: str
    months: list[dt.date]
    net_revenue: list[int]  # cents, platform figures, complete months only


def merchants_by_store(merchant_ids: Iterable[str]) -> dict[bytes, str]:
    """The store id of each merchant id: to find the merchant behind a holding."""
    return {store_id(m): m for m in merchant_ids}


def health_badge(scorecard: Scorecard, alerts: list[Alert]) -> HealthBadge:
    breaches = sum(1 for a in alerts if a.severity == "breach")
    warnings = len(alerts) - breaches
    below = tuple(c for c in scorecard.criteria if not c.passed)
    failed = tuple(c.title for c in below)
    if breaches:
        health, summary = Health.BREACH, alerts[0].message
    elif warnings or failed:
        health = Health.WATCH
        summary = alerts[0].message if alerts else f"Below the bar on: {', '.join(failed)}."
    else:
        health, summary = Health.GOOD, "Meets every selection criterion; no covenant alerts."
    first = alerts[0] if alerts else None
    return HealthBadge(health, scorecard.passed, breaches, warnings, failed, summary, below, first)


def revenue_trend(merchant_id: str, charts: DashboardCharts, months: int = 12) -> RevenueTrend:
    """The last `months` complete months of net revenue, for a holding's sparkline."""
    revenue = charts.revenue
    return RevenueTrend(merchant_id, revenue.months[-months:], revenue.net_revenue[-months:])
