"""The screener's charts: the funnel, one histogram per criterion with the threshold line, and
the compared stores' peer percentiles. The data comes from app.screener.portfolio."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.ticker import FuncFormatter
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.screener.portfolio import FunnelStep, Histogram
from ui.shared import format as fmt
from ui.shared.chart_base import ChartWidget, font_families

FUNNEL_LABELS = {
    "all": QT_TRANSLATE_NOOP("ScreenerCharts", "All stores"),
    "growth": QT_TRANSLATE_NOOP("ScreenerCharts", "+ financial track record"),
    "product": QT_TRANSLATE_NOOP("ScreenerCharts", "+ product edge"),
    "promotions": QT_TRANSLATE_NOOP("ScreenerCharts", "+ operational edge"),
    "repayment": QT_TRANSLATE_NOOP("ScreenerCharts", "+ repayment"),
    "integrity": QT_TRANSLATE_NOOP("ScreenerCharts", "+ data integrity = all five"),
    "tokenized": QT_TRANSLATE_NOOP("ScreenerCharts", "Tokenized"),
}
HISTOGRAM_TITLES = {
    "growth": QT_TRANSLATE_NOOP("ScreenerCharts", "Growth over 24 months (%)"),
    "return_rate": QT_TRANSLATE_NOOP("ScreenerCharts", "Return rate: peer percentile"),
    "dio": QT_TRANSLATE_NOOP("ScreenerCharts", "Days inventory outstanding (days)"),
    "promotions": QT_TRANSLATE_NOOP("ScreenerCharts", "Promotion uplift minus peers' (points)"),
    "repayment": QT_TRANSLATE_NOOP("ScreenerCharts", "Late installments"),
    "integrity": QT_TRANSLATE_NOOP("ScreenerCharts", "Largest gap between sources (%)"),
}
# Histogram units as plotted: bp -> %, days x100 -> days.
SCALE = {"bp": 100.0, "days_x100": 100.0, "percentile": 1.0, "count": 1.0}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScreenerCharts", text)


class FunnelChart(ChartWidget[list[FunnelStep]]):
    title = QT_TRANSLATE_NOOP("Charts", "Funnel: stores passing each criterion in turn")
    margins_px = {"left": 190, "right": 60, "top": 6, "bottom": 20}

    def draw(self, data: list[FunnelStep]) -> None:
        axes = self.axes
        labels = [_tr(FUNNEL_LABELS[s.key]) for s in data]
        counts = [s.count for s in data]
        positions = np.arange(len(data))[::-1]
        colors = [self.colors.peer] + [self.colors.accent] * (len(data) - 2) + [self.colors.good]
        axes.barh(positions, counts, color=colors, height=0.7)
        # Families named on the text: the CJK fallback is looked up at draw time (chart_base).
        axes.set_yticks(positions, labels, fontfamily=font_families())
        axes.grid(axis="y", visible=False)
        axes.grid(axis="x", visible=True)
        top = max(counts) if counts else 1
        for y, count in zip(positions, counts, strict=True):
            axes.text(count + top * 0.01, y, fmt.integer(count), va="center",
                      color=self.colors.text, fontsize=8)  # fmt: skip
        axes.set_xlim(0, top * 1.12)
        self.caption.setText(
            QCoreApplication.translate(
                "ScreenerCharts",
                "{passed} of {total} stores pass all five criteria; {tokenized} of them are "
                "tokenized.",
            ).format(
                passed=fmt.integer(counts[-2]), total=fmt.integer(counts[0]),
                tokenized=fmt.integer(counts[-1]),
            )
        )  # fmt: skip


@dataclass(frozen=True)
class HistogramData:
    histogram: Histogram
    threshold: float | None  # the what-if's line (may differ from histogram.threshold)


class HistogramChart(ChartWidget[HistogramData]):
    """One criterion's distribution across peers, with the threshold as a vertical line."""

    margins_px = {"left": 44, "right": 10, "top": 8, "bottom": 24}

    def __init__(self, criterion: str, *args: object, **kwargs: object) -> None:
        self.criterion = criterion
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.heading.setText(_tr(HISTOGRAM_TITLES[criterion]))
        self.canvas.setAccessibleName(self.heading.text())
        self.canvas.setMinimumHeight(120)
        self.caption.setWordWrap(True)
        self._line = None

    def retranslate_ui(self) -> None:
        self.heading.setText(_tr(HISTOGRAM_TITLES[self.criterion]))
        self.canvas.setAccessibleName(self.heading.text())
        if self.data is not None:
            self.set_data(self.data)  # the caption, in the new language
            self.canvas.draw_idle()

    def draw(self, data: HistogramData) -> None:
        h = data.histogram
        scale = SCALE[h.unit]
        edges = h.edges / scale
        self.axes.bar(edges[:-1], h.counts, width=np.diff(edges), align="edge",
                      color=self.colors.series[0], alpha=0.85)  # fmt: skip
        self.axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:g}"))
        self.compact_y()
        self._line = None
        if data.threshold is not None:
            self._line = self.axes.axvline(
                data.threshold / scale, color=self.colors.bad, linewidth=1.6, linestyle="--"
            )
        self.caption.setText(
            QCoreApplication.translate(
                "ScreenerCharts", "{count} stores with a value; dashed line: the threshold"
            ).format(count=fmt.integer(h.total))
        )

    def move_threshold(self, threshold: float | None) -> None:
        """A what-if moved the line: only the line changes, drawn when Qt is idle."""
        data = self.data
        if data is None:
            return
        self._data = HistogramData(data.histogram, threshold)
        if self._line is not None and threshold is not None:
            scale = SCALE[data.histogram.unit]
            self._line.set_xdata([threshold / scale, threshold / scale])
            low, high = self.axes.get_xlim()
            if not low <= threshold / scale <= high:
                self.set_data(self._data)  # outside the plotted range: lay the axes out again
            self.canvas.draw_idle()
        else:
            self.show_data(self._data)


@dataclass(frozen=True)
class CompareData:
    labels: list[str]  # criterion titles
    stores: list[tuple[str, list[int | None]]]  # (merchant, peer percentile per criterion)


class CompareChart(ChartWidget[CompareData]):
    """The compared stores' peer percentiles side by side (higher is better where it says)."""

    title = QT_TRANSLATE_NOOP("Charts", "Peer percentiles")
    margins_px = {"left": 40, "right": 10, "top": 8, "bottom": 40}

    def draw(self, data: CompareData) -> None:
        count = max(1, len(data.stores))
        width = 0.8 / count
        x = np.arange(len(data.labels))
        entries = []
        for i, (store, values) in enumerate(data.stores):
            color = self.colors.series[i % len(self.colors.series)]
            heights = [np.nan if v is None else v for v in values]
            self.axes.bar(x - 0.4 + width * (i + 0.5), heights, width=width, color=color)
            entries.append((store, color, "box"))
        self.axes.set_xticks(x, data.labels, fontsize=8, fontfamily=font_families())
        self.axes.set_ylim(0, 100)
        self.set_key(entries)
