"""When Python's cyclic garbage collector may pause the GUI thread.

A full (generation 2) collection walks every tracked object: with a 15,000-row merchant list,
open dashboards and matplotlib figures in memory it takes 100-200 ms, and whichever thread
triggers it holds the GIL, so the window freezes that long at a random moment (the merchants
and portfolio benchmarks saw exactly such 180 ms stalls; with the collector off they vanished).
So: objects alive after start-up are frozen (never walked again), automatic collections stop at
generation 1 (cheap: young objects only), and a full collection runs on a timer, rarely, on the
GUI thread's own schedule. Cyclic garbage that reaches generation 2 waits for that timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

FULL_COLLECTION_MS = 10 * 60 * 1000
_NO_AUTOMATIC_FULL = 1_000_000_000


def install(parent: QObject) -> QTimer:
    """Apply the policy for this process; the returned timer (owned by `parent`) does the
    periodic full collection."""
    gc.collect()
    gc.freeze()
    young, middle, _old = gc.get_threshold()
    gc.set_threshold(young, middle, _NO_AUTOMATIC_FULL)
    timer = QTimer(parent)
    timer.setInterval(FULL_COLLECTION_MS)
    timer.timeout.connect(full_collection)
    timer.start()
    return timer


def full_collection() -> int:
    """Collect everything, then freeze the survivors again; returns the objects collected."""
    gc.unfreeze()
    found = gc.collect()
    gc.freeze()
    return found
