"""Work-arounds for bugs in the pinned Qt binding, each detected rather than assumed.

PySide6/shiboken6 6.12.0 on CPython 3.11 returns `None` from every void method (setText,
processEvents, ...) without taking a reference to it. Each call lowers None's reference count
by one; after some tens of thousands of calls CPython aborts with "Fatal Python error:
none_dealloc". CPython 3.12 made None immortal (PEP 683), which is what the binding assumes.
Until the project moves to 3.12+ or a fixed binding, give None the same immortality here: one
large increment of its count, applied only when the leak is observed.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

# Far more void calls than a desktop session can make (about 30 years at a million a second).
_HEADROOM = 10**15
_PROBE_CALLS = 64


def none_refcount_leaks() -> bool:
    """Whether void Qt calls drop references to None in this process."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) - before <= -_PROBE_CALLS // 2


def guard_none_refcount() -> bool:
    """Make None effectively immortal when the binding leaks it; True if it had to."""
    if sys.version_info >= (3, 12) or not none_refcount_leaks():
        return False
    if sys.getrefcount(None) < _HEADROOM // 2:
        # ob_refcnt is the first field of every object on CPython 3.11.
        ctypes.c_ssize_t.from_address(id(None)).value += _HEADROOM
        log.info("PySide6 drops references to None on void calls; None made immortal")
    return True
