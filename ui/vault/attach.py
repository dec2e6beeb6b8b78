"""The Vault page inside the app: built with the window (the vault works offline), bound to the
chain once the backend is up (a profile with an RPC URL and a store registry), signing as the
header's active account when it is unlocked, and telling start-up when the vault has been
unlocked (a custom profile's API token may be waiting in a password-protected vault)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from app.chain.context import ChainContext
from app.chain.signer import Signer
from app.events import VAULT
from app.vault import Vault
from app.vault.binding import ChainBinding
from ui.shared.bridge import EventBridge
from ui.shared.runner import Op
from ui.vault.page import VaultPage
from ui.wallet.page import WalletPage

log = logging.getLogger(__name__)


class Window(Protocol):
    """What the vault needs of the main window (ui.shell.main_window.MainWindow)."""

    def add_page(self, title: str, page: QWidget, shortcut: str | None = None) -> None: ...

    def on_lock(self, callback: Callable[[], None]) -> None: ...


class VaultAttachment:
    def __init__(
        self, window: Window, bridge: EventBridge, vault: Vault, profile: str, wallet: WalletPage
    ) -> None:
        self.window = window
        self.vault = vault
        self.wallet = wallet  # the Wallet page: its session signs
        self.binding: ChainBinding | None = None
        self.chain: ChainContext | None = None  # the session's context while attached
        self._after_unlock: Callable[[], None] | None = None
        self.page = VaultPage(vault, profile, bridge)
        self._active: Callable[[], str] = lambda: self.wallet.selected_address() or ""
        self.page.set_signer_source(self.signer, self.active_account)
        window.add_page("Vault", self.page, "Ctrl+4")
        window.on_lock(self.page.lock)  # File -> Lock (Ctrl+L)
        bridge.on(VAULT, lambda _changes: self._vault_changed(), self.page)
        self.page.refresh()

    def follow(self, active: Callable[[], str]) -> None:
        """Act as `active()`: the header switcher's account (before one is joined, the Wallet
        page's selection, which the switcher keeps in step)."""
        self._active = active

    def active_account(self) -> str:
        return self._active()

    def signer(self) -> Signer | None:
        """The active account when it is unlocked; None when it is locked (the page says so),
        never another unlocked account."""
        session = self.wallet.service.session
        account = self.active_account()
        return session.signer(account) if account and session.is_unlocked(account) else None

    # --- the ChainFeature protocol (app/chain/context.py) ------------------------------------

    def attach(self, chain: ChainContext | None) -> None:
        """The session's chain context (None: no network; the vault works offline)."""
        self.chain = chain

    def start(self) -> None:
        """Bind to the registry through the attached context, in the background (no chain:
        the page says so)."""
        chain = self.chain
        if chain is None or not chain.profile.registry_address:
            return
        vault = self.vault

        def open_binding() -> ChainBinding:
            return ChainBinding.over(chain, vault)

        Op(self.page, open_binding).success(self._bound).failure(
            lambda error: log.warning("the vault is not bound to the chain: %s", error)
        ).run_in_background()

    def _bound(self, binding: ChainBinding) -> None:
        self.binding = binding
        self.page.set_binding(binding)

    def retry_after_unlock(self, callback: Callable[[], None]) -> None:
        """Run `callback` once, the next time this profile's vault is unlocked."""
        self._after_unlock = callback

    def _vault_changed(self) -> None:
        callback = self._after_unlock
        if callback is not None and self.vault.is_unlocked(self.page.profile):
            self._after_unlock = None
            callback()

    def close(self) -> None:
        """Wipe and lock the vault, drop the binding (the session closes the context)."""
        self.page.panel.wipe()  # the clipboard keeps no secret of ours after exit
        self.vault.lock()
        if self.binding is not None:
            self.binding.close()
            self.binding = None
        self.chain = None
