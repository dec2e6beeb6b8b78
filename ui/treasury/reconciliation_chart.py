"""The selected store's business days: what the bank credited, what it swept to the on-ramp and
what the chain routed, per value date (computed in app.bank.matching; only drawn here)."""

from __future__ import annotations

import numpy as np
from matplotlib.ticker import FuncFormatter
from PySide6.QtWidgets import QWidget

from app.bank.matching import DailyFlow
from ui.shared import format as fmt
from ui.shared.chart_base import ChartWidget
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.theme import LIGHT, Colors


def _dollars(value: float, _pos: object) -> str:
    """A tick in cents as the language counts (CLDR compact: $7.5K, $7500, $1.2万)."""
    return fmt.compact_dollars(value / 100)  # tick positions are display-only floats


class DailyFlowsChart(Retranslating, ChartWidget[list[DailyFlow]]):
    title = QT_TRANSLATE_NOOP(
        "DailyFlowsChart", "Bank credits, sweeps and on-chain routing per day"
    )
    margins_px = {"left": 56, "right": 14, "top": 10, "bottom": 26}

    def __init__(self, colors: Colors = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(colors, parent)
        self.subject = ""  # whose days are shown (a bank account), after the title
        self.retranslate()

    def heading_text(self) -> str:
        return self.tr(self.title)

    def show_subject(self, subject: str) -> None:
        self.subject = subject
        self.heading.setText(self._heading())

    def _heading(self) -> str:
        return f"{self.heading_text()} · {self.subject}" if self.subject else self.heading_text()

    def retranslate(self) -> None:
        self.heading.setText(self._heading())
        self.canvas.setAccessibleName(self.heading_text())
        if self.data is not None:  # the caption, the key and the empty-state text
            self.show_data(self.data)
        else:
            self.set_colors(self.colors)

    def draw(self, data: list[DailyFlow]) -> None:
        if not data:
            self.caption.setText("")
            self.no_data(self.tr("No statement lines for this store yet"))
            return
        days = [f.day for f in data]
        x = np.arange(len(days), dtype=float)
        colors = self.colors
        credited = [f.credited for f in data]
        self.axes.bar(x, credited, width=0.8, color=colors.series[0], alpha=0.55)
        self.axes.plot(x, [f.swept for f in data], color=colors.series[1], marker="o", ms=3)
        self.axes.plot(
            x, [f.routed for f in data], color=colors.series[2], linestyle="--", marker="x", ms=4
        )
        gaps = [i for i, f in enumerate(data) if f.routed != f.swept or f.swept != f.credited]
        for i in gaps:
            self.axes.axvline(i, color=colors.bad, linewidth=1.0, alpha=0.6)
        self.axes.yaxis.set_major_formatter(FuncFormatter(_dollars))
        step = max(1, -(-len(days) // 6))
        ticks = list(range(0, len(days), step))
        self.axes.set_xticks(ticks, [fmt.day_tick(days[i]) for i in ticks])
        self.axes.set_xlim(-0.6, len(days) - 0.4)
        self.compact_y()
        self.set_key(
            [
                (self.tr("credited"), colors.series[0], "box"),
                (self.tr("swept"), colors.series[1], "line"),
                (self.tr("routed on chain"), colors.series[2], "dash"),
            ]
        )
        self.caption.setText(
            self.tr("{days} business days; {gaps} where the three differ").format(
                days=len(days), gaps=len(gaps)
            )
        )
