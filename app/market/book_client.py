"""The order book through the platform API: typed, validated answers and ETag revalidation.

Rides on the backend's ApiClient (timeouts, retries of idempotent GETs, error mapping). Every
market answer is checked beyond its schema: the symbol and token asked for, bids best (highest)
first and asks best (lowest) first, each entry on its side and of its token, nothing remaining
beyond what was ordered. A refused order raises `OrderRefused` with the server's reason as its
code (`market_book.<reason>`, worded in app/errors/catalog/market_book.py).

A market page's refresh is `refresh(symbol)`: the snapshot and the price history, two requests,
each answered 304 when nothing changed since the copy the client holds.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import quote

from pydantic import BaseModel

from app.backend.client import ApiClient, Fresh
from app.backend.errors import BackendHttpError, InvalidPayload
from app.backend.resources import Resource
from app.market.book import (
    BookEntry,
    BookSide,
    MakerOrderList,
    MarketQuotes,
    MarketSnapshot,
    OrderBook,
    OrderPosted,
    PriceHistory,
    SignedOrder,
    TradeList,
)
from app.market.orders import Order, order_to_json

T = TypeVar("T", bound=BaseModel)

# The server's reasons for refusing an order (app.sandbox.market_book), each with its words.
REFUSALS = frozenset(
    {
        "malformed_order", "unknown_token", "duplicate_order", "bad_signature", "order_expired",
        "order_cancelled", "stale_nonce", "order_filled", "maker_not_compliant",
        "balance_short", "allowance_short", "market_unavailable", "order_too_small",
    }
)  # fmt: skip


class OrderRefused(BackendHttpError):
    """The platform did not list an order (or cannot serve the market): the reason is the code."""

    code = "market_book.refused"

    def __init__(self, error: BackendHttpError) -> None:
        super().__init__(
            error.status, error.server_code, error.server_message, endpoint=error.endpoint
        )
        if error.server_code in REFUSALS:
            self.code = f"market_book.{error.server_code}"  # type: ignore[misc]


@dataclass(frozen=True)
class MarketView:
    """What one refresh of a market page gets."""

    snapshot: MarketSnapshot
    prices: PriceHistory


def _path(symbol: str, what: str) -> str:
    return f"/v1/market/{quote(symbol, safe='')}/{what}"


def _query(**values: object) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, str(v)) for k, v in values.items() if v is not None))


class BookClient:
    """The market endpoints. Thread-safe; keeps the last answer of each resource for 304s."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api
        self._copies: dict[str, tuple[str, BaseModel]] = {}
        self._lock = threading.Lock()

    def refresh(self, symbol: str, depth: int = 20, last: int = 20) -> MarketView:
        return MarketView(self.snapshot(symbol, depth, last), self.prices(symbol))

    def snapshot(self, symbol: str, depth: int = 20, last: int = 20) -> MarketSnapshot:
        resource = Resource(
            _path(symbol, "snapshot"), MarketSnapshot, "market", _query(depth=depth, last=last)
        )
        return check_snapshot(self._get(resource), symbol, resource.path)

    def book(
        self,
        symbol: str,
        side: BookSide | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> OrderBook:
        params = _query(side=side.value if side else None, cursor=cursor, limit=limit)
        resource = Resource(_path(symbol, "book"), OrderBook, "market", params)
        return check_book(self._get(resource), symbol, resource.path)

    def trades(self, symbol: str, cursor: str | None = None, limit: int = 100) -> TradeList:
        resource = Resource(
            _path(symbol, "trades"), TradeList, "market", _query(cursor=cursor, limit=limit)
        )
        found = self._get(resource)
        keys = [(t.block, t.log_index) for t in found.items]
        if found.symbol != symbol or keys != sorted(keys, reverse=True):
            raise InvalidPayload(resource.path, "trades of another token or not newest first")
        return found

    def prices(self, symbol: str) -> PriceHistory:
        resource = Resource(_path(symbol, "prices"), PriceHistory, "market")
        return check_prices(self._get(resource), symbol, resource.path)

    def quotes(self) -> MarketQuotes:
        """Every PST's market numbers in one request (a portfolio's valuation)."""
        resource = Resource("/v1/market/quotes", MarketQuotes, "market")
        found = self._get(resource)
        symbols = [q.symbol for q in found.items]
        if symbols != sorted(set(symbols)):
            raise InvalidPayload(resource.path, "quotes repeated or out of order")
        return found

    def orders(self, maker: str) -> MakerOrderList:
        path = f"/v1/market/makers/{quote(maker, safe='')}/orders"
        resource = Resource(path, MakerOrderList, "market")
        found = self._get(resource)
        if found.maker.lower() != maker.lower() or any(
            o.order.maker.lower() != maker.lower() for o in found.items
        ):
            raise InvalidPayload(resource.path, "orders of another maker")
        return found

    def post(self, order: Order, signature: bytes) -> str:
        """List a signed order; its hash, or `OrderRefused` saying why not."""
        payload = SignedOrder.model_validate(
            {"order": order_to_json(order), "signature": "0x" + signature.hex()}
        )
        try:
            posted = self.api.post("/v1/market/orders", payload, OrderPosted)
        except BackendHttpError as error:
            if error.status in (404, 409, 422) and error.server_code in REFUSALS:
                raise OrderRefused(error) from None
            raise
        return posted.order_hash

    def _get(self, resource: Resource[T]) -> T:
        with self._lock:
            copy = self._copies.get(resource.key)
        answer = self.api.fetch(resource, etag=copy[0] if copy else None)
        if isinstance(answer, Fresh):
            if answer.etag:
                with self._lock:
                    self._copies[resource.key] = (answer.etag, answer.value)
            return answer.value
        assert copy is not None  # NOT_MODIFIED only answers an ETag we sent
        value = copy[1]
        assert isinstance(value, resource.model)
        return value


def check_snapshot(found: MarketSnapshot, symbol: str, endpoint: str) -> MarketSnapshot:
    """Refuse a snapshot of another token, a book that cannot be, or trades out of order."""
    if found.symbol != symbol:
        raise InvalidPayload(endpoint, f"a snapshot of {found.symbol}, not {symbol}")
    check_book(found.book, symbol, endpoint)
    trades = [(t.block, t.log_index) for t in found.trades]
    if trades != sorted(trades, reverse=True):
        raise InvalidPayload(endpoint, "the last trades are not newest first")
    return found


def check_prices(found: PriceHistory, symbol: str, endpoint: str) -> PriceHistory:
    """Refuse prices of another token, days out of order, or a day that cannot be."""
    days = [d.date for d in found.items]
    if found.symbol != symbol or days != sorted(set(days)):
        raise InvalidPayload(endpoint, "prices of another token or days out of order")
    if any(not d.low <= min(d.open, d.close) <= max(d.open, d.close) <= d.high
           for d in found.items):  # fmt: skip
        raise InvalidPayload(endpoint, "a day's open or close outside its low and high")
    return found


def check_book(book: OrderBook, symbol: str, endpoint: str) -> OrderBook:
    """Refuse a book of another token, out of order, or with entries that cannot be."""
    if book.symbol != symbol:
        raise InvalidPayload(endpoint, f"the book of {book.symbol}, not {symbol}")
    bids = [int(e.order.price) for e in book.bids]
    asks = [int(e.order.price) for e in book.asks]
    if bids != sorted(bids, reverse=True) or asks != sorted(asks):
        raise InvalidPayload(endpoint, "the book is not best first")
    for entries, side in ((book.bids, "1"), (book.asks, "0")):
        if any(not _sound(e, book.token, side) for e in entries):
            raise InvalidPayload(endpoint, "an entry of another token or side, or overfilled")
    return book


def _sound(entry: BookEntry, token: str, side: str) -> bool:
    order = entry.order
    return (
        order.token.lower() == token.lower()
        and order.side == side
        and 0 < entry.remaining <= int(order.amount)
    )
