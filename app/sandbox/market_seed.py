"""A live PST market in the sandbox: trades over past months, and makers quoting every day.

History is real: while the seeder replays the chain's past (app.sandbox.chain_seed), investor-2
and investor-3 trade each closed store's PST every week or two, by orders one of them signs and
the other fills on chain at that date. The trades the API serves are those Filled events, so the
book, the chain and every holding agree by construction, and the investors' PST still adds up to
what each offering sold.

Today and every simulated day after, the MarketService keeps each closed store's book quoted: the
same two investors offer a little of what they hold (asks) and a few seeded makers, KYC'd and
funded with stablecoin only, bid for it, around the last trade. Some days the two investors trade
again. Orders are signed with the sandbox mnemonic's keys and posted to the book in this process,
through the same checks as any API client's. The demo "investor" only watches: the GUI user buys
or sells from that account (KYC, PST and stablecoin from the seed; the allowance from the order
dialog).
"""

from __future__ import annotations

import functools
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eth_account.messages import encode_typed_data
from eth_account.signers.local import LocalAccount

from app.backend.models import OfferingStatus
from app.chain.batch import call
from app.chain.deploy import DAY, MARKET_FEE_BPS, LocalSender
from app.market.book import BookEntry, SignedOrder
from app.market.orders import (
    Order,
    Side,
    fee_of,
    fill_cost,
    order_from_json,
    order_to_json,
    typed_data,
)
from app.sandbox.chain_plan import (
    HOUR,
    ROLES,
    SANDBOX_CHAIN_ID,
    TOKEN_UNIT,
    USD,
    StorePlan,
    local_account,
)
from app.sandbox.market_api import book_for
from app.sandbox.market_book import MarketBook
from app.sandbox.market_listed import BookRefusal
from app.sandbox.market_watch import MarketChain
from app.sandbox.world import SandboxWorld

if TYPE_CHECKING:
    from app.sandbox.chain import ChainService
    from app.sandbox.chain_seed import Seeder

log = logging.getLogger(__name__)
MAX = 2**256 - 1
TRADERS = ("investor-2", "investor-3")
MAKER_INDEXES = (40, 41, 42)  # seeded bid makers on the sandbox mnemonic (not demo accounts)
MAKER_STABLECOIN = 200_000 * USD
HISTORY_GAP_DAYS = (6, 16)
TRADE_BUDGET = 1_500 * USD  # the most stablecoin one past trade moves
DAILY_TAKE_PST = 5  # the most whole PST one trade of a simulated day takes
CENT = 10_000  # prices on a cent grid: stablecoin base units
QUOTE_BAND_BP = 2_000  # the book's top counts for quoting within 20 % of the mark


def _near(price: int | None, reference: int) -> int | None:
    """`price` if within QUOTE_BAND_BP of `reference`, else None (an outlier to ignore)."""
    if price is None or abs(price - reference) * 10_000 > reference * QUOTE_BAND_BP:
        return None
    return price


def _grid(price: int) -> int:
    return max(CENT, price // CENT * CENT)


def _sign(order: Order, account: LocalAccount, market: str) -> bytes:
    signable = encode_typed_data(full_message=typed_data(order, SANDBOX_CHAIN_ID, market))
    return bytes(account.sign_message(signable).signature)


# -- history (inside the seeder's replay) ------------------------------------------------------


@dataclass(frozen=True)
class PastTrade:
    at: int
    store: StorePlan
    maker: str
    taker: str
    side: Side
    amount: int
    price: int


def plan_history(stores: tuple[StorePlan, ...], final: int) -> list[PastTrade]:
    """Trades between the two traders in each closed store's PST, from a few days after the
    handover to a day before today, keeping every balance they spend covered."""
    trades: list[PastTrade] = []
    coins = dict.fromkeys(TRADERS, 20_000 * USD)  # of their spare stablecoin
    for store in stores:
        if store.offering.status is not OfferingStatus.CLOSED or store.handover_at is None:
            continue
        held = {role: amount for role, amount in store.buys if role in TRADERS}
        if len(held) < 2:
            continue
        rng = random.Random(f"market history {store.offering.token_symbol}")
        price = store.offering.price_per_token
        at = store.handover_at + 3 * DAY + 10 * HOUR
        while at < final - DAY:
            price = _grid(int(price * (1 + rng.gauss(0.002, 0.03))))
            seller, buyer = rng.sample(TRADERS, 2)
            budget = min(coins[buyer], TRADE_BUDGET)
            whole = min(held[seller] // TOKEN_UNIT // 20, budget * 99 // 100 // price)
            if whole >= 1:
                amount = rng.randint(1, whole) * TOKEN_UNIT
                cost = fill_cost(amount, price, 18, Side.SELL)
                side = rng.choice((Side.SELL, Side.BUY))  # the seller makes an ask, or fills a bid
                maker, taker = (seller, buyer) if side is Side.SELL else (buyer, seller)
                trades.append(PastTrade(at, store, maker, taker, side, amount, price))
                held[seller] -= amount
                held[buyer] += amount
                coins[buyer] -= cost + fee_of(cost, MARKET_FEE_BPS)  # a taker pays the fee
                coins[seller] += cost - fee_of(cost, MARKET_FEE_BPS)
            at += rng.randint(*HISTORY_GAP_DAYS) * DAY + rng.randint(0, 8) * HOUR
    return trades


def history_events(seeder: Seeder) -> list[tuple[int, int, Callable[[], None]]]:
    """The past trades as the seeder's timed events (after the day's other steps)."""
    market = seeder.platform.market
    if market is None:
        return []
    approved: set[tuple[str, str]] = set()
    events: list[tuple[int, int, Callable[[], None]]] = []
    for n, trade in enumerate(plan_history(seeder.plan.stores, seeder.plan.final)):
        action = functools.partial(_past_fill, seeder, market, trade, n, approved)
        events.append((trade.at, 9, action))
    onboard = functools.partial(_onboard_makers, seeder, market, approved)
    return [*events, (seeder.plan.final - DAY, 9, onboard)]


def _onboard_makers(seeder: Seeder, market: str, approved: set[tuple[str, str]]) -> None:
    """Everything today's quoting needs, in one block of the seed (the market service then only
    checks it): the seeded makers' KYC, gas and stablecoin, and every quoter's allowances."""
    from app.sandbox.chain_seed import DevSender

    plan, platform = seeder.plan, seeder.platform
    coin = seeder.contract("SandboxStablecoin", platform.stablecoin).functions
    compliance = seeder.contract("ComplianceRegistry", platform.compliance).functions
    makers = [local_account(i) for i in MAKER_INDEXES]
    seeder.q("platform", compliance.setKycBatch([m.address for m in makers], plan.kyc_expiry))
    for n, maker in enumerate(makers, 1):
        seeder.client.rpc("anvil_setBalance", [maker.address, hex(10**20)])
        seeder.client.rpc("anvil_impersonateAccount", [maker.address])
        role = f"market-maker-{n}"
        seeder.senders[role] = DevSender(seeder.client, maker)
        seeder.q("platform", coin.mint(maker.address, MAKER_STABLECOIN))
        seeder.q(role, coin.approve(market, MAX))
    closed = [s for s in plan.stores if s.offering.status is OfferingStatus.CLOSED]
    for role in TRADERS:
        assets = [platform.stablecoin, *(seeder.stores[s.offering.id].token for s in closed)]
        for asset in assets:
            if (role, asset) not in approved:
                approved.add((role, asset))
                erc20 = seeder.contract("SandboxStablecoin", asset).functions
                seeder.q(role, erc20.approve(market, MAX))


def _past_fill(
    seeder: Seeder, market: str, trade: PastTrade, salt: int, approved: set[tuple[str, str]]
) -> None:
    token = seeder.stores[trade.store.offering.id].token
    seller, buyer = (
        (trade.maker, trade.taker) if trade.side is Side.SELL else (trade.taker, trade.maker)
    )
    for role, asset, name in (
        (seller, token, "ProfitShareToken"),
        (buyer, seeder.platform.stablecoin, "SandboxStablecoin"),
    ):
        if (role, asset) not in approved:
            approved.add((role, asset))
            seeder.q(role, seeder.contract(name, asset).functions.approve(market, MAX))
    maker = seeder.senders[trade.maker].account
    order = Order(
        maker.address, trade.side, token, trade.amount, trade.price,
        trade.at + 7 * DAY, salt + 1, 0,
    )  # fmt: skip
    fill = seeder.contract("PSTMarket", market).functions.fill(
        order.as_tuple(), _sign(order, maker, market), trade.amount
    )
    seeder.q(trade.taker, fill, f"market fill {trade.store.offering.token_symbol}")


# -- today and every day after ------------------------------------------------------------------


class Quoter:
    """Keeps the closed stores' books quoted, on behalf of the traders and the seeded makers."""

    def __init__(self, world: SandboxWorld, chain: MarketChain, book: MarketBook) -> None:
        self.world, self.chain, self.book = world, chain, book
        w3 = chain.client.w3
        self.traders = {r: local_account(_index(r)) for r in TRADERS}
        self.makers = [local_account(i) for i in MAKER_INDEXES]
        self.platform = LocalSender(w3, local_account(0))
        self._senders = {
            a.address: LocalSender(w3, a) for a in [*self.traders.values(), *self.makers]
        }

    def tokens(self) -> dict[str, str]:
        return {
            o.token_symbol: o.token_address
            for o in self.world.offerings().items
            if o.status is OfferingStatus.CLOSED and o.token_address
        }

    def prepare(self) -> None:
        """KYC, stablecoin and allowances for everyone who quotes: the seed gave them (one
        batch of reads checks it); whatever is missing is sent now."""
        chain = self.chain
        market = chain.market
        assets = [chain.stablecoin, *(chain.token(t) for t in self.tokens().values())]
        needs = [(m, chain.stablecoin) for m in self.makers]
        needs += [(t, asset) for t in self.traders.values() for asset in assets]
        reads = [call(chain.compliance.functions.isAllowed(m.address)) for m in self.makers]
        reads += [call(chain.stablecoin.functions.balanceOf(m.address)) for m in self.makers]
        reads += [call(a.functions.allowance(who.address, market)) for who, a in needs]
        values = [r.unwrap() for r in chain.reader.read(reads)]
        count = len(self.makers)
        allowed, coins, allowances = values[:count], values[count : 2 * count], values[2 * count :]
        if not all(allowed):
            expiry = chain.head()[1] + 2 * 365 * DAY
            addresses = [m.address for m in self.makers]
            self.platform.send(chain.compliance.functions.setKycBatch(addresses, expiry))
        for maker, balance in zip(self.makers, coins, strict=True):
            if balance < MAKER_STABLECOIN // 2:
                chain.client.rpc("anvil_setBalance", [maker.address, hex(10**20)])
                self.platform.send(chain.stablecoin.functions.mint(maker.address, MAKER_STABLECOIN))
        for (who, asset), allowance in zip(needs, allowances, strict=True):
            if allowance < MAX // 2:
                if who in self.makers:  # gas for the seeded makers (the traders have theirs)
                    chain.client.rpc("anvil_setBalance", [who.address, hex(10**20)])
                self._senders[who.address].send(asset.functions.approve(market, MAX))

    def quote(self, day_key: str, trade: bool = False) -> int:
        """Post what each book lacks (one ask per trader, one bid per maker); with `trade`,
        some books also see a trade between the two traders. Returns the orders posted."""
        posted = 0
        for symbol, token in sorted(self.tokens().items()):
            rng = random.Random(f"market {symbol} {day_key}")
            snapshot = self.book.snapshot(symbol, depth=50, last=1)
            # The mark, not the last trade or the top of the book: dust cannot set it, so the
            # quotes never chase an outlier (a review's 1-wei bid at 10^12 moved them there).
            reference = snapshot.stats.mark_price
            if trade and rng.random() < 0.3 and snapshot.book.asks:
                self._take(snapshot.book.asks[0], rng)
            mine = {
                (e.order.maker, e.order.side) for e in [*snapshot.book.asks, *snapshot.book.bids]
            }
            # Quotes never cross the book (an ask above the best bid, a bid below the best ask)
            # as long as its top is within QUOTE_BAND_BP of the reference; beyond that it is
            # ignored.
            floor = max(reference, _near(snapshot.stats.best_bid, reference) or 0)
            ceiling = min(reference, _near(snapshot.stats.best_ask, reference) or reference)
            for account in self.traders.values():
                if (account.address, "0") not in mine:
                    posted += self._ask(account, token, floor, rng)
            for account in self.makers:
                if (account.address, "1") not in mine:
                    posted += self._bid(account, token, ceiling, rng)
        return posted

    def _ask(self, account: LocalAccount, token: str, ref: int, rng: random.Random) -> int:
        held = self.chain.token(token).functions.balanceOf(account.address).call()
        whole = held // TOKEN_UNIT // 50
        if whole < 1:
            return 0
        price = _grid(int(ref * (1 + rng.uniform(0.005, 0.05))))
        return self._post(
            account, Side.SELL, token, rng.randint(1, min(whole, 200)) * TOKEN_UNIT, price, rng
        )

    def _bid(self, account: LocalAccount, token: str, ref: int, rng: random.Random) -> int:
        price = _grid(int(ref * (1 - rng.uniform(0.005, 0.06))))
        whole = max(1, min(200, 2_000 * USD // price))
        return self._post(account, Side.BUY, token, rng.randint(1, whole) * TOKEN_UNIT, price, rng)

    def _post(
        self,
        account: LocalAccount,
        side: Side,
        token: str,
        amount: int,
        price: int,
        rng: random.Random,
    ) -> int:
        nonce = self.chain.contract.functions.nonces(account.address).call()
        order = Order(
            account.address, side, token, amount, price, self.chain.head()[1] + 10 * DAY,
            rng.getrandbits(64), nonce,
        )  # fmt: skip
        signature = _sign(order, account, self.chain.market)
        signed = SignedOrder.model_validate(
            {"order": order_to_json(order), "signature": "0x" + signature.hex()}
        )
        try:
            self.book.post(signed)
        except BookRefusal as refusal:  # e.g. a balance spent meanwhile: quote again tomorrow
            log.info("the sandbox market did not list a quote: %s", refusal.message)
            return 0
        return 1

    def _take(self, entry: BookEntry, rng: random.Random) -> None:
        """The other trader takes part of the best ask, when it is a trader's."""
        makers: dict[str, str] = {a.address: r for r, a in self.traders.items()}
        role = makers.get(entry.order.maker)
        if role is None:
            return
        taker = self.traders[next(r for r in TRADERS if r != role)]
        order = order_from_json(entry.order.model_dump())
        # A few PST: the traders' spare stablecoin lasts for months of simulated days.
        amount = min(rng.randint(1, DAILY_TAKE_PST) * TOKEN_UNIT, entry.remaining)
        signature = bytes.fromhex(entry.signature[2:])
        try:
            self._senders[taker.address].send(
                self.chain.contract.functions.fill(order.as_tuple(), signature, amount)
            )
        except Exception:  # noqa: BLE001 - a trade that cannot happen today is skipped
            log.info("the sandbox market skipped a trade in %s", entry.order.token)


def _index(role: str) -> int:
    return ROLES.index(role)


class MarketService:
    """The sandbox's market as a Service: attaches the book to the chain's market, quotes, and
    quotes again (with some trades) on each new simulated day."""

    name = "market"

    def __init__(self, world: SandboxWorld, chain: ChainService, poll_seconds: float = 5.0) -> None:
        self.world, self.chain, self.poll_seconds = world, chain, poll_seconds
        self.quoter: Quoter | None = None
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        market = self.chain.platform.market
        if market is None or self.chain.client is None:
            log.warning("the sandbox chain has no market; the order book stays closed")
            return
        book = book_for(self.world)
        chain = MarketChain(self.chain.client, market)
        book.attach(chain, fresh=self.chain.fresh)
        self.quoter = Quoter(self.world, chain, book)
        self.quoter.prepare()
        posted = self.quoter.quote(self.world.sim_date.isoformat())
        log.info("the sandbox market is quoted (%d new orders)", posted)
        self._thread = threading.Thread(target=self._follow, name="sandbox-market", daemon=True)
        self._thread.start()

    def _follow(self) -> None:
        # At most one round every `poll_seconds`: a fast sim clock (a day per 0.2 s in tests)
        # must not spend its business days' time on quotes.
        day = self.world.sim_date
        while not self._stopping.wait(self.poll_seconds):
            if self.world.sim_date == day or self.quoter is None:
                continue
            day = self.world.sim_date
            try:
                self.quoter.quote(day.isoformat(), trade=True)
            except Exception:  # a failed day must not stop the market; the next one retries
                log.exception("could not quote the sandbox market")

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def lines(self) -> list[str]:
        market = self.chain.platform.market if self.chain.record else None
        return [f"market: {market}"] if market else []
