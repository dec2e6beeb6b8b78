"""The sandbox REST server over loopback, as a client sees it (the session's sandbox_api)."""

from __future__ import annotations

import time

import httpx
import pytest

from app.backend.models import (
    ApiError,
    Health,
    MerchantPage,
    MerchantProfile,
    MetricSeries,
    OfferingList,
    PeerStats,
    PromotionList,
    RepaymentList,
    RevenueReport,
    RevenueReportList,
)


@pytest.fixture()
def api(sandbox_api):
    headers = {"Authorization": f"Bearer {sandbox_api.token}"}
    with httpx.Client(base_url=sandbox_api.api_url, headers=headers, timeout=30) as client:
        yield client


def _wait_for_new_day(api: httpx.Client, version: int, timeout: float = 10.0) -> Health:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = Health.model_validate_json(api.get("/v1/health").content)
        if health.data_version > version:
            return health
        time.sleep(0.1)
    raise AssertionError("no new simulated day was published")


def test_health_is_public_and_time_passes(sandbox_api, api):
    first = Health.model_validate_json(httpx.get(f"{sandbox_api.api_url}/v1/health").content)
    assert first.merchant_count == 60
    later = _wait_for_new_day(api, first.data_version)
    assert later.sim_date > first.sim_date


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic abc", "Bearer"])
def test_data_needs_the_token(sandbox_api, header):
    headers = {"Authorization": header} if header else {}
    answer = httpx.get(f"{sandbox_api.api_url}/v1/merchants", headers=headers)
    assert answer.status_code == 401
    assert ApiError.model_validate_json(answer.content).error == "unauthorized"


def test_merchant_list_pages_and_filters(api):
    everyone = MerchantPage.model_validate_json(api.get("/v1/merchants?page_size=5000").content)
    assert everyone.total == 60 == len(everyone.items)
    assert [m.id for m in everyone.items] == sorted(m.id for m in everyone.items)
    page2 = MerchantPage.model_validate_json(api.get("/v1/merchants?page=2&page_size=25").content)
    assert [m.id for m in page2.items] == [m.id for m in everyone.items[25:50]]
    tokenized = MerchantPage.model_validate_json(api.get("/v1/merchants?tokenized=true").content)
    assert len(tokenized.items) >= 12 and all(m.token_symbol for m in tokenized.items)
    some = everyone.items[5]
    by_city = MerchantPage.model_validate_json(
        api.get("/v1/merchants", params={"city": some.city.value, "min_score": 40}).content
    )
    assert by_city.items and all(m.city is some.city and m.score >= 40 for m in by_city.items)
    needle = some.name[1:5].upper()
    found = MerchantPage.model_validate_json(api.get("/v1/merchants", params={"q": needle}).content)
    assert some.id in {m.id for m in found.items}
    assert all(needle.lower() in m.name.lower() for m in found.items)


def test_merchant_payloads_validate(api):
    profile = MerchantProfile.model_validate_json(api.get("/v1/merchants/M00003").content)
    assert profile.summary.id == "M00003"
    series = MetricSeries.model_validate_json(api.get("/v1/merchants/M00003/metrics").content)
    assert series.days >= 790
    PromotionList.model_validate_json(api.get("/v1/merchants/M00003/promotions").content)
    RepaymentList.model_validate_json(api.get("/v1/merchants/M00003/repayments").content)
    category = profile.summary.category.value.replace("&", "%26").replace(" ", "%20")
    peers = PeerStats.model_validate_json(api.get(f"/v1/peers/{category}").content)
    assert peers.category is profile.summary.category and peers.merchant_count >= 1


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/v1/merchants/M99999", 404),
        ("/v1/merchants/M99999/metrics", 404),
        ("/v1/merchants/42", 422),
        ("/v1/merchants?page_size=5001", 422),
        ("/v1/merchants?city=Paris", 422),
        ("/v1/peers/Gardening", 422),
        ("/v1/offerings/OFF-9999", 404),
        ("/v1/tokens/PSTNONE/reports", 404),
        ("/v1/tokens/PSTNONE/reports/2026-13", 422),
        ("/v1/no-such-thing", 404),
    ],
)
def test_errors_carry_api_error_bodies(api, path, status):
    answer = api.get(path)
    assert answer.status_code == status
    assert ApiError.model_validate_json(answer.content).message


def test_etags_answer_304_until_the_day_changes(api):
    first = api.get("/v1/merchants/M00007/metrics")
    etag = first.headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"')
    health = Health.model_validate_json(api.get("/v1/health").content)
    same = api.get("/v1/merchants/M00007/metrics", headers={"If-None-Match": etag})
    if same.status_code == 200:  # the day turned in between; then the tag must have changed
        assert same.headers["ETag"] != etag
    else:
        assert same.status_code == 304 and not same.content
    _wait_for_new_day(api, health.data_version)
    changed = api.get("/v1/merchants/M00007/metrics", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag
    assert (
        MetricSeries.model_validate_json(changed.content).days
        > MetricSeries.model_validate_json(first.content).days
    )


def test_offerings_and_reports(api):
    offerings = OfferingList.model_validate_json(api.get("/v1/offerings").content).items
    assert len(offerings) >= 12
    closed = OfferingList.model_validate_json(api.get("/v1/offerings?status=closed").content).items
    assert closed and all(o.status.value == "closed" for o in closed)
    symbol = closed[0].token_symbol
    reports = RevenueReportList.model_validate_json(api.get(f"/v1/tokens/{symbol}/reports").content)
    assert reports.items
    last = reports.items[-1]
    one = RevenueReport.model_validate_json(
        api.get(f"/v1/tokens/{symbol}/reports/{last.period}").content
    )
    assert one == last
    assert api.get(f"/v1/tokens/{symbol}/reports/2001-01").status_code == 404


@pytest.mark.parametrize("path", ["/v1/merchants?citty=Shenzhen", "/v1/health?verbose=1"])
def test_an_unknown_query_parameter_is_refused_not_ignored(api, path):
    answer = api.get(path)
    assert answer.status_code == 422
    problem = ApiError.model_validate_json(answer.content)
    assert problem.error == "invalid_request" and "Unknown query parameter" in problem.message
