"""The five selection criteria for many merchants at once: one code path for the screener (all
15,000 stores) and the dashboard's scorecard (one row), so the two can never disagree.

Three steps, each vectorised over merchants with numpy. Why numpy: polars and DuckDB are not
installed (not dependencies), so `python -m bench screen` times numpy alone and says so in its
row "engines not installed, not measured: polars, duckdb". Its measurement (2 shared cores, load
average near 15): "engine numpy: window sums, 500 merchants x 791 days" 28.7 ms, and the cold
screening of 15,000 merchants 1.74 s of the client's CPU. numpy reads the Arrow columns without
a copy, keeps every figure an exact int64 (the half-even rounding of exact ratios below needs
integers, not floats) and adds no dependency; the work is window sums along each merchant's
days, not the joins and group-bys a query engine is for.
1. `measure`: from daily series, events and repayments to raw figures per merchant (growth,
   return rate, DIO, promotion uplift and its benchmark, late installments, source gaps). The
   costly step; a pure function of its inputs, so its result can be cached per data page.
2. `place`: where each figure sits among its category's peers (percentiles, medians).
3. `judge`: pass or fail per criterion under a SelectionPolicy: a few comparisons per merchant,
   cheap enough to rerun on every what-if change of a threshold.

The arithmetic is app.domain.metrics' (same windows, same half-even rounding of exact ratios):
the scalar functions stay for the covenants, the charts and the peer statistics, and tests
hold the two to the same integers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from app.domain import kernels, metrics
from app.domain.kernels import BP, Ints, div_half_even, prefix_sums, window
from app.domain.percentile import QUANTILE_COUNT, check_quantiles
from app.domain.policy import SelectionPolicy
from app.domain.sources import LAG_WINDOW_DAYS, MAX_LAG_DAYS

Bools = NDArray[np.bool_]
YEAR = metrics.YEAR
BASELINE = metrics.BASELINE_DAYS
BUCKET = metrics.GAP_BUCKET_DAYS
CRITERIA = ("growth", "return_rate", "dio", "promotions", "repayment", "integrity")
GROUPS = ("growth", "product", "promotions", "repayment", "integrity")
GROUP_OF = {
    "growth": "growth",
    "return_rate": "product",
    "dio": "product",
    "promotions": "promotions",
    "repayment": "repayment",
    "integrity": "integrity",
}
INTEGRITY_SOURCES = ("psp", "bank")
# Lag errors are sums of 90 positive float32 terms on a 0..2 scale: their rounding stays far
# below 1e-4 (relative) and 1e-4 (absolute); closer calls go to the exact scalar function.
_LAG_MARGIN = 1e-4


@dataclass(frozen=True)
class SeriesBatch:
    """Daily series of m merchants over the same n days from `start` (arrays (m, n)); a metric
    or source the data does not carry is None (its criterion then has no data)."""

    start: dt.date
    days: int
    gmv: Ints | None
    orders: Ints | None
    returns: Ints | None
    inventory: Ints | None
    cogs: Ints | None
    net_platform: Ints | None
    net_psp: Ints | None
    net_bank: Ints | None

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=self.days - 1)


@dataclass(frozen=True)
class EventBatch:
    """Promotion events per merchant, padded to e columns (`present` marks the real ones):
    first and last day as day numbers since the series' start, and the peers' median uplift."""

    first: NDArray[np.int64]
    last: NDArray[np.int64]
    peer_median_bp: Ints
    present: Bools


@dataclass(frozen=True)
class RepaymentBatch:
    """Every merchant's installments, flattened: `row` says whose each one is."""

    row: NDArray[np.int64]
    due: NDArray[np.int64]  # day numbers since the series' start
    days_late: NDArray[np.int64]
    unpaid: Bools  # amount_paid < amount_due


@dataclass(frozen=True)
class Measures:
    """Raw figures per merchant; `<name>_ok` says whether there was data for it."""

    growth_bp: Ints
    growth_ok: Bools
    return_rate_bp: Ints
    return_rate_ok: Bools
    dio_days_x100: Ints
    dio_ok: Bools
    promo_bp: Ints
    promo_benchmark_bp: Ints
    promo_events: NDArray[np.int64]
    promo_ok: Bools
    late: NDArray[np.int64]
    installments: NDArray[np.int64]
    max_days_late: NDArray[np.int64]
    gap_bp: dict[str, Ints]  # per third-party source
    gap_ok: dict[str, Bools]

    @property
    def count(self) -> int:
        return len(self.growth_ok)

    def take(self, rows: NDArray[Any]) -> Measures:
        picked: dict[str, Any] = {}
        for name, value in vars(self).items():
            if isinstance(value, dict):
                picked[name] = {k: v[rows] for k, v in value.items()}
            else:
                picked[name] = value[rows]
        return Measures(**picked)

    @staticmethod
    def empty() -> Measures:
        """No merchant (a portfolio of none)."""
        z, b = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool)
        gaps = {s: z for s in INTEGRITY_SOURCES}
        oks = {s: b for s in INTEGRITY_SOURCES}
        return Measures(z, b, z, b, z, b, z, z, z, b, z, z, z, gaps, oks)

    @staticmethod
    def concat(parts: list[Measures]) -> Measures:
        if not parts:
            return Measures.empty()
        joined: dict[str, Any] = {}
        for name, value in vars(parts[0]).items():
            if isinstance(value, dict):
                joined[name] = {k: _cat([vars(p)[name][k] for p in parts]) for k in value}
            else:
                joined[name] = _cat([vars(p)[name] for p in parts])
        return Measures(**joined)


def _cat(arrays: list[NDArray[Any]]) -> NDArray[Any]:
    if any(a.dtype == object for a in arrays):
        return np.concatenate([a.astype(object) for a in arrays])
    return np.concatenate(arrays)


# -- 1. measure ------------------------------------------------------------------------------


def window_days(policy: SelectionPolicy) -> int:
    """How many of the latest days `measure` reads of every series but platform GMV (growth
    reads two years of it, promotions the whole history): earlier days may be left as zeros."""
    return max(
        policy.return_rate_days,
        policy.dio_days,
        policy.integrity_days + MAX_LAG_DAYS,  # 30-day buckets, shifted by a lag up to 60 days
        LAG_WINDOW_DAYS + MAX_LAG_DAYS,
    )


def measure(
    series: SeriesBatch,
    events: EventBatch,
    repayments: RepaymentBatch,
    policy: SelectionPolicy,
) -> Measures:
    """The raw figures of every merchant in the batch (windows from `policy`)."""
    m, n = _rows(series), series.days
    growth, growth_ok = _growth(series.gmv, m, n)
    returns, returns_ok = _ratio_last(
        series.returns, series.orders, policy.return_rate_days, m, n, BP
    )
    dio, dio_ok = _ratio_last(series.inventory, series.cogs, policy.dio_days, m, n, 100)
    promo, benchmark, events_used, promo_ok = _promotions(series.gmv, events, m, n)
    late, installments, worst = _repayments(repayments, m, n - 1)
    gap_bp: dict[str, Ints] = {}
    gap_ok: dict[str, Bools] = {}
    platform = series.net_platform
    platform_cs = prefix_sums(platform) if platform is not None else None
    for name in INTEGRITY_SOURCES:
        other = series.net_psp if name == "psp" else series.net_bank
        gap_bp[name], gap_ok[name] = _source_gap(
            platform, platform_cs, other, policy.integrity_days, m, n
        )
    return Measures(
        growth, growth_ok, returns, returns_ok, dio, dio_ok, promo, benchmark, events_used,
        promo_ok, late, installments, worst, gap_bp, gap_ok,
    )  # fmt: skip


def _rows(series: SeriesBatch) -> int:
    for values in vars(series).values():
        if isinstance(values, np.ndarray):
            return values.shape[0]
    raise ValueError("a series batch needs at least one metric to know its merchants")


def _none(m: int) -> tuple[Ints, Bools]:
    return np.zeros(m, dtype=np.int64), np.zeros(m, dtype=bool)


def _growth(gmv: Ints | None, m: int, n: int) -> tuple[Ints, Bools]:
    if gmv is None or n < 2 * YEAR:
        return _none(m)
    recent = gmv[:, n - YEAR :].sum(axis=1)
    earlier = gmv[:, n - 2 * YEAR : n - YEAR].sum(axis=1)
    ok = earlier != 0
    value = div_half_even((recent - earlier) * BP, np.where(ok, earlier, 1))
    return value, ok


def _ratio_last(
    numerator: Ints | None, denominator: Ints | None, days: int, m: int, n: int, scale: int
) -> tuple[Ints, Bools]:
    """sum(numerator) * scale / sum(denominator) over the last `days` days."""
    if days < 1:
        raise ValueError(f"days must be at least 1, not {days}")
    if numerator is None or denominator is None or n < days:
        return _none(m)
    top = numerator[:, n - days :].sum(axis=1)
    bottom = denominator[:, n - days :].sum(axis=1)
    ok = bottom != 0
    return div_half_even(top * scale, np.where(ok, bottom, 1)), ok


def _promotions(
    gmv: Ints | None, events: EventBatch, m: int, n: int
) -> tuple[Ints, Ints, NDArray[np.int64], Bools]:
    if gmv is None or events.first.shape[1] == 0:
        value, ok = _none(m)
        return value, value.copy(), np.zeros(m, dtype=np.int64), ok
    cs = prefix_sums(gmv)
    first, last = events.first, events.last
    usable = events.present & (last >= first) & (first - BASELINE >= 0) & (last < n)
    lo = np.where(usable, first, 0)
    hi = np.where(usable, last, 0)
    rows = np.arange(m)[:, None]
    baseline = cs[rows, np.clip(lo, 0, n)] - cs[rows, np.clip(lo - BASELINE, 0, n)]
    during = cs[rows, np.clip(hi + 1, 0, n)] - cs[rows, np.clip(lo, 0, n)]
    usable &= baseline != 0
    length = hi - lo + 1
    below = np.where(usable, baseline * length, 1)
    uplift = div_half_even((during * BASELINE - baseline * length) * BP, below)
    value, ok = kernels.masked_median(uplift, usable)
    benchmark, _ = kernels.masked_median(events.peer_median_bp, usable)
    return value, benchmark, usable.sum(axis=1).astype(np.int64), ok


def _repayments(
    repayments: RepaymentBatch, m: int, as_of: int
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """Late installments (ever paid late, or overdue now), installments, worst days late."""
    overdue = repayments.unpaid & (repayments.due < as_of)
    days_late = np.where(
        overdue, np.maximum(repayments.days_late, as_of - repayments.due), repayments.days_late
    )
    late = days_late > 0
    count = np.bincount(repayments.row, minlength=m).astype(np.int64)
    late_count = np.bincount(repayments.row, weights=late, minlength=m).astype(np.int64)
    worst = np.zeros(m, dtype=np.int64)
    np.maximum.at(worst, repayments.row[late], days_late[late])
    return late_count, count, worst


def _source_gap(
    reference: Ints | None,
    ref_cs: Ints | None,
    other: Ints | None,
    days: int,
    m: int,
    n: int,
) -> tuple[Ints, Bools]:
    """The largest 30-day gap (bp) between platform net revenue and a source, aligned by the
    source's lag estimated from the data (app.domain.sources.source_lag)."""
    if reference is None or ref_cs is None or other is None:
        return _none(m)
    lag, lag_ok = _estimate_lags(reference, other, m, n)
    buckets = days // BUCKET
    end = n - lag
    ok = lag_ok & (buckets >= 1) & (end - buckets * BUCKET >= 0)
    if buckets < 1:
        return _none(m)
    end = np.where(ok, end, buckets * BUCKET)
    lag = np.where(ok, lag, 0)
    other_cs = prefix_sums(other)
    worst = np.zeros(m, dtype=reference.dtype)
    for k in range(buckets):
        hi = end - k * BUCKET
        lo = hi - BUCKET
        ref = window(ref_cs, lo, hi)
        seen = window(other_cs, lo + lag, hi + lag)
        zero = ref == 0
        gap = div_half_even(np.abs(seen - ref) * BP, np.where(zero, 1, ref))
        gap = np.where(zero, np.where(seen == 0, 0, BP), gap)
        worst = np.maximum(worst, gap)
    return worst, ok


def _estimate_lags(reference: Ints, other: Ints, m: int, n: int) -> tuple[NDArray[Any], Bools]:
    max_lag = min(MAX_LAG_DAYS, n - LAG_WINDOW_DAYS)
    if max_lag < 0:
        return np.zeros(m, dtype=np.int64), np.zeros(m, dtype=bool)
    errors, counts = kernels.lag_errors(reference, other, max_lag, LAG_WINDOW_DAYS)
    seen_total = other[:, n - LAG_WINDOW_DAYS :].sum(axis=1)
    ok = (seen_total != 0) & counts.any(axis=1)
    best = np.argmin(errors, axis=1)
    ordered = np.sort(errors, axis=1)
    runner_up = ordered[:, 1] if max_lag >= 1 else np.full(m, np.inf, dtype=np.float32)
    # Floats rank the lags; where the best two are too close for float32 to tell apart, the
    # exact scalar function decides (ties to the smaller lag, as there).
    unsure = ok & ~(runner_up > ordered[:, 0] * (1 + _LAG_MARGIN) + _LAG_MARGIN)
    lag = best.astype(np.int64)
    for row in np.flatnonzero(unsure):
        found = metrics.estimate_lag(
            reference[row].tolist(), other[row].tolist(), max_lag, LAG_WINDOW_DAYS
        )
        ok[row] = found is not None
        lag[row] = found or 0
    return lag, ok


# -- 2. place among peers --------------------------------------------------------------------


@dataclass(frozen=True)
class PeerTable:
    """Per category (in `categories` order) the 101 quantiles of each placed criterion."""

    categories: tuple[str, ...]
    growth_bp: NDArray[np.int64]  # (c, 101)
    return_rate_bp: NDArray[np.int64]
    dio_days_x100: NDArray[np.int64]
    promo_uplift_bp: NDArray[np.int64]

    @staticmethod
    def of(stats: list[Any]) -> PeerTable:
        """From PeerStats payloads (one per category); ValueError on malformed quantiles."""
        columns: dict[str, list[list[int]]] = {
            "growth_bp": [], "return_rate_bp": [], "dio_days_x100": [], "promo_uplift_bp": []
        }  # fmt: skip
        for peers in stats:
            for name, quantiles in (
                ("growth_bp", peers.growth_24m_bp),
                ("return_rate_bp", peers.return_rate_bp),
                ("dio_days_x100", peers.dio_days_x100),
                ("promo_uplift_bp", peers.promo_uplift_bp),
            ):
                check_quantiles(quantiles)
                columns[name].append(list(quantiles))
        arrays = {
            k: np.asarray(v, dtype=object if _huge(v) else np.int64).reshape(
                len(stats), QUANTILE_COUNT
            )
            for k, v in columns.items()
        }
        return PeerTable(tuple(p.category.value for p in stats), **arrays)


def _huge(rows: list[list[int]]) -> bool:
    return any(abs(v) >= 2**62 for row in rows for v in row)


@dataclass(frozen=True)
class Placed:
    """Peer percentiles (0..100, -1 where there is no value) and category medians per row."""

    growth_pct: NDArray[np.int64]
    growth_median: Ints
    return_rate_pct: NDArray[np.int64]
    return_rate_median: Ints
    dio_pct: NDArray[np.int64]
    dio_median: Ints
    promo_pct: NDArray[np.int64]

    def take(self, rows: NDArray[Any]) -> Placed:
        return Placed(**{k: v[rows] for k, v in vars(self).items()})


def place(measures: Measures, category: NDArray[np.int64], peers: PeerTable) -> Placed:
    """`category[i]` is merchant i's row in `peers`."""
    pairs = (
        (measures.growth_bp, measures.growth_ok, peers.growth_bp),
        (measures.return_rate_bp, measures.return_rate_ok, peers.return_rate_bp),
        (measures.dio_days_x100, measures.dio_ok, peers.dio_days_x100),
        (measures.promo_bp, measures.promo_ok, peers.promo_uplift_bp),
    )
    out = []
    for values, ok, quantiles in pairs:
        out.append(np.where(ok, percentiles(values, category, quantiles), -1))
        out.append(quantiles[category, 50] if len(category) else np.zeros(0, dtype=np.int64))
    return Placed(out[0], out[1], out[2], out[3], out[4], out[5], out[6])


def percentiles(values: Ints, category: NDArray[np.int64], quantiles: Ints) -> NDArray[np.int64]:
    """app.domain.percentile.peer_percentile, vectorised: row i against quantiles[category[i]]."""
    result = np.zeros(len(values), dtype=np.int64)
    for c in np.unique(category):
        rows = np.flatnonzero(category == c)
        q = quantiles[c]
        v = values[rows]
        below = np.searchsorted(q, v, side="left").astype(np.int64)
        at_or_below = np.searchsorted(q, v, side="right").astype(np.int64)
        inside = np.clip(below, 1, QUANTILE_COUNT - 1)
        lo, hi = q[inside - 1], q[inside]
        span = np.where(hi > lo, hi - lo, 1)
        between = div_half_even((inside - 1) * span + (v - lo), span).astype(np.int64)
        tied = div_half_even(below + at_or_below - 1, np.int64(2)).astype(np.int64)
        found = np.where(below == 0, 0, np.where(below == QUANTILE_COUNT, 100, between))
        result[rows] = np.where(at_or_below > below, tied, found)
    return result


# -- 3. judge --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdicts:
    """Pass/fail per criterion and per group (the five criteria), and overall."""

    passed: dict[str, Bools]  # by criterion key
    groups: dict[str, Bools] = field(default_factory=dict)  # by group
    all_passed: Bools = field(default_factory=lambda: np.zeros(0, dtype=bool))


def judge(measures: Measures, placed: Placed, policy: SelectionPolicy) -> Verdicts:
    """Apply the policy's thresholds; what-if reruns only this."""
    m = measures
    passed = {
        "growth": m.growth_ok
        & (m.growth_bp >= policy.min_growth_bp)
        & (m.growth_bp >= placed.growth_median),
        "return_rate": m.return_rate_ok
        & (placed.return_rate_pct <= policy.max_return_rate_percentile),
        "dio": m.dio_ok
        & (
            (m.dio_days_x100 <= placed.dio_median)
            | (m.dio_days_x100 <= policy.dio_always_ok_days_x100)
        ),
        "promotions": m.promo_ok & (m.promo_bp >= m.promo_benchmark_bp),
        "repayment": m.late <= policy.max_late_installments,
        "integrity": integrity_checked(m) & (worst_gap(m)[0] <= policy.max_source_gap_bp),
    }
    passed = {k: np.asarray(v, dtype=bool) for k, v in passed.items()}
    groups = {
        "growth": passed["growth"],
        "product": passed["return_rate"] & passed["dio"],
        "promotions": passed["promotions"],
        "repayment": passed["repayment"],
        "integrity": passed["integrity"],
    }
    every = np.logical_and.reduce(list(passed.values()))
    return Verdicts(passed, groups, every)


def integrity_checked(m: Measures) -> Bools:
    return np.logical_or.reduce([m.gap_ok[s] for s in INTEGRITY_SOURCES])


def worst_gap(m: Measures) -> tuple[Ints, NDArray[np.int64]]:
    """The largest gap over the checked sources and which source (index in INTEGRITY_SOURCES;
    the first on a tie, as max() over the scalar gaps dict picks)."""
    gaps = np.stack([np.where(m.gap_ok[s], m.gap_bp[s], -1) for s in INTEGRITY_SOURCES])
    return gaps.max(axis=0), gaps.argmax(axis=0)
