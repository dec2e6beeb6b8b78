"""Adding accounts: create (with the written-down check), restore, import a key or a keystore.

Each dialog's `run()` returns the new account(s) or None, and clears its secret fields in
`finally`. The slow part (scrypt) runs on the runner's worker; the dialog stays open with its
buttons disabled until the wallet answers, and shows a refusal next to the form.
The flow of creation (which words to ask for, whether they match) is app.wallet's
`NewWalletDraft`; this file only draws it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.wallet.accounts import Account
from app.wallet.keystore import wipe
from app.wallet.verification import NewWalletDraft
from app.wallet.wallet import Wallet
from ui.shared.file_dialogs import open_file
from ui.shared.i18n.retranslating import Retranslating, Text, said
from ui.shared.named import named
from ui.shared.runner import Op, user_message
from ui.wallet.password_dialog import NewPasswordFields, describe, password_field, take_secret

Added = Account | list[Account]  # what the wallet answers: the new account, or several


class WalletFormDialog(Retranslating, QDialog):
    """The common frame: a body, an error line, OK/Cancel, and a background submit.

    A subclass gives its `title()`, names its form rows with `name(key)`, words them in its
    `retranslate()` (calling this one first) and calls `retranslate()` at the end of its
    `__init__`. A text kept to be said again never holds the dialog: no cycle keeps a
    closed dialog alive."""

    def __init__(self, wallet: Wallet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wallet = wallet
        self._error: Text = ""
        self.names: dict[str, QLabel] = {}  # each form row's name, by key
        self.choose_password = QLabel()
        self.setMinimumWidth(520)
        self.body = QVBoxLayout()
        self.error = QLabel("")
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.new_password = NewPasswordFields(needed=not wallet.has_password())
        self.password = password_field("walletPassword")
        self.password.setVisible(wallet.has_password())
        for unused in (self.new_password, self.password):  # until password_rows() places one
            unused.setParent(self)
            unused.hide()
        self.answer: Added | None = None
        self.busy = False

    def name(self, key: str) -> QLabel:
        """A form row's name, worded by `retranslate()`."""
        self.names[key] = QLabel()
        return self.names[key]

    def say(self, text: Text) -> None:
        """The error line: fixed, or a function that words it again on a change of language."""
        self._error = text
        self.error.setText(said(text))

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.setWindowTitle(self.title())
        describe(self.password, self.tr("Wallet password"))
        if "walletPassword" in self.names:
            self.names["walletPassword"].setText(self.tr("Wallet password"))
        self.choose_password.setText(
            self.tr("Choose the wallet password (it protects every account):")
        )
        self.error.setText(said(self._error))

    def password_rows(self, form: QFormLayout) -> None:
        if self.wallet.has_password():
            form.addRow(self.name("walletPassword"), self.password)
            self.password.show()
        else:
            form.addRow(self.choose_password)
            form.addRow(self.new_password)
            self.new_password.show()

    def secret_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        return [self.password, self.new_password.password, self.new_password.confirmation]

    def take_passwords(self) -> tuple[bytearray, bytearray | None]:
        if self.wallet.has_password():
            return take_secret(self.password), None
        return self.new_password.take()

    def submit(self) -> None:  # subclasses: check the form, then self.save(work)
        raise NotImplementedError

    def save(self, work: Callable[[], Added], secrets: list[bytearray]) -> None:
        """Run `work` off the GUI thread; accept with its answer or show its refusal."""
        self.busy = True
        self.buttons.setEnabled(False)
        self.say(lambda: QCoreApplication.translate("WalletFormDialog", "Working…"))

        def done(answer: Added) -> None:
            self._wipe(secrets)
            self.answer = answer
            self.accept()

        def failed(error: BaseException) -> None:
            self._wipe(secrets)
            self.busy = False
            self.buttons.setEnabled(True)
            self.say(lambda: user_message(error))

        Op(self, work).success(done).failure(failed).run_in_background()

    @staticmethod
    def _wipe(secrets: list[bytearray]) -> None:
        for secret in secrets:
            wipe(secret)

    def reject(self) -> None:
        if not self.busy:  # never abandon a save half way
            super().reject()

    def run(self) -> Added | None:
        try:
            return self.answer if self.exec() == QDialog.DialogCode.Accepted else None
        finally:
            for field in self.secret_fields():
                field.clear()


class CreateWalletDialog(WalletFormDialog):
    """Three steps: settings and password, the phrase (hidden until revealed), chosen words."""

    def __init__(self, wallet: Wallet, parent: QWidget | None = None) -> None:
        super().__init__(wallet, parent)
        self.draft: NewWalletDraft | None = None
        self.steps = QStackedWidget()
        self.body.addWidget(self.steps)
        # 1: length, label, password
        first = QWidget()
        form = QFormLayout(first)
        self.words12 = QRadioButton()
        self.words24 = QRadioButton()
        self.words12.setChecked(True)
        group = QButtonGroup(first)
        group.addButton(self.words12)
        group.addButton(self.words24)
        length = QHBoxLayout()
        length.addWidget(self.words12)
        length.addWidget(self.words24)
        length.addStretch(1)
        form.addRow(self.name("phrase"), length)
        self.label = QLineEdit(self.tr("Account 1"))
        self.label.setObjectName("accountLabel")
        form.addRow(self.name("label"), self.label)
        self.password_rows(form)
        self.steps.addWidget(first)
        # 2: the phrase, hidden until revealed
        second = QWidget()
        column = QVBoxLayout(second)
        self.note = note = QLabel()
        note.setWordWrap(True)
        self.phrase = QLabel("")
        self.phrase.setObjectName("phrase")
        self.phrase.setWordWrap(True)
        self.phrase.setStyleSheet("font-family: monospace; font-size: 15px; padding: 8px;")
        self.reveal = QPushButton()
        self.reveal.setObjectName("reveal")
        self.reveal.clicked.connect(self._reveal)
        column.addWidget(note)
        column.addWidget(self.reveal)
        column.addWidget(self.phrase, 1)
        self.steps.addWidget(second)
        # 3: re-enter the chosen words
        third = QWidget()
        self.check_grid = QGridLayout(third)
        self.answers: dict[int, QLineEdit] = {}
        self.word_names: dict[int, QLabel] = {}
        self.steps.addWidget(third)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Create a wallet")

    def retranslate(self) -> None:
        super().retranslate()
        self.words12.setText(self.tr("12 words"))
        self.words24.setText(self.tr("24 words"))
        self.names["phrase"].setText(self.tr("Recovery phrase"))
        self.names["label"].setText(self.tr("Account name"))
        self.note.setText(
            self.tr(
                "Write these words on paper, in order, and keep them offline. Anyone "
                "who sees them controls the funds; PST Desk cannot recover them for "
                "you."
            )
        )
        self.reveal.setText(self.tr("Reveal the words"))
        for position, label in self.word_names.items():
            label.setText(self.tr("Word #{position}").format(position=position))

    def _reveal(self) -> None:
        assert self.draft is not None
        words = self.draft.words
        self.phrase.setText(
            "\n".join(
                "   ".join(f"{n + 1:>2}. {words[n]:<10}" for n in range(row, len(words), 6))
                for row in range(6)
            )
        )
        self.reveal.setEnabled(False)

    def submit(self) -> None:
        step = self.steps.currentIndex()
        self.say("")
        if step == 0:
            if not self.wallet.has_password() and not self.new_password.acceptable():
                self.say(
                    lambda: QCoreApplication.translate(
                        "CreateWalletDialog", "Choose a strong password and type it twice."
                    )
                )
                return
            self.draft = NewWalletDraft.generate(24 if self.words24.isChecked() else 12)
            self.steps.setCurrentIndex(1)
        elif step == 1:
            if self.reveal.isEnabled():
                self.say(
                    lambda: QCoreApplication.translate(
                        "CreateWalletDialog", "Reveal the words and write them down first."
                    )
                )
                return
            self.phrase.setText("")  # hidden again while the user proves they wrote it
            assert self.draft is not None
            for row, position in enumerate(self.draft.verification.positions):
                field = QLineEdit()
                field.setObjectName(f"word{position}")
                self.answers[position] = field
                self.word_names[position] = QLabel()
                self.check_grid.addWidget(self.word_names[position], row, 0)
                self.check_grid.addWidget(field, row, 1)
            self.retranslate()
            self.steps.setCurrentIndex(2)
        else:
            self._verify_and_save()

    def _verify_and_save(self) -> None:
        assert self.draft is not None
        result = self.draft.verification.check({p: f.text() for p, f in self.answers.items()})
        if not result.ok:
            self.say(result.message)
            return
        draft, label = self.draft, self.label.text().strip() or None
        password, confirmation = self.take_passwords()
        secrets = [password] + ([confirmation] if confirmation else [])
        self.save(lambda: self.wallet.create(draft, password, confirmation, label=label), secrets)

    def secret_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        return [*super().secret_fields(), *self.answers.values()]

    def run(self) -> Added | None:
        try:
            return super().run()
        finally:
            self.phrase.setText("")
            self.draft = None


class RestoreDialog(WalletFormDialog):
    def __init__(self, wallet: Wallet, parent: QWidget | None = None) -> None:
        super().__init__(wallet, parent)
        form = QFormLayout()
        self.mnemonic = QPlainTextEdit()
        self.mnemonic.setObjectName("mnemonic")
        self.mnemonic.setFixedHeight(70)
        self.passphrase = password_field("passphrase")
        self.index = QSpinBox()
        self.index.setObjectName("accountIndex")
        self.index.setRange(0, 2**31 - 1)
        form.addRow(self.name("phrase"), self.mnemonic)
        form.addRow(self.name("passphrase"), self.passphrase)
        form.addRow(self.name("index"), self.index)
        self.password_rows(form)
        self.body.addLayout(form)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Restore from a recovery phrase")

    def retranslate(self) -> None:
        super().retranslate()
        self.mnemonic.setPlaceholderText(self.tr("12 or 24 words separated by spaces"))
        describe(self.passphrase, self.tr("Optional BIP-39 passphrase"))
        self.names["phrase"].setText(self.tr("Recovery phrase"))
        self.names["passphrase"].setText(self.tr("Passphrase"))
        self.names["index"].setText(self.tr("Account index (m/44'/60'/0'/0/i)"))

    def secret_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        return [*super().secret_fields(), self.mnemonic, self.passphrase]

    def submit(self) -> None:
        phrase, passphrase = self.mnemonic.toPlainText(), self.passphrase.text()
        index = self.index.value()
        password, confirmation = self.take_passwords()
        secrets = [password] + ([confirmation] if confirmation else [])
        self.save(
            lambda: self.wallet.restore(
                phrase, password, confirmation, passphrase=passphrase, indexes=[index]
            ),
            secrets,
        )


class NextAccountDialog(WalletFormDialog):
    """One more account from the wallet's own recovery phrase: the next unused index, or one
    the user chooses, with a name."""

    def __init__(self, wallet: Wallet, parent: QWidget | None = None) -> None:
        super().__init__(wallet, parent)
        form = QFormLayout()
        used = [a.derivation_index for a in wallet.accounts() if a.derivation_index is not None]
        self.index = QSpinBox()
        self.index.setObjectName("accountIndex")
        self.index.setRange(0, 2**31 - 1)
        self.index.setValue(max(used, default=-1) + 1)
        self.label = named(QLineEdit(), "accountLabel")
        form.addRow(self.name("index"), self.index)
        form.addRow(self.name("label"), self.label)
        self.password_rows(form)
        self.body.addLayout(form)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Add the next account from the recovery phrase")

    def retranslate(self) -> None:
        super().retranslate()
        self.label.setPlaceholderText(self.tr("Account {n}").format(n=self.index.value() + 1))
        self.names["index"].setText(self.tr("Account index (m/44'/60'/0'/0/i)"))
        self.names["label"].setText(self.tr("Name"))

    def submit(self) -> None:
        index, label = self.index.value(), self.label.text().strip() or None
        password, _ = self.take_passwords()
        self.save(
            lambda: self.wallet.add_hd_account(password, index=index, label=label), [password]
        )


class ImportKeyDialog(WalletFormDialog):
    """A raw private key, or a keystore file (with that file's own password)."""

    def __init__(self, wallet: Wallet, *, keystore: bool, parent: QWidget | None = None) -> None:
        super().__init__(wallet, parent)
        self.keystore = keystore
        form = QFormLayout()
        self.key = password_field("privateKey")
        self.file = QLineEdit()
        self.file.setObjectName("keystoreFile")
        self.file_password = password_field("filePassword")
        self.label = QLineEdit()
        self.label.setObjectName("accountLabel")
        self.browse = QPushButton()
        if keystore:
            self.browse.clicked.connect(self._browse)
            row = QHBoxLayout()
            row.addWidget(self.file, 1)
            row.addWidget(self.browse)
            form.addRow(self.name("file"), row)
            form.addRow(self.name("filePassword"), self.file_password)
        else:
            form.addRow(self.name("key"), self.key)
        other: tuple[QWidget, ...] = (
            (self.key,) if keystore else (self.file, self.file_password, self.browse)
        )
        for unused in other:  # the fields of the other way, kept hidden
            unused.setParent(self)
            unused.hide()
        form.addRow(self.name("label"), self.label)
        self.password_rows(form)
        self.body.addLayout(form)
        self.retranslate()

    def title(self) -> str:
        if self.keystore:
            return self.tr("Import a keystore file")
        return self.tr("Import a private key")

    def retranslate(self) -> None:
        super().retranslate()
        describe(self.key, self.tr("64 hexadecimal digits"))
        describe(self.file_password, self.tr("The keystore file's password"))
        self.browse.setText(self.tr("Choose…"))
        names = {
            "file": self.tr("Keystore file"),
            "filePassword": self.tr("File password"),
            "key": self.tr("Private key"),
            "label": self.tr("Account name"),
        }
        for key, label in self.names.items():
            if key in names:
                label.setText(names[key])

    def _browse(self) -> None:
        path = open_file(self, self.tr("Keystore file"), self.tr("Keystore (*.json *)"))
        if path:
            self.file.setText(path)

    def secret_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        return [*super().secret_fields(), self.key, self.file_password]

    def submit(self) -> None:
        label = self.label.text().strip() or None
        if self.keystore:
            path = Path(self.file.text().strip())
            try:
                raw = path.read_bytes()
            except OSError as error:
                value = error.strerror or str(error)
                self.say(
                    lambda: QCoreApplication.translate(
                        "ImportKeyDialog", "Cannot read {path}: {value}."
                    ).format(path=path, value=value)
                )
                return
            file_password = take_secret(self.file_password)
            password, confirmation = self.take_passwords()
            secrets = [file_password, password] + ([confirmation] if confirmation else [])
            self.save(
                lambda: self.wallet.import_keystore(
                    raw, file_password, password, confirmation, label=label
                ),
                secrets,
            )
            return
        key = take_secret(self.key)
        password, confirmation = self.take_passwords()
        secrets = [key, password] + ([confirmation] if confirmation else [])
        self.save(
            lambda: self.wallet.import_private_key(key, password, confirmation, label=label),
            secrets,
        )
