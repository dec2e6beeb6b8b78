"""Selection metrics over daily series: pure functions, integer results.

Every function takes daily series (a list of ints or a numpy integer array) whose last element is
the as-of day, and returns an integer or None when the series is too short or the ratio is
undefined (a zero denominator). Ratios are computed exactly with `Fraction` and rounded
half-to-even once, at the end, so the same input gives the same integer on every machine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction
from typing import Any, TypeAlias

import numpy as np
from numpy.typing import NDArray

Daily: TypeAlias = Sequence[int] | NDArray[np.integer[Any]]

BP = 10_000  # basis points in one
YEAR = 365
BASELINE_DAYS = 28  # the pre-event window promotion uplift is measured against
GAP_BUCKET_DAYS = 30


def _total(series: Daily, lo: int, hi: int) -> int:
    """Sum of series[lo:hi] as a Python int (numpy sums are converted, never float)."""
    if isinstance(series, np.ndarray):
        return int(series[lo:hi].sum(dtype=object if series.dtype == object else np.int64))
    return int(sum(series[lo:hi]))


def as_array(series: Daily) -> NDArray[Any]:
    """An int64 array when every value fits comfortably (sums of a few thousand stay exact),
    else an array of Python ints, so results never overflow nor turn float."""
    if isinstance(series, np.ndarray) and series.dtype != object:
        return series.astype(np.int64, copy=False)
    try:
        array = np.asarray(series, dtype=np.int64)
    except OverflowError:
        return np.asarray(list(series), dtype=object)
    if array.size and int(np.abs(array).max()) > 2**50:
        return np.asarray(list(series), dtype=object)
    return array


def _ratio_bp(numerator: int, denominator: int) -> int:
    return round(Fraction(numerator * BP, denominator))


def growth_24m_bp(gmv: Daily) -> int | None:
    """Growth of the last 365 days over the 365 before them, in bp.

    (sum(last 365) / sum(previous 365) - 1) * 10_000, half-even. None with fewer than 730 days
    or when the earlier year sums to zero (growth from nothing is undefined).
    """
    n = len(gmv)
    if n < 2 * YEAR:
        return None
    recent = _total(gmv, n - YEAR, n)
    earlier = _total(gmv, n - 2 * YEAR, n - YEAR)
    if earlier == 0:
        return None
    return _ratio_bp(recent - earlier, earlier)


def return_rate_bp(orders: Daily, returns: Daily, days: int = YEAR) -> int | None:
    """Returned orders per order over the last `days` days, in bp.

    None if either series is shorter than `days` or no order was placed in the window.
    """
    if days < 1:
        raise ValueError(f"days must be at least 1, not {days}")
    if len(orders) < days or len(returns) < days:
        return None
    placed = _total(orders, len(orders) - days, len(orders))
    if placed == 0:
        return None
    returned = _total(returns, len(returns) - days, len(returns))
    return _ratio_bp(returned, placed)


def dio_days_x100(inventory: Daily, cogs: Daily, days: int = YEAR) -> int | None:
    """Days inventory outstanding over the last `days` days, times 100.

    mean(inventory) / (sum(cogs) / days): the average stock divided by the average daily cost of
    goods sold, i.e. how many days the stock on hand would last. The `days` cancel, so this is
    sum(inventory) / sum(cogs) * 100. None if too short or nothing was sold.
    """
    if days < 1:
        raise ValueError(f"days must be at least 1, not {days}")
    if len(inventory) < days or len(cogs) < days:
        return None
    sold = _total(cogs, len(cogs) - days, len(cogs))
    if sold == 0:
        return None
    stock = _total(inventory, len(inventory) - days, len(inventory))
    return round(Fraction(stock * 100, sold))


def event_uplift_bp(
    gmv: Daily, start: dt.date, event_start: dt.date, event_end: dt.date
) -> int | None:
    """Uplift of one promotion event against the merchant's own baseline, in bp.

    (mean daily GMV over [event_start, event_end] / mean daily GMV over the 28 days before
    event_start - 1) * 10_000. `start` is the date of gmv[0]. None if the event or its baseline
    is not fully inside the series, the window is empty, or the baseline sums to zero.
    """
    first = (event_start - start).days
    last = (event_end - start).days
    if last < first or first - BASELINE_DAYS < 0 or last >= len(gmv):
        return None
    baseline = _total(gmv, first - BASELINE_DAYS, first)
    if baseline == 0:
        return None
    during = _total(gmv, first, last + 1)
    length = last - first + 1
    # (during / length) / (baseline / 28) - 1, exactly
    return round((Fraction(during * BASELINE_DAYS, baseline * length) - 1) * BP)


def median(values: Sequence[int]) -> int | None:
    """Median of integers, the mean of the middle two rounded half-even; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return round(Fraction(ordered[mid - 1] + ordered[mid], 2))


def promo_uplift_bp(
    gmv: Daily, start: dt.date, windows: Sequence[tuple[dt.date, dt.date]]
) -> int | None:
    """Median of `event_uplift_bp` over the windows that fall inside the series (None if none)."""
    uplifts = [event_uplift_bp(gmv, start, first, last) for first, last in windows]
    return median([u for u in uplifts if u is not None])


def bucket_gap_bp(reference_sum: int, other_sum: int) -> int:
    """|other - reference| / reference in bp; a zero reference counts as full disagreement
    (10_000 bp) unless the other source is zero too (0 bp)."""
    if reference_sum == 0:
        return 0 if other_sum == 0 else BP
    return _ratio_bp(abs(other_sum - reference_sum), reference_sum)


def source_gap_bp(reference: Daily, other: Daily, lag_days: int, days: int) -> int | None:
    """Largest 30-day disagreement between two sources of the same sales, in bp.

    `other` (the PSP or the bank) records the sale of day i on day i + lag_days. So reference[i]
    is paired with other[i + lag_days]; the latest reference day that can be checked is
    n - 1 - lag_days (n = the common length). From there, going back, the last `days` checkable
    reference days are cut into days // 30 buckets of 30 days (any remainder, the oldest days,
    is ignored). For each bucket the gap is |other_sum - reference_sum| / reference_sum * 10_000
    (see `bucket_gap_bp` for zero sums); the largest bucket gap is returned.

    None if days < 30 or the series hold fewer than lag_days + 30 * (days // 30) days.
    Raises ValueError when the two series differ in length or lag_days is negative.
    """
    if len(reference) != len(other):
        raise ValueError(f"sources differ in length: {len(reference)} and {len(other)} days")
    if lag_days < 0:
        raise ValueError(f"lag_days must not be negative, not {lag_days}")
    buckets = days // GAP_BUCKET_DAYS
    end = len(reference) - lag_days  # one past the last checkable reference day
    if buckets < 1 or end - buckets * GAP_BUCKET_DAYS < 0:
        return None
    worst = 0
    for k in range(buckets):
        hi = end - k * GAP_BUCKET_DAYS
        lo = hi - GAP_BUCKET_DAYS
        ref = _total(reference, lo, hi)
        seen = _total(other, lo + lag_days, hi + lag_days)
        worst = max(worst, bucket_gap_bp(ref, seen))
    return worst


def estimate_lag(reference: Daily, other: Daily, max_lag: int, window: int = 90) -> int | None:
    """The delay (0..max_lag days) with which `other` best repeats the shape of `reference`.

    Over the last `window` days of `other` (o) and the `window` days of `reference` that end
    `lag` days earlier (r), the lag minimising sum |o / sum(o) - r / sum(r)| (ties go to the
    smaller lag). Comparing shapes rather than amounts keeps the answer right when one source
    is off by a steady factor (fees, or a platform that overstates its sales). Used where a
    source's lag is not published (the PSP) and to align sources for comparison. None if the
    series hold fewer than window + max_lag days or the window of `other` is all zeros.
    """
    n = len(reference)
    if len(other) != n:
        raise ValueError(f"sources differ in length: {n} and {len(other)} days")
    if max_lag < 0 or window < 1 or n < window + max_lag:
        return None
    seen = as_array(other[n - window :])
    ref = as_array(reference[n - window - max_lag :])
    seen_total = int(seen.sum())
    if seen_total == 0:
        return None
    largest = max(int(np.abs(seen).max()), int(np.abs(ref).max()), 1)
    if largest * largest * window >= 2**62:  # the cross products would overflow int64
        seen, ref = seen.astype(object), ref.astype(object)
    best_lag, best_error = None, None
    for lag in range(max_lag + 1):
        segment = ref[max_lag - lag : max_lag - lag + window]
        total = int(segment.sum())
        if total == 0:
            continue
        # sum |o * sum(r) - r * sum(o)| / (sum(o) * sum(r)); sum(o) is the same for every lag
        error = Fraction(int(np.abs(seen * total - segment * seen_total).sum()), total)
        if best_error is None or error < best_error:
            best_lag, best_error = lag, error
    return best_lag


def unsettled_overdue_days(sales: Daily, settled: Daily, lag_days: int) -> int:
    """How many days past the expected settlement lag the oldest unsettled sale has waited.

    The settling source (the bank) has recorded nothing on its last z days. The sales of days
    n-z-lag .. n-1-lag were due to settle within those z days and did not; the oldest of them
    with sales > 0, day i, has waited n-1-i days, which is n-1-i-lag days past the lag. 0 when
    nothing due is unsettled (sales still inside their lag are not late).
    """
    n = len(sales)
    if len(settled) != n:
        raise ValueError(f"sources differ in length: {n} and {len(settled)} days")
    if lag_days < 0:
        raise ValueError(f"lag_days must not be negative, not {lag_days}")
    quiet = 0
    while quiet < n and settled[n - 1 - quiet] == 0:
        quiet += 1
    for day in range(max(0, n - quiet - lag_days), n - lag_days):
        if sales[day] > 0:
            return n - 1 - day - lag_days
    return 0
