"""Peer percentile from 101 quantiles: interpolation, ties, bounds, monotonicity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.percentile import peer_median, peer_percentile

LINEAR = [10 * k for k in range(101)]  # p_k = 10 k


def test_on_a_quantile_and_between() -> None:
    assert peer_percentile(500, LINEAR) == 50
    assert peer_percentile(504, LINEAR) == 50  # 50.4
    assert peer_percentile(506, LINEAR) == 51  # 50.6
    assert peer_percentile(505, LINEAR) == 50  # 50.5, half even
    assert peer_percentile(515, LINEAR) == 52  # 51.5, half even


def test_outside_the_range() -> None:
    assert peer_percentile(-1, LINEAR) == 0
    assert peer_percentile(0, LINEAR) == 0
    assert peer_percentile(1000, LINEAR) == 100
    assert peer_percentile(10**9, LINEAR) == 100


def test_ties_take_the_middle_of_the_run() -> None:
    # p0..p40 are 0 (40 % of peers never returned anything), then 10 per step
    skewed = [0] * 41 + [10 * k for k in range(1, 61)]
    assert peer_percentile(0, skewed) == 20
    flat = [7] * 101
    assert peer_percentile(7, flat) == 50
    assert peer_percentile(6, flat) == 0
    assert peer_percentile(8, flat) == 100


def test_bad_quantiles_are_rejected() -> None:
    with pytest.raises(ValueError, match="101"):
        peer_percentile(1, [1, 2, 3])
    with pytest.raises(ValueError, match="ascending"):
        peer_percentile(1, [*range(100), 0])


def test_median() -> None:
    assert peer_median(LINEAR) == 500


quantiles = st.lists(st.integers(-(10**6), 10**6), min_size=101, max_size=101).map(sorted)


@given(quantiles, st.integers(-2 * 10**6, 2 * 10**6), st.integers(0, 10**5))
def test_monotone_and_bounded(qs: list[int], value: int, step: int) -> None:
    low, high = peer_percentile(value, qs), peer_percentile(value + step, qs)
    assert 0 <= low <= high <= 100
