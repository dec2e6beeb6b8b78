"""The live monitor on a real polling thread against the hostile server: new data, connection
loss and recovery, dashboard refreshes and new alerts all arrive on the bus; stop is prompt."""

from __future__ import annotations

import time

import pytest

from app.backend.errors import BackendHttpError
from app.events import Changes, Connection
from app.services.merchants import MerchantDashboard, MerchantExplorer
from app.services.monitor import AlertsRaised, LiveMonitor
from tests.fixtures import payloads
from tests.fixtures.hostile import ok, slow, status

MID = "M00001"
INTERVAL = 0.05


def wait_until(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


@pytest.fixture
def monitor(api, bus):
    service = LiveMonitor(api, bus, interval=INTERVAL)
    yield service
    service.stop()


def test_new_data_version_publishes_merchants_updated(monitor, hostile_api, bus):
    hostile_api.set("/v1/health", ok(payloads.health(data_version=1)))
    monitor.start()
    wait_until(lambda: monitor.data_version == 1)
    assert bus.payloads("merchants.updated") == []  # the first version seen is no news
    hostile_api.set("/v1/health", ok(payloads.health(data_version=2)))
    assert bus.wait_for("merchants.updated") == [Changes(merchants=True)]
    assert monitor.data_version == 2


def test_connection_loss_and_recovery_are_published_once_each(monitor, hostile_api, bus):
    hostile_api.set("/v1/health", ok(payloads.health(1)))
    monitor.start()
    bus.wait_for("connection")
    hostile_api.set("/v1/health", status(503, "maintenance", "back soon"))
    lost = bus.wait_for("connection", 2)[1]
    assert lost.online is False
    assert isinstance(lost.error, BackendHttpError)
    polls = hostile_api.count("/v1/health")
    wait_until(lambda: hostile_api.count("/v1/health") >= polls + 3)  # several failing rounds...
    assert len(bus.payloads("connection")) == 2  # ...announced once
    hostile_api.set("/v1/health", ok(payloads.health(1)))
    assert bus.wait_for("connection", 3)[2] == Connection(True, None)
    # the list on screen may be a cached copy: recovery asks for a reload
    assert bus.wait_for("merchants.updated") == [Changes(merchants=True)]


def test_incompatible_schema_counts_as_offline(monitor, hostile_api, bus):
    hostile_api.set("/v1/health", ok(payloads.health(1, schema_version="2.0")))
    monitor.start()
    event = bus.wait_for("connection")[0]
    assert event.online is False
    assert "schema" in event.error.user_message


def test_watched_dashboards_refresh_on_new_data_and_raise_new_alerts(hostile_api, bus, api):
    hostile_api.set("/v1/health", ok(payloads.health(data_version=1)))
    hostile_api.serve(payloads.merchant_routes(1))
    explorer = MerchantExplorer(api, bus)
    shown = explorer.dashboard(MID)  # what the page shows, before monitoring starts
    monitor = LiveMonitor(api, bus, interval=INTERVAL, explorer=explorer)
    monitor.watch(MID, shown)
    monitor.start()
    wait_until(lambda: monitor.data_version == 1)

    slump = payloads.series(1, slump_days=30)
    hostile_api.set(f"/v1/merchants/{MID}/metrics", ok(slump, etag='"slump"'))
    hostile_api.set("/v1/health", ok(payloads.health(data_version=2)))

    board = bus.wait_for("dashboard.updated")[0]
    assert isinstance(board, MerchantDashboard)
    assert board.series == slump
    raised = bus.wait_for("alerts.raised")[0]
    assert isinstance(raised, AlertsRaised)
    assert raised.merchant_id == MID
    assert [(a.covenant, a.severity) for a in raised] == [("revenue_drop", "breach")]

    # the same alert on the next day's data is not news
    hostile_api.set("/v1/health", ok(payloads.health(data_version=3)))
    bus.wait_for("dashboard.updated", 2)
    assert len(bus.payloads("alerts.raised")) == 1
    monitor.stop()
    explorer.close()
    assert len(bus.payloads("connection")) == 1  # one tracker shared by explorer and monitor


def test_watch_without_a_dashboard_learns_the_baseline_quietly(monitor, hostile_api, bus):
    hostile_api.set("/v1/health", ok(payloads.health(data_version=1)))
    routes = payloads.merchant_routes(1)
    routes[f"/v1/merchants/{MID}/metrics"] = payloads.series(1, slump_days=30)
    hostile_api.serve(routes)
    monitor.start()
    monitor.watch(MID)
    wait_until(lambda: hostile_api.count(f"/v1/merchants/{MID}/metrics") > 0)
    hostile_api.set("/v1/health", ok(payloads.health(data_version=2)))
    bus.wait_for("dashboard.updated")
    assert bus.payloads("alerts.raised") == []  # the breach was already there when watched


def test_unwatched_merchants_are_not_fetched(monitor, hostile_api, bus):
    hostile_api.set("/v1/health", ok(payloads.health(data_version=1)))
    hostile_api.serve(payloads.merchant_routes(1))
    monitor.watch(MID)
    monitor.unwatch(MID)
    assert monitor.watched() == []
    monitor.start()
    wait_until(lambda: monitor.data_version == 1)
    hostile_api.set("/v1/health", ok(payloads.health(data_version=2)))
    bus.wait_for("merchants.updated")
    assert hostile_api.count(f"/v1/merchants/{MID}") == 0


def test_stop_is_prompt_even_with_a_long_interval(api, bus, hostile_api):
    hostile_api.set("/v1/health", ok(payloads.health(1)))
    monitor = LiveMonitor(api, bus, interval=60)
    monitor.start()
    bus.wait_for("connection")
    started = time.monotonic()
    monitor.stop()
    assert time.monotonic() - started < 1.0
    assert not monitor.running


def test_interval_is_validated(api, bus):
    with pytest.raises(ValueError, match="interval"):
        LiveMonitor(api, bus, interval=0)


def test_a_hung_server_shows_offline_after_one_timeout(hostile_api, db, bus):
    from app.backend.cache import CachedApi
    from app.backend.client import ApiClient

    hostile_api.set("/v1/health", slow(5.0, ok(payloads.health(1))))
    client = ApiClient(hostile_api.url, hostile_api.token, timeout=0.2, retries=3, backoff=0.01)
    monitor = LiveMonitor(CachedApi(client, db), bus, interval=60)
    monitor.start()
    try:
        lost = bus.wait_for("connection")[0]
        assert lost.online is False
        assert hostile_api.count("/v1/health") == 1  # polls are not retried: the next poll is
    finally:
        monitor.stop()
        client.close()
