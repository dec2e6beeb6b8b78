"""`python main.py market ...` against a sandbox of its own (API, chain and market): a maker posts
an ask through the API, the taker buys it from the command line (an approval of exactly what is
missing, then the fill), reads the book, the trades and the orders, and the maker cancels; the
exit codes follow the truth rules."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from web3 import Web3

from app.backend.client import ApiClient
from app.chain.client import connect
from app.chain.deploy import LocalSender
from app.chain.registry import discover
from app.cli import build_parser
from app.cli.command import TOKEN_ENV
from app.config.profiles import NetworkProfile
from app.market.book import BookSide, MakerOrderList, OrderStatus
from app.market.book_client import BookClient
from app.market.orders import Side, fill_cost
from app.market.settlement import Market, committed, new_order, nonce_of, sign_order
from app.sandbox.chain_plan import local_account
from app.sandbox.launcher import SandboxProcess
from app.storage import open_database
from app.wallet.wallet import Wallet
from tests.app.market.market_chain import PST, USD, KeySigner
from tests.app.wallet.conftest import FAST_N, PASSWORD
from tests.fixtures.required import missing


@dataclass
class Desk:
    sandbox: SandboxProcess
    w3: Web3
    market: Market
    token: str
    symbol: str
    maker: KeySigner
    taker: KeySigner
    root: Path
    other: str  # the symbol of a second token

    def run(self, *argv: str, account: KeySigner | None = None) -> int:
        network = ["--rpc-url", str(self.sandbox.rpc_url), "--registry", str(self.sandbox.registry)]
        network += ["--api-url", self.sandbox.api_url]
        who = ["--account", account.address] if account else []
        args = build_parser().parse_args(
            ["--data-dir", str(self.root), "market", *argv, *who, *network]
        )
        return int(args.handler(args, io.StringIO(f"{PASSWORD}\n")))

    def pst(self, address: str) -> int:
        token = self.w3.eth.contract(address=self.token, abi=_abi("ProfitShareToken"))
        return int(token.functions.balanceOf(address).call())

    def allow(self, who: KeySigner, asset: str, amount: int) -> None:
        """`who` sets the market's allowance of `asset` (a PST or the stablecoin) to `amount`."""
        sender = LocalSender(self.w3, who.account)
        sender.send(sender.contract("ProfitShareToken", asset).functions.approve(
            self.market.address, amount))  # fmt: skip

    def allowance(self, who: KeySigner, asset: str) -> int:
        erc20 = self.w3.eth.contract(address=asset, abi=_abi("ProfitShareToken"))
        return int(erc20.functions.allowance(who.address, self.market.address).call())

    def open_orders(self, who: KeySigner) -> MakerOrderList:
        api = ApiClient(self.sandbox.api_url, self.sandbox.token)
        try:
            return BookClient(api).orders(who.address)
        finally:
            api.close()

    def coin(self, address: str) -> int:
        coin = self.w3.eth.contract(address=self.market.stablecoin, abi=_abi("SandboxStablecoin"))
        return int(coin.functions.balanceOf(address).call())

    def post_ask(self, amount: int, price: int) -> str:
        """The maker allows the market their PST and lists an ask through the API."""
        sender = LocalSender(self.w3, self.maker.account)
        token = sender.contract("ProfitShareToken", self.token)
        sender.send(token.functions.approve(self.market.address, 2**256 - 1))
        client = connect(_profile(self.sandbox))
        try:
            nonce = nonce_of(client, self.market, self.maker.address)
        finally:
            client.close()
        expiry = int(time.time()) + 30 * 86_400
        order = new_order(
            self.maker.address, Side.SELL, self.token, amount, price, expiry=expiry, nonce=nonce
        )
        api = ApiClient(self.sandbox.api_url, self.sandbox.token)
        try:
            return BookClient(api).post(order, sign_order(self.maker, self.market, order))
        finally:
            api.close()

    def under_the_book(self) -> int:
        """A price below every ask the sandbox's own makers quote (its seeded live market, by
        m16-api), at most 12 sUSD: only the test's ask can match it."""
        api = ApiClient(self.sandbox.api_url, self.sandbox.token)
        try:
            asks = BookClient(api).book(self.symbol, BookSide.ASK, limit=1).asks
        finally:
            api.close()
        best = int(asks[0].order.price) if asks else 13 * USD
        return min(12 * USD, best - 2 * CENT)


CENT = USD // 100


def _usd(units: int) -> str:
    return str(Decimal(units) / USD)


def _abi(name: str) -> list:  # type: ignore[type-arg]
    from app.chain.artifacts import load_artifact

    return load_artifact(name).abi


def _profile(sandbox: SandboxProcess) -> NetworkProfile:
    return NetworkProfile(
        name="t",
        rpc_url=sandbox.rpc_url,
        chain_id=sandbox.chain_id,
        registry_address=sandbox.registry,
    )


def _key_of(address: str) -> KeySigner:
    for index in range(64):
        account = local_account(index)
        if account.address == address:
            return KeySigner(account)
    raise AssertionError(f"no sandbox key for {address}")


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    from app.chain.devnode import anvil_binary
    from app.chain.errors import ChainUnavailable

    try:
        anvil_binary()
    except ChainUnavailable as exc:
        missing("the sandbox", exc.user_message)
    data = tmp_path_factory.mktemp("market-sandbox")
    with SandboxProcess.start(data, merchants=30, day_seconds=3600.0, timeout=300) as sandbox:
        client = connect(_profile(sandbox))
        deployment = discover(client)
        market = Market.of(client, deployment)
        maker, taker = (_key_of(sandbox.accounts[r]) for r in ("investor", "investor-3"))
        w3 = Web3(Web3.HTTPProvider(str(sandbox.rpc_url)))
        token = symbol = ""
        for store in deployment.stores:  # a token both hold
            contract = w3.eth.contract(address=store.token, abi=_abi("ProfitShareToken"))
            balances = [contract.functions.balanceOf(x.address).call() for x in (maker, taker)]
            if all(balances):
                token, symbol = store.token, contract.functions.symbol().call()
                break
        other = next(
            w3.eth.contract(address=s.token, abi=_abi("ProfitShareToken")).functions.symbol().call()
            for s in deployment.stores
            if s.token != token
        )
        client.close()
        assert token, "no token held by both demo investors"
        root = tmp_path_factory.mktemp("market-cli")
        db = open_database(root / "pst-desk.sqlite3")
        wallet = Wallet(root, db, scrypt_n=FAST_N)
        for signer in (maker, taker):
            wallet.import_private_key(bytes(signer.account.key).hex(), PASSWORD, PASSWORD)
        db.close()
        yield Desk(sandbox, w3, market, token, symbol, maker, taker, root, other)


@pytest.fixture(autouse=True)
def api_token(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, desk.sandbox.token)


def test_buy_from_the_book_reads_and_cancels(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    price = desk.under_the_book()
    order_hash = desk.post_ask(3 * PST, price)
    pst, coin = desk.pst(desk.taker.address), desk.coin(desk.maker.address)

    # A limit below the ask takes nothing and signs nothing: exit 1.
    below = _usd(price - CENT)
    assert desk.run("buy", desk.symbol, "--amount", "1", "--price", below, account=desk.taker) == 1
    out, err = capsys.readouterr()
    assert out == "" and "matches this price" in err

    code = desk.run("buy", desk.symbol, "--amount", "1", "--price", _usd(price), account=desk.taker)
    out, err = capsys.readouterr()
    assert code == 0, err
    hashes = out.split()
    assert len(hashes) >= 1 and all(h.startswith("0x") for h in hashes)
    assert "status: confirmed" in err
    assert desk.pst(desk.taker.address) == pst + PST
    assert desk.coin(desk.maker.address) == coin + price

    assert desk.run("book", desk.symbol) == 0
    out, _ = capsys.readouterr()
    assert order_hash in out and "2" in out  # two PST left on the ask

    assert desk.run("orders", account=desk.maker) == 0
    out, _ = capsys.readouterr()
    assert order_hash in out

    code = desk.run("cancel", desk.symbol, order_hash, account=desk.maker)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "status: confirmed" in err
    # Cancelled on chain: the same buy now finds nothing at this price.
    assert (
        desk.run("buy", desk.symbol, "--amount", "1", "--price", _usd(price), account=desk.taker)
        == 1
    )


def test_cancel_all_raises_the_nonce(desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    client = connect(_profile(desk.sandbox))
    try:
        before = nonce_of(client, desk.market, desk.maker.address)
        assert desk.run("cancel-all", account=desk.maker) == 0
        assert nonce_of(client, desk.market, desk.maker.address) == before + 1
    finally:
        client.close()


def test_usage_errors_send_nothing(desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    assert desk.run("buy", desk.symbol, "--amount", "1", account=desk.taker) == 2
    assert desk.run("cancel", desk.symbol, account=desk.maker) == 2
    assert desk.run("buy", desk.symbol, "--amount", "1", "--price", "12") == 2
    assert (
        desk.run("buy", desk.symbol, "--amount", "1,2.5", "--price", "12", account=desk.taker) == 1
    )
    err = capsys.readouterr().err
    assert "--price" in err and "--account" in err


def test_post_a_signed_ask_then_another_investor_buys_it(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    desk.post_ask(PST, 50 * USD)  # the maker's PST is allowed to the market
    price = desk.under_the_book() - 3 * CENT  # only our own ask can match it
    code = desk.run(
        "sell", desk.symbol, "--amount", "0.5", "--price", _usd(price), "--post", account=desk.maker
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    [order_hash] = out.split()
    assert desk.run("orders", account=desk.maker) == 0
    assert order_hash in capsys.readouterr().out
    coin = desk.coin(desk.maker.address)
    code = desk.run(
        "buy", desk.symbol, "--amount", "0.5", "--price", _usd(price), account=desk.taker
    )
    assert code == 0
    assert desk.coin(desk.maker.address) == coin + fill_cost(PST // 2, price, 18, Side.SELL)


def test_buy_skips_an_order_its_maker_cannot_settle(
    desk: Desk, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The book a taker read can be a block old: a maker who lowered their allowance since is
    skipped for the next order, and when none is left the error names the maker's side."""
    price = desk.under_the_book() - 5 * CENT
    desk.post_ask(2 * PST, price)
    desk.post_ask(PST, price + CENT)
    api = ApiClient(desk.sandbox.api_url, desk.sandbox.token)
    try:
        seen = BookClient(api).book(desk.symbol, limit=100)
    finally:
        api.close()
    monkeypatch.setattr(BookClient, "book", lambda *a, **k: seen)  # the book before the change
    sender = LocalSender(desk.w3, desk.maker.account)
    token = sender.contract("ProfitShareToken", desk.token)
    sender.send(token.functions.approve(desk.market.address, PST))  # only the second can fill
    pst = desk.pst(desk.taker.address)
    limit = _usd(price + CENT)
    code = desk.run("buy", desk.symbol, "--amount", "2", "--price", limit, account=desk.taker)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "skipped" in err and "can no longer settle" in err
    assert desk.pst(desk.taker.address) == pst + PST
    code = desk.run("buy", desk.symbol, "--amount", "1", "--price", limit, account=desk.taker)
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert "your own account is fine" in err
    sender.send(token.functions.approve(desk.market.address, 0))


def test_cli_words_for_symbols_prices_and_accounts(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    assert desk.run("book", desk.symbol.lower()) == 0
    assert desk.symbol in capsys.readouterr().out
    price = ("--price", "0.0000001")
    assert desk.run("buy", desk.symbol, "--amount", "1", *price, account=desk.taker) == 1
    err = capsys.readouterr().err
    assert "The price" in err and "amount" not in err
    stranger = KeySigner(local_account(63))  # a sandbox key, not in this wallet
    code = desk.run("buy", desk.symbol, "--amount", "1", "--price", "12", account=stranger)
    err = capsys.readouterr().err
    assert code != 0 and "KYC" not in err and stranger.address.lower() in err.lower()
    dust = ("--amount", "0.000001", "--price", "0.01", "--post")
    assert desk.run("sell", desk.symbol, *dust, account=desk.maker) == 1
    assert "at least 1" in capsys.readouterr().err


def test_second_orders_on_one_asset_post_and_a_fill_keeps_them_funded(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    """`approve` replaces an allowance, and the book lists an order only when the market may move
    it on top of the maker's open orders on that asset: two asks on one token and two bids on two
    tokens (one stablecoin allowance) all post; the bidder then buys, and its fill's approval
    keeps both bids allowed."""
    coin = desk.market.stablecoin
    desk.allow(desk.maker, desk.token, 0)  # each post below approves what it needs
    desk.allow(desk.taker, coin, 0)
    cheap = desk.under_the_book() - 7 * CENT
    posts = [
        (desk.maker, "sell", desk.symbol, "0.5", _usd(cheap)),
        (desk.maker, "sell", desk.symbol, "0.25", "60"),  # each second needs less than
        (desk.taker, "buy", desk.symbol, "2", "1"),  # the first: an approval of twice its
        (desk.taker, "buy", desk.other, "1.5", "1"),  # own need would not do either
    ]
    hashes = []
    chain_time = int(desk.w3.eth.get_block("latest")["timestamp"])
    for who, action, symbol, amount, price in posts:
        args = (action, symbol, "--amount", amount, "--price", price, "--post")
        code = desk.run(*args, account=who)
        out, err = capsys.readouterr()
        assert code == 0, err
        hashes.append(out.split()[-1].lower())
    listed = [*desk.open_orders(desk.maker).items, *desk.open_orders(desk.taker).items]
    status = {o.order_hash.lower(): o.status for o in listed}
    assert [status.get(h) for h in hashes] == [OrderStatus.OPEN] * 4
    # Good for --expires-in (24 hours) of the chain's time, whatever this machine's clock says.
    expiry = {o.order_hash.lower(): int(o.order.expiry) for o in listed}
    now = int(desk.w3.eth.get_block("latest")["timestamp"])
    assert all(chain_time <= expiry[h] - 24 * 3600 <= now for h in hashes)
    assert desk.allowance(desk.maker, desk.token) >= 3 * PST // 4  # both asks

    code = desk.run(
        "buy", desk.symbol, "--amount", "0.5", "--price", _usd(cheap), account=desk.taker
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    bids = desk.open_orders(desk.taker)
    assert {o.order_hash.lower() for o in bids.items if o.status is OrderStatus.OPEN} >= set(
        hashes[2:]
    )
    assert desk.allowance(desk.taker, coin) == committed(bids, coin, coin) >= 3_500_000
