"""One merchant's REST payloads as a one-row batch for the vectorised scorer (the dashboard's
scorecard goes through the same code as the screener's 15,000 rows)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from app.backend.models import Metric, MetricSeries, PromotionList, RepaymentList, Source
from app.domain.kernels import SAFE_VALUE, as_ints
from app.domain.scorer import EventBatch, RepaymentBatch, SeriesBatch
from app.domain.sources import series_of

_WIDE_EVENT_DAYS = 31  # longer windows could overflow int64 in the uplift's products


def one_row(
    series: MetricSeries, promotions: PromotionList, repayments: RepaymentList
) -> tuple[SeriesBatch, EventBatch, RepaymentBatch]:
    raw = {
        "gmv": series_of(series, Metric.GMV),
        "orders": series_of(series, Metric.ORDERS),
        "returns": series_of(series, Metric.RETURNS),
        "inventory": series_of(series, Metric.INVENTORY),
        "cogs": series_of(series, Metric.COGS),
        "net_platform": series_of(series, Metric.NET_REVENUE),
        "net_psp": series_of(series, Metric.NET_REVENUE, Source.PSP),
        "net_bank": series_of(series, Metric.NET_REVENUE, Source.BANK),
    }
    days = series.days
    peer_medians = [p.peer_median_uplift_bp for p in promotions.items]
    wide = any((p.end - p.start).days >= _WIDE_EVENT_DAYS for p in promotions.items)
    largest = max((max(values) for values in raw.values() if values), default=0)
    exact = not wide and largest < SAFE_VALUE and all(abs(v) < SAFE_VALUE for v in peer_medians)
    arrays = {
        name: as_ints([values], exact) if len(values) == days and values else None
        for name, values in raw.items()
    }
    batch = SeriesBatch(start=series.start, days=days, **arrays)
    events = EventBatch(
        first=np.array(
            [[_day(series.start, p.start) for p in promotions.items]], dtype=np.int64
        ).reshape(1, -1),
        last=np.array(
            [[_day(series.start, p.end) for p in promotions.items]], dtype=np.int64
        ).reshape(1, -1),
        peer_median_bp=as_ints([peer_medians], exact).reshape(1, -1),
        present=np.ones((1, len(promotions.items)), dtype=bool),
    )
    items = repayments.items
    repaid = RepaymentBatch(
        row=np.zeros(len(items), dtype=np.int64),
        due=np.array([_day(series.start, r.due_date) for r in items], dtype=np.int64),
        days_late=np.array([r.days_late for r in items], dtype=np.int64),
        unpaid=np.array([r.amount_paid < r.amount_due for r in items], dtype=bool),
    )
    return batch, events, repaid


def _day(start: dt.date, day: dt.date) -> int:
    return (day - start).days
