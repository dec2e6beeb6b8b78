"""The selection scorecard: the five criteria of DESIGN.md computed from a merchant's raw data.

Each criterion carries its value, where it sits among category peers, pass/fail, an English
sentence saying why, and a stable `reason_code` + `params` so the GUI can word it in the user's
language without parsing the sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.backend.models import (
    MerchantProfile,
    Metric,
    MetricSeries,
    PeerStats,
    PromotionList,
    RepaymentList,
)
from app.domain import metrics
from app.domain.format import days, pct
from app.domain.percentile import peer_median, peer_percentile
from app.domain.policy import DEFAULT_POLICY, SelectionPolicy
from app.domain.sources import days_late, integrity_gaps, late_installments, series_of


@dataclass(frozen=True)
class Criterion:
    key: str  # growth | return_rate | dio | promotions | repayment | integrity
    group: str  # growth | product | promotions | repayment | integrity
    title: str
    value: int | None
    unit: str  # bp | days_x100 | count
    peer_percentile: int | None
    passed: bool
    reason: str
    reason_code: str
    params: dict[str, int | str] = field(default_factory=dict)


@dataclass(frozen=True)
class Scorecard:
    criteria: list[Criterion]
    passed: bool
    as_of: dt.date

    def criterion(self, key: str) -> Criterion:
        for item in self.criteria:
            if item.key == key:
                return item
        raise KeyError(key)


def build_scorecard(
    series: MetricSeries,
    promotions: PromotionList,
    repayments: RepaymentList,
    peers: PeerStats,
    profile: MerchantProfile,
    policy: SelectionPolicy = DEFAULT_POLICY,
) -> Scorecard:
    """Score one merchant on the five selection criteria; the scorecard passes if all do.

    Raises ValueError when the inputs belong to different merchants or the peers to another
    category (the caller mixed up payloads; scoring them would be silently wrong).
    """
    _check_same_merchant(series, promotions, repayments, peers, profile)
    criteria = [
        _growth(series, peers, policy),
        _return_rate(series, peers, policy),
        _dio(series, peers, policy),
        _promotions(series, promotions, peers),
        _repayment(repayments, series.end, policy),
        _integrity(series, policy),
    ]
    return Scorecard(criteria, all(c.passed for c in criteria), series.end)


def _growth(series: MetricSeries, peers: PeerStats, policy: SelectionPolicy) -> Criterion:
    title = "Financial track record"
    value = metrics.growth_24m_bp(series_of(series, Metric.GMV))
    median = peer_median(peers.growth_24m_bp)
    if value is None:
        return _no_data("growth", "growth", title, "bp", "24 months of sales")
    params: dict[str, int | str] = {
        "value_bp": value,
        "peer_median_bp": median,
        "min_bp": policy.min_growth_bp,
    }
    said = f"Sales grew {pct(value)} over the last 12 months against the year before"
    if value < policy.min_growth_bp:
        code, passed = "growth.below_minimum", False
        reason = f"{said}, below the required {pct(policy.min_growth_bp)}."
    elif value < median:
        code, passed = "growth.below_peer_median", False
        reason = f"{said}, below the category median of {pct(median)}."
    else:
        code, passed = "growth.ok", True
        reason = f"{said}; category median {pct(median)}."
    percentile = peer_percentile(value, peers.growth_24m_bp)
    return Criterion(
        "growth", "growth", title, value, "bp", percentile, passed, reason, code, params
    )


def _return_rate(series: MetricSeries, peers: PeerStats, policy: SelectionPolicy) -> Criterion:
    title = "Return rate"
    value = metrics.return_rate_bp(
        series_of(series, Metric.ORDERS), series_of(series, Metric.RETURNS), policy.return_rate_days
    )
    if value is None:
        return _no_data("return_rate", "product", title, "bp", "a year of orders")
    median = peer_median(peers.return_rate_bp)
    percentile = peer_percentile(value, peers.return_rate_bp)
    passed = percentile <= policy.max_return_rate_percentile
    params: dict[str, int | str] = {
        "value_bp": value,
        "peer_median_bp": median,
        "percentile": percentile,
    }
    said = f"{pct(value)} of orders were returned over the last 12 months"
    if passed:
        code, reason = (
            "return_rate.ok",
            f"{said}, at or below the category median of {pct(median)}.",
        )
    else:
        code = "return_rate.above_peer_median"
        reason = f"{said}, above the category median of {pct(median)}."
    return Criterion(
        "return_rate", "product", title, value, "bp", percentile, passed, reason, code, params
    )


def _dio(series: MetricSeries, peers: PeerStats, policy: SelectionPolicy) -> Criterion:
    title = "Days inventory outstanding"
    value = metrics.dio_days_x100(
        series_of(series, Metric.INVENTORY), series_of(series, Metric.COGS), policy.dio_days
    )
    if value is None:
        return _no_data("dio", "product", title, "days_x100", "a year of inventory and sales")
    median = peer_median(peers.dio_days_x100)
    percentile = peer_percentile(value, peers.dio_days_x100)
    params: dict[str, int | str] = {
        "value_days_x100": value,
        "peer_median_days_x100": median,
        "max_days_x100": policy.dio_always_ok_days_x100,
    }
    said = f"Stock lasts {days(value)} on average"
    if value <= median:
        code, passed = "dio.ok", True
        reason = f"{said}, at or below the category median of {days(median)}."
    elif value <= policy.dio_always_ok_days_x100:
        code, passed = "dio.ok_under_ceiling", True
        reason = (
            f"{said}: above the category median of {days(median)} but within "
            f"{days(policy.dio_always_ok_days_x100)}."
        )
    else:
        code, passed = "dio.above_peer_median", False
        reason = f"{said}, above the category median of {days(median)}."
    return Criterion(
        "dio", "product", title, value, "days_x100", percentile, passed, reason, code, params
    )


def _promotions(series: MetricSeries, promotions: PromotionList, peers: PeerStats) -> Criterion:
    title = "Promotion uplift"
    gmv = series_of(series, Metric.GMV)
    own: list[int] = []
    peer: list[int] = []
    for event in promotions.items:
        uplift = metrics.event_uplift_bp(gmv, series.start, event.start, event.end)
        if uplift is not None:  # compare only the events the merchant can be measured on
            own.append(uplift)
            peer.append(event.peer_median_uplift_bp)
    value, benchmark = metrics.median(own), metrics.median(peer)
    if value is None or benchmark is None:
        return _no_data(
            "promotions", "promotions", title, "bp", "a promotion event with its baseline"
        )
    percentile = peer_percentile(value, peers.promo_uplift_bp)
    passed = value >= benchmark
    params: dict[str, int | str] = {
        "value_bp": value,
        "peer_median_bp": benchmark,
        "events": len(own),
    }
    said = f"Sales rose {pct(value)} in a typical promotion ({len(own)} events)"
    if passed:
        code, reason = "promotions.ok", f"{said}; peers' median {pct(benchmark)}."
    else:
        code, reason = (
            "promotions.below_peer_median",
            f"{said}, below peers' median of {pct(benchmark)}.",
        )
    return Criterion(
        "promotions", "promotions", title, value, "bp", percentile, passed, reason, code, params
    )


def _repayment(repayments: RepaymentList, as_of: dt.date, policy: SelectionPolicy) -> Criterion:
    title = "Repayment record"
    late = late_installments(repayments, as_of)
    count = len(repayments.items)
    params: dict[str, int | str] = {"late": len(late), "installments": count}
    if len(late) <= policy.max_late_installments:
        code = "repayment.ok"
        reason = f"All {count} installments were paid on time." if count else "No installments yet."
        passed = True
    else:
        worst = max(days_late(r, as_of) for r in late)
        params["max_days_late"] = worst
        code, passed = "repayment.late", False
        reason = f"{len(late)} of {count} installments were late, the worst by {worst} days."
    return Criterion(
        "repayment", "repayment", title, len(late), "count", None, passed, reason, code, params
    )


def _integrity(series: MetricSeries, policy: SelectionPolicy) -> Criterion:
    title = "Agreement between sources"
    gaps = integrity_gaps(series, policy.integrity_days)
    if not gaps:
        return _no_data("integrity", "integrity", title, "bp", "a year of PSP or bank figures")
    source, worst = max(gaps.items(), key=lambda kv: kv[1])
    params: dict[str, int | str] = {f"{name}_gap_bp": gap for name, gap in gaps.items()}
    params.update(source=source, max_bp=policy.max_source_gap_bp)
    checked = " and ".join(f"the {'PSP' if s == 'psp' else s}" for s in gaps)
    if worst <= policy.max_source_gap_bp:
        code, passed = "integrity.ok", True
        reason = (
            f"Platform sales and {checked} agree within {pct(worst)} in every month "
            f"of the last year."
        )
    else:
        name = "PSP" if source == "psp" else source
        code, passed = "integrity.sources_disagree", False
        reason = (
            f"Platform sales and the {name} differ by up to {pct(worst)} in a month, "
            f"more than the {pct(policy.max_source_gap_bp)} allowed."
        )
    return Criterion(
        "integrity", "integrity", title, worst, "bp", None, passed, reason, code, params
    )


def _no_data(key: str, group: str, title: str, unit: str, needed: str) -> Criterion:
    return Criterion(
        key, group, title, None, unit, None, False,
        f"Not enough data: needs {needed}.", f"{key}.insufficient_data", {},
    )  # fmt: skip


def _check_same_merchant(
    series: MetricSeries,
    promotions: PromotionList,
    repayments: RepaymentList,
    peers: PeerStats,
    profile: MerchantProfile,
) -> None:
    merchant = profile.summary.id
    for name, other in (
        ("metrics", series.merchant_id),
        ("promotions", promotions.merchant_id),
        ("repayments", repayments.merchant_id),
    ):
        if other != merchant:
            raise ValueError(f"{name} are for merchant {other}, not {merchant}")
    if peers.category != profile.summary.category:
        raise ValueError(
            f"peer statistics are for {peers.category.value}, not {profile.summary.category.value}"
        )
