"""The SQLite-backed cache: 304s reuse the stored copy, failures serve it stale with its age,
and nothing bad ever replaces a good copy."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from app.backend import resources
from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.backend.errors import (
    BackendHttpError,
    BackendNotFound,
    BackendTimeout,
    BackendUnreachable,
    InvalidPayload,
)
from app.storage.schema import HttpCacheEntry
from tests.fixtures import payloads
from tests.fixtures.hostile import mutated, ok, slow, status, truncated

PROFILE = "/v1/merchants/M00001"


@pytest.fixture
def api(hostile_api, db):
    client = ApiClient(hostile_api.url, hostile_api.token, timeout=0.5, retries=1, backoff=0.01)
    yield CachedApi(client, db, "sandbox")
    client.close()


def row(db, key=PROFILE, profile="sandbox") -> HttpCacheEntry | None:
    with db.session() as session:
        return session.scalars(
            select(HttpCacheEntry).where(
                HttpCacheEntry.profile == profile, HttpCacheEntry.resource == key
            )
        ).one_or_none()


def test_a_fresh_answer_is_stored_with_its_etag(api, hostile_api, db):
    hostile_api.set(PROFILE, ok(payloads.profile(1), etag='"p1"'))
    got = api.merchant("M00001")
    assert (got.stale, got.error) == (False, None)
    assert got.value == payloads.profile(1)
    assert got.age < dt.timedelta(seconds=5)
    stored = row(db)
    assert stored is not None
    assert (stored.kind, stored.etag, stored.size) == ("merchant", '"p1"', len(stored.body))
    assert payloads.profile(1).model_validate_json(stored.body) == got.value


def test_a_304_reuses_the_cached_copy_and_refreshes_its_time(api, hostile_api, db):
    hostile_api.set(PROFILE, ok(payloads.profile(1), etag='"p1"'))
    api.merchant("M00001")
    with db.session() as session:
        session.execute(
            update(HttpCacheEntry).values(fetched_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
        )
    got = api.merchant("M00001")
    assert hostile_api.last(PROFILE).headers["if-none-match"] == '"p1"'
    assert got.value == payloads.profile(1)
    assert (got.stale, got.error) == (False, None)
    assert got.age < dt.timedelta(minutes=1)  # confirmed current just now
    assert row(db).fetched_at.year > 2020


def test_a_304_works_from_a_fresh_process_reading_the_database(hostile_api, db):
    hostile_api.set(PROFILE, ok(payloads.profile(1), etag='"p1"'))
    with ApiClient(hostile_api.url, hostile_api.token) as client:
        CachedApi(client, db).merchant("M00001")
        again = CachedApi(client, db).merchant("M00001")  # no memo: parsed from SQLite
    assert again.value == payloads.profile(1)
    assert hostile_api.count(PROFILE) == 2


@pytest.mark.parametrize(
    ("failure", "error_type"),
    [
        (status(500, "internal", "boom"), BackendHttpError),
        (status(503), BackendHttpError),
        (truncated(payloads.profile(2)), InvalidPayload),
        (mutated(payloads.profile(2), lambda d: d.pop("summary")), InvalidPayload),
        (
            mutated(payloads.profile(2), lambda d: d["summary"].update(gmv_12m=10**40)),
            InvalidPayload,
        ),
        (slow(3.0), BackendTimeout),
        (status(404, "not_found", "gone"), BackendNotFound),
    ],
    ids=["500", "503", "truncated", "missing", "huge", "slow", "404"],
)
def test_failures_serve_the_last_good_copy_stale_and_leave_it_intact(
    api, hostile_api, db, failure, error_type
):
    hostile_api.set(PROFILE, ok(payloads.profile(1), etag='"p1"'), failure)
    good = api.merchant("M00001")
    before = row(db)
    got = api.merchant("M00001")
    assert got.stale
    assert isinstance(got.error, error_type)
    assert got.value == good.value
    assert got.fetched_at == before.fetched_at.replace(tzinfo=dt.UTC)  # SQLite keeps no offset
    after = row(db)
    assert (after.body, after.etag, after.fetched_at) == (
        before.body,
        before.etag,
        before.fetched_at,
    )


def test_offline_serves_the_cache_with_its_real_age(hostile_api, db, refused_url):
    hostile_api.set(PROFILE, ok(payloads.profile(1)))
    with ApiClient(hostile_api.url, hostile_api.token) as client:
        CachedApi(client, db).merchant("M00001")
    two_hours_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    with db.session() as session:
        session.execute(update(HttpCacheEntry).values(fetched_at=two_hours_ago))
    with ApiClient(refused_url, hostile_api.token, retries=0) as offline:
        got = CachedApi(offline, db).merchant("M00001")
    assert got.stale
    assert isinstance(got.error, BackendUnreachable)
    assert dt.timedelta(hours=2) <= got.age < dt.timedelta(hours=2, minutes=1)
    assert got.value == payloads.profile(1)


def test_nothing_cached_raises_the_error(api, hostile_api):
    hostile_api.set(PROFILE, truncated(payloads.profile(1)))
    with pytest.raises(InvalidPayload):
        api.merchant("M00001")


def test_profiles_do_not_share_copies(hostile_api, db, refused_url):
    hostile_api.set(PROFILE, ok(payloads.profile(1)))
    with ApiClient(hostile_api.url, hostile_api.token) as client:
        CachedApi(client, db, "sandbox").merchant("M00001")
    with ApiClient(refused_url, "t", retries=0) as offline:
        assert CachedApi(offline, db, "sandbox").merchant("M00001").stale
        with pytest.raises(BackendUnreachable):
            CachedApi(offline, db, "production").merchant("M00001")


def test_an_unreadable_cached_copy_is_refetched_without_its_etag(api, hostile_api, db):
    hostile_api.set(PROFILE, ok(payloads.profile(1), etag='"p1"'))
    api.merchant("M00001")
    with db.session() as session:
        session.execute(update(HttpCacheEntry).values(body=b'{"old": "contract"}'))
    fresh_api = CachedApi(api.client, db)  # no memo of the good value
    got = fresh_api.merchant("M00001")
    assert got.value == payloads.profile(1)
    assert not got.stale
    assert "if-none-match" not in hostile_api.last(PROFILE).headers
    assert payloads.profile(1).model_validate_json(row(db).body) == got.value


def test_cached_reads_without_the_network(api, hostile_api):
    assert api.cached(resources.merchant("M00001")) is None
    hostile_api.set(PROFILE, ok(payloads.profile(1)))
    api.merchant("M00001")
    assert hostile_api.count(PROFILE) == 1
    got = api.cached(resources.merchant("M00001"))
    assert got is not None
    assert got.value == payloads.profile(1)
    assert hostile_api.count(PROFILE) == 1


def test_all_merchants_pages_5000_at_a_time(api, hostile_api, db):
    total = 5003
    hostile_api.set(
        "/v1/merchants?page=1&page_size=5000",
        ok(payloads.page(range(1, 5001), total=total, size=5000), etag='"a1"'),
    )
    hostile_api.set(
        "/v1/merchants?page=2&page_size=5000",
        ok(payloads.page(range(5001, 5004), total=total, page_no=2, size=5000)),
        status(503),
    )
    got = api.all_merchants()
    assert [m.id for m in got.value] == [payloads.merchant_id(i) for i in range(1, 5004)]
    assert not got.stale
    assert hostile_api.count("/v1/merchants") == 2
    with db.session() as session:
        kinds = session.scalars(select(HttpCacheEntry.kind)).all()
    assert kinds == ["merchant_list", "merchant_list"]

    again = api.all_merchants()  # page 1 is a 304, page 2 now fails: served from the cache
    assert len(again.value) == total
    assert again.stale
    assert isinstance(again.error, BackendHttpError)


def test_all_merchants_with_nothing_cached_raises(api, hostile_api):
    hostile_api.set("/v1/merchants", status(500))
    with pytest.raises(BackendHttpError):
        api.all_merchants()


def test_all_merchants_refuses_a_server_that_never_stops_paging(api, hostile_api):
    hostile_api.set("/v1/merchants", ok(payloads.page(range(1, 3), total=10**9, size=5000)))
    with pytest.raises(InvalidPayload, match="page"):
        api.all_merchants()
