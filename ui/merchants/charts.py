"""The six merchant dashboard charts; each draws one part of `DashboardCharts` (app.domain)."""

from __future__ import annotations

import datetime as dt
from typing import Any

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
from ui.shared import format as fmt
from ui.shared.chart_base import ChartWidget, money_axis, percent_axis
from ui.shared.i18n.names import name
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP

EVENT_LABELS = {
    "singles_day": "11.11",
    "black_friday": "BF",
    "cyber_monday": "CM",
    "christmas": "Xmas",
    "prime_day": "Prime",
    "618": "618",
}


def retranslate_chart(chart: ChartWidget[Any]) -> None:
    """A chart in the current language: its title, and its caption, key and empty-state text
    drawn again from its data (for the page that holds it, after a change of language)."""
    chart.relabel()


def _nan(values: list[int | None]) -> np.ndarray:
    """Integers for plotting, with gaps where the core had nothing to divide by."""
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def _positions(count: int) -> np.ndarray:
    return np.arange(count, dtype=float)


def _month_axis(chart: ChartWidget, months: list[dt.date]) -> None:
    """Months are plotted at positions 0..n-1 (date axes cost more to draw than the data);
    January and July get a label."""
    ticks = [i for i, m in enumerate(months) if m.month in (1, 7)]
    chart.axes.set_xticks(ticks, [fmt.month_tick(months[i]) for i in ticks])
    if months:
        chart.axes.set_xlim(-0.6, len(months) - 0.4)


class RevenueTrendChart(ChartWidget[RevenueData]):
    title = QT_TRANSLATE_NOOP("Charts", "Revenue trend")

    def draw(self, data: RevenueData) -> None:
        growth = fmt.basis_points(data.growth_24m_bp, signed=True)
        self.caption.setText(
            self.tr("Monthly, USD · 24-month growth of GMV: {growth}").format(growth=growth)
        )
        gmv_color, net_color = self.colors.series[0], self.colors.series[1]
        self.set_key(
            [(self.tr("GMV"), gmv_color, "line"), (self.tr("Net revenue"), net_color, "line")]
        )
        if not data.months:
            self.no_data(self.tr("No complete month yet"))
            return
        axes = self.axes
        x = _positions(len(data.months))
        axes.plot(x, data.gmv, color=gmv_color)
        axes.plot(x, data.net_revenue, color=net_color)
        axes.fill_between(x, data.net_revenue, alpha=0.12, color=net_color)
        axes.set_ylim(bottom=0)
        money_axis(axes)
        self.compact_y()
        _month_axis(self, data.months)


class PeerRatioChart(ChartWidget[MonthlyRatioChart]):
    """A monthly ratio against the flat category median (return rate, DIO)."""

    title = QT_TRANSLATE_NOOP("Charts", "Ratio vs peers")

    def describe(self, value: int) -> str:
        return str(value)

    def draw(self, data: MonthlyRatioChart) -> None:
        median = self.describe(data.peer_median)
        self.caption.setText(self.tr("Monthly · category median {median}").format(median=median))
        mine = self.colors.series[0]
        self.set_key(
            [
                (self.tr("This merchant"), mine, "line"),
                (self.tr("Peer median"), self.colors.peer, "dash"),
            ]
        )
        if not data.months or all(v is None for v in data.values):
            self.no_data(self.tr("No complete month yet"))
            return
        axes = self.axes
        x = _positions(len(data.months))
        axes.plot(x, _nan(data.values), color=mine, marker="o", markersize=3)
        axes.axhline(data.peer_median, color=self.colors.peer, linestyle="--", linewidth=1.2)
        axes.set_ylim(bottom=0)
        self.compact_y()
        _month_axis(self, data.months)


class ReturnRateChart(PeerRatioChart):
    title = QT_TRANSLATE_NOOP("Charts", "Return rate vs peers")

    def describe(self, value: int) -> str:
        return fmt.basis_points(value)

    def draw(self, data: MonthlyRatioChart) -> None:
        super().draw(data)
        self.axes.yaxis.set_major_formatter(lambda v, _p: fmt.percent(v / 100, 1))


class DioChart(PeerRatioChart):
    title = QT_TRANSLATE_NOOP("Charts", "Days inventory outstanding vs peers")

    def describe(self, value: int) -> str:
        return fmt.days_x100(value)

    def draw(self, data: MonthlyRatioChart) -> None:
        super().draw(data)
        self.axes.yaxis.set_major_formatter(lambda v, _p: fmt.days_tick(v / 100))


class UpliftVsPeersChart(ChartWidget[UpliftChart]):
    title = QT_TRANSLATE_NOOP("Charts", "Promotion uplift vs peer median")
    margins_px = {"left": 56, "right": 14, "top": 10, "bottom": 44}  # slanted event labels

    def draw(self, data: UpliftChart) -> None:
        self.caption.setText(self.tr("Sales during each event against the 28 days before"))
        mine = self.colors.series[0]
        self.set_key(
            [
                (self.tr("This merchant"), mine, "box"),
                (self.tr("Peer median"), self.colors.peer, "box"),
            ]
        )
        if not data.events:
            self.no_data(self.tr("No promotion events in the series"))
            return
        axes = self.axes
        x = _positions(len(data.events))
        axes.bar(x - 0.2, _nan(data.merchant_bp), 0.4, color=mine)
        peers = np.array(data.peer_median_bp, dtype=float)
        axes.bar(x + 0.2, peers, 0.4, color=self.colors.peer)
        pairs = zip(data.events, data.starts, strict=True)
        labels = [f"{EVENT_LABELS.get(e, e)} {fmt.month_tick(s)}" for e, s in pairs]
        axes.set_xticks(x, labels, rotation=40, ha="right", rotation_mode="anchor", fontsize=7)
        axes.axhline(0, color=self.colors.border, linewidth=0.8)
        percent_axis(axes)
        self.compact_y()


class RepaymentHistoryChart(ChartWidget[RepaymentChart]):
    title = QT_TRANSLATE_NOOP("Charts", "Repayment history")

    def draw(self, data: RepaymentChart) -> None:
        late = sum(1 for d in data.days_late if d > 0)
        worst = max(data.days_late, default=0)
        history = (
            self.tr("{late} late (worst {worst} days)").format(late=late, worst=worst)
            if late
            else self.tr("never late")
        )
        count = self.tr("%n installment(s)", "", len(data.installments))
        self.caption.setText(f"{count} · {history}")
        c = self.colors
        self.set_key([(self.tr("Due"), c.muted, "box"), (self.tr("Paid on time"), c.good, "box"),
                      (self.tr("Paid late / overdue"), c.bad, "box")])  # fmt: skip
        if not data.installments:
            self.no_data(self.tr("No repayment schedule"))
            return
        axes = self.axes
        colors = [c.bad if d > 0 else c.good for d in data.days_late]
        x = _positions(len(data.installments))
        axes.bar(x, data.amount_due, width=0.8, color=c.grid, edgecolor=c.muted, linewidth=0.6)
        axes.bar(x, data.amount_paid, width=0.5, color=colors)
        money_axis(axes)
        self.compact_y()
        self.month_ticks(data.due_dates)


class SourceAgreementChart(ChartWidget[SourceChart]):
    title = QT_TRANSLATE_NOOP("Charts", "Agreement between sources")

    def draw(self, data: SourceChart) -> None:
        limit = DEFAULT_POLICY.max_source_gap_bp
        self.caption.setText(self.tr("Monthly net revenue: gap of each source to the platform"))
        sources = sorted(data.gap_bp)
        palette = self.colors.series
        colors = {s: palette[(i + 2) % len(palette)] for i, s in enumerate(sources)}
        lags = data.lag_days
        self.set_key(
            [
                *((self._source_label(s, lags), colors[s], "line") for s in sources),
                (self.tr("Limit {limit}").format(limit=fmt.basis_points(limit)),
                 self.colors.bad, "dash"),
            ]
        )  # fmt: skip
        if not data.months or not data.gap_bp:
            self.no_data(self.tr("Only the platform reports this merchant"))
            return
        axes = self.axes
        x = _positions(len(data.months))
        for source in sources:
            axes.plot(x, _nan(data.gap_bp[source]), color=colors[source], marker="o", markersize=3)
        axes.axhline(limit, color=self.colors.bad, linestyle="--", linewidth=1.2)
        axes.set_ylim(bottom=0)
        self.compact_y()
        axes.yaxis.set_major_formatter(lambda v, _p: fmt.percent(v / 100, 1))
        _month_axis(self, data.months)

    def _source_label(self, source: str, lags: dict[str, int]) -> str:
        label = name(source) if source != "psp" else "PSP"
        if source in lags:
            return self.tr("{source} (lag {days} d)").format(source=label, days=lags[source])
        return label


CHARTS = (
    ("revenue", RevenueTrendChart),
    ("return_rate", ReturnRateChart),
    ("dio", DioChart),
    ("uplift", UpliftVsPeersChart),
    ("repayments", RepaymentHistoryChart),
    ("sources", SourceAgreementChart),
)
