"""The portfolio's totals as a row of figures, and its four charts in one grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.portfolio.merchant import RevenueTrend
from app.services.portfolio import PortfolioView
from ui import format as fmt
from ui.charts.portfolio import (
    AllocationChart,
    CumulativeFlowsChart,
    MonthlyDistributionsChart,
    RevenueTrendSpark,
)
from ui.theme import LIGHT, Colors

FIGURES = (
    ("invested", QT_TRANSLATE_NOOP("TotalsRow", "Invested")),
    ("cost_basis", QT_TRANSLATE_NOOP("TotalsRow", "Cost basis")),
    ("distributions", QT_TRANSLATE_NOOP("TotalsRow", "Distributions received")),
    ("claimable", QT_TRANSLATE_NOOP("TotalsRow", "Claimable now")),
    ("yield", QT_TRANSLATE_NOOP("TotalsRow", "T12M yield")),
    ("irr", QT_TRANSLATE_NOOP("TotalsRow", "IRR (cash)")),
    ("cash", QT_TRANSLATE_NOOP("TotalsRow", "Stablecoin in wallet")),
)


class Figure(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(QCoreApplication.translate("TotalsRow", caption))
        self.caption.setObjectName("muted")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 6, 12, 6)
        column.setSpacing(0)
        column.addWidget(self.value)
        column.addWidget(self.caption)


class TotalsRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = {key: Figure(caption) for key, caption in FIGURES}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for figure in self.figures.values():
            row.addWidget(figure, 1)

    def show_view(self, view: PortfolioView) -> None:
        snap = view.snapshot
        coin, decimals = snap.stablecoin_symbol, snap.stablecoin_decimals
        totals, returns = snap.totals, view.returns

        def money(amount: int) -> str:
            return f"{fmt.units(amount, decimals)} {coin}"

        values = {
            "invested": money(totals.invested),
            "cost_basis": money(totals.cost_basis),
            "distributions": money(totals.distributions),
            "claimable": money(totals.claimable),
            "yield": fmt.basis_points(returns.yield_12m_bp),
            "irr": fmt.basis_points(returns.irr_cash_bp),
            "cash": money(snap.stablecoin_balance),
        }
        for key, text in values.items():
            self.figures[key].value.setText(text)
        self.figures["claimable"].setToolTip(
            self.tr(
                "Exactly what the token contracts pay now: {claimable} base units in total."
            ).format(claimable=totals.claimable)
        )
        self.figures["irr"].setToolTip(
            self.tr("Accrual basis: {basis_points}. Holdings valued at cost.").format(
                basis_points=fmt.basis_points(returns.irr_accrual_bp)
            )
        )


class PortfolioCharts(QWidget):
    """Allocation, distributions per month, cumulative flows, and the selected holding's merchant
    revenue trend (a click on it opens the merchant's dashboard)."""

    def __init__(self, colors: Colors = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allocation = AllocationChart(colors)
        self.monthly = MonthlyDistributionsChart(colors)
        self.cumulative = CumulativeFlowsChart(colors)
        self.trend = RevenueTrendSpark(colors)
        self._queue: dict[int, tuple[Any, Any]] = {}
        self._stepping = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for i, chart in enumerate(self.charts()):
            grid.addWidget(chart, 0, i)
            grid.setColumnStretch(i, 1)

    def charts(self) -> list[Any]:
        return [self.allocation, self.monthly, self.cumulative, self.trend]

    def show_view(self, view: PortfolioView) -> None:
        """Redraw the charts whose data changed, one per event-loop step: each render is a
        GUI-thread stall of its own, never all of them in one."""
        decimals = view.snapshot.stablecoin_decimals
        self._plan(self.allocation, view.allocation)
        self._plan(self.monthly, (view.monthly_distributions, decimals))
        self._plan(self.cumulative, (view.cumulative, decimals))

    def show_trend(self, trend: RevenueTrend | None) -> None:
        self._plan(self.trend, trend)

    def _plan(self, chart: Any, data: Any) -> None:
        if chart.data == data and chart.data is not None:
            return  # a new block without new flows: nothing to redraw
        self._queue[id(chart)] = (chart, data)  # the newest data of a chart wins
        if not self._stepping:
            self._stepping = True
            QTimer.singleShot(0, self, self._step)  # dropped if the widget goes

    def _step(self) -> None:
        if not self._queue:
            self._stepping = False
            return
        key = next(iter(self._queue))
        chart, data = self._queue.pop(key)
        chart.set_data(data)
        chart.render()
        QTimer.singleShot(0, self, self._step)  # dropped if the widget goes

    def invalidate(self) -> None:
        """Forget what is drawn, so the next view redraws every chart (benchmarks)."""
        for chart in self.charts():
            chart.set_data(None)

    def pending(self) -> bool:
        return bool(self._queue) or self._stepping

    def set_colors(self, colors: Colors) -> None:
        for chart in self.charts():
            chart.set_colors(colors)

    def draw_now(self) -> None:
        for chart in self.charts():
            chart.draw_now()
