"""The Wallet page's actions that open a dialog or sign: adding accounts (create, restore,
import, watch), exporting a keystore, sending, and speeding up or cancelling a pending
transaction. A mixin of `WalletPage` (ui/wallet/page.py), which provides `service`, `status`,
`tabs`, `selected_address()`, `selected_entry()`, `reload_accounts()`, `refresh_history()` and
`_show_error()`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMessageBox, QTabWidget, QWidget

from app.services.wallet import WalletService
from app.wallet.balances import Asset
from app.wallet.errors import WalletError
from app.wallet.history import HistoryEntry
from app.wallet.keystore import wipe
from ui.shared.file_dialogs import save_file
from ui.shared.i18n import current_code, in_language
from ui.shared.runner import Op, user_message
from ui.wallet.accounts_dialog import (
    CreateWalletDialog,
    ImportKeyDialog,
    NextAccountDialog,
    RestoreDialog,
    WalletFormDialog,
)
from ui.wallet.password_dialog import PasswordDialog
from ui.wallet.send_dialog import SendDialog

if TYPE_CHECKING:
    _Widget = QWidget  # the page this mixes into (WalletPage)
else:
    _Widget = object


class WalletActions(_Widget):
    service: WalletService
    tabs: QTabWidget

    # Given by WalletPage (annotations only: the page's own methods are found at run time)
    reload_accounts: Callable[[], None]
    refresh_history: Callable[[], None]
    selected_address: Callable[[], str | None]
    selected_entry: Callable[[], HistoryEntry | None]
    _show_error: Callable[[BaseException], None]
    _say: Callable[[Callable[[], str]], None]

    def _widget(self) -> QWidget:
        """This page, as the parent of its dialogs."""
        assert isinstance(self, QWidget)
        return self

    # --- accounts ----------------------------------------------------------------------------
    def _add(self, dialog: WalletFormDialog) -> None:
        if dialog.run() is not None:
            self.reload_accounts()

    def create_wallet(self) -> None:
        self._add(CreateWalletDialog(self.service.wallet, self._widget()))

    def restore(self) -> None:
        self._add(RestoreDialog(self.service.wallet, self._widget()))

    def next_account(self) -> None:
        if not self.service.wallet.has_seed():
            QMessageBox.information(
                self._widget(),
                self.tr("Add account"),
                self.tr("This wallet has no recovery phrase yet: create or restore one first."),
            )
            return
        self._add(NextAccountDialog(self.service.wallet, self._widget()))

    def import_key(self, *, keystore: bool) -> None:
        self._add(ImportKeyDialog(self.service.wallet, keystore=keystore, parent=self._widget()))

    def watch(self) -> None:
        address, ok = QInputDialog.getText(
            self._widget(), self.tr("Watch an address"), self.tr("Address (0x…)")
        )
        if ok and address.strip():
            try:
                self.service.wallet.add_watch_only(address)
            except WalletError as error:
                QMessageBox.warning(self._widget(), self.tr("Wallet"), user_message(error))
            self.reload_accounts()

    def export_keystore(self) -> None:
        address = self.selected_address()
        if address is None:
            return
        path = save_file(self._widget(), self.tr("Export keystore"), f"{address}.json")
        if not path:
            return
        password = PasswordDialog(
            self.tr("Enter the wallet password to export this key."), address, self._widget()
        )
        secret = password.run()
        if secret is None:
            return

        def work() -> Path:
            try:
                return self.service.wallet.export_keystore(address, secret, Path(path))
            finally:
                wipe(secret)

        def written(p: Path) -> None:
            self._say(lambda: self.tr("Keystore written to {p}.").format(p=p))

        Op(self._widget(), work).success(written).failure(self._show_error).run_in_background()

    # --- transactions ------------------------------------------------------------------------
    def send(self) -> None:
        address = self.selected_address()
        if address is None:
            return
        Op(self._widget(), self.service.assets).success(
            lambda assets: self._open_send(address, assets)
        ).failure(self._show_error).run_in_background()

    def _open_send(self, address: str, assets: tuple[Asset, ...]) -> None:
        record = SendDialog(self.service, address, assets, self._widget()).run()
        if record is not None:
            description = record.description
            self._say(
                lambda: self.tr("Sent: {description}. It appears in History.").format(
                    description=in_language(description)
                )
            )
            self.tabs.setCurrentIndex(2)
            self.refresh_history()

    def speed_up(self) -> None:
        self._replace(cancel=False)

    def cancel_tx(self) -> None:
        self._replace(cancel=True)

    def _replace(self, *, cancel: bool) -> None:
        entry = self.selected_entry()
        if entry is None or entry.intent_id is None or not entry.can_replace:
            return
        address = self.selected_address() or ""
        password: bytearray | None = None
        if not self.service.session.is_unlocked(address):
            what = (
                self.tr("a cancellation of: {description}")
                if cancel
                else self.tr("a faster fee for: {description}")
            ).format(description=entry.description_text(current_code()))
            password = PasswordDialog(
                self.tr("Enter the wallet password to sign."), address, self._widget(), signing=what
            ).run()
            if password is None:
                return

        intent = entry.intent_id
        action = self.service.cancel if cancel else self.service.speed_up
        # The signing grant wipes the password once the replacement is signed or refused.
        Op(self._widget(), lambda: action(intent, password)).success(
            lambda _r: self.refresh_history()
        ).failure(self._show_error).run_in_background()
