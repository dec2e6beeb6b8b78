"""The Wallet page as one of the session's chain features: the wallet works offline (accounts,
lock); the session's chain context joins once the backend is up, through the same
attach/start/close protocol as every other feature (app/chain/context.py). The page itself is a
widget, whose `close()` hides it, so this small adapter speaks the protocol for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.chain.context import ChainContext
    from ui.wallet.page import WalletPage


class WalletAttachment:
    def __init__(self, page: WalletPage) -> None:
        self.page = page

    @property
    def chain(self) -> ChainContext | None:
        return self.page.service.context

    def attach(self, chain: ChainContext | None) -> None:
        """The session's chain context (None: no network); the page reads balances again."""
        self.page.set_chain(chain)

    def start(self) -> None:
        self.page.service.start()

    def close(self) -> None:
        """Lock (keys leave memory) and stop using the chain (the session closes it)."""
        self.page.service.close()
