"""Joining the Portfolio page to the running app. The page is the investor's home, so it is first
in the sidebar from the start (Ctrl+1) and says it waits for the chain; once the backend is up it
gets its `PortfolioService` over the session's chain context (one client, one transaction
pipeline, one event indexer for every feature), and the merchant explorer for the health badges.
A click on a holding's merchant opens the Merchants page's dashboard."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from ui.shared.runner import Op, user_message

if TYPE_CHECKING:
    from app.chain.context import ChainContext

log = logging.getLogger(__name__)


class PortfolioAttachment(QObject):
    def __init__(self, window: Any, bridge: Any, wallet: Any, theme: Any) -> None:
        super().__init__(window)
        from ui.portfolio.page import PortfolioPage

        self.window = window
        self.wallet = wallet  # WalletService
        self.service: Any = None
        self.explorer: Any = None  # the backend's merchant explorer (health badges)
        self.chain: ChainContext | None = None  # the session's ChainContext while attached
        self.page = PortfolioPage(wallet=wallet, bridge=bridge, colors=theme.colors)
        self.page.show_unavailable(
            QCoreApplication.translate("PortfolioPage", "Connecting to the chain…")
        )
        theme.changed.connect(self.page.set_colors)
        self.page.open_merchant.connect(window.open_merchant)
        window.add_page("Portfolio", self.page, "Ctrl+1")
        window.sidebar.setCurrentRow(window.pages.indexOf(self.page))

    def set_explorer(self, explorer: Any) -> None:
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
                QCoreApplication.translate(
                    "PortfolioPage",
                    "No blockchain network is configured: the portfolio needs an RPC URL and the "
                    "store registry's address (Settings).",
                )
            )
            return

        def build() -> Any:
            from app.services.portfolio import PortfolioService

            return PortfolioService(chain, merchant_ids=_merchant_ids(explorer))

        Op(self.page, build).success(self._built).failure(self._failed).run_in_background()

    def _built(self, service: Any) -> None:
        self.service = service
        wallet = self.wallet

        def sync(account: str) -> None:
            """Follow pending transactions and index new events (one sync lock for all), the
            powers' contracts too."""
            service.watch(service.indexer)
            wallet.history(account)

        self.page.attach(service, explorer=self.explorer, sync=sync)

    def _failed(self, error: BaseException) -> None:
        log.warning("portfolio unavailable: %s", error)
        self.page.show_unavailable(
            QCoreApplication.translate(
                "PortfolioPage", "The portfolio cannot reach the chain: {reason}"
            ).format(reason=user_message(error))
        )

    def close(self) -> None:
        """Stop the service's notices; the session closes the chain context itself."""
        if self.service is not None:
            self.service.close()
            self.service = None
        self.chain = None


def _merchant_ids(explorer: Any) -> Any:
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
