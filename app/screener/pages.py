"""Bulk pages (validated Arrow tables) as the scorer's batches: one merchant range at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from numpy.typing import NDArray

from app.domain.kernels import SAFE_VALUE
from app.domain.scorer import EventBatch, RepaymentBatch, SeriesBatch
from app.errors.clean import clean_text

_EPOCH = dt.date(1970, 1, 1)
_COLUMNS = {
    "gmv": "gmv_platform",
    "orders": "orders_platform",
    "returns": "returns_platform",
    "inventory": "inventory_platform",
    "cogs": "cogs_platform",
    "net_platform": "net_revenue_platform",
    "net_psp": "net_revenue_psp",
    "net_bank": "net_revenue_bank",
}


@dataclass(frozen=True)
class Facts:
    """Per merchant of a page: who it is, beside the figures."""

    ids: list[str]
    names: list[str]
    categories: list[str]
    tokenized: NDArray[np.bool_]
    underwriter_score: NDArray[np.int64]


def series_ids(table: pa.Table, merchants: int) -> list[str]:
    """The merchant of each block of rows (validated: each merchant's rows are contiguous)."""
    if merchants == 0 or table.num_rows == 0:
        return []
    ids = table.column("merchant_id").combine_chunks()
    codes = ids.indices.to_numpy()[:: table.num_rows // merchants]
    names = ids.dictionary.to_pylist()
    return [names[int(c)] for c in codes]


def first_day(table: pa.Table) -> dt.date | None:
    if table.num_rows == 0:
        return None
    value = table.column("day")[0].as_py()
    assert isinstance(value, dt.date)
    return value


def series_batch(parts: list[pa.Table], merchants: int, start: dt.date, days: int) -> SeriesBatch:
    """The page's series from `start` over `days` days, assembled from its parts (each a
    validated table of consecutive days carrying some of the columns); days no part carries
    stay zero (app.domain.scorer.window_days says which the scorer never reads)."""
    arrays: dict[str, NDArray[Any]] = {}
    for name, column in _COLUMNS.items():
        # np.zeros maps fresh zero pages: the days no part carries are never touched, unless a
        # reader sums over them
        out = np.zeros((merchants, days), dtype=np.int64)
        huge = False
        for table in parts:
            if column not in table.column_names or not merchants or not table.num_rows:
                continue
            span = table.num_rows // merchants
            offset = (first_day(table) - start).days  # type: ignore[operator]
            target = out[:, offset : offset + span]
            for values in _chunks_into(table.column(column), target):
                huge = huge or int(values.max()) >= SAFE_VALUE
        arrays[name] = out.astype(object) if huge else out  # absurd but valid: exact, slowly
    return SeriesBatch(start=start, days=days, **arrays)


def _chunks_into(column: pa.ChunkedArray, target: NDArray[np.int64]) -> list[NDArray[Any]]:
    """Copy a column of (rows x days) values, row after row, into `target`, chunk by chunk
    (each chunk's buffer read in place: no concatenated copy); returns the chunks' values."""
    span = target.shape[1]
    row = done = 0  # the next (row, day) to fill
    seen = []
    for chunk in column.chunks:
        values = chunk.to_numpy()
        if not len(values):
            continue
        seen.append(values)
        left = values
        if done:  # finish the row the last chunk began
            take = min(span - done, len(left))
            target[row, done : done + take] = left[:take]
            left, done = left[take:], done + take
            if done == span:
                row, done = row + 1, 0
        whole = len(left) // span
        if whole:
            target[row : row + whole] = left[: whole * span].reshape(whole, span)
            row, left = row + whole, left[whole * span :]
        if len(left):
            target[row, : len(left)] = left
            done = len(left)
    return seen


def events_batch(table: pa.Table, start: dt.date) -> EventBatch:
    """Promotions per merchant, padded to the longest list."""
    column = table.column("promotions").combine_chunks()
    lengths = pc.list_value_length(column).to_numpy(zero_copy_only=False).astype(np.int64)
    m, width = len(lengths), int(lengths.max()) if len(lengths) else 0
    flat = pc.list_flatten(column)
    row = np.repeat(np.arange(m), lengths)
    slot = np.arange(len(row)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    offset = (start - _EPOCH).days

    def padded(name: str, base: int = 0) -> NDArray[np.int64]:
        values = pc.struct_field(flat, name)
        if pa.types.is_date32(values.type):
            values = values.cast(pa.int32())
        out = np.zeros((m, width), dtype=np.int64)
        out[row, slot] = values.to_numpy(zero_copy_only=False).astype(np.int64) - base
        return out

    present = np.zeros((m, width), dtype=bool)
    present[row, slot] = True
    medians = padded("peer_median_uplift_bp")
    wide = bool(len(row)) and int(np.abs(medians).max()) >= SAFE_VALUE
    return EventBatch(
        first=padded("start", offset),
        last=padded("end", offset),
        peer_median_bp=medians.astype(object) if wide else medians,
        present=present,
    )


def repayments_batch(table: pa.Table, start: dt.date) -> RepaymentBatch:
    column = table.column("repayments").combine_chunks()
    lengths = pc.list_value_length(column).to_numpy(zero_copy_only=False).astype(np.int64)
    flat = pc.list_flatten(column)

    def ints(name: str) -> NDArray[np.int64]:
        values = pc.struct_field(flat, name)
        if pa.types.is_date32(values.type):
            values = values.cast(pa.int32())
        return values.to_numpy(zero_copy_only=False).astype(np.int64)

    return RepaymentBatch(
        row=np.repeat(np.arange(len(lengths)), lengths),
        due=ints("due_date") - (start - _EPOCH).days,
        days_late=ints("days_late"),
        unpaid=ints("amount_paid") < ints("amount_due"),
    )


def facts(table: pa.Table) -> Facts:
    return Facts(
        ids=table.column("merchant_id").to_pylist(),
        # printed by `merchants screen` and shown in the GUI: no control characters (ESC)
        names=[clean_text(name) for name in table.column("name").to_pylist()],
        categories=[clean_text(c) for c in table.column("category").to_pylist()],
        tokenized=table.column("tokenized").to_numpy(zero_copy_only=False).astype(bool),
        underwriter_score=table.column("underwriter_score").to_numpy().astype(np.int64),
    )
