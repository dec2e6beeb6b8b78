"""Fills and cancels through the transaction pipeline on a real anvil: a fill is checked before
anything is signed, approvals of exactly what is missing go first, and what the plan said moves
is what moves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.chain.client import ChainClient
from app.chain.transactions import TransactionPipeline
from app.market.errors import MarketError
from app.market.orders import Side, fee_of, fill_cost
from app.market.settlement import (
    Market,
    cancel_all_intent,
    cancel_intent,
    new_order,
    nonce_of,
    plan_fill,
    send_all,
    sign_order,
)
from app.storage import Database
from tests.app.market.market_chain import PST, USD, MarketChain, deploy_market_chain
from tests.fixtures.anvil import AnvilChain


@pytest.fixture(scope="session")
def mc(anvil: AnvilChain) -> MarketChain:
    return deploy_market_chain(anvil)


@pytest.fixture
def client(mc: MarketChain, chain: AnvilChain) -> Iterator[ChainClient]:
    client = mc.client()
    yield client
    client.close()


def _order(mc: MarketChain, market: Market, client: ChainClient, side: Side, amount: int):  # type: ignore[no-untyped-def]
    expiry = mc.anvil.timestamp() + 3_600
    nonce = nonce_of(client, market, mc.maker.address)
    order = new_order(
        mc.maker.address, side, mc.token, amount, 12 * USD, expiry=expiry, nonce=nonce
    )
    return order, sign_order(mc.maker, market, order)


def test_the_registry_names_the_market_and_its_terms(mc: MarketChain, client: ChainClient) -> None:
    market = mc.market(client)
    assert market.address == mc.market_address
    assert market.stablecoin == mc.world.platform.stablecoin
    assert market.compliance == mc.world.platform.compliance
    assert market.fee_bps == 30


@pytest.mark.parametrize("side", [Side.SELL, Side.BUY])
def test_a_planned_fill_approves_what_is_missing_then_moves_what_it_said(
    mc: MarketChain, client: ChainClient, db: Database, side: Side
) -> None:
    market = mc.market(client)
    order, signature = _order(mc, market, client, side, 5 * PST)
    maker_pst, taker_coin = mc.pst(mc.maker.address), mc.coin(mc.taker.address)
    # The maker allows the market what their side needs, once.
    maker_plan_token = mc.world.platform.stablecoin if side is Side.BUY else mc.token
    approve = mc.world.contract(
        "SandboxStablecoin" if side is Side.BUY else "ProfitShareToken", maker_plan_token
    ).functions.approve(market.address, 2**256 - 1)
    mc.world.sender(mc.maker.account).send(approve)

    plan = plan_fill(client, market, order, signature, 2 * PST, mc.taker.address)
    cost = fill_cost(2 * PST, 12 * USD, 18, side)
    assert (plan.cost, plan.fee) == (cost, fee_of(cost, 30))
    assert len(plan.approvals) == 1  # the taker has never allowed the market anything
    records = send_all(TransactionPipeline(client, db), mc.taker, plan.intents, timeout=30)
    assert [r.status for r in records] == ["confirmed", "confirmed"]
    if side is Side.SELL:
        assert mc.pst(mc.maker.address) == maker_pst - 2 * PST
        assert mc.coin(mc.taker.address) == taker_coin - cost - plan.fee
    else:
        assert mc.pst(mc.maker.address) == maker_pst + 2 * PST
        assert mc.coin(mc.taker.address) == taker_coin + cost - plan.fee
    # The approval was exactly what this fill needed: the next fill needs another.
    again = plan_fill(client, market, order, signature, PST, mc.taker.address)
    assert len(again.approvals) == 1


def test_refusals_are_named_before_anything_is_signed(mc: MarketChain, client: ChainClient) -> None:
    market = mc.market(client)
    order, signature = _order(mc, market, client, Side.SELL, 5 * PST)
    taker = mc.taker.address

    def refusal(**kwargs: object) -> str:
        args = dict(order=order, signature=signature, amount=PST, taker=taker)
        args.update(kwargs)
        with pytest.raises(MarketError) as raised:
            plan_fill(client, market, **args)  # type: ignore[arg-type]
        return raised.value.code

    assert refusal(amount=6 * PST) == "market.overfill"
    assert refusal(taker=mc.maker.address) == "market.own_order"
    assert refusal(taker=mc.outsider.address) == "market.taker_not_compliant"
    assert refusal(amount=0) == "market.amount_not_positive"
    mc.anvil.advance(3_601)
    assert refusal() == "market.order_expired"


def test_a_short_balance_is_refused(mc: MarketChain, client: ChainClient) -> None:
    market = mc.market(client)
    order, signature = _order(mc, market, client, Side.BUY, 500 * PST)  # taker holds 100
    with pytest.raises(MarketError) as raised:
        plan_fill(client, market, order, signature, 101 * PST, mc.taker.address)
    assert raised.value.code == "market.balance_short"


def test_cancel_and_cancel_all_through_the_pipeline(
    mc: MarketChain, client: ChainClient, db: Database
) -> None:
    market = mc.market(client)
    pipeline = TransactionPipeline(client, db)
    order, signature = _order(mc, market, client, Side.SELL, 5 * PST)
    [record] = send_all(pipeline, mc.maker, (cancel_intent(market, order),), timeout=30)
    assert record.status == "confirmed"
    with pytest.raises(MarketError) as raised:
        plan_fill(client, market, order, signature, PST, mc.taker.address)
    assert raised.value.code == "market.order_cancelled"

    other, other_signature = _order(mc, market, client, Side.SELL, 5 * PST)
    [record] = send_all(pipeline, mc.maker, (cancel_all_intent(market),), timeout=30)
    assert record.status == "confirmed"
    assert nonce_of(client, market, mc.maker.address) == other.nonce + 1
    with pytest.raises(MarketError) as raised:
        plan_fill(client, market, other, other_signature, PST, mc.taker.address)
    assert raised.value.code == "market.order_stale"


def test_only_the_maker_signs_an_order(mc: MarketChain, client: ChainClient) -> None:
    market = mc.market(client)
    order, _ = _order(mc, market, client, Side.SELL, PST)
    with pytest.raises(MarketError) as raised:
        sign_order(mc.taker, market, order)
    assert raised.value.code == "market.not_your_order"
