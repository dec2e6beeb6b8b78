"""Idle auto-lock for the wallet: any key or mouse activity in the app restarts the session's
idle timer (an application-wide event filter); a timer asks the session whether to lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.wallet.session import WalletSession

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleLock(QObject):
    """App-wide user activity restarts the session's idle timer; a timer lets it lock."""

    locked = Signal()

    def __init__(self, session: WalletSession, parent: QObject, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.session = session
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in ACTIVITY:
            self.session.touch()
        return False

    def check(self) -> None:
        if self.session.poll():
            self.locked.emit()
