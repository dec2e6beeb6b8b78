"""Password entry for the wallet: asking for the wallet password, and choosing a new one.

Dialogs follow Electrum's shape: `run()` returns the answer (or None when cancelled) and clears
every password field in `finally`, so the text does not linger in the widgets. The answer is a
bytearray the caller wipes after use (app.wallet.keystore.wipe).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import Phrase
from app.wallet.password import MIN_NEW_WALLET_SCORE, estimate_strength
from ui.shared.i18n import current_code, in_language
from ui.shared.i18n.retranslating import Retranslating, Text, said
from ui.shared.secret_edit import SecretEdit


def password_field(name: str, placeholder: str = "") -> QLineEdit:
    field = SecretEdit(name=name)
    describe(field, placeholder)
    return field


def describe(field: QLineEdit, placeholder: str) -> None:
    """The field's placeholder, also its accessible name (set again on a change of language)."""
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(placeholder)


def take_secret(field: QLineEdit) -> bytearray:
    """The field's text as a bytearray, and the field cleared."""
    secret = bytearray(field.text().encode("utf-8"))
    field.clear()
    return secret


class PasswordDialog(Retranslating, QDialog):
    """Asks for the wallet password, e.g. to unlock or to sign once."""

    def __init__(
        self,
        reason: Text,
        account: str = "",
        parent: QWidget | None = None,
        *,
        signing: Text = "",
    ) -> None:
        """`signing`: what the password will sign, said before it is typed. Either text may be a
        function that words it in the current language (called again on a change of language)."""
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self._reason, self._account, self._signing = reason, account, signing
        self.password = password_field("password")
        self.message = message = QLabel()
        message.setWordWrap(True)
        self.signing = QLabel()
        self.signing.setObjectName("signing")
        self.signing.setWordWrap(True)
        self.signing.setStyleSheet("font-weight: 600;")
        self.signing.setVisible(bool(signing))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.signing)
        layout.addWidget(message)
        layout.addWidget(self.password)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Wallet password"))
        describe(self.password, self.tr("Wallet password"))
        account = self._account
        self.message.setText(said(self._reason) + (f"\n{account}" if account else ""))
        signing = said(self._signing)
        self.signing.setText(
            self.tr("You are about to sign: {what}").format(what=signing) if signing else ""
        )

    def run(self) -> bytearray | None:
        try:
            if self.exec() != QDialog.DialogCode.Accepted or not self.password.text():
                return None
            return take_secret(self.password)
        finally:
            self.password.clear()


class NewPasswordFields(Retranslating, QWidget):
    """A new password, its confirmation and a strength meter (the wallet's own rules), each
    labelled; `what` names the password in the first field (the wallet's by default). An owner
    that names it says so again after a change of language (`set_what`)."""

    def __init__(
        self, parent: QWidget | None = None, *, needed: bool = True, what: str = ""
    ) -> None:
        super().__init__(parent)
        self._what = what
        self.password = password_field("newPassword")
        self.confirmation = password_field("confirmPassword")
        self.meter = QProgressBar()
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setFormat("")
        self.advice = QLabel("")
        self.advice.setObjectName("muted")
        self.advice.setWordWrap(True)
        self.password_label = QLabel()
        self.strength_label = QLabel()
        self.confirm_label = QLabel()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.password_label, self.password)
        form.addRow(self.strength_label, self.meter)
        form.addRow("", self.advice)
        form.addRow(self.confirm_label, self.confirmation)
        self.password.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        self.setVisible(needed)
        self.retranslate()

    def retranslate(self) -> None:
        self.password_label.setText(self.tr("Password"))
        self.strength_label.setText(self.tr("Strength"))
        self.confirm_label.setText(self.tr("Confirm"))
        describe(self.password, self._what or self.tr("New wallet password"))
        describe(self.confirmation, self.tr("Type it again"))
        self._update()  # the strength and the advice, in the new language

    def set_what(self, what: str) -> None:
        """Name the new password (in the current language)."""
        self._what = what
        describe(self.password, what or self.tr("New wallet password"))

    def _update(self) -> None:
        text = self.password.text()
        strength = estimate_strength(text)
        language = current_code()

        def words(phrase: str) -> str:
            return in_language(phrase, language)

        self.meter.setValue(strength.score if text else 0)
        self.meter.setFormat(words(Phrase(f"wallet.strength.{strength.score}")) if text else "")
        joiner = "" if language.startswith("zh") else " "  # Chinese sentences take no space
        advice = joiner.join(filter(None, map(words, (strength.warning, *strength.suggestions))))
        if text and not strength.acceptable:
            level = words(Phrase(f"wallet.strength.{MIN_NEW_WALLET_SCORE}"))
            needed = self.tr("Needs at least '{level}'.").format(level=level)
            advice = needed + joiner + advice
        if text and self.confirmation.text() and self.confirmation.text() != text:
            advice = self.tr("The two passwords differ.") + joiner + advice
        self.advice.setText(advice if text else "")

    def acceptable(self) -> bool:
        text = self.password.text()
        return estimate_strength(text).acceptable and text == self.confirmation.text()

    def take(self) -> tuple[bytearray, bytearray]:
        """(password, confirmation) as bytearrays; the fields are cleared."""
        return take_secret(self.password), take_secret(self.confirmation)

    def clear(self) -> None:
        self.password.clear()
        self.confirmation.clear()
