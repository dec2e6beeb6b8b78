"""Where a revealed secret is shown: for a limited time, with copy (cleared from the clipboard
after the same time, if still ours) and, for a TOTP code, the seconds it stays valid."""

from __future__ import annotations

import enum
import time
from collections.abc import Callable

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
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.named import named
from ui.vault.dialogs import field_name


class Clip(enum.Enum):
    """What the panel last did with the clipboard."""

    COPIED = "copied"
    CLEARED = "cleared"  # cleared after its time, still ours
    REPLACED = "replaced"  # something else was copied meanwhile: left alone


class RevealPanel(Retranslating, QFrame):
    reveal_requested = Signal(object)  # SecretField

    def __init__(
        self, seconds: float = CLIPBOARD_CLEAR_SECONDS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.seconds = seconds
        self.guard = ClipboardGuard(seconds, parent=self)
        self.guard.cleared.connect(self._clipboard_cleared)
        self.title = QLabel()
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
            button = QPushButton()
            button.setObjectName(f"reveal_{field.value}")
            button.clicked.connect(lambda _=False, f=field: self.reveal_requested.emit(f))
            grid.addWidget(button)
            self.buttons[field] = button
        self.what = QLabel("")
        self.what.setObjectName("muted")
        self.value = named(QPlainTextEdit(readOnly=True), "revealedValue")
        self.value.setFixedHeight(72)
        self.code = QLabel("")
        self.code.setObjectName("totpCode")
        self.code.setStyleSheet("font-size: 28px; font-weight: 600; letter-spacing: 4px;")
        self.countdown = QLabel("")
        self.countdown.setObjectName("totpCountdown")
        self.copy_button = named(QPushButton(), "copy")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy)
        self.hide_button = named(QPushButton(), "hide")
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
        # What the panel says, kept as state so that a change of language says it again.
        self._store: str | None = None  # the selected store, as the page names it
        self._which: SecretField | None = None  # the field shown now
        self._hidden_again = False  # a secret was hidden after its time
        self._expired = False  # a TOTP code ran out
        self._clip: Clip | None = None
        self._note: Callable[[], str] = str
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._update)
        self.set_enabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self._store or self.tr("Select a store"))
        for field, button in self.buttons.items():
            text = self.tr("TOTP code") if field is SecretField.TOTP_CODE else field_name(field)
            button.setText(text[0].upper() + text[1:])
            button.setToolTip(
                self.tr("Reveal the {field} (asks for a purpose; recorded)").format(
                    field=field_name(field)
                )
            )
        self.value.setAccessibleName(self.tr("Revealed secret"))
        self.value.setPlaceholderText(self.tr("Revealed secrets appear here for a short time."))
        self.copy_button.setText(self.tr("Copy"))
        self.hide_button.setText(self.tr("Hide"))
        self._show_what()
        self._show_countdown()
        self._show_clip()
        self.chain_note.setText(self._note())

    def show_store(self, title: str | None) -> None:
        """Name the selected store (None: none is selected)."""
        self._store = title
        self.title.setText(title or self.tr("Select a store"))

    def set_enabled(self, enabled: bool, has_totp: bool = True) -> None:
        for field, button in self.buttons.items():
            totp_field = field in (SecretField.TOTP_CODE, SecretField.TOTP_SEED)
            button.setEnabled(enabled and (has_totp or not totp_field))

    def show_secret(self, which: SecretField, value: str, note: Callable[[], str] = str) -> None:
        """Show `value` for a while; `note()` says where the access was recorded."""
        self.forget()
        self._secret = value
        self._shown_at = time.monotonic()
        self._which = which
        self._show_what()
        totp = which is SecretField.TOTP_CODE
        self.value.setVisible(not totp)
        self.code.setVisible(totp)
        self.countdown.setVisible(totp)
        if totp:
            self.code.setText(value)
            self._step = int(time.time() // DEFAULT_STEP)
        else:
            self.value.setPlainText(value)
        self._note = note
        self.chain_note.setText(note())
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
                self._expired = True
            self._show_countdown()
        elif time.monotonic() - self._shown_at >= self.seconds:
            self.forget()
            self._hidden_again = True
            self._show_what()

    def _show_what(self) -> None:
        if self._which is not None:
            what = field_name(self._which)
            self.what.setText(self.tr("{field}:").format(field=what[0].upper() + what[1:]))
        elif self._hidden_again:
            self.what.setText(self.tr("Hidden again after a short time."))
        else:
            self.what.clear()

    def _show_countdown(self) -> None:
        if self._expired:
            self.countdown.setText(self.tr("That code expired; reveal again for the next one."))
        elif self._secret and self.code.text():
            self.countdown.setText(
                self.tr("{seconds_left} s left").format(seconds_left=seconds_left())
            )
        else:
            self.countdown.clear()

    def _show_clip(self) -> None:
        if self._clip is Clip.COPIED:
            text = self.tr("Copied; the clipboard is cleared in {seconds:g} s").format(
                seconds=self.seconds
            )
        elif self._clip is Clip.CLEARED:
            text = self.tr("Clipboard cleared.")
        elif self._clip is Clip.REPLACED:
            text = self.tr("The clipboard holds something else now; left as is.")
        else:
            text = ""
        self.clip_state.setText(text)

    def copy(self) -> None:
        if not self._secret:
            return
        self.guard.copy(self._secret)
        self._clip = Clip.COPIED
        self._show_clip()

    def _clipboard_cleared(self, ours: bool) -> None:
        self._clip = Clip.CLEARED if ours else Clip.REPLACED
        self._show_clip()

    def forget(self) -> None:
        """Stop showing the secret (the clipboard keeps its own timer)."""
        self._secret = ""
        self._which = None
        self._hidden_again = self._expired = False
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
        self._note = str
        self.chain_note.clear()
        if self.guard.holding:
            self.guard.clear_now()
