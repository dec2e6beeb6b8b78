"""The portfolio's totals as a row of figures, and its four charts in one grid."""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.portfolio.merchant import RevenueTrend
from app.services.portfolio import PortfolioView
from ui.portfolio.charts import (
    AllocationChart,
    CumulativeFlowsChart,
    MonthlyDistributionsChart,
    RevenueTrendSpark,
)
from ui.shared import format as fmt
from ui.shared.chart_base import ChartWidget
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.theme import LIGHT, Colors
from ui.shared.turns import next_turn

FIGURES = (
    ("invested", QT_TRANSLATE_NOOP("TotalsRow", "Invested")),
    ("cost_basis", QT_TRANSLATE_NOOP("TotalsRow", "Cost basis (FIFO)")),
    ("market_value", QT_TRANSLATE_NOOP("TotalsRow", "Market value · unrealised P&L")),
    ("distributions", QT_TRANSLATE_NOOP("TotalsRow", "Distributions received (paid out)")),
    ("claimable", QT_TRANSLATE_NOOP("TotalsRow", "Accrued, not yet claimed")),
    ("yield", QT_TRANSLATE_NOOP("TotalsRow", "T12M yield (cost · market)")),
    ("irr", QT_TRANSLATE_NOOP("TotalsRow", "IRR, cash moved (cost · market)")),
    ("cash", QT_TRANSLATE_NOOP("TotalsRow", "Stablecoin in wallet")),
)
# The coin's symbol after an amount, smaller, so seven cards fit in one row of a 1440 px window.
UNIT = '<span style="font-size: 11px; font-weight: 400;">{}</span>'


class Figure(QFrame):
    """One card: a value over its caption (the row sets the caption, `source` in English)."""

    def __init__(self, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setObjectName("card")
        self.value = QLabel("—")
        self.value.setTextFormat(Qt.TextFormat.RichText)
        self.value.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.setSpacing(0)
        column.addWidget(self.value)
        column.addWidget(self.caption)


class TotalsRow(Retranslating, QWidget):
    """The totals as cards: all seven in one row when the page is wide enough, else in balanced
    rows (4 + 3, then 3 + 3 + 1, ...), so the figures never set the window's minimum width.
    Amounts show two decimals; the exact amount is in each card's tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors = LIGHT
        self.figures = {key: Figure(caption) for key, caption in FIGURES}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.columns = 0
        self.view: PortfolioView | None = None
        self._arrange(len(self.figures))
        self.retranslate()

    def retranslate(self) -> None:
        for figure in self.figures.values():
            figure.caption.setText(QCoreApplication.translate("TotalsRow", figure.source))
        if self.view is not None:  # tooltips, and numbers in the language's own way
            self.show_view(self.view)
        elif self.width() > 0:  # the captions' new lengths
            self._arrange(self.columns_for(self.width()))

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        cards = list(self.figures.values())
        for card in cards:
            self.grid.removeWidget(card)
        for i, card in enumerate(cards):
            self.grid.addWidget(card, i // columns, i % columns)
        for column in range(len(cards)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def columns_for(self, width: int) -> int:
        """How many cards go in a row at `width` pixels, the rows as even as they can be."""
        count = len(self.figures)
        card = max(f.sizeHint().width() for f in self.figures.values())
        spacing = self.grid.horizontalSpacing()
        fit = max(1, min(count, (width + spacing) // (card + spacing)))
        rows = math.ceil(count / fit)
        return math.ceil(count / rows)

    def minimumSizeHint(self) -> QSize:
        # One card wide: the row re-flows to fit whatever width the page gets.
        card = max(f.minimumSizeHint().width() for f in self.figures.values())
        return QSize(card, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.columns_for(event.size().width()))

    def show_view(self, view: PortfolioView) -> None:
        self.view = view
        snap = view.snapshot
        coin, decimals = snap.stablecoin_symbol, snap.stablecoin_decimals
        totals, returns, market = snap.totals, view.returns, view.market.total
        amounts = {
            "invested": totals.invested,
            "cost_basis": totals.cost_basis,
            "market_value": market.value,
            "distributions": totals.claimed,  # paid out; the accrued rest is "claimable"
            "claimable": totals.claimable,
            "cash": snap.stablecoin_balance,
        }
        for key, amount in amounts.items():
            figure = self.figures[key]
            figure.value.setText(
                f"{fmt.compact_units(amount, decimals)} {UNIT.format(html.escape(coin))}"
            )
            figure.setToolTip(f"{fmt.units(amount, decimals)} {coin}")
        self.figures["yield"].value.setText(
            f"{fmt.basis_points(returns.yield_12m_bp)} · "
            + self._tinted(fmt.basis_points(market.yield_market_bp), market.yield_change_bp)
        )
        irr_change = (
            None
            if market.irr_market_bp is None or returns.irr_cash_bp is None
            else market.irr_market_bp - returns.irr_cash_bp
        )
        self.figures["irr"].value.setText(
            f"{fmt.basis_points(returns.irr_cash_bp)} · "
            + self._tinted(fmt.basis_points(market.irr_market_bp), irr_change)
        )
        worth = self.figures["market_value"]
        sign = "+" if market.unrealised > 0 else ""
        worth.value.setText(
            f"{fmt.compact_units(market.value, decimals)} {UNIT.format(html.escape(coin))} "
            + self._tinted(sign + fmt.compact_units(market.unrealised, decimals), market.unrealised)
        )
        worth.setToolTip(
            worth.toolTip()
            + "\n"
            + self.tr("Unrealised: {unrealised} {coin}").format(
                unrealised=fmt.units(market.unrealised, decimals), coin=coin
            )
            + "\n"
            + self.tr("Realised by sales (first in, first out): {realised} {coin}").format(
                realised=fmt.units(market.realised, decimals), coin=coin
            )
        )
        self.figures["cost_basis"].setToolTip(
            self.figures["cost_basis"].toolTip()
            + "\n"
            + self.tr("Cost basis method: first in, first out (FIFO).")
        )
        claimable = self.figures["claimable"]
        claimable.setToolTip(
            claimable.toolTip()
            + "\n"
            + self.tr(
                "Exactly what the token contracts pay now: {claimable} base units in total."
            ).format(claimable=totals.claimable)
        )
        self.figures["irr"].setToolTip(
            self.tr("Accrual basis: {basis_points}. Holdings valued at cost.").format(
                basis_points=fmt.basis_points(returns.irr_accrual_bp)
            )
        )
        if self.width() > 0:  # longer amounts may no longer fit in one row
            self._arrange(self.columns_for(self.width()))

    def _tinted(self, text: str, change: int | None) -> str:
        """`text` in the investor's colour of up or down (Settings: red up or green up)."""
        if change is None:
            return html.escape(text)
        return f'<span style="color:{self.colors.direction(change)}">{html.escape(text)}</span>'

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors


_NOTHING = object()  # no data asked for yet (None is data: "no merchant")


class PortfolioCharts(QWidget):
    """Allocation, distributions per month, cumulative flows, and the selected holding's merchant
    revenue trend (a click on it opens the merchant's dashboard)."""

    def __init__(self, colors: Colors = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allocation = AllocationChart(colors)
        self.monthly = MonthlyDistributionsChart(colors)
        self.cumulative = CumulativeFlowsChart(colors)
        self.trend = RevenueTrendSpark(colors)
        # A chart and its newest data (each chart has its own kind of data).
        self._queue: dict[int, tuple[ChartWidget[Any], object]] = {}
        self._unrendered: ChartWidget[Any] | None = None  # given its data, not yet drawn
        self._planned: dict[int, object] = {}  # a chart -> the data last asked for
        self._stepping = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for i, chart in enumerate(self.charts()):
            grid.addWidget(chart, 0, i)
            grid.setColumnStretch(i, 1)

    def charts(self) -> list[ChartWidget[Any]]:
        return [self.allocation, self.monthly, self.cumulative, self.trend]

    def show_view(self, view: PortfolioView) -> None:
        """Redraw the charts whose data changed, a piece per event-loop step: a chart's artists
        in one, its rasterising in the next, so that no step holds the GUI thread for more than
        one of them (on a busy machine, both of the allocation chart's took over 50 ms)."""
        decimals = view.snapshot.stablecoin_decimals
        self._plan(self.allocation, view.allocation)
        self._plan(self.monthly, (view.monthly_distributions, decimals))
        self._plan(self.cumulative, (view.cumulative, decimals))

    def show_trend(self, trend: RevenueTrend | None) -> None:
        self._plan(self.trend, trend)

    def _plan(self, chart: ChartWidget[Any], data: object) -> None:
        if self._planned.get(id(chart), _NOTHING) == data:
            return  # a new block without new flows (or still no merchant): nothing to redraw
        self._planned[id(chart)] = data
        self._queue[id(chart)] = (chart, data)  # the newest data of a chart wins
        if not self._stepping:
            self._stepping = True
            next_turn(self, self._step)

    def _step(self) -> None:
        if self._unrendered is not None:  # its artists were made at the last step
            chart, self._unrendered = self._unrendered, None
            chart.render()
        elif self._queue:
            key = next(iter(self._queue))
            chart, data = self._queue.pop(key)
            chart.set_data(data)
            self._unrendered = chart  # rasterised at the next step, never in the same one
        else:
            self._stepping = False
            return
        next_turn(self, self._step)

    def invalidate(self) -> None:
        """Forget what is drawn, so the next view redraws every chart (benchmarks)."""
        self._planned.clear()
        for chart in self.charts():
            chart.set_data(None)

    def pending(self) -> bool:
        return self._stepping

    def set_colors(self, colors: Colors) -> None:
        for chart in self.charts():
            chart.set_colors(colors)

    def draw_now(self) -> None:
        for chart in self.charts():
            chart.draw_now()
