"""A small synthetic merchant built by hand, so the expected scorecard numbers can be worked out
on paper. `make_inputs()` passes every criterion and trips no covenant; tests change one thing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from app.backend.models import (
    Category,
    City,
    MerchantProfile,
    MerchantSummary,
    Metric,
    MetricSeries,
    PeerStats,
    Platform,
    Promotion,
    PromotionEvent,
    PromotionList,
    Repayment,
    RepaymentList,
    SourceSeries,
)

START = dt.date(2023, 1, 1)
DAYS = 730  # 2023-01-01 .. 2024-12-30
END = START + dt.timedelta(days=DAYS - 1)
MERCHANT = "M00001"
PSP_LAG = 1
BANK_LAG = 3
# Promotion events: days 100..102 (year one) and 500..501 (year two) sell double.
EVENTS = ((100, 102, 8_000), (500, 501, 9_000))


def day(index: int) -> dt.date:
    return START + dt.timedelta(days=index)


def shifted(values: list[int], lag: int) -> list[int]:
    """What a source that records each day's value `lag` days later sees."""
    return [0] * lag + values[: len(values) - lag]


def net_revenue() -> list[int]:
    # varies from day to day (1000..2008) without repeating itself under a shift, so the lag
    # between sources can be recognised
    return [1_000 + (i * i * 31 + i * 17) % 1009 for i in range(DAYS)]


def gmv() -> list[int]:
    # 10,000 a day in year one, 13,000 in year two, doubled on event days
    values = [10_000 if i < 365 else 13_000 for i in range(DAYS)]
    for first, last, _ in EVENTS:
        for i in range(first, last + 1):
            values[i] *= 2
    return values


@dataclass(frozen=True)
class Inputs:
    series: MetricSeries
    promotions: PromotionList
    repayments: RepaymentList
    peers: PeerStats
    profile: MerchantProfile

    def with_metric(
        self, metric: Metric, platform: list[int], psp: list[int] | None = None,
        bank: list[int] | None = None,
    ) -> Inputs:  # fmt: skip
        metrics = dict(self.series.metrics)
        metrics[metric] = SourceSeries(platform=platform, psp=psp, bank=bank)
        series = MetricSeries(
            merchant_id=MERCHANT, start=START, days=len(platform), currency="USD", metrics=metrics
        )
        return replace(self, series=series)

    def truncated(self, days: int) -> Inputs:
        """The same merchant with only its first `days` days of data."""

        def cut(values: list[int] | None) -> list[int] | None:
            return None if values is None else values[:days]

        metrics = {
            metric: SourceSeries(platform=s.platform[:days], psp=cut(s.psp), bank=cut(s.bank))
            for metric, s in self.series.metrics.items()
        }
        series = MetricSeries(
            merchant_id=MERCHANT, start=START, days=days, currency="USD", metrics=metrics
        )
        return replace(self, series=series)

    def with_repayments(self, items: list[Repayment]) -> Inputs:
        return replace(self, repayments=RepaymentList(merchant_id=MERCHANT, items=items))


def installment(number: int, due: dt.date, *, paid: int = 50_000, late: int = 0) -> Repayment:
    paid_date = None if paid == 0 else due + dt.timedelta(days=late)
    return Repayment(
        installment=number, due_date=due, amount_due=50_000, amount_paid=paid,
        paid_date=paid_date, days_late=late,
    )  # fmt: skip


def make_inputs() -> Inputs:
    revenue = net_revenue()
    series = MetricSeries(
        merchant_id=MERCHANT,
        start=START,
        days=DAYS,
        currency="USD",
        metrics={
            Metric.GMV: SourceSeries(platform=gmv()),
            Metric.NET_REVENUE: SourceSeries(
                platform=revenue, psp=shifted(revenue, PSP_LAG), bank=shifted(revenue, BANK_LAG)
            ),
            Metric.ORDERS: SourceSeries(platform=[100] * DAYS),
            Metric.RETURNS: SourceSeries(platform=[3] * DAYS),  # 3 %
            Metric.INVENTORY: SourceSeries(platform=[45_000] * DAYS),
            Metric.COGS: SourceSeries(platform=[1_000] * DAYS),  # 45 days of stock
        },
    )
    promotions = PromotionList(
        merchant_id=MERCHANT,
        items=[
            Promotion(
                event=PromotionEvent.MID_YEAR_618,
                start=day(first),
                end=day(last),
                peer_median_uplift_bp=peer,
            )  # fmt: skip
            for first, last, peer in EVENTS
        ],
    )
    repayments = [installment(k + 1, dt.date(2023, k + 2, 15)) for k in range(11)]
    peers = PeerStats(
        category=Category.HOME_KITCHEN,
        merchant_count=500,
        as_of=END,
        growth_24m_bp=[40 * k - 1_000 for k in range(101)],  # median 1000
        return_rate_bp=[100 + 5 * k for k in range(101)],  # median 350
        dio_days_x100=[3_000 + 40 * k for k in range(101)],  # median 5000
        promo_uplift_bp=[200 * k for k in range(101)],  # median 10000
    )
    summary = MerchantSummary(
        id=MERCHANT, name="Harbour Home", city=City.SHENZHEN, platform=Platform.AMAZON,
        category=Category.HOME_KITCHEN, tokenized=True, token_symbol="HARB", score=80,
        gmv_12m=4_771_000, growth_24m_bp=2_965, onboarded_on=START,
    )  # fmt: skip
    profile = MerchantProfile(
        summary=summary, legal_name="Harbour Home Ltd", description="", store_url="https://x.test",
        currency="USD", settlement_lag_days=BANK_LAG,
    )  # fmt: skip
    return Inputs(
        series, promotions, RepaymentList(merchant_id=MERCHANT, items=repayments), peers, profile
    )
