"""The book client against the real sandbox API over anvil (typed answers, ETag revalidation,
refusals as errors in three languages), and against a hostile server (payload validation)."""

from __future__ import annotations

import pytest

from app.backend.client import ApiClient
from app.backend.errors import InvalidPayload
from app.market.book import BookSide, MarketSnapshot, OrderStatus
from app.market.book_client import BookClient, OrderRefused
from app.market.orders import Side
from tests.fixtures.hostile import ok
from tests.fixtures.market_book import PST, USD, BookMarket


@pytest.fixture
def client(book_market: BookMarket):
    api = ApiClient(book_market.url, book_market.token, timeout=30)
    try:
        yield BookClient(api)
    finally:
        api.close()


@pytest.fixture
def traded(book_market: BookMarket, client: BookClient) -> BookMarket:
    """Two asks and a bid on the first PST, one of the asks partly taken."""
    m = book_market
    symbol = m.symbols[0]
    m.approve("seller", symbol, 10**6 * PST)
    m.approve("buyer", None, 10**9 * USD)
    m.approve("taker", None, 10**9 * USD)
    cheap = m.order("seller", Side.SELL, symbol, 5 * PST, 2 * USD)
    for order in (cheap, m.order("seller", Side.SELL, symbol, 5 * PST, 3 * USD),
                  m.order("buyer", Side.BUY, symbol, 4 * PST, USD)):  # fmt: skip
        client.post(order, m.sign(order))
    m.fill("taker", cheap, m.sign(cheap), 2 * PST)
    return m


def test_a_refresh_costs_two_requests_and_revalidates(traded, client):
    m, symbol = traded, traded.symbols[0]
    before = client.api.round_trips
    view = client.refresh(symbol)
    assert client.api.round_trips - before == 2
    assert [int(e.order.price) for e in view.snapshot.book.asks] == [2 * USD, 3 * USD]
    assert view.snapshot.book.asks[0].remaining == 3 * PST
    assert view.snapshot.stats.last_price == 2 * USD and view.snapshot.stats.mid_price == (
        2 * USD + USD
    ) // 2  # fmt: skip
    assert [d.volume for d in view.prices.items] == [2 * PST]
    again = client.refresh(symbol)  # both answered 304: the copies are reused
    assert again == view and client.api.round_trips - before == 4
    assert client.trades(symbol).items == view.snapshot.trades
    mine = client.orders(m.people["seller"].address)
    assert [o.status for o in mine.items] == [OrderStatus.OPEN, OrderStatus.OPEN]
    page = client.book(symbol, BookSide.ASK, limit=1)
    rest = client.book(symbol, BookSide.ASK, cursor=page.next_asks, limit=1)
    assert [int(e.order.price) for e in page.asks + rest.asks] == [2 * USD, 3 * USD]


def test_refusals_are_errors_with_words_in_three_languages(traded, client):
    m, symbol = traded, traded.symbols[0]
    uncovered = m.order("seller", Side.SELL, symbol, 10**7 * PST, USD)
    with pytest.raises(OrderRefused) as refused:
        client.post(uncovered, m.sign(uncovered))
    assert refused.value.code == "market_book.balance_short"
    texts = {refused.value.text(lang) for lang in ("en", "zh_CN", "zh_TW")}
    assert len(texts) == 3 and "balance" in refused.value.text("en")
    order = m.order("buyer", Side.BUY, symbol, PST, USD)
    with pytest.raises(OrderRefused) as refused:
        client.post(order, m.sign(order, role="seller"))
    assert refused.value.code == "market_book.bad_signature"
    client.post(order, m.sign(order))
    with pytest.raises(OrderRefused) as refused:
        client.post(order, m.sign(order))
    assert (refused.value.code, refused.value.status) == ("market_book.duplicate_order", 409)


def test_a_book_out_of_order_or_of_another_token_is_refused(traded, client, hostile_api):
    symbol = traded.symbols[0]
    good = client.snapshot(symbol)
    path = f"/v1/market/{symbol}/snapshot"
    tampered = {
        "asks reversed": good.book.model_copy(update={"asks": good.book.asks[::-1]}),
        "another symbol": good.book.model_copy(update={"symbol": traded.symbols[1]}),
        "a bid among the asks": good.book.model_copy(update={"asks": good.book.bids}),
        "overfilled": good.book.model_copy(
            update={"asks": [good.book.asks[0].model_copy(update={"remaining": 10**6 * PST})]}
        ),
    }
    hostile = BookClient(ApiClient(hostile_api.url, hostile_api.token, retries=0))
    try:
        for why, book in tampered.items():
            hostile_api.set(path + "?depth=20&last=20", ok(good.model_copy(update={"book": book})))
            with pytest.raises(InvalidPayload):
                hostile.snapshot(symbol)
            assert why
        hostile_api.set(path + "?depth=20&last=20", ok(good))
        assert isinstance(hostile.snapshot(symbol), MarketSnapshot)
    finally:
        hostile.api.close()


def test_every_tokens_quote_comes_in_one_request(traded, client):
    before = client.api.round_trips
    quotes = client.quotes()
    assert client.api.round_trips - before == 1
    assert [q.symbol for q in quotes.items] == sorted(traded.symbols)
    by_symbol = {q.symbol: q for q in quotes.items}
    for symbol in traded.symbols:
        assert by_symbol[symbol].stats == client.snapshot(symbol).stats
        assert by_symbol[symbol].token == traded.tokens[symbol].address
    assert by_symbol[traded.symbols[0]].stats.last_price == 2 * USD
    assert by_symbol[traded.symbols[1]].stats.last_price is None
    assert quotes.market == traded.market.address
