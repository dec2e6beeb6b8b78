"""Bulk work yields the CPU to the thread that draws the window.

A cold screening keeps three workers busy on what may be two cores; a window's thread that
wakes to draw then waits its turn behind them, and the page stutters. Workers that call
`lower_this_thread` first run a few steps below normal priority: the scheduler lets a woken
normal thread run at once, and the workers still have every core the window leaves idle.

Linux gives each thread its own nice value (other systems: this changes nothing). A thread can
lower its own priority but, unprivileged, never raise it again: call this only on threads that
end with their work (a pool made for it), never on a shared pool's.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading

BACKGROUND_NICE = 5  # CFS gives a nice-5 thread a third of a nice-0 thread's share


def lower_this_thread() -> None:
    if not sys.platform.startswith("linux"):
        return
    thread = threading.get_native_id()
    with contextlib.suppress(OSError):  # a sandbox may forbid it: run at normal priority
        now = os.getpriority(os.PRIO_PROCESS, thread)
        os.setpriority(os.PRIO_PROCESS, thread, min(19, now + BACKGROUND_NICE))
