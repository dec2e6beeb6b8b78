"""When and where Python's cyclic garbage collector runs: only on the GUI thread, on its timers.

Two reasons. A full (generation 2) collection walks every tracked object: with a 15,000-row
merchant list, open dashboards and matplotlib figures in memory it takes 100-200 ms, and
whichever thread triggers it holds the GIL, so the window froze that long at a random moment
(the merchants and portfolio benchmarks saw exactly such 180 ms stalls). And a collection runs
in the thread whose allocation triggered it: a worker thread that collects a cycle holding a Qt
object destroys that object outside the GUI thread, which crashes (a segmentation fault seen in
the tests). So: objects alive after start-up are frozen (never walked again), the automatic
collector is off, the young generations are collected every YOUNG_COLLECTION_MS on the GUI
thread (cheap: young objects only), and a full collection runs every FULL_COLLECTION_MS.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

FULL_COLLECTION_MS = 10 * 60 * 1000
YOUNG_COLLECTION_MS = 2_000


def install(parent: QObject) -> QTimer:
    """Apply the policy for this process; returns the full-collection timer (owned by `parent`,
    as is the young-collection one)."""
    gc.collect()
    gc.freeze()
    gc.disable()  # never in whichever thread happens to allocate
    young = QTimer(parent)
    young.setObjectName("youngCollection")
    young.setInterval(YOUNG_COLLECTION_MS)
    young.timeout.connect(young_collection)
    young.start()
    timer = QTimer(parent)
    timer.setObjectName("fullCollection")
    timer.setInterval(FULL_COLLECTION_MS)
    timer.timeout.connect(full_collection)
    timer.start()
    return timer


def young_collection() -> int:
    """Collect the two young generations (what the automatic collector would have done)."""
    return gc.collect(1)


def full_collection() -> int:
    """Collect everything, then freeze the survivors again; returns the objects collected."""
    gc.unfreeze()
    found = gc.collect()
    gc.freeze()
    return found
