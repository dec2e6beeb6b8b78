"""Chart data for the merchant dashboard, checked against the hand-built merchant."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from app.backend.models import Metric
from app.domain.dashboard import DashboardCharts, _monthly, build_charts, month_bounds
from tests.app.domain.builders import END, Inputs, installment, net_revenue


def charts(inputs: Inputs) -> DashboardCharts:
    return build_charts(inputs.series, inputs.promotions, inputs.repayments, inputs.peers)


def test_month_bounds_keep_complete_months_only() -> None:
    assert month_bounds(dt.date(2024, 1, 15), 60) == ([dt.date(2024, 2, 1)], [17, 46])
    assert month_bounds(dt.date(2024, 2, 1), 29) == ([dt.date(2024, 2, 1)], [0, 29])
    assert month_bounds(dt.date(2024, 2, 1), 28) == ([], [])
    months, bounds = month_bounds(dt.date(2023, 12, 1), 62)
    assert months == [dt.date(2023, 12, 1), dt.date(2024, 1, 1)] and bounds == [0, 31, 62]


def test_revenue_chart(good_merchant: Inputs) -> None:
    revenue = charts(good_merchant).revenue
    # 2023-01-01 .. 2024-12-30: January 2023 to November 2024 are complete
    assert len(revenue.months) == 23
    assert revenue.months[0] == dt.date(2023, 1, 1) and revenue.months[-1] == dt.date(2024, 11, 1)
    assert revenue.gmv[0] == 31 * 10_000
    assert revenue.gmv[3] == 30 * 10_000 + 3 * 10_000  # April 2023 holds the event days 100..102
    assert revenue.net_revenue[0] == sum(net_revenue()[:31])
    assert revenue.growth_24m_bp == 2_965


def test_ratio_charts(good_merchant: Inputs) -> None:
    result = charts(good_merchant)
    assert result.return_rate.values == [300] * 23 and result.return_rate.peer_median == 350
    assert result.dio.values == [4_500] * 23 and result.dio.peer_median == 5_000
    assert (result.return_rate.unit, result.dio.unit) == ("bp", "days_x100")


def test_ratio_month_without_orders_is_none(good_merchant: Inputs) -> None:
    orders = [100] * 730
    orders[31:59] = [0] * 28  # February 2023 sold nothing
    returns = [3] * 730
    returns[31:59] = [0] * 28
    changed = good_merchant.with_metric(Metric.ORDERS, orders).with_metric(Metric.RETURNS, returns)
    values = charts(changed).return_rate.values
    assert values[:3] == [300, None, 300]


def test_uplift_chart(good_merchant: Inputs) -> None:
    uplift = charts(good_merchant).uplift
    assert uplift.events == ["618", "618"]
    assert uplift.starts == [dt.date(2023, 4, 11), dt.date(2024, 5, 15)]
    assert uplift.merchant_bp == [10_000, 10_000]
    assert uplift.peer_median_bp == [8_000, 9_000]


def test_repayment_chart(good_merchant: Inputs) -> None:
    due = END - dt.timedelta(days=4)
    changed = good_merchant.with_repayments(
        [*good_merchant.repayments.items, installment(12, due, paid=0)]
    )
    chart = charts(changed).repayments
    assert chart.installments == list(range(1, 13))
    assert chart.due_dates[0] == dt.date(2023, 2, 15)
    assert chart.amount_due[-1] == 50_000 and chart.amount_paid[-1] == 0
    assert chart.paid_dates[-1] is None
    assert chart.days_late == [0] * 11 + [4]


def test_source_chart_aligned_by_lag(good_merchant: Inputs) -> None:
    sources = charts(good_merchant).sources
    assert sources.lag_days == {"psp": 1, "bank": 3}
    assert sources.others["psp"] == sources.platform == sources.others["bank"]
    assert sources.gap_bp == {"psp": [0] * 23, "bank": [0] * 23}


def test_source_chart_month_not_yet_settled_is_none(good_merchant: Inputs) -> None:
    # up to 2024-12-02: November is complete on the platform and at the PSP (one day behind)
    # but the bank books November 30 only on December 3
    sources = charts(good_merchant.truncated(702)).sources
    assert sources.months[-1] == dt.date(2024, 11, 1)
    assert sources.others["psp"][-1] == sources.platform[-1]
    assert sources.others["bank"][-1] is None and sources.gap_bp["bank"][-1] is None
    assert sources.others["bank"][-2] == sources.platform[-2]


def test_source_chart_without_third_parties(good_merchant: Inputs) -> None:
    sources = charts(good_merchant.with_metric(Metric.NET_REVENUE, net_revenue())).sources
    assert sources.others == {} and sources.gap_bp == {} and sources.lag_days == {}
    assert len(sources.platform) == 23


@given(
    st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)),
    st.lists(st.integers(0, 10**12), min_size=0, max_size=120),
    st.integers(0, 5),
)
def test_monthly_sums_cover_each_month_exactly(
    start: dt.date, values: list[int], shift: int
) -> None:
    months, bounds = month_bounds(start, len(values))
    sums = _monthly(values, bounds, shift)
    fitting = [k for k in range(len(months)) if bounds[k + 1] + shift <= len(values)]
    assert len(sums) == len(fitting)
    for k, total in enumerate(sums):
        assert total == sum(values[bounds[k] + shift : bounds[k + 1] + shift])
        assert bounds[k + 1] + shift <= len(values)
