"""The Market page's charts: the book's depth and the token's daily closes. The core computed
the data (app.market.depth, the API's price history); these only draw it. Bids and asks take the
investor's colours of up and down (red up in mainland China and Taiwan: bids red, asks green)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from matplotlib.ticker import FuncFormatter

from app.config.direction import Direction
from app.market.depth import Depth
from ui.shared import format as fmt
from ui.shared.chart_base import ChartWidget
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class DepthData:
    depth: Depth
    pst_decimals: int
    coin_decimals: int


@dataclass(frozen=True)
class PriceData:
    days: tuple[dt.date, ...]
    closes: tuple[int, ...]  # stablecoin base units per whole PST
    offering_price: int
    coin_decimals: int


def _price_axis(chart: ChartWidget, decimals: int, axis: str = "x") -> None:
    target = chart.axes.xaxis if axis == "x" else chart.axes.yaxis
    target.set_major_formatter(FuncFormatter(lambda v, _p: fmt.tick(v, 2)))


class DepthChart(ChartWidget[DepthData]):
    """Cumulative PST wanted (bids, left) and offered (asks, right) by price."""

    title = QT_TRANSLATE_NOOP("Charts", "Market depth")
    margins_px = {"left": 56, "right": 14, "top": 10, "bottom": 26}

    def draw(self, data: DepthData) -> None:
        depth = data.depth
        up, down = self.colors.direction(Direction.UP), self.colors.direction(Direction.DOWN)
        self.set_key(
            [(self.tr("Bids (buyers)"), up, "box"), (self.tr("Asks (sellers)"), down, "box")]
        )
        if not depth.bids and not depth.asks:
            self.caption.setText("")
            self.no_data(self.tr("No open orders"))
            return
        coin, pst = 10.0**data.coin_decimals, 10.0**data.pst_decimals  # display only
        if depth.mid is not None and depth.spread is not None:
            self.caption.setText(
                self.tr("Mid {mid} · spread {spread}").format(
                    mid=fmt.units(depth.mid, data.coin_decimals),
                    spread=fmt.units(depth.spread, data.coin_decimals),
                )
            )
        else:
            self.caption.setText(self.tr("One side of the book is empty"))
        if depth.bids:  # ascending prices; the depth of bids at or above each price
            x = np.array([lv.price for lv in reversed(depth.bids)], dtype=float) / coin
            y = np.array(depth.bid_depth[::-1], dtype=float) / pst
            self.axes.step(x, y, where="pre", color=up)
            self.axes.fill_between(x, y, step="pre", alpha=0.25, color=up, linewidth=0)
        if depth.asks:
            x = np.array([lv.price for lv in depth.asks], dtype=float) / coin
            y = np.array(depth.ask_depth, dtype=float) / pst
            self.axes.step(x, y, where="post", color=down)
            self.axes.fill_between(x, y, step="post", alpha=0.25, color=down, linewidth=0)
        self.axes.set_ylim(bottom=0)
        _price_axis(self, data.coin_decimals)
        self.compact_y()


class PriceChart(ChartWidget[PriceData]):
    """The daily close against the offering price."""

    title = QT_TRANSLATE_NOOP("Charts", "Price history")

    def draw(self, data: PriceData) -> None:
        line, offering = self.colors.series[0], self.colors.peer
        self.set_key(
            [(self.tr("Daily close"), line, "line"), (self.tr("Offering price"), offering, "dash")]
        )
        if not data.days:
            self.caption.setText("")
            self.no_data(self.tr("No trades yet"))
            return
        scale = 10.0**data.coin_decimals  # display only
        first, last = data.closes[0], data.closes[-1]
        change = last - first
        tone = self.colors.direction(change)
        self.caption.setText(
            self.tr("Last close {price} ({change} since {day})").format(
                price=fmt.units(last, data.coin_decimals),
                change=("+" if change > 0 else "") + fmt.units(change, data.coin_decimals),
                day=fmt.date(data.days[0]),
            )
        )
        x = np.array(
            [dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC).timestamp() for d in data.days]
        )
        y = np.array(data.closes, dtype=float) / scale
        self.axes.plot(x, y, color=line)
        self.axes.plot(x[-1:], y[-1:], marker="o", markersize=5, color=tone)
        self.axes.axhline(data.offering_price / scale, color=offering, linestyle="--", linewidth=1)
        _price_axis(self, data.coin_decimals, axis="y")
        self.compact_y()
        ticks = np.linspace(x[0], x[-1], num=min(4, len(x))) if len(x) > 1 else x
        days = [dt.datetime.fromtimestamp(t, dt.UTC).date() for t in ticks]  # chain days (UTC)
        self.axes.set_xticks(ticks, [fmt.day_tick(d) for d in days])
