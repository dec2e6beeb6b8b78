"""The Screener page: every store screened on the five criteria. A funnel, the ranked shortlist
with a Pass/Fail chip per criterion, what-if thresholds, one histogram per criterion with its
threshold line, a side-by-side comparison of 2-4 stores, and CSV export.

Loading (bulk data, then scoring) runs on a worker with progress; a what-if reruns only the
core's `judge` on the GUI thread (a few milliseconds) and never changes the policy in force.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import scorer
from app.domain.policy import SelectionPolicy
from app.screener.portfolio import FunnelStep, Histogram, Portfolio, threshold_of
from ui.screener.charts import FunnelView, HistogramChart, HistogramData
from ui.screener.compare import MAX_STORES, CompareDialog
from ui.screener.shortlist_model import ICON_SIZE, CellTexts, ShortlistModel
from ui.screener.whatif import WhatIfPanel
from ui.shared import file_dialogs
from ui.shared import format as fmt
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import Op, user_message
from ui.shared.theme import LIGHT, Colors
from ui.shared.turns import next_turn

# Rows the worker words before the page shows them: more than a tall window shows at once.
FIRST_ROWS = 80


@dataclass(frozen=True)
class Screened:
    """What the worker hands the page: the portfolio and its first view, ready to draw."""

    portfolio: Portfolio
    view: View
    histograms: dict[str, Histogram]
    texts: CellTexts  # the first rows of the ranking already worded


@dataclass(frozen=True)
class View:
    """The portfolio under one policy: verdicts, funnel and the ranked rows."""

    policy: SelectionPolicy
    verdicts: scorer.Verdicts
    funnel: list[FunnelStep]
    rows: NDArray[np.int64]
    everyone: bool  # every store listed, or only those passing all five


def view_of(portfolio: Portfolio, policy: SelectionPolicy, everyone: bool) -> View:
    verdicts = portfolio.judge(policy)
    rows = portfolio.shortlist(verdicts, everyone=everyone)
    return View(policy, verdicts, portfolio.funnel(verdicts), rows, everyone)


class Screening(Protocol):
    """What the page needs of `app.screener.loader.Screener`."""

    @property
    def policy(self) -> SelectionPolicy: ...

    def load(
        self,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Portfolio: ...


def screen(
    screener: Screening, report: Callable[[tuple[int, int]], None], cancel: threading.Event
) -> Screened:
    """The worker's part: load and score, then the first view and the histograms."""
    portfolio = screener.load(progress=lambda done, total: report((done, total)), cancel=cancel)
    view = view_of(portfolio, portfolio.policy, everyone=False)
    histograms = {k: portfolio.histogram(k, portfolio.policy) for k in scorer.CRITERIA}
    texts = CellTexts(portfolio)
    texts.word(view.rows[:FIRST_ROWS].tolist())
    return Screened(portfolio, view, histograms, texts)


class ScreenerPage(Retranslating, QWidget):
    open_merchant = Signal(str)
    screened = Signal()  # a screening finished and is shown (tests, benchmarks)

    def __init__(
        self, screener: Screening, colors: Colors = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.screener = screener
        self.colors = colors
        self.portfolio: Portfolio | None = None
        self.current: View | None = None
        self._cancel: threading.Event | None = None
        self._progress: tuple[int, int] | None = None
        # What went wrong, and what an export did, worded again after a change of language.
        self._error: Callable[[], str] | None = None
        self._exported: Callable[[], str] | None = None

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.status = QLabel()
        self.status.setObjectName("screener:status")
        self.progress = QProgressBar()
        self.progress.setObjectName("screener:progress")
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload)
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("screener:compare")
        self.compare_button.clicked.connect(self.compare_selected)
        self.export_button = QPushButton()
        self.export_button.setObjectName("screener:export")
        self.export_button.clicked.connect(self._ask_export)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.reload_button)
        top.addWidget(self.compare_button)
        top.addWidget(self.export_button)

        self.funnel = FunnelView(colors)
        self.whatif = WhatIfPanel(screener.policy)
        self.whatif.changed.connect(self.apply_policy)
        left = QVBoxLayout()
        left.addWidget(self.funnel, 1)
        left.addWidget(self.whatif)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setFixedWidth(380)
        left.setContentsMargins(0, 0, 0, 0)

        self.model = ShortlistModel(self)
        self.model.set_colors(colors)
        self.table = QTableView()
        self.table.setObjectName("screener:shortlist")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by rank, best first
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for column, width in enumerate((44, 64, 140, 124, 64, 126, 110, 128, 142, 84, 86)):
            self.table.setColumnWidth(column, width)
        self.everyone = QCheckBox()
        self.everyone.setObjectName("screener:everyone")
        self.everyone.toggled.connect(lambda _on: self.apply_policy(self.whatif.policy()))
        shortlist = QWidget()
        shortlist_layout = QVBoxLayout(shortlist)
        shortlist_layout.addWidget(self.everyone)
        shortlist_layout.addWidget(self.table, 1)

        self.histograms = {k: HistogramChart(k, colors) for k in scorer.CRITERIA}
        distributions = QWidget()
        grid = QGridLayout(distributions)
        for i, chart in enumerate(self.histograms.values()):
            grid.addWidget(chart, i // 3, i % 3)
        self.tabs = QTabWidget()
        self.tabs.addTab(shortlist, "")
        self.tabs.addTab(distributions, "")
        self.tabs.currentChanged.connect(lambda _i: self._draw_histograms())
        self._pending_histograms: dict[str, Histogram] = {}

        body = QHBoxLayout()
        body.addWidget(left_box)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.retranslate()

    # -- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.portfolio is None and self._cancel is None and self._error is None:
            self.reload()  # the first visit screens; later ones keep what is shown

    def reload(self) -> None:
        """Screen every store again (pages that did not change come from the cache)."""
        if self._cancel is not None:
            return
        cancel = threading.Event()
        self._cancel = cancel
        self._error = None
        self._progress = (0, 0)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.reload_button.setEnabled(False)
        self._show_status()
        op = Op.reporting(self, lambda report: screen(self.screener, report, cancel))
        op.progress(self._step).success(self._loaded).failure(self._failed)
        op.run_in_background()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _step(self, value: tuple[int, int]) -> None:
        done, total = value
        self._progress = value
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._show_status()

    def _loaded(self, result: Screened) -> None:
        self._finish_loading()
        self.portfolio = result.portfolio
        self.model.set_portfolio(result.portfolio, result.texts)
        self.whatif.in_force = result.portfolio.policy
        self._pending_histograms = dict(result.histograms)
        self._show_view(result.view)
        self.apply_policy(self.whatif.policy())  # a what-if set while loading still holds
        # Lay the rows out now (scroll bars included): left to Qt's deferred layout, the table
        # may be drawn first and then once more at its new width, two long repaints in a row.
        self.table.doItemsLayout()
        self._draw_histograms()
        self.screened.emit()

    def _draw_histograms(self) -> None:
        """One histogram per turn of the event loop, and only while they are on screen: six
        charts drawn in one go would hold the GUI thread for a noticeable moment."""
        if not self._pending_histograms or self.tabs.currentIndex() != 1:
            return
        key, histogram = self._pending_histograms.popitem()
        policy = self.current.policy if self.current else self.screener.policy
        self.histograms[key].show_data(HistogramData(histogram, threshold_of(key, policy)))
        if self._pending_histograms:
            next_turn(self, self._draw_histograms)

    def _failed(self, error: BaseException) -> None:
        self._finish_loading()
        self._error = lambda: user_message(error)
        self._show_status()

    def _finish_loading(self) -> None:
        self._cancel = None
        self._progress = None
        self.progress.hide()
        self.cancel_button.hide()
        self.reload_button.setEnabled(True)

    # -- what-if ---------------------------------------------------------------------------
    def apply_policy(self, policy: SelectionPolicy) -> None:
        """Recompute pass/fail, funnel and ranking under `policy` (the page's own copy)."""
        if self.portfolio is None:
            return
        current, everyone = self.current, self.everyone.isChecked()
        if current is not None and current.policy == policy and current.everyone == everyone:
            return
        self._show_view(view_of(self.portfolio, policy, everyone))
        for key, chart in self.histograms.items():
            chart.move_threshold(threshold_of(key, policy))

    def _show_view(self, view: View) -> None:
        self.current = view
        self.model.set_verdicts(view.verdicts, view.rows)
        self.funnel.show_data(view.funnel)
        self._selection_changed()
        self._show_status()

    # -- compare, export, open ---------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item(r) for r in rows]

    def _selection_changed(self, *_: object) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.compare_button.setEnabled(2 <= count <= MAX_STORES)
        self.compare_button.setText(self.tr("Compare ({count})").format(count=count))

    def compare_selected(self) -> CompareDialog | None:
        rows = self.selected_rows()
        if self.portfolio is None or not 2 <= len(rows) <= MAX_STORES:
            return None
        dialog = CompareDialog(self.portfolio, rows, self.whatif.policy(), self.colors, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_csv(self, path: Path) -> int:
        """Write the shortlist as shown (its rows and order, each with its rank) to `path`; the
        rows written."""
        if self.portfolio is None or self.current is None:
            return 0
        rows, view = self.model.rows, self.current
        path.write_text(self.portfolio.to_csv(rows, view.verdicts, view.rows), encoding="utf-8")
        return len(rows)

    def _ask_export(self) -> None:
        if self.portfolio is None:
            return
        chosen = file_dialogs.save_file(
            self, self.tr("Export the shortlist"), "shortlist.csv", self.tr("CSV files (*.csv)")
        )
        if chosen:
            try:
                count = self.export_csv(Path(chosen))
            except OSError as error:
                reason = error.strerror or type(error).__name__
                self._error = lambda: self.tr("Could not write {path}: {reason}").format(
                    path=chosen, reason=reason
                )
                self._show_status()
            else:
                self._error = None
                self._show_status()
                self._exported = lambda: self.tr("Exported {count} stores to {path}.").format(
                    count=fmt.integer(count), path=chosen
                )
                self.status.setText(self._exported())

    def _open(self, index: QModelIndex) -> None:
        if self.portfolio is not None and index.isValid():
            self.open_merchant.emit(self.portfolio.ids[self.model.item(index.row())])

    # -- looks and words ---------------------------------------------------------------------
    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.model.set_colors(colors)
        self.funnel.set_colors(colors)
        for chart in self.histograms.values():
            chart.set_colors(colors)

    def _show_status(self) -> None:
        self._exported = None
        if self._error is not None:
            self.status.setText(self._error())
            self.status.setObjectName("error")
        elif self._progress is not None:
            done, total = self._progress
            self.status.setText(
                self.tr("Loading bulk data: {done} of {total} pages…").format(
                    done=fmt.integer(done), total=fmt.integer(total)
                )
                if total
                else self.tr("Loading bulk data…")
            )
            self.status.setObjectName("muted")
        elif self.portfolio is not None and self.current is not None:
            shown = len(self.current.rows)
            self.status.setText(
                self.tr("{shown} of {total} stores shown · data as of {date}").format(
                    shown=fmt.integer(shown),
                    total=fmt.integer(self.portfolio.count),
                    date=fmt.date(self.portfolio.as_of),
                )
            )
            self.status.setObjectName("muted")
        else:
            self.status.setText(self.tr("Not screened yet."))
            self.status.setObjectName("muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _fit_headers(self) -> None:
        """Widen a column whose title (in this language, with the sort mark) would be cut;
        never narrow one (the user's own widths stay)."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):  # the last one stretches
            hint = header.sectionSizeHint(column)
            if self.table.columnWidth(column) < hint:
                self.table.setColumnWidth(column, hint)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Screener"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.reload_button.setText(self.tr("Screen again"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.everyone.setText(self.tr("Show every store, not only those passing all five"))
        self.tabs.setTabText(0, self.tr("Shortlist"))
        self.tabs.setTabText(1, self.tr("Distributions"))
        self._selection_changed()
        if self._exported is not None:
            self.status.setText(self._exported())
        else:
            self._show_status()
        for chart in self.histograms.values():
            chart.retranslate()  # a chart from ui.shared: its page words it
        self._fit_headers()
        # The shortlist words its cells as they are drawn (the window redraws it); the funnel
        # and the what-if panel word their own texts.
