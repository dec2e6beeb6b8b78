"""The Market page's figures without Qt: the book's depth and an order ticket, to the base unit."""

from __future__ import annotations

from app.market.depth import Level, depth_of
from app.market.orders import Side
from app.market.ticket import Role, Standing, ticket

PST, USD = 10**18, 10**6


def test_depth_sums_each_price_and_runs_outward_from_the_best():
    bids = [(9 * USD, 2 * PST), (10 * USD, 1 * PST), (9 * USD, 3 * PST), (8 * USD, 0)]
    asks = [(12 * USD, 4 * PST), (11 * USD, 1 * PST)]
    depth = depth_of(bids, asks)
    assert depth.bids == (Level(10 * USD, 1 * PST, 1), Level(9 * USD, 5 * PST, 2))
    assert depth.bid_depth == (1 * PST, 6 * PST)
    assert depth.asks == (Level(11 * USD, 1 * PST, 1), Level(12 * USD, 4 * PST, 1))
    assert depth.ask_depth == (1 * PST, 5 * PST)
    assert (depth.best_bid, depth.best_ask, depth.spread) == (10 * USD, 11 * USD, 1 * USD)
    assert depth.mid == 10_500_000
    one_sided = depth_of(bids, [])
    assert one_sided.mid is None and one_sided.spread is None


# 0.333... PST at 10.000001: 3,333,333.66... base units, rounded for the maker.
AMOUNT, PRICE = 333_333_333_333_333_333, 10_000_001


def test_taking_an_ask_pays_the_cost_rounded_up_and_the_fee():
    t = ticket(buy=True, role=Role.TAKE, amount=AMOUNT, price=PRICE, decimals=18, fee_bps=30)
    assert (t.total, t.fee, t.pays_coin, t.gets_coin) == (3_333_334, 10_001, 3_343_335, 0)
    assert t.counterparty_gets == 3_333_334  # the maker gets the whole cost
    assert (t.allowance_token, t.allowance) == ("coin", 3_343_335)
    assert t.book_side is Side.SELL  # an ask is filled


def test_selling_into_a_bid_receives_the_cost_rounded_down_less_the_fee():
    t = ticket(buy=False, role=Role.TAKE, amount=AMOUNT, price=PRICE, decimals=18, fee_bps=30)
    assert (t.total, t.fee, t.pays_coin, t.gets_coin) == (3_333_333, 10_000, 0, 3_323_333)
    assert t.counterparty_gets == AMOUNT
    assert (t.allowance_token, t.allowance) == ("pst", AMOUNT)
    assert t.book_side is Side.BUY


def test_a_maker_pays_no_fee_and_the_taker_bears_it():
    bid = ticket(buy=True, role=Role.MAKE, amount=AMOUNT, price=PRICE, decimals=18, fee_bps=30)
    assert (bid.total, bid.fee, bid.pays_coin) == (3_333_333, 0, 3_333_333)
    assert bid.counterparty_gets == 3_323_333  # the taker who sells pays 10,000 fee
    assert bid.book_side is Side.BUY
    ask = ticket(buy=False, role=Role.MAKE, amount=AMOUNT, price=PRICE, decimals=18, fee_bps=30)
    assert (ask.total, ask.fee, ask.gets_coin, ask.allowance) == (3_333_334, 0, 3_333_334, AMOUNT)
    assert ask.book_side is Side.SELL


def test_the_standing_counts_what_the_open_orders_commit():
    """An approval replaces the allowance, and the book lists a new order only when balance and
    allowance cover it on top of the account's open orders: the dialog asks for both."""
    bid = ticket(buy=True, role=Role.MAKE, amount=PST, price=10 * USD, decimals=18, fee_bps=30)
    take = ticket(buy=True, role=Role.TAKE, amount=PST, price=10 * USD, decimals=18, fee_bps=30)
    standing = Standing(True, "ok", coin_balance=25 * USD, coin_allowance=20 * USD,
                        pst_balance=0, pst_allowance=0, coin_committed=20 * USD)  # fmt: skip
    assert standing.approval_needed(bid) == 30 * USD
    assert standing.approval_needed(take) == 30 * USD + take.fee
    assert standing.problems(bid) == ["coin_balance"]  # 25 < 20 open + 10
    assert standing.problems(take) == []  # a fill is not refused for the account's own orders
    free = Standing(True, "ok", 25 * USD, 20 * USD, 0, 0)
    assert free.approval_needed(bid) == 0 and free.problems(bid) == []
