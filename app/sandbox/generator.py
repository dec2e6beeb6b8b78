"""The deterministic generator's entry points: from a seed and a roster size to the payloads the
API serves. Same seed -> the same bytes; a later day never changes an earlier one.

The friends: calendar (dates and event shapes), noise (hash-based noise), names, roster (who the
merchants are), series (daily sales), repayments, offerings (and revenue reports), peers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from app.backend.models import (
    MerchantProfile,
    MerchantSummary,
    Metric,
    MetricSeries,
    SourceSeries,
)
from app.sandbox import noise
from app.sandbox.calendar import HISTORY_START, day_index
from app.sandbox.roster import MerchantRow, Roster
from app.sandbox.series import SeriesBlock, generate_block, platform_gmv

CURRENCY = "USD"
_SUMMARY_CHUNK = 1000
_YEAR = 365


def merchant_block(roster: Roster, index: int, sim_date: dt.date) -> SeriesBlock:
    """One merchant's series from HISTORY_START to sim_date inclusive."""
    indices = np.array([index], dtype=np.int64)
    return generate_block(
        roster.params.take(indices),
        noise.merchant_keys(roster.seed, indices),
        day_index(sim_date) + 1,
    )


def metric_series(roster: Roster, row: MerchantRow, sim_date: dt.date) -> MetricSeries:
    block = merchant_block(roster, row.index, sim_date)

    def values(array: np.ndarray) -> list[int]:
        return array[0].tolist()

    return MetricSeries(
        merchant_id=row.id,
        start=HISTORY_START,
        days=block.orders.shape[1],
        currency=CURRENCY,
        metrics={
            Metric.GMV: SourceSeries(
                platform=values(block.gmv_platform), psp=values(block.gmv_psp)
            ),
            Metric.NET_REVENUE: SourceSeries(
                platform=values(block.net_platform),
                psp=values(block.net_psp),
                bank=values(block.net_bank),
            ),
            Metric.ORDERS: SourceSeries(platform=values(block.orders)),
            Metric.RETURNS: SourceSeries(platform=values(block.returns)),
            Metric.INVENTORY: SourceSeries(platform=values(block.inventory)),
            Metric.COGS: SourceSeries(platform=values(block.cogs)),
        },
    )


@dataclass(frozen=True)
class SummaryFigures:
    """Per merchant (roster order): platform GMV of the last 12 months and 24-month growth."""

    gmv_12m: list[int]
    growth_24m_bp: list[int]


def summary_figures(roster: Roster, sim_date: dt.date) -> SummaryFigures:
    """The list view's figures for the whole roster, vectorised in chunks.

    growth_24m_bp is exactly app.domain.metrics.growth_24m_bp of the platform GMV series
    (the sums are taken here to avoid building 15,000 full series; a test checks they agree).
    """
    days = day_index(sim_date) + 1
    gmv_12m: list[int] = []
    growth: list[int] = []
    for lo in range(0, len(roster.rows), _SUMMARY_CHUNK):
        indices = np.arange(lo, min(lo + _SUMMARY_CHUNK, len(roster.rows)), dtype=np.int64)
        gmv = platform_gmv(
            roster.params.take(indices),
            noise.merchant_keys(roster.seed, indices),
            days - 2 * _YEAR,
            2 * _YEAR,
        )
        earlier = gmv[:, :_YEAR].sum(axis=1).tolist()
        recent = gmv[:, _YEAR:].sum(axis=1).tolist()
        gmv_12m.extend(recent)
        for new, old in zip(recent, earlier, strict=True):
            bp = round(Fraction((new - old) * 10_000, old)) if old else 0
            growth.append(max(-1_000_000, min(1_000_000, bp)))
    return SummaryFigures(gmv_12m=gmv_12m, growth_24m_bp=growth)


def summary(row: MerchantRow, figures: SummaryFigures, symbol: str | None) -> MerchantSummary:
    return MerchantSummary(
        id=row.id,
        name=row.name,
        city=row.city,
        platform=row.platform,
        category=row.category,
        tokenized=row.tokenized,
        token_symbol=symbol,
        score=row.score,
        gmv_12m=figures.gmv_12m[row.index],
        growth_24m_bp=figures.growth_24m_bp[row.index],
        onboarded_on=row.onboarded_on,
    )


def profile(
    row: MerchantRow, summary_: MerchantSummary, offering_id: str | None
) -> MerchantProfile:
    return MerchantProfile(
        summary=summary_,
        legal_name=row.legal_name,
        description=row.description,
        store_url=row.store_url,
        currency=CURRENCY,
        settlement_lag_days=row.settlement_lag_days,
        offering_id=offering_id,
    )
