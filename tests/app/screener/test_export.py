"""The shortlist as CSV: each row carries its rank in the ranking whatever order it is written
in, and a store's name from the platform is never a formula in a spreadsheet."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import numpy as np

from app.backend.bulk import BulkClient
from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.sandbox.launcher import SandboxProcess
from app.screener.loader import Screener
from app.storage import open_database


def test_rows_in_another_order_keep_their_rank_and_names_stay_inert(
    screening_sandbox: SandboxProcess, tmp_path: Path
) -> None:
    client = ApiClient(screening_sandbox.api_url, screening_sandbox.token, timeout=60)
    api = CachedApi(client, open_database(tmp_path / "app.sqlite3"), "test")
    loaded = Screener(api, BulkClient(client, tmp_path / "bulk"), tmp_path / "measures").load()
    hostile = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\t=1"]
    names = list(loaded.names)
    ranking = loaded.shortlist(loaded.judge(), everyone=True)
    for row, name in zip(ranking[:5], hostile, strict=True):
        names[row] = name
    portfolio = dataclasses.replace(loaded, names=names)
    verdicts = portfolio.judge()
    by_score = ranking[np.argsort(-portfolio.underwriter_score[ranking], kind="stable")]
    assert not np.array_equal(by_score, ranking)  # another order than the ranking's

    text = portfolio.to_csv(by_score, verdicts, ranking)

    lines = list(csv.DictReader(io.StringIO(text)))
    position = {int(row): rank for rank, row in enumerate(ranking, start=1)}
    assert [line["merchant_id"] for line in lines] == [portfolio.ids[r] for r in by_score]
    assert [int(line["rank"]) for line in lines] == [position[int(r)] for r in by_score]
    written = {line["merchant_id"]: line["name"] for line in lines}
    for row, name in zip(ranking[:5], hostile, strict=True):
        assert written[portfolio.ids[row]] == "'" + name
    client.close()
