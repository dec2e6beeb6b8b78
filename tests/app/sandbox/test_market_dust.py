"""What an outside review did to the sandbox market, over the real API and anvil: dust orders
and trades must not set a token's mark, orders their makers can no longer pay for leave the
book, re-posting a closed order says what became of it, and the HTTP edges answer as the
OpenAPI document says."""

from __future__ import annotations

import httpx

from app.domain.marks import MarkSource
from app.market.book import MarketSnapshot
from app.market.orders import Side
from tests.app.sandbox.test_market_api import ask, book, listed, post, refused
from tests.fixtures.market_book import PST, USD, BookMarket

PRICE_1E12 = 10**18  # 10^12 stablecoin per PST, in base units


def stats(api: httpx.Client, symbol: str):
    answer = api.get(f"/v1/market/{symbol}/snapshot")
    assert answer.status_code == 200, answer.text
    return MarketSnapshot.model_validate_json(answer.content).stats


def test_orders_worth_less_than_one_stablecoin_are_refused(funded, api):
    m, symbol = funded, funded.symbols[0]
    free = m.order("buyer", Side.BUY, symbol, 1, PRICE_1E12 - 1)  # costs 0 after rounding
    message = refused(post(api, free, m.sign(free)), 422, "order_too_small")
    assert "worth 0 " in message
    penny = m.order("buyer", Side.BUY, symbol, 1, PRICE_1E12)  # costs 1 base unit
    refused(post(api, penny, m.sign(penny)), 422, "order_too_small")
    one = m.order("buyer", Side.BUY, symbol, PST // 2, 2 * USD)  # worth exactly 1 stablecoin
    listed(m, api, one)


def test_a_dust_trade_does_not_set_the_mark(funded, api):
    m, symbol = funded, funded.symbols[0]
    real = ask(m, api, 2 * USD)
    m.fill("taker", real, m.sign(real), 5 * PST)
    assert (stats(api, symbol).mark_price, stats(api, symbol).mark_source) == (
        2 * USD, MarkSource.LAST_TRADE,
    )  # fmt: skip
    # Signed off the book and filled on chain: the book cannot refuse it, the mark ignores it.
    dust = m.order("buyer", Side.BUY, symbol, 1, PRICE_1E12)
    m.fill("seller", dust, m.sign(dust), 1)
    # One stablecoin's worth at 10^12 is a speck of PST: dust at the offering price.
    speck = m.order("buyer", Side.BUY, symbol, 10**6, PRICE_1E12)
    m.fill("seller", speck, m.sign(speck), 10**6)
    found = stats(api, symbol)
    assert found.last_price == PRICE_1E12  # what happened, shown as it was
    assert (found.mark_price, found.mark_source) == (2 * USD, MarkSource.LAST_TRADE)
    # A real trade far off the recent ones is marked at their volume-weighted price.
    far = ask(m, api, 20 * USD, amount=PST)
    m.fill("taker", far, m.sign(far), PST)
    found = stats(api, symbol)
    assert found.mark_source == MarkSource.RECENT_TRADES
    assert found.mark_price == (5 * 2 * USD + 20 * USD) // 6


def test_a_mid_counts_only_when_both_sides_are_sane(funded, api):
    m, symbol = funded, funded.symbols[1]
    offering = stats(api, symbol).offering_price
    assert stats(api, symbol).mark_source == MarkSource.OFFERING
    ask(m, api, 2 * USD, symbol=symbol)
    listed(m, api, m.order("buyer", Side.BUY, symbol, 10 * PST, 19 * USD // 10))
    found = stats(api, symbol)
    assert (found.mark_price, found.mark_source) == ((2 * USD + 19 * USD // 10) // 2, "mid")
    # A bid worth one stablecoin at 10^12 per PST: listed (it can fill), but it crosses the
    # book, so there is no mid to mark at.
    listed(m, api, m.order("buyer", Side.BUY, symbol, 10**6, PRICE_1E12))
    found = stats(api, symbol)
    assert found.best_bid == PRICE_1E12
    assert (found.mark_price, found.mark_source) == (offering, MarkSource.OFFERING)


def test_orders_their_makers_cannot_pay_for_leave_the_book(book_market, api):
    m, symbol = book_market, book_market.symbols[0]
    held = m.tokens[symbol].functions.balanceOf(m.people["seller"].address).call()
    m.approve("seller", symbol, 10**9 * PST)
    first = ask(m, api, 3 * USD, amount=held)
    again = m.order("seller", Side.SELL, symbol, held, 2 * USD)
    message = refused(post(api, again, m.sign(again)), 422, "balance_short")
    assert "open orders" in message
    half = m.order("seller", Side.SELL, symbol, held // 2, 2 * USD)
    refused(post(api, half, m.sign(half)), 422, "balance_short")
    assert [e.remaining for e in book(api, symbol).asks] == [held]
    m.approve("seller", symbol, held // 4)  # the allowance goes down: a quarter can fill
    assert [e.remaining for e in book(api, symbol).asks] == [held // 4]
    m.approve("seller", symbol, 0)
    assert book(api, symbol).asks == []
    m.approve("seller", symbol, 10**9 * PST)
    assert [e.order_hash for e in book(api, symbol).asks] == [
        listed_hash(m, first)
    ]  # fmt: skip
    seller = m.people["seller"].address
    expiry = m.compliance.functions.expiryOf(seller).call()
    m.admin.send(m.compliance.functions.revoke(seller))
    assert book(api, symbol).asks == []
    m.admin.send(m.compliance.functions.setKyc(seller, expiry))
    assert len(book(api, symbol).asks) == 1


def listed_hash(m: BookMarket, order) -> str:
    from app.market.orders import order_hash

    return "0x" + order_hash(order, m.w3.eth.chain_id, m.market.address).hex()


def test_bids_share_one_stablecoin_balance_across_tokens(funded, api):
    m = funded
    coin = m.coin.functions.balanceOf(m.people["buyer"].address).call()
    price = coin // 10  # ten PST would spend it all
    listed(m, api, m.order("buyer", Side.BUY, m.symbols[0], 6 * PST, price))
    other = m.order("buyer", Side.BUY, m.symbols[1], 6 * PST, price)
    refused(post(api, other, m.sign(other)), 422, "balance_short")


def test_reposting_a_closed_order_says_what_became_of_it(funded, api):
    m = funded
    cancelled = ask(m, api, 2 * USD)
    m.sender("seller").send(m.market.functions.cancel(cancelled.as_tuple()))
    refused(post(api, cancelled, m.sign(cancelled)), 422, "order_cancelled")
    filled = ask(m, api, 3 * USD, amount=PST)
    m.fill("taker", filled, m.sign(filled), PST)
    refused(post(api, filled, m.sign(filled)), 422, "order_filled")
    still = ask(m, api, 4 * USD)
    refused(post(api, still, m.sign(still)), 409, "duplicate_order")
    m.sender("seller").send(m.market.functions.cancelAll())
    refused(post(api, still, m.sign(still)), 422, "stale_nonce")


def test_http_edges_answer_as_documented(funded, api):
    m = funded
    refused(api.post("/v1/market/orders", content=b"not json"), 400, "invalid_json")
    big = b'{"order": {}, "signature": "0x' + b"ab" * 100_000 + b'"}'
    refused(api.post("/v1/market/orders", content=big), 413, "body_too_large")
    chunked = api.post("/v1/market/orders", content=iter([b"[" * 40_000, b"]" * 40_000]))
    assert chunked.status_code == 413  # no Content-Length: counted while read
    lower = book(api, m.symbols[0].lower())
    assert lower.symbol == m.symbols[0]
