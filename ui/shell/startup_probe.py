"""The first paint of the main window: run_gui builds the heavier pages only after it
(`after_first_paint`), and the hidden `main.py gui --exit-after-paint` times it and quits
(`FirstPaintProbe`; used by the packaging smoke test and `python -m bench startup`). It prints
two lines once the window has painted, and one more when the backend has settled:

    first-paint: 0.81 s after launch
    first-paint-epoch: 1732412345.123456
    startup: connected            (or: startup: failed)

then quits the event loop with 0, so the normal shutdown (sandbox stop) runs.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SETTLE_POLL_MS = 50
FALLBACK_MS = 1500  # platforms that never paint (QT_QPA_PLATFORM=minimal) still finish starting


class _FirstPaint(QObject):
    """Watches the app's paint events until one belongs to `window`, then calls `then` once
    that paint pass has finished (a queued call; filters installed later are asked first, so
    callbacks run in the reverse order of their registration)."""

    def __init__(self, window: QWidget, then: Callable[[], None], fallback_ms: int | None) -> None:
        super().__init__(window)
        self._window, self._then = window, then
        self._seen = self._done = False
        app = QApplication.instance()
        assert app is not None
        self._app = app
        app.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._seen = True
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._app.removeEventFilter(self)
        self._then()


def after_first_paint(
    window: QWidget, then: Callable[[], None], fallback_ms: int | None = FALLBACK_MS
) -> None:
    """Call `then` once `window` has painted (or after `fallback_ms`, if it never does)."""
    _FirstPaint(window, then, fallback_ms)


def seconds_since_launch() -> float | None:
    """How long this process has run, from /proc (Linux, 10 ms ticks); None elsewhere."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            # The command name (field 2) may hold spaces: fields after it follow the last ")".
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            now = float(uptime.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return now - int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start, ticks since boot


class FirstPaintProbe(QObject):
    """`--exit-after-paint`: report the first paint of `window`, wait for `settled()`, quit.
    Create it after any other `after_first_paint` user, so it notes the time first."""

    def __init__(
        self,
        app: QApplication,
        window: QWidget,
        settled: Callable[[], bool],
        connected: Callable[[], bool],
    ) -> None:
        super().__init__(app)
        self._app = app
        self._settled, self._connected = settled, connected
        self._poll = QTimer(self, interval=SETTLE_POLL_MS)
        self._poll.timeout.connect(self._check_settled)
        after_first_paint(window, self._painted, fallback_ms=None)

    def _painted(self) -> None:
        now = time.time()
        self._poll.start()  # first, so a closed stdout cannot keep the app from quitting
        since = seconds_since_launch()
        elapsed = "unknown" if since is None else f"{since:.2f} s after launch"
        print(f"first-paint: {elapsed}", flush=True)
        print(f"first-paint-epoch: {now:.6f}", flush=True)

    def _check_settled(self) -> None:
        if not self._settled():
            return
        self._poll.stop()
        self._app.exit(0)
        state = "connected" if self._connected() else "failed"
        print(f"startup: {state}", flush=True)
