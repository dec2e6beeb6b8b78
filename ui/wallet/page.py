"""The Wallet page: accounts, lock, balances, receive (QR), send, history, address book.

Accounts, lock and the address book work without a network. Balances, sending and history need
the chain (WalletService.chain(), connected on first use); all of that runs on the runner's
workers. Its tables are views over keyed models (ui/wallet/models.py, ui/wallet/history.py):
a reload keeps the selected account or transaction selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.chain.context import ChainContext
from app.events import TRANSACTIONS, WALLET
from app.services.wallet import WalletService
from app.wallet.balances import Balances
from app.wallet.history import HistoryEntry
from app.wallet.keystore import wipe
from ui.shared.bridge import EventBridge
from ui.shared.columns import fix_widths
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.keyed_model import KeyedTableModel
from ui.shared.qr import qr_image
from ui.shared.runner import Op, user_message
from ui.shell import shortcuts
from ui.shell.idle_lock import IdleLock
from ui.wallet.actions import WalletActions
from ui.wallet.address_book import AddressBookPanel
from ui.wallet.history import HistoryModel
from ui.wallet.labels import account_label
from ui.wallet.models import AccountsModel, BalancesModel
from ui.wallet.password_dialog import PasswordDialog

if TYPE_CHECKING:
    from ui.wallet.getting_started import GettingStarted


# Column widths in digits of the table's font (a header's width wins when wider).
BALANCE_WIDTHS = (36, 30, 30)  # asset, amount (18 decimals of ETH in full), contract (stretches)
HISTORY_WIDTHS = (16, 10, 30, 16, 16, 12, 20)  # date, status, what (stretches), amount, ...


class WalletPage(Retranslating, WalletActions, QWidget):
    unlocked = Signal(str)  # an account was unlocked here (it becomes the active account)

    def __init__(
        self,
        service: WalletService,
        bridge: EventBridge | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.history_entries: list[HistoryEntry] = []
        self.balances: Balances | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.lock_state = QLabel("")
        self.lock_state.setObjectName("lockState")
        self.unlock_button = self._button(self.unlock, "unlock")
        self.lock_button = self._button(self.lock, "lock")
        self.send_button = self._button(self.send, "send")
        self.add_button = QToolButton()
        self.add_button.setObjectName("addAccount")
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        slots: tuple[Callable[[], None], ...] = (
            self.next_account,
            self.create_wallet,
            self.restore,
            lambda: self.import_key(keystore=False),
            lambda: self.import_key(keystore=True),
            self.watch,
            self.export_keystore,
        )
        self.add_actions = [menu.addAction("", slot) for slot in slots]  # texts: retranslate
        self.add_button.setMenu(menu)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.lock_state)
        for widget in (self.unlock_button, self.lock_button, self.add_button, self.send_button):
            header.addWidget(widget)
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self._status: Callable[[], str] = str  # what the status line says, in any language

        self.account_model = AccountsModel(self)
        self.accounts = self._table("accounts", self.account_model)
        self.accounts.selectionModel().selectionChanged.connect(self.refresh_chain)
        self.accounts.selectionModel().selectionChanged.connect(self._show_lock_state)
        self.balance_model = BalancesModel(self)
        self.balance_table = self._table("balances", self.balance_model)
        self.history_model = HistoryModel(self)
        self.history_table = self._table("history", self.history_model)
        self.speed_up_button = self._button(self.speed_up, "speedUp")
        self.cancel_button = self._button(self.cancel_tx, "cancelTx")
        self.history_table.selectionModel().selectionChanged.connect(self._history_selected)
        history = QWidget()
        column = QVBoxLayout(history)
        actions = QHBoxLayout()
        self.refresh_button = self._button(self.refresh_chain, "refresh")
        actions.addWidget(self.refresh_button)
        self.copy_hash_button = self._button(self.copy_hash, "copyHash")
        self.explorer_button = self._button(self.open_explorer, "openExplorer")
        actions.addWidget(self.copy_hash_button)
        actions.addWidget(self.explorer_button)
        actions.addStretch(1)
        actions.addWidget(self.speed_up_button)
        actions.addWidget(self.cancel_button)
        column.addLayout(actions)
        column.addWidget(self.history_table)
        self.book = AddressBookPanel(
            service.address_book,
            transactions=lambda: [
                (e.tx_hash, e.description)
                for e in self.history_entries
                if e.tx_hash and e.description
            ],
            chain_id=self._chain_id,
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("walletTabs")
        for tab in (self.balance_table, self._receive_tab(), history, self.book):
            self.tabs.addTab(tab, "")  # named in retranslate
        split = QSplitter()
        split.addWidget(self.accounts)
        split.addWidget(self.tabs)
        # Three short columns need less than the balances and history beside them.
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([470, 930])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.status)
        self.start_slot = QVBoxLayout()  # Getting started, while the wallet has no account
        layout.addLayout(self.start_slot)
        layout.addWidget(split, 1)
        self.start_panel: GettingStarted | None = None
        self.idle = IdleLock(service.session, self)
        self.idle.locked.connect(self._show_lock_state)
        if bridge is not None:
            bridge.on(WALLET, lambda _changes: self._wallet_changed(), self)
            bridge.on(TRANSACTIONS, lambda _changes: self.refresh_history(), self)
        shortcuts.bind(self, "wallet.send", self._send_if_enabled)
        shortcuts.bind(self, "wallet.unlock", self.unlock)
        shortcuts.bind(self, "wallet.copy", self.copy_address)
        self.reload_accounts()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the current language; the tables translate as they draw."""
        self.title.setText(self.tr("Wallet"))
        self.unlock_button.setText(self.tr("Unlock…"))
        self.lock_button.setText(self.tr("Lock"))
        self.send_button.setText(self.tr("Send…"))
        self.add_button.setText(self.tr("Add account"))
        texts = (
            self.tr("Next account from the recovery phrase…"),
            self.tr("Create a new wallet…"),
            self.tr("Restore from a recovery phrase…"),
            self.tr("Import a private key…"),
            self.tr("Import a keystore file…"),
            self.tr("Watch an address…"),
            self.tr("Export keystore of the selected account…"),
        )
        for action, text in zip(self.add_actions, texts, strict=True):
            action.setText(text)
        self.accounts.setAccessibleName(self.tr("Accounts"))
        self.balance_table.setAccessibleName(self.tr("Balances"))
        self.history_table.setAccessibleName(self.tr("History"))
        tabs = (
            self.tr("Balances"),
            self.tr("Receive"),
            self.tr("History"),
            self.tr("Address book"),
        )
        for index, text in enumerate(tabs):
            self.tabs.setTabText(index, text)
        self.speed_up_button.setText(self.tr("Speed up"))
        self.cancel_button.setText(self.tr("Cancel transaction"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.copy_hash_button.setText(self.tr("Copy hash"))
        self.explorer_button.setText(self.tr("Open in explorer"))
        self.copy_address_button.setText(self.tr("Copy address"))
        self.receive_note.setText(
            self.tr("Send only ETH, the stablecoin or this platform's PSTs to this address.")
        )
        # Texts with values, from what the page shows now.
        self.status.setText(self._status())
        self._show_lock_state()
        self.accounts.resizeColumnsToContents()  # the account kinds' words changed width
        # Balances and History: widths fixed here (the headers' words), never on a refresh. The
        # contract and what a transaction is take the room left, elided in the middle.
        fix_widths(self.balance_table, BALANCE_WIDTHS, stretch=2)
        fix_widths(self.history_table, HISTORY_WIDTHS, stretch=2)

    def _say(self, status: Callable[[], str]) -> None:
        """Show `status()` on the status line (called again after a change of language)."""
        self._status = status
        self.status.setText(status())

    def _send_if_enabled(self) -> None:
        if self.send_button.isEnabled():
            self.send()

    # --- building --------------------------------------------------------------------------
    def _button(self, slot: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton()  # its text: retranslate
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _table(self, name: str, model: KeyedTableModel) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # addresses keep both ends
        return table

    def _receive_tab(self) -> QWidget:
        tab = QWidget()
        self.receive_address = QLabel("")
        self.receive_address.setObjectName("receiveAddress")
        self.receive_address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receive_address.setStyleSheet("font-family: monospace; font-size: 15px;")
        self.qr = QLabel()
        self.qr.setObjectName("qr")
        self.copy_address_button = self._button(self.copy_address, "copyAddress")
        self.receive_note = QLabel()
        self.receive_note.setObjectName("muted")
        column = QVBoxLayout(tab)
        column.addWidget(self.receive_address)
        column.addWidget(self.qr)
        row = QHBoxLayout()
        row.addWidget(self.copy_address_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.receive_note)
        column.addStretch(1)
        return tab

    # --- accounts and lock -----------------------------------------------------------------
    def selected_address(self) -> str | None:
        rows = self.accounts.selectionModel().selectedRows()
        return self.account_model.item(rows[0].row()).address if rows else None

    def getting_started(self, sandbox: bool) -> GettingStarted:
        """A Getting started panel for this wallet (the demo accounts on the sandbox, else the
        four ways to begin); the page shows one itself while the wallet has no account."""
        from ui.wallet.getting_started import GettingStarted

        actions: dict[str, Callable[[], object]] = {
            "create": self.create_wallet,
            "restore": self.restore,
            "import": lambda: self.import_key(keystore=False),
            "watch": self.watch,
        }
        panel = GettingStarted(self.service.wallet, sandbox, actions)
        panel.loaded.connect(lambda _accounts: self.reload_accounts())
        return panel

    def show_getting_started(self, sandbox: bool) -> None:
        """Offer Getting started on this page while the wallet has no account."""
        if self.start_panel is None:
            self.start_panel = self.getting_started(sandbox)
            self.start_slot.addWidget(self.start_panel)
        self.start_panel.setVisible(not self.service.wallet.accounts())

    def reload_accounts(self) -> None:
        chosen = self.selected_address()
        accounts = self.service.wallet.accounts()
        if self.start_panel is not None:
            self.start_panel.setVisible(not accounts)
        with QSignalBlocker(self.accounts.selectionModel()):  # the chain is read once, below
            self.account_model.set_items(accounts)
        self.accounts.resizeColumnsToContents()
        if accounts:
            row = self.account_model.row_of(chosen) if chosen else None
            self.accounts.selectRow(row or 0)
        else:
            self._say(
                lambda: self.tr("No accounts yet: create a wallet, restore one or import a key.")
            )
        self._show_lock_state()
        self.refresh_chain()

    def _wallet_changed(self) -> None:
        known = set(self.account_model.keys())
        if known != {a.address for a in self.service.wallet.accounts()}:
            self.reload_accounts()
        self._show_lock_state()

    def _show_lock_state(self) -> None:
        unlocked = self.service.session.unlocked_addresses()
        labels = {a.address: account_label(a.label) for a in self.service.wallet.accounts()}
        names = ", ".join(
            f"{labels.get(a, '')} ({a[:6]}…{a[-4:]})".strip() for a in sorted(unlocked)
        )
        # Which account can sign now is said by name; "locked" is neutral, not a green light.
        self.lock_state.setText(
            self.tr("Unlocked: {accounts}").format(accounts=names)
            if unlocked
            else self.tr("Locked: no account can sign")
        )
        self.lock_state.setObjectName("warning" if unlocked else "muted")
        self.lock_state.style().unpolish(self.lock_state)
        self.lock_state.style().polish(self.lock_state)
        self.lock_button.setEnabled(bool(unlocked))
        # Unlocking is per account: offered while the selected account can sign and is locked.
        accounts = {a.address: a for a in self.service.wallet.accounts()}
        account = accounts.get(self.selected_address() or "")
        locked = account is not None and account.address not in unlocked
        self.unlock_button.setEnabled(account is not None and account.can_sign and locked)

    def unlock(self) -> None:
        address = self.selected_address()
        account = self.service.wallet.account(address) if address else None
        if account is None or not account.can_sign:
            self._say(
                lambda: self.tr("Select an account that can sign (not watch-only) to unlock.")
            )
            return
        password = PasswordDialog(self.tr("Unlock the wallet"), account.address, self).run()
        if password is None:
            return

        def work() -> None:
            try:
                self.service.session.unlock(account.address, password)
            finally:
                wipe(password)

        def done(_result: object) -> None:
            self._show_lock_state()
            self.unlocked.emit(account.address)

        Op(self, work).success(done).failure(self._show_error).with_progress(
            lambda: self.tr("Unlocking…")
        ).run_in_background()

    def select_account(self, address: str) -> None:
        """Select `address` in the accounts list (the header's switcher chose it)."""
        row = self.account_model.row_of(address)
        if row is not None:
            self.accounts.selectRow(row)

    def lock(self) -> None:
        self.service.session.lock()
        self._show_lock_state()

    # --- chain -----------------------------------------------------------------------------
    def set_chain(self, chain: ChainContext | None) -> None:
        """The session's chain context (None: no network)."""
        self.service.attach(chain)
        self.refresh_chain()

    def _chain_id(self) -> int:
        """The chain a label export names as its origin (0: no network yet)."""
        context = self.service.context
        return 0 if context is None else context.profile.chain_id

    def refresh_chain(self) -> None:
        address = self.selected_address()
        self.receive_address.setText(address or "")
        self.qr.setPixmap(QPixmap.fromImage(qr_image(address)) if address else QPixmap())
        account = self.service.wallet.account(address) if address else None
        self.send_button.setEnabled(bool(account and account.can_sign))
        if address is None or self.service.context is None:
            return
        Op(self, lambda: self.service.balances(address)).success(self._show_balances).failure(
            self._chain_failed
        ).run_in_background()
        self.refresh_history()

    def refresh_history(self) -> None:
        address = self.selected_address()
        if address is None or self.service.context is None:
            return
        Op(self, lambda: self.service.history(address)).success(self._show_history).failure(
            self._chain_failed
        ).run_in_background()

    def _chain_failed(self, error: BaseException) -> None:
        self._say(lambda: self.tr("Chain: {user_message}").format(user_message=user_message(error)))

    def _show_error(self, error: BaseException) -> None:
        self._say(lambda: user_message(error))
        QMessageBox.warning(self, self.tr("Wallet"), user_message(error))

    def _show_balances(self, balances: Balances) -> None:
        if balances.account != self.selected_address():
            return  # the user moved on to another account meanwhile
        self.balances = balances
        self._say(str)
        self.balance_model.set_items(balances.holdings)

    def _show_history(self, entries: list[HistoryEntry]) -> None:
        self.history_entries = entries
        self.history_model.set_items(entries)
        self._history_selected()

    def _history_selected(self) -> None:
        entry = self.selected_entry()
        replaceable = entry is not None and entry.can_replace
        self.speed_up_button.setEnabled(replaceable)
        self.cancel_button.setEnabled(replaceable)
        self.copy_hash_button.setEnabled(bool(entry and entry.tx_hash))
        self.explorer_button.setEnabled(self._explorer_link(entry) is not None)

    def _explorer_link(self, entry: HistoryEntry | None) -> str | None:
        context = self.service.context
        if entry is None or not entry.tx_hash or context is None:
            return None
        link: str | None = context.profile.explorer_link(entry.tx_hash)
        return link

    def copy_hash(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.tx_hash:
            QGuiApplication.clipboard().setText(entry.tx_hash)
            self._say(lambda: self.tr("Transaction hash copied."))

    def open_explorer(self) -> None:
        link = self._explorer_link(self.selected_entry())
        if link is not None:
            QDesktopServices.openUrl(QUrl(link))

    def selected_entry(self) -> HistoryEntry | None:
        rows = self.history_table.selectionModel().selectedRows()
        return self.history_model.item(rows[0].row()) if rows else None

    def copy_address(self) -> None:
        QGuiApplication.clipboard().setText(self.receive_address.text())
        self._say(lambda: self.tr("Address copied."))
