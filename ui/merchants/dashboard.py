"""One merchant's dashboard: header, scorecard, active alerts and the six charts.

The core computes everything (`MerchantExplorer.dashboard` -> `MerchantDashboard`, its charts
from `app.domain.dashboard`); this page loads it in the background and draws it. While open,
the LiveMonitor watches the merchant and each "dashboard.updated" redraws the page.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.events import ALERTS_RAISED, DASHBOARD_UPDATED
from app.services.merchants import MerchantDashboard
from app.services.monitor import AlertsRaised
from ui.merchants.charts import CHARTS, retranslate_chart
from ui.merchants.page import stale_banner
from ui.merchants.scorecard import AlertsView, ScorecardView
from ui.shared import format as fmt
from ui.shared.bridge import EventBridge
from ui.shared.chart_base import ChartWidget
from ui.shared.i18n.names import name
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import Op, user_message
from ui.shared.theme import Colors


class DashboardSource(Protocol):
    """What the page needs of the MerchantExplorer."""

    def dashboard(self, merchant_id: str) -> MerchantDashboard: ...


class Watcher(Protocol):
    """What the page needs of the LiveMonitor."""

    def watch(self, merchant_id: str, dashboard: MerchantDashboard | None = None) -> None: ...

    def unwatch(self, merchant_id: str) -> None: ...


class MerchantDashboardPage(Retranslating, QWidget):
    back = Signal()
    shown = Signal(object)  # the MerchantDashboard, once every chart of it is drawn
    failed = Signal(str)

    def __init__(
        self,
        explorer: DashboardSource,
        monitor: Watcher | None,
        bridge: EventBridge,
        colors: Colors,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.explorer = explorer
        self.monitor = monitor
        self.colors = colors
        self.merchant_id: str | None = None
        self.dashboard: MerchantDashboard | None = None
        self._generation = 0  # ignores answers for a merchant no longer open
        # What the title (while nothing is shown), the state and the error line say, worded
        # again after a change of language.
        self._said: dict[QLabel, Callable[[], str]] = {}
        self._error: BaseException | None = None

        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back.emit)
        self.name = QLabel("")
        self.name.setObjectName("pageTitle")
        self.details = QLabel("")
        self.details.setObjectName("muted")
        self.state = QLabel("")
        self.state.setObjectName("muted")
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.scorecard = ScorecardView(colors)
        self.alerts = AlertsView()
        self.charts: dict[str, ChartWidget[Any]] = {key: cls(colors) for key, cls in CHARTS}

        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addSpacing(12)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.name)
        titles.addWidget(self.details)
        head.addLayout(titles, 1)
        head.addWidget(self.state, 0, Qt.AlignmentFlag.AlignBottom)

        # The cards above the charts keep one height whatever their text, so new data never
        # resizes the charts (a resize re-renders all six at once, a long GUI-thread stall).
        cards_box = QWidget()
        cards_box.setFixedHeight(self.scorecard.fixed_height())
        cards = QHBoxLayout(cards_box)
        cards.setContentsMargins(0, 0, 0, 0)
        cards.addWidget(self.scorecard, 3)
        cards.addWidget(self.alerts, 1)
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, (key, _cls) in enumerate(CHARTS):
            grid.addWidget(self.charts[key], i // 3, i % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        for row in range(2):
            grid.setRowStretch(row, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.banner)
        body_layout.addWidget(self.error)
        body_layout.addWidget(cards_box)
        body_layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)

        self._steps: deque[Callable[[], None]] = deque()
        # A live update that arrives while charts are still drawing waits here (only the newest
        # is kept): restarting the drawing on every update could starve it for good.
        self._queued: MerchantDashboard | None = None
        self._stepper = QTimer(self, interval=0)
        self._stepper.timeout.connect(self._next_step)
        bridge.on(DASHBOARD_UPDATED, self._dashboard_updated, self)
        bridge.on(ALERTS_RAISED, self._alerts_raised, self)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Merchants"))
        self.back_button.setToolTip(self.tr("Back to the merchant list (Esc)"))
        for label, render in self._said.items():
            label.setText(render())
        if self.dashboard is not None:
            self._show_texts(self.dashboard)
        if self._error is not None:
            self.error.setText(user_message(self._error))
        # The scorecard and the alerts word their own texts; the charts are drawn again.
        if not self._steps:
            for chart in self.charts.values():
                retranslate_chart(chart)

    def _say(self, label: QLabel, render: Callable[[], str]) -> None:
        self._said[label] = render
        label.setText(render())

    # --- opening and closing ---------------------------------------------------------------
    def open(self, merchant_id: str) -> None:
        if self.merchant_id and self.merchant_id != merchant_id:
            self.close_merchant()
        self.merchant_id = merchant_id
        self._generation += 1
        generation = self._generation
        if self.dashboard is None or self._current_id() != merchant_id:
            self._clear(lambda: self.tr("Loading {merchant}…").format(merchant=merchant_id))
        self._error = None
        self.error.hide()
        self._say(self.state, lambda: self.tr("Loading…"))
        if self.monitor is not None:
            self.monitor.watch(merchant_id)
        op = Op(self, lambda: self.explorer.dashboard(merchant_id))
        op.success(lambda d: self._loaded(generation, d))
        op.failure(lambda e: self._failed(generation, e))
        op.run_in_background()

    def reload(self) -> None:
        if self.merchant_id:
            self.open(self.merchant_id)

    def close_merchant(self) -> None:
        if self.monitor is not None and self.merchant_id:
            self.monitor.unwatch(self.merchant_id)
        self.merchant_id = None
        self._generation += 1
        self._queued = None

    def _current_id(self) -> str | None:
        return None if self.dashboard is None else self.dashboard.profile.summary.id

    def _clear(self, message: Callable[[], str]) -> None:
        self.dashboard = None
        self._say(self.name, message)
        self.details.setText("")
        self.banner.hide()

    # --- results -----------------------------------------------------------------------------
    def _loaded(self, generation: int, dashboard: MerchantDashboard) -> None:
        if generation != self._generation:
            return
        self.show_dashboard(dashboard)
        if self.monitor is not None and self.merchant_id:
            # The alerts on screen are known; only later ones count as raised.
            self.monitor.watch(self.merchant_id, dashboard)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        message = user_message(error)
        if self.dashboard is None:
            merchant = self.merchant_id or ""
            self._say(self.name, lambda: merchant)
        self._error = error
        self.error.setText(message)
        self.error.show()
        shown = self.dashboard is not None
        self._say(
            self.state,
            lambda: self.tr("Showing older data") if shown else self.tr("Could not load"),
        )
        self.failed.emit(message)

    def show_dashboard(self, dashboard: MerchantDashboard) -> None:
        """Draw a MerchantDashboard. Charts render one per event-loop turn (draw_idle), so the
        window stays responsive while six figures draw."""
        self.dashboard = dashboard
        self._said.pop(self.name, None)
        self._show_texts(dashboard)
        self._restore_state()
        self.scorecard.set_scorecard(dashboard.scorecard)
        self.alerts.set_alerts(dashboard.alerts)
        if dashboard.stale:
            self.banner.show()
            if dashboard.error is not None:
                self._error = dashboard.error
                self.error.setText(user_message(dashboard.error))
                self.error.show()
        else:
            self._error = None
            self.banner.hide()
            self.error.hide()
        # Each chart is built, then rendered, in its own event-loop turn: the longest the GUI
        # thread is busy is one chart's step, not six charts at once.
        steps: list[Callable[[], None]] = []
        for key, chart in self.charts.items():
            part = getattr(dashboard.charts, key)
            steps += [partial(chart.set_data, part), chart.render]
        steps += [partial(self.shown.emit, dashboard), self._draw_queued]
        self._steps = deque(steps)
        self._stepper.start()

    def _show_texts(self, dashboard: MerchantDashboard) -> None:
        """The header's texts and the banner's, in the current language."""
        summary = dashboard.profile.summary
        token = summary.token_symbol or (
            self.tr("tokenized") if summary.tokenized else self.tr("not tokenized")
        )
        self.name.setText(f"{summary.name}  ·  {summary.id}")
        self.details.setText(
            self.tr("{city} · {platform} · {category} · token: {token} · score {score}").format(
                city=name(summary.city),
                platform=name(summary.platform),
                category=name(summary.category),
                token=token,
                score=summary.score,
            )
        )
        if dashboard.stale:
            self.banner.setText(stale_banner(dashboard.fetched_at, dashboard.error))

    def _draw_queued(self) -> None:
        queued, self._queued = self._queued, None
        if queued is not None and queued.profile.summary.id == self.merchant_id:
            self.show_dashboard(queued)

    def _next_step(self) -> None:
        if not self._steps:
            self._stepper.stop()
            return
        self._steps.popleft()()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Back):
            self.back.emit()
            return
        super().keyPressEvent(event)

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.scorecard.set_colors(colors)
        for chart in self.charts.values():
            chart.set_colors(colors)

    def draw_now(self) -> None:
        """Finish drawing synchronously (benchmarks, screenshots)."""
        self._stepper.stop()
        while self._steps:
            self._steps.popleft()()

    # --- live updates ------------------------------------------------------------------------
    def _dashboard_updated(self, dashboard: MerchantDashboard) -> None:
        if not self.merchant_id or dashboard.profile.summary.id != self.merchant_id:
            return
        if self._steps:
            self._queued = dashboard
        else:
            self.show_dashboard(dashboard)

    def _alerts_raised(self, raised: AlertsRaised) -> None:
        # DASHBOARD_UPDATED redraws the alert list; this only points the user at what is new.
        if self.merchant_id and raised.merchant_id == self.merchant_id:
            count = len(raised)
            self._say(self.state, lambda: self.tr("%n new alert(s) — see Active alerts", "", count))
            QTimer.singleShot(8000, self._restore_state)

    def _restore_state(self) -> None:
        dashboard = self.dashboard
        if dashboard is not None:
            self._say(
                self.state,
                lambda: self.tr("Data as of {date}").format(date=fmt.date(dashboard.charts.as_of)),
            )
