"""Which book orders a buy or a sell takes: best first, within the limit, never one's own."""

from __future__ import annotations

import datetime as dt

from app.market.book import BookEntry
from app.market.orders import ZERO_ADDRESS, Order, Side, order_to_json
from app.market.taking import plan_take

ME = "0x" + "11" * 20
ALICE = "0x" + "22" * 20
BOB = "0x" + "33" * 20
TOKEN = "0x" + "44" * 20
PST = 10**18


def _entry(
    maker: str, side: Side, price: int, remaining: int, taker: str = ZERO_ADDRESS
) -> BookEntry:
    order = Order(maker, side, TOKEN, 10 * PST, price, 2_000_000_000, price, 0, taker)
    return BookEntry.model_validate(
        {
            "order_hash": "0x" + f"{price:064x}",
            "order": order_to_json(order),
            "signature": "0x" + "ab" * 65,
            "remaining": remaining,
            "posted_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        }
    )


def test_a_buy_takes_the_cheapest_asks_up_to_the_limit() -> None:
    asks = [
        _entry(ALICE, Side.SELL, 10_000_000, 2 * PST),
        _entry(ME, Side.SELL, 10_500_000, 5 * PST),  # my own: skipped
        _entry(BOB, Side.SELL, 11_000_000, 5 * PST, taker=ALICE),  # private to Alice: skipped
        _entry(BOB, Side.SELL, 11_000_000 + 1, 5 * PST),
        _entry(ALICE, Side.SELL, 12_000_000, 5 * PST),  # beyond the limit
    ]
    takes = plan_take(asks, buy=True, amount=4 * PST, limit_price=11_500_000, taker=ME)
    assert [(t.order.price, t.amount) for t in takes] == [
        (10_000_000, 2 * PST),
        (11_000_001, 2 * PST),
    ]
    assert takes[0].signature == b"\xab" * 65


def test_a_sell_takes_the_highest_bids_down_to_the_limit_and_stops_when_the_book_ends() -> None:
    bids = [_entry(ALICE, Side.BUY, 12_000_000, PST), _entry(BOB, Side.BUY, 11_000_000, PST)]
    takes = plan_take(bids, buy=False, amount=5 * PST, limit_price=10_000_000, taker=ME)
    assert [t.amount for t in takes] == [PST, PST]  # all there is
    assert plan_take(bids, buy=False, amount=PST, limit_price=12_500_000, taker=ME) == []
