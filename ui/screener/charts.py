"""The screener's charts: the funnel (painted by Qt), one histogram per criterion with the
threshold line, and the compared stores' peer percentiles. The data comes from
app.screener.portfolio."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.screener.portfolio import FunnelStep, Histogram
from ui.shared import format as fmt
from ui.shared.chart_base import ChartWidget, font_families
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.theme import LIGHT, Colors

FUNNEL_LABELS = {
    "all": QT_TRANSLATE_NOOP("ScreenerCharts", "All stores"),
    "growth": QT_TRANSLATE_NOOP("ScreenerCharts", "+ financial track record"),
    "product": QT_TRANSLATE_NOOP("ScreenerCharts", "+ product edge"),
    "promotions": QT_TRANSLATE_NOOP("ScreenerCharts", "+ operational edge"),
    "repayment": QT_TRANSLATE_NOOP("ScreenerCharts", "+ repayment"),
    "integrity": QT_TRANSLATE_NOOP("ScreenerCharts", "+ data integrity = all five"),
    "tokenized": QT_TRANSLATE_NOOP("ScreenerCharts", "Tokenized"),
}
NO_DATA = QT_TRANSLATE_NOOP("ScreenerCharts", "No data yet")
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


class FunnelView(Retranslating, QFrame):
    """The funnel as horizontal bars painted by Qt (a what-if repaints it in a millisecond; a
    matplotlib figure would take tens): each step's label, bar and count."""

    ROW_PX = 34

    def __init__(self, colors: Colors = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.colors = colors
        self._data: list[FunnelStep] | None = None
        self.heading = QLabel()
        self.heading.setObjectName("chartTitle")
        self.heading.setStyleSheet("font-weight: 600; font-size: 13px;")
        self.caption = QLabel("")
        self.caption.setObjectName("muted")
        self.caption.setWordWrap(True)
        self.bars = _FunnelBars(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.caption)
        layout.addWidget(self.bars, 1)
        self.retranslate()

    @property
    def data(self) -> list[FunnelStep] | None:
        return self._data

    def show_data(self, data: list[FunnelStep]) -> None:
        self._data = data
        counts = [s.count for s in data]
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
        self.bars.setAccessibleDescription(
            "; ".join(f"{_tr(FUNNEL_LABELS[s.key])}: {fmt.integer(s.count)}" for s in data)
        )
        self.bars.update()

    def draw_now(self) -> None:
        self.bars.repaint()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.bars.update()

    def retranslate(self) -> None:
        self.heading.setText(
            QCoreApplication.translate("Charts", "Funnel: stores passing each criterion in turn")
        )
        self.bars.setAccessibleName(self.heading.text())
        if self._data is not None:
            self.show_data(self._data)  # the caption; the bars translate their labels as painted


class _FunnelBars(QWidget):
    def __init__(self, owner: FunnelView) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setMinimumHeight(FunnelView.ROW_PX * len(FUNNEL_LABELS))

    def paintEvent(self, _event: QPaintEvent) -> None:
        data, colors = self.owner.data, self.owner.colors
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not data:
            painter.setPen(QColor(colors.muted))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, _tr(NO_DATA))
            return
        metrics = painter.fontMetrics()
        labels = [_tr(FUNNEL_LABELS[s.key]) for s in data]
        label_px = max(metrics.horizontalAdvance(t) for t in labels) + 12
        count_px = metrics.horizontalAdvance(fmt.integer(data[0].count)) + 10
        width = max(10, self.width() - label_px - count_px)
        row = max(18, min(2 * FunnelView.ROW_PX, self.height() // len(data)))
        top = max(1, data[0].count)
        for i, (step, label) in enumerate(zip(data, labels, strict=True)):
            y = i * row
            painter.setPen(QColor(colors.muted))
            painter.drawText(
                QRectF(0, y, label_px - 8, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            last = i == len(data) - 1
            color = colors.peer if i == 0 else colors.good if last else colors.accent
            bar = max(2.0, width * step.count / top)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            painter.drawRoundedRect(QRectF(label_px, y + row * 0.18, bar, row * 0.64), 3, 3)
            painter.setPen(QColor(colors.text))
            painter.drawText(QRectF(label_px + bar + 6, y, count_px + 40, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fmt.integer(step.count))  # fmt: skip
        painter.end()


@dataclass(frozen=True)
class HistogramData:
    histogram: Histogram
    threshold: float | None  # the what-if's line (may differ from histogram.threshold)


class HistogramChart(ChartWidget[HistogramData]):
    """One criterion's distribution across peers, with the threshold as a vertical line."""

    margins_px = {"left": 44, "right": 10, "top": 8, "bottom": 24}

    def __init__(
        self, criterion: str, colors: Colors = LIGHT, parent: QWidget | None = None
    ) -> None:
        self.criterion = criterion
        super().__init__(colors, parent)
        self.canvas.setMinimumHeight(120)
        self.caption.setWordWrap(True)
        self._line: Line2D | None = None
        self.heading.setText(_tr(HISTOGRAM_TITLES[criterion]))  # the base set its "Chart"
        self.retranslate()

    def retranslate(self) -> None:
        """Its title and caption in the current language (called by its page: a chart base
        from ui.shared does not follow the language by itself)."""
        heading = _tr(HISTOGRAM_TITLES[self.criterion])
        changed = heading != self.heading.text()
        self.heading.setText(heading)
        self.canvas.setAccessibleName(heading)
        if self.data is not None:
            self.show_data(self.data)  # the caption, in the new language
        elif changed:
            self.set_colors(self.colors)  # the empty state ("No data yet")

    def draw(self, data: HistogramData) -> None:
        h = data.histogram
        scale = SCALE[h.unit]
        edges = h.edges / scale
        self.axes.bar(edges[:-1], h.counts, width=np.diff(edges), align="edge",
                      color=self.colors.series[0], alpha=0.85)  # fmt: skip
        self.axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.tick(v)))
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
