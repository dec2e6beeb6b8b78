"""The sandbox's live market (the session's sandbox_chain): quoted books on several PSTs, months
of trades that are the chain's own Filled events, and demo investors ready to trade."""

from __future__ import annotations

import datetime as dt

import pytest

from app.backend.models import OfferingStatus
from app.chain.registry import discover
from app.market.book_client import BookClient
from app.market.orders import Side, fill_cost, order_from_json
from app.sandbox.chain_plan import local_account
from app.sandbox.market_seed import MAKER_INDEXES
from tests.fixtures.sandbox import chain_view


@pytest.fixture(scope="module")
def view(sandbox_chain):
    with chain_view(sandbox_chain) as opened:
        yield opened


@pytest.fixture(scope="module")
def book(view):
    return BookClient(view.api)


def _closed(view):
    return [o for o in view.api.offerings().items if o.status is OfferingStatus.CLOSED]


def test_several_tokens_have_makers_on_each_side(sandbox_chain, view, book):
    makers = {local_account(i).address for i in MAKER_INDEXES}
    traders = {sandbox_chain.accounts[r] for r in ("investor-2", "investor-3")}
    two_sided = 0
    for offering in _closed(view):
        found = book.book(offering.token_symbol)
        bidders = {e.order.maker for e in found.bids}
        askers = {e.order.maker for e in found.asks}
        assert bidders <= makers | traders and askers <= traders
        if len(bidders) >= 3 and askers:
            two_sided += 1
            assert int(found.bids[0].order.price) < int(found.asks[0].order.price)
    assert two_sided >= 5


def test_past_trades_are_the_chains_filled_events_over_months(view, book):
    market = view.contract("PSTMarket", discover(view.client, view.sandbox.registry).market)
    logs = market.events.Filled.get_logs(from_block=0)
    by_tx = {
        (log["transactionHash"].hex().removeprefix("0x"), log["logIndex"]): log for log in logs
    }
    traded = 0
    for offering in _closed(view):
        trades = book.trades(offering.token_symbol, limit=500).items
        for trade in trades:
            log = by_tx[(trade.tx_hash.removeprefix("0x"), trade.log_index)]
            assert log["args"]["amount"] == trade.amount and log["args"]["price"] == trade.price
            assert log["args"]["token"] == offering.token_address
            assert trade.cost == fill_cost(trade.amount, trade.price, 18, Side(log["args"]["side"]))
        if len(trades) >= 5:
            traded += 1
            span = trades[0].at - trades[-1].at
            assert span > dt.timedelta(days=60), offering.token_symbol
            prices = book.prices(offering.token_symbol).items
            assert sum(d.trades for d in prices) == len(trades)
    assert traded >= 3
    assert len(logs) >= sum(
        len(book.trades(o.token_symbol, limit=500).items) for o in _closed(view)
    )


def test_the_demo_investors_can_trade_a_pst(sandbox_chain, view, book):
    accounts = sandbox_chain.accounts
    compliance = view.contract("ComplianceRegistry", view.deployment.compliance)
    coin = view.contract("SandboxStablecoin", view.deployment.stablecoin)
    for role in ("investor", "investor-2"):
        assert view.read([compliance.functions.isAllowed(accounts[role])]) == [True]
        assert view.read([coin.functions.balanceOf(accounts[role])])[0] >= 1_000 * 10**6
        held = view.read(
            [view.contract("ProfitShareToken", o.token_address).functions.balanceOf(accounts[role])
             for o in _closed(view)]
        )  # fmt: skip
        assert sum(1 for h in held if h) >= 3
    # investor-3 takes one PST of investor-2's best ask, as the GUI would (the order from the
    # API, the fill sent by the taker): the book and the trades follow.
    symbol, ask = next(
        (o.token_symbol, e)
        for o in _closed(view)
        for e in book.book(o.token_symbol).asks
        if e.order.maker == accounts["investor-2"]
    )
    before = len(book.trades(symbol, limit=500).items)
    order = order_from_json(ask.order.model_dump())
    taker = local_account(6)
    assert taker.address == accounts["investor-3"]
    market = view.contract("PSTMarket", book.snapshot(symbol).market)
    fill = market.functions.fill(order.as_tuple(), bytes.fromhex(ask.signature[2:]), 10**18)
    tx = fill.build_transaction(
        {
            "from": taker.address,
            "nonce": view.client.w3.eth.get_transaction_count(taker.address),
            "chainId": 31337,
        }
    )
    signed = taker.sign_transaction(tx)
    receipt = view.client.w3.eth.wait_for_transaction_receipt(
        view.client.w3.eth.send_raw_transaction(signed.raw_transaction)
    )
    assert receipt["status"] == 1
    after = book.book(symbol)
    left = next(e.remaining for e in after.asks if e.order_hash == ask.order_hash)
    assert left == ask.remaining - 10**18
    trades = book.trades(symbol, limit=500).items
    assert len(trades) == before + 1 and trades[0].taker == taker.address
