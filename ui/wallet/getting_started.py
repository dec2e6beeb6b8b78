"""Getting started: on the sandbox, the demo phrase and accounts (sandbox only) with "Load demo
accounts"; on a real network, the four ways to begin (create, restore, import, watch).

Shown on the Wallet page while the wallet has no account, and from Help -> Getting started.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.sandbox.chain_plan import SANDBOX_MNEMONIC, demo_accounts
from app.wallet.accounts import Account
from app.wallet.keystore import wipe
from app.wallet.wallet import Wallet
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.named import named
from ui.shared.runner import Op, user_message
from ui.wallet.labels import DEMO_ROLES, account_label
from ui.wallet.password_dialog import NewPasswordFields, describe, password_field, take_secret


class GettingStarted(Retranslating, QFrame):
    """`loaded` fires with the accounts once the demo accounts are in the wallet."""

    loaded = Signal(object)

    def __init__(
        self,
        wallet: Wallet,
        sandbox: bool,
        actions: dict[str, Callable[[], object]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.wallet = wallet
        self.sandbox = sandbox
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self._message: Callable[[], str] = str  # what the message line says, in any language
        self.load_button: QPushButton | None = None
        if sandbox:
            self._sandbox(layout)
        else:
            self._real(layout, actions or {})
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Getting started"))
        if self.sandbox:
            self.warning.setText(
                self.tr(
                    "Sandbox only: these accounts come from a public test phrase that everyone "
                    "knows. Never use it, or send real money to its addresses, on a real network."
                )
            )
            self.phrase.setAccessibleName(self.tr("Demo recovery phrase"))
            self.copy_button.setText(self.tr("Copy"))
            self.phrase_label.setText(self.tr("Demo phrase"))
            self.table.setHorizontalHeaderLabels(
                [self.tr("Index"), self.tr("Role"), self.tr("Address")]
            )
            for row, account in enumerate(self.accounts):
                item = self.table.item(row, 1)
                if item is not None:
                    item.setText(account_label(DEMO_ROLES[account.role]))
            self.table.resizeColumnsToContents()
            self.new_password.set_what(self.tr("Choose a wallet password"))
            describe(self.password, self.tr("Wallet password"))
            assert self.load_button is not None
            self.load_button.setText(self.tr("Load demo accounts"))
        else:
            self.intro.setText(
                self.tr(
                    "Start with a wallet: create a new one (you write down its recovery phrase), "
                    "restore one from its phrase, import a key or a keystore file, or watch an "
                    "address without being able to sign."
                )
            )
            for key, text in (
                ("create", self.tr("Create…")),
                ("restore", self.tr("Restore…")),
                ("import", self.tr("Import…")),
                ("watch", self.tr("Watch…")),
            ):
                self.start_buttons[key].setText(text)
        self.message.setText(self._message())

    def _say(self, message: Callable[[], str], style: str | None = None) -> None:
        """Show `message()` (called again after a change of language)."""
        if style is not None:
            self.message.setObjectName(style)
        self._message = message
        self.message.setText(message())

    # --- the sandbox -------------------------------------------------------------------------
    def _sandbox(self, layout: QVBoxLayout) -> None:
        self.warning = QLabel()
        self.warning.setObjectName("banner")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        phrase_row = QHBoxLayout()
        self.phrase = named(QLineEdit(SANDBOX_MNEMONIC, readOnly=True), "demoPhrase")
        self.copy_button = QPushButton()
        # A public test phrase, not a secret: the clipboard keeps it.
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(SANDBOX_MNEMONIC)
        )
        self.phrase_label = QLabel()
        phrase_row.addWidget(self.phrase_label)
        phrase_row.addWidget(self.phrase, 1)
        phrase_row.addWidget(self.copy_button)
        layout.addLayout(phrase_row)
        accounts = [a for role, a in demo_accounts().items() if role in DEMO_ROLES]
        self.table = named(QTableWidget(len(accounts), 3), "demoAccounts")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, account in enumerate(accounts):
            for column, text in enumerate((str(account.index), "", account.address)):
                self.table.setItem(row, column, QTableWidgetItem(text))  # the role: retranslate
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFixedHeight(  # every row shown, no scroll bar
            self.table.horizontalHeader().sizeHint().height()
            + len(accounts) * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        layout.addWidget(self.table)
        self.accounts = accounts
        self.new_password = NewPasswordFields()
        self.password = password_field("walletPassword")
        layout.addWidget(self.new_password)
        layout.addWidget(self.password)
        self.load_button = named(QPushButton(), "loadDemo")
        self.load_button.clicked.connect(self.load_demo)
        layout.addWidget(self.load_button)
        self.refresh()

    def refresh(self) -> None:
        """Ask for a new password, or the wallet's own when it already has one."""
        if not self.sandbox:
            return
        has_password = self.wallet.has_password()
        self.new_password.setVisible(not has_password)
        self.password.setVisible(has_password)

    def load_demo(self) -> None:
        """Restore indexes 0-5 of the demo phrase, each named by its role (the ones already in
        the wallet are kept)."""
        assert self.load_button is not None
        if self.wallet.has_password():
            password, confirmation = take_secret(self.password), None
        elif not self.new_password.acceptable():
            advice = self.new_password.advice
            self._say(lambda: advice.text() or self.tr("Choose a password."), "error")
            return
        else:
            password, confirmation = self.new_password.take()
        indexes = [a.index for a in self.accounts]
        # Stored in English, whatever the language now: lists translate it (ui/wallet/labels.py).
        labels = [DEMO_ROLES[a.role] for a in self.accounts]
        self.load_button.setEnabled(False)
        self._say(lambda: self.tr("Loading the demo accounts…"))

        def work() -> list[Account]:
            try:
                return self.wallet.restore(
                    SANDBOX_MNEMONIC, password, confirmation, indexes=indexes, labels=labels
                )
            finally:
                wipe(password)
                if confirmation is not None:
                    wipe(confirmation)

        def done(accounts: list[Account]) -> None:
            assert self.load_button is not None
            self.load_button.setEnabled(True)
            count = len(accounts)
            self._say(
                lambda: self.tr(
                    "%n demo account(s) loaded. Unlock one on the Wallet page to act as it: "
                    "Investor for the Portfolio, a treasury role for the Treasury.",
                    "",
                    count,
                ),
                "success",
            )
            self.refresh()
            self.loaded.emit(accounts)

        def failed(error: BaseException) -> None:
            assert self.load_button is not None
            self.load_button.setEnabled(True)
            self._say(lambda: user_message(error), "error")

        Op(self, work).success(done).failure(failed).run_in_background()

    # --- a real network ----------------------------------------------------------------------
    def _real(self, layout: QVBoxLayout, actions: dict[str, Callable[[], object]]) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.start_buttons: dict[str, QPushButton] = {}
        for key in ("create", "restore", "import", "watch"):
            button = named(QPushButton(), f"start-{key}")
            if key in actions:
                button.clicked.connect(lambda _=False, act=actions[key]: act())
            row.addWidget(button)
            self.start_buttons[key] = button
        row.addStretch(1)
        layout.addLayout(row)


class GettingStartedDialog(Retranslating, QDialog):
    """Help -> Getting started: the same panel in a window of its own."""

    def __init__(self, panel: GettingStarted, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.setMinimumWidth(760)
        self.panel = panel
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Getting started"))
