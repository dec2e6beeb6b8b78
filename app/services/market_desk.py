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
from collections.abc import Callable, Mapping
from typing import Any

from app.backend.errors import BackendHttpError
from app.chain.context import ChainContext
from app.chain.transactions import Intent
from app.chain.txstore import CONFIRMED, TransactionRecord
from app.errors import AppError
from app.market.book_client import BookClient
from app.market.screen import BookOrder, MarketScreen, MyOrder, my_order_of, screen_of
from app.market.settlement import (
    Market,
    block_time,
    cancel_all_intent,
    cancel_intent,
    committed,
    maker_approval,
    new_order,
    nonce_of,
    plan_fill,
    sign_order,
)
from app.market.ticket import Role, Standing, Ticket
from app.portfolio.abi import uint_read
from app.portfolio.actions import Progress
from app.portfolio.holdings import PortfolioReader, Snapshot, TokenInfo
from app.portfolio.kyc import kyc_status
from app.portfolio.valuation import Mark, Quote

ORDER_LIFETIME = 7 * 86_400  # a posted order expires a week after the chain's time
BOOK_DEPTH = 100  # orders a side the page shows (the depth chart's reach); one request still
Report = Callable[[Progress], None]


class MarketDeskError(AppError):
    code = "market_desk.error"


class MarketDesk:
    def __init__(self, chain: ChainContext, reader: PortfolioReader, book: BookClient) -> None:
        self.chain, self.reader, self.book = chain, reader, book
        self._lock = threading.Lock()  # the reader is not thread-safe
        self.market = ""  # the PSTMarket, once a snapshot named it
        self._terms: Market | None = None

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
        # The token list moved under the page (a store left the registry, another profile).
        raise MarketDeskError("market_desk.unknown_token", symbol=symbol)

    def symbols(self) -> list[str]:
        with self._lock:
            return sorted(info.symbol for info in self.reader.tokens)

    def screen(self, symbol: str) -> MarketScreen:
        view = self.book.refresh(symbol, depth=BOOK_DEPTH)
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
        """KYC, balances and allowances to the market, all read at one block, and what the
        account's open orders on the book commit."""
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
        listed = self.book.orders(account)
        coin_committed = committed(listed, deployment.stablecoin, deployment.stablecoin)
        pst_committed = committed(listed, screen.token, deployment.stablecoin)
        return Standing(kyc.can_claim, kyc.message, coin, coin_allowed, pst, pst_allowed,
                        coin_committed, pst_committed)  # fmt: skip

    def quotes(self, snapshot: Snapshot) -> Mapping[str, Quote]:
        """Every listed token's quote (the top of its book and its last trade), by lower-case
        token address, in one request; a token the book does not list is left out (valued at
        its offering price)."""
        if not snapshot.holdings:
            return {}
        answer = self.book.quotes()
        self.market = self.market or answer.market
        held = {h.info.token.lower() for h in snapshot.holdings}
        return {
            q.token.lower(): Quote(
                _int(q.stats.best_bid),
                _int(q.stats.best_ask),
                _int(q.stats.last_price),
                Mark(int(q.stats.mark_price), q.stats.mark_source),
            )
            for q in answer.items
            if q.token.lower() in held
        }

    # --- trading (through the one transaction pipeline) ----------------------------------------
    def terms(self) -> Market:
        """The market's address and fixed terms, read once."""
        if self._terms is None:
            with self._lock:
                deployment = self.reader.deployment
            self._terms = Market.of(self.chain.client, deployment)
        return self._terms

    def trade(
        self,
        account: str,
        signer: Any,
        screen: MarketScreen,
        ticket: Ticket,
        target: BookOrder | None,
        report: Report,
    ) -> str:
        """Take `target` (checked as the contract will, approvals first) or post the ticket as
        a signed order. The fill's transaction hash, or the posted order's hash."""
        market, client = self.terms(), self.chain.client
        # What the account's open orders draw on the asset this trade gives: every approval
        # keeps them funded (it replaces the allowance).
        gives = market.stablecoin if ticket.allowance_token == "coin" else screen.token
        mine = committed(self.book.orders(account), gives, market.stablecoin)
        if ticket.role is Role.TAKE:
            if target is None:
                raise MarketDeskError("market_desk.error")
            plan = plan_fill(client, market, target.order, target.signature, ticket.amount,
                             account, committed=mine)  # fmt: skip
            return self._send(signer, plan.intents, report)
        if not callable(getattr(signer, "sign_typed_data", None)):
            raise MarketDeskError("market_desk.typed_signing_unavailable")
        order = new_order(
            account, ticket.book_side, screen.token, ticket.amount, ticket.price,
            expiry=block_time(client) + ORDER_LIFETIME, nonce=nonce_of(client, market, account),
        )  # fmt: skip
        # The book lists an order only once the market may move what it promises.
        approval = maker_approval(client, market, order, mine)
        if approval is not None:
            self._send(signer, (approval,), report)
        return self.book.post(order, sign_order(signer, market, order))

    def cancel(self, account: str, signer: Any, order: MyOrder, report: Report) -> str:
        if order.order is None:
            raise MarketDeskError("market_desk.error")
        return self._send(signer, (cancel_intent(self.terms(), order.order),), report)

    def cancel_all(self, account: str, signer: Any, report: Report) -> str:
        return self._send(signer, (cancel_all_intent(self.terms()),), report)

    def _send(self, signer: Any, intents: tuple[Intent, ...], report: Report) -> str:
        """Each intent once the one before confirmed; the last transaction's hash."""
        pipeline, total = self.chain.pipeline, len(intents)
        last: TransactionRecord | None = None
        for done, intent in enumerate(intents):
            report(Progress(done, total, intent.description, "sending"))
            record = pipeline.send(intent, signer)
            last = pipeline.wait(record.intent_id, 120.0)
            tx = last.latest.tx_hash if last.attempts else ""
            if last.status != CONFIRMED:
                report(Progress(done, total, intent.description, "failed", tx, last.status))
                raise MarketDeskError(
                    "market_desk.not_confirmed", what=intent.description, status=last.status
                )
            report(Progress(done + 1, total, intent.description, "confirmed", tx))
        assert last is not None
        return last.latest.tx_hash


def _int(value: Any) -> int | None:
    return None if value is None else int(value)
