"""Integer kernels of the vectorised scorer: the arithmetic of app.domain.metrics over
(merchants x days) arrays, exact to the same integer.

Arrays are int64 when every product below stays inside it (see `fits_int64`), otherwise numpy
object arrays of Python ints (slow, exact: only hostile or absurd inputs take that path). Ratios
are rounded half-to-even once, at the end, by integer division: no float ever decides a result.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

Ints = NDArray[Any]  # int64 or object (Python ints)

BP = 10_000
# Values below this (per day) keep every product of the kernels inside int64: a 4,000-day sum
# is < 2**44, times 10,000 bp < 2**58.
SAFE_VALUE = 2**32


def fits_int64(*arrays: NDArray[Any] | None) -> bool:
    for array in arrays:
        if array is None or array.size == 0:
            continue
        if array.dtype == object or int(np.abs(array).max()) >= SAFE_VALUE:
            return False
    return True


def as_ints(values: Any, exact_int64: bool) -> Ints:
    if exact_int64:
        return np.asarray(values, dtype=np.int64)
    return np.asarray(values, dtype=object)


def _is_object(values: object) -> bool:
    return isinstance(values, np.ndarray) and values.dtype.kind == "O"


def div_half_even(numerator: Ints, denominator: Ints | np.integer[Any] | int) -> Ints:
    """round(numerator / denominator) half-to-even, element-wise; denominators must be > 0
    where the result is used (elsewhere pass 1 and mask the result)."""
    if _is_object(numerator) or _is_object(denominator):
        quotient, remainder = numerator // denominator, numerator % denominator  # Python ints
    else:
        quotient, remainder = np.divmod(numerator, denominator)
    twice = remainder * 2
    up = (twice > denominator) | ((twice == denominator) & (quotient % 2 == 1))
    return quotient + up.astype(quotient.dtype if quotient.dtype != object else np.int64)


def prefix_sums(values: Ints) -> Ints:
    """cs[:, k] = sum(values[:, :k]); shape (m, n + 1), so a window sum is two lookups."""
    m, n = values.shape
    if values.dtype == object:
        zero = np.full((m, 1), 0, dtype=object)
        return np.concatenate([zero, np.cumsum(values, axis=1, dtype=object)], axis=1)
    out = np.empty((m, n + 1), dtype=values.dtype)
    out[:, 0] = 0
    np.cumsum(values, axis=1, dtype=values.dtype, out=out[:, 1:])  # one pass, no copy
    return out


def window(cs: Ints, lo: Ints | int, hi: Ints | int) -> Ints:
    """sum(values[:, lo:hi]) per row from prefix sums; lo/hi per row or shared."""
    rows, last = np.arange(cs.shape[0]), cs.shape[1] - 1
    return cs[rows, np.clip(hi, 0, last)] - cs[rows, np.clip(lo, 0, last)]


def masked_median(values: Ints, valid: NDArray[np.bool_]) -> tuple[Ints, NDArray[np.bool_]]:
    """Per row, the median of values where valid (mean of the middle two, half-even), and
    whether the row had any valid value."""
    count = valid.sum(axis=1)
    if values.dtype == object:
        out = np.full(values.shape[0], 0, dtype=object)
        for row in range(values.shape[0]):
            chosen = sorted(v for v, ok in zip(values[row], valid[row], strict=True) if ok)
            if chosen:
                a, b = chosen[(len(chosen) - 1) // 2], chosen[len(chosen) // 2]
                out[row] = div_half_even(np.array([a + b], dtype=object), np.array([2]))[0]
        return out, count > 0
    top = np.iinfo(np.int64).max
    ordered = np.sort(np.where(valid, values, top), axis=1)
    rows = np.arange(values.shape[0])
    a = ordered[rows, np.maximum(count - 1, 0) // 2]
    b = ordered[rows, np.minimum(count // 2, max(values.shape[1] - 1, 0))]
    safe = count > 0
    total = np.where(safe, a, 0) + np.where(safe, b, 0)
    return div_half_even(total, np.int64(2)), safe


def lag_errors(
    reference: Ints, other: Ints, max_lag: int, window_days: int
) -> tuple[NDArray[np.float32], NDArray[np.bool_]]:
    """For each row and lag 0..max_lag, how far the shapes differ: sum|o / sum(o) - r / sum(r)|
    over the last `window_days` of `other` (o) and the window of `reference` (r) ending `lag`
    days earlier, in float32 (only to rank the lags: app.domain.metrics.estimate_lag minimises
    the same quantity times sum(o), exactly), and whether the lag counts (sum(r) > 0).
    Computed LAG_BLOCK rows at a time, so the (rows, lags, days) work array stays in cache."""
    m = reference.shape[0]
    errors = np.empty((m, max_lag + 1), dtype=np.float32)
    counts = np.empty((m, max_lag + 1), dtype=bool)
    for lo in range(0, m, LAG_BLOCK):
        hi = min(lo + LAG_BLOCK, m)
        errors[lo:hi], counts[lo:hi] = _lag_errors(
            reference[lo:hi], other[lo:hi], max_lag, window_days
        )
    return errors, counts


LAG_BLOCK = 64  # rows: 64 x 61 lags x 90 days of float32 is 1.4 MB


def _lag_errors(
    reference: Ints, other: Ints, max_lag: int, window_days: int
) -> tuple[NDArray[np.float32], NDArray[np.bool_]]:
    n = reference.shape[1]
    seen = np.asarray(other[:, n - window_days :], dtype=np.float64)
    ref = np.asarray(reference[:, n - window_days - max_lag :], dtype=np.float64)
    seen_total = seen.sum(axis=1, keepdims=True)
    shape = (seen / np.where(seen_total > 0, seen_total, 1)).astype(np.float32)
    # Window j of `ref` ends max_lag - j days before the last day: it is lag max_lag - j.
    cs = np.concatenate([np.zeros((len(ref), 1)), np.cumsum(ref, axis=1)], axis=1)
    totals = cs[:, window_days:] - cs[:, : cs.shape[1] - window_days]  # (m, max_lag + 1)
    counts = totals > 0
    inverse = (1.0 / np.where(counts, totals, 1.0)).astype(np.float32)
    windows = np.lib.stride_tricks.sliding_window_view(ref.astype(np.float32), window_days, 1)
    work = np.multiply(windows, inverse[:, :, None], dtype=np.float32)
    np.subtract(work, shape[:, None, :], out=work)
    np.abs(work, out=work)
    errors = work.sum(axis=2, dtype=np.float32)
    errors[~counts] = np.inf
    return errors[:, ::-1], counts[:, ::-1]
