"""Hand-computed cases for the selection metrics; each expected number can be checked by eye."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.metrics import (
    bucket_gap_bp,
    dio_days_x100,
    estimate_lag,
    event_uplift_bp,
    growth_24m_bp,
    median,
    promo_uplift_bp,
    return_rate_bp,
    source_gap_bp,
    unsettled_overdue_days,
)

JAN1 = dt.date(2024, 1, 1)


# growth_24m_bp ---------------------------------------------------------------------------------


def test_growth_doubling_is_10000_bp() -> None:
    assert growth_24m_bp([1] * 365 + [2] * 365) == 10_000


def test_growth_decline_and_older_days_ignored() -> None:
    # 4 -> 3 a day is -25 %; the 100 days before the two years do not count
    assert growth_24m_bp([999] * 100 + [4] * 365 + [3] * 365) == -2_500


def test_growth_rounds_half_even() -> None:
    earlier = [0] * 364 + [20_000]
    assert growth_24m_bp(earlier + [0] * 364 + [20_001]) == 0  # +0.5 bp -> 0
    assert growth_24m_bp(earlier + [0] * 364 + [20_003]) == 2  # +1.5 bp -> 2


def test_growth_needs_two_years_and_a_nonzero_base() -> None:
    assert growth_24m_bp([1] * 729) is None
    assert growth_24m_bp([]) is None
    assert growth_24m_bp([0] * 365 + [5] * 365) is None
    assert growth_24m_bp([5] * 365 + [0] * 365) == -10_000


# return_rate_bp --------------------------------------------------------------------------------


def test_return_rate_one_in_ten() -> None:
    assert return_rate_bp([10] * 365, [1] * 365) == 1_000


def test_return_rate_short_window() -> None:
    # last two days: 3 returns out of 20 orders = 15 %
    assert return_rate_bp([5, 10, 10], [5, 1, 2], days=2) == 1_500


def test_return_rate_edges() -> None:
    assert return_rate_bp([10] * 364, [1] * 364) is None  # too short
    assert return_rate_bp([0] * 30, [0] * 30, days=30) is None  # no orders
    assert return_rate_bp([3] * 30, [0] * 30, days=30) == 0
    with pytest.raises(ValueError):
        return_rate_bp([1], [1], days=0)


# dio_days_x100 ---------------------------------------------------------------------------------


def test_dio_thirty_days_of_stock() -> None:
    # 3000 of stock, selling 100 a day at cost: 30.00 days
    assert dio_days_x100([3_000] * 365, [100] * 365) == 3_000


def test_dio_short_window_and_rounding() -> None:
    # last 3 days: stock 100+200+300 = 600, cogs 10+0+20 = 30 -> 20 days
    assert dio_days_x100([999, 100, 200, 300], [999, 10, 0, 20], days=3) == 2_000
    # stock 10, cogs 3 over one day -> 3.333.. days -> 333
    assert dio_days_x100([10], [3], days=1) == 333


def test_dio_edges() -> None:
    assert dio_days_x100([1] * 10, [0] * 10, days=10) is None  # nothing sold
    assert dio_days_x100([1] * 9, [1] * 9, days=10) is None  # too short
    assert dio_days_x100([0] * 10, [5] * 10, days=10) == 0


# event_uplift_bp / promo_uplift_bp -------------------------------------------------------------


def _event_series() -> list[int]:
    # days 0..27 baseline 100, days 28..30 the event at 150, then 5 more days of 100
    return [100] * 28 + [150] * 3 + [100] * 5


def test_event_uplift_fifty_percent() -> None:
    gmv = _event_series()
    assert event_uplift_bp(gmv, JAN1, dt.date(2024, 1, 29), dt.date(2024, 1, 31)) == 5_000


def test_event_uplift_uneven_lengths() -> None:
    # baseline mean 7, event mean (10 + 11) / 2 = 10.5 -> +50 %
    gmv = [7] * 28 + [10, 11]
    assert event_uplift_bp(gmv, JAN1, dt.date(2024, 1, 29), dt.date(2024, 1, 30)) == 5_000


def test_event_uplift_outside_series() -> None:
    gmv = _event_series()
    # baseline would start before the series
    assert event_uplift_bp(gmv, JAN1, dt.date(2024, 1, 28), dt.date(2024, 1, 30)) is None
    # event runs past the last day (index 35 = Feb 5)
    assert event_uplift_bp(gmv, JAN1, dt.date(2024, 2, 5), dt.date(2024, 2, 6)) is None
    # empty window
    assert event_uplift_bp(gmv, JAN1, dt.date(2024, 1, 31), dt.date(2024, 1, 30)) is None
    # zero baseline
    zero = [0] * 28 + [5]
    assert event_uplift_bp(zero, JAN1, dt.date(2024, 1, 29), dt.date(2024, 1, 29)) is None


def test_promo_uplift_median_over_events_inside() -> None:
    # event A (+50 %) on days 28..30; event B on days 59..59: baseline 31..58 all 100, day 59 = 120
    gmv = [100] * 28 + [150] * 3 + [100] * 28 + [120]
    windows = [
        (dt.date(2024, 1, 29), dt.date(2024, 1, 31)),
        (dt.date(2024, 2, 29), dt.date(2024, 2, 29)),
        (dt.date(2025, 1, 1), dt.date(2025, 1, 2)),  # outside: ignored
    ]
    assert promo_uplift_bp(gmv, JAN1, windows) == 3_500  # median of 5000 and 2000
    assert promo_uplift_bp(gmv, JAN1, windows[2:]) is None
    assert promo_uplift_bp(gmv, JAN1, []) is None


def test_median() -> None:
    assert median([]) is None
    assert median([3, 1, 2]) == 2
    assert median([0, 1]) == 0  # 0.5 -> 0 (half even)
    assert median([1, 2]) == 2  # 1.5 -> 2
    assert median([-5, 5, 1, 2]) == 2  # 1.5 -> 2


# source_gap_bp ---------------------------------------------------------------------------------


def test_source_gap_aligned_by_lag_is_zero() -> None:
    reference = list(range(1, 61))
    other = [0, 0] + reference[:58]  # the same sales, seen two days later
    assert source_gap_bp(reference, other, lag_days=2, days=30) == 0


def test_source_gap_misaligned_lag() -> None:
    reference = list(range(1, 61))
    other = [0, 0] + reference[:58]
    # lag 0: reference days 30..59 sum 31..60 = 1365; other sums 29..58 = 1305; 60/1365 = 439.56 bp
    assert source_gap_bp(reference, other, lag_days=0, days=30) == 440


def test_source_gap_takes_the_worst_bucket() -> None:
    reference = [100] * 90
    other = [110] * 30 + [100] * 60  # the oldest 30 days are 10 % over
    assert source_gap_bp(reference, other, lag_days=0, days=90) == 1_000
    assert source_gap_bp(reference, other, lag_days=0, days=60) == 0
    assert source_gap_bp(reference, other, lag_days=0, days=89) == 0  # 2 buckets, rest ignored


def test_source_gap_edges() -> None:
    assert source_gap_bp([1] * 90, [1] * 90, lag_days=0, days=29) is None
    assert source_gap_bp([1] * 90, [1] * 90, lag_days=1, days=90) is None
    assert source_gap_bp([0] * 30, [0] * 30, lag_days=0, days=30) == 0
    assert source_gap_bp([0] * 30, [1] * 30, lag_days=0, days=30) == 10_000
    assert source_gap_bp([1] * 30, [0] * 30, lag_days=0, days=30) == 10_000
    with pytest.raises(ValueError):
        source_gap_bp([1] * 30, [1] * 31, lag_days=0, days=30)
    with pytest.raises(ValueError):
        source_gap_bp([1] * 30, [1] * 30, lag_days=-1, days=30)


def test_bucket_gap() -> None:
    assert bucket_gap_bp(200, 190) == 500
    assert bucket_gap_bp(200, 210) == 500
    assert bucket_gap_bp(0, 0) == 0


# numpy input and properties --------------------------------------------------------------------


def test_numpy_arrays_give_the_same_ints() -> None:
    gmv = np.array([1] * 365 + [2] * 365, dtype=np.int64)
    result = growth_24m_bp(gmv)
    assert result == 10_000 and type(result) is int
    assert return_rate_bp(np.full(365, 10), np.full(365, 1)) == 1_000
    assert dio_days_x100(np.full(365, 3_000), np.full(365, 100)) == 3_000
    series = np.array(_event_series(), dtype=np.int32)
    assert event_uplift_bp(series, JAN1, dt.date(2024, 1, 29), dt.date(2024, 1, 31)) == 5_000
    reference = np.arange(1, 61)
    other = np.concatenate([[0, 0], reference[:58]])
    assert source_gap_bp(reference, other, lag_days=0, days=30) == 440


@given(st.lists(st.integers(1, 10**12), min_size=730, max_size=740), st.integers(1, 1000))
def test_growth_is_scale_free(gmv: list[int], k: int) -> None:
    assert growth_24m_bp(gmv) == growth_24m_bp([k * v for v in gmv])


@given(
    st.lists(st.integers(0, 10**12), min_size=60, max_size=200),
    st.integers(0, 10),
    st.integers(30, 200),
)
def test_source_gap_of_a_shifted_copy_is_zero(reference: list[int], lag: int, days: int) -> None:
    other = [0] * lag + reference[: len(reference) - lag]
    gap = source_gap_bp(reference, other, lag, days)
    assert gap in (0, None)
    assert gap is None or len(reference) - lag >= days // 30 * 30


# estimate_lag / unsettled_overdue_days ---------------------------------------------------------


def _wiggly(n: int) -> list[int]:
    return [1_000 + (i * i * 31 + i * 17) % 1009 for i in range(n)]  # no repeats under shifts


def test_estimate_lag_finds_the_shift() -> None:
    reference = _wiggly(200)
    for lag in (0, 1, 9, 30):
        other = [0] * lag + reference[: 200 - lag]
        assert estimate_lag(reference, other, max_lag=40, window=90) == lag


def test_estimate_lag_ignores_a_steady_factor() -> None:
    # a source 15 % short of the platform on every day still lines up at its true lag
    reference = _wiggly(200)
    other = [0] * 8 + [v * 85 // 100 for v in reference[:192]]
    assert estimate_lag(reference, other, max_lag=60, window=90) == 8


def test_estimate_lag_edges() -> None:
    flat = [5] * 100
    assert estimate_lag(flat, flat, max_lag=5, window=90) == 0  # every lag fits: the smallest
    assert estimate_lag(flat, flat, max_lag=11, window=90) is None  # too short
    assert estimate_lag(flat, [0] * 100, max_lag=5, window=90) is None
    with pytest.raises(ValueError):
        estimate_lag(flat, flat[:-1], max_lag=5, window=90)


def test_unsettled_overdue_days() -> None:
    sales = [100] * 20
    settled = [0] * 3 + [100] * 17  # lag 3, all settled
    assert unsettled_overdue_days(sales, settled, 3) == 0
    # nothing settled on the last 6 days (14..19): sales of days 11..16 are unsettled; day 11
    # has waited 8 days, 5 past the 3-day lag
    stalled = [0] * 3 + [100] * 11 + [0] * 6
    assert unsettled_overdue_days(sales, stalled, 3) == 5
    # the oldest unsettled days had no sales: only day 13 counts (6 - 3 = 3 days past)
    quiet_sales = [100] * 11 + [0, 0] + [100] * 7
    assert unsettled_overdue_days(quiet_sales, stalled, 3) == 3
    assert unsettled_overdue_days([0] * 20, [0] * 20, 3) == 0
    assert unsettled_overdue_days([5] * 10, [0] * 10, 0) == 9
    with pytest.raises(ValueError):
        unsettled_overdue_days(sales, settled, -1)
