"""The mark dust cannot set (app.market.marking), case by case."""

from __future__ import annotations

from app.domain.marks import MarkSource
from app.market.marking import Fill, Top, market_mark

PST, USD, DAY = 10**18, 10**6, 86_400
OFFERING = 10 * USD


def test_trades_worth_less_than_one_stablecoin_do_not_count() -> None:
    real = Fill(5 * PST, 12 * USD, 0)
    assert market_mark([real, Fill(1, 10**18, DAY)], None, None, OFFERING) == (
        12 * USD, MarkSource.LAST_TRADE,
    )  # fmt: skip
    # One stablecoin at 10^12 per PST is a speck of PST: worth nothing at the offering price.
    speck = Fill(10**6, 10**18, DAY)
    assert market_mark([speck], None, None, OFFERING) == (OFFERING, MarkSource.OFFERING)


def test_a_last_trade_far_off_the_recent_ones_gives_way_to_their_average() -> None:
    trades = [Fill(9 * PST, 10 * USD, 0), Fill(PST, 30 * USD, DAY)]
    assert market_mark(trades, None, None, OFFERING) == (12 * USD, MarkSource.RECENT_TRADES)
    near = [Fill(9 * PST, 10 * USD, 0), Fill(PST, 11 * USD, DAY)]
    assert market_mark(near, None, None, OFFERING) == (11 * USD, MarkSource.LAST_TRADE)
    old = [Fill(9 * PST, 10 * USD, 0), Fill(PST, 30 * USD, 40 * DAY)]  # a month apart
    assert market_mark(old, None, None, OFFERING) == (30 * USD, MarkSource.LAST_TRADE)


def test_a_mid_needs_two_significant_sides_and_a_sane_spread() -> None:
    bid, ask = Top(95 * USD // 10, PST), Top(105 * USD // 10, PST)
    assert market_mark([], bid, ask, OFFERING) == (10 * USD, MarkSource.MID)
    assert market_mark([], Top(5 * USD, PST), ask, OFFERING)[1] is MarkSource.OFFERING  # wide
    assert market_mark([], Top(11 * USD, PST), ask, OFFERING)[1] is MarkSource.OFFERING  # crossed
    assert market_mark([], Top(10 * USD, 10**10), ask, OFFERING)[1] is MarkSource.OFFERING  # dust
    assert market_mark([], bid, None, OFFERING)[1] is MarkSource.OFFERING
