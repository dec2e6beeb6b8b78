"""The order book through the sandbox platform API, over a real anvil with a PSTMarket: posting
(and every refusal), the book best first and paged, and what the chain's events change."""

from __future__ import annotations

from typing import Any

import httpx

from app.backend.models import ApiError
from app.market.book import MakerOrderList, MarketSnapshot, OrderBook, PriceHistory, TradeList
from app.market.orders import Order, Side, fill_cost, order_to_json
from app.sandbox import market_api
from app.sandbox.market_book import MarketBook
from app.sandbox.market_watch import MarketChain
from tests.fixtures.market_book import PST, USD, BookMarket


def post(
    api: httpx.Client, order: Order | dict[str, Any], signature: bytes | str
) -> httpx.Response:
    body = order_to_json(order) if isinstance(order, Order) else order
    sig = signature if isinstance(signature, str) else "0x" + signature.hex()
    return api.post("/v1/market/orders", json={"order": body, "signature": sig})


def refused(answer: httpx.Response, status: int, error: str) -> str:
    assert answer.status_code == status, answer.text
    problem = ApiError.model_validate_json(answer.content)
    assert problem.error == error, problem
    return problem.message


def listed(m: BookMarket, api: httpx.Client, order: Order) -> str:
    answer = post(api, order, m.sign(order))
    assert answer.status_code == 201, answer.text
    return str(answer.json()["order_hash"])


def ask(m: BookMarket, api: httpx.Client, price: int, amount: int = 10 * PST, **kw: Any) -> Order:
    symbol = kw.pop("symbol", m.symbols[0])
    order = m.order("seller", Side.SELL, symbol, amount, price, **kw)
    listed(m, api, order)
    return order


def bid(m: BookMarket, api: httpx.Client, price: int, amount: int = 10 * PST, **kw: Any) -> Order:
    order = m.order("buyer", Side.BUY, m.symbols[0], amount, price, **kw)
    listed(m, api, order)
    return order


def book(api: httpx.Client, symbol: str, **params: Any) -> OrderBook:
    answer = api.get(f"/v1/market/{symbol}/book", params=params)
    assert answer.status_code == 200, answer.text
    return OrderBook.model_validate_json(answer.content)


def test_book_lists_bids_highest_and_asks_lowest_first(funded, api):
    m = funded
    prices = [5 * USD, 3 * USD, 4 * USD]
    for price in prices:
        ask(m, api, price)
        bid(m, api, price - 2 * USD)
    ask(m, api, 3 * USD, amount=2 * PST)  # the same price later: after the first at 3
    found = book(api, m.symbols[0])
    assert [int(e.order.price) for e in found.asks] == [3 * USD, 3 * USD, 4 * USD, 5 * USD]
    assert [e.remaining for e in found.asks[:2]] == [10 * PST, 2 * PST]
    assert [int(e.order.price) for e in found.bids] == [3 * USD, 2 * USD, 1 * USD]
    assert found.token == m.tokens[m.symbols[0]].address
    assert book(api, m.symbols[1]).asks == []


def test_book_pages_by_side_with_a_cursor_and_revalidates_by_etag(funded, api):
    m = funded
    for n in range(7):
        ask(m, api, (10 + n) * USD, amount=PST)
    symbol = m.symbols[0]
    seen, cursor = [], None
    while True:
        params = {"side": "ask", "limit": 3, **({"cursor": cursor} if cursor else {})}
        page = book(api, symbol, **params)
        assert page.bids == [] and len(page.asks) <= 3
        seen += [int(e.order.price) for e in page.asks]
        cursor = page.next_asks
        if cursor is None:
            break
    assert seen == [(10 + n) * USD for n in range(7)]
    first = api.get(f"/v1/market/{symbol}/book")
    again = api.get(f"/v1/market/{symbol}/book", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    ask(m, api, 1 * USD, amount=PST)
    changed = api.get(f"/v1/market/{symbol}/book", headers={"If-None-Match": first.headers["etag"]})
    assert changed.status_code == 200
    refused(api.get(f"/v1/market/{symbol}/book", params={"cursor": cursor or "1_1"}), 422,
            "invalid_request")  # fmt: skip
    refused(api.get(f"/v1/market/{symbol}/book", params={"sidee": "ask"}), 422, "invalid_request")


def test_fills_cancels_and_expiry_on_chain_drop_orders(funded, api, chain):
    m = funded
    symbol = m.symbols[0]
    partly = ask(m, api, 2 * USD)
    whole = ask(m, api, 3 * USD, amount=PST)
    cancelled = ask(m, api, 4 * USD)
    ask(m, api, 5 * USD, expiry=m.now() + 600)
    m.fill("taker", partly, m.sign(partly), 4 * PST)
    m.fill("taker", whole, m.sign(whole), PST)
    m.sender("seller").send(m.market.functions.cancel(cancelled.as_tuple()))
    found = book(api, symbol)
    assert [(int(e.order.price), e.remaining) for e in found.asks] == [
        (2 * USD, 6 * PST), (5 * USD, 10 * PST),
    ]  # fmt: skip
    chain.advance(601)
    assert [int(e.order.price) for e in book(api, symbol).asks] == [2 * USD]
    mine = MakerOrderList.model_validate_json(
        api.get(f"/v1/market/makers/{m.people['seller'].address}/orders").content
    )
    assert [(o.status.value, o.filled) for o in mine.items] == [
        ("expired", 0), ("cancelled", 0), ("filled", PST), ("open", 4 * PST),
    ]  # fmt: skip
    m.sender("seller").send(m.market.functions.cancelAll())
    assert book(api, symbol).asks == []


def test_trades_prices_and_snapshot_come_from_filled_events(funded, api):
    m = funded
    symbol = m.symbols[0]
    first = ask(m, api, 2 * USD)
    m.fill("taker", first, m.sign(first), 3 * PST)
    buying = bid(m, api, 1 * USD)
    m.approve("seller", symbol, 10**9 * PST)
    m.fill("seller", buying, m.sign(buying), 2 * PST)
    trades = TradeList.model_validate_json(api.get(f"/v1/market/{symbol}/trades").content)
    assert [(t.side.value, t.amount, t.price) for t in trades.items] == [
        ("bid", 2 * PST, USD), ("ask", 3 * PST, 2 * USD),
    ]  # fmt: skip
    assert trades.items[1].cost == fill_cost(3 * PST, 2 * USD, 18, Side.SELL)
    assert trades.items[1].fee == -(-trades.items[1].cost * 30 // 10_000)
    assert trades.items[0].taker == m.people["seller"].address
    paged = TradeList.model_validate_json(
        api.get(f"/v1/market/{symbol}/trades", params={"limit": 1}).content
    )
    assert len(paged.items) == 1 and paged.next_cursor
    rest = TradeList.model_validate_json(
        api.get(f"/v1/market/{symbol}/trades", params={"cursor": paged.next_cursor}).content
    )
    assert rest.items == trades.items[1:]
    prices = PriceHistory.model_validate_json(api.get(f"/v1/market/{symbol}/prices").content)
    (day,) = prices.items
    assert (day.open, day.high, day.low, day.close) == (2 * USD, 2 * USD, USD, USD)
    assert (day.volume, day.trades) == (5 * PST, 2)
    bid(m, api, USD // 2)
    answer = api.get(f"/v1/market/{symbol}/snapshot", params={"depth": 5, "last": 1})
    snap = MarketSnapshot.model_validate_json(answer.content)
    assert snap.market == m.market.address and snap.fee_bps == 30 and snap.chain_id == 31337
    assert [int(e.order.price) for e in snap.book.asks] == [2 * USD]
    assert [int(e.order.price) for e in snap.book.bids] == [USD, USD // 2]  # 8 PST left at 1
    assert [e.remaining for e in snap.book.bids] == [8 * PST, 10 * PST]
    assert snap.stats.best_ask == 2 * USD and snap.stats.best_bid == USD
    assert snap.stats.mid_price == (2 * USD + USD) // 2
    assert snap.stats.last_price == USD and len(snap.trades) == 1
    assert snap.stats.offering_price == prices.offering_price > 0
    etag = answer.headers["etag"]
    assert api.get(f"/v1/market/{symbol}/snapshot", params={"depth": 5, "last": 1},
                   headers={"If-None-Match": etag}).status_code == 304  # fmt: skip


# -- refusals ------------------------------------------------------------------------------


def test_malformed_payloads_are_refused(funded, api):
    m = funded
    order = m.order("seller", Side.SELL, m.symbols[0], PST, USD)
    good = order_to_json(order)
    sig = m.sign(order)
    for broken in (
        {k: v for k, v in good.items() if k != "salt"},
        {**good, "extra": "1"},
        {**good, "side": "2"},
        {**good, "amount": "-1"},
        {**good, "amount": "0"},
        {**good, "price": "007"},
        {**good, "amount": 5},
        {**good, "maker": "0x1234"},
    ):
        refused(post(api, broken, sig), 422, "invalid_request")
    # Past the schema, the order's own rules: expiry is a uint64.
    refused(post(api, {**good, "expiry": str(2**64)}, sig), 422, "malformed_order")
    refused(post(api, good, "0xzz"), 422, "invalid_request")
    refused(api.post("/v1/market/orders", content=b"{not json"), 400, "invalid_json")


def test_signatures_that_are_not_the_makers_are_refused(funded, api):
    m = funded
    order = m.order("seller", Side.SELL, m.symbols[0], PST, USD)
    for signature in (
        m.sign(order, role="buyer"),  # another key
        m.sign(order, chain_id=1),  # another chain
        m.sign(order, market=m.coin.address),  # another contract
        m.sign(m.order("seller", Side.SELL, m.symbols[0], 2 * PST, USD)),  # another order
        b"\x01" * 65,
    ):
        refused(post(api, order, signature), 422, "bad_signature")


def test_orders_the_chain_says_are_void_are_refused(funded, api, chain):
    m = funded
    symbol = m.symbols[0]
    expired = m.order("seller", Side.SELL, symbol, PST, USD, expiry=m.now() - 1)
    refused(post(api, expired, m.sign(expired)), 422, "order_expired")
    cancelled = m.order("seller", Side.SELL, symbol, PST, USD)
    m.sender("seller").send(m.market.functions.cancel(cancelled.as_tuple()))
    refused(post(api, cancelled, m.sign(cancelled)), 422, "order_cancelled")
    filled = m.order("seller", Side.SELL, symbol, PST, USD)
    m.fill("taker", filled, m.sign(filled), PST)
    refused(post(api, filled, m.sign(filled)), 422, "order_filled")
    stale = m.order("seller", Side.SELL, symbol, PST, USD)
    m.sender("seller").send(m.market.functions.cancelAll())
    refused(post(api, stale, m.sign(stale)), 422, "stale_nonce")


def test_makers_without_kyc_funds_or_allowance_are_refused(book_market, api):
    m = book_market
    symbol = m.symbols[0]
    lapsed = m.order("lapsed", Side.SELL, symbol, PST, USD)
    refused(post(api, lapsed, m.sign(lapsed)), 422, "maker_not_compliant")
    no_pst = m.order("buyer", Side.SELL, symbol, PST, USD)
    refused(post(api, no_pst, m.sign(no_pst)), 422, "balance_short")
    too_dear = m.order("buyer", Side.BUY, symbol, 10**6 * PST, 10 * USD)
    refused(post(api, too_dear, m.sign(too_dear)), 422, "balance_short")
    unapproved = m.order("seller", Side.SELL, symbol, PST, USD)
    message = refused(post(api, unapproved, m.sign(unapproved)), 422, "allowance_short")
    assert str(PST) in message
    m.approve("seller", symbol, PST)
    assert post(api, unapproved, m.sign(unapproved)).status_code == 201


def test_duplicates_and_unknown_tokens_are_refused(funded, api):
    m = funded
    order = ask(m, api, USD)
    refused(post(api, order, m.sign(order)), 409, "duplicate_order")
    foreign = Order(**{**order.__dict__, "token": m.coin.address})
    refused(post(api, foreign, m.sign(foreign)), 422, "unknown_token")
    refused(api.get("/v1/market/NOPE/book"), 404, "not_found")
    refused(api.get("/v1/market/makers/0x12/orders"), 422, "invalid_request")


def test_without_a_chain_the_market_is_unavailable(book_market, api):
    market_api.use_book(book_market.world, MarketBook(lambda: book_market.world.offerings().items))
    refused(api.get(f"/v1/market/{book_market.symbols[0]}/book"), 404, "market_unavailable")
    order = book_market.order("seller", Side.SELL, book_market.symbols[0], PST, USD)
    refused(post(api, order, book_market.sign(order)), 404, "market_unavailable")


def test_a_smart_account_maker_is_checked_by_eip1271(book_market, api):
    m = book_market
    symbol = m.symbols[0]
    owner = m.sender("seller")
    wallet = owner.deploy("TestSignerWallet", owner.address)
    m.admin.send(m.compliance.functions.setKyc(wallet.address, m.now() + 86_400 * 365))
    owner.send(m.tokens[symbol].functions.transfer(wallet.address, 10 * PST))
    approve = m.tokens[symbol].functions.approve(m.market.address, 10 * PST)
    owner.send(
        wallet.functions.execute(m.tokens[symbol].address, approve._encode_transaction_data())
    )
    order = Order(**{**m.order("seller", Side.SELL, symbol, 10 * PST, USD).__dict__,
                     "maker": wallet.address})  # fmt: skip
    refused(post(api, order, m.sign(order, role="buyer")), 422, "bad_signature")
    answer = post(api, order, m.sign(order, role="seller"))  # the owner's key signs for it
    assert answer.status_code == 201, answer.text
    assert [e.order.maker for e in book(api, symbol).asks] == [wallet.address]


def test_posted_orders_survive_a_restart_but_not_a_new_chain(funded, api, tmp_path):
    m = funded
    order = ask(m, api, USD)
    path = tmp_path / "market.sqlite3"

    def reopened(fresh: bool = False) -> list[str]:
        again = MarketBook(lambda: m.world.offerings().items, path)
        again.attach(MarketChain(m.client, m.market.address), fresh=fresh)
        return [o.order.salt for o in again.orders_of(order.maker).items]

    assert reopened() == [str(order.salt)]
    assert reopened(fresh=True) == []
