"""A merchants page cut right after its schema, or short, stops the screening with a clear error
and is not cached (repro: page 2 cut after its schema, and the funnel showed "All stores 200"
while the platform's health said 300; the short page was cached under the server's ETag)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pyarrow as pa
import pytest

from app.backend.bulk import PAGE_SIZE, BulkClient, merchants_resource, read_stream
from app.backend.bulk_schema import write_stream
from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.backend.errors import InvalidPayload
from app.domain import scorer
from app.sandbox.launcher import SandboxProcess
from app.screener.loader import Screener
from app.storage import open_database
from tests.fixtures.hostile import HostileServer, Reply

ARROW = (("Content-Type", "application/vnd.apache.arrow.stream"),)


def _real_page(sandbox: SandboxProcess) -> tuple[pa.Table, str]:
    headers = {"Authorization": f"Bearer {sandbox.token}"}
    with httpx.Client(base_url=sandbox.api_url, headers=headers, timeout=60) as http:
        as_of = http.get("/v1/health").json()["sim_date"]
        params = {"page": 1, "page_size": PAGE_SIZE, "as_of": as_of}
        answer = http.get("/v1/bulk/merchants", params=params)
    return read_stream(answer.content), answer.headers["ETag"]


CUTS = {  # the body sent, and how many merchants it holds
    "cut-after-schema": (lambda table: write_stream(table.slice(0, 0))[:-8], 0),  # no end marker
    "short": (lambda table: write_stream(table.slice(0, 200)), 200),
}


@pytest.mark.parametrize("cut", CUTS)
def test_a_short_merchants_page_stops_the_screening_and_is_not_cached(
    screening_sandbox: SandboxProcess, hostile_api: HostileServer, tmp_path: Path, cut: str
) -> None:
    hostile_api.token, hostile_api.upstream = screening_sandbox.token, screening_sandbox.api_url
    table, etag = _real_page(screening_sandbox)
    assert table.num_rows == 300  # the whole portfolio on one page
    body_of, shown = CUTS[cut]
    hostile_api.set("/v1/bulk/merchants", Reply(body=body_of(table), headers=ARROW, etag=etag))
    client = ApiClient(hostile_api.url, hostile_api.token, timeout=60, retries=0)
    api = CachedApi(client, open_database(tmp_path / "app.sqlite3"), "test")
    bulk = BulkClient(client, tmp_path / "bulk")
    screener = Screener(api, bulk, tmp_path / "measures")

    with pytest.raises(InvalidPayload) as refused:
        screener.load()

    said = refused.value.user_message
    assert f"{shown} merchants on page 1, expected 300" in said, said
    as_of = api.health().value.sim_date
    body, meta = bulk._paths(merchants_resource(1, PAGE_SIZE, as_of))
    assert not body.exists() and not meta.exists()

    hostile_api.unset("/v1/bulk/merchants")  # the server's own page again
    assert screener.load().count == 300


def test_no_pages_concatenate_to_no_merchants() -> None:
    assert scorer.Measures.concat([]).count == 0
