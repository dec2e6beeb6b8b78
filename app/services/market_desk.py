"""The Market page's reads over the session's chain and the platform's order book, and the
quotes the Portfolio values holdings at.

Qt-free, called on workers. The book comes from the platform API (app.market.book_client: two
round trips a refresh, 304s when nothing changed); the investor's standing for a trade (KYC, what
they hold and what the market may move) is one batched chain read at one block. Signing, fills
and cancels belong to the market's core (app.market, through the one transaction pipeline): the
desk hands them on to `actions` when the session has them.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from app.backend.errors import BackendHttpError
from app.market.book_client import BookClient
from app.market.screen import MarketScreen, MyOrder, my_order_of, screen_of
from app.market.ticket import Standing
from app.portfolio.abi import uint_read
from app.portfolio.holdings import PortfolioReader, Snapshot, TokenInfo
from app.portfolio.kyc import kyc_status
from app.portfolio.valuation import Quote


class MarketDesk:
    def __init__(self, reader: PortfolioReader, book: BookClient, actions: Any = None) -> None:
        self.reader, self.book, self.actions = reader, book, actions
        self._lock = threading.Lock()  # the reader is not thread-safe
        self.market = ""  # the PSTMarket, once a snapshot named it

    @property
    def coin_symbol(self) -> str:
        return self.reader.stablecoin[0]

    @property
    def coin_decimals(self) -> int:
        return self.reader.stablecoin[1]

    def info(self, symbol: str) -> TokenInfo:
        for info in self._tokens():
            if info.symbol == symbol:
                return info
        raise KeyError(symbol)

    def symbols(self) -> list[str]:
        with self._lock:
            return sorted(info.symbol for info in self.reader.tokens)

    def screen(self, symbol: str) -> MarketScreen:
        view = self.book.refresh(symbol)
        info = self.info(symbol)
        self.market = view.snapshot.market
        return screen_of(view.snapshot, view.prices, pst_decimals=info.decimals,
                         coin_decimals=self.coin_decimals)  # fmt: skip

    def market_address(self) -> str:
        """The PSTMarket's address, from the book of the first token ("" when the platform has
        no market)."""
        if not self.market:
            symbols = self.symbols()
            if not symbols:
                return ""
            try:
                self.market = self.book.snapshot(symbols[0], depth=1, last=1).market
            except BackendHttpError:
                return ""
        return self.market

    def my_orders(self, account: str) -> list[MyOrder]:
        decimals = {info.symbol: info.decimals for info in self._tokens()}
        listed = self.book.orders(account).items
        return [my_order_of(item, decimals.get(item.symbol, 18)) for item in listed]

    def _tokens(self) -> list[TokenInfo]:
        with self._lock:
            return self.reader.tokens

    def standing(self, account: str, screen: MarketScreen) -> Standing:
        """KYC, balances and allowances to the market, all read at one block."""
        with self._lock:
            deployment = self.reader.deployment
            number, timestamp = self.reader.head()
            reads = [
                uint_read(deployment.compliance, "expiryOf(address)", account),
                uint_read(deployment.stablecoin, "balanceOf(address)", account),
                uint_read(deployment.stablecoin, "allowance(address,address)", account,
                          screen.market),
                uint_read(screen.token, "balanceOf(address)", account),
                uint_read(screen.token, "allowance(address,address)", account, screen.market),
            ]  # fmt: skip
            expiry, coin, coin_allowed, pst, pst_allowed = (
                int(r.unwrap()) for r in self.reader.reader.read(reads, number)
            )
        kyc = kyc_status(expiry, timestamp)
        return Standing(kyc.can_claim, kyc.message, coin, coin_allowed, pst, pst_allowed)

    def quotes(self, snapshot: Snapshot) -> Mapping[str, Quote]:
        """The quote of each held token (the top of its book and its last trade), by lower-case
        token address; a token the book does not know is left out (valued at its offering
        price)."""
        found: dict[str, Quote] = {}
        for holding in snapshot.holdings:
            try:
                market = self.book.snapshot(holding.info.symbol, depth=1, last=1)
            except BackendHttpError:
                continue
            self.market = self.market or market.market
            stats = market.stats
            found[holding.info.token.lower()] = Quote(
                _int(stats.best_bid), _int(stats.best_ask), _int(stats.last_price)
            )
        return found


def _int(value: Any) -> int | None:
    return None if value is None else int(value)
