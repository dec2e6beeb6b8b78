"""The engine rows of `python -m bench screen`: numpy timed on a page, and the engines that are
not installed named in a row of their own (the table showed numpy alone without saying why)."""

from __future__ import annotations

import importlib.util

from bench.screen import ENGINES, engine_rows
from tests.app.backend.test_bulk import series_table


def test_the_engines_not_installed_are_named() -> None:
    table = series_table(["M00001", "M00002", "M00003"], days=800)

    rows = engine_rows(table, 3, repeat=1)

    names = [row.name for row in rows]
    assert names[0] == "engine numpy: window sums, 3 merchants x 800 days"
    assert rows[0].unit == "ms" and rows[0].value > 0
    missing = [e for e in ENGINES if importlib.util.find_spec(e) is None]
    for engine in ENGINES:
        measured = f"engine {engine}: window sums, 3 merchants x 800 days" in names
        assert measured == (engine not in missing), engine
    if missing:
        assert names[-1] == f"engines not installed, not measured: {', '.join(missing)}"
        assert rows[-1].value == len(missing)
