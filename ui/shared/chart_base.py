"""One chart base (after napari-matplotlib's `base.py`): a widget holding a matplotlib Figure
and its Qt canvas, no pyplot. Subclasses implement `draw(data)`; `show_data(data)` runs the
template `clear()` -> `draw(data)` inside the chart's own style, then `draw_idle()`.

The data comes ready to plot from the core (`app.domain.dashboard`); charts only draw it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from typing import Any, Generic, TypeVar

import matplotlib as mpl
from cycler import cycler
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.shared import format as fmt
from ui.shared.theme import LIGHT, Colors

D = TypeVar("D")
MIN_PLOT_PX = 20  # the smallest plot area a figure is laid out for
TICK_GAP_PX = 12  # the least room between two x tick labels
WORD_JOINER = "\u2060"
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK TC", "Droid Sans Fallback", "Microsoft YaHei",
             "PingFang SC", "Source Han Sans SC", "WenQuanYi Micro Hei")  # fmt: skip


@cache
def font_families() -> list[str]:
    """DejaVu (bundled with matplotlib, no CJK) then the CJK fonts this machine has: naming a
    family matplotlib cannot find logs a warning at every draw."""
    installed = {font.name for font in font_manager.fontManager.ttflist}
    return ["DejaVu Sans", *(name for name in CJK_FONTS if name in installed)]


def use_cjk_fallback() -> None:
    """Chinese text (tick labels such as "其他（5）", dates, "no data yet"): matplotlib falls back
    per glyph along a list of concrete families (DejaVu, bundled, has no CJK), but a generic
    family such as 'sans-serif' resolves to one font only, which drew CJK as empty boxes. Set
    once for the process: the list does not depend on the theme."""
    mpl.rcParams["font.family"] = font_families()


def style_for(colors: Colors) -> dict[Any, Any]:
    """Matplotlib rc values for one theme; applied per chart, never globally."""
    return {
        "figure.facecolor": colors.surface,
        "axes.facecolor": colors.surface,
        "axes.edgecolor": colors.border,
        "axes.labelcolor": colors.muted,
        "axes.titlecolor": colors.text,
        "axes.prop_cycle": cycler(color=list(colors.series)),
        "axes.grid": True,
        "axes.grid.axis": "y",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "grid.color": colors.grid,
        "grid.linewidth": 0.8,
        "xtick.color": colors.muted,
        "ytick.color": colors.muted,
        "xtick.labelsize": 8,
        "ytick.labelsize": 8,
        "legend.fontsize": 8,
        "legend.frameon": False,
        "legend.labelcolor": colors.text,
        "font.size": 9,
        "text.color": colors.text,
        "lines.linewidth": 1.6,
    }


class ChartWidget(QFrame, Generic[D]):
    """A titled card with one matplotlib canvas.

    A change of language redoes the heading (`heading_text()`, unless a subclass put its own) and
    draws the data again (the texts matplotlib draws are made by `draw`). The base takes no
    `Retranslating` mixin itself, so a chart that sets texts of its own can mix it in."""

    title = "Chart"
    # Figure margins in pixels (room for tick labels), turned into fractions whenever the
    # canvas changes size; fixed rather than tight/constrained layout, which would cost more
    # than the drawing itself on every redraw.
    margins_px = {"left": 56, "right": 14, "top": 10, "bottom": 26}

    def __init__(self, colors: Colors = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_cjk_fallback()
        self.setObjectName("card")
        self.margins_px = dict(type(self).margins_px)  # fit_margin widens this chart's own
        self.colors = colors
        self._data: D | None = None
        # The figure size is only the preferred size (the layout stretches it); kept small so a
        # dashboard fits a 900-pixel-high window without scrolling.
        self.figure = Figure(figsize=(4.0, 1.7), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(150)
        self.heading = QLabel()
        self.heading.setObjectName("chartTitle")
        self.heading.setStyleSheet("font-weight: 600; font-size: 13px;")
        self.caption = QLabel("")
        self.caption.setObjectName("muted")
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The key is a Qt label, not a matplotlib legend: a legend is the costliest thing to
        # draw on these small charts, and Qt text is crisper.
        self.key = QLabel("")
        self.key.setObjectName("chartKey")
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)  # a long key takes a second line rather than being cut
        # Text never sets a chart's width: all charts get equal columns, and new data (a longer
        # caption) never resizes a chart, which would re-render every chart at once.
        for label in (self.heading, self.caption, self.key):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.caption)
        layout.addWidget(self.key)
        layout.addWidget(self.canvas, 1)
        self.axes: Axes = self.figure.add_subplot()
        self._styled = False
        # What x_ticks_that_fit was asked at the last draw (a label's width with its gap, the
        # most labels) and the count it gave: a resize that changes the count draws again.
        self._x_fit: tuple[int, int] | None = None
        self._x_count = 0
        self._render(rebuild=True)  # themed from the start, with the empty-state text
        self._set_heading()

    def heading_text(self) -> str:
        """The heading in the current language: `title`, marked in the "Charts" context (a
        chart whose title lives in another context says so here)."""
        return QCoreApplication.translate("Charts", self.title)

    def _set_heading(self) -> None:
        self._title_shown = self.heading_text()
        self.heading.setText(self._title_shown)
        # A screen reader names the plot by its title; the caption says what it shows.
        self.canvas.setAccessibleName(self._title_shown)

    def changeEvent(self, event: QEvent) -> None:
        # Qt posts one per switch to each window (queued ones are merged), passed down to us.
        if event.type() == QEvent.Type.LanguageChange:
            self.relabel()
        super().changeEvent(event)

    def relabel(self) -> None:
        """The heading, and the data drawn again, in the current language."""
        if self.heading.text() == self._title_shown:  # else a subclass sets its own heading
            self._set_heading()
        self._render(rebuild=False)
        self.canvas.setAccessibleDescription(self.caption.text())
        self.canvas.draw_idle()

    # --- the template ------------------------------------------------------------------
    def show_data(self, data: D) -> None:
        """Set the data and render when Qt is next idle."""
        self.set_data(data)
        self.canvas.draw_idle()

    def set_data(self, data: D) -> None:
        """Replace the plotted data without rendering (`render()` or `draw_idle()` follow)."""
        self._data = data
        self._render(rebuild=False)
        self.canvas.setAccessibleDescription(self.caption.text())

    def render(self) -> None:  # type: ignore[override]  # (hides QWidget.render: kept, used)
        """Rasterise now and repaint the canvas (the GUI thread's part of drawing)."""
        self.canvas.draw()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self._render(rebuild=True)  # axes, ticks and grid take their colours when created
        self.canvas.draw_idle()

    def clear(self) -> None:
        """Remove the previous data's artists but keep the axes and their ticks: building
        an axes with its ticks costs more than drawing the data, and a live dashboard
        redraws every few seconds."""
        axes = self.axes
        for artist in [*axes.lines, *axes.patches, *axes.collections, *axes.texts]:
            artist.remove()
        legend = axes.get_legend()
        if legend is not None:
            legend.remove()
        axes.set_axis_on()
        axes.set_autoscale_on(True)
        axes.ignore_existing_data_limits = True

    def rebuild(self) -> None:
        """Start from a new figure with one axes styled by the current theme."""
        self.figure.clear()
        self.figure.set_facecolor(self.colors.surface)
        self.axes = self.figure.add_subplot()
        self.axes.set_axisbelow(True)  # gridlines behind bars and lines, never across them
        self._apply_margins()

    def _apply_margins(self) -> None:
        # A canvas never laid out (its page not shown yet) is a few pixels wide. The figure is
        # sized as if it had room for the margins and a plot: margins wider than the canvas make
        # matplotlib raise (left >= right) inside this resize handler, and an exception escaping
        # a Qt virtual crashes PySide 6.11 at the next one (window.grab() segfaulted).
        m = self.margins_px
        width = max(self.canvas.width(), 100, m["left"] + m["right"] + MIN_PLOT_PX)
        height = max(self.canvas.height(), 80, m["top"] + m["bottom"] + MIN_PLOT_PX)
        self.figure.subplots_adjust(
            left=m["left"] / width,
            right=1 - m["right"] / width,
            top=1 - m["top"] / height,
            bottom=m["bottom"] / height,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_margins()
        fit = self._x_fit
        if fit is None or self._data is None:
            return
        if self._ticks_fitting(*fit) != self._x_count:  # the x labels would run together
            self._render(rebuild=False)
            self.canvas.draw_idle()

    def draw(self, data: D) -> None:  # pragma: no cover - every chart overrides it
        raise NotImplementedError

    def draw_now(self) -> None:
        """Render synchronously (benchmarks and screenshots; the GUI uses draw_idle)."""
        self.canvas.draw()

    def draw_idle(self) -> None:
        self.canvas.draw_idle()

    @property
    def data(self) -> D | None:
        return self._data

    def _render(self, rebuild: bool) -> None:
        self._x_fit = None  # asked again by a draw whose ticks depend on the width
        with mpl.rc_context(style_for(self.colors)):
            if rebuild or not self._styled:
                self.rebuild()
                self._styled = True
            else:
                self.clear()
            if self._data is not None:
                self.draw(self._data)
                self.axes.autoscale_view()
            else:  # bare 0-1 axes look broken; say there is nothing to show yet
                self.no_data(QCoreApplication.translate("Charts", "No data yet"))

    # --- helpers for subclasses ----------------------------------------------------------
    def fit_margin(self, side: str, texts: list[str], points: float = 8.0) -> None:
        """Widen a margin (never below the class's) to hold the widest of `texts`, tick labels
        drawn at `points`, so that a label such as "Other (5)" is never cut."""
        widest = self._text_px(texts, points)
        self.margins_px[side] = max(type(self).margins_px[side], widest + 14)
        self._apply_margins()

    def _text_px(self, texts: list[str], points: float) -> int:
        """The width in pixels of the widest of `texts` drawn at `points` on this figure."""
        font = QFont(font_families())
        font.setPixelSize(max(1, round(points * self.figure.dpi / 72)))
        metrics = QFontMetrics(font)
        return max((metrics.horizontalAdvance(text) for text in texts), default=0)

    def x_ticks_that_fit(self, widest: str, most: int = 5, points: float = 8.0) -> int:
        """How many x tick labels as wide as `widest` fit side by side under the plot, from 2
        to `most` ('2026-01' is wider than 'Jan 26': five of them ran together in Chinese). A
        resize that changes the count draws the chart again."""
        self._x_fit = (self._text_px([widest], points) + TICK_GAP_PX, most)
        self._x_count = self._ticks_fitting(*self._x_fit)
        return self._x_count

    def _ticks_fitting(self, label_px: int, most: int) -> int:
        m = self.margins_px
        room = max(self.canvas.width(), 100) - m["left"] - m["right"]
        return max(2, min(most, room // label_px))

    def month_ticks(self, months: Sequence[dt.date], most: int = 5) -> None:
        """Months plotted at positions 0..n-1: every step-th one labelled, as many as fit."""
        if not months:
            return
        labels = [fmt.month_tick(month) for month in months]
        count = self.x_ticks_that_fit(max(labels, key=len), most)
        step = max(1, -(-len(months) // count))
        ticks = list(range(0, len(months), step))
        self.axes.set_xticks(ticks, [labels[i] for i in ticks])
        self.axes.set_xlim(-0.6, len(months) - 0.4)

    def set_key(self, entries: list[tuple[str, str, str]]) -> None:
        """The chart's key: (label, colour, 'line' | 'dash' | 'box') per series."""
        marks = {"line": "━", "dash": "╌", "box": "■"}
        self.key.setText(
            "&nbsp;&nbsp; ".join(  # an entry never breaks; a line may break between two
                f'<span style="color:{color}; font-weight:700">{marks[kind]}</span>&nbsp;'
                f"{_unbroken(label)}"
                for label, color, kind in entries
            )
        )

    def compact_y(self, bins: int = 4) -> None:
        self.axes.yaxis.set_major_locator(MaxNLocator(nbins=bins))

    def no_data(self, message: str) -> None:
        self.axes.set_axis_off()
        # The families are named on the text itself: fonts are looked up when the canvas
        # draws, outside the style context, where the CJK fallback would be missing.
        self.axes.text(
            0.5, 0.5, message, ha="center", va="center", color=self.colors.muted,
            transform=self.axes.transAxes, fontfamily=font_families(),
        )  # fmt: skip


def _unbroken(text: str) -> str:
    """`text` that a line never breaks inside: Chinese may break between any two characters
    ("其 / 他" in a chart's key), and Qt's rich text ignores `white-space: nowrap` on a span.
    Word joiners (U+2060) between the characters forbid those breaks; they draw nothing."""
    return WORD_JOINER.join(text)


def money_axis(axes: Axes, axis: str = "y") -> None:
    """Cents on an axis shown as compact dollars: 123456789 -> '$1.2M' ('$123.5万' in Chinese)."""

    def label(value: float, _pos: object) -> str:
        return fmt.compact_dollars(value / 100)  # tick positions are display-only floats

    target = axes.yaxis if axis == "y" else axes.xaxis
    target.set_major_formatter(FuncFormatter(label))


def percent_axis(axes: Axes, scale: float = 100.0) -> None:
    """Basis points on the y axis shown as percent."""
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.percent(v / scale)))
