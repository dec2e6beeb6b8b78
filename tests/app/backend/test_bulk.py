"""The bulk client against the real sandbox server, and against a hostile one for data that
must be refused without harming the cache."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest

from app.backend.bulk import BulkClient
from app.backend.bulk_schema import MERCHANT_SCHEMA, SERIES_COLUMNS, SERIES_SCHEMA, write_stream
from app.backend.client import ApiClient
from app.backend.errors import BackendHttpError, InvalidPayload
from app.sandbox.launcher import SandboxProcess
from tests.fixtures.hostile import HostileServer, Reply, ok

START = dt.date(2026, 1, 1)
END = dt.date(2026, 1, 3)


def series_table(ids: list[str], days: int = 3, start: dt.date = START, **columns: list[int]):
    rows = len(ids) * days
    data = {
        "merchant_id": pa.DictionaryArray.from_arrays(
            pa.array([i for i in range(len(ids)) for _ in range(days)], pa.int32()),
            pa.array(ids),
        ),
        "day": pa.array([start + dt.timedelta(days=d) for _ in ids for d in range(days)]),
    }
    for name in SERIES_COLUMNS:
        data[name] = pa.array(columns.get(name, [7] * rows), pa.int64())
    return pa.Table.from_pydict(data, schema=SERIES_SCHEMA)


def page_route(page: int = 1) -> str:
    return f"/v1/bulk/series?page={page}&start={START.isoformat()}&end={END.isoformat()}"


def cut_after_schema(table: pa.Table) -> bytes:
    """The stream up to the end of its schema message: readable, and a table of no rows (the
    last 8 bytes of a stream with no batch are its end-of-stream marker)."""
    return write_stream(table.slice(0, 0))[:-8]


def reply(table: pa.Table, etag: str | None = None, span: str | None = None) -> Reply:
    """`span`: the X-Merchant-Range the server says the page holds (None: no such header)."""
    headers = [("Content-Type", "application/vnd.apache.arrow.stream")]
    if span is not None:
        headers.append(("X-Merchant-Range", span))
    return Reply(body=write_stream(table), headers=tuple(headers), etag=etag)


# -- the real server ---------------------------------------------------------------------------


def test_pages_validate_cache_and_revalidate(
    screening_sandbox: SandboxProcess, tmp_path: Path
) -> None:
    with ApiClient(screening_sandbox.api_url, screening_sandbox.token, timeout=60) as client:
        health = client.health()
        as_of, total = health.sim_date, health.merchant_count
        bulk = BulkClient(client, tmp_path)
        start = as_of.replace(day=1)
        series = bulk.series_page(1, 100, start, as_of, total=total)
        merchants = bulk.merchants_page(1, 100, as_of, total=total)
        assert series.fresh and merchants.fresh and series.etag and merchants.etag
        assert series.table is not None and merchants.table is not None
        days = (as_of - start).days + 1
        assert series.table.num_rows == 100 * days
        assert series.table.schema.equals(SERIES_SCHEMA)
        assert merchants.table.schema.equals(MERCHANT_SCHEMA)
        assert merchants.table.column("merchant_id").to_pylist()[:2] == ["M00001", "M00002"]
        assert len(list(tmp_path.glob("*.arrow"))) == 2

        # A warm start: a new client on the same directory gets 304s and reads its own copy.
        again = BulkClient(client, tmp_path)
        cached = again.series_page(1, 100, start, as_of, total=total)
        assert not cached.fresh and cached.etag == series.etag
        assert cached.table is not None and cached.table.equals(series.table)
        head = again.merchants_page(1, 100, as_of, total=total, load=False)
        assert not head.fresh and head.table is None

        # The whole history, from the server's first day, is another page with its own ETag.
        history = bulk.series_page(1, 10, None, as_of, total=total)
        assert history.table is not None
        assert history.table.column("day")[0].as_py() < start
        assert history.etag != series.etag


def test_a_period_outside_the_history_is_refused(
    screening_sandbox: SandboxProcess, tmp_path: Path
) -> None:
    with ApiClient(screening_sandbox.api_url, screening_sandbox.token) as client:
        health = client.health()
        as_of = health.sim_date
        bulk = BulkClient(client, tmp_path)
        with pytest.raises(BackendHttpError) as refused:
            bulk.series_page(
                1, 10, as_of, as_of + dt.timedelta(days=1), total=health.merchant_count
            )
        assert refused.value.status == 404


def test_openapi_documents_the_bulk_endpoints() -> None:
    import json

    from app.resources import resource_path

    document = json.loads(resource_path("api", "openapi.json").read_text(encoding="utf-8"))
    for path in ("/v1/bulk/series", "/v1/bulk/merchants"):
        answer = document["paths"][path]["get"]["responses"]["200"]
        assert "application/vnd.apache.arrow.stream" in answer["content"]
        assert "ETag" in answer["headers"]


# -- a hostile server --------------------------------------------------------------------------

GOOD = series_table(["M00001", "M00002"])


def cached_page(hostile_api: HostileServer, tmp_path: Path) -> tuple[BulkClient, bytes]:
    hostile_api.set(page_route(), reply(GOOD, etag='"v1"', span="M00001-M00002"))
    bulk = BulkClient(ApiClient(hostile_api.url, hostile_api.token, retries=0), tmp_path)
    page = bulk.series_page(1, 1000, START, END, total=2)
    assert page.fresh and page.table is not None and page.table.equals(GOOD)
    (body,) = tmp_path.glob("*.arrow")
    return bulk, body.read_bytes()


def assert_cache_intact(bulk: BulkClient, hostile_api: HostileServer, tmp_path: Path, body: bytes):
    (stored,) = tmp_path.glob("*.arrow")
    assert stored.read_bytes() == body
    hostile_api.set(page_route(), reply(GOOD, etag='"v1"'))  # the server recovers: 304
    page = bulk.series_page(1, 1000, START, END, total=2)
    assert not page.fresh and page.table is not None and page.table.equals(GOOD)


@pytest.mark.parametrize(
    ("bad", "said"),
    [
        (Reply(body=write_stream(GOOD)[: len(write_stream(GOOD)) // 2]),
         "not a readable Arrow stream"),
        (Reply(body=b"{\"items\": []}"), "not a readable Arrow stream"),
        (reply(GOOD.set_column(2, pa.field("gmv_platform", pa.int32(), nullable=False),
                               GOOD.column("gmv_platform").cast(pa.int32()))),
         "'gmv_platform' is int32, expected int64"),
        (reply(GOOD.drop_columns(["cogs_platform"])), "'cogs_platform' is missing"),
        (reply(series_table(["M00001", "M00002"], orders_platform=[1, 2, -3, 4, 5, 6])),
         "'orders_platform' has a negative count"),
        (reply(series_table(["M00001", "M00002"], start=START + dt.timedelta(days=2))),
         "outside the period"),
        (reply(series_table(["M00002", "M00001"])), "not in ascending order"),
        (reply(series_table(["M00001", "M00002"], days=2)), "not whole merchants"),
        (Reply(body=cut_after_schema(GOOD), headers=reply(GOOD).headers),
         "0 merchants on page 1, expected 2"),
        (reply(series_table(["M00001"])), "1 merchants on page 1, expected 2"),
        (reply(series_table(["M00002", "M00003"])), "holds M00002-M00003, not M00001-M00002"),
        # The rows are the page's, but the server's header names another range (or a wider one).
        (reply(GOOD, span="M00002-M00003"),
         "the server says the page holds 'M00002-M00003', not M00001-M00002"),
        (reply(GOOD, span="M00001-M00003"),
         "the server says the page holds 'M00001-M00003', not M00001-M00002"),
    ],
    ids=["truncated", "json", "mistyped", "missing-column", "negative-count", "dates-out-of-range",
         "unordered-ids", "missing-days", "cut-after-schema", "short-page", "another-range",
         "header-another-range", "header-wider-range"],
)  # fmt: skip
def test_bad_pages_are_refused_and_the_cache_is_kept(
    hostile_api: HostileServer, tmp_path: Path, bad: Reply, said: str
) -> None:
    bulk, body = cached_page(hostile_api, tmp_path)
    hostile_api.set(page_route(), Reply(bad.status, bad.body, bad.headers, '"v2"'))
    with pytest.raises(InvalidPayload) as refused:
        bulk.series_page(1, 1000, START, END, total=2)
    assert said in refused.value.user_message and "/v1/bulk/series" in refused.value.user_message
    assert_cache_intact(bulk, hostile_api, tmp_path, body)


def test_a_damaged_cache_copy_is_fetched_again(hostile_api: HostileServer, tmp_path: Path) -> None:
    bulk, _ = cached_page(hostile_api, tmp_path)
    (stored,) = tmp_path.glob("*.arrow")
    stored.write_bytes(stored.read_bytes()[:-10])
    page = bulk.series_page(1, 1000, START, END, total=2)  # 304 for the ETag, then the body again
    assert page.fresh and page.table is not None and page.table.equals(GOOD)
    assert hostile_api.count("/v1/bulk/series") == 3
    assert "if-none-match" not in hostile_api.requests[-1].headers


def test_merchant_facts_are_checked(hostile_api: HostileServer, tmp_path: Path) -> None:
    row = {
        "merchant_id": "M00001", "name": "A", "category": "Apparel", "tokenized": False,
        "underwriter_score": 101, "promotions": [], "repayments": [],
    }  # fmt: skip
    table = pa.Table.from_pylist([row], schema=MERCHANT_SCHEMA)
    hostile_api.set("/v1/bulk/merchants", reply(table))
    bulk = BulkClient(ApiClient(hostile_api.url, hostile_api.token, retries=0), tmp_path)
    with pytest.raises(InvalidPayload, match="score is outside 0..100"):
        bulk.merchants_page(1, 1000, END, total=1)
    assert not list(tmp_path.glob("*.arrow"))
    hostile_api.set("/v1/bulk/merchants", ok(b"\x00" * 10))
    with pytest.raises(InvalidPayload, match="not a readable Arrow stream"):
        bulk.merchants_page(1, 1000, END, total=1)
