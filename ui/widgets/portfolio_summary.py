"""The portfolio's totals as a row of figures, and its four charts in one grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.portfolio.merchant import RevenueTrend
from app.portfolio.units import format_units
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
    ("invested", "Invested"),
    ("cost_basis", "Cost basis"),
    ("distributions", "Distributions received"),
    ("claimable", "Claimable now"),
    ("yield", "T12M yield"),
    ("irr", "IRR (cash)"),
    ("cash", "Stablecoin in wallet"),
)


class Figure(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(caption)
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
            return f"{format_units(amount, decimals)} {coin}"

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
            f"Exactly what the token contracts pay now: {totals.claimable} base units in total."
        )
        self.figures["irr"].setToolTip(
            f"Accrual basis: {fmt.basis_points(returns.irr_accrual_bp)}. Holdings valued at cost."
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
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for i, chart in enumerate(self.charts()):
            grid.addWidget(chart, 0, i)
            grid.setColumnStretch(i, 1)

    def charts(self) -> list[Any]:
        return [self.allocation, self.monthly, self.cumulative, self.trend]

    def show_view(self, view: PortfolioView) -> None:
        decimals = view.snapshot.stablecoin_decimals
        self.allocation.show_data(view.allocation)
        self.monthly.show_data((view.monthly_distributions, decimals))
        self.cumulative.show_data((view.cumulative, decimals))

    def show_trend(self, trend: RevenueTrend | None) -> None:
        self.trend.show_data(trend)

    def set_colors(self, colors: Colors) -> None:
        for chart in self.charts():
            chart.set_colors(colors)

    def draw_now(self) -> None:
        for chart in self.charts():
            chart.draw_now()
