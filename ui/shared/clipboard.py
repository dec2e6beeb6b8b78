"""A copied secret leaves the clipboard after a while, but only if the clipboard still holds it.

Only a SHA-256 of the copied value is kept to compare with, never the value itself: if the user
copied something else meanwhile, that is left alone.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from app.vault import CLIPBOARD_CLEAR_SECONDS


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode()).digest()


class ClipboardGuard(QObject):
    cleared = Signal(bool)  # True when our value was removed, False when something else was there

    def __init__(
        self,
        seconds: float = CLIPBOARD_CLEAR_SECONDS,
        clipboard: QClipboard | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._digest: bytes | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.clear_now)

    @property
    def holding(self) -> bool:
        """A value we copied may still be on the clipboard."""
        return self._digest is not None

    def remaining_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else 0

    def copy(self, text: str) -> None:
        self._digest = _digest(text)
        self._clipboard.setText(text, QClipboard.Mode.Clipboard)
        self._timer.start(int(self.seconds * 1000))

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds what we copied (also on lock and on exit)."""
        self._timer.stop()
        if self._digest is None:
            return
        ours = _digest(self._clipboard.text(QClipboard.Mode.Clipboard)) == self._digest
        if ours:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
        self._digest = None
        self.cleared.emit(ours)
