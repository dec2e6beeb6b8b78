"""The merchant explorer against the hostile server: dashboards built from five resources in
parallel, stale when the backend fails, refused when the resources contradict each other."""

from __future__ import annotations

import time

import pytest

from app.backend.errors import BackendHttpError, BackendUnreachable, InvalidPayload
from app.domain.dashboard import DashboardCharts
from app.events import Connection
from app.services.merchants import MerchantExplorer
from tests.fixtures import payloads
from tests.fixtures.hostile import ok, slow, status

MID = "M00001"


@pytest.fixture
def explorer(api, bus):
    service = MerchantExplorer(api, bus)
    yield service
    service.close()


def test_list_merchants_returns_every_merchant(explorer, hostile_api):
    hostile_api.set("/v1/merchants", ok(payloads.page(range(1, 13), size=5000)))
    got = explorer.list_merchants()
    assert [m.id for m in got.value] == [payloads.merchant_id(i) for i in range(1, 13)]
    assert not got.stale


def test_dashboard_combines_the_five_resources(explorer, hostile_api, bus):
    hostile_api.serve(payloads.merchant_routes(1))
    board = explorer.dashboard(MID)
    assert board.merchant_id == MID
    assert board.series == payloads.series(1)
    assert board.peers.category == payloads.summary(1).category
    assert {c.key for c in board.scorecard.criteria} == {
        "growth",
        "return_rate",
        "dio",
        "promotions",
        "repayment",
        "integrity",
    }
    assert board.scorecard.as_of == payloads.AS_OF
    assert board.alerts == []
    assert isinstance(board.charts, DashboardCharts)
    assert (board.stale, board.error) == (False, None)
    assert bus.payloads("connection") == [Connection(True, None)]


def test_dashboard_fetches_in_parallel(explorer, hostile_api):
    hostile_api.set("/v1/merchants", ok(payloads.page(range(1, 3), size=5000)))
    explorer.list_merchants()  # teaches the explorer the category, so peers go out at once
    delay = 0.4
    hostile_api.serve(
        {path: slow(delay, ok(body)) for path, body in payloads.merchant_routes(1).items()}
    )
    started = time.monotonic()
    explorer.dashboard(MID)
    elapsed = time.monotonic() - started
    assert elapsed < 2 * delay, f"five {delay}s fetches took {elapsed:.2f}s: not concurrent"


def test_dashboard_is_served_stale_from_the_cache_when_a_part_fails(explorer, hostile_api, bus):
    hostile_api.serve(payloads.merchant_routes(1))
    good = explorer.dashboard(MID)
    hostile_api.set(f"/v1/merchants/{MID}/metrics", status(503, "maintenance", "back soon"))
    board = explorer.dashboard(MID)
    assert board.stale
    assert isinstance(board.error, BackendHttpError)
    assert board.series == good.series
    assert board.scorecard == good.scorecard
    assert bus.payloads("connection")[-1].online is False


def test_dashboard_with_nothing_cached_raises(explorer, hostile_api, bus):
    routes = payloads.merchant_routes(1)
    routes[f"/v1/merchants/{MID}/repayments"] = status(500)
    hostile_api.serve(routes)
    with pytest.raises(BackendHttpError):
        explorer.dashboard(MID)


def test_resources_of_another_merchant_are_refused(explorer, hostile_api):
    routes = payloads.merchant_routes(1)
    routes[f"/v1/merchants/{MID}/metrics"] = payloads.series(2)
    hostile_api.serve(routes)
    with pytest.raises(InvalidPayload, match="M00002"):
        explorer.dashboard(MID)


def test_a_profile_for_another_id_is_refused(explorer, hostile_api):
    routes = payloads.merchant_routes(1)
    routes[f"/v1/merchants/{MID}"] = payloads.profile(9)
    hostile_api.serve(routes)
    with pytest.raises(InvalidPayload, match="M00009"):
        explorer.dashboard(MID)


def test_offline_dashboard_comes_from_the_cache(api, bus, hostile_api, refused_url):
    from app.backend.cache import CachedApi
    from app.backend.client import ApiClient

    hostile_api.serve(payloads.merchant_routes(1))
    online = MerchantExplorer(api, bus)
    good = online.dashboard(MID)
    online.close()
    with ApiClient(refused_url, "t", retries=0) as client:
        offline = MerchantExplorer(CachedApi(client, api.db, api.profile), bus)
        board = offline.dashboard(MID)
        offline.close()
    assert board.stale
    assert isinstance(board.error, BackendUnreachable)
    assert board.charts == good.charts
    assert board.fetched_at <= good.fetched_at
    assert bus.payloads("connection") == [
        Connection(True, None),
        Connection(False, board.error),
    ]
