"""Exploring merchants: the whole list, and one merchant's dashboard (scorecard, alerts, charts)
built from five REST resources fetched in parallel, served from the cache when offline."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from app.backend.cache import CachedApi, Fetched
from app.backend.errors import (
    BackendError,
    BackendHttpError,
    BackendTimeout,
    BackendUnreachable,
    IncompatibleSchema,
    InvalidPayload,
)
from app.backend.models import (
    Category,
    MerchantProfile,
    MerchantSummary,
    MetricSeries,
    PeerStats,
    PromotionList,
    RepaymentList,
)
from app.domain.covenants import Alert, check_covenants
from app.domain.dashboard import DashboardCharts, build_charts
from app.domain.scorecard import Scorecard, build_scorecard
from app.events import Connection, EventBus

log = logging.getLogger(__name__)

CONNECTION = "connection"


@dataclass(frozen=True)
class MerchantDashboard:
    """Everything the dashboard page shows for one merchant. `stale` when any part came from the
    cache because the backend failed (`error` says how); `fetched_at` is the oldest part's."""

    profile: MerchantProfile
    series: MetricSeries
    promotions: PromotionList
    repayments: RepaymentList
    peers: PeerStats
    scorecard: Scorecard
    alerts: list[Alert]
    charts: DashboardCharts
    fetched_at: dt.datetime
    stale: bool
    error: BackendError | None

    @property
    def merchant_id(self) -> str:
        return self.profile.summary.id


def is_offline(error: BackendError | None) -> bool:
    """Whether an error means the backend cannot serve this app (down, overloaded, another
    contract), as opposed to answering one request badly."""
    if isinstance(error, BackendHttpError):
        return error.status >= 500
    return isinstance(error, BackendUnreachable | BackendTimeout | IncompatibleSchema)


class ConnectionTracker:
    """Publishes `"connection"` only when being online changes, however many calls report it."""

    def __init__(self, bus: EventBus) -> None:
        self._bus = bus
        self._lock = threading.Lock()
        self.online: bool | None = None

    def report(self, error: BackendError | None) -> bool:
        """Record the latest outcome; True when it changed the state (and was published)."""
        online = not is_offline(error)
        with self._lock:
            changed = self.online != online
            self.online = online
        if changed:
            self._bus.publish(CONNECTION, Connection(online, error))
        return changed


class MerchantExplorer:
    """The merchants page's service. Thread-safe; call from worker threads, never the GUI's."""

    def __init__(
        self,
        api: CachedApi,
        bus: EventBus,
        *,
        workers: int = 5,
        connection: ConnectionTracker | None = None,
    ) -> None:
        self.api = api
        self.bus = bus
        self.connection = connection or ConnectionTracker(bus)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="pst-dashboard")
        self._categories: dict[str, Category] = {}  # from the list, so peers load in parallel

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def list_merchants(self) -> Fetched[list[MerchantSummary]]:
        got = self._observe(self.api.all_merchants)
        self._categories = {m.id: m.category for m in got.value}
        return got

    def dashboard(self, merchant_id: str) -> MerchantDashboard:
        """Fetch the five resources concurrently and compute the scorecard, alerts and charts.

        Raises BackendError when a resource is neither online nor cached, InvalidPayload when
        the resources contradict each other (another merchant's series, wrong peer category).
        """
        api = self.api
        parts: dict[str, Future[Fetched[Any]]] = {
            "profile": self._pool.submit(api.merchant, merchant_id),
            "series": self._pool.submit(api.metrics, merchant_id),
            "promotions": self._pool.submit(api.promotions, merchant_id),
            "repayments": self._pool.submit(api.repayments, merchant_id),
        }
        guessed = self._categories.get(merchant_id)
        if guessed is not None:
            parts["peers"] = self._pool.submit(api.peers, guessed)
        try:
            profile: Fetched[MerchantProfile] = parts["profile"].result()
            category = profile.value.summary.category
            if guessed != category:  # not in the list yet, or re-categorised since
                parts["peers"] = self._pool.submit(api.peers, category)
            wait(parts.values())
            got = {name: future.result() for name, future in parts.items()}
        except BackendError as error:
            wait(parts.values())
            self.connection.report(error)
            raise
        return self._assemble(merchant_id, got)

    def _assemble(self, merchant_id: str, got: dict[str, Fetched[Any]]) -> MerchantDashboard:
        profile, series = got["profile"].value, got["series"].value
        promotions, repayments, peers = (
            got["promotions"].value,
            got["repayments"].value,
            got["peers"].value,
        )
        endpoint = f"/v1/merchants/{merchant_id}"
        if profile.summary.id != merchant_id:
            raise InvalidPayload(endpoint, f"asked for {merchant_id}, got {profile.summary.id}")
        try:
            scorecard = build_scorecard(series, promotions, repayments, peers, profile)
            alerts = check_covenants(series, repayments, profile)
            charts = build_charts(series, promotions, repayments, peers)
        except (ValueError, ArithmeticError, LookupError) as error:
            # Valid payloads one by one that do not fit together: a broken server, not a bug.
            log.warning("dashboard of %s: %s", merchant_id, error, exc_info=True)
            raise InvalidPayload(endpoint, str(error)) from error
        errors = [f.error for f in got.values() if f.error is not None]
        stale = any(f.stale for f in got.values())
        self.connection.report(errors[0] if errors else None)
        return MerchantDashboard(
            profile=profile,
            series=series,
            promotions=promotions,
            repayments=repayments,
            peers=peers,
            scorecard=scorecard,
            alerts=alerts,
            charts=charts,
            fetched_at=min(f.fetched_at for f in got.values()),
            stale=stale,
            error=errors[0] if errors else None,
        )

    def _observe(self, call: Callable[[], Fetched[Any]]) -> Fetched[Any]:
        try:
            got = call()
        except BackendError as error:
            self.connection.report(error)
            raise
        self.connection.report(got.error)
        return got
