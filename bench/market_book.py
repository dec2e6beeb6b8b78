"""market_book: what a market page's refresh costs through the book client (issue 16 point 7).

Starts the real sandbox (REST server and seeded chain with its market, the clock standing still),
then refreshes one closed store's market as the Market page does: `BookClient.refresh` (the
snapshot and the price history). The row counts the HTTP requests the client really sent (its
transport's count), cold and again with both answers unchanged (304s). `python -m bench market`
shows these rows beside the fill gas (bench/market.py imports `rows`).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from app.backend.client import ApiClient
from app.backend.models import OfferingStatus
from app.market.book_client import BookClient
from bench.report import Result, result

ROUND_TRIPS_ROW = "order book refresh: HTTP round trips"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--merchants", type=int, default=60, help="sandbox size (default 60)")


def run(args: argparse.Namespace) -> list[Result]:
    return rows(getattr(args, "merchants", 60))


def rows(merchants: int = 60) -> list[Result]:
    from app.sandbox.launcher import SandboxProcess

    with tempfile.TemporaryDirectory(prefix="pst-bench-book-") as tmp:
        sandbox = SandboxProcess.start(
            Path(tmp) / "sandbox", merchants=merchants, day_seconds=3600, timeout=600
        )
        try:
            return measure(sandbox.api_url, sandbox.token)
        finally:
            sandbox.stop()


def measure(api_url: str, token: str) -> list[Result]:
    with ApiClient(api_url, token, timeout=30) as api:
        closed = api.offerings(OfferingStatus.CLOSED.value).items
        symbol = closed[0].token_symbol
        client = BookClient(api)
        before, began = api.round_trips, time.perf_counter()
        view = client.refresh(symbol)
        cold_ms, cold = (time.perf_counter() - began) * 1000, api.round_trips - before
        before, began = api.round_trips, time.perf_counter()
        client.refresh(symbol)
        warm_ms, warm = (time.perf_counter() - began) * 1000, api.round_trips - before
    book = view.snapshot.book
    return [
        result(ROUND_TRIPS_ROW, cold, "requests", ("<=", 2)),
        result(
            "order book refresh: HTTP round trips, nothing changed (304)",
            warm,
            "requests",
            ("<=", 2),
        ),  # fmt: skip
        result("order book refresh: time (cold)", cold_ms, "ms"),
        result("order book refresh: time (304s)", warm_ms, "ms"),
        result("order book refresh: orders shown", len(book.bids) + len(book.asks), "orders"),
        result(
            "order book refresh: trades and price days",
            len(view.snapshot.trades) + len(view.prices.items),
            "rows",
        ),  # fmt: skip
    ]
