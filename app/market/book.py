"""The order book's REST shapes (resources/api/openapi.json), shared by the sandbox server and
the client (app.market.book_client), which validates every answer against them.

Token amounts are PST base units (18 decimals); prices are stablecoin base units (6 decimals) per
whole PST, as in the signed order. A book entry carries the signed order itself, so a taker can
fill it without asking again. Sides: "bid" (the maker buys PST), "ask" (the maker sells PST).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from app.backend.models import Address, Hash32, Model, Symbol, Units
from app.domain.marks import MarkSource

Uint = Annotated[str, Field(pattern=r"^(0|[1-9][0-9]{0,77})$", description="uint256, decimal")]
Positive = Annotated[str, Field(pattern=r"^[1-9][0-9]{0,77}$", description="uint256 > 0, decimal")]
Signature = Annotated[
    str, Field(pattern=r"^0x([0-9a-fA-F]{2}){1,1000}$", description="The maker's signature, hex")
]
Cursor = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
Seconds = Annotated[int, Field(ge=0, le=2**64 - 1)]
TradeCount = Annotated[int, Field(ge=0, le=10**9)]


class BookSide(StrEnum):
    BID = "bid"  # the maker buys PST (order side 1)
    ASK = "ask"  # the maker sells PST (order side 0)


class OrderStatus(StrEnum):
    OPEN = "open"
    FILLED = "filled"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class OrderBody(Model):
    """The EIP-712 `Order` as JSON (app.market.orders.order_to_json): uints as decimal strings."""

    maker: Address
    side: str = Field(pattern=r"^[01]$", description="0: the maker sells PST (ask); 1: buys (bid)")
    token: Address
    amount: Positive
    price: Positive
    expiry: Uint
    salt: Uint
    nonce: Uint
    taker: Address = Field(description="0x0…0 for anyone, else the one taker of a private deal")


class SignedOrder(Model):
    order: OrderBody
    signature: Signature


class OrderPosted(Model):
    order_hash: Hash32


class BookEntry(Model):
    order_hash: Hash32
    order: OrderBody
    signature: Signature
    remaining: Units = Field(
        description="PST base units a taker can fill now: what is left of the order, as far as "
        "the maker's balance and allowance cover it after the maker's earlier open orders"
    )
    posted_at: dt.datetime


class OrderBook(Model):
    """Open orders of one token, best first: bids highest price first, asks lowest first (the
    older order first at one price). `next_bids`/`next_asks`: the cursor of the next page."""

    symbol: Symbol
    token: Address
    block: Seconds = Field(description="The chain block the book reflects")
    bids: list[BookEntry]
    asks: list[BookEntry]
    next_bids: Cursor | None = None
    next_asks: Cursor | None = None


class MakerOrder(Model):
    order_hash: Hash32
    symbol: Symbol
    order: OrderBody
    signature: Signature
    status: OrderStatus
    filled: Units
    remaining: Units
    posted_at: dt.datetime


class MakerOrderList(Model):
    maker: Address
    items: list[MakerOrder]


class Trade(Model):
    """One Filled event of the market contract."""

    tx_hash: Hash32
    log_index: Seconds
    block: Seconds
    at: dt.datetime
    order_hash: Hash32
    maker: Address
    taker: Address
    side: BookSide = Field(description="The maker's side: ask = the taker bought")
    amount: Units
    price: Units
    cost: Units
    fee: Units


class TradeList(Model):
    symbol: Symbol
    items: list[Trade] = Field(description="Newest first")
    next_cursor: Cursor | None = None


class DailyPrice(Model):
    date: dt.date
    open: Units
    high: Units
    low: Units
    close: Units
    volume: Units = Field(description="PST base units traded that day")
    trades: TradeCount


class PriceHistory(Model):
    """One row per chain day (UTC) with trades, oldest first."""

    symbol: Symbol
    offering_price: Units
    items: list[DailyPrice]


class MarketStats(Model):
    last_price: Units | None = None
    last_at: dt.datetime | None = None
    previous_close: Units | None = Field(None, description="Close of the last day before today")
    best_bid: Units | None = None
    best_ask: Units | None = None
    mid_price: Units | None = Field(None, description="(best bid + best ask) / 2, rounded down")
    offering_price: Units
    mark_price: Units = Field(
        description="The price holdings are valued at, which dust cannot set "
        "(app/market/marking.py): the last trade worth at least 1 stablecoin, unless it strays "
        "from the recent trades' volume-weighted price; else a mid of significant, fillable "
        "orders with a spread of at most 20 %; else the offering price"
    )
    mark_source: MarkSource


class MarketSnapshot(Model):
    """What a market page shows, in one answer: the top of the book, the last trades, prices."""

    symbol: Symbol
    chain_id: Seconds
    market: Address = Field(description="The PSTMarket contract (EIP-712 verifyingContract)")
    fee_bps: int = Field(ge=0, le=10_000)
    book: OrderBook
    trades: list[Trade]
    stats: MarketStats


class TokenQuote(Model):
    symbol: Symbol
    token: Address
    stats: MarketStats


class MarketQuotes(Model):
    """Every listed PST's market numbers in one answer: a portfolio of N holdings is valued
    with one request, not N."""

    chain_id: Seconds
    market: Address
    items: list[TokenQuote] = Field(description="By symbol")
