"""The sandbox's order book: signed orders posted through the API, checked against the chain
before they are listed, and kept in step with the market contract's events.

Posting checks, in order: the payload, the token (one of the platform's PSTs), then those of
app.sandbox.market_posting: the order's worth, a duplicate, the signature (ECDSA, or EIP-1271
when the maker is a contract; checked here), and one batch of chain reads.

What the book shows is re-checked once per block (app.sandbox.market_funding): an order is shown
with what its maker can still pay for, and not at all when that is nothing. The mark of each
token (app.market.marking) is computed from the trades and that fundable book.

The book follows the chain lazily: every request first reads the market's events since the last
block it saw (Filled adds to an order's filled amount and to the trades, OrderCancelled and
NonceIncreased close orders), so what it lists is never behind the chain it answers for. Posted
orders are kept in SQLite beside the sandbox's data; fills, cancels and trades are re-read from
the chain at start (they live there).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from eth_utils import to_checksum_address

from app.backend.models import Offering
from app.errors import AppError
from app.market.book import (
    BookEntry,
    BookSide,
    MakerOrder,
    MakerOrderList,
    MarketQuotes,
    MarketSnapshot,
    MarketStats,
    OrderBook,
    OrderStatus,
    PriceHistory,
    SignedOrder,
    TokenQuote,
    Trade,
    TradeList,
)
from app.market.marking import Fill, Top, market_mark
from app.market.orders import (
    Order,
    Side,
    gives,
    need,
    order_from_json,
    order_hash,
    order_to_json,
    recover_maker,
)
from app.sandbox.market_funding import Open, fundable
from app.sandbox.market_listed import (
    BookRefusal,
    Listed,
    book_entry,
    cursor_of,
    daily_prices,
    order_body,
    parse_cursor,
    rank,
    rank_after,
    to_hex,
    utc,
)
from app.sandbox.market_posting import check_on_chain, check_worth, refuse_again
from app.sandbox.market_watch import MarketChain, MarketEvent

MAX_LIMIT = 5000  # a whole 5,000-order book side in one page, as the API's other lists


class MarketBook:
    """One market's book. `offerings` names the platform's tokens (symbol, address, price)."""

    def __init__(self, offerings: Callable[[], list[Offering]], path: Path | None = None) -> None:
        self._offerings = offerings
        self._db = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False)
        # A sandbox's book: durable across a crash of the process, not of the machine.
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS orders (seq INTEGER PRIMARY KEY, hash TEXT UNIQUE, "
            "symbol TEXT, body TEXT, posted_at TEXT)"
        )
        self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        self._lock = threading.RLock()
        self._chain: MarketChain | None = None
        self._orders: dict[str, Listed] = {}
        self._fundable: tuple[tuple[int, int], dict[str, int]] | None = None
        self._posts = 0
        self._reset_chain_view()

    def _reset_chain_view(self) -> None:
        self._synced = -1
        self._head = (0, 0)
        self._filled: dict[str, int] = {}
        self._cancelled: set[str] = set()
        self._nonces: dict[str, int] = {}
        self._trades: dict[str, list[Trade]] = {}

    # -- the chain ---------------------------------------------------------------------------
    def attach(self, chain: MarketChain, fresh: bool = False) -> None:
        """Serve the market `chain` names: load the orders posted to it, catch up with its
        events. The orders kept for another market, or for a chain seeded afresh (`fresh`:
        the same deployer deploys the market at the same address), are dropped."""
        with self._lock:
            self._chain = chain
            self._orders = {}
            market = f"{chain.chain_id}:{chain.market}"
            kept = self._db.execute("SELECT value FROM meta WHERE key = 'market'").fetchone()
            if fresh or kept is None or kept[0] != market:
                self._db.execute("DELETE FROM orders")
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('market', ?)", (market,))
                self._db.commit()
            for seq, hash_, symbol, body, posted in self._db.execute(
                "SELECT seq, hash, symbol, body, posted_at FROM orders ORDER BY seq"
            ):
                signed = json.loads(body)
                self._orders[hash_] = Listed(
                    seq,
                    symbol,
                    order_from_json(signed["order"]),
                    bytes.fromhex(signed["signature"][2:]),
                    hash_,
                    dt.datetime.fromisoformat(posted),
                )
            self._reset_chain_view()
            self.sync()

    @property
    def chain(self) -> MarketChain:
        if self._chain is None:
            # Not a server fault: this platform has no market (a sandbox without its chain).
            raise BookRefusal(404, "market_unavailable", "The market runs with the sandbox chain.")
        return self._chain

    def sync(self) -> None:
        """Read the market's events since the last block seen."""
        chain = self.chain
        with self._lock:
            block, timestamp = chain.head()
            if block < self._synced:  # the chain went back (a test's snapshot revert)
                self._reset_chain_view()
            if block > self._synced:
                for event in chain.events(self._synced + 1, block):
                    self._apply(event)
                self._synced = block
            self._head = (block, timestamp)
            for listed in self._orders.values():
                listed.filled = self._filled.get(listed.order_hash, 0)
                listed.cancelled = listed.order_hash in self._cancelled or (
                    listed.order.nonce < self._nonces.get(listed.order.maker.lower(), 0)
                )

    def _apply(self, event: MarketEvent) -> None:
        args = event.args
        if event.name == "Filled":
            hash_ = to_hex(args["orderHash"])
            self._filled[hash_] = self._filled.get(hash_, 0) + int(args["amount"])
            symbol = self._symbol_of(str(args["token"]))
            if symbol is None:
                return
            side = BookSide.ASK if int(args["side"]) == Side.SELL else BookSide.BID
            self._trades.setdefault(symbol, []).append(
                Trade(
                    tx_hash=event.tx_hash,
                    log_index=event.log_index,
                    block=event.block,
                    at=utc(event.timestamp),
                    order_hash=hash_,
                    maker=to_checksum_address(args["maker"]),
                    taker=to_checksum_address(args["taker"]),
                    side=side,
                    amount=int(args["amount"]),
                    price=int(args["price"]),
                    cost=int(args["cost"]),
                    fee=int(args["fee"]),
                )
            )
        elif event.name == "OrderCancelled":
            self._cancelled.add(to_hex(args["orderHash"]))
        elif event.name == "NonceIncreased":
            self._nonces[str(args["maker"]).lower()] = int(args["nonce"])

    # -- tokens ------------------------------------------------------------------------------
    def offering(self, symbol: str) -> Offering:
        for offering in self._offerings():
            if offering.token_symbol == symbol and offering.token_address:
                return offering
        raise BookRefusal(404, "not_found", f"No token {symbol} on the market.")

    def _symbol_of(self, token: str) -> str | None:
        for offering in self._offerings():
            if offering.token_address and offering.token_address.lower() == token.lower():
                return offering.token_symbol
        return None

    # -- posting -----------------------------------------------------------------------------
    def post(self, signed: SignedOrder) -> str:
        try:
            order = order_from_json(signed.order.model_dump())
        except AppError as error:
            raise BookRefusal(422, "malformed_order", error.user_message) from None
        symbol = self._symbol_of(order.token)
        if symbol is None:
            raise BookRefusal(422, "unknown_token", f"{order.token} is not a PST of this market.")
        check_worth(order)
        chain = self.chain
        digest = order_hash(order, chain.chain_id, chain.market)
        hash_ = to_hex(digest)
        signature = bytes.fromhex(signed.signature[2:])
        with self._lock:
            if hash_ in self._orders:
                self.sync()
                listed = self._orders[hash_]
                alone = listed.order_hash in self._cancelled
                refuse_again(listed, self.status_of(listed), alone)
            if not self._signed_by_maker(order, digest, signature):
                raise BookRefusal(
                    422, "bad_signature", f"The signature is not {order.maker}'s for this order."
                )
            self.sync()
            state = self.chain.order_state(order, digest)
            check_on_chain(order, state, self._committed(order))
            listed = Listed(self._next_seq(), symbol, order, signature, hash_, utc(self._head[1]))
            body = json.dumps({"order": order_to_json(order), "signature": signed.signature})
            self._db.execute(
                "INSERT INTO orders VALUES (?, ?, ?, ?, ?)",
                (listed.seq, hash_, symbol, body, listed.posted_at.isoformat()),
            )
            self._db.commit()
            self._orders[hash_] = listed
            self._posts += 1
        return hash_

    def _next_seq(self) -> int:
        return max((o.seq for o in self._orders.values()), default=0) + 1

    def _signed_by_maker(self, order: Order, digest: bytes, signature: bytes) -> bool:
        chain = self.chain
        try:
            recovered = recover_maker(order, chain.chain_id, chain.market, signature)
            if recovered.lower() == order.maker.lower():
                return True
        except Exception:  # noqa: BLE001 - any unrecoverable signature is simply not the maker's
            pass
        return chain.is_contract(order.maker) and chain.valid_1271(order.maker, digest, signature)

    def _committed(self, order: Order) -> int:
        """What the maker's open orders already draw on the asset this order gives."""
        coin = self.chain.stablecoin.address
        pair = gives(order, coin)
        return sum(
            need(o.order, o.remaining)
            for o in self._orders.values()
            if gives(o.order, coin) == pair and self.status_of(o) == OrderStatus.OPEN
        )

    # -- reading -----------------------------------------------------------------------------
    def status_of(self, listed: Listed) -> OrderStatus:
        if listed.remaining == 0:
            return OrderStatus.FILLED
        if listed.cancelled:
            return OrderStatus.CANCELLED
        if listed.order.expiry <= self._head[1]:
            return OrderStatus.EXPIRED
        return OrderStatus.OPEN

    def _open(self, symbol: str, side: BookSide) -> list[tuple[Listed, int]]:
        """The side's public open orders a taker can fill now, best first, each with how much."""
        can = self._can_fill()
        found = [
            (o, can.get(o.order_hash, 0))
            for o in self._orders.values()
            if o.symbol == symbol
            and o.side == side
            and o.public
            and self.status_of(o) == OrderStatus.OPEN
        ]
        return sorted([f for f in found if f[1] > 0], key=lambda f: rank(f[0], side))

    def _can_fill(self) -> dict[str, int]:
        """Order hash -> PST its maker can pay for now, for every open order (read once per
        block and posting: one batch for every maker's KYC, balances and allowances)."""
        key = (self._head[0], self._posts)
        if self._fundable is not None and self._fundable[0] == key:
            return self._fundable[1]
        chain = self.chain
        coin = chain.stablecoin.address
        opened = [
            Open(o.seq, o.order_hash, o.order, o.remaining)
            for o in self._orders.values()
            if self.status_of(o) == OrderStatus.OPEN
        ]
        pairs = sorted({gives(o.order, coin) for o in opened})
        found = fundable(opened, chain.funds(pairs, self._head[0]) if pairs else {}, coin)
        self._fundable = (key, found)
        return found

    def book(
        self, symbol: str, side: BookSide | None = None, cursor: str | None = None, limit: int = 50
    ) -> OrderBook:
        self.offering(symbol)
        if cursor is not None and side is None:
            raise BookRefusal(422, "invalid_request", "A cursor pages one side: give `side` too.")
        after = parse_cursor(cursor) if cursor else None
        with self._lock:
            self.sync()
            return self._book(symbol, side, after, limit)

    def _book(
        self, symbol: str, side: BookSide | None, after: tuple[int, int] | None, limit: int
    ) -> OrderBook:
        offering = self.offering(symbol)
        with self._lock:
            pages: dict[BookSide, tuple[list[BookEntry], str | None]] = {}
            for one in BookSide:
                if side is not None and one != side:
                    pages[one] = ([], None)
                    continue
                rows = self._open(symbol, one)
                if after is not None:
                    rows = [r for r in rows if rank(r[0], one) > rank_after(after, one)]
                page = rows[:limit]
                more = len(rows) > limit
                pages[one] = (
                    [book_entry(*r) for r in page],
                    cursor_of(page[-1][0]) if more else None,
                )
            return OrderBook(
                symbol=symbol,
                token=str(offering.token_address),
                block=self._head[0],
                bids=pages[BookSide.BID][0],
                asks=pages[BookSide.ASK][0],
                next_bids=pages[BookSide.BID][1],
                next_asks=pages[BookSide.ASK][1],
            )

    def orders_of(self, maker: str) -> MakerOrderList:
        with self._lock:
            self.sync()
            mine = [o for o in self._orders.values() if o.order.maker.lower() == maker.lower()]
            items = [
                MakerOrder(
                    order_hash=o.order_hash,
                    symbol=o.symbol,
                    order=order_body(o.order),
                    signature=to_hex(o.signature),
                    status=self.status_of(o),
                    filled=o.filled,
                    remaining=o.remaining,
                    posted_at=o.posted_at,
                )
                for o in sorted(mine, key=lambda o: -o.seq)
            ]
        return MakerOrderList(maker=to_checksum_address(maker), items=items)

    def trades(self, symbol: str, cursor: str | None = None, limit: int = 100) -> TradeList:
        self.offering(symbol)
        after = parse_cursor(cursor) if cursor else None
        with self._lock:
            self.sync()
            newest = list(reversed(self._trades.get(symbol, [])))
        if after is not None:
            newest = [t for t in newest if (t.block, t.log_index) < after]
        page = newest[:limit]
        more = len(newest) > limit
        next_cursor = f"{page[-1].block:x}_{page[-1].log_index:x}" if more else None
        return TradeList(symbol=symbol, items=page, next_cursor=next_cursor)

    def prices(self, symbol: str) -> PriceHistory:
        offering = self.offering(symbol)
        with self._lock:
            self.sync()
            trades = list(self._trades.get(symbol, []))
        return PriceHistory(
            symbol=symbol, offering_price=offering.price_per_token, items=daily_prices(trades)
        )

    def snapshot(self, symbol: str, depth: int = 20, last: int = 20) -> MarketSnapshot:
        chain = self.chain
        with self._lock:
            book = self.book(symbol, None, None, depth)
            stats = self._stats(symbol, book)
            trades = self._trades.get(symbol, [])[::-1][:last]
        return MarketSnapshot(
            symbol=symbol,
            chain_id=chain.chain_id,
            market=chain.market,
            fee_bps=chain.fee_bps,
            book=book,
            trades=trades,
            stats=stats,
        )

    def quotes(self) -> MarketQuotes:
        """The numbers of every listed PST (closed or not) at once."""
        chain = self.chain
        items = []
        with self._lock:
            self.sync()
            for offering in self._offerings():
                if offering.token_address:
                    book = self._book(offering.token_symbol, None, None, 1)
                    stats = self._stats(offering.token_symbol, book)
                    items.append(
                        TokenQuote(
                            symbol=offering.token_symbol, token=offering.token_address, stats=stats
                        )
                    )
        items.sort(key=lambda q: q.symbol)
        return MarketQuotes(chain_id=chain.chain_id, market=chain.market, items=items)

    def _stats(self, symbol: str, book: OrderBook) -> MarketStats:
        offering = self.offering(symbol)
        trades = self._trades.get(symbol, [])
        today = utc(self._head[1]).date()
        best_bid = book.bids[0].order.price if book.bids else None
        best_ask = book.asks[0].order.price if book.asks else None
        earlier = [d for d in daily_prices(trades) if d.date < today]
        fills = [Fill(t.amount, t.price, int(t.at.timestamp())) for t in trades]
        tops = [Top(int(e[0].order.price), e[0].remaining) if e else None
                for e in (book.bids, book.asks)]  # fmt: skip
        mark_price, mark_source = market_mark(fills, tops[0], tops[1], offering.price_per_token)
        return MarketStats(
            last_price=trades[-1].price if trades else None,
            last_at=trades[-1].at if trades else None,
            previous_close=earlier[-1].close if earlier else None,
            best_bid=int(best_bid) if best_bid is not None else None,
            best_ask=int(best_ask) if best_ask is not None else None,
            mid_price=(int(best_bid) + int(best_ask)) // 2
            if best_bid is not None and best_ask is not None
            else None,
            offering_price=offering.price_per_token,
            mark_price=mark_price,
            mark_source=mark_source,
        )
