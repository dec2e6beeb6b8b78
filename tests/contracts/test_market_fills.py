"""PSTMarket fills: both legs move in one transaction or not at all, partial fills to the base
unit, rounding in the maker's favour on both sides, and fees that add up exactly."""

from __future__ import annotations

import pytest

from app.market.orders import Side, fee_of, fill_cost
from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import assert_reverts, events
from tests.contracts.market_world import (
    FEE_BPS,
    PRICE,
    MarketEnv,
    deploy_market_env,
    send_unchecked,
)


@pytest.fixture(scope="session")
def mk(deployed: Env) -> MarketEnv:
    return deploy_market_env(deployed)


@pytest.fixture
def m(mk: MarketEnv, env: Env) -> MarketEnv:
    return mk


def _balances(m: MarketEnv, *addresses: str) -> list[tuple[int, int]]:
    return [(m.pst(a), m.coin(a)) for a in addresses]


def test_the_contracts_order_hash_is_the_apps(m: MarketEnv) -> None:
    alice = m.env.investors[0]
    for order in (
        m.order(alice, Side.SELL),
        m.order(alice, Side.BUY, salt=2**255, taker=m.address),
    ):
        assert m.market.functions.orderHash(order.as_tuple()).call() == m.hash(order)


@pytest.mark.parametrize("side", [Side.SELL, Side.BUY])
def test_a_full_fill_moves_both_legs_and_the_fee_and_the_sums_are_exact(
    m: MarketEnv, side: Side
) -> None:
    maker, taker = m.env.investors[0], m.env.investors[1]
    amount = 7 * PST + 123_456_789
    m.give_pst(maker if side is Side.SELL else taker, amount)
    order = m.order(maker, side, amount)
    before = _balances(m, maker.address, taker.address, m.fee_recipient, m.address)
    receipt = m.fill(taker, order, m.sign(maker, order))

    cost = fill_cost(amount, PRICE, 18, side)
    fee = fee_of(cost, FEE_BPS)
    after = _balances(m, maker.address, taker.address, m.fee_recipient, m.address)
    pst_moves = [a[0] - b[0] for a, b in zip(after, before, strict=True)]
    coin_moves = [a[1] - b[1] for a, b in zip(after, before, strict=True)]
    if side is Side.SELL:  # the taker buys: pays cost to the maker and the fee on top
        assert pst_moves == [-amount, amount, 0, 0]
        assert coin_moves == [cost, -(cost + fee), fee, 0]
    else:  # the taker sells: the maker pays cost, of which the fee goes to the fee recipient
        assert pst_moves == [amount, -amount, 0, 0]
        assert coin_moves == [-cost, cost - fee, fee, 0]
    assert sum(coin_moves) == 0 and sum(pst_moves) == 0  # nothing created, nothing kept
    assert fee > 0
    [event] = events(m.market, "Filled", receipt)
    assert event == {
        "orderHash": m.hash(order),
        "maker": maker.address,
        "taker": taker.address,
        "token": m.env.token.address,
        "side": int(side),
        "amount": amount,
        "price": PRICE,
        "cost": cost,
        "fee": fee,
    }
    assert m.market.functions.filled(m.hash(order)).call() == amount
    assert m.market.functions.quote(order.as_tuple(), amount).call() == [cost, fee]


def test_partial_fills_to_the_base_unit_then_overfill_is_refused(m: MarketEnv) -> None:
    maker, taker = m.env.investors[0], m.env.investors[1]
    amount = 3 * PST
    m.give_pst(maker, amount)
    order = m.order(maker, Side.SELL, amount)
    signature = m.sign(maker, order)
    coin_before = m.coin(taker.address)

    m.fill(taker, order, signature, 1)  # one base unit: 12.5e-12 of a cent, paid up to 1 unit
    assert m.pst(taker.address) == 1
    assert m.coin(taker.address) == coin_before - 1 - 1  # cost 1 (rounded up) + fee 1 (up)
    m.fill(taker, order, signature, PST)
    call = m.fill_call(order, signature, 2 * PST)  # one base unit too many
    assert_reverts(call, taker, "Overfill")
    m.fill(taker, order, signature, 2 * PST - 1)
    assert m.pst(taker.address) == amount
    assert m.market.functions.filled(m.hash(order)).call() == amount
    assert_reverts(m.fill_call(order, signature, 1), taker, "Overfill")


def test_rounding_never_favours_the_taker_on_either_side(m: MarketEnv) -> None:
    maker, taker = m.env.investors[0], m.env.investors[1]
    third = 333_333_333_333_333_333  # a third of a PST at 1 stablecoin: 333,333.333 units
    m.give_pst(maker, third)
    m.give_pst(taker, third)
    ask = m.order(maker, Side.SELL, third, USD, salt=1)
    bid = m.order(maker, Side.BUY, third, USD, salt=2)

    coin = m.coin(taker.address)
    m.fill(taker, ask, m.sign(maker, ask))
    assert coin - m.coin(taker.address) == 333_334 + 1_001  # paid up; fee 1,000.002 up
    coin = m.coin(taker.address)
    m.fill(taker, bid, m.sign(maker, bid))
    assert m.coin(taker.address) - coin == 333_333 - 1_000  # received down, less the fee 999.999 up


def test_a_bid_whose_cost_rounds_to_nothing_is_refused(m: MarketEnv) -> None:
    maker, taker = m.env.investors[0], m.env.investors[1]
    m.give_pst(taker, PST)
    bid = m.order(maker, Side.BUY, PST, USD)
    assert_reverts(m.fill_call(bid, m.sign(maker, bid), 10**11), taker, "ZeroAmount")


def test_a_fill_is_atomic_when_a_leg_fails(m: MarketEnv) -> None:
    maker, taker = m.env.investors[0], m.env.investors[1]
    m.give_pst(maker, PST)
    order = m.order(maker, Side.SELL, PST)
    signature = m.sign(maker, order)
    taker.send(m.env.stablecoin.functions.approve(m.address, 0))  # the stablecoin leg fails
    assert_reverts(m.fill_call(order, signature), taker, "ERC20InsufficientAllowance")
    before = _balances(m, maker.address, taker.address)
    receipt = send_unchecked(taker, m.fill_call(order, signature))  # mined, and reverted
    assert receipt["status"] == 0
    assert _balances(m, maker.address, taker.address) == before  # the PST leg was undone too
    assert m.market.functions.filled(m.hash(order)).call() == 0


def test_the_tokens_own_rules_still_apply(m: MarketEnv) -> None:
    maker, taker = m.env.investors[0], m.env.investors[1]
    m.give_pst(maker, PST)
    order = m.order(maker, Side.SELL, PST)
    signature = m.sign(maker, order)
    pauser = m.env.token.functions.PAUSER_ROLE().call()
    m.env.admin.send(m.env.token.functions.grantRole(pauser, m.env.admin.address))
    m.env.admin.send(m.env.token.functions.pause())
    assert_reverts(m.fill_call(order, signature), taker, "EnforcedPause")


def test_the_market_must_be_an_allowed_spender(m: MarketEnv) -> None:
    maker, taker = m.env.investors[0], m.env.investors[1]
    m.give_pst(maker, PST)
    order = m.order(maker, Side.SELL, PST)
    m.env.kyc.send(m.env.compliance.functions.revoke(m.address))
    assert_reverts(m.fill_call(order, m.sign(maker, order)), taker, "SpenderNotAllowed")


def test_an_amount_of_zero_a_bad_side_and_a_self_trade_are_refused(m: MarketEnv) -> None:
    maker = m.env.investors[0]
    m.give_pst(maker, PST)
    order = m.order(maker, Side.SELL, PST)
    signature = m.sign(maker, order)
    assert_reverts(m.fill_call(order, signature, 0), m.env.investors[1], "ZeroAmount")
    assert_reverts(m.fill_call(order, signature), maker, "SelfTrade")
    bad = m.market.functions.fill((*order.as_tuple()[:1], 2, *order.as_tuple()[2:]), signature, 1)
    assert_reverts(bad, m.env.investors[1], "BadSide")
