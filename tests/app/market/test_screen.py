"""The Market page's screen of an API snapshot: the book's orders are parsed when they are read
(a refresh draws the depth of thousands and reads a few), and read strictly then."""

from __future__ import annotations

import pytest
from eth_utils import to_checksum_address

from app.market.book import BookEntry
from app.market.errors import MalformedOrder
from app.market.orders import Order, Side, order_from_json, order_to_json
from app.market.screen import BookOrders

PST, USD = 10**18, 10**6
MAKER = "0x" + "ab" * 20
TOKEN = "0x" + "10" * 20


def _entry(price: int, salt: int, **order: str) -> BookEntry:
    body = order_to_json(Order(MAKER, Side.SELL, TOKEN, 2 * PST, price, 2**40, salt, 0))
    body.update(order)
    return BookEntry.model_validate({
        "order_hash": f"0x{salt:064x}", "order": body, "signature": "0x" + "01" * 65,
        "remaining": PST, "posted_at": "2026-11-30T09:30:00Z",
    })  # fmt: skip


def test_orders_are_made_when_read_and_equal_the_strict_parse():
    entries = [_entry(10 * USD + n, n) for n in range(3)]
    side = BookOrders(entries)
    assert side.levels() == [(10 * USD + n, PST) for n in range(3)]
    assert len(side) == 3 and not side._made  # nothing parsed for the depth
    last = side[-1]
    assert last is side[2] and last.order == order_from_json(entries[2].order.model_dump())
    assert last.order.maker == to_checksum_address(MAKER) and last.signature == b"\x01" * 65
    assert [o.price for o in side[:2]] == [10 * USD, 10 * USD + 1]
    assert [o.order_hash for o in side] == [e.order_hash for e in entries]
    with pytest.raises(IndexError):
        side[3]


def test_an_order_out_of_range_is_refused_when_it_is_used():
    side = BookOrders([_entry(10 * USD, 1, expiry=str(2**64))])  # a uint64 that overflows
    assert side.levels() == [(10 * USD, PST)]
    with pytest.raises(MalformedOrder):
        _ = side[0].order
