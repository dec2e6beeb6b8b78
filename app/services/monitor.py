"""Live monitoring: poll the backend's health, notice new data, refresh the dashboards the user
watches and raise the covenant alerts that newly appear.

A daemon thread polls `/v1/health` every `interval` seconds (the sandbox publishes a day every
few seconds; the app must notice within 10). Topics published on the bus:
- "merchants.updated": Changes(merchants=True), when `data_version` moves (or the backend comes
  back after being unreachable, since the list on screen may be a cached copy);
- "dashboard.updated": the new MerchantDashboard of a watched merchant;
- "alerts.raised": AlertsRaised, the alerts of a watched merchant that were not there before;
- "connection": {"online": bool, "error": BackendError | None}, on loss and recovery.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from app.backend.cache import CachedApi
from app.backend.client import check_schema
from app.backend.errors import BackendError
from app.domain.covenants import Alert
from app.events import Changes, EventBus
from app.services.merchants import MerchantDashboard, MerchantExplorer

log = logging.getLogger(__name__)

MERCHANTS_UPDATED = "merchants.updated"
DASHBOARD_UPDATED = "dashboard.updated"
ALERTS_RAISED = "alerts.raised"


@dataclass(frozen=True)
class AlertsRaised(Sequence[Alert]):
    """New alerts of one merchant; iterates as the alerts themselves."""

    merchant_id: str
    alerts: tuple[Alert, ...]

    def __len__(self) -> int:
        return len(self.alerts)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        return self.alerts[index]

    def __iter__(self) -> Iterator[Alert]:
        return iter(self.alerts)


def alert_key(alert: Alert) -> tuple[str, str, str]:
    # An alert is "the same" from day to day while its covenant and severity hold; a warning
    # turning into a breach is news.
    return (alert.covenant, alert.reason_code, alert.severity)


@dataclass
class _Watch:
    baseline: set[tuple[str, str, str]] | None = None  # None: not yet known
    refresh: bool = False


class LiveMonitor:
    """Start once, stop at shutdown; `watch` the merchants whose dashboards are open."""

    def __init__(
        self,
        api: CachedApi,
        bus: EventBus,
        interval: float = 3.0,
        *,
        explorer: MerchantExplorer | None = None,
    ) -> None:
        if not 0 < interval <= 300:
            raise ValueError("the poll interval must be between 0 and 300 seconds")
        self.api = api
        self.bus = bus
        self.interval = interval
        self._owns_explorer = explorer is None
        self.explorer = explorer or MerchantExplorer(api, bus)
        self.connection = self.explorer.connection
        self.data_version: int | None = None
        self._watched: dict[str, _Watch] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="pst-monitor", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop polling; returns once the thread ended (or `timeout` passed mid-request)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self._owns_explorer:
            self.explorer.close()

    def watch(self, merchant_id: str, dashboard: MerchantDashboard | None = None) -> None:
        """Keep this merchant's dashboard current. Pass the dashboard already on screen so its
        alerts count as known; otherwise the monitor learns them on its next round."""
        with self._lock:
            watch = self._watched.setdefault(merchant_id, _Watch())
            if dashboard is not None:
                watch.baseline = {alert_key(a) for a in dashboard.alerts}
        self._wake.set()

    def unwatch(self, merchant_id: str) -> None:
        with self._lock:
            self._watched.pop(merchant_id, None)

    def watched(self) -> list[str]:
        with self._lock:
            return sorted(self._watched)

    # -- the polling thread ------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.poll()
            except Exception:  # the monitor must outlive any single bad round
                log.exception("monitor round failed")
            self._wake.wait(self.interval)

    def poll(self) -> None:
        """One round: health, then whatever it says needs refreshing. Runs on the monitor
        thread; public so a test or the CLI can drive rounds by hand."""
        try:
            # No retries: the next round comes in `interval` seconds, and a hung server must
            # show as offline within one timeout, not after a series of them.
            health = self.api.health(retries=0).value
            check_schema(health)
        except BackendError as error:
            self.connection.report(error)
            return
        was_offline = self.connection.online is False
        self.connection.report(None)
        moved = self.data_version is not None and health.data_version != self.data_version
        self.data_version = health.data_version
        if moved or was_offline:
            self.bus.publish(MERCHANTS_UPDATED, Changes(merchants=True))
        with self._lock:
            due = [
                (merchant_id, watch.baseline is not None)
                for merchant_id, watch in self._watched.items()
                if moved or was_offline or watch.baseline is None or watch.refresh
            ]
        for merchant_id, publish in due:
            if self._stop.is_set():
                return
            self._refresh(merchant_id, publish)

    def _refresh(self, merchant_id: str, publish: bool) -> None:
        try:
            dashboard = self.explorer.dashboard(merchant_id)
        except BackendError as error:
            log.info("cannot refresh %s: %s", merchant_id, error.message)
            with self._lock:
                if merchant_id in self._watched:
                    self._watched[merchant_id].refresh = True  # try again next round
            return
        keys = {alert_key(a) for a in dashboard.alerts}
        with self._lock:
            watch = self._watched.get(merchant_id)
            if watch is None:  # unwatched while we fetched
                return
            known = watch.baseline
            watch.baseline, watch.refresh = keys, dashboard.stale
        new = [a for a in dashboard.alerts if known is not None and alert_key(a) not in known]
        if publish:
            self.bus.publish(DASHBOARD_UPDATED, dashboard)
        if new:
            self.bus.publish(ALERTS_RAISED, AlertsRaised(merchant_id, tuple(new)))
