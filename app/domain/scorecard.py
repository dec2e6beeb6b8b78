"""The selection scorecard: the five criteria of DESIGN.md computed from a merchant's raw data.

Each criterion carries its value, where it sits among category peers, pass/fail, an English
sentence saying why, and a stable `reason_code` + `params` so the GUI can word it in the user's
language without parsing the sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from app.backend.models import (
    MerchantProfile,
    MetricSeries,
    PeerStats,
    PromotionList,
    RepaymentList,
)
from app.domain import scorer
from app.domain.batches import one_row
from app.domain.format import days, pct
from app.domain.policy import DEFAULT_POLICY, SelectionPolicy


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

    The same vectorised code as the screener's, on one row (app.domain.scorer).
    Raises ValueError when the inputs belong to different merchants or the peers to another
    category (the caller mixed up payloads; scoring them would be silently wrong).
    """
    _check_same_merchant(series, promotions, repayments, peers, profile)
    table = scorer.PeerTable.of([peers])
    measures = scorer.measure(*one_row(series, promotions, repayments), policy)
    placed = scorer.place(measures, np.zeros(1, dtype=np.int64), table)
    verdicts = scorer.judge(measures, placed, policy)
    return scorecard_of(measures, placed, verdicts, 0, policy, series.end)


def scorecard_of(
    measures: scorer.Measures,
    placed: scorer.Placed,
    verdicts: scorer.Verdicts,
    row: int,
    policy: SelectionPolicy,
    as_of: dt.date,
) -> Scorecard:
    """Row `row` of a scored batch as a Scorecard, each criterion with its reason."""
    m, p, passed = measures, placed, {k: bool(v[row]) for k, v in verdicts.passed.items()}
    criteria = [
        _growth(m, p, row, passed["growth"], policy),
        _return_rate(m, p, row, passed["return_rate"]),
        _dio(m, p, row, passed["dio"], policy),
        _promotions(m, p, row, passed["promotions"]),
        _repayment(m, row, passed["repayment"]),
        _integrity(m, row, passed["integrity"], policy),
    ]
    return Scorecard(criteria, all(c.passed for c in criteria), as_of)


def _growth(
    m: scorer.Measures, p: scorer.Placed, row: int, passed: bool, policy: SelectionPolicy
) -> Criterion:
    title = "Financial track record"
    if not m.growth_ok[row]:
        return _no_data("growth", "growth", title, "bp", "24 months of sales")
    value, median = int(m.growth_bp[row]), int(p.growth_median[row])
    params: dict[str, int | str] = {
        "value_bp": value,
        "peer_median_bp": median,
        "min_bp": policy.min_growth_bp,
    }
    said = f"Sales grew {pct(value)} over the last 12 months against the year before"
    if value < policy.min_growth_bp:
        code = "growth.below_minimum"
        reason = f"{said}, below the required {pct(policy.min_growth_bp)}."
    elif value < median:
        code = "growth.below_peer_median"
        reason = f"{said}, below the category median of {pct(median)}."
    else:
        code = "growth.ok"
        reason = f"{said}; category median {pct(median)}."
    percentile = int(p.growth_pct[row])
    return Criterion(
        "growth", "growth", title, value, "bp", percentile, passed, reason, code, params
    )


def _return_rate(m: scorer.Measures, p: scorer.Placed, row: int, passed: bool) -> Criterion:
    title = "Return rate"
    if not m.return_rate_ok[row]:
        return _no_data("return_rate", "product", title, "bp", "a year of orders")
    value, median = int(m.return_rate_bp[row]), int(p.return_rate_median[row])
    percentile = int(p.return_rate_pct[row])
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


def _dio(
    m: scorer.Measures, p: scorer.Placed, row: int, passed: bool, policy: SelectionPolicy
) -> Criterion:
    title = "Days inventory outstanding"
    if not m.dio_ok[row]:
        return _no_data("dio", "product", title, "days_x100", "a year of inventory and sales")
    value, median = int(m.dio_days_x100[row]), int(p.dio_median[row])
    percentile = int(p.dio_pct[row])
    params: dict[str, int | str] = {
        "value_days_x100": value,
        "peer_median_days_x100": median,
        "max_days_x100": policy.dio_always_ok_days_x100,
    }
    said = f"Stock lasts {days(value)} on average"
    if value <= median:
        code = "dio.ok"
        reason = f"{said}, at or below the category median of {days(median)}."
    elif value <= policy.dio_always_ok_days_x100:
        code = "dio.ok_under_ceiling"
        reason = (
            f"{said}: above the category median of {days(median)} but within "
            f"{days(policy.dio_always_ok_days_x100)}."
        )
    else:
        code = "dio.above_peer_median"
        reason = f"{said}, above the category median of {days(median)}."
    return Criterion(
        "dio", "product", title, value, "days_x100", percentile, passed, reason, code, params
    )


def _promotions(m: scorer.Measures, p: scorer.Placed, row: int, passed: bool) -> Criterion:
    title = "Promotion uplift"
    if not m.promo_ok[row]:
        return _no_data(
            "promotions", "promotions", title, "bp", "a promotion event with its baseline"
        )
    value, benchmark = int(m.promo_bp[row]), int(m.promo_benchmark_bp[row])
    events = int(m.promo_events[row])
    percentile = int(p.promo_pct[row])
    params: dict[str, int | str] = {
        "value_bp": value,
        "peer_median_bp": benchmark,
        "events": events,
    }
    said = f"Sales rose {pct(value)} in a typical promotion ({events} events)"
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


def _repayment(m: scorer.Measures, row: int, passed: bool) -> Criterion:
    title = "Repayment record"
    late, count = int(m.late[row]), int(m.installments[row])
    params: dict[str, int | str] = {"late": late, "installments": count}
    if passed:
        code = "repayment.ok"
        reason = f"All {count} installments were paid on time." if count else "No installments yet."
    else:
        worst = int(m.max_days_late[row])
        params["max_days_late"] = worst
        code = "repayment.late"
        reason = f"{late} of {count} installments were late, the worst by {worst} days."
    return Criterion(
        "repayment", "repayment", title, late, "count", None, passed, reason, code, params
    )


def _integrity(m: scorer.Measures, row: int, passed: bool, policy: SelectionPolicy) -> Criterion:
    title = "Agreement between sources"
    gaps = {s: int(m.gap_bp[s][row]) for s in scorer.INTEGRITY_SOURCES if m.gap_ok[s][row]}
    if not gaps:
        return _no_data("integrity", "integrity", title, "bp", "a year of PSP or bank figures")
    source, worst = max(gaps.items(), key=lambda kv: kv[1])
    params: dict[str, int | str] = {f"{name}_gap_bp": gap for name, gap in gaps.items()}
    params.update(source=source, max_bp=policy.max_source_gap_bp)
    checked = " and ".join(f"the {'PSP' if s == 'psp' else s}" for s in gaps)
    if passed:
        code = "integrity.ok"
        reason = (
            f"Platform sales and {checked} agree within {pct(worst)} in every month "
            f"of the last year."
        )
    else:
        name = "PSP" if source == "psp" else source
        code = "integrity.sources_disagree"
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
