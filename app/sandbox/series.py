"""Daily sales series, generated on demand from roster parameters.

Everything is element-wise over (merchants x days), so one merchant, a block of peers and the
whole roster go through the same code and produce the same values for the same day; noise comes
from app.sandbox.noise (a hash of merchant and day), so day d never depends on how many days are
generated. Amounts are US cents, counts are integers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from app.sandbox import noise
from app.sandbox.calendar import EVENTS, date_factors, day_index
from app.sandbox.roster import RETURN_SPIKE_START, RosterParams

PREROLL = 40  # days generated before history so lagged sources have values on day 0
LOOKAHEAD = 45  # merchants stock up for the sales they expect over the next weeks
RETURN_DELAY = 10  # days between an order and its return
BANK_EXTRA_LAG = 2  # the bank books a PSP settlement a couple of days later
OVERSTATE_FROM = dt.date(2026, 4, 1)  # where a disagreeing platform starts to overstate
_OVERSTATE_RAMP_DAYS = 60
_WEEKDAY = np.array([0.97, 0.96, 0.97, 0.99, 1.02, 1.05, 1.04])  # Monday .. Sunday
_GMV, _ORDERS, _RETURNS, _INVENTORY = 1, 2, 3, 4  # noise streams


@dataclass(frozen=True)
class SeriesBlock:
    """A block of merchants' series: arrays (merchants, days), int64, day 0 = HISTORY_START."""

    gmv_platform: np.ndarray
    gmv_psp: np.ndarray
    net_platform: np.ndarray
    net_psp: np.ndarray
    net_bank: np.ndarray
    orders: np.ndarray
    returns: np.ndarray
    inventory: np.ndarray
    cogs: np.ndarray


def expected_gmv(p: RosterParams, first: int, count: int) -> np.ndarray:
    """Noise-free daily GMV (cents, float) for days [first, first + count)."""
    weekday, phase, events, cny = date_factors(first, count)
    t = np.arange(first, first + count, dtype=np.float64) / 365.0
    promo = np.ones((len(p.base), count))
    for e in range(len(EVENTS)):  # explicit sum, not matmul: BLAS kernels vary with shape
        promo += p.uplift[:, e, None] * events[e][None, :]
    return (
        p.base[:, None]
        * np.exp(p.growth[:, None] * t[None, :])
        * (1.0 + p.year_amp[:, None] * np.cos(phase)[None, :])
        * (1.0 + p.week_amp[:, None] * (_WEEKDAY[weekday] - 1.0)[None, :])
        * np.maximum(promo, 0.2)
        * (1.0 - p.cny_depth[:, None] * cny[None, :])
    )


def true_gmv(p: RosterParams, keys: np.ndarray, first: int, count: int) -> np.ndarray:
    days = np.arange(first, first + count)
    z = noise.normal(keys, _GMV, days)
    return np.rint(expected_gmv(p, first, count) * (1.0 + p.sigma[:, None] * z))


def _platform_factor(p: RosterParams, first: int, count: int) -> np.ndarray:
    days = np.arange(first, first + count, dtype=np.float64)
    ramp = np.clip((days - day_index(OVERSTATE_FROM)) / _OVERSTATE_RAMP_DAYS, 0.0, 1.0)
    return 1.0 + p.overstate[:, None] * ramp[None, :]


def platform_gmv(p: RosterParams, keys: np.ndarray, first: int, count: int) -> np.ndarray:
    """GMV as the platform reports it (int64), for days [first, first + count)."""
    gmv = true_gmv(p, keys, first, count)
    return np.rint(gmv * _platform_factor(p, first, count)).astype(np.int64)


def _lagged(values: np.ndarray, lag: np.ndarray) -> np.ndarray:
    """values[:, d - lag] per row (lag per merchant), the first column repeated before the start."""
    idx = np.maximum(np.arange(values.shape[1])[None, :] - lag[:, None], 0)
    return np.take_along_axis(values, idx, axis=1)


def generate_block(p: RosterParams, keys: np.ndarray, days: int) -> SeriesBlock:
    """All metrics for days [0, days) of every merchant in `p` (keys from noise.merchant_keys)."""
    first, count = -PREROLL, days + PREROLL
    day_numbers = np.arange(first, first + count)
    gmv = true_gmv(p, keys, first, count)
    aov = p.aov[:, None]
    orders = np.maximum(
        np.rint(gmv / aov * (1.0 + 0.03 * noise.normal(keys, _ORDERS, day_numbers))), 0.0
    )
    ordered_earlier = _lagged(orders, np.full(len(keys), RETURN_DELAY))
    spike = np.where(day_numbers >= day_index(RETURN_SPIKE_START), p.return_spike[:, None], 1.0)
    z_returns = noise.normal(keys, _RETURNS, day_numbers)
    returns = np.clip(
        np.rint(ordered_earlier * p.return_rate[:, None] * spike * (1.0 + 0.25 * z_returns)),
        0.0,
        ordered_earlier,
    )
    refunds = returns * aov * 0.9
    net = np.rint(np.maximum(gmv * (1.0 - p.fee_rate[:, None]) - refunds, 0.0))
    cogs = np.rint(np.maximum(gmv - returns * aov, 0.0) * p.cogs_ratio[:, None])

    # Stock held today covers the sales expected over the next weeks (so it builds before peaks).
    ahead = expected_gmv(p, first, count + LOOKAHEAD)
    ahead *= (p.cogs_ratio * (1.0 - p.return_rate))[:, None]
    cumulative = np.concatenate([np.zeros((len(keys), 1)), np.cumsum(ahead, axis=1)], axis=1)
    upcoming = cumulative[:, 1 + LOOKAHEAD : 1 + LOOKAHEAD + count] - cumulative[:, 1 : 1 + count]
    z_inventory = noise.normal(keys, _INVENTORY, day_numbers)
    inventory = np.rint(p.dio[:, None] * upcoming / LOOKAHEAD * (1.0 + 0.03 * z_inventory))

    factor = _platform_factor(p, first, count)
    psp_keep = (1.0 - p.psp_fee)[:, None]
    bank_keep = psp_keep * (1.0 - p.bank_fee)[:, None]

    def out(values: np.ndarray) -> np.ndarray:
        return values[:, PREROLL:].astype(np.int64)

    return SeriesBlock(
        gmv_platform=out(np.rint(gmv * factor)),
        gmv_psp=out(np.rint(_lagged(gmv, p.lag) * psp_keep)),
        net_platform=out(np.rint(net * factor)),
        net_psp=out(np.rint(_lagged(net, p.lag) * psp_keep)),
        net_bank=out(np.rint(_lagged(net, p.lag + BANK_EXTRA_LAG) * bank_keep)),
        orders=out(orders),
        returns=out(returns),
        inventory=out(inventory),
        cogs=out(cogs),
    )
