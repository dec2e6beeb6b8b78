"""The bulk endpoints' client: Arrow pages validated against the contract, cached on disk.

A page is kept under <data dir>/bulk/<profile>/ with its ETag; the next request sends
If-None-Match, so a warm start downloads only the pages that changed. A page is written to the
cache only after it passed validation (schema, exactly the merchants of the page's range given
the portfolio's total, the server's X-Merchant-Range when it sends one, dates in the period, no
negative value), atomically (app.storage.files;
a checksum catches a copy damaged on disk): malformed, truncated, short or mistyped data raises
InvalidPayload and leaves the cached copy as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import BaseModel, ConfigDict

from app.backend.bulk_schema import (
    COUNT_COLUMNS,
    MERCHANT_SCHEMA,
    SERIES_COLUMNS,
    series_schema,
)
from app.backend.client import ApiClient, Fresh
from app.backend.errors import InvalidPayload, clip
from app.backend.resources import Resource
from app.storage.files import atomic_write

log = logging.getLogger(__name__)

PAGE_SIZE = 500  # merchants per page: memory per page in flight stays near 100 MB
Check = Callable[[pa.Table], None]
MAX_PAGES = 200  # 200,000 merchants: more means a server gone wrong, not a bigger portfolio
_EPOCH = dt.date(1970, 1, 1)
_MERCHANT_ID = re.compile(r"M\d{5}")


class ArrowPage(BaseModel):
    """One page as read from an Arrow IPC stream (the schema checked, the values not yet)."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    table: pa.Table

    @classmethod
    def model_validate_json(cls, json_data: Any, **_: Any) -> ArrowPage:  # type: ignore[override]
        """Parse an Arrow stream (the ApiClient validates every body through this name)."""
        return cls(table=read_stream(bytes(json_data)))


class SeriesPage(ArrowPage):
    pass


class MerchantsPage(ArrowPage):
    pass


def read_stream(body: bytes) -> pa.Table:
    """The table in an Arrow IPC stream; ValueError (with what is wrong) when it is not one."""
    try:
        with pa.ipc.open_stream(pa.py_buffer(body)) as reader:
            return reader.read_all()
    except (pa.ArrowInvalid, pa.ArrowException, OSError) as error:
        raise ValueError(f"not a readable Arrow stream ({clip(str(error), 100)})") from None


@dataclass(frozen=True)
class Page:
    """A validated page and where it came from; `table` is None when the caller asked only
    whether its cached copy is current (load=False) and the server said it is."""

    table: pa.Table | None
    etag: str | None
    fresh: bool  # downloaded now (False: the cached copy, confirmed by 304)


def series_resource(
    page: int,
    page_size: int,
    start: dt.date | None,
    end: dt.date,
    columns: tuple[str, ...] | None = None,
) -> Resource[Any]:
    """`start` None: from the first day of the history (the server knows it); `columns` None:
    every metric column."""
    params = [("end", end.isoformat()), ("page", str(page)), ("page_size", str(page_size))]
    if columns is not None:
        params.insert(0, ("columns", ",".join(columns)))
    if start is not None:
        params.append(("start", start.isoformat()))
    return Resource("/v1/bulk/series", SeriesPage, "bulk_series", tuple(params))


def merchants_resource(page: int, page_size: int, as_of: dt.date) -> Resource[Any]:
    """The page's facts as of a day: a day that passes while the portfolio loads changes nothing
    a screening as of `as_of` reads."""
    params = (("as_of", as_of.isoformat()), ("page", str(page)), ("page_size", str(page_size)))
    return Resource("/v1/bulk/merchants", MerchantsPage, "bulk_merchants", params)


class BulkClient:
    """Pages of /v1/bulk/*, validated and cached under `cache_dir` (one per network profile)."""

    def __init__(self, client: ApiClient, cache_dir: Path) -> None:
        self.client = client
        self.cache_dir = cache_dir

    def series_page(
        self,
        page: int,
        page_size: int,
        start: dt.date | None,
        end: dt.date,
        *,
        total: int,
        columns: tuple[str, ...] | None = None,
        load: bool = True,
    ) -> Page:
        """`total`: the merchants in the portfolio (health's count), which fixes the page's."""
        resource = series_resource(page, page_size, start, end, columns)

        def check(table: pa.Table) -> None:
            check_series(table, page, page_size, total, start, end, columns)

        return self._get(resource, check, load, page_range(page, page_size, total))

    def merchants_page(
        self, page: int, page_size: int, as_of: dt.date, *, total: int, load: bool = True
    ) -> Page:
        resource = merchants_resource(page, page_size, as_of)

        def check(table: pa.Table) -> None:
            check_merchants(table, page, page_size, total, as_of)

        return self._get(resource, check, load, page_range(page, page_size, total))

    def cached_series_page(
        self,
        page: int,
        page_size: int,
        start: dt.date | None,
        end: dt.date,
        *,
        total: int,
        columns: tuple[str, ...] | None = None,
    ) -> pa.Table | None:
        """The series page as cached by an earlier `series_page`, validated as then, without
        asking the server (None: not cached, or damaged): for a view of data already loaded."""
        resource = series_resource(page, page_size, start, end, columns)
        body_path, meta_path = self._paths(resource)
        if self._cached_etag(resource, meta_path) is None:
            return None

        def check(table: pa.Table) -> None:
            check_series(table, page, page_size, total, start, end, columns)

        return self._read_cached(resource, body_path, meta_path, check)

    # -- the cache -------------------------------------------------------------------------

    def _paths(self, resource: Resource[Any]) -> tuple[Path, Path]:
        name = hashlib.sha256(resource.key.encode()).hexdigest()[:32]
        return self.cache_dir / f"{name}.arrow", self.cache_dir / f"{name}.json"

    def _get(self, resource: Resource[Any], check: Check, load: bool, span: str | None) -> Page:
        """`span`: the page's X-Merchant-Range as it must read (None: an empty page, which has
        none)."""
        body_path, meta_path = self._paths(resource)
        etag = self._cached_etag(resource, meta_path)
        result = self.client.fetch(resource, etag=etag)
        if not isinstance(result, Fresh):  # 304: our copy is current
            if not load:
                return Page(None, etag, fresh=False)
            table = self._read_cached(resource, body_path, meta_path, check)
            if table is not None:
                return Page(table, etag, fresh=False)
            result = self.client.fetch(resource)  # our copy is damaged: ask for the page again
            assert isinstance(result, Fresh)
        table = result.value.table
        try:
            # The server's own word on the range, when it gives it, must be the page's: a page
            # of another range (or a server confused about the portfolio) is refused like a
            # short one, even when its rows alone would pass.
            said = result.headers.get("x-merchant-range")
            if said is not None and said != span:
                expected = span or "no merchants"
                raise ValueError(
                    f"the server says the page holds {clip(said, 30)!r}, not {expected}"
                )
            check(table)
        except ValueError as error:
            raise InvalidPayload(resource.path, str(error)) from None
        self._store(body_path, meta_path, resource, result.body, result.etag)
        return Page(table, result.etag, fresh=True)

    def _cached_etag(self, resource: Resource[Any], meta_path: Path) -> str | None:
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("key") != resource.key:
            return None
        etag = meta.get("etag")
        return etag if isinstance(etag, str) else None

    def _read_cached(
        self, resource: Resource[Any], body_path: Path, meta_path: Path, check: Check
    ) -> pa.Table | None:
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
            if _checksum(body) != meta.get("crc32"):
                raise ValueError("the cached page does not match its checksum")
            table = read_stream(body)
            check(table)
            return table
        except (OSError, ValueError) as error:
            # Damaged, or from an older contract: the server's copy is good, fetch it afresh.
            log.warning("ignoring the cached %s: %s", resource.key, error)
            return None

    def _store(
        self,
        body_path: Path,
        meta_path: Path,
        resource: Resource[Any],
        body: bytes,
        etag: str | None,
    ) -> None:
        if etag is None:
            return  # nothing to revalidate with: not worth keeping
        meta = {"key": resource.key, "etag": etag, "crc32": _checksum(body)}
        try:
            # Body first: a meta never names a missing body. A cache needs no fsync (a torn
            # copy fails its checksum and is fetched again); its pages are read again only at
            # the next start.
            atomic_write(body_path, body, durable=False, keep_cached=False)
            atomic_write(meta_path, json.dumps(meta).encode(), durable=False)
        except OSError:
            log.warning("cannot write the bulk cache under %s", self.cache_dir, exc_info=True)


def _checksum(body: bytes) -> str:
    """What catches a page damaged on disk (a torn write, a block of zeros): CRC-32, four times
    faster than SHA-256 on a cold start's 250 MB of pages; it guards against accidents, not an
    attacker, who could rewrite the meta file as easily as the page."""
    return f"{zlib.crc32(body):08x}"


# -- validation ------------------------------------------------------------------------------


def _check_schema(table: pa.Table, expected: pa.Schema) -> None:
    if table.schema.remove_metadata().equals(expected):
        return
    have = {f.name: f for f in table.schema}
    for field in expected:
        got = have.get(field.name)
        if got is None:
            raise ValueError(f"column {field.name!r} is missing")
        if not got.type.equals(field.type):
            raise ValueError(f"column {field.name!r} is {got.type}, expected {field.type}")
    extra = [name for name in have if expected.get_field_index(name) < 0]
    if extra:
        raise ValueError(f"unexpected column {clip(extra[0], 40)!r}")
    raise ValueError("the columns are not in the contract's order or nullability")


def merchant_id(index: int) -> str:
    """The id of the portfolio's merchant at 0-based `index` (ids run M00001, M00002, ...)."""
    return f"M{index + 1:05d}"


def page_span(page: int, page_size: int, total: int) -> tuple[int, int]:
    """The 0-based index of the page's first merchant and how many merchants it holds."""
    first = (page - 1) * page_size
    return first, max(0, min(page_size, total - first))


def page_range(page: int, page_size: int, total: int) -> str | None:
    """The page's X-Merchant-Range ("M00001-M01000"); None for an empty page past the end."""
    first, count = page_span(page, page_size, total)
    return f"{merchant_id(first)}-{merchant_id(first + count - 1)}" if count else None


def _check_ids(ids: list[str], page: int, page_size: int, total: int) -> None:
    """The page holds exactly the merchants of its range (what the server's X-Merchant-Range
    names): a page cut at a record batch's end, even right after the schema, is still a
    readable stream, and only its count tells it from the whole page."""
    first, expected = page_span(page, page_size, total)
    if len(ids) != expected:
        raise ValueError(
            f"{len(ids)} merchants on page {page}, expected {expected} "
            f"of the portfolio's {total} at {page_size} a page"
        )
    for merchant in ids:
        if not _MERCHANT_ID.fullmatch(merchant):
            raise ValueError(f"{clip(merchant, 20)!r} is not a merchant id")
    if any(a >= b for a, b in zip(ids, ids[1:], strict=False)):
        raise ValueError("merchant ids are not in ascending order")
    # Ascending, as many as the range holds, and its ends: exactly the range.
    if ids and (ids[0], ids[-1]) != (merchant_id(first), merchant_id(first + expected - 1)):
        span = page_range(page, page_size, total)
        raise ValueError(f"page {page} holds {clip(ids[0], 20)}-{clip(ids[-1], 20)}, not {span}")


def _days(day: dt.date) -> int:
    return (day - _EPOCH).days


def check_series(
    table: pa.Table,
    page: int,
    page_size: int,
    total: int,
    start: dt.date | None,
    end: dt.date,
    columns: tuple[str, ...] | None = None,
) -> None:
    """Raise ValueError unless `table` is the page's series: every merchant of the page's range
    (of `total` in the portfolio) in order, each with exactly the days start..end ascending
    (start None: from whichever day the first row has, at or before `end`), no null, no
    negative value; `columns` (None: all) are the metric columns asked for."""
    _check_schema(table, series_schema(columns))
    if start is None:
        if table.num_rows == 0:
            return _check_ids([], page, page_size, total)
        start = table.column("day")[0].as_py()
        assert isinstance(start, dt.date)
        if start > end:
            raise ValueError(f"days start after the period's end {end.isoformat()}")
    days = (end - start).days + 1
    if table.num_rows % days:
        raise ValueError(f"{table.num_rows} rows are not whole merchants of {days} days")
    merchants = table.num_rows // days
    for name in table.column_names:
        if table.column(name).null_count:
            raise ValueError(f"column {name!r} has missing values")
    ids = table.column("merchant_id").combine_chunks()
    dictionary = ids.dictionary.to_pylist()
    codes = ids.indices.to_numpy().reshape(merchants, days)
    if merchants and (codes != codes[:, :1]).any():
        raise ValueError("a merchant's rows are not contiguous")
    order = codes[:, 0] if merchants else np.zeros(0, dtype=np.int32)
    if order.size and (order.min() < 0 or order.max() >= len(dictionary)):
        raise ValueError("a merchant id code points outside the dictionary")
    _check_ids([dictionary[int(code)] for code in order], page, page_size, total)
    day_numbers = table.column("day").combine_chunks().cast(pa.int32()).to_numpy()
    expected = np.arange(_days(start), _days(end) + 1, dtype=np.int32)
    if merchants and (day_numbers.reshape(merchants, days) != expected).any():
        bad = int(day_numbers[(day_numbers < expected[0]) | (day_numbers > expected[-1])].size)
        where = "outside the period" if bad else "out of order or repeated"
        raise ValueError(f"days are {where} ({start.isoformat()}..{end.isoformat()})")
    for name in columns or SERIES_COLUMNS:
        lowest = pc.min(table.column(name)).as_py()
        if lowest is not None and lowest < 0:
            kind = "count" if name in COUNT_COLUMNS else "amount"
            raise ValueError(f"column {name!r} has a negative {kind}")


def check_merchants(table: pa.Table, page: int, page_size: int, total: int, as_of: dt.date) -> None:
    """Raise ValueError unless `table` is the page's merchants with sane facts: exactly the
    merchants of the page's range (of `total` in the portfolio), scores 0..100, promotion and
    repayment dates in range, no negative amount."""
    _check_schema(table, MERCHANT_SCHEMA)
    _check_ids(table.column("merchant_id").to_pylist(), page, page_size, total)
    score = table.column("underwriter_score")
    if len(score) and (pc.min(score).as_py() < 0 or pc.max(score).as_py() > 100):
        raise ValueError("an underwriter score is outside 0..100")
    promotions = pc.list_flatten(table.column("promotions"))
    if len(promotions):
        start, end = pc.struct_field(promotions, "start"), pc.struct_field(promotions, "end")
        if pc.any(pc.greater(start, end)).as_py():
            raise ValueError("a promotion ends before it starts")
        if pc.max(end).as_py() > as_of:
            raise ValueError("a promotion lies after the as-of date")
    repayments = pc.list_flatten(table.column("repayments"))
    if len(repayments):
        for name in ("installment", "amount_due", "amount_paid", "days_late"):
            if pc.min(pc.struct_field(repayments, name)).as_py() < 0:
                raise ValueError(f"a repayment's {name} is negative")
        paid = pc.struct_field(repayments, "paid_date")
        if paid.null_count < len(paid) and pc.max(paid).as_py() > as_of:
            raise ValueError("a repayment is paid after the as-of date")
