"""The client, the cache, the explorer and the monitor against the real sandbox server: every
payload it serves passes strict validation, ETags give 304s, dashboards build from real data, and
new simulated days reach the bus well within the 10 seconds the issue allows."""

from __future__ import annotations

import threading
import time

import pytest

from app.backend import resources
from app.backend.cache import CachedApi
from app.backend.canonical import verify_report
from app.backend.client import NOT_MODIFIED, ApiClient, Fresh, check_schema
from app.backend.errors import BackendNotFound, BackendUnauthorized
from app.events import EventBus
from app.services.merchants import MerchantExplorer
from app.services.monitor import LiveMonitor
from app.storage import open_database


@pytest.fixture
def client(sandbox_api):
    with ApiClient(sandbox_api.api_url, sandbox_api.token, timeout=10.0) as api_client:
        yield api_client


@pytest.fixture
def cached(client, tmp_path):
    db = open_database(tmp_path / "store.sqlite3")
    yield CachedApi(client, db, "sandbox")
    db.close()


def test_health_is_compatible(client):
    health = client.health()
    check_schema(health)
    assert health.merchant_count == 60


def test_the_whole_list_and_filters_validate(cached, client):
    everyone = cached.all_merchants()
    assert len(everyone.value) == 60
    assert [m.id for m in everyone.value] == sorted(m.id for m in everyone.value)
    one = everyone.value[7]
    found = client.merchants(q=one.name.upper(), page_size=100).items
    assert one.id in {m.id for m in found}
    tokenized = client.merchants(tokenized=True, page_size=100).items
    assert tokenized and all(m.tokenized for m in tokenized)


def test_etag_gives_304_until_new_data(client):
    # A simulated day passes every second, so allow a few tries for a pair within one day.
    for _ in range(5):
        first = client.fetch(resources.metrics("M00001"))
        assert isinstance(first, Fresh) and first.etag
        if client.fetch(resources.metrics("M00001"), etag=first.etag) is NOT_MODIFIED:
            return
    pytest.fail("the sandbox never answered 304 to its own ETag")


def test_dashboards_build_from_real_data(cached):
    explorer = MerchantExplorer(cached, EventBus())
    try:
        merchants = explorer.list_merchants().value
        chosen = merchants[:4] + [m for m in merchants if m.tokenized][:2]
        for merchant in chosen:
            board = explorer.dashboard(merchant.id)
            assert board.profile.summary.id == merchant.id
            assert len(board.scorecard.criteria) == 6
            assert board.series.days >= 730
            assert not board.stale
    finally:
        explorer.close()


def test_offerings_and_reports_validate_and_hash(client):
    offerings = client.offerings().items
    assert offerings
    reports = client.reports(offerings[0].token_symbol).items
    assert reports
    assert all(verify_report(r) for r in reports)
    again = client.report(reports[-1].token_symbol, reports[-1].period)
    assert again == reports[-1]


def test_typed_errors_from_the_real_server(client, sandbox_api):
    with pytest.raises(BackendNotFound):
        client.merchant("M99999")
    stranger = ApiClient(sandbox_api.api_url, "wrong-token")
    with stranger, pytest.raises(BackendUnauthorized):
        stranger.merchants()


def test_the_monitor_notices_new_days_within_seconds(cached):
    bus = EventBus()
    updated, refreshed = threading.Event(), threading.Event()
    boards = []
    bus.subscribe("merchants.updated", lambda _t, _p: updated.set())
    bus.subscribe("dashboard.updated", lambda _t, p: (boards.append(p), refreshed.set()))
    monitor = LiveMonitor(cached, bus, interval=0.5)
    monitor.watch("M00002")
    started = time.monotonic()
    monitor.start()
    try:
        assert updated.wait(10), "no merchants.updated within 10 s"
        noticed = time.monotonic() - started
        assert refreshed.wait(10), "the watched dashboard was not refreshed"
    finally:
        monitor.stop()
    assert noticed < 5  # one simulated day per second, polled every 0.5 s
    assert boards[0].profile.summary.id == "M00002"
