"""Where a value sits among category peers, from the 101 quantiles (p0..p100) of PeerStats."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from fractions import Fraction

QUANTILE_COUNT = 101


def check_quantiles(quantiles: Sequence[int]) -> None:
    """Raise ValueError unless there are 101 quantiles in ascending (non-decreasing) order."""
    if len(quantiles) != QUANTILE_COUNT:
        raise ValueError(f"expected {QUANTILE_COUNT} quantiles, got {len(quantiles)}")
    if any(a > b for a, b in zip(quantiles, quantiles[1:], strict=False)):
        raise ValueError("quantiles must be in ascending order")


def peer_percentile(value: int, quantiles: Sequence[int]) -> int:
    """The peer percentile (0..100) of `value`: roughly the share of peers at or below it.

    Below p0 gives 0, at or above p100 gives 100. Between two distinct quantiles the percentile
    is interpolated linearly and rounded half-even. When the value equals a run of tied
    quantiles p_a == ... == p_b (common in skewed categories), it gets the middle of the run,
    (a + b) / 2, so a value shared by many peers is not called the best nor the worst of them.
    The result never decreases as `value` grows.
    """
    check_quantiles(quantiles)
    below = bisect_left(quantiles, value)  # quantiles strictly below value
    at_or_below = bisect_right(quantiles, value)
    if at_or_below > below:  # ties: quantiles below..at_or_below-1 equal value
        return round(Fraction(below + at_or_below - 1, 2))
    if below == 0:
        return 0
    if below == QUANTILE_COUNT:
        return 100
    lo, hi = quantiles[below - 1], quantiles[below]
    return round(below - 1 + Fraction(value - lo, hi - lo))


def peer_median(quantiles: Sequence[int]) -> int:
    check_quantiles(quantiles)
    return quantiles[50]
