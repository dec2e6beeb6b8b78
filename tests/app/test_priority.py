"""Background threads step down in priority (app/priority.py); the caller's other threads keep
theirs."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from app.priority import BACKGROUND_NICE, lower_this_thread


def _nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice: Linux")
def test_only_the_calling_thread_is_lowered() -> None:
    before = _nice()
    seen: list[int] = []

    def worker() -> None:
        lower_this_thread()
        seen.append(_nice())

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == [min(19, before + BACKGROUND_NICE)]
    assert _nice() == before  # this thread (the window's, in the app) runs as before
