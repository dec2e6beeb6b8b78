"""Two investors trade a PST from the Market page over the real parts: anvil with the platform
and its PSTMarket (named by the store registry), the sandbox platform API serving the order book,
the app's transaction pipeline. The seller posts an ask (approval, then a signed order); the
buyer takes part of it (approval, then the fill). The seller's Portfolio ledger then holds the
sale at its FIFO gain."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest
from eth_account.messages import encode_typed_data

from app.backend.client import ApiClient
from app.chain.client import connect
from app.chain.context import ChainContext
from app.chain.deploy import StoreSpec, deploy_market
from app.chain.signer import LocalSigner
from app.config.profiles import NetworkProfile
from app.market.book_client import BookClient
from app.market.ticket import Role, ticket
from app.portfolio.holdings import PortfolioReader
from app.portfolio.ledger import FlowKind
from app.sandbox import market_api
from app.sandbox.api import create_app
from app.sandbox.market_book import MarketBook
from app.sandbox.market_watch import MarketChain
from app.sandbox.services import HttpService
from app.sandbox.world import SandboxWorld
from app.services.market_desk import ORDER_LIFETIME, MarketDesk
from tests.fixtures.anvil import ANVIL_CHAIN_ID
from tests.fixtures.world import deploy_world
from ui.market.page import MarketPage

PST, USD = 10**18, 10**6


class KeySigner(LocalSigner):
    """A test key that signs transactions and EIP-712 orders (the wallet's keystore does both)."""

    def sign_typed_data(self, typed: dict[str, Any]) -> bytes:
        signable = encode_typed_data(full_message=typed)
        return bytes(self._account.sign_message(signable).signature)


class Grant:
    def __init__(self, signer: KeySigner) -> None:
        self.signer = signer

    def close(self) -> None:
        pass


@pytest.fixture
def platform(chain, tmp_path) -> Iterator[dict[str, Any]]:  # noqa: ANN001
    seller, buyer = chain.accounts[11], chain.accounts[12]
    sandbox = SandboxWorld(tmp_path / "world", merchants=20)
    offerings = sandbox.offerings().items[:2]  # the trade's token, and a second for bids
    specs = [
        StoreSpec(key=o.merchant_id, name=f"Market Store {n}", symbol=o.token_symbol,
                  merchant=chain.accounts[1].address, fee_recipient=chain.accounts[1].address)
        for n, o in enumerate(offerings)
    ]  # fmt: skip
    world = deploy_world(
        chain.w3, chain.accounts[0], specs, kyc_officer=True,
        kyc=[seller.address, buyer.address], coins={buyer.address: 10_000 * USD},
        token_roles=["MINTER_ROLE"], holdings=[[(seller.address, 100 * PST)], []],
    )  # fmt: skip
    store = world.stores[0]
    market = deploy_market(world.admin, world.admin, world.platform,
                           fee_recipient=chain.accounts[1].address)  # fmt: skip
    for offering, deployed in zip(offerings, world.stores, strict=True):
        sandbox.set_offering_addresses(offering.id, deployed.token, deployed.sale)
    offering = offerings[0]
    client = connect(NetworkProfile(name="t", rpc_url=chain.url, chain_id=ANVIL_CHAIN_ID))
    book = MarketBook(lambda: sandbox.offerings().items, tmp_path / "market.sqlite3")
    book.attach(MarketChain(client, market))
    market_api.use_book(sandbox, book)
    token = secrets.token_urlsafe(16)
    server = HttpService("api", create_app(sandbox, token))
    server.start()
    try:
        yield {"world": world, "url": server.url, "token": token, "client": client,
               "symbol": offering.token_symbol, "seller": seller, "buyer": buyer,
               "symbols": [o.token_symbol for o in offerings],
               "market": market, "store": store}  # fmt: skip
    finally:
        server.stop()
        client.close()
        sandbox.close()


def desk_for(p: dict[str, Any], db) -> MarketDesk:  # noqa: ANN001
    profile = p["world"].profile("t", p["client"].profile.rpc_url, ANVIL_CHAIN_ID)
    context = ChainContext(profile, db, client=p["client"], index_confirmations=0)
    reader = PortfolioReader(p["client"], db, registry=profile.registry_address)
    return MarketDesk(context, reader, BookClient(ApiClient(p["url"], p["token"], timeout=30)))


def page_for(qtbot, desk: MarketDesk, account) -> MarketPage:  # noqa: ANN001
    page = MarketPage(poll_ms=0)
    qtbot.addWidget(page)
    page.set_account(account.address)
    page.attach(desk, lambda _what: Grant(KeySigner(account)))
    qtbot.waitUntil(lambda: page.market_screen is not None, timeout=20_000)
    return page


def test_two_investors_trade_a_pst_from_the_market_page(platform, db, qtbot):
    p = platform
    desk = desk_for(p, db)
    seller_page = page_for(qtbot, desk, p["seller"])
    assert seller_page.token.currentText() == p["symbol"]
    assert seller_page.asks.rowCount() == 0

    # The seller posts an ask: 10 PST at 12.50, approving the market for the PST first.
    ask = seller_page.open_order(buy=False)
    qtbot.waitUntil(lambda: ask.standing is not None, timeout=20_000)
    ask.role.setCurrentIndex(1)
    ask.price.setText("12.50")
    ask.amount.setText("10")
    assert ask.figures["you"].text() == "125.00 sUSD"
    assert ask.go.isEnabled(), ask.status.text()
    outcomes: list[object] = []
    ask.ended.connect(outcomes.append)
    ask.go.click()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
    assert isinstance(outcomes[0], str) and outcomes[0].startswith("0x"), outcomes[0]
    ask.close()

    # The buyer sees it and takes 4 PST: 50.00 + 0.15 fee, approving the stablecoin first.
    buyer_page = page_for(qtbot, desk, p["buyer"])
    qtbot.waitUntil(lambda: buyer_page.asks.rowCount() == 1, timeout=20_000)
    take = buyer_page.open_order(buy=True)
    qtbot.waitUntil(lambda: take.standing is not None, timeout=20_000)
    take.amount.setText("4")
    assert take.figures["you"].text() == "50.15 sUSD"
    assert take.figures["other"].text() == "50.00 sUSD"
    filled: list[object] = []
    take.ended.connect(filled.append)
    take.go.click()
    qtbot.waitUntil(lambda: bool(filled), timeout=60_000)
    assert isinstance(filled[0], str), filled[0]
    take.close()

    token = p["world"].token(0)
    assert token.functions.balanceOf(p["buyer"].address).call() == 4 * PST
    assert token.functions.balanceOf(p["seller"].address).call() == 96 * PST
    coin = p["world"].contract("SandboxStablecoin", p["world"].platform.stablecoin)
    assert coin.functions.balanceOf(p["seller"].address).call() == 50 * USD
    buyer_page.refresh()
    qtbot.waitUntil(lambda: buyer_page.market_screen.depth.ask_depth == (6 * PST,), timeout=20_000)
    assert buyer_page.market_screen.last_price == 12_500_000

    # The seller's ledger: the 4 PST left as a sale of 50.00 at their offering-price cost.
    reader = desk.reader
    reader.market = p["market"]
    indexer = desk.chain.indexer
    reader.watch(indexer)
    indexer.sync()
    ledger = reader.ledgers(p["seller"].address)[p["store"].token.lower()]
    sale = [e for e in ledger.entries if e.kind is FlowKind.SALE]
    assert [(s.tokens, s.amount, s.fee) for s in sale] == [(4 * PST, 50 * USD, 0)]

    # The buyer's holding at market: the last trade (12.50) in one quotes request; its cost is
    # what the buyer paid with the fee (50.15), so the position shows the fee as a loss.
    from app.domain.marks import MarkSource
    from app.portfolio.valuation import value_portfolio

    snapshot = reader.snapshot(p["buyer"].address)
    (held,) = snapshot.holdings
    assert held.cost_basis == 50_150_000
    assert [e.kind for e in held.entries] == [FlowKind.MARKET_BUY]
    worth = value_portfolio(snapshot, desk.quotes(snapshot)).by_token[p["store"].token.lower()]
    assert worth.mark.source is MarkSource.LAST_TRADE and worth.mark.price == 12_500_000
    assert (worth.value, worth.unrealised) == (50 * USD, -150_000)


def _post(desk: MarketDesk, who, symbol: str, *, buy: bool, amount: int, price: int) -> str:  # noqa: ANN001
    """`who` posts an order from the desk, as the order dialog's Go does; its hash."""
    screen = desk.screen(symbol)
    t = ticket(buy=buy, role=Role.MAKE, amount=amount, price=price, decimals=18,
               fee_bps=screen.fee_bps)  # fmt: skip
    return desk.trade(who.address, KeySigner(who), screen, t, None, lambda _step: None).lower()


def _listed(desk: MarketDesk, symbols: list[str]) -> dict[str, int]:
    """Order hash -> PST a taker can fill now, over every side of every token's book."""
    screens = [desk.screen(s) for s in symbols]
    return {o.order_hash.lower(): o.remaining for s in screens for o in (*s.asks, *s.bids)}


def test_a_second_order_on_an_asset_keeps_the_first_listed(platform, db):
    """`approve` replaces an allowance and the book wants every open order on an asset funded:
    a second ask on one token, and bids on two tokens (one stablecoin allowance backs both),
    are each approved for what is open already plus their own need, and all four are listed."""
    p = platform
    desk = desk_for(p, db)
    seller, buyer, (first, second) = p["seller"], p["buyer"], p["symbols"]
    asks = [
        _post(desk, seller, first, buy=False, amount=10 * PST, price=12_500_000),
        _post(desk, seller, first, buy=False, amount=20 * PST, price=13 * USD),
    ]
    bids = [
        _post(desk, buyer, first, buy=True, amount=5 * PST, price=10 * USD),
        _post(desk, buyer, second, buy=True, amount=5 * PST, price=11 * USD),
    ]
    mine = {o.order_hash.lower(): o.status for o in desk.my_orders(seller.address)}
    mine.update({o.order_hash.lower(): o.status for o in desk.my_orders(buyer.address)})
    assert mine == dict.fromkeys(asks + bids, "open")
    listed = _listed(desk, p["symbols"])
    assert [listed.get(h) for h in asks + bids] == [10 * PST, 20 * PST, 5 * PST, 5 * PST]
    market = desk.terms().address
    token = p["world"].token(0)
    coin = p["world"].contract("SandboxStablecoin", p["world"].platform.stablecoin)
    assert token.functions.allowance(seller.address, market).call() == 30 * PST
    assert coin.functions.allowance(buyer.address, market).call() == 105 * USD


def test_a_taker_with_a_listed_bid_keeps_it_fundable(platform, db):
    """The taker's approval before a fill grants the fill's need on top of what its own open
    bid commits: after the fill the bid is still listed in full."""
    p = platform
    desk = desk_for(p, db)
    seller, buyer, (first, second) = p["seller"], p["buyer"], p["symbols"]
    _post(desk, seller, first, buy=False, amount=10 * PST, price=12_500_000)
    bid = _post(desk, buyer, second, buy=True, amount=5 * PST, price=10 * USD)
    screen = desk.screen(first)
    t = ticket(buy=True, role=Role.TAKE, amount=4 * PST, price=12_500_000, decimals=18,
               fee_bps=screen.fee_bps)  # fmt: skip
    target = screen.best(buy=True)
    desk.trade(buyer.address, KeySigner(buyer), screen, t, target, lambda _step: None)
    assert p["world"].token(0).functions.balanceOf(buyer.address).call() == 4 * PST
    assert _listed(desk, [second])[bid] == 5 * PST
    coin = p["world"].contract("SandboxStablecoin", p["world"].platform.stablecoin)
    assert coin.functions.allowance(buyer.address, desk.terms().address).call() == 50 * USD


def test_an_order_expires_a_week_after_the_chains_time(platform, db, chain):
    """The contract and the book judge expiry by block time: on a chain whose clock runs 60 days
    ahead of this machine's, a posted order lasts a week of chain time and is listed."""
    p = platform
    desk = desk_for(p, db)
    chain.advance(60 * 86_400)
    now = chain.timestamp()
    order_hash = _post(desk, p["seller"], p["symbol"], buy=False, amount=10 * PST,
                       price=12_500_000)  # fmt: skip
    (mine,) = desk.my_orders(p["seller"].address)
    assert mine.order_hash.lower() == order_hash and mine.status == "open"
    assert mine.order is not None and mine.order.expiry == now + ORDER_LIFETIME
