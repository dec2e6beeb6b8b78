"""The order book's routes (`/v1/market/...`) over the sandbox's MarketBook.

Posting answers 201 with the order's EIP-712 hash, or a problem naming what is wrong (400 for a
body that is not JSON, 413 for a body over MAX_BODY bytes, 422 for a malformed, unsigned,
expired, cancelled, stale, filled, too small, uncovered or non-compliant order, 409 for a
duplicate of an order still open). Reads carry a strong ETag; the snapshot answers a market
page's refresh in one call. Symbols are matched case-insensitively.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query
from fastapi.responses import JSONResponse, Response

from app.backend.models import ApiError
from app.market.book import (
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
from app.sandbox.bounded_body import NOT_JSON, TOO_LARGE, JsonBodyRoute
from app.sandbox.market_book import MAX_LIMIT, MarketBook
from app.sandbox.market_listed import BookRefusal
from app.sandbox.world import SandboxWorld

_BOOKS: weakref.WeakKeyDictionary[SandboxWorld, MarketBook] = weakref.WeakKeyDictionary()

SymbolPath = Annotated[
    str,
    Path(
        pattern=r"^[A-Za-z][A-Za-z0-9]{1,10}$",
        description="Token symbol, e.g. PSTLUMI (any case)",
    ),
]
IfNoneMatch = Annotated[
    str | None,
    Header(description="An ETag from an earlier answer; 304 without a body if it still matches"),
]
CursorQuery = Annotated[
    str | None,
    Query(pattern=r"^[0-9a-f]{1,80}_[0-9a-f]{1,16}$", description="`next_…` of the last page"),
]


def book_for(world: SandboxWorld) -> MarketBook:
    """The world's one order book (its posted orders kept beside the sandbox's data)."""
    found = _BOOKS.get(world)
    if found is None:
        path = world.store.path.parent / "market.sqlite3"
        found = _BOOKS[world] = MarketBook(lambda: world.offerings().items, path)
    return found


@contextmanager
def _answering() -> Iterator[None]:
    from app.sandbox.api import ApiProblem  # the API module includes this one

    try:
        yield
    except BookRefusal as refusal:
        raise ApiProblem(refusal.status, refusal.error, refusal.message) from None


def _problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    said = {
        304: "Not modified: the If-None-Match ETag still matches",
        400: NOT_JSON,
        401: "Missing or wrong bearer token",
        404: "No such token on the market (`not_found`), or no market at all on this platform "
        "(`market_unavailable`: a sandbox without its chain)",
        409: "The order is already listed and still open",
        413: TOO_LARGE,
        422: "Invalid parameters, or an order the market refuses (the `error` says why: "
        "malformed_order, unknown_token, order_too_small (worth less than 1 stablecoin: "
        "1,000,000 base units), bad_signature, order_expired, order_cancelled, stale_nonce, "
        "order_filled, maker_not_compliant, balance_short, allowance_short; balance and "
        "allowance must cover the order on top of the maker's open orders drawing on the same "
        "asset)",
    }
    found: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        found[code] = {"description": said[code]}
        if code != 304:
            found[code]["model"] = ApiError
    return found


def create_router(world: SandboxWorld | None, dependencies: list) -> APIRouter:
    from app.sandbox.api import ApiProblem, _respond

    router = APIRouter(
        prefix="/v1/market", dependencies=dependencies, tags=["market"], route_class=JsonBodyRoute
    )

    def the_book() -> MarketBook:
        if world is None:
            raise ApiProblem(503, "unavailable", "The sandbox has no data loaded.")
        return book_for(world)

    def data(path: str, model: type, summary: str) -> Callable:
        responses = _problems(304, 401, 404, 422)
        responses[200] = {
            "headers": {
                "ETag": {
                    "description": "Strong entity tag of the body",
                    "schema": {"type": "string"},
                }
            }
        }
        return router.get(path, response_model=model, summary=summary, responses=responses)

    @router.post(
        "/orders",
        status_code=201,
        response_model=OrderPosted,
        summary="List a signed order on the book",
        responses=_problems(400, 401, 404, 409, 413, 422),
    )
    def post_order(signed: SignedOrder) -> JSONResponse:
        with _answering():
            order_hash = the_book().post(signed)
        return JSONResponse(OrderPosted(order_hash=order_hash).model_dump(), status_code=201)

    # Its own path, not GET /orders?maker=: one path with two routes would answer a method it
    # lacks with an Allow header naming only one of them.
    @data("/makers/{maker}/orders", MakerOrderList, "A maker's orders, newest first, with status")
    def maker_orders(
        maker: Annotated[str, Path(pattern=r"^0x[0-9a-fA-F]{40}$")],
        if_none_match: IfNoneMatch = None,
    ) -> Response:
        with _answering():
            return _respond(the_book().orders_of(maker), if_none_match)

    @data("/{symbol}/book", OrderBook, "Open orders, best first, paginated by side")
    def order_book(
        symbol: SymbolPath,
        if_none_match: IfNoneMatch = None,
        side: BookSide | None = None,
        cursor: CursorQuery = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    ) -> Response:
        with _answering():
            return _respond(the_book().book(symbol.upper(), side, cursor, limit), if_none_match)

    @data("/{symbol}/trades", TradeList, "Trades from the chain's Filled events, newest first")
    def trades(
        symbol: SymbolPath,
        if_none_match: IfNoneMatch = None,
        cursor: CursorQuery = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    ) -> Response:
        with _answering():
            return _respond(the_book().trades(symbol.upper(), cursor, limit), if_none_match)

    @data("/{symbol}/prices", PriceHistory, "Daily open, high, low, close and volume")
    def prices(symbol: SymbolPath, if_none_match: IfNoneMatch = None) -> Response:
        with _answering():
            return _respond(the_book().prices(symbol.upper()), if_none_match)

    @data("/quotes", MarketQuotes, "Every PST's last, best bid and ask, mid and offering price")
    def quotes(if_none_match: IfNoneMatch = None) -> Response:
        with _answering():
            return _respond(the_book().quotes(), if_none_match)

    @data("/{symbol}/snapshot", MarketSnapshot, "Top of the book, last trades and prices at once")
    def snapshot(
        symbol: SymbolPath,
        if_none_match: IfNoneMatch = None,
        depth: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
        last: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = 20,
    ) -> Response:
        with _answering():
            return _respond(the_book().snapshot(symbol.upper(), depth, last), if_none_match)

    return router


def use_book(world: SandboxWorld, book: MarketBook) -> None:
    """Serve `book` for `world` (the sandbox's chain service attaches it; tests give their own)."""
    _BOOKS[world] = book
