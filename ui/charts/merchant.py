"""The six merchant dashboard charts; each draws one part of `DashboardCharts` (app.domain)."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import numpy as np

from app.domain.dashboard import (
    MonthlyRatioChart,
    RepaymentChart,
    SourceChart,
    UpliftChart,
)
from app.domain.dashboard import (
    RevenueChart as RevenueData,
)
from app.domain.policy import DEFAULT_POLICY
from ui import format as fmt
from ui.charts.base import ChartWidget, money_axis, percent_axis

EVENT_LABELS = {
    "singles_day": "11.11",
    "black_friday": "BF",
    "cyber_monday": "CM",
    "christmas": "Xmas",
    "prime_day": "Prime",
    "618": "618",
}


def _nan(values: list[int | None]) -> np.ndarray:
    """Integers for plotting, with gaps where the core had nothing to divide by."""
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def _month_axis(chart: ChartWidget, months: list[dt.date]) -> None:
    axes = chart.axes
    axes.xaxis.set_major_locator(mdates.MonthLocator(bymonth=(1, 4, 7, 10)))
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%b %y"))
    if months:
        axes.set_xlim(months[0] - dt.timedelta(days=10), months[-1] + dt.timedelta(days=20))


class RevenueTrendChart(ChartWidget[RevenueData]):
    title = "Revenue trend"

    def draw(self, data: RevenueData) -> None:
        growth = fmt.basis_points(data.growth_24m_bp, signed=True)
        self.caption.setText(f"Monthly, USD · 24-month growth of GMV: {growth}")
        if not data.months:
            self.no_data("No complete month yet")
            return
        axes = self.axes
        axes.plot(data.months, data.gmv, label="GMV", color=self.colors.series[0])
        axes.plot(data.months, data.net_revenue, label="Net revenue", color=self.colors.series[1])
        axes.fill_between(data.months, data.net_revenue, alpha=0.12, color=self.colors.series[1])
        axes.set_ylim(bottom=0)
        money_axis(axes)
        _month_axis(self, data.months)
        axes.legend(loc="upper left")


class PeerRatioChart(ChartWidget[MonthlyRatioChart]):
    """A monthly ratio against the flat category median (return rate, DIO)."""

    title = "Ratio vs peers"

    def describe(self, value: int) -> str:
        return str(value)

    def draw(self, data: MonthlyRatioChart) -> None:
        self.caption.setText(f"Monthly · category median {self.describe(data.peer_median)}")
        if not data.months or all(v is None for v in data.values):
            self.no_data("No complete month yet")
            return
        axes = self.axes
        axes.plot(data.months, _nan(data.values), label="This merchant", marker="o", markersize=3)
        axes.axhline(
            data.peer_median, color=self.colors.peer, linestyle="--", linewidth=1.2,
            label="Peer median",
        )  # fmt: skip
        axes.set_ylim(bottom=0)
        _month_axis(self, data.months)
        axes.legend(loc="upper left")


class ReturnRateChart(PeerRatioChart):
    title = "Return rate vs peers"

    def describe(self, value: int) -> str:
        return fmt.basis_points(value)

    def draw(self, data: MonthlyRatioChart) -> None:
        super().draw(data)
        percent_axis(self.axes)


class DioChart(PeerRatioChart):
    title = "Days inventory outstanding vs peers"

    def describe(self, value: int) -> str:
        return fmt.days_x100(value)

    def draw(self, data: MonthlyRatioChart) -> None:
        super().draw(data)
        self.axes.yaxis.set_major_formatter(lambda v, _p: f"{v / 100:.0f} d")


class UpliftVsPeersChart(ChartWidget[UpliftChart]):
    title = "Promotion uplift vs peer median"
    margins = {"left": 0.13, "right": 0.97, "top": 0.9, "bottom": 0.22}

    def draw(self, data: UpliftChart) -> None:
        self.caption.setText("Sales during each event against the 28 days before")
        if not data.events:
            self.no_data("No promotion events in the series")
            return
        axes = self.axes
        x = np.arange(len(data.events))
        axes.bar(x - 0.2, _nan(data.merchant_bp), 0.4, label="This merchant")
        axes.bar(
            x + 0.2, np.array(data.peer_median_bp, dtype=float), 0.4,
            label="Peer median", color=self.colors.peer,
        )  # fmt: skip
        pairs = zip(data.events, data.starts, strict=True)
        labels = [f"{EVENT_LABELS.get(e, e)}\n{s:%y}" for e, s in pairs]
        axes.set_xticks(x, labels)
        axes.axhline(0, color=self.colors.border, linewidth=0.8)
        percent_axis(axes)
        axes.legend(loc="upper left")


class RepaymentHistoryChart(ChartWidget[RepaymentChart]):
    title = "Repayment history"

    def draw(self, data: RepaymentChart) -> None:
        late = sum(1 for d in data.days_late if d > 0)
        worst = max(data.days_late, default=0)
        self.caption.setText(
            f"{len(data.installments)} installments · "
            + (f"{late} late (worst {worst} days)" if late else "never late")
        )
        if not data.installments:
            self.no_data("No repayment schedule")
            return
        axes = self.axes
        colors = [self.colors.bad if d > 0 else self.colors.good for d in data.days_late]
        axes.bar(data.due_dates, data.amount_due, width=20, color=self.colors.grid, label="Due")
        axes.bar(data.due_dates, data.amount_paid, width=12, color=colors, label="Paid")
        money_axis(axes)
        axes.xaxis.set_major_formatter(mdates.DateFormatter("%b %y"))
        axes.legend(loc="upper left")


class SourceAgreementChart(ChartWidget[SourceChart]):
    title = "Agreement between sources"

    def draw(self, data: SourceChart) -> None:
        limit = DEFAULT_POLICY.max_source_gap_bp
        lags = ", ".join(f"{k.upper()} {v} d" for k, v in data.lag_days.items())
        self.caption.setText(
            f"Monthly net revenue gap to the platform · limit {fmt.basis_points(limit)}"
            + (f" · lag {lags}" if lags else "")
        )
        if not data.months or not data.gap_bp:
            self.no_data("Only the platform reports this merchant")
            return
        axes = self.axes
        for i, (source, gaps) in enumerate(sorted(data.gap_bp.items())):
            axes.plot(
                data.months, _nan(gaps), label=source.upper(), marker="o", markersize=3,
                color=self.colors.series[(i + 2) % len(self.colors.series)],
            )  # fmt: skip
        axes.axhline(limit, color=self.colors.bad, linestyle="--", linewidth=1.2, label="Limit")
        axes.set_ylim(bottom=0)
        percent_axis(axes)
        axes.yaxis.set_major_formatter(lambda v, _p: f"{v / 100:.1f}%")
        _month_axis(self, data.months)
        axes.legend(loc="upper left", ncols=3)


CHARTS = (
    ("revenue", RevenueTrendChart),
    ("return_rate", ReturnRateChart),
    ("dio", DioChart),
    ("uplift", UpliftVsPeersChart),
    ("repayments", RepaymentHistoryChart),
    ("sources", SourceAgreementChart),
)
