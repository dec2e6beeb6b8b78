"""Where a revealed secret is shown: for a limited time, with copy (cleared from the clipboard
after the same time, if still ours) and, for a TOTP code, the seconds it stays valid."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.vault import CLIPBOARD_CLEAR_SECONDS, SecretField
from app.vault.totp import DEFAULT_STEP, seconds_left
from ui.shared.clipboard import ClipboardGuard
from ui.shared.named import named
from ui.vault.dialogs import field_name


class RevealPanel(QFrame):
    reveal_requested = Signal(object)  # SecretField

    def __init__(
        self, seconds: float = CLIPBOARD_CLEAR_SECONDS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.seconds = seconds
        self.guard = ClipboardGuard(seconds, parent=self)
        self.guard.cleared.connect(self._clipboard_cleared)
        self.title = QLabel(self.tr("Select a store"))
        self.title.setObjectName("sectionTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.buttons: dict[SecretField, QPushButton] = {}
        grid = QHBoxLayout()
        grid.setSpacing(6)
        for field in (
            SecretField.PASSWORD,
            SecretField.API_KEYS,
            SecretField.TOTP_CODE,
            SecretField.TOTP_SEED,
            SecretField.NOTES,
        ):
            text = self.tr("TOTP code") if field is SecretField.TOTP_CODE else field_name(field)
            button = QPushButton(text[0].upper() + text[1:])
            button.setObjectName(f"reveal_{field.value}")
            button.setToolTip(
                self.tr("Reveal the {field} (asks for a purpose; recorded)").format(
                    field=field_name(field)
                )
            )
            button.clicked.connect(lambda _=False, f=field: self.reveal_requested.emit(f))
            grid.addWidget(button)
            self.buttons[field] = button
        self.what = QLabel("")
        self.what.setObjectName("muted")
        self.value = named(QPlainTextEdit(readOnly=True), "revealedValue")
        self.value.setAccessibleName(self.tr("Revealed secret"))
        self.value.setFixedHeight(72)
        self.value.setPlaceholderText(self.tr("Revealed secrets appear here for a short time."))
        self.code = QLabel("")
        self.code.setObjectName("totpCode")
        self.code.setStyleSheet("font-size: 28px; font-weight: 600; letter-spacing: 4px;")
        self.countdown = QLabel("")
        self.countdown.setObjectName("totpCountdown")
        self.copy_button = named(QPushButton(self.tr("Copy")), "copy")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy)
        self.hide_button = named(QPushButton(self.tr("Hide")), "hide")
        self.hide_button.setEnabled(False)
        self.hide_button.clicked.connect(self.forget)
        self.clip_state = QLabel("")
        self.clip_state.setObjectName("muted")
        self.chain_note = QLabel("")
        self.chain_note.setObjectName("muted")
        self.chain_note.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.hide_button)
        actions.addWidget(self.clip_state, 1)
        totp = QHBoxLayout()
        totp.addWidget(self.code)
        totp.addWidget(self.countdown, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.what)
        layout.addWidget(self.value)
        layout.addLayout(totp)
        layout.addLayout(actions)
        layout.addWidget(self.chain_note)
        self._secret = ""
        self._shown_at = 0.0
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._update)
        self.set_enabled(False)

    def set_enabled(self, enabled: bool, has_totp: bool = True) -> None:
        for field, button in self.buttons.items():
            totp_field = field in (SecretField.TOTP_CODE, SecretField.TOTP_SEED)
            button.setEnabled(enabled and (has_totp or not totp_field))

    def show_secret(self, which: SecretField, value: str, note: str = "") -> None:
        self.forget()
        self._secret = value
        self._shown_at = time.monotonic()
        what = field_name(which)
        self.what.setText(self.tr("{field}:").format(field=what[0].upper() + what[1:]))
        totp = which is SecretField.TOTP_CODE
        self.value.setVisible(not totp)
        self.code.setVisible(totp)
        self.countdown.setVisible(totp)
        if totp:
            self.code.setText(value)
            self._step = int(time.time() // DEFAULT_STEP)
        else:
            self.value.setPlainText(value)
        self.chain_note.setText(note)
        self.copy_button.setEnabled(True)
        self.hide_button.setEnabled(True)
        self._tick.start()
        self._update()

    def _update(self) -> None:
        if not self._secret:
            return
        if self.code.text():
            if int(time.time() // DEFAULT_STEP) != self._step:
                self.forget()
                self.countdown.setText(self.tr("That code expired; reveal again for the next one."))
                return
            self.countdown.setText(
                self.tr("{seconds_left} s left").format(seconds_left=seconds_left())
            )
        elif time.monotonic() - self._shown_at >= self.seconds:
            self.forget()
            self.what.setText(self.tr("Hidden again after a short time."))

    def copy(self) -> None:
        if not self._secret:
            return
        self.guard.copy(self._secret)
        self.clip_state.setText(
            self.tr("Copied; the clipboard is cleared in {seconds:g} s").format(
                seconds=self.seconds
            )
        )

    def _clipboard_cleared(self, ours: bool) -> None:
        self.clip_state.setText(
            self.tr("Clipboard cleared.")
            if ours
            else self.tr("The clipboard holds something else now; left as is.")
        )

    def forget(self) -> None:
        """Stop showing the secret (the clipboard keeps its own timer)."""
        self._secret = ""
        self._tick.stop()
        self.value.clear()
        self.code.clear()
        self.countdown.clear()
        self.what.clear()
        self.copy_button.setEnabled(False)
        self.hide_button.setEnabled(False)
        self.value.show()

    def wipe(self) -> None:
        """On lock, selection change and exit: hide and clear the clipboard if it is ours."""
        self.forget()
        self.chain_note.clear()
        if self.guard.holding:
            self.guard.clear_now()
