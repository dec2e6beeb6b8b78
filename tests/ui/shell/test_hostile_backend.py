"""A hostile or broken server: each bad answer shows a clear message in the window (no
traceback, no crash) and what was on screen, and in the cache, stays."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from app.backend import resources
from tests.fixtures import payloads
from tests.fixtures.hostile import mutated, ok, slow, status, truncated
from tests.ui.helpers import gui_over

MERCHANTS = 30
LISTING = payloads.page(range(1, MERCHANTS + 1), size=5000)


def wrong_types(data: dict) -> None:
    data["items"][0]["score"] = "excellent"
    data["items"][1]["gmv_12m"] = 10**40  # a huge number


def missing_field(data: dict) -> None:
    del data["items"][2]["city"]


BAD_LISTS = {
    "truncated JSON": (truncated(LISTING), "invalid answer"),
    "wrong types and huge numbers": (mutated(LISTING, wrong_types), "invalid answer"),
    "missing field": (mutated(LISTING, missing_field), "invalid answer"),
    "server error": (status(500, "internal", "database on fire"), "HTTP 500"),
    "slow answer": (slow(3.0, ok(LISTING)), "did not answer within 0.5 seconds"),
}


def shown_error(widget) -> str:  # noqa: ANN001
    label = widget.error
    assert isinstance(label, QLabel)
    return label.text() if label.isVisible() else ""


@pytest.mark.parametrize("kind", list(BAD_LISTS))
def test_bad_list_answer_shows_an_error_and_keeps_the_rows(qtbot, hostile_api, tmp_path, kind):
    reply, words = BAD_LISTS[kind]
    hostile_api.set("/v1/merchants", ok(LISTING))
    store = tmp_path / "store.db"
    with gui_over(qtbot, hostile_api.url, hostile_api.token, store, timeout=0.5, retries=0) as gui:
        page = gui.merchants
        qtbot.waitUntil(lambda: page.model.rowCount() == MERCHANTS)
        assert not page.banner.isVisible() and shown_error(page) == ""

        hostile_api.set("/v1/merchants", reply)
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.refresh_button.click()
        message = shown_error(page)
        assert words in message, message
        assert "Traceback" not in message
        assert page.model.rowCount() == MERCHANTS  # still on screen
        assert page.banner.isVisible()
        assert "showing" in page.banner.text().lower() and "ago" in page.banner.text()
        assert page.count.text() == f"{MERCHANTS} of {MERCHANTS} merchants"

        # The cache still holds the last good list, untouched by the bad answer.
        cached = gui.api.cached(resources.merchants(1, 5000))
        assert cached is not None and len(cached.value.items) == MERCHANTS

        # When the server recovers, the error and the banner go away.
        hostile_api.set("/v1/merchants", ok(LISTING))
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.refresh_button.click()
        assert shown_error(page) == "" and not page.banner.isVisible()


def test_no_cache_and_a_broken_server_shows_the_error_in_the_page(qtbot, hostile_api, tmp_path):
    hostile_api.set("/v1/merchants", status(503, "unavailable", "maintenance"))
    with gui_over(
        qtbot, hostile_api.url, hostile_api.token, tmp_path / "s.db", timeout=0.5, retries=0
    ) as gui:
        page = gui.merchants
        qtbot.waitUntil(lambda: shown_error(page) != "", timeout=10_000)
        assert "HTTP 503" in shown_error(page)
        assert page.model.rowCount() == 0


BAD_DASHBOARDS = {
    "truncated series": ("metrics", lambda p: truncated(p), "invalid answer"),
    "huge numbers": (
        "metrics",
        lambda p: mutated(p, lambda d: d["metrics"]["gmv"]["platform"].__setitem__(0, 10**40)),
        "invalid answer",
    ),
    "server error": ("repayments", lambda p: status(500), "HTTP 500"),
    "slow answer": ("promotions", lambda p: slow(3.0, ok(p)), "did not answer"),
}


@pytest.mark.parametrize("kind", list(BAD_DASHBOARDS))
def test_bad_dashboard_answer_keeps_the_drawn_dashboard(qtbot, hostile_api, tmp_path, kind):
    part, bad, words = BAD_DASHBOARDS[kind]
    routes = payloads.merchant_routes(3)
    hostile_api.serve({"/v1/merchants": payloads.page(range(1, 6), size=5000), **routes})
    with gui_over(
        qtbot, hostile_api.url, hostile_api.token, tmp_path / "s.db", timeout=0.5, retries=0
    ) as gui:
        dashboard = gui.dashboard
        with qtbot.waitSignal(dashboard.shown, timeout=10_000) as first:
            gui.window.open_merchant("M00003")
        drawn = first.args[0]
        assert not dashboard.error.isVisible()

        path = f"/v1/merchants/M00003/{part}"
        hostile_api.set(path, bad(routes[path]))
        with qtbot.waitSignal(dashboard.shown, timeout=10_000) as again:
            dashboard.reload()
        served = again.args[0]
        assert served.stale and served.scorecard == drawn.scorecard  # the cached copy
        assert words in shown_error(dashboard)
        assert dashboard.banner.isVisible()
        assert "M00003" in dashboard.name.text()


def test_dashboard_without_cache_shows_the_error_in_the_page(qtbot, hostile_api, tmp_path):
    routes = payloads.merchant_routes(4)
    routes["/v1/merchants/M00004/metrics"] = truncated(routes["/v1/merchants/M00004/metrics"])
    hostile_api.serve({"/v1/merchants": payloads.page(range(1, 6), size=5000), **routes})
    with gui_over(
        qtbot, hostile_api.url, hostile_api.token, tmp_path / "s.db", timeout=0.5, retries=0
    ) as gui:
        dashboard = gui.dashboard
        with qtbot.waitSignal(dashboard.failed, timeout=10_000) as failed:
            gui.window.open_merchant("M00004")
        assert "invalid answer" in failed.args[0]
        assert shown_error(dashboard) == failed.args[0]
        assert dashboard.state.text() == "Could not load"
