"""The vault's dialogs. Each has `ask(...)` that returns the answer (or None when cancelled);
secret fields are cleared in `finally` so the widgets do not keep them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.storage.schema import VaultAccess
from app.vault import SecretField, StoreCredential, VaultError
from app.vault.records import check_label, check_purpose, check_store_id
from ui.shared import format as fmt
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating, Text, said
from ui.shared.named import named
from ui.shared.runner import user_message
from ui.shared.secret_edit import SecretEdit
from ui.wallet.password_dialog import NewPasswordFields

FIELD_NAMES = {
    SecretField.PASSWORD: QT_TRANSLATE_NOOP("VaultFields", "password"),
    SecretField.API_KEYS: QT_TRANSLATE_NOOP("VaultFields", "API keys"),
    SecretField.TOTP_SEED: QT_TRANSLATE_NOOP("VaultFields", "TOTP seed"),
    SecretField.TOTP_CODE: QT_TRANSLATE_NOOP("VaultFields", "current TOTP code"),
    SecretField.NOTES: QT_TRANSLATE_NOOP("VaultFields", "notes"),
    SecretField.API_TOKEN: QT_TRANSLATE_NOOP("VaultFields", "REST API token"),
}


FIELD_VALUES = {field.value for field in FIELD_NAMES}


def field_name(field: SecretField) -> str:
    """A secret field's name in the user's language (lower case, for inside a sentence)."""
    return QCoreApplication.translate("VaultFields", FIELD_NAMES[field])


class _Form(Retranslating, QDialog):
    """A dialog with a form, an inline error line and OK/Cancel; `check()` validates on OK.

    A subclass adds its rows with `row()`, words them in its `retranslate()` (calling this one
    first) and calls `retranslate()` at the end of its `__init__`."""

    def __init__(self, title: Text, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._title = title
        self._error: Text = ""
        self.row_names: dict[str, QLabel] = {}
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

    def row(self, key: str, widget: QWidget) -> None:
        """A form row whose name `name_rows()` sets, from `retranslate()`."""
        self.row_names[key] = QLabel()
        self.row_names[key].setBuddy(widget)
        self.form.addRow(self.row_names[key], widget)

    def name_rows(self, names: dict[str, str]) -> None:
        """Each row's name, also its field's accessible name."""
        for key, text in names.items():
            label = self.row_names[key]
            label.setText(text)
            label.buddy().setAccessibleName(text)

    def retranslate(self) -> None:
        self.setWindowTitle(said(self._title))
        self.error.setText(said(self._error))

    def check(self) -> None:
        """Raise ValueError with a translated sentence (or let the core's VaultError through):
        shown inline, the dialog stays open."""

    def _try_accept(self) -> None:
        try:
            self.check()
        except (VaultError, ValueError) as error:
            shown = error
            self._error = (
                (lambda: user_message(shown)) if isinstance(shown, AppError) else str(shown)
            )
            self.error.setText(said(self._error))
            self.error.show()
            return
        self.accept()


class PurposeDialog(_Form):
    """Why a secret is revealed: recorded locally, and its hash on chain for treasury users."""

    def __init__(self, store_id: str, which: SecretField, parent: QWidget | None = None):
        super().__init__(
            lambda: self.tr("Reveal the {field} of {store}").format(
                field=field_name(which), store=store_id
            ),
            parent,
        )
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.row("purpose", self.purpose)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "State why you need it. The purpose is recorded in the access log "
                "(and, for the store's owner or operators, on chain as a hash)."
            )
        )
        self.purpose.setPlaceholderText(self.tr("for example: monthly payout reconciliation"))
        self.name_rows({"purpose": self.tr("Purpose")})

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.purpose.setFocus()  # what the user types goes here, not to the OK button

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
    """One secret: an existing one (a backup's password, an API token), or a new backup
    password (`confirm`), typed twice with a strength meter."""

    def __init__(self, title: Text, label: Text, confirm: bool, parent: QWidget | None = None):
        super().__init__(title, parent)
        self._label = label
        self.new: NewPasswordFields | None = None
        if confirm:
            self.new = NewPasswordFields(what=said(label))
            self.secret = self.new.password
            self.form.addRow(self.new)
        else:
            self.secret = SecretEdit(name="secret")
            self.row("secret", self.secret)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        label = said(self._label)
        if self.new is not None:
            self.new.set_what(label)
        else:
            self.secret.setPlaceholderText(label)
            self.name_rows({"secret": label})

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.secret.setFocus()

    def check(self) -> None:
        if not self.secret.text():
            raise ValueError(self.tr("enter it first"))
        if self.new is not None and not self.new.acceptable():
            raise ValueError(self.new.advice.text())

    @classmethod
    def ask(cls, parent: QWidget, title: Text, label: Text, confirm: bool = False) -> str | None:
        dialog = cls(title, label, confirm, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.secret.text()
        finally:
            dialog.secret.clear()
            if dialog.new is not None:
                dialog.new.clear()
            dialog.deleteLater()


class ConfirmDialog(Retranslating, QMessageBox):
    """A question before something is signed: `ask` is True when the user chose `action`.
    Each text may be a function that words it in the current language."""

    def __init__(self, title: Text, text: Text, action: Text, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._texts = (title, text, action)
        self.setObjectName("confirmDialog")
        self.setIcon(QMessageBox.Icon.Question)
        self.go = self.addButton("", QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(self.addButton(QMessageBox.StandardButton.Cancel))
        self.retranslate()

    def retranslate(self) -> None:
        title, text, action = (said(t) for t in self._texts)
        self.setWindowTitle(title)
        self.setText(text)
        self.go.setText(action)

    @classmethod
    def ask(cls, parent: QWidget, title: Text, text: Text, action: Text) -> bool:
        dialog = cls(title, text, action, parent)
        try:
            dialog.exec()
            return dialog.clickedButton() is dialog.go
        finally:
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
        super().__init__(
            (lambda: self.tr("Edit {store}").format(store=store_id))
            if self.editing
            else (lambda: self.tr("Add store credentials")),
            parent,
        )
        self.store = named(QLineEdit(store_id, readOnly=self.editing), "store")
        self.platform = named(QLineEdit(platform), "platform")
        self.login = named(QLineEdit(login), "login")
        self.label_edit = named(QLineEdit(label), "label")
        self.password = SecretEdit(name="password")
        self.api_keys = SecretEdit(name="apiKeys")
        self.totp = SecretEdit(name="totp")
        self.notes = named(QPlainTextEdit(), "notes")
        self.notes.setFixedHeight(64)
        fields: dict[str, QWidget] = {
            "store": self.store,
            "platform": self.platform,
            "login": self.login,
            "label": self.label_edit,
            "password": self.password,
            "api_keys": self.api_keys,
            "totp": self.totp,
            "notes": self.notes,
        }
        for key, widget in fields.items():
            self.row(key, widget)
        self.result_form: CredentialForm | None = None
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.store.setPlaceholderText(self.tr("merchant id, for example M00042"))
        keep = self.tr("leave empty to keep the stored one") if self.editing else ""
        self.password.setPlaceholderText(keep)
        self.api_keys.setPlaceholderText(keep or self.tr("separate several keys with spaces"))
        self.totp.setPlaceholderText(keep or self.tr("base32 seed from the platform (optional)"))
        self.notes.setPlaceholderText(keep)
        self.name_rows({
            "store": self.tr("Store"),
            "platform": self.tr("Platform"),
            "login": self.tr("Login"),
            "label": self.tr("Label"),
            "password": self.tr("Password"),
            "api_keys": self.tr("API keys"),
            "totp": self.tr("TOTP seed"),
            "notes": self.tr("Notes"),
        })  # fmt: skip

    def _form(self) -> CredentialForm:
        keys = tuple(self.api_keys.text().split())

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
        for edit in (self.password, self.api_keys, self.totp):
            edit.clear_and_hide()
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


class AccessLogDialog(Retranslating, QDialog):
    """Who opened what, when and why (newest first)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AccessLogDialog", "When"),
        QT_TRANSLATE_NOOP("AccessLogDialog", "Who"),
        QT_TRANSLATE_NOOP("AccessLogDialog", "Action"),
        QT_TRANSLATE_NOOP("AccessLogDialog", "Store"),
        QT_TRANSLATE_NOOP("AccessLogDialog", "Field"),
        QT_TRANSLATE_NOOP("AccessLogDialog", "Key version"),
        QT_TRANSLATE_NOOP("AccessLogDialog", "Purpose"),
    )

    ACTIONS = {  # what the core records (app.vault.service), in the user's language
        "reveal": QT_TRANSLATE_NOOP("AccessLogDialog", "reveal"),
        "add": QT_TRANSLATE_NOOP("AccessLogDialog", "add"),
        "edit": QT_TRANSLATE_NOOP("AccessLogDialog", "edit"),
        "rotate": QT_TRANSLATE_NOOP("AccessLogDialog", "rotate"),
        "bind": QT_TRANSLATE_NOOP("AccessLogDialog", "bind on chain"),
        "remove": QT_TRANSLATE_NOOP("AccessLogDialog", "remove"),
        "export": QT_TRANSLATE_NOOP("AccessLogDialog", "export backup"),
        "import": QT_TRANSLATE_NOOP("AccessLogDialog", "import backup"),
        "token": QT_TRANSLATE_NOOP("AccessLogDialog", "set API token"),
    }

    def __init__(self, rows: Sequence[VaultAccess], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = list(reversed(list(rows)))  # newest first
        self.resize(900, 480)
        self.table = QTableWidget(len(rows), len(self.COLUMNS))
        self.table.setObjectName("accessLog")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.retranslate()
        self.table.resizeColumnsToContents()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Vault access log"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setAccessibleName(self.tr("Vault access log"))
        for r, row in enumerate(self.rows):
            when = row.accessed_at
            when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
            values = (
                fmt.date_time(when),
                row.actor,
                self.tr(self.ACTIONS[row.action]) if row.action in self.ACTIONS else row.action,
                row.store_id or "",
                field_name(SecretField(row.field))
                if row.field in FIELD_VALUES
                else row.field or "",
                "" if row.key_version is None else str(row.key_version),
                row.purpose,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)


def banner_text(banner: str) -> str:
    """The vault's keyring banner (app.vault.keys) in the user's language; any other text as is."""
    from app.vault import keys

    texts = {
        keys.PASSWORD_ONLY_BANNER: QCoreApplication.translate(
            "VaultBanners",
            "The OS keyring is unavailable: the vault is protected by your vault password only",
        ),
        keys.PASSWORD_KEYRING_BACK_BANNER: QCoreApplication.translate(
            "VaultBanners",
            "The vault is protected by your vault password only; the OS keyring works now, so "
            "you can move the vault key into it (rotate the master key to the keyring)",
        ),
        keys.KEYRING_LOST_BANNER: QCoreApplication.translate(
            "VaultBanners",
            "The OS keyring is unavailable, and this vault's key is kept there: unlock or start "
            "your keyring (Secret Service, Keychain or Credential Manager), or import a backup",
        ),
    }
    return texts.get(banner, banner)
