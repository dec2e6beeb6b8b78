"""market (GUI part): a book of 5,000 open orders loaded into the Market page, offscreen. Imported
by bench/market.py (`run`); `rows()` runs it alone.

"Load and draw" is what a refresh does once the platform's answers have arrived: the snapshot's
JSON (5,000 signed orders, the last trades, the stats) and the price history validated as
app.market.book_client validates them (the models, strict, then the book's order and sides),
turned into the page's screen (app.market.screen.screen_of: the depth by price level), and shown
by the Market page (`show_screen`, then Qt's pending paints: both side tables, the trades, the
depth chart rendered with matplotlib's Agg, and the price chart when its days changed). The
median of a few runs is the row; the first (axes built, the price chart drawn) is reported on
its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import time

from eth_utils import to_checksum_address

from bench.report import Result, result

ROW = "order book of 5,000 orders: load and draw"
ORDERS = 5_000
PST, USD = 10**18, 10**6
SYMBOL = "PSTBENCH"
TOKEN = to_checksum_address("0x" + "10" * 20)
MARKET = to_checksum_address("0x" + "20" * 20)
AT = dt.datetime(2026, 11, 30, 9, 30, tzinfo=dt.UTC)


def _entry(rng: random.Random, makers: list[str], side: str, price: int) -> dict[str, object]:
    amount = rng.randrange(1, 500) * PST // 10
    order = {
        "maker": rng.choice(makers), "side": side, "token": TOKEN, "amount": str(amount),
        "price": str(price), "expiry": str(int(AT.timestamp()) + 7 * 86_400),
        "salt": str(rng.getrandbits(256)), "nonce": "0", "taker": "0x" + "00" * 20,
    }  # fmt: skip
    return {
        "order_hash": f"0x{rng.getrandbits(256):064x}", "order": order,
        "signature": f"0x{rng.getrandbits(520):0130x}", "remaining": amount,
        "posted_at": AT.isoformat(),
    }  # fmt: skip


def answers(orders: int = ORDERS, seed: int = 16) -> tuple[bytes, bytes]:
    """The snapshot and price-history JSON a refresh receives: half the orders bids under 10.00,
    half asks over it, at cent prices with several orders a level, from 200 makers (addresses
    checksummed, as the server sends them)."""
    from app.market.book import MarketSnapshot, PriceHistory

    rng = random.Random(seed)
    makers = [to_checksum_address(f"0x{rng.getrandbits(160):040x}") for _ in range(200)]
    bid_prices = sorted((10 * USD - rng.randrange(1, 400) * 10_000 for _ in range(orders // 2)),
                        reverse=True)  # fmt: skip
    ask_prices = sorted(10 * USD + rng.randrange(1, 400) * 10_000
                        for _ in range(orders - orders // 2))  # fmt: skip
    trades = [
        {"tx_hash": f"0x{rng.getrandbits(256):064x}", "log_index": 0, "block": 10_000 - n,
         "at": (AT - dt.timedelta(hours=n)).isoformat(), "order_hash": f"0x{n + 1:064x}",
         "maker": makers[n], "taker": makers[-1 - n], "side": "ask" if n % 2 else "bid",
         "amount": PST, "price": 10 * USD, "cost": 10 * USD, "fee": 30_000}
        for n in range(20)
    ]  # fmt: skip
    snapshot = {
        "symbol": SYMBOL, "chain_id": 31337, "market": MARKET, "fee_bps": 30,
        "book": {"symbol": SYMBOL, "token": TOKEN, "block": 10_000,
                 "bids": [_entry(rng, makers, "1", p) for p in bid_prices],
                 "asks": [_entry(rng, makers, "0", p) for p in ask_prices]},
        "trades": trades,
        "stats": {"last_price": 10 * USD, "previous_close": 9_900_000, "best_bid": bid_prices[0],
                  "best_ask": ask_prices[0], "offering_price": 10 * USD,
                  "mark_price": 10 * USD, "mark_source": "last_trade"},
    }  # fmt: skip
    days = [
        {"date": (AT.date() - dt.timedelta(days=180 - n)).isoformat(), "open": 10 * USD,
         "high": 11 * USD, "low": 9 * USD, "close": 10 * USD + n * 1_000, "volume": PST,
         "trades": 1}
        for n in range(180)
    ]  # fmt: skip
    prices = {"symbol": SYMBOL, "offering_price": 10 * USD, "items": days}
    # Through the models once, so the bench's answers are ones the server could send.
    return (
        MarketSnapshot.model_validate(snapshot).model_dump_json().encode(),
        PriceHistory.model_validate(prices).model_dump_json().encode(),
    )


def rows(repeat: int = 5) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.market.book import MarketSnapshot, PriceHistory
    from app.market.book_client import check_prices, check_snapshot
    from app.market.screen import screen_of
    from ui.market.page import MarketPage
    from ui.shell import gc_policy

    app = QApplication.instance() or QApplication([])
    page = MarketPage(poll_ms=0)
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    gc_policy.install(app)  # as the app does after start-up (ui/shell/app.py)
    # Two books in turn, so each refresh draws a book that changed; the price history is the
    # same day to day (the API answers it 304, and the page does not redraw it).
    books = [answers(seed=seed) for seed in (16, 17)]
    path = f"/v1/market/{SYMBOL}/snapshot"

    cpu: list[float] = []

    def load_and_draw(run: int) -> float:
        snapshot_json, prices_json = books[run % 2]
        started, cpu_started = time.perf_counter(), time.process_time()
        snapshot = check_snapshot(
            MarketSnapshot.model_validate_json(snapshot_json, strict=True), SYMBOL, path
        )
        prices = check_prices(PriceHistory.model_validate_json(prices_json, strict=True),
                              SYMBOL, path)  # fmt: skip
        page.show_screen(screen_of(snapshot, prices, pst_decimals=18, coin_decimals=6))
        app.processEvents()  # the tables painted, the charts' idle draws rendered
        cpu.append((time.process_time() - cpu_started) * 1000)
        return (time.perf_counter() - started) * 1000

    try:
        first = load_and_draw(0)
        runs = [load_and_draw(run) for run in range(1, repeat + 1)]
        drawn = page.bids.rowCount() + page.asks.rowCount()
        used = page.market_screen.best(buy=True) if page.market_screen else None
        assert used is not None and used.order.price == used.price  # a row used parses
    finally:
        page.close()
        page.deleteLater()
        app.processEvents()
    return [
        result(ROW, statistics.median(runs), "ms", ("<=", 200)),
        # The same work in CPU seconds of this process: on a shared, loaded machine the wall
        # clock above also counts the time other processes held the cores.
        result(f"order book of {ORDERS:,}: load and draw, CPU", statistics.median(cpu[1:]), "ms"),
        result(f"order book of {ORDERS:,}: price levels in the tables", drawn, "levels"),
        result(f"order book of {ORDERS:,}: first load and draw (axes built)", first, "ms"),
    ]


def run(args: argparse.Namespace) -> list[Result]:
    return rows(getattr(args, "repeat", None) or 5)
