"""`python -m bench screen [--json] [--merchants N]`: screening the whole portfolio.

Starts the sandbox (REST only, a still clock) with 15,000 merchants in a temporary directory.
The sandbox generates each bulk page, and each category's peer statistics, on its first request
(the platform's work, not the app's: a real platform publishes its peer statistics once a day):
one pass fills its caches and is reported without a target. Then, for the client:
- cold: empty cache, every page fetched, validated and scored (<= 3 s);
- warm: the same cache, every page answered 304, figures from the measures cache (<= 1 s);
- what-if: a threshold changed on the Screener page: pass/fail, funnel, ranking, the table and
  the funnel redrawn (<= 300 ms);
- the longest GUI-thread stall (5 ms heartbeat) while the page screens from cold (<= 50 ms);
- the peak resident memory the cold screening adds (<= 400 MB).
Then the engine measurement behind app.domain.scorer (numpy), on one page of merchants:
the window sums of growth, return rate and DIO, from the same Arrow table, in numpy, polars and
DuckDB (those two only when installed: they are not dependencies; a row names the engines that
are not installed, so a table with numpy alone says why).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.report import Result, over_rest_sandbox, result

HEARTBEAT_MS = 5


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--merchants", type=int, default=15_000, help="portfolio size")
    parser.add_argument("--repeat", type=int, default=3, help="runs per warm/what-if timing")


def run(args: argparse.Namespace) -> list[Result]:
    from app.memory import reuse_freed_memory

    reuse_freed_memory()  # as main.py does
    return over_rest_sandbox(
        args.merchants,
        lambda sandbox, tmp: _measure(args, sandbox, tmp),
        timeout=600,
        prefix="pst-bench-screen-",
    )


def _screener(sandbox: Any, tmp: Path, name: str) -> Any:
    from app.backend.bulk import BulkClient
    from app.backend.cache import CachedApi
    from app.backend.client import ApiClient
    from app.screener.loader import Screener
    from app.storage import open_database

    client = ApiClient(sandbox.api_url, sandbox.token, timeout=600)
    api = CachedApi(client, open_database(tmp / f"{name}.sqlite3"), "bench")
    return Screener(api, BulkClient(client, tmp / name / "pages"), tmp / name / "measures")


def _seconds(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _measure(args: argparse.Namespace, sandbox: Any, tmp: Path) -> list[Result]:
    count = f"{args.merchants:,}"
    results: list[Result] = []
    first, _ = _seconds(lambda: _warm_server(sandbox, args.merchants))
    results.append(result("sandbox's first generation of every page and the peers (server, "
                          "no target)", first, "s"))  # fmt: skip

    screener = _screener(sandbox, tmp, "client")
    with PeakMemory() as memory:
        cpu = time.process_time()
        cold, portfolio = _seconds(screener.load)
        cpu = time.process_time() - cpu
    results.append(result(f"screen {count} merchants, cold (fetch + compute)", cold, "s",
                          ("<=", 3.0)))  # fmt: skip
    # The client's own CPU seconds for the same work (every thread of this process; the
    # sandbox server is another): on a shared machine the wall clock above also counts the
    # time other processes held the cores.
    results.append(result(f"screen {count} merchants, cold (CPU of the client)", cpu, "s"))
    warm = statistics.median(_seconds(screener.load)[0] for _ in range(args.repeat))
    results.append(result(f"screen {count} merchants, warm (cache)", warm, "s", ("<=", 1.0)))
    what_if, stall = _gui(args, sandbox, tmp)
    results.append(result("what-if recompute after a threshold change", what_if, "ms",
                          ("<=", 300.0)))  # fmt: skip
    results.append(result("GUI-thread stall while screening", stall, "ms", ("<=", 50.0)))
    results.append(result("peak memory added by screening", memory.added_mb, "MB",
                          ("<=", 400.0)))  # fmt: skip
    results.append(
        result(
            "stores passing all five (policy in force)",
            float(portfolio.funnel(portfolio.judge())[-2].count),
            "stores",
        )
    )
    results.extend(_engines(screener))
    return results


def _warm_server(sandbox: Any, merchants: int) -> None:
    """Ask for every page the client will, and the peers, bodies discarded: the sandbox
    generates and keeps them (the same URLs as app.backend.bulk and the client build)."""
    import httpx

    from app.backend.bulk import PAGE_SIZE, merchants_resource, series_resource
    from app.backend.models import Category
    from app.domain.policy import DEFAULT_POLICY
    from app.domain.scorer import window_days
    from app.sandbox.calendar import HISTORY_START
    from app.screener.loader import requests

    headers = {"Authorization": f"Bearer {sandbox.token}"}
    with httpx.Client(base_url=sandbox.api_url, headers=headers, timeout=600) as http:
        as_of = dt.date.fromisoformat(http.get("/v1/health").json()["sim_date"])
        for category in Category:
            http.get(f"/v1/peers/{category.value}").raise_for_status()
        wanted = requests(as_of, HISTORY_START, window_days(DEFAULT_POLICY))
        for page in range(1, -(-merchants // PAGE_SIZE) + 1):
            resources = [merchants_resource(page, PAGE_SIZE, as_of)]
            resources += [series_resource(page, PAGE_SIZE, *request) for request in wanted]
            for resource in resources:
                http.get(resource.path, params=resource.params).raise_for_status()


class PeakMemory:
    """The peak resident set size above the starting one: the kernel's own high-water mark,
    reset first (Linux, /proc/self/clear_refs). Where the reset is refused, RSS is sampled every
    2 ms instead; the sampler costs the measured work CPU (reading /proc/self/status 500 times
    a second took 0.3 s of system time from a cold screening), so it runs only then."""

    def __init__(self) -> None:
        self.added_mb = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> PeakMemory:
        self._base = _rss_kb("VmRSS")
        self._peak = self._base
        if not _reset_high_water_mark():
            self._thread = threading.Thread(target=self._sample, daemon=True)
            self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.002):
            self._peak = max(self._peak, _rss_kb("VmRSS"))

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        peak = max(self._peak, _rss_kb("VmHWM"))
        self.added_mb = (peak - self._base) / 1024


def _reset_high_water_mark() -> bool:
    """Reset VmHWM to the current RSS; whether the kernel did."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return _rss_kb("VmHWM") <= _rss_kb("VmRSS") + 1024  # reset (give or take a page or two)


def _rss_kb(field: str) -> int:
    text = Path("/proc/self/status").read_text()
    found = re.search(rf"^{field}:\s+(\d+) kB", text, re.MULTILINE)
    return int(found.group(1)) if found else 0


def _gui(args: argparse.Namespace, sandbox: Any, tmp: Path) -> tuple[float, float]:
    """(what-if milliseconds, the longest GUI-thread stall in ms while screening from cold)."""
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.screener.page import ScreenerPage
    from ui.shared.i18n import Language
    from ui.shell import gc_policy

    app = QApplication.instance() or QApplication([])
    Language(app, "en")  # as the app does at start-up (ui/shell/app.py)
    gc_policy.install(app)
    page = ScreenerPage(_screener(sandbox, tmp, "gui"))
    page.resize(1440, 860)
    clock = QElapsedTimer()
    worst, last = [0.0], [0.0]

    def beat() -> None:
        now = clock.nsecsElapsed() / 1e6
        worst[0] = max(worst[0], now - last[0] - HEARTBEAT_MS)
        last[0] = now

    heartbeat = QTimer(interval=HEARTBEAT_MS)
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    done: list[bool] = []
    page.screened.connect(lambda: done.append(True))
    clock.start()
    heartbeat.start()
    page.show()  # the first visit screens
    deadline = time.monotonic() + 600
    while not done and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    settle = time.monotonic() + 0.5  # the charts draw when idle
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.001)
    heartbeat.stop()
    if not done:
        raise RuntimeError("the Screener did not finish screening within 10 minutes")

    timings = []
    for days in [*(90.0 + 10 * i for i in range(args.repeat * 2)), 60.0]:
        start = time.perf_counter()
        page.whatif.dio.setValue(days)  # recompute, re-rank the table in place, redraw the funnel
        page.funnel.draw_now()
        app.processEvents()
        timings.append((time.perf_counter() - start) * 1000)
    page.close()
    page.deleteLater()
    app.processEvents()
    return statistics.median(timings), worst[0]


def _engines(screener: Any) -> list[Result]:
    """Growth, return rate and DIO window sums on page 1 (PAGE_SIZE merchants) in each engine."""
    from app.backend.bulk import PAGE_SIZE
    from app.screener.loader import segments

    health = screener.api.health().value
    as_of, total = health.sim_date, health.merchant_count
    table = screener.bulk.series_page(1, PAGE_SIZE, None, segments(as_of)[0][1], total=total).table
    return engine_rows(table, PAGE_SIZE)


ENGINES = ("numpy", "polars", "duckdb")


def engine_rows(table: Any, merchants: int, repeat: int = 5) -> list[Result]:
    """The engines' timings on `table` (the series of `merchants` merchants, two years or
    more), and a row naming those not installed."""
    import numpy as np

    days = table.num_rows // merchants
    cut_year, cut_two = days - 365, days - 730

    def with_numpy() -> Any:
        def col(name: str) -> Any:
            return table.column(name).to_numpy().reshape(merchants, days)

        gmv, orders, returns = col("gmv_platform"), col("orders_platform"), col("returns_platform")
        inventory, cogs = col("inventory_platform"), col("cogs_platform")
        return (
            gmv[:, cut_year:].sum(1), gmv[:, cut_two:cut_year].sum(1),
            returns[:, cut_year:].sum(1), orders[:, cut_year:].sum(1),
            inventory[:, cut_year:].sum(1), cogs[:, cut_year:].sum(1),
        )  # fmt: skip

    rows = [("numpy", with_numpy)]
    try:
        import polars as pl

        def with_polars() -> Any:
            frame = pl.from_arrow(table).with_columns(
                pl.int_range(pl.len()).over("merchant_id").alias("i")
            )
            recent = pl.col("i") >= cut_year
            earlier = (pl.col("i") >= cut_two) & ~recent
            return frame.group_by("merchant_id", maintain_order=True).agg(
                pl.col("gmv_platform").filter(recent).sum(),
                pl.col("gmv_platform").filter(earlier).sum().alias("gmv_earlier"),
                *(pl.col(c).filter(recent).sum() for c in ("returns_platform", "orders_platform",
                  "inventory_platform", "cogs_platform")),
            )  # fmt: skip

        rows.append(("polars", with_polars))
    except ImportError:
        pass
    try:
        import duckdb

        def with_duckdb() -> Any:
            connection = duckdb.connect()
            connection.register("series", table)
            first_day = table.column("day")[0].as_py()
            query = f"""
                WITH s AS (SELECT *, datediff('day', DATE '{first_day}', day) AS i FROM series)
                SELECT merchant_id,
                  sum(gmv_platform) FILTER (WHERE i >= {cut_year}),
                  sum(gmv_platform) FILTER (WHERE i >= {cut_two} AND i < {cut_year}),
                  sum(returns_platform) FILTER (WHERE i >= {cut_year}),
                  sum(orders_platform) FILTER (WHERE i >= {cut_year}),
                  sum(inventory_platform) FILTER (WHERE i >= {cut_year}),
                  sum(cogs_platform) FILTER (WHERE i >= {cut_year})
                FROM s GROUP BY merchant_id ORDER BY merchant_id"""  # noqa: S608 (numbers only)
            found = connection.execute(query).fetchnumpy()
            connection.close()
            return found

        rows.append(("duckdb", with_duckdb))
    except ImportError:
        pass
    out = []
    reference = with_numpy()
    for name, fn in rows:
        fn()  # warm up (imports, thread pools)
        seconds = statistics.median(_seconds(fn)[0] for _ in range(repeat))
        if name == "numpy":
            assert all(np.array_equal(a, b) for a, b in zip(fn(), reference, strict=True))
        label = f"engine {name}: window sums, {merchants:,} merchants x {days} days"
        out.append(result(label, seconds * 1000, "ms"))
    missing = [name for name in ENGINES if name not in dict(rows)]
    if missing:
        label = f"engines not installed, not measured: {', '.join(missing)}"
        out.append(result(label, float(len(missing)), "engines"))
    return out
