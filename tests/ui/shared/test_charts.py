"""The six dashboard charts draw the core's chart data, in either theme; charts never laid out
(a page not shown yet) keep a valid layout, and a window holding one can be grabbed."""

from __future__ import annotations

from matplotlib.colors import to_hex

from app.config import Settings
from app.domain.dashboard import build_charts
from tests.fixtures import payloads
from ui.merchants.charts import CHARTS, RevenueTrendChart
from ui.portfolio.charts import AllocationChart, MonthlyDistributionsChart, RevenueTrendSpark
from ui.portfolio.page import PortfolioPage
from ui.shared.theme import DARK, LIGHT, ThemeManager
from ui.shell.main_window import MainWindow


def chart_data():
    summary = payloads.summary(3)
    return build_charts(
        payloads.series(3),
        payloads.promotions(3),
        payloads.repayments(3, late=True),
        payloads.peers(summary.category),
    )


def test_every_chart_draws_its_part(qtbot):
    data = chart_data()
    for key, cls in CHARTS:
        chart = cls(LIGHT)
        qtbot.addWidget(chart)
        chart.resize(420, 280)
        chart.show_data(getattr(data, key))
        chart.draw_now()
        axes = chart.figure.axes[0]
        drawn = len(axes.lines) + len(axes.patches) + len(axes.collections)
        assert drawn > 0, f"{key} drew nothing"
        assert chart.caption.text(), f"{key} has no caption"
        assert chart.key.text(), f"{key} has no key"
        # A live update reuses the axes and replaces the data, never piles it up.
        chart.show_data(getattr(data, key))
        chart.draw_now()
        assert chart.figure.axes == [axes]
        assert len(axes.lines) + len(axes.patches) + len(axes.collections) == drawn
        assert axes.get_axisbelow() is True, f"{key} draws its gridlines over the data"


def test_revenue_chart_shows_growth_and_plots_the_core_numbers(qtbot):
    data = chart_data()
    chart = RevenueTrendChart(LIGHT)
    qtbot.addWidget(chart)
    chart.show_data(data.revenue)
    assert data.revenue.growth_24m_bp is not None
    assert "24-month growth of GMV: +" in chart.caption.text()
    gmv_line = chart.axes.lines[0]
    assert list(gmv_line.get_ydata()) == data.revenue.gmv


def test_theme_change_recolours_a_drawn_chart(qtbot):
    chart = RevenueTrendChart(LIGHT)
    qtbot.addWidget(chart)
    chart.show_data(chart_data().revenue)
    assert to_hex(chart.figure.get_facecolor()) == LIGHT.surface
    chart.set_colors(DARK)
    assert to_hex(chart.figure.get_facecolor()) == DARK.surface
    assert to_hex(chart.axes.lines[0].get_color()) == DARK.series[0]
    assert len(chart.axes.lines) == 2  # redrawn from the same data, not stacked twice


def test_a_chart_never_laid_out_keeps_its_margins_valid(qtbot):
    """A canvas a few pixels wide (its page never shown) still gets a valid figure layout:
    margins wider than the canvas made matplotlib raise inside the resize handler."""
    charts = [cls(LIGHT) for _key, cls in CHARTS]
    charts += [AllocationChart(LIGHT), MonthlyDistributionsChart(LIGHT), RevenueTrendSpark(LIGHT)]
    for chart in charts:
        qtbot.addWidget(chart)
        chart.canvas.resize(18, 12)
        chart._apply_margins()  # raised ValueError (left >= right) for the allocation chart
        params = chart.figure.subplotpars
        assert params.left < params.right and params.bottom < params.top


def test_window_grab_with_the_portfolio_page_never_shown(qtbot, qapp, tmp_path):
    """grab() lays out every page, shown or not; the Portfolio page's charts, never shown, used
    to raise in their resize handler there, and PySide 6.11 then crashed (a segfault)."""
    settings = Settings()
    window = MainWindow(settings, lambda _s: None, ThemeManager(qapp, settings.theme))
    qtbot.addWidget(window)
    portfolio = PortfolioPage(poll_ms=0)
    window.add_page("Portfolio", portfolio, "Ctrl+1")
    window.show()
    qtbot.waitExposed(window)
    assert window.pages.currentWidget() is not portfolio and not portfolio.isVisible()
    image = window.grab()
    assert not image.isNull() and image.width() == window.width()


def test_portfolio_charts_draw_their_gridlines_behind_the_bars(qtbot):
    for cls in (AllocationChart, MonthlyDistributionsChart, RevenueTrendSpark):
        chart = cls(DARK)
        qtbot.addWidget(chart)
        chart.set_data(None)
        assert chart.axes.get_axisbelow() is True, cls.__name__


def test_a_chart_without_data_says_so_instead_of_bare_axes(qtbot):
    merchant_charts = [chart for _key, chart in CHARTS]
    for chart_class in (
        *merchant_charts,
        AllocationChart,
        MonthlyDistributionsChart,
        RevenueTrendSpark,
    ):
        chart = chart_class(DARK)
        qtbot.addWidget(chart)
        assert [t.get_text() for t in chart.axes.texts] == ["No data yet"], chart_class
        assert not chart.axes.axison
        assert to_hex(chart.figure.get_facecolor()) == to_hex(DARK.surface)


def test_the_allocation_chart_draws_other_in_chinese_whole_and_in_its_glyphs(qtbot, qapp):
    import warnings

    from app.portfolio.charts import AllocationSlice
    from ui.shared.i18n import Language

    slices = [AllocationSlice(f"0x{i:040x}", f"PST{i}", 1, 1, 1000 - 50 * i) for i in range(12)]
    language = Language(qapp, "zh_CN")
    try:
        chart = AllocationChart()
        qtbot.addWidget(chart)
        chart.resize(420, 300)
        chart.show()
        chart.set_data(slices)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "Glyph ... missing from font(s)" fails the test
            chart.draw_now()
        other = chart.axes.get_yticklabels()[-1]
        assert other.get_text() == "其他（5）"
        assert other.get_window_extent().x0 >= 0  # the margin holds the whole label
    finally:
        language.apply("en")


def _labels_apart(chart) -> bool:
    """The x tick labels drawn, left to right, leave room between each two."""
    chart.draw_now()
    renderer = chart.canvas.get_renderer()
    boxes = sorted(
        (label.get_window_extent(renderer) for label in chart.axes.get_xticklabels()
         if label.get_visible() and label.get_text()),
        key=lambda box: box.x0,
    )  # fmt: skip
    return len(boxes) >= 2 and all(a.x1 < b.x0 for a, b in zip(boxes, boxes[1:], strict=False))


def test_month_labels_never_run_together_in_chinese_and_follow_the_width(qtbot, qapp):
    """'2026-01' is wider than 'Jan 26': five of them ran together on the Portfolio page's
    charts (one column of four at 1440 px). As many labels are drawn as fit, and a wider
    chart (a resize) draws more of them."""
    import datetime as dt

    from app.portfolio.charts import CumulativeFlows, MonthlyDistributions
    from ui.portfolio.charts import CumulativeFlowsChart
    from ui.shared.i18n import Language

    months = [dt.date(2025 + m // 12, m % 12 + 1, 1) for m in range(3, 22)]
    monthly = MonthlyDistributions(months, {"PST": [10**9] * 19}, [10**9] * 19)
    dates = [dt.datetime(2025, 1, 5, tzinfo=dt.UTC) + dt.timedelta(days=40 * i) for i in range(16)]
    flows = CumulativeFlows(dates, [10**9 * i for i in range(16)], [10**8 * i for i in range(16)],
                            [0] * 16)  # fmt: skip
    language = Language(qapp, "zh_CN")
    try:
        for chart, data in (
            (MonthlyDistributionsChart(), (monthly, 6)),
            (CumulativeFlowsChart(), (flows, 6)),
        ):
            qtbot.addWidget(chart)
            chart.resize(280, 300)  # the Portfolio page's chart at 1440 px
            chart.show()
            chart.set_data(data)
            assert _labels_apart(chart), type(chart).__name__
            narrow = len(chart.axes.get_xticks())
            chart.resize(900, 300)
            qtbot.waitUntil(lambda c=chart, n=narrow: len(c.axes.get_xticks()) > n)
            assert _labels_apart(chart), type(chart).__name__
    finally:
        language.apply("en")


def test_a_key_entry_in_chinese_moves_to_the_next_line_whole(qtbot):
    """Qt may break Chinese text between any two characters: the distributions chart's key
    showed "■ 其" at the end of one line and "他" on the next. At every width, each entry is
    on one line."""
    from PySide6.QtGui import QTextDocument

    chart = MonthlyDistributionsChart(LIGHT)
    qtbot.addWidget(chart)
    entries = [("PSTECHO", "#3366cc", "box"), ("PSTTOVA", "#ff8800", "box"),
               ("PSTTYRO", "#33cc66", "box"), ("其他", "#aa55ee", "box")]  # fmt: skip
    chart.set_key(entries)
    document = QTextDocument()
    document.setDefaultFont(chart.key.font())
    document.setHtml(chart.key.text())
    for width in range(120, 400, 2):
        document.setTextWidth(width)
        document.documentLayout().documentSize()  # lays the text out
        block = document.firstBlock()
        layout = block.layout()
        text = block.text()
        lines = [
            text[line.textStart() : line.textStart() + line.textLength()].replace("\u2060", "")
            for line in (layout.lineAt(i) for i in range(layout.lineCount()))
        ]  # without the word joiners, which draw nothing
        for label, _color, _kind in entries:
            assert any(label in line for line in lines), (width, label, lines)
