"""The None-refcount guard: void Qt calls must never be able to free None."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

import ui  # noqa: F401 - importing the GUI package installs the guard
from ui.compat import guard_none_refcount, none_refcount_leaks


def test_many_void_calls_cannot_exhaust_none(qapp):
    # Without the guard this many calls aborts CPython 3.11 with the pinned binding.
    calls = sys.getrefcount(None) + 10_000
    if calls > 10**7:  # guarded (or immortal on 3.12+): prove it with a realistic burst
        calls = 200_000
    for _ in range(calls):
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) > 10**6


def test_guard_is_applied_once_and_only_when_needed():
    before = sys.getrefcount(None)
    applied = guard_none_refcount()
    assert applied == (sys.version_info < (3, 12) and none_refcount_leaks())
    assert sys.getrefcount(None) - before < 10**6  # no second top-up
