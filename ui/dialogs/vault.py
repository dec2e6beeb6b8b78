"""The vault's dialogs. Each has `ask(...)` that returns the answer (or None when cancelled);
secret fields are cleared in `finally` so the widgets do not keep them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.storage.schema import VaultAccess
from app.vault import SecretField, StoreCredential, VaultError
from app.vault.records import check_label, check_purpose, check_store_id

FIELD_NAMES = {
    SecretField.PASSWORD: "password",
    SecretField.API_KEYS: "API keys",
    SecretField.TOTP_SEED: "TOTP seed",
    SecretField.TOTP_CODE: "current TOTP code",
    SecretField.NOTES: "notes",
    SecretField.API_TOKEN: "REST API token",
}


class _Form(QDialog):
    """A dialog with a form, an inline error line and OK/Cancel; `check()` validates on OK."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.error = QLabel("")
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def check(self) -> None:
        """Raise VaultError (shown inline, dialog stays open) when the input is not usable."""

    def _try_accept(self) -> None:
        try:
            self.check()
        except (VaultError, ValueError) as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()


class PurposeDialog(_Form):
    """Why a secret is revealed: recorded locally, and its hash on chain for treasury users."""

    def __init__(self, store_id: str, which: SecretField, parent: QWidget | None = None):
        super().__init__(f"Reveal the {FIELD_NAMES[which]} of {store_id}", parent)
        intro = QLabel(
            "State why you need it. The purpose is recorded in the access log (and, for the "
            "store's owner or operators, on chain as a hash)."
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setPlaceholderText("for example: monthly payout reconciliation")
        self.form.addRow("Purpose", self.purpose)

    def check(self) -> None:
        check_purpose(self.purpose.text())

    @classmethod
    def ask(cls, parent: QWidget, store_id: str, which: SecretField) -> str | None:
        dialog = cls(store_id, which, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.purpose.text().strip()
        finally:
            dialog.deleteLater()


class SecretDialog(_Form):
    """One secret (a backup password, an API token), optionally typed twice."""

    def __init__(self, title: str, label: str, confirm: bool, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.secret.setObjectName("secret")
        self.form.addRow(label, self.secret)
        self.again: QLineEdit | None = None
        if confirm:
            self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
            self.again.setObjectName("again")
            self.form.addRow("Again", self.again)

    def check(self) -> None:
        if not self.secret.text():
            raise VaultError("enter it first")
        if self.again is not None and self.again.text() != self.secret.text():
            raise VaultError("the two entries differ")

    @classmethod
    def ask(cls, parent: QWidget, title: str, label: str, confirm: bool = False) -> str | None:
        dialog = cls(title, label, confirm, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.secret.text()
        finally:
            dialog.secret.clear()
            if dialog.again is not None:
                dialog.again.clear()
            dialog.deleteLater()


@dataclass(frozen=True)
class CredentialForm:
    """What the add/edit dialog returns. On edit, a secret left as None keeps the stored one."""

    store_id: str
    label: str
    platform: str
    login: str
    password: str | None
    api_keys: tuple[str, ...] | None
    totp_seed: str | None
    notes: str | None

    def credential(self) -> StoreCredential:
        return StoreCredential(
            self.platform,
            self.login,
            self.password or "",
            self.api_keys or (),
            self.totp_seed or "",
            self.notes or "",
        )

    def changes(self) -> dict[str, object]:
        """The fields an edit changes (secrets left empty are kept)."""
        found: dict[str, object] = {"platform": self.platform, "login": self.login}
        for name in ("password", "api_keys", "totp_seed", "notes"):
            value = getattr(self, name)
            if value is not None:
                found[name] = value
        return found


class CredentialDialog(_Form):
    """Add a store's credentials, or edit them (secrets left empty stay as they are)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        store_id: str = "",
        platform: str = "",
        login: str = "",
        label: str = "",
    ) -> None:
        self.editing = bool(store_id)
        super().__init__(f"Edit {store_id}" if self.editing else "Add store credentials", parent)
        self.store = QLineEdit(store_id, readOnly=self.editing, objectName="store")
        self.store.setPlaceholderText("merchant id, for example M00042")
        self.platform = QLineEdit(platform, objectName="platform")
        self.login = QLineEdit(login, objectName="login")
        self.label_edit = QLineEdit(label, objectName="label")
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.api_keys = QPlainTextEdit(objectName="apiKeys")
        self.api_keys.setFixedHeight(64)
        self.totp = QLineEdit(objectName="totp", echoMode=QLineEdit.EchoMode.Password)
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setFixedHeight(64)
        keep = "leave empty to keep the stored one" if self.editing else ""
        self.password.setPlaceholderText(keep)
        self.api_keys.setPlaceholderText(keep or "one per line")
        self.totp.setPlaceholderText(keep or "base32 seed from the platform (optional)")
        self.notes.setPlaceholderText(keep)
        for title, widget in (
            ("Store", self.store),
            ("Platform", self.platform),
            ("Login", self.login),
            ("Label", self.label_edit),
            ("Password", self.password),
            ("API keys", self.api_keys),
            ("TOTP seed", self.totp),
            ("Notes", self.notes),
        ):
            self.form.addRow(title, widget)
        self.result_form: CredentialForm | None = None

    def _form(self) -> CredentialForm:
        keys = tuple(k.strip() for k in self.api_keys.toPlainText().splitlines() if k.strip())

        def kept(text: str) -> str | None:
            return None if self.editing and not text else text

        return CredentialForm(
            store_id=self.store.text().strip(),
            label=self.label_edit.text().strip(),
            platform=self.platform.text().strip(),
            login=self.login.text().strip(),
            password=kept(self.password.text()),
            api_keys=None if self.editing and not keys else keys,
            totp_seed=kept(self.totp.text().strip()),
            notes=kept(self.notes.toPlainText()),
        )

    def check(self) -> None:
        form = self._form()
        check_store_id(form.store_id)
        check_label(form.label)
        if self.editing:  # the secrets left out are checked with the stored ones, on save
            StoreCredential(form.platform, form.login)
        else:
            form.credential()
        self.result_form = form

    def _wipe(self) -> None:
        for edit in (self.password, self.totp):
            edit.clear()
        self.api_keys.clear()
        self.notes.clear()

    @classmethod
    def ask(cls, parent: QWidget, **existing: str) -> CredentialForm | None:
        dialog = cls(parent, **existing)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_form
        finally:
            dialog._wipe()
            dialog.deleteLater()


class AccessLogDialog(QDialog):
    """Who opened what, when and why (newest first)."""

    COLUMNS = ("When", "Who", "Action", "Store", "Field", "Key version", "Purpose")

    def __init__(self, rows: Sequence[VaultAccess], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Vault access log")
        self.resize(900, 480)
        self.table = QTableWidget(len(rows), len(self.COLUMNS))
        self.table.setObjectName("accessLog")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        for r, row in enumerate(reversed(list(rows))):
            when = row.accessed_at
            when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
            values = (
                f"{when.astimezone():%Y-%m-%d %H:%M:%S}",
                row.actor,
                row.action,
                row.store_id or "",
                FIELD_NAMES.get(SecretField(row.field), row.field) if row.field else "",
                "" if row.key_version is None else str(row.key_version),
                row.purpose,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
