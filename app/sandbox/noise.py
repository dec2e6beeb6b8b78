"""Counter-based noise: the value for (merchant, stream, day) is a hash of those numbers.

Unlike a stateful random generator, nothing depends on how many days were drawn before, so
appending a day never changes history, and any block of merchants x days can be computed in one
vectorised step (the whole roster's 12-month GMV at 15,000 merchants takes a fraction of a
second). Only integer arithmetic feeds the hash, so the output is identical on every run.
"""

from __future__ import annotations

import numpy as np

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_SQRT3 = float(np.sqrt(3.0))


def splitmix64(x: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser, element-wise on a uint64 array (wrapping arithmetic)."""
    x = np.asarray(x, dtype=np.uint64)
    x = (x ^ (x >> np.uint64(30))) * _M1
    x = (x ^ (x >> np.uint64(27))) * _M2
    return x ^ (x >> np.uint64(31))


def merchant_keys(seed: int, indices: np.ndarray) -> np.ndarray:
    """One 64-bit key per merchant, from the world seed and the merchant's roster index."""
    seed_key = splitmix64(np.array([seed & 0xFFFFFFFFFFFFFFFF], dtype=np.uint64))
    return splitmix64(seed_key ^ (np.asarray(indices, dtype=np.uint64) * _GOLDEN))


def normal(keys: np.ndarray, stream: int, days: np.ndarray) -> np.ndarray:
    """Approximately standard-normal noise, shape (merchants, days), bounded to about ±3.5.

    Irwin-Hall: the sum of four 16-bit uniforms from one 64-bit hash, centred and scaled.
    """
    day_bits = (np.asarray(days, dtype=np.int64) + (stream << 32)).astype(np.uint64)
    h = splitmix64(keys[:, None] ^ splitmix64(day_bits * _GOLDEN)[None, :])
    mask = np.uint64(0xFFFF)
    total = (
        (h & mask)
        + ((h >> np.uint64(16)) & mask)
        + ((h >> np.uint64(32)) & mask)
        + (h >> np.uint64(48))
    ).astype(np.float64)
    return (total / 65535.0 - 2.0) * _SQRT3


def uniform(keys: np.ndarray, stream: int, count: int) -> np.ndarray:
    """Uniform [0, 1) draws, shape (merchants, count), for per-item choices (e.g. installments)."""
    items = (np.arange(count, dtype=np.int64) + (stream << 32)).astype(np.uint64)
    h = splitmix64(keys[:, None] ^ splitmix64(items * _GOLDEN)[None, :])
    return (h >> np.uint64(11)).astype(np.float64) / float(1 << 53)
