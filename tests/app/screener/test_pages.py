"""A page's series assembled from Arrow tables whatever their record batches: chunk boundaries
in the middle of a merchant's days place every value where one concatenated copy would."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pytest

from app.screener.pages import series_batch

START = dt.date(2025, 1, 1)


def _table(values: np.ndarray, first: dt.date, cuts: list[int]) -> pa.Table:
    """One metric column of (merchants x days) values, split into batches at `cuts` rows."""
    merchants, days = values.shape
    flat = values.reshape(-1)
    ids = np.repeat(np.arange(merchants), days)
    day = np.tile(np.arange(days), merchants) + (first - dt.date(1970, 1, 1)).days
    bounds = [0, *cuts, len(flat)]
    batches = [
        pa.record_batch(
            [pa.array(ids[a:b]), pa.array(day[a:b], pa.int32()).cast(pa.date32()),
             pa.array(flat[a:b])],
            names=["merchant_id", "day", "gmv_platform"],
        )
        for a, b in zip(bounds, bounds[1:], strict=False)
    ]  # fmt: skip
    return pa.Table.from_batches(batches)


@pytest.mark.parametrize("cuts", [[], [3], [7, 8, 20], [1, 2, 3, 4, 5, 6], [10, 30]])
def test_chunk_boundaries_anywhere_place_every_value(cuts):
    rng = np.random.default_rng(len(cuts))
    closed = rng.integers(0, 1_000, (4, 10))
    current = rng.integers(0, 1_000, (4, 3))
    parts = [
        _table(closed, START + dt.timedelta(days=2), cuts),
        _table(current, START + dt.timedelta(days=12), [5]),
    ]
    batch = series_batch(parts, 4, START, 15)
    expected = np.zeros((4, 15), dtype=np.int64)
    expected[:, 2:12], expected[:, 12:15] = closed, current
    assert batch.gmv is not None and np.array_equal(batch.gmv, expected)
    assert batch.gmv.dtype == np.int64 and batch.orders is not None and not batch.orders.any()


def test_absurd_amounts_stay_exact_as_python_ints():
    values = np.full((2, 3), 2**40, dtype=np.int64)
    batch = series_batch([_table(values, START, [4])], 2, START, 3)
    assert batch.gmv is not None and batch.gmv.dtype == object
    assert batch.gmv.tolist() == values.tolist()


def test_names_and_categories_from_a_hostile_server_carry_no_terminal_controls():
    """`merchants screen` prints names and categories: an ESC sequence or a bidi override from
    the server must not reach the terminal (or a label) as such."""
    from pydantic import TypeAdapter

    from app.backend.models import Name
    from app.screener.pages import facts

    table = pa.table({
        "merchant_id": ["M00001", "M00002"],
        "name": ["Acme\x1b[2J\x1b[31mOwned", "Shop\u202etxt.exe"],
        "category": ["Toys\x07", "Home\ndecor"],
        "tokenized": [True, False],
        "underwriter_score": [700, 650],
    })  # fmt: skip
    found = facts(table)
    assert found.names == ["Acme [2J [31mOwned", "Shop txt.exe"]
    assert found.categories == ["Toys", "Home decor"]
    assert all("\x1b" not in text for text in found.names + found.categories)
    # the REST models' names (merchant list, legal names) are cleaned as they are read
    assert TypeAdapter(Name).validate_python("Acme\x1b[2JLtd\u202e") == "Acme [2JLtd"
