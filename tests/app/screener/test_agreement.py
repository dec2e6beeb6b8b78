"""The screener's bulk scoring and the dashboard's scorecard are one code path: on 200 random
merchants of a real sandbox, the scorecard built from the per-merchant endpoints equals the
screener's row, criterion by criterion (values, percentiles, verdicts and reasons)."""

from __future__ import annotations

import random

import pytest

from app.backend.bulk import BulkClient
from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.domain.scorecard import build_scorecard
from app.sandbox.launcher import SandboxProcess
from app.screener.loader import Screener
from app.screener.portfolio import Portfolio
from app.storage import open_database


@pytest.fixture(scope="module")
def screened(
    screening_sandbox: SandboxProcess, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Portfolio, ApiClient]:
    tmp = tmp_path_factory.mktemp("screened")
    client = ApiClient(screening_sandbox.api_url, screening_sandbox.token, timeout=60)
    api = CachedApi(client, open_database(tmp / "app.sqlite3"), "test")
    screener = Screener(api, BulkClient(client, tmp / "bulk"), tmp / "screener")
    return screener.load(), client


def test_bulk_scores_equal_per_merchant_scorecards(screened: tuple[Portfolio, ApiClient]) -> None:
    portfolio, client = screened
    assert portfolio.count == 300
    rows = random.Random(15).sample(range(portfolio.count), 200)
    passed = 0
    for row in rows:
        merchant = portfolio.ids[row]
        expected = build_scorecard(
            client.metrics(merchant),
            client.promotions(merchant),
            client.repayments(merchant),
            client.peers(portfolio.categories[row]),
            client.merchant(merchant),
        )
        assert portfolio.scorecard(row) == expected, merchant
        passed += expected.passed
    # Not a degenerate sample: some pass everything, most do not.
    assert 0 < passed < 200


def test_the_funnel_narrows_and_ends_with_tokenized_stores(
    screened: tuple[Portfolio, ApiClient],
) -> None:
    portfolio, _ = screened
    steps = portfolio.funnel(portfolio.judge())
    counts = [s.count for s in steps]
    assert [s.key for s in steps] == [
        "all", "growth", "product", "promotions", "repayment", "integrity", "tokenized"
    ]  # fmt: skip
    assert counts[0] == 300 and counts == sorted(counts, reverse=True) and counts[-1] > 0
