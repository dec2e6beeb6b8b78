import pytest

from app.chain.txstore import CONFIRMED
from app.portfolio.actions import ActionRefused, PortfolioActions, quote_subscription
from app.portfolio.holdings import PortfolioReader
from app.portfolio.kyc import KycState
from tests.app.portfolio.conftest import PRICE, PST, USD, signer


def test_claim_pays_exactly_what_was_shown(world, chain, portfolio, pipeline):
    alice = world.investors[0]
    world.buy(alice, 0, 10)
    world.buy(world.investors[1], 0, 20)
    world.distribute(0, 1_000 * USD + 1)  # an odd amount: the shown value is floored like the token
    reader, _ = portfolio()
    snapshot = reader.snapshot(alice.address)
    holding = snapshot.holding(world.stores[0].token)
    coin = world.contract("SandboxStablecoin", world.platform.stablecoin)
    before = coin.functions.balanceOf(alice.address).call()

    result = PortfolioActions(pipeline).claim(holding, snapshot.kyc, signer(alice))

    assert result.ok and result.amount == holding.claimable == 333_333_333
    assert coin.functions.balanceOf(alice.address).call() - before == holding.claimable
    assert world.token(0).functions.claimableOf(alice.address).call() == 0
    assert pipeline.store.get(result.intent_id).status == CONFIRMED


def test_claim_all_stops_cleanly_at_the_first_failure(world, chain, portfolio, pipeline):
    alice = world.investors[0]
    for i in range(3):
        world.buy(alice, i, 5)
        world.distribute(i, 100 * USD)
    world.admin.send(world.token(1).functions.pause())  # the second claim will be refused
    reader, _ = portfolio()
    snapshot = reader.snapshot(alice.address)
    steps = []

    report = PortfolioActions(pipeline).claim_all(snapshot, signer(alice), progress=steps.append)

    assert [r.symbol for r in report.succeeded] == ["PSP0"]
    assert report.failed is not None and report.failed.symbol == "PSP1"
    assert report.failed.error == "enforced pause" and not report.failed.tx_hash
    assert report.not_attempted == ("PSP2",) and not report.complete
    assert [(s.label, s.state) for s in steps] == [
        ("Claim PSP0", "sending"),
        ("Claim PSP0", "confirmed"),
        ("Claim PSP1", "sending"),
        ("Claim PSP1", "failed"),
    ]
    claimable = [world.token(i).functions.claimableOf(alice.address).call() for i in range(3)]
    assert claimable == [0, 100 * USD, 100 * USD]


def test_claim_with_lapsed_kyc_is_explained_before_anything_is_sent(
    world, chain, portfolio, pipeline
):
    alice = world.investors[0]
    world.buy(alice, 0, 5)
    world.distribute(0, 100 * USD)
    world.set_kyc(alice.address, chain.timestamp() - 1)
    reader, _ = portfolio()
    snapshot = reader.snapshot(alice.address)
    assert snapshot.kyc.state is KycState.LAPSED
    assert snapshot.holdings[0].claimable == 100 * USD  # still accrued
    with pytest.raises(ActionRefused, match="keep earning their profit share"):
        PortfolioActions(pipeline).claim_all(snapshot, signer(alice))
    assert pipeline.history() == []


def test_subscribe_approves_the_exact_cost_then_buys(world, chain, client, db, pipeline):
    bob = world.investors[1]
    reader = PortfolioReader(client, db, registry=world.platform.registry)
    token = world.stores[2].token
    amount = 3 * PST + PST // 3  # a fraction: the sale rounds the price up
    quote = quote_subscription(reader, token, bob.address, amount)
    assert quote.ok and quote.cost == -(-amount * PRICE // PST) == 33_333_334
    assert quote.allowance == 0 and quote.remaining == quote.info.cap
    steps = []

    result = PortfolioActions(pipeline).subscribe(quote, signer(bob), progress=steps.append)

    assert len(result.tx_hashes) == 2
    approval = chain.w3.eth.get_transaction(result.tx_hashes[0])
    coin = world.contract("SandboxStablecoin", world.platform.stablecoin)
    _, args = coin.decode_function_input(approval["input"])
    assert args["value"] == quote.cost  # exactly the cost, never unlimited
    assert coin.functions.allowance(bob.address, world.stores[2].sale).call() == 0
    assert world.token(2).functions.balanceOf(bob.address).call() == amount
    assert [s.state for s in steps] == ["sending", "confirmed", "sending", "confirmed"]


def test_subscription_problems_are_explained(world, chain, client, db, pipeline):
    reader = PortfolioReader(client, db, registry=world.platform.registry)
    token = world.stores[0].token
    outsider = quote_subscription(reader, token, world.outsider.address, PST)
    assert not outsider.ok
    assert any("Only allowlisted investors" in p for p in outsider.problems)
    assert any("account holds 0.00 sUSD" in p for p in outsider.problems)
    too_many = quote_subscription(reader, token, world.investors[0].address, 10**6 * PST + 1)
    assert any("are left in this offering" in p for p in too_many.problems)
    chain.advance(400 * 86_400)
    closed = quote_subscription(reader, token, world.investors[0].address, PST)
    assert any("offering has closed" in p for p in closed.problems)
    with pytest.raises(ActionRefused, match="offering has closed"):
        PortfolioActions(pipeline).subscribe(closed, signer(world.investors[0]))
    with pytest.raises(ActionRefused, match="positive number"):
        quote_subscription(reader, token, world.investors[0].address, 0)
    assert pipeline.history() == []
