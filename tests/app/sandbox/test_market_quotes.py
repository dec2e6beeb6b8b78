"""The sandbox market's quoting as simulated days pass (app.sandbox.market_seed.Quoter), over the
real API and anvil: each closed store's book gets the traders' asks and the seeded makers' bids,
a day with nothing missing posts nothing, and what was taken or cancelled is quoted again."""

from __future__ import annotations

from app.market.book import SignedOrder
from app.market.orders import Side, order_from_json, order_to_json
from app.sandbox.chain_plan import local_account
from app.sandbox.market_seed import MAKER_INDEXES, TRADERS, Quoter, _index
from app.sandbox.market_watch import MarketChain
from tests.fixtures.market_book import PST, USD, BookMarket


def _quoter(m: BookMarket) -> Quoter:
    assert m.book is not None
    for role in TRADERS:  # the sandbox's traders hold the two PSTs here too, with KYC
        trader = local_account(_index(role)).address
        m.admin.send(m.compliance.functions.setKyc(trader, m.now() + 86_400 * 365))
        m.admin.send(m.coin.functions.mint(trader, 25_000 * USD))  # their spare stablecoin
        for token in m.tokens.values():
            m.admin.send(token.functions.mint(trader, 500 * PST))
    return Quoter(m.world, MarketChain(m.client, m.market.address), m.book)


def test_every_day_the_books_are_quoted_on_both_sides(book_market, chain):
    m = book_market
    quoter = _quoter(m)
    assert quoter.tokens() == {s: t.address for s, t in m.tokens.items()}  # closed, listed
    quoter.prepare()
    assert quoter.quote("2026-03-02") == 2 * (len(TRADERS) + len(MAKER_INDEXES))
    assert quoter.quote("2026-03-02") == 0  # nothing is missing
    makers = {local_account(i).address for i in MAKER_INDEXES}
    for symbol in m.symbols:
        book = m.book.book(symbol)
        assert {e.order.maker for e in book.bids} == makers
        assert len(book.asks) == len(TRADERS)
        assert int(book.bids[0].order.price) < int(book.asks[0].order.price)
    # A trader's ask is cancelled overnight: the next day quotes it again.
    gone = m.book.book(m.symbols[0]).asks[0]
    owner = next(a for a in quoter.traders.values() if a.address == gone.order.maker)
    quoter._senders[owner.address].send(
        m.market.functions.cancel(order_from_json(gone.order.model_dump()).as_tuple())
    )
    assert quoter.quote("2026-03-03") == 1
    again = m.book.book(m.symbols[0])
    assert gone.order_hash not in {e.order_hash for e in again.asks}
    assert len(again.asks) == len(TRADERS)


def test_some_days_the_traders_trade(book_market, chain):
    m = book_market
    quoter = _quoter(m)
    quoter.prepare()
    quoter.quote("2026-03-02")
    days = [f"2026-04-{n:02d}" for n in range(1, 21)]
    for day in days:
        quoter.quote(day, trade=True)
    trades = [t for s in m.symbols for t in m.book.trades(s).items]
    assert 1 <= len(trades) <= 2 * len(days)
    traders = {a.address for a in quoter.traders.values()}
    assert all({t.maker, t.taker} == traders and t.amount <= 5 * PST for t in trades)
    for symbol in m.symbols:  # what was taken is offered again
        assert {e.order.maker for e in m.book.book(symbol).asks} == traders


def test_quotes_do_not_chase_an_outlier_bid(book_market, chain):
    """A one-stablecoin bid at 10^12 per PST tops the book; the traders' asks stay near the
    mark (the offering price here), not above the outlier."""
    m = book_market
    quoter = _quoter(m)
    quoter.prepare()
    symbol = m.symbols[0]
    m.approve("buyer", None, 10**12 * USD)
    outlier = m.order("buyer", Side.BUY, symbol, 10**6, 10**18)
    signed = {"order": order_to_json(outlier), "signature": "0x" + m.sign(outlier).hex()}
    m.book.post(SignedOrder.model_validate(signed))
    assert m.book.book(symbol).bids[0].order.price == str(10**18)
    quoter.quote("2026-03-02")
    offering = m.book.snapshot(symbol).stats.offering_price
    asks = [int(e.order.price) for e in m.book.book(symbol).asks]
    assert asks and all(price <= offering * 11 // 10 for price in asks)
