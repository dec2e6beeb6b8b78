"""Building the GUI over a real backend for tests: store in tmp, real client, real services."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.config import Settings
from app.events import EventBus
from app.services.merchants import MerchantExplorer
from app.storage import Database, open_database
from ui.shared.bridge import EventBridge
from ui.shared.theme import ThemeManager
from ui.shell.main_window import MainWindow


def poll(found: Callable[[], object | None], act: Callable[[Any], object]) -> None:
    """Every 20 ms (a modal's own event loop runs it too) until `found()` gives something, then
    `act` on it once. A QTimer, so a poll a failed test leaves behind is seen and stopped by
    the hygiene check instead of answering the next test's dialog."""
    timer = QTimer()
    timer.setObjectName("answer")
    timer.setInterval(20)

    def attempt() -> None:
        target = found()
        if target is not None:
            timer.stop()
            _POLLS.remove(timer)
            act(target)

    timer.timeout.connect(attempt)
    timer.start()
    _POLLS.append(timer)  # alive until it acts (nothing else holds it)


_POLLS: list[QTimer] = []  # polls waiting for their dialog


def answer(kind: type, act: Callable[[Any], object]) -> None:
    """Once a visible top-level `kind` (a modal QMessageBox, a dialog) shows, `act` on it."""
    poll(
        lambda: next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
            None,
        ),
        act,
    )


def choose_file(dialog: QFileDialog, path: Path) -> None:
    """Type `path` into an open file dialog's name field and accept it, as a person does.

    Not `selectFile`: once the dialog is shown and its name field has focus, Qt leaves the field
    as it was, so `accept()` then saw no file (open) or the suggested one (save) and the test hung
    or wrote elsewhere, depending on how fast the window became active."""
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None, "a non-native QFileDialog has a file-name field"
    name.setText(str(path))
    dialog.accept()
    assert not dialog.isVisible(), f"the file dialog refused {path}"


@dataclass
class Gui:
    window: MainWindow
    explorer: MerchantExplorer
    api: CachedApi
    client: ApiClient
    bus: EventBus
    db: Database
    monitor: Any = None

    @property
    def merchants(self):  # noqa: ANN201
        assert self.window.merchants is not None
        return self.window.merchants

    @property
    def dashboard(self):  # noqa: ANN201
        assert self.window.dashboard is not None
        return self.window.dashboard


@contextmanager
def gui_over(
    qtbot: Any,
    url: str,
    token: str,
    store: Path,
    *,
    timeout: float = 10.0,
    retries: int = 3,
    monitor_interval: float | None = None,
) -> Iterator[Gui]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    db = open_database(store)
    client = ApiClient(url, token, timeout=timeout, retries=retries, backoff=0.01)
    api = CachedApi(client, db, "test")
    bus = EventBus()
    explorer = MerchantExplorer(api, bus)
    monitor = None
    if monitor_interval is not None:
        from app.services.monitor import LiveMonitor

        monitor = LiveMonitor(api, bus, interval=monitor_interval, explorer=explorer)
        monitor.start()
    theme = ThemeManager(app, "light")
    bridge = EventBridge(bus)
    window = MainWindow(Settings(), lambda _s: None, theme)
    qtbot.addWidget(window)
    window.show()
    window.attach(explorer, monitor, bridge)
    try:
        yield Gui(window, explorer, api, client, bus, db, monitor)
    finally:
        if monitor is not None:
            monitor.stop()
        bridge.close()
        qtbot.waitUntil(lambda: _idle(), timeout=15_000)
        explorer.close()
        client.close()
        db.close()
        theme.deleteLater()
        bridge.deleteLater()


def _idle() -> bool:
    from ui.shared.runner import pending_ops

    return pending_ops() == 0
