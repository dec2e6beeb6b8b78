"""A simulated day that passes while the portfolio loads changes nothing the screening reads: the
merchants' facts are asked for as of the screening's day (repro: on the sandbox's five-second
days, the Screener failed with "invalid data … a repayment is paid after the as-of date" when
the merchants page of the next day met the series of the day before)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import httpx
import pytest

from app.backend.bulk import BulkClient, check_merchants, read_stream
from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.backend.models import Health
from app.sandbox.launcher import SandboxProcess
from app.screener.loader import Screener
from app.storage import open_database


@pytest.fixture()
def api(sandbox_api: SandboxProcess):
    headers = {"Authorization": f"Bearer {sandbox_api.token}"}
    with httpx.Client(base_url=sandbox_api.api_url, headers=headers, timeout=30) as client:
        yield client


def _health(api: httpx.Client) -> Health:
    return Health.model_validate_json(api.get("/v1/health").content)


def _next_day(api: httpx.Client, day: dt.date) -> dt.date:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        today = _health(api).sim_date
        if today > day:
            return today
        time.sleep(0.1)
    raise AssertionError("no new simulated day was published")


def test_the_facts_as_of_a_day_are_that_days_after_the_day_passed(api: httpx.Client) -> None:
    health = _health(api)
    day = health.sim_date
    params = {"page": 1, "page_size": 60, "as_of": day.isoformat()}
    before = read_stream(api.get("/v1/bulk/merchants", params=params).content)
    _next_day(api, day)

    after = read_stream(api.get("/v1/bulk/merchants", params=params).content)

    check_merchants(after, 1, 60, health.merchant_count, day)  # nothing dated after the day
    for column in ("merchant_id", "promotions", "repayments"):
        assert after.column(column).equals(before.column(column)), column
    tomorrow = (_health(api).sim_date + dt.timedelta(days=1)).isoformat()
    refused = api.get("/v1/bulk/merchants", params={**params, "as_of": tomorrow})
    assert refused.status_code == 404 and "must lie within" in refused.json()["message"]


def test_screening_on_one_second_days_never_mixes_two_days(
    sandbox_api: SandboxProcess, tmp_path: Path
) -> None:
    client = ApiClient(sandbox_api.api_url, sandbox_api.token, timeout=60)
    api = CachedApi(client, open_database(tmp_path / "app.sqlite3"), "test")
    screener = Screener(api, BulkClient(client, tmp_path / "bulk"), tmp_path / "measures")
    days: set[dt.date] = set()
    deadline = time.monotonic() + 60
    while len(days) < 3 and time.monotonic() < deadline:  # loads across several day changes
        portfolio = screener.load()
        assert portfolio.count == 60
        days.add(portfolio.as_of)
    assert len(days) >= 3
