"""The REST client behind a SQLite cache: conditional requests when online, the last good copy
(with its age) when the backend fails, so the merchant pages keep working offline.

Only bodies that passed validation are stored, so a hostile or broken answer never replaces a
good copy. Rows are per network profile: the sandbox's merchants never show on another network.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import SQLAlchemyError

from app.backend import models, resources
from app.backend.client import ApiClient, Fresh, NotModified
from app.backend.errors import BackendError, InvalidPayload
from app.backend.resources import Resource
from app.config.profiles import SANDBOX_NAME
from app.storage.db import Database
from app.storage.schema import HttpCacheEntry

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)
V = TypeVar("V")

ALL_PAGE_SIZE = resources.MAX_PAGE_SIZE
MAX_PAGES = 40  # 200,000 merchants: more means a server gone wrong, not a bigger portfolio
_MEMO_SIZE = 64


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Fetched(Generic[V]):
    """A value and where it came from: fresh from the server, or the cached copy (stale=True,
    with the error that prevented a fresh one)."""

    value: V
    fetched_at: dt.datetime
    stale: bool = False
    error: BackendError | None = None

    @property
    def age(self) -> dt.timedelta:
        return max(dt.timedelta(0), utc_now() - self.fetched_at)


@dataclass(frozen=True)
class _Row:
    etag: str | None
    body: bytes
    fetched_at: dt.datetime


class CachedApi:
    """The ApiClient's endpoints, answered as `Fetched[...]` through the `http_cache` table."""

    def __init__(self, client: ApiClient, db: Database, profile: str = SANDBOX_NAME) -> None:
        self.client = client
        self.db = db
        self.profile = profile
        # Parsed values of recent rows, so a 304 on a big series skips re-validating its body.
        self._memo: OrderedDict[str, tuple[str | None, BaseModel]] = OrderedDict()
        self._lock = threading.Lock()

    # -- the endpoints ---------------------------------------------------------------------

    def health(self, *, retries: int | None = None) -> Fetched[models.Health]:
        """Always live (never cached): health is how the app learns it is online."""
        return Fetched(self.client.get(resources.health(), retries=retries), utc_now())

    def merchants(
        self, page: int = 1, page_size: int = 100, **filters: object
    ) -> Fetched[models.MerchantPage]:
        return self.get(resources.merchants(page, page_size, **filters))

    def merchant(self, merchant_id: str) -> Fetched[models.MerchantProfile]:
        return self.get(resources.merchant(merchant_id))

    def metrics(self, merchant_id: str) -> Fetched[models.MetricSeries]:
        return self.get(resources.metrics(merchant_id))

    def promotions(self, merchant_id: str) -> Fetched[models.PromotionList]:
        return self.get(resources.promotions(merchant_id))

    def repayments(self, merchant_id: str) -> Fetched[models.RepaymentList]:
        return self.get(resources.repayments(merchant_id))

    def peers(self, category: str) -> Fetched[models.PeerStats]:
        return self.get(resources.peers(category))

    def offerings(self, status: str | None = None) -> Fetched[models.OfferingList]:
        return self.get(resources.offerings(status))

    def offering(self, offering_id: str) -> Fetched[models.Offering]:
        return self.get(resources.offering(offering_id))

    def reports(self, symbol: str) -> Fetched[models.RevenueReportList]:
        return self.get(resources.reports(symbol))

    def report(self, symbol: str, period: str) -> Fetched[models.RevenueReport]:
        return self.get(resources.report(symbol, period))

    def settlements(self, merchant_id: str, period: str) -> Fetched[models.SettlementList]:
        return self.get(resources.settlements(merchant_id, period))

    def all_merchants(self) -> Fetched[list[models.MerchantSummary]]:
        """Every merchant, paging through /v1/merchants 5,000 at a time.

        Stale if any page came from the cache; if a later page is neither online nor cached,
        the merchants gathered so far are returned as stale with that error.
        """
        found: dict[str, models.MerchantSummary] = {}
        oldest: dt.datetime | None = None
        error: BackendError | None = None
        for page in range(1, MAX_PAGES + 1):
            try:
                got = self.merchants(page=page, page_size=ALL_PAGE_SIZE)
            except BackendError as failure:
                if page == 1:
                    raise
                error = failure
                break
            listing = got.value
            if listing.page != page or len(listing.items) > ALL_PAGE_SIZE:
                raise InvalidPayload("/v1/merchants", f"asked for page {page}, got another")
            found.update((m.id, m) for m in listing.items)
            oldest = got.fetched_at if oldest is None else min(oldest, got.fetched_at)
            error = error or got.error
            if not listing.items or page * ALL_PAGE_SIZE >= listing.total:
                break
        else:
            raise InvalidPayload("/v1/merchants", f"more than {MAX_PAGES} pages of merchants")
        assert oldest is not None
        items = sorted(found.values(), key=lambda m: m.id)
        return Fetched(items, oldest, stale=error is not None, error=error)

    # -- the machinery ---------------------------------------------------------------------

    def get(self, resource: Resource[T]) -> Fetched[T]:
        """Fresh when the server answers (200, or 304 confirming our copy); otherwise the cached
        copy marked stale; BackendError only when there is no usable copy."""
        row = self._load(resource)
        try:
            result = self.client.fetch(resource, etag=row.etag if row else None)
        except BackendError as error:
            cached = self._decode(resource, row) if row else None
            if cached is None or row is None:
                raise
            log.info("serving cached %s: %s", resource.key, error.message)
            return Fetched(cached, row.fetched_at, stale=True, error=error)
        now = utc_now()
        if isinstance(result, NotModified):
            cached = self._decode(resource, row) if row else None
            if cached is not None:
                self._touch(resource, now)
                return Fetched(cached, now)
            # Our copy is unreadable (an older contract): ask again without the ETag.
            self._forget(resource)
            result = self.client.fetch(resource)
            assert isinstance(result, Fresh)
        self._store(resource, result.body, result.etag, now, result.value)
        return Fetched(result.value, now)

    def cached(self, resource: Resource[T]) -> Fetched[T] | None:
        """The cached copy without asking the server (to show something instantly)."""
        row = self._load(resource)
        value = self._decode(resource, row) if row else None
        if value is None or row is None:
            return None
        return Fetched(value, row.fetched_at, stale=True)

    def _load(self, resource: Resource[T]) -> _Row | None:
        try:
            with self.db.session() as session:
                entry = session.scalars(
                    select(HttpCacheEntry).where(
                        HttpCacheEntry.profile == self.profile,
                        HttpCacheEntry.resource == resource.key,
                    )
                ).one_or_none()
                if entry is None:
                    return None
                return _Row(entry.etag, entry.body, _as_utc(entry.fetched_at))
        except SQLAlchemyError:  # a broken cache must not stop a live answer
            log.warning("cannot read the cache for %s", resource.key, exc_info=True)
            return None

    def _decode(self, resource: Resource[T], row: _Row) -> T | None:
        with self._lock:
            memo = self._memo.get(resource.key)
            if memo is not None and row.etag is not None and memo[0] == row.etag:
                self._memo.move_to_end(resource.key)
                return memo[1]  # type: ignore[return-value]
        try:
            value = resource.model.model_validate_json(row.body, strict=True)
        except (ValidationError, ValueError):
            # Stored by an older app whose contract differed: useless, but never fatal.
            log.warning("discarding an unreadable cached copy of %s", resource.key)
            return None
        self._remember(resource.key, row.etag, value)
        return value

    def _remember(self, key: str, etag: str | None, value: BaseModel) -> None:
        with self._lock:
            self._memo[key] = (etag, value)
            self._memo.move_to_end(key)
            while len(self._memo) > _MEMO_SIZE:
                self._memo.popitem(last=False)

    def _store(
        self, resource: Resource[T], body: bytes, etag: str | None, now: dt.datetime, value: T
    ) -> None:
        fields = {
            "kind": resource.kind,
            "etag": etag,
            "body": body,
            "fetched_at": now,
            "size": len(body),
        }
        statement = insert(HttpCacheEntry).values(
            profile=self.profile, resource=resource.key, **fields
        )
        statement = statement.on_conflict_do_update(
            index_elements=[HttpCacheEntry.profile, HttpCacheEntry.resource], set_=fields
        )
        try:
            with self.db.session() as session:
                session.execute(statement)
        except SQLAlchemyError:
            log.warning("cannot write the cache for %s", resource.key, exc_info=True)
            return
        self._remember(resource.key, etag, value)

    def _touch(self, resource: Resource[T], now: dt.datetime) -> None:
        try:
            with self.db.session() as session:
                entry = session.get(HttpCacheEntry, (self.profile, resource.key))
                if entry is not None:
                    entry.fetched_at = now
        except SQLAlchemyError:
            log.warning("cannot update the cache for %s", resource.key, exc_info=True)

    def _forget(self, resource: Resource[T]) -> None:
        with self._lock:
            self._memo.pop(resource.key, None)
        try:
            with self.db.session() as session:
                entry = session.get(HttpCacheEntry, (self.profile, resource.key))
                if entry is not None:
                    session.delete(entry)
        except SQLAlchemyError:
            log.warning("cannot clear the cache for %s", resource.key, exc_info=True)


def _as_utc(moment: dt.datetime) -> dt.datetime:
    # SQLite keeps no offset; every timestamp this module writes is UTC.
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment
