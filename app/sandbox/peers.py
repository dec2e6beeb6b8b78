"""Category peer statistics, computed with the domain's own metric functions.

Cost bound: a category can hold thousands of merchants at 15,000, so the statistics are computed
over a deterministic sample of at most SAMPLE_PER_CATEGORY merchants (fixed by the seed, the same
sample every time), lazily on first request, and cached in SQLite. They are recomputed at most
once per REFRESH_DAYS simulated days: a distribution over two years of history barely moves in a
day, and a stable `as_of` keeps the peer ETags (and the clients' caches) valid in between.
An event's peer median is fixed once the event is over, so it is cached per event for good.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from app.backend.models import Category, PeerStats, PromotionEvent
from app.domain import metrics
from app.sandbox import noise
from app.sandbox.calendar import HISTORY_START, SIM_START, day_index, event_windows
from app.sandbox.roster import Roster
from app.sandbox.series import SeriesBlock, generate_block

SAMPLE_PER_CATEGORY = 250
REFRESH_DAYS = 30
QUANTILES = 101


def sample_indices(roster: Roster, category: Category) -> np.ndarray:
    """Roster indices of the category's peer sample, ascending."""
    members = np.array([r.index for r in roster.rows if r.category is category], dtype=np.int64)
    if len(members) <= SAMPLE_PER_CATEGORY:
        return members
    rng = np.random.default_rng([roster.seed, 30, list(Category).index(category)])
    return np.sort(rng.choice(members, size=SAMPLE_PER_CATEGORY, replace=False))


def anchor_date(sim_date: dt.date) -> dt.date:
    """The day the current peer statistics are as of: the latest SIM_START + 30k <= sim_date."""
    steps = max((sim_date - SIM_START).days, 0) // REFRESH_DAYS
    return min(sim_date, SIM_START + dt.timedelta(days=steps * REFRESH_DAYS))


def _sample_block(roster: Roster, indices: np.ndarray, last_day: dt.date) -> SeriesBlock:
    params = roster.params.take(indices)
    return generate_block(
        params, noise.merchant_keys(roster.seed, indices), day_index(last_day) + 1
    )


def quantiles(values: list[int]) -> list[int]:
    """p0..p100 by nearest rank (each an observed value); all zero when there is no value."""
    if not values:
        return [0] * QUANTILES
    ordered = sorted(values)
    top = len(ordered) - 1
    return [ordered[(k * top + 50) // 100] for k in range(QUANTILES)]


def compute_peer_stats(roster: Roster, category: Category, as_of: dt.date) -> PeerStats:
    indices = sample_indices(roster, category)
    growth: list[int] = []
    returns: list[int] = []
    dio: list[int] = []
    uplift: list[int] = []
    if len(indices):
        block = _sample_block(roster, indices, as_of)
        windows = [(start, end) for _, start, end in event_windows(HISTORY_START, as_of)]
        for row in range(len(indices)):
            for found, target in (
                (metrics.growth_24m_bp(block.gmv_platform[row]), growth),
                (metrics.return_rate_bp(block.orders[row], block.returns[row]), returns),
                (metrics.dio_days_x100(block.inventory[row], block.cogs[row]), dio),
                (metrics.promo_uplift_bp(block.gmv_platform[row], HISTORY_START, windows), uplift),
            ):
                if found is not None:
                    target.append(found)
    return PeerStats(
        category=category,
        merchant_count=len(indices),
        as_of=as_of,
        growth_24m_bp=quantiles(growth),
        return_rate_bp=quantiles(returns),
        dio_days_x100=quantiles(dio),
        promo_uplift_bp=quantiles(uplift),
    )


def compute_event_medians(
    roster: Roster, category: Category, windows: list[tuple[PromotionEvent, dt.date, dt.date]]
) -> dict[tuple[PromotionEvent, dt.date], int]:
    """The peers' median uplift for each (finished) event window; 0 when no peer has data."""
    indices = sample_indices(roster, category)
    if not windows:
        return {}
    if not len(indices):
        return {(event, start): 0 for event, start, _ in windows}
    block = _sample_block(roster, indices, max(end for _, _, end in windows))
    found = {}
    for event, start, end in windows:
        values = [
            metrics.event_uplift_bp(block.gmv_platform[row], HISTORY_START, start, end)
            for row in range(len(indices))
        ]
        median = metrics.median([v for v in values if v is not None])
        found[(event, start)] = 0 if median is None else median
    return found
