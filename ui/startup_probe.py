"""`main.py gui --exit-after-paint` (hidden): time the first paint of the main window, then quit.

Used by the packaging smoke test and `python -m bench startup`. It prints two lines once the
window has painted, and one more when the backend has settled (connected or failed cleanly):

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
    """Watch the app's paint events until `window` paints; then wait for `settled()` and quit."""

    def __init__(
        self,
        app: QApplication,
        window: QWidget,
        settled: Callable[[], bool],
        connected: Callable[[], bool],
    ) -> None:
        super().__init__(app)
        self._app, self._window = app, window
        self._settled, self._connected = settled, connected
        self._seen = False
        self._poll = QTimer(self, interval=SETTLE_POLL_MS)
        self._poll.timeout.connect(self._check_settled)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._seen = True
            # The whole window paints in this one pass; note the time once it has finished.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        self._app.removeEventFilter(self)
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
