"""Two to four stores side by side: their scorecards (value, peer percentile, Pass/Fail, why),
a chart of their peer percentiles, under the thresholds the screener shows, and each store's own
revenue by month (the dashboard's revenue chart), from the bulk pages the screening cached."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pyarrow as pa
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.backend.bulk import PAGE_SIZE, page_span
from app.domain.dashboard import RevenueChart as RevenueData
from app.domain.policy import SelectionPolicy
from app.domain.scorecard import Scorecard
from app.domain.scorer import window_days
from app.screener.loader import GMV, WINDOWED, Request, Screener, requests
from app.screener.pages import first_day, series_ids
from app.screener.portfolio import Portfolio
from ui.merchants.charts import RevenueTrendChart
from ui.merchants.scorecard import status_icon
from ui.screener.charts import CompareChart, CompareData
from ui.shared import format as fmt
from ui.shared.i18n import domain_text
from ui.shared.i18n.names import name
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.theme import Colors

MAX_STORES = 4


class CompareView(Retranslating, QFrame):
    """The grid: one column per store, one row per criterion, the overall result last."""

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.colors = colors
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(12, 10, 12, 10)
        self.grid.setHorizontalSpacing(18)
        self.cards: list[Scorecard] = []
        self._titles: Callable[[], list[str]] = list
        self.retranslate()

    def retranslate(self) -> None:
        if self.cards:  # every cell holds words: the grid is laid out again
            self.show_cards(self._titles, self.cards)

    def show_cards(self, titles: Callable[[], list[str]], cards: list[Scorecard]) -> None:
        """One column per card, headed by `titles()` (called again after a change of
        language)."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards, self._titles = cards, titles
        for column, title in enumerate(titles(), start=1):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: 600;")
            heading.setWordWrap(True)
            self.grid.addWidget(heading, 0, column)
        for row, criterion in enumerate(cards[0].criteria, start=1):
            self.grid.addWidget(QLabel(domain_text.criterion_title(criterion)), row, 0)
            for column, card in enumerate(cards, start=1):
                self.grid.addWidget(self._cell(card, criterion.key), row, column)
        last = len(cards[0].criteria) + 1
        self.grid.addWidget(QLabel(self.tr("All five criteria")), last, 0)
        for column, card in enumerate(cards, start=1):
            verdict = QLabel(self.tr("Pass") if card.passed else self.tr("Fail"))
            verdict.setObjectName(f"compare:overall:{column}")
            verdict.setStyleSheet(
                f"font-weight: 600; color: {self.colors.good if card.passed else self.colors.bad}"
            )
            self.grid.addWidget(verdict, last, column)

    def _cell(self, card: Scorecard, key: str) -> QWidget:
        c = card.criterion(key)
        text = fmt.criterion_value(c.value, c.unit, c.key)
        if key == "repayment":
            text = self.tr("{late} of {count} installments late").format(
                late=fmt.integer(int(c.params["late"])),
                count=fmt.integer(int(c.params["installments"])),
            )
        if c.peer_percentile is not None:
            text += " · " + self.tr("{ordinal} percentile").format(
                ordinal=fmt.ordinal(c.peer_percentile)
            )
        label = QLabel(text)
        label.setObjectName(f"compare:{key}")
        label.setToolTip(domain_text.criterion_reason(c))
        icon = QLabel()
        icon.setPixmap(status_icon(c.passed, self.colors))
        icon.setAccessibleName(self.tr("Pass") if c.passed else self.tr("Fail"))
        cell = QWidget()
        row = QGridLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(label, 0, 1)
        row.setColumnStretch(1, 1)
        return cell


def _monthly(table: pa.Table, column: str, merchants: int, index: int) -> dict[dt.date, int]:
    """The `index`-th merchant's `column` summed by month (integer cents), complete months only
    (a month whose first day the page does not hold is left out)."""
    days_each = table.num_rows // merchants
    block = table.slice(index * days_each, days_each)
    days = block.column("day").to_numpy()
    if not len(days):
        return {}
    months = days.astype("datetime64[M]")
    found, which = np.unique(months, return_inverse=True)
    sums = np.zeros(len(found), dtype=np.int64)
    np.add.at(sums, which, block.column(column).to_numpy().astype(np.int64))
    complete = found.astype("datetime64[D]") >= days[0]
    return {
        month.astype(dt.date): int(total)
        for month, total, whole in zip(found, sums, complete, strict=True)
        if whole
    }


def store_revenue(screener: Screener, portfolio: Portfolio, rows: list[int]) -> list[RevenueData]:
    """Each store's platform net revenue and GMV by complete month over the scorer's window, as
    the dashboard's revenue chart shows them, read from the series pages the screening cached
    (no request; a store whose pages are not cached gets no months). Growth is the scorer's."""
    as_of, total, bulk = portfolio.as_of, portfolio.count, screener.bulk
    closed = as_of.replace(day=1) - dt.timedelta(days=1)
    head = bulk.cached_series_page(1, PAGE_SIZE, None, closed, total=total, columns=GMV)
    start = first_day(head) if head is not None else None
    parts = [] if start is None else requests(as_of, start, window_days(screener.policy))
    windowed = [(s, e) for s, e, c in parts if c == WINDOWED and e == closed]
    read: dict[tuple[int, Request], pa.Table | None] = {}  # stores of one page read it once

    def cached(page: int, s: dt.date | None, e: dt.date, c: tuple[str, ...]) -> pa.Table | None:
        if (page, (s, e, c)) not in read:
            read[page, (s, e, c)] = bulk.cached_series_page(
                page, PAGE_SIZE, s, e, total=total, columns=c
            )
        return read[page, (s, e, c)]

    found = []
    for row in rows:
        page, index = row // PAGE_SIZE + 1, row % PAGE_SIZE
        merchants = page_span(page, PAGE_SIZE, total)[1]
        tables = [
            cached(page, s, e, c)
            for s, e, c in ((None, closed, GMV), *((s, e, WINDOWED) for s, e in windowed))
        ]
        net: dict[dt.date, int] = {}
        gmv: dict[dt.date, int] = {}
        if len(tables) == 2 and all(
            t is not None and series_ids(t, merchants)[index] == portfolio.ids[row] for t in tables
        ):
            gmv_table, net_table = tables
            assert gmv_table is not None and net_table is not None
            gmv = _monthly(gmv_table, "gmv_platform", merchants, index)
            net = _monthly(net_table, "net_revenue_platform", merchants, index)
        months = sorted(m for m in net if m in gmv)
        growth = portfolio.measures.growth_bp[row] if portfolio.measures.growth_ok[row] else None
        found.append(
            RevenueData(
                months=months,
                net_revenue=[net[m] for m in months],
                gmv=[gmv[m] for m in months],
                growth_24m_bp=None if growth is None else int(growth),
            )
        )
    return found


class CompareDialog(Retranslating, QDialog):
    def __init__(
        self,
        portfolio: Portfolio,
        rows: list[int],
        policy: SelectionPolicy,
        colors: Colors,
        parent: QWidget | None = None,
        *,
        screener: Screener | None = None,
    ) -> None:
        """`screener`: whose cached pages give the stores' revenue charts (default: the
        parent's, the Screener page's)."""
        super().__init__(parent)
        self.resize(1100, 820)
        rows = rows[:MAX_STORES]
        if screener is None:
            found = getattr(parent, "screener", None)
            screener = found if isinstance(found, Screener) else None
        self.names = [portfolio.names[r] for r in rows]
        self.cards = [portfolio.scorecard(r, policy) for r in rows]
        self.stores = [
            (portfolio.ids[r], [c.peer_percentile for c in card.criteria[:4]])
            for r, card in zip(rows, self.cards, strict=True)
        ]

        def titles() -> list[str]:
            return [
                f"{portfolio.names[r]}\n{portfolio.ids[r]} · {name(portfolio.categories[r])}"
                for r in rows
            ]

        self.view = CompareView(colors)
        self.view.show_cards(titles, self.cards)
        self.chart = CompareChart(colors)
        # Each store's own revenue by month, side by side in the stores' order (the dashboard's
        # chart: the same caption, key and axes as on the store's dashboard).
        revenue = store_revenue(screener, portfolio, rows) if screener is not None else []
        self.store_charts: list[RevenueTrendChart] = []
        charts = QHBoxLayout()
        for data in revenue:
            chart = RevenueTrendChart(colors)
            chart.canvas.setMinimumHeight(130)
            chart.show_data(data)
            charts.addWidget(chart, 1)
            self.store_charts.append(chart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.chart, 1)
        layout.addLayout(charts, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def set_colors(self, colors: Colors) -> None:
        """Another theme: the scorecards' marks and every chart."""
        self.view.colors = colors
        self.view.retranslate()
        self.chart.set_colors(colors)
        for chart in self.store_charts:
            chart.set_colors(colors)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare stores"))
        self.chart.caption.setText(
            self.tr("Where each store sits among its category's peers (0-100). Growth and "
                    "promotion uplift: higher is better; return rate and DIO: lower is better.")
        )  # fmt: skip
        heading = QCoreApplication.translate("Charts", self.chart.title)
        self.chart.heading.setText(heading)
        self.chart.canvas.setAccessibleName(heading)
        labels = [domain_text.criterion_title(c) for c in self.cards[0].criteria[:4]]
        self.chart.show_data(CompareData(labels=labels, stores=self.stores))
        for store, chart in zip(self.names, self.store_charts, strict=False):
            # Its own heading (the chart base keeps a heading it did not set); the caption and
            # key are the dashboard chart's, which the chart redraws itself on a change.
            heading = self.tr("{store}: revenue by month").format(store=store)
            chart.heading.setText(heading)
            chart.canvas.setAccessibleName(heading)
