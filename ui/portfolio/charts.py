"""The portfolio charts; each draws one piece the core computed (app/portfolio/charts.py and the
merchant's `RevenueTrend`). Amounts are stablecoin base units; axes show them as dollars."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TypeVar

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import MouseEvent
from matplotlib.ticker import FuncFormatter
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.portfolio.charts import AllocationSlice, CumulativeFlows, MonthlyDistributions
from app.portfolio.merchant import RevenueTrend
from ui.shared import format as fmt
from ui.shared.chart_base import ChartWidget, money_axis
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.theme import LIGHT, Colors

D = TypeVar("D")
OTHER_AFTER = 7  # allocation bars shown before the rest is summed as "Other"


def stablecoin_axis(axes: Axes, decimals: int) -> None:
    """Base units on the y axis as compact dollars (the stablecoin is a dollar)."""
    scale = 10**decimals

    def label(value: float, _pos: object) -> str:
        return fmt.compact_dollars(value / scale)  # tick positions are display-only floats

    axes.yaxis.set_major_formatter(FuncFormatter(label))


class PortfolioChart(Retranslating, ChartWidget[D]):
    """A chart of the portfolio: its title, caption, key and axes follow the language."""

    def __init__(self, colors: Colors = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(colors, parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("Charts", self.title))
        # A screen reader names the plot by its title; the caption says what it shows.
        self.canvas.setAccessibleName(self.heading.text())
        # The base's template again (with or without data): caption, key and ticks anew.
        self._render(rebuild=False)
        self.canvas.setAccessibleDescription(self.caption.text())
        self.draw_idle()


class AllocationChart(PortfolioChart[list[AllocationSlice]]):
    title = QT_TRANSLATE_NOOP("Charts", "Allocation")
    margins_px = {"left": 76, "right": 40, "top": 8, "bottom": 22}

    def draw(self, data: list[AllocationSlice]) -> None:
        self.caption.setText(self.tr("Share of the portfolio's cost basis"))
        if not data:
            self.no_data(self.tr("No holdings with a cost basis yet"))
            return
        shown = data[:OTHER_AFTER]
        labels = [s.symbol for s in shown]
        shares = [s.share_bp for s in shown]
        if len(data) > OTHER_AFTER:
            labels.append(self.tr("Other ({count})").format(count=len(data) - OTHER_AFTER))
            shares.append(sum(s.share_bp for s in data[OTHER_AFTER:]))
        self.fit_margin("left", labels)
        y = np.arange(len(labels), dtype=float)[::-1]
        color = self.colors.series[0]
        self.axes.barh(y, shares, color=color, height=0.65)
        self.axes.set_yticks(y, labels)
        self.axes.tick_params(axis="y", length=0)
        self.axes.grid(visible=False)
        # Each bar carries its share as text: an x axis would say it twice, and its ticks and
        # labels were the costliest part of drawing this chart.
        self.axes.xaxis.set_visible(False)
        self.axes.spines["bottom"].set_visible(False)
        for yi, share in zip(y, shares, strict=True):
            text = " " + fmt.basis_points(share, places=1)
            self.axes.text(share, yi, text, va="center", fontsize=8, color=self.colors.text)
        self.axes.set_xlim(0, max(shares) * 1.25 or 1)


class MonthlyDistributionsChart(PortfolioChart[tuple[MonthlyDistributions, int]]):
    """Distributions accrued to the account per month, stacked by token (top four + rest)."""

    title = QT_TRANSLATE_NOOP("Charts", "Distributions received per month")

    def draw(self, data: tuple[MonthlyDistributions, int]) -> None:
        monthly, decimals = data
        self.caption.setText(self.tr("Your share of each payout, by month"))
        if not monthly.months or not any(monthly.total):
            self.set_key([])
            self.no_data(self.tr("No distributions yet"))
            return
        ranked = sorted(monthly.by_token, key=lambda s: -sum(monthly.by_token[s]))
        groups = [(s, monthly.by_token[s]) for s in ranked[:3]]
        rest = [sum(monthly.by_token[s][i] for s in ranked[3:]) for i in range(len(monthly.months))]
        if any(rest):
            groups.append((self.tr("Other"), rest))
        x = np.arange(len(monthly.months), dtype=float)
        bottom = np.zeros(len(x))
        key = []
        for (symbol, values), color in zip(groups, self.colors.series, strict=False):
            series = np.array(values, dtype=float)
            self.axes.bar(x, series, bottom=bottom, color=color, width=0.75)
            bottom += series
            key.append((symbol, color, "box"))
        self.set_key(key)
        stablecoin_axis(self.axes, decimals)
        self.compact_y()
        self.month_ticks(monthly.months)


class CumulativeFlowsChart(PortfolioChart[tuple[CumulativeFlows, int]]):
    """Money put in against money back, as steps at each dated flow."""

    title = QT_TRANSLATE_NOOP("Charts", "Cumulative cash flows")

    def draw(self, data: tuple[CumulativeFlows, int]) -> None:
        flows, decimals = data
        invested_color, received_color = self.colors.series[1], self.colors.series[2]
        self.set_key(
            [
                (self.tr("Invested"), invested_color, "line"),
                (self.tr("Received (claims, sales)"), received_color, "line"),
            ]
        )
        if not flows.dates:
            self.caption.setText("")
            self.no_data(self.tr("No cash flows yet"))
            return
        net = flows.net[-1]
        self.caption.setText(
            self.tr("Net cash so far: {sign}${amount}").format(
                sign="+" if net >= 0 else "−", amount=fmt.units(abs(net), decimals)
            )
        )
        x = np.array([d.timestamp() for d in flows.dates], dtype=float)
        self.axes.step(x, flows.invested, where="post", color=invested_color)
        self.axes.step(x, flows.received, where="post", color=received_color)
        self.axes.fill_between(x, flows.received, step="post", alpha=0.12, color=received_color)
        stablecoin_axis(self.axes, decimals)
        self.compact_y()
        count = self.x_ticks_that_fit(fmt.month_tick(flows.dates[0].date()))
        ticks = np.linspace(x[0], x[-1], num=min(count, len(x))) if len(x) > 1 else x
        self.axes.set_xticks(
            ticks, [fmt.month_tick(dt.datetime.fromtimestamp(t, dt.UTC).date()) for t in ticks]
        )
        self.axes.set_ylim(bottom=0)


class RevenueTrendSpark(PortfolioChart[RevenueTrend | None]):
    """The selected holding's merchant: net revenue of the last twelve months. A click on it
    asks for the merchant's dashboard (`open_merchant`)."""

    title = QT_TRANSLATE_NOOP("Charts", "Merchant revenue trend")
    open_merchant = Signal(str)

    def __init__(self, colors: Colors = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(colors, parent)
        self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)
        self.canvas.mpl_connect("button_press_event", self._clicked)

    def retranslate(self) -> None:
        super().retranslate()
        self.canvas.setToolTip(self.tr("Click to open the merchant's dashboard"))

    def _clicked(self, _event: MouseEvent) -> None:
        if isinstance(self.data, RevenueTrend):
            self.open_merchant.emit(self.data.merchant_id)

    def draw(self, data: RevenueTrend | None) -> None:
        color = self.colors.series[1]
        if data is None or not data.months:
            self.caption.setText(self.tr("Select a holding whose merchant is known"))
            self.set_key([])
            self.no_data(self.tr("No merchant data"))
            return
        first, last = data.net_revenue[0], data.net_revenue[-1]
        change = fmt.percent(Decimal(last - first) * 100 / first, signed=True) if first else "—"
        self.caption.setText(
            self.tr("{merchant_id} · 12 months {change} · click: dashboard").format(
                merchant_id=data.merchant_id, change=change
            )
        )
        self.set_key([(self.tr("Net revenue (USD)"), color, "line")])
        x = np.arange(len(data.months), dtype=float)
        self.axes.plot(x, data.net_revenue, color=color, marker="o", markersize=3)
        self.axes.fill_between(x, data.net_revenue, alpha=0.12, color=color)
        self.axes.set_ylim(bottom=0)
        money_axis(self.axes)
        self.compact_y()
        self.month_ticks(data.months)
