"""portfolio (GUI part): the longest GUI-thread stall while the Portfolio page refreshes N
holdings. Called by bench/portfolio.py's `run` with its world (a chain with N real holdings).

A heartbeat QTimer ticks every 2 ms on the GUI thread; the longest gap between two ticks while a
refresh runs (worker reads, then the page draws the table, totals and charts) is the stall the
user would feel. The first refresh builds the charts' axes and is reported on its own.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from typing import Any

from bench.report import Result, result

HEARTBEAT_MS = 2


def run_with(world: Any, args: argparse.Namespace) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.chain.context import ChainContext
    from app.events import EventBus
    from app.services.portfolio import PortfolioService
    from ui.portfolio.page import PortfolioPage
    from ui.shell import gc_policy

    app = QApplication.instance() or QApplication([])
    gc_policy.install(app)  # as the app does after start-up (ui/shell/app.py)
    bus = EventBus()
    profile = world.client.profile.with_endpoints(registry_address=world.registry)
    chain = ChainContext(profile, world.db, client=world.client, index_confirmations=0)
    service = PortfolioService(chain, bus)
    page = PortfolioPage(service, poll_ms=0)
    page.resize(1260, 860)
    page.show()
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer(interval=HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    views: list[Any] = []
    page.refreshed.connect(views.append)

    def one_refresh(first: bool) -> tuple[float, float]:
        """(longest stall ms, wall ms) of one refresh, from the request to the drawn charts."""
        count = len(views)
        gaps.clear()
        started = time.perf_counter()
        last[0] = clock.elapsed()
        heartbeat.start()
        if first:
            page.set_account(world.investor)
        else:
            page.refresh()
        deadline = time.monotonic() + 120
        while (len(views) == count or page.charts.pending()) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        wall = (time.perf_counter() - started) * 1000
        settle = time.monotonic() + 0.1  # repaints after the last chart
        while time.monotonic() < settle:
            app.processEvents()
            time.sleep(0.0005)
        heartbeat.stop()
        return float(max(gaps, default=0)), wall

    try:
        first_stall, first_wall = one_refresh(first=True)
        runs = [one_refresh(first=False) for _ in range(args.repeat)]  # the same numbers
        changed = []
        for _ in range(args.repeat):  # every chart redrawn, as when new flows arrive
            page.charts.invalidate()
            app.processEvents()
            changed.append(one_refresh(first=False))
    finally:
        page.close()
        page.deleteLater()
        app.processEvents()
        service.close()
    n = world.holdings
    shown = views[-1].snapshot.holdings if views else ()
    stalls = [s for s, _ in runs]
    redrawn = [s for s, _ in changed]
    return [
        result(f"GUI: holdings drawn (of {n})", page.model.rowCount(), "rows", ("==", len(shown))),
        result(
            f"GUI: longest GUI-thread stall, refresh of {n}, same flows (worst of {len(runs)})",
            max(stalls),
            "ms",
            ("<=", 50),
        ),
        result(
            f"GUI: longest stall, refresh of {n} redrawing every chart (worst of {len(changed)})",
            max(redrawn),
            "ms",
            ("<=", 50),
        ),
        result(
            "GUI: refresh to drawn, median (charts redrawn)",
            statistics.median(w for _, w in changed),
            "ms",
        ),
        result("GUI: first refresh's longest stall (axes built)", first_stall, "ms"),
        result("GUI: first refresh to drawn", first_wall, "ms"),
    ]
