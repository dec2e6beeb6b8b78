"""market (GUI part): a book of 5,000 open orders loaded into the Market page's tables and drawn
as its depth chart, offscreen. Imported by bench/market.py (`run`); `rows()` runs it alone.

"Load and draw" is what a refresh does on the GUI thread once the book has arrived: the depth by
price level (app.market.depth), both side tables reset, and the depth chart rendered (matplotlib,
Agg) — from the book's (price, remaining) pairs to pixels. The median of a few runs is the row;
the first (axes built) is reported on its own.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

from bench.report import Result, result

ROW = "order book of 5,000 orders: load and draw"
ORDERS = 5_000
PST, USD = 10**18, 10**6


Pairs = list[tuple[int, int]]


def book(orders: int = ORDERS, seed: int = 16) -> tuple[Pairs, Pairs]:
    """Half bids under 10.00, half asks over it, at cent prices with several orders a level."""
    rng = random.Random(seed)
    bids = [(10 * USD - rng.randrange(1, 400) * 10_000, rng.randrange(1, 500) * PST // 10)
            for _ in range(orders // 2)]  # fmt: skip
    asks = [(10 * USD + rng.randrange(1, 400) * 10_000, rng.randrange(1, 500) * PST // 10)
            for _ in range(orders - orders // 2)]  # fmt: skip
    return bids, asks


def rows(repeat: int = 5) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.market.depth import depth_of
    from ui.market.charts import DepthChart, DepthData
    from ui.market.models import LevelsModel

    app = QApplication.instance() or QApplication([])
    bids_model, asks_model = LevelsModel(bids=True), LevelsModel(bids=False)
    chart = DepthChart()
    chart.resize(700, 260)
    chart.show()
    app.processEvents()
    bids, asks = book()

    def load_and_draw() -> float:
        started = time.perf_counter()
        depth = depth_of(bids, asks)
        bids_model.set_levels(depth.bids, depth.bid_depth, 18, 6)
        asks_model.set_levels(depth.asks, depth.ask_depth, 18, 6)
        chart.set_data(DepthData(depth, 18, 6))
        chart.render()
        return (time.perf_counter() - started) * 1000

    try:
        first = load_and_draw()
        runs = [load_and_draw() for _ in range(repeat)]
        drawn = bids_model.rowCount() + asks_model.rowCount()
    finally:
        chart.close()
        chart.deleteLater()
        app.processEvents()
    return [
        result(ROW, statistics.median(runs), "ms", ("<=", 200)),
        result(f"order book of {ORDERS:,}: price levels in the tables", drawn, "levels"),
        result(f"order book of {ORDERS:,}: first load and draw (axes built)", first, "ms"),
    ]


def run(args: argparse.Namespace) -> list[Result]:
    return rows(getattr(args, "repeat", None) or 5)
