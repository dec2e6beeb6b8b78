"""PSTMarket orders that must not fill: replayed on another chain or market, a signature for
another order, cancelled one by one or all at once, expired, for another taker, between parties
whose KYC lapsed, or at a price that overflows."""

from __future__ import annotations

import pytest

from app.market.orders import Side
from tests.contracts.conftest import PST, USD, YEAR, Env
from tests.contracts.helpers import assert_reverts, events, revert_data
from tests.contracts.market_world import MarketEnv, deploy_market_env


@pytest.fixture(scope="session")
def mk(deployed: Env) -> MarketEnv:
    return deploy_market_env(deployed)


@pytest.fixture
def m(mk: MarketEnv, env: Env) -> MarketEnv:
    alice = env.investors[0]
    env.admin.send(env.token.functions.mint(alice.address, 100 * PST))
    return mk


def test_a_signature_for_another_chain_or_market_is_refused(m: MarketEnv) -> None:
    alice, bob = m.env.investors[0], m.env.investors[1]
    order = m.order(alice, Side.SELL)
    for signature in (
        m.sign(alice, order, chain_id=1),
        m.sign(alice, order, market=m.env.token.address),
    ):
        assert_reverts(m.fill_call(order, signature), bob, "BadSignature")
    # The same order, signed for this market, does not fill on a twin market either.
    twin = deploy_market_env(m.env)
    signature = m.sign(alice, order)
    assert_reverts(twin.fill_call(order, signature), bob, "BadSignature")
    m.fill(bob, order, signature, PST)


@pytest.mark.parametrize(
    "field", ["side", "token", "amount", "price", "expiry", "salt", "nonce", "taker", "maker"]
)
def test_a_signature_for_another_order_is_refused(m: MarketEnv, field: str) -> None:
    alice, bob, carol = m.env.investors[0], m.env.investors[1], m.env.investors[2]
    order = m.order(alice, Side.SELL)
    signature = m.sign(alice, order)
    changed = {
        "side": Side.BUY,
        "token": m.env.stablecoin.address,
        "amount": order.amount + 1,
        "price": order.price - 1,
        "expiry": order.expiry + 1,
        "salt": order.salt + 1,
        "nonce": order.nonce,  # replaced below: a stale nonce fails first, so sign a new one
        "taker": bob.address,
        "maker": carol.address,
    }[field]
    other = m.order(alice, Side.SELL)
    other = type(order)(**{**order.__dict__, field: changed})
    if field == "nonce":
        alice.send(m.market.functions.cancelAll())
        other = type(order)(**{**order.__dict__, "nonce": 1})
    assert_reverts(m.fill_call(other, signature, PST), bob, "BadSignature")


def test_garbage_signatures_are_refused(m: MarketEnv) -> None:
    alice, bob = m.env.investors[0], m.env.investors[1]
    order = m.order(alice, Side.SELL)
    good = m.sign(alice, order)
    for signature in (b"", b"\x00" * 65, good[:64], good + b"\x00", good[:64] + b"\x05"):
        assert_reverts(m.fill_call(order, signature, PST), bob, "BadSignature")


def test_cancel_stops_one_order_and_only_its_maker_may(m: MarketEnv) -> None:
    alice, bob = m.env.investors[0], m.env.investors[1]
    order = m.order(alice, Side.SELL, salt=1)
    kept = m.order(alice, Side.SELL, salt=2)
    signature = m.sign(alice, order)
    m.fill(bob, order, signature, PST)
    assert_reverts(m.market.functions.cancel(order.as_tuple()), bob, "NotMaker")
    receipt = alice.send(m.market.functions.cancel(order.as_tuple()))
    assert events(m.market, "OrderCancelled", receipt) == [
        {"orderHash": m.hash(order), "maker": alice.address}
    ]
    assert m.market.functions.cancelled(m.hash(order)).call() is True
    assert m.market.functions.filled(m.hash(order)).call() == PST  # what filled stays filled
    assert_reverts(m.fill_call(order, signature, PST), bob, "OrderWasCancelled")
    assert_reverts(m.market.functions.cancel(order.as_tuple()), alice, "OrderWasCancelled")
    m.fill(bob, kept, m.sign(alice, kept), PST)  # another order of hers is untouched


def test_cancel_all_raises_the_nonce_and_kills_every_older_order(m: MarketEnv) -> None:
    alice, bob = m.env.investors[0], m.env.investors[1]
    orders = [m.order(alice, Side.SELL, salt=s) for s in (1, 2)]
    signatures = [m.sign(alice, o) for o in orders]
    receipt = alice.send(m.market.functions.cancelAll())
    assert events(m.market, "NonceIncreased", receipt) == [{"maker": alice.address, "nonce": 1}]
    for order, signature in zip(orders, signatures, strict=True):
        assert_reverts(m.fill_call(order, signature, PST), bob, "StaleNonce")
    future = m.order(alice, Side.SELL, nonce=2)
    assert_reverts(m.fill_call(future, m.sign(alice, future), PST), bob, "StaleNonce")
    fresh = m.order(alice, Side.SELL)
    assert fresh.nonce == 1
    m.fill(bob, fresh, m.sign(alice, fresh), PST)
    assert m.market.functions.nonces(bob.address).call() == 0  # one maker's nonce only


def test_an_order_expires_at_its_expiry(m: MarketEnv) -> None:
    alice, bob = m.env.investors[0], m.env.investors[1]
    expiry = m.env.chain.timestamp() + 100
    order = m.order(alice, Side.SELL, expiry=expiry)
    signature = m.sign(alice, order)
    m.env.chain.advance(50)
    m.fill(bob, order, signature, PST)
    m.env.chain.rpc("evm_setNextBlockTimestamp", [expiry])
    m.env.chain.rpc("evm_mine", [])
    assert m.env.chain.timestamp() == expiry
    assert_reverts(m.fill_call(order, signature, PST), bob, "OrderExpired")


def test_a_private_order_fills_only_for_its_taker(m: MarketEnv) -> None:
    alice, bob, carol = m.env.investors[0], m.env.investors[1], m.env.investors[2]
    order = m.order(alice, Side.SELL, taker=bob.address)
    signature = m.sign(alice, order)
    assert_reverts(m.fill_call(order, signature, PST), carol, "NotTaker")
    m.fill(bob, order, signature, PST)


@pytest.mark.parametrize("who", ["maker", "taker"])
@pytest.mark.parametrize("how", ["revoked", "lapsed"])
def test_a_party_whose_kyc_is_not_current_cannot_trade(m: MarketEnv, who: str, how: str) -> None:
    alice, bob = m.env.investors[0], m.env.investors[1]
    order = m.order(alice, Side.SELL, expiry=m.env.chain.timestamp() + 2 * YEAR)
    signature = m.sign(alice, order)
    party = alice if who == "maker" else bob
    if how == "revoked":
        m.env.kyc.send(m.env.compliance.functions.revoke(party.address))
    else:
        soon = m.env.chain.timestamp() + 10
        m.env.kyc.send(m.env.compliance.functions.setKyc(party.address, soon))
        m.env.chain.advance(11)
    assert_reverts(m.fill_call(order, signature, PST), bob, "NotCompliant")
    refused = revert_data(m.fill_call(order, signature, PST), bob)
    assert refused[-40:] == party.address[2:].lower()  # the error names the party refused
    m.env.kyc.send(m.env.compliance.functions.setKyc(party.address, m.env.chain.timestamp() + YEAR))
    m.fill(bob, order, signature, PST)


def test_an_outsider_cannot_fill_even_with_allowances(m: MarketEnv) -> None:
    alice, outsider = m.env.investors[0], m.env.outsider
    m.env.admin.send(m.env.stablecoin.functions.mint(outsider.address, 1_000 * USD))
    outsider.send(m.env.stablecoin.functions.approve(m.address, 2**256 - 1))
    order = m.order(alice, Side.SELL)
    assert_reverts(m.fill_call(order, m.sign(alice, order), PST), outsider, "NotCompliant")


def test_a_price_that_overflows_is_refused(m: MarketEnv) -> None:
    alice, bob = m.env.investors[0], m.env.investors[1]
    for amount, price in ((PST, 2**256 // PST + 1), (2, 2**255), (PST, 2**256 // 1000)):
        order = m.order(alice, Side.SELL, amount, price)
        assert_reverts(m.fill_call(order, m.sign(alice, order), amount), bob, "PriceOverflow")
    # Just inside the bound is a price, not an overflow (and the taker cannot pay it).
    order = m.order(alice, Side.SELL, PST, (2**256 - 1) // 1000 // PST)
    assert m.market.functions.quote(order.as_tuple(), PST).call()[0] > 0


def test_an_order_too_large_to_track_is_refused(m: MarketEnv) -> None:
    alice, bob = m.env.investors[0], m.env.investors[1]
    order = m.order(alice, Side.SELL, 2**255, 1)
    assert_reverts(m.fill_call(order, m.sign(alice, order), PST), bob, "Overfill")
