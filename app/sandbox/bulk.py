"""Bulk data for screening the whole portfolio: Arrow IPC streams, paginated by merchant range.

Two endpoints, both `application/vnd.apache.arrow.stream` with LZ4-compressed buffers and a
strong ETag per page:
- `/v1/bulk/series`: every merchant's daily series, each source's values, for a period
  (`start`..`end`, inclusive, within the history up to the sim date); one row per merchant and
  day, merchants in id order, days ascending.
- `/v1/bulk/merchants`: per merchant the facts the five criteria also need (category, tokenized,
  the underwriter's score, promotion events with their peer medians, repayments as of today).

A page of a past period never changes (a later day never changes an earlier one), so its ETag
stays valid and clients keep their copy; pages are generated on first request and kept in
memory, bounded in bytes.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from typing import Annotated

import numpy as np
import pyarrow as pa
from fastapi import APIRouter, Header, Query
from fastapi.responses import Response

from app.backend.bulk_schema import (
    ARROW_MEDIA_TYPE,
    MERCHANT_SCHEMA,
    SERIES_COLUMNS,
    SERIES_SCHEMA,
    describe,
    series_schema,
    write_stream,
)
from app.sandbox import noise, repayments
from app.sandbox.calendar import HISTORY_START, day_index
from app.sandbox.series import generate_block
from app.sandbox.world import SandboxWorld, etag_of

DEFAULT_PAGE_SIZE = 1000
MAX_PAGE_SIZE = 5000
_MEMORY_BYTES = 512 * 1024 * 1024  # pages kept in memory (about two full portfolios of series)

_NAMES = "|".join(SERIES_COLUMNS)
_COLUMNS_PATTERN = rf"^({_NAMES})(,({_NAMES}))*$"
IfNoneMatch = Annotated[
    str | None,
    Header(description="An ETag from an earlier answer; 304 without a body if it still matches"),
]
_PAGE_HEADERS = {
    "ETag": {"description": "Strong entity tag of the page", "schema": {"type": "string"}},
    "X-Total-Merchants": {
        "description": "Merchants in the portfolio (pages = ceil(total / page_size))",
        "schema": {"type": "integer"},
    },
    "X-Merchant-Range": {
        "description": "First and last merchant id on the page, e.g. M00001-M01000 "
        "(absent on an empty page past the end)",
        "schema": {"type": "string"},
    },
}


class _Pages:
    """Encoded pages by key, least recently used dropped first once over the byte budget."""

    def __init__(self, budget: int) -> None:
        self._budget = budget
        self._size = 0
        self._items: OrderedDict[tuple[object, ...], tuple[str, bytes, str]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> tuple[str, bytes, str] | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[object, ...], value: tuple[str, bytes, str]) -> None:
        with self._lock:
            if key in self._items:
                return
            self._items[key] = value
            self._size += len(value[1])
            while self._size > self._budget and len(self._items) > 1:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped[1])


class _Blocks:
    """The last few generated SeriesBlocks by merchant range and day: a client asks for a
    range's closed months and its current month one after the other."""

    def __init__(self, keep: int = 2) -> None:
        self._keep = keep
        self._items: OrderedDict[tuple[int, int, dt.date], object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, world: SandboxWorld, indices: np.ndarray, today: dt.date) -> object:
        key = (int(indices[0]) if len(indices) else 0, len(indices), today)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                return found
            roster = world.roster
            block = generate_block(
                roster.params.take(indices),
                noise.merchant_keys(roster.seed, indices),
                day_index(today) + 1,
            )
            self._items[key] = block
            while len(self._items) > self._keep:
                self._items.popitem(last=False)
            return block


def series_table(
    world: SandboxWorld,
    indices: np.ndarray,
    start: dt.date,
    end: dt.date,
    block: object = None,
    columns: tuple[str, ...] = tuple(SERIES_COLUMNS),
) -> pa.Table:
    """Long format: (merchant, day) rows for the merchants at `indices` over start..end
    (`block`: their SeriesBlock from the history's start to at least `end`, if at hand)."""
    roster = world.roster
    first, last = day_index(start), day_index(end)
    if block is None:
        block = generate_block(
            roster.params.take(indices), noise.merchant_keys(roster.seed, indices), last + 1
        )
    days = last - first + 1
    ids = pa.array([roster.rows[int(i)].id for i in indices], pa.string())
    data: dict[str, pa.Array] = {
        "merchant_id": pa.DictionaryArray.from_arrays(
            pa.array(np.repeat(np.arange(len(indices), dtype=np.int32), days)), ids
        ),
        "day": pa.array(
            np.tile(np.arange(first, last + 1, dtype=np.int32) + _EPOCH_OFFSET, len(indices)),
            pa.date32(),
        ),
    }
    for name in columns:
        values = np.ascontiguousarray(getattr(block, SERIES_COLUMNS[name])[:, first : last + 1])
        data[name] = pa.array(values.reshape(-1), pa.int64())
    return pa.Table.from_pydict(data, schema=series_schema(columns))


_EPOCH_OFFSET = (HISTORY_START - dt.date(1970, 1, 1)).days  # date32 counts days since 1970


def merchant_table(world: SandboxWorld, indices: np.ndarray, as_of: dt.date) -> pa.Table:
    """The facts of the merchants at `indices` as of a day (promotions and repayments then; the
    underwriter's score as served today)."""
    rows = [world.roster.rows[int(i)] for i in indices]
    by_category: dict[object, list[dict[str, object]]] = {}
    for row in rows:
        if row.category not in by_category:  # events and peer medians are per category
            by_category[row.category] = [
                {
                    "event": p.event.value,
                    "start": p.start,
                    "end": p.end,
                    "peer_median_uplift_bp": p.peer_median_uplift_bp,
                }
                for p in world.promotions(row.id, as_of).items
            ]
    summaries = world.summaries()
    return pa.Table.from_arrays(
        [
            pa.array([r.id for r in rows], pa.string()),
            pa.array([r.name for r in rows], pa.string()),
            pa.array([r.category.value for r in rows], pa.string()),
            pa.array([r.tokenized for r in rows], pa.bool_()),
            pa.array([summaries[r.index].score for r in rows], pa.int64()),
            pa.array([by_category[r.category] for r in rows], MERCHANT_SCHEMA.field(5).type),
            _repayments(world, rows, indices, as_of),
        ],
        schema=MERCHANT_SCHEMA,
    )


def _repayments(world: SandboxWorld, rows: list, indices: np.ndarray, as_of: dt.date) -> pa.Array:
    """Each merchant's installments as of a day, as the per-merchant endpoint shows them on that
    day (app.sandbox.repayments.as_of), for a whole page at once."""
    today = np.datetime64(as_of, "D")
    block = repayments.plan_block(
        np.array([r.late_payer for r in rows], dtype=bool),
        world.roster.params.take(indices),
        noise.merchant_keys(world.roster.seed, indices),
    )
    shown = block.due <= today + np.timedelta64(repayments.FUTURE_DAYS, "D")
    paid_on = block.due + block.offset_days.astype("timedelta64[D]")
    paid = paid_on <= today
    overdue = np.maximum((today - block.due).astype(np.int64), 0)
    count = shown.sum(axis=1)
    number = np.broadcast_to(np.arange(1, repayments.MAX_INSTALLMENTS + 1), shown.shape)
    flat = {
        "installment": pa.array(number[shown], pa.int64()),
        "due_date": pa.array(block.due[shown], pa.date32()),
        "amount_due": pa.array(block.amount_due[shown], pa.int64()),
        "amount_paid": pa.array(np.where(paid, block.amount_due, 0)[shown], pa.int64()),
        "paid_date": pa.array(paid_on[shown], pa.date32(), mask=~paid[shown]),
        "days_late": pa.array(
            np.where(paid, np.maximum(block.offset_days, 0), overdue)[shown], pa.int64()
        ),
    }
    items = pa.StructArray.from_arrays(
        list(flat.values()), fields=list(MERCHANT_SCHEMA.field(6).type.value_type)
    )
    offsets = pa.array(np.concatenate([[0], np.cumsum(count)]).astype(np.int32))
    return pa.ListArray.from_arrays(offsets, items, type=MERCHANT_SCHEMA.field(6).type)


def create_router(world: SandboxWorld | None, dependencies: list) -> APIRouter:
    """The bulk routes; `dependencies` are the API's (bearer auth, known query parameters)."""
    router = APIRouter(prefix="/v1/bulk", dependencies=dependencies)
    pages = _Pages(_MEMORY_BYTES)
    blocks = _Blocks()
    responses = _responses()

    def the_world() -> SandboxWorld:
        from app.sandbox.api import ApiProblem

        if world is None:
            raise ApiProblem(503, "unavailable", "The sandbox has no data loaded.")
        return world

    def page_indices(w: SandboxWorld, page: int, page_size: int) -> np.ndarray:
        total = len(w.roster.rows)
        lo = min((page - 1) * page_size, total)
        return np.arange(lo, min(lo + page_size, total), dtype=np.int64)

    @router.get(
        "/series",
        summary="Every merchant's daily series for a period (Arrow IPC stream)",
        description="One row per merchant and day, merchants in id order, days ascending; "
        "amounts in US cents, counts as counts, every value >= 0. Pages cover consecutive "
        "merchant ranges of `page_size`.\n\n" + describe(SERIES_SCHEMA),
        response_class=Response,
        responses=responses,
    )
    def bulk_series(
        if_none_match: IfNoneMatch = None,
        start: Annotated[
            dt.date | None, Query(description="First day (default: the history's first)")
        ] = None,
        end: Annotated[
            dt.date | None, Query(description="Last day (default: the sim date)")
        ] = None,
        page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
        columns: Annotated[
            str | None,
            Query(
                max_length=400,
                pattern=_COLUMNS_PATTERN,
                description="Comma-separated metric columns to send (default: all), e.g. "
                "gmv_platform,orders_platform; merchant_id and day always come first",
            ),
        ] = None,
    ) -> Response:
        from app.sandbox.api import ApiProblem

        w = the_world()
        today = w.sim_date
        wanted = set(SERIES_COLUMNS) if columns is None else set(columns.split(","))
        chosen = tuple(c for c in SERIES_COLUMNS if c in wanted)  # the contract's order
        first, last = start or HISTORY_START, end or today
        if first < HISTORY_START or last > today or first > last:
            raise ApiProblem(
                404,
                "not_found",
                f"No data for that period: it must lie within {HISTORY_START.isoformat()}.."
                f"{today.isoformat()} with start <= end.",
            )
        indices = page_indices(w, page, page_size)
        key = ("series", page, page_size, first, last, chosen)
        found = pages.get(key)
        if found is None:
            block = blocks.get(w, indices, today)  # one generation serves every segment
            table = series_table(w, indices, first, last, block, chosen)
            found = _encode(table, w, indices)
            pages.put(key, found)
        return _answer(found, w, if_none_match)

    @router.get(
        "/merchants",
        summary="Per merchant: category, score, promotions, repayments (Arrow IPC stream)",
        description="One row per merchant, in id order: the facts the selection criteria need "
        "beside the series (promotion events with the category peers' median uplift, "
        "repayments) as of a day, by default the sim date. A client that screens as of a day "
        "asks for that day, so a day that passes while it loads changes nothing it reads."
        "\n\n" + describe(MERCHANT_SCHEMA),
        response_class=Response,
        responses=responses,
    )
    def bulk_merchants(
        if_none_match: IfNoneMatch = None,
        page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
        as_of: Annotated[
            dt.date | None,
            Query(description="The day the facts are as of (default: the sim date)"),
        ] = None,
    ) -> Response:
        from app.sandbox.api import ApiProblem

        w = the_world()
        today = w.sim_date
        day = as_of or today
        if not HISTORY_START <= day <= today:
            raise ApiProblem(
                404,
                "not_found",
                f"No facts as of {day.isoformat()}: the day must lie within "
                f"{HISTORY_START.isoformat()}..{today.isoformat()}.",
            )
        indices = page_indices(w, page, page_size)
        key = ("merchants", page, page_size, day, today)  # the score is today's
        found = pages.get(key)
        if found is None:
            found = _encode(merchant_table(w, indices, day), w, indices)
            pages.put(key, found)
        return _answer(found, w, if_none_match)

    return router


def _encode(table: pa.Table, world: SandboxWorld, indices: np.ndarray) -> tuple[str, bytes, str]:
    body = write_stream(table)
    ids = world.roster.rows
    span = f"{ids[int(indices[0])].id}-{ids[int(indices[-1])].id}" if len(indices) else ""
    return etag_of(body), body, span


def _answer(
    found: tuple[str, bytes, str], world: SandboxWorld, if_none_match: str | None
) -> Response:
    etag, body, span = found
    headers = {
        "ETag": etag,
        "Cache-Control": "no-cache",
        "X-Total-Merchants": str(len(world.roster.rows)),
    }
    if span:
        headers["X-Merchant-Range"] = span
    if if_none_match is not None:
        offered = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        if etag in offered or "*" in offered:
            return Response(status_code=304, headers=headers)
    return Response(content=body, media_type=ARROW_MEDIA_TYPE, headers=headers)


def _responses() -> dict[int | str, dict]:
    from app.backend.models import ApiError

    return {
        200: {
            "description": "An Arrow IPC stream (LZ4-compressed record batches) with the "
            "schema in the operation's description",
            "headers": _PAGE_HEADERS,
            "content": {ARROW_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        },
        304: {"description": "Not modified: the If-None-Match ETag still matches"},
        401: {"description": "Missing or wrong bearer token", "model": ApiError},
        404: {"description": "No data for the period asked (series)", "model": ApiError},
        422: {"description": "Invalid parameters", "model": ApiError},
    }
