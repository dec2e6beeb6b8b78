"""The portfolio's charts redraw a piece per event-loop step: a chart's artists in one step and
its rasterising in a later one, so no step holds the GUI thread for both (the Portfolio bench's
stall); the newest data of a chart is the one drawn."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QTimer

from app.portfolio.charts import AllocationSlice, CumulativeFlows, MonthlyDistributions
from ui.portfolio.summary import PortfolioCharts

MONTHS = [dt.date(2026, m, 1) for m in range(1, 7)]


def view(scale: int) -> Any:
    allocation = [
        AllocationSlice(f"0x{i:040x}", f"PS{i}", (12 - i) * scale, 10**18, 0) for i in range(10)
    ]
    total = sum(s.cost_basis for s in allocation)
    allocation = [
        AllocationSlice(s.token, s.symbol, s.cost_basis, s.balance, s.cost_basis * 10_000 // total)
        for s in allocation
    ]
    monthly = MonthlyDistributions(MONTHS, {"PS0": [scale] * 6}, [scale] * 6)
    dates = [dt.datetime(2026, m, 1, tzinfo=dt.UTC) for m in range(1, 7)]
    cumulative = CumulativeFlows(dates, [scale * 10] * 6, [scale * m for m in range(6)],
                                 [scale * (m - 10) for m in range(6)])  # fmt: skip
    snapshot = SimpleNamespace(stablecoin_decimals=6)
    return SimpleNamespace(
        snapshot=snapshot, allocation=allocation, monthly_distributions=monthly,
        cumulative=cumulative,
    )  # fmt: skip


def record(charts: PortfolioCharts, events: list[str]) -> None:
    """Each chart's set_data and render, and a mark posted from inside set_data: it runs when
    control is back in the event loop, before any step scheduled after it."""
    for chart in charts.charts():
        name = type(chart).__name__
        set_data, render = chart.set_data, chart.render

        def setting(data: object, name: str = name, set_data: Any = set_data) -> None:
            events.append(f"set {name}")
            QTimer.singleShot(0, lambda: events.append("loop"))
            set_data(data)

        def rendering(name: str = name, render: Any = render) -> None:
            events.append(f"render {name}")
            render()

        chart.set_data = setting  # type: ignore[method-assign]
        chart.render = rendering  # type: ignore[method-assign]


def test_no_step_both_sets_a_charts_data_and_renders_it(qtbot):
    charts = PortfolioCharts()
    qtbot.addWidget(charts)
    charts.resize(1200, 300)
    charts.show()
    events: list[str] = []
    record(charts, events)
    charts.show_view(view(1_000_000))
    qtbot.waitUntil(lambda: not charts.pending(), timeout=10_000)
    drawn = [e.split()[1] for e in events if e.startswith("render")]
    assert drawn == ["AllocationChart", "MonthlyDistributionsChart", "CumulativeFlowsChart"]
    for i, event in enumerate(events):
        if event.startswith("set"):
            assert events[i + 1] == "loop", events  # back in the loop before the render
            assert events[i + 2] == "render " + event.split()[1], events


def test_the_newest_data_of_a_chart_is_drawn_and_the_same_data_is_not_redrawn(qtbot):
    charts = PortfolioCharts()
    qtbot.addWidget(charts)
    charts.show()
    first, second = view(1_000_000), view(3_000_000)
    charts.show_view(first)
    charts.show_view(second)  # before the first was drawn
    qtbot.waitUntil(lambda: not charts.pending(), timeout=10_000)
    assert charts.allocation.data == second.allocation
    assert charts.cumulative.data == (second.cumulative, 6)
    events: list[str] = []
    record(charts, events)
    charts.show_view(view(3_000_000))  # equal data: nothing to draw
    assert not charts.pending() and events == []


def test_a_holding_without_a_merchant_does_not_redraw_the_trend_at_each_refresh(qtbot):
    charts = PortfolioCharts()
    qtbot.addWidget(charts)
    charts.show_trend(None)  # the first time: drawn ("no merchant data")
    qtbot.waitUntil(lambda: not charts.pending(), timeout=10_000)
    events: list[str] = []
    record(charts, events)
    charts.show_trend(None)  # every refresh of a page whose holding has no merchant
    assert not charts.pending() and events == []
    charts.invalidate()  # forgets what is drawn: drawn again
    qtbot.wait(10)
    events.clear()
    charts.show_trend(None)
    qtbot.waitUntil(lambda: not charts.pending(), timeout=10_000)
    assert events == ["set RevenueTrendSpark", "loop", "render RevenueTrendSpark"]
