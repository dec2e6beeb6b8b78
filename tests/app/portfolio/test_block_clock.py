"""Dates for future blocks: estimated at the recent pace, rounded up, and never "now"."""

from __future__ import annotations

from app.portfolio.block_clock import BlockClock

HEAD, AT = 1_000, 1_800_000_000


def clock(blocks: int, seconds: int) -> BlockClock:
    return BlockClock(HEAD, AT, {HEAD: AT, 990: AT - 10}, blocks, seconds)


def test_a_mined_block_has_its_own_time_and_a_future_one_the_pace() -> None:
    assert clock(10, 120).time_of(990) == (AT - 10, False)
    assert clock(10, 120).time_of(HEAD + 5) == (AT + 60, True)
    assert clock(3, 7).time_of(HEAD + 1) == (AT + 3, True)  # 2.33 s rounds up


def test_a_future_block_on_a_chain_faster_than_a_second_is_still_ahead() -> None:
    # A dev chain mined 1,000 blocks within one second: the pace floors to nothing.
    assert clock(1_000, 1).time_of(HEAD + 20) == (AT + 1, True)
    assert clock(1_000, 1).time_of(HEAD + 2_500) == (AT + 3, True)
