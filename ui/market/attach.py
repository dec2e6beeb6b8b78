"""Joining the Market page to the running app: its place in the sidebar (Ctrl+7) from the start,
then, once the chain and the platform API are up, a `MarketDesk` over the session's chain context
and the backend's API client. The desk also gives the Portfolio its quotes (holdings at market)
and the market's address (sales in the ledger); the Portfolio's Trade menu opens the order
dialog here. The page acts as the Portfolio's account."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.market.screen import MarketScreen
from ui.market.page import MarketPage
from ui.portfolio.claim_dialog import SigningGrant, ask_signer
from ui.shared.runner import Op, user_message

if TYPE_CHECKING:
    from app.chain.context import ChainContext
    from app.services.market_desk import MarketDesk
    from app.services.wallet import WalletService
    from ui.portfolio.attach import PortfolioAttachment
    from ui.shared.theme import ThemeManager
    from ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class MarketAttachment(QObject):
    def __init__(
        self,
        window: MainWindow,
        portfolio: PortfolioAttachment,
        wallet: WalletService | None,
        theme: ThemeManager,
    ) -> None:
        super().__init__(window)
        self.window, self.portfolio, self.wallet = window, portfolio, wallet
        self.api: ApiClient | None = None  # the backend's plain client
        self.chain: ChainContext | None = None
        self.desk: MarketDesk | None = None
        self.page = MarketPage(colors=theme.colors)
        self.page.show_unavailable(
            lambda: QCoreApplication.translate("MarketPage", "Connecting to the market…")
        )
        theme.changed.connect(self.page.set_colors)
        window.add_page("Market", self.page, "Ctrl+7")
        page = portfolio.page
        page.trade.connect(self.trade_from_portfolio)
        page.refreshed.connect(lambda _view: self._follow_account())
        self.page.traded.connect(lambda _hash: page.schedule_refresh())

    def set_api(self, api: CachedApi | ApiClient) -> None:
        """The platform API (before `start`): the backend's CachedApi, whose plain client the
        book client rides on (the book revalidates with its own ETags)."""
        self.api = api.client if isinstance(api, CachedApi) else api

    # --- the ChainFeature protocol -------------------------------------------------------------
    def attach(self, chain: ChainContext | None) -> None:
        self.chain = chain

    def start(self) -> None:
        chain, api = self.chain, self.api
        if chain is None or api is None or not chain.profile.registry_address:
            self.page.show_unavailable(
                lambda: QCoreApplication.translate(
                    "MarketPage", "The market needs a chain and the platform's API (Settings)."
                )
            )
            return

        def build() -> tuple[MarketDesk, str]:
            from app.market.book_client import BookClient
            from app.portfolio.holdings import PortfolioReader
            from app.services.market_desk import MarketDesk

            reader = PortfolioReader(
                chain.client, chain.db, registry=chain.profile.registry_address
            )
            desk = MarketDesk(chain, reader, BookClient(api))
            market = reader.deployment.market or desk.market_address()
            desk.market = market or ""  # the Portfolio's ledger classifies its fills by it
            if market and chain.indexer is not None:
                chain.indexer.watch(market)  # its Filled events: the Portfolio's sales
            return desk, market

        Op(self.page, build).success(self._built).failure(self._failed).run_in_background()

    def _built(self, built: tuple[MarketDesk, str]) -> None:
        self.desk, market = built
        if not market:
            self.page.show_unavailable(
                lambda: QCoreApplication.translate("MarketPage", "This network has no market yet.")
            )
            return
        self.page.attach(self.desk, self._grant)
        self.portfolio.page.market_ready = True
        self.portfolio.page._enable_actions()
        self._follow_account()

    def _failed(self, error: BaseException) -> None:
        log.warning("market unavailable: %s", error)
        self.page.show_unavailable(
            lambda: QCoreApplication.translate(
                "MarketPage", "The market cannot be reached: {reason}"
            ).format(reason=user_message(error))
        )

    def close(self) -> None:
        self.desk = None
        self.chain = None

    # --- with the Portfolio --------------------------------------------------------------------
    def _follow_account(self) -> None:
        """Act as the Portfolio's account; give its service the quotes and the market."""
        account = self.portfolio.page.account
        if account:
            self.page.set_account(account)
        service, desk = self.portfolio.service, self.desk
        if service is not None and desk is not None and service.quotes is None:
            service.quotes = desk.quotes
            service.reader.market = desk.market  # watched by the session's indexer (build)
            self.portfolio.page.schedule_refresh()

    def _grant(self, what: str) -> SigningGrant | None:
        account = self.page.account
        if account is None or self.wallet is None:
            return None
        return ask_signer(self.wallet.session, account, self.page, what)

    def trade_from_portfolio(self, symbol: str, buy: bool) -> None:
        """The Portfolio's Trade menu: show the token's market and open the order dialog."""
        if self.desk is None or not self.page.choose(symbol):
            return
        self.window.sidebar.setCurrentRow(self.window.pages.indexOf(self.page))
        self.page.screen_shown.connect(self._open_once)
        self._pending = buy
        self.page.refresh()

    def _open_once(self, screen: MarketScreen) -> None:
        self.page.screen_shown.disconnect(self._open_once)
        self.page.open_order(buy=self._pending)
