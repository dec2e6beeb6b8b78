"""Joining the Portfolio page to the running app. The page is the investor's home, so it is first
in the sidebar from the start (Ctrl+1) and says it waits for the chain; once the backend is up it
gets its `PortfolioService` over the session's chain context (one client, one transaction
pipeline, one event indexer for every feature), and the merchant explorer for the health badges.
A click on a holding's merchant opens the Merchants page's dashboard."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ui.shared.runner import Op, user_message

if TYPE_CHECKING:
    from app.chain.context import ChainContext
    from app.services.merchants import MerchantExplorer
    from app.services.portfolio import PortfolioService
    from app.services.wallet import WalletService
    from ui.shared.bridge import EventBridge
    from ui.shared.theme import ThemeManager
    from ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class PortfolioAttachment(QObject):
    def __init__(
        self, window: MainWindow, bridge: EventBridge, wallet: WalletService, theme: ThemeManager
    ) -> None:
        super().__init__(window)
        from ui.portfolio.page import PortfolioPage

        self.window = window
        self.wallet = wallet
        self.service: PortfolioService | None = None
        self.explorer: MerchantExplorer | None = None  # the merchant explorer (health badges)
        self.chain: ChainContext | None = None  # the session's ChainContext while attached
        self.page = PortfolioPage(wallet=wallet, bridge=bridge, colors=theme.colors)
        self.page.show_unavailable(
            lambda: QCoreApplication.translate("PortfolioPage", "Connecting to the chain…")
        )
        theme.changed.connect(self.page.set_colors)
        self.page.open_merchant.connect(window.open_merchant)
        window.add_page("Portfolio", self.page, "Ctrl+1")
        window.sidebar.setCurrentRow(window.pages.indexOf(self.page))

    def set_explorer(self, explorer: MerchantExplorer) -> None:
        """The backend's merchant explorer, for the health badges (before `start`)."""
        self.explorer = explorer

    # --- the ChainFeature protocol (app/chain/context.py) ------------------------------------

    def attach(self, chain: ChainContext | None) -> None:
        """The session's chain context (None: no network; the page says so at `start`)."""
        self.chain = chain

    def start(self) -> None:
        """Build the portfolio service over the attached context, off the GUI thread."""
        chain, explorer = self.chain, self.explorer
        if chain is None or not chain.profile.registry_address:
            self.page.show_unavailable(
                lambda: QCoreApplication.translate(
                    "PortfolioPage",
                    "No blockchain network is configured: the portfolio needs an RPC URL and the "
                    "store registry's address (Settings).",
                )
            )
            return

        def build() -> PortfolioService:
            from app.services.portfolio import PortfolioService

            return PortfolioService(chain, merchant_ids=_merchant_ids(explorer))

        Op(self.page, build).success(self._built).failure(self._failed).run_in_background()

    def _built(self, service: PortfolioService) -> None:
        self.service = service
        wallet = self.wallet

        def sync(account: str) -> None:
            """Follow pending transactions and index new events (one sync lock for all), the
            powers' contracts too."""
            if service.indexer is not None:
                service.watch(service.indexer)
            wallet.history(account)

        self.page.attach(service, explorer=self.explorer, sync=sync)

    def _failed(self, error: BaseException) -> None:
        log.warning("portfolio unavailable: %s", error)
        self.page.show_unavailable(
            lambda: QCoreApplication.translate(
                "PortfolioPage", "The portfolio cannot reach the chain: {reason}"
            ).format(reason=user_message(error))
        )

    def close(self) -> None:
        """Stop the service's notices; the session closes the chain context itself."""
        if self.service is not None:
            self.service.close()
            self.service = None
        self.chain = None


def _merchant_ids(explorer: MerchantExplorer | None) -> Callable[[], list[str]]:
    """Merchant ids of the tokenized stores, from the REST offerings; fetched once, again only
    when the registry has more stores than known offerings (a store's id hashes its merchant)."""
    known: list[str] = []
    lock = threading.Lock()

    def ids() -> list[str]:
        if explorer is None:
            return []
        with lock:
            if not known:
                try:
                    got = explorer.api.offerings()
                    known[:] = [o.merchant_id for o in got.value.items]
                except Exception as error:  # badges wait; holdings still show
                    log.info("offerings unavailable: %s", error)
            return list(known)

    return ids
