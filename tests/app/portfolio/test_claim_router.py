"""Claim all as one transaction through the platform's ClaimRouter, on anvil: every token's
profit share is paid in one transaction, exactly what was shown; a token that refuses (its claims
paused) reverts the whole claim in simulation and nothing is signed or paid; without a router the
old one-per-holding way runs."""

from __future__ import annotations

from web3.logs import DISCARD

from app.chain.signer import LocalSigner
from app.portfolio.actions import ActionRefused, PortfolioActions
from app.portfolio.claim_router import ClaimAll, claim_all_intents, find_claim_router
from app.portfolio.holdings import PortfolioReader
from tests.app.portfolio.conftest import USD, World


def _setup(world: World) -> None:
    alice, bob = world.investors[:2]
    for i in range(3):
        world.buy(alice, i, 10 + i)
        world.buy(bob, i, 30)
        world.distribute(i, 1_000 * USD + i)


def _coin(world: World, address: str) -> int:
    coin = world.contract("SandboxStablecoin", world.platform.stablecoin)
    return int(coin.functions.balanceOf(address).call())


def test_claim_all_pays_every_token_in_one_transaction(world: World, client, db, pipeline, chain):
    _setup(world)
    alice = world.investors[0]
    reader = PortfolioReader(client, db, registry=world.platform.registry)
    snapshot = reader.snapshot(alice.address)
    router = find_claim_router(client, world.platform.registry)
    assert router is not None and router == world.platform.claim_router
    shown = sum(h.claimable for h in snapshot.holdings)
    assert len(snapshot.holdings) == 3 and all(h.claimable > 0 for h in snapshot.holdings)
    before = _coin(world, alice.address)

    runner = ClaimAll(PortfolioActions(pipeline), router)
    assert runner.one_transaction
    steps = []
    report = runner.claim_all(snapshot, LocalSigner(alice), steps.append)

    assert report.complete and [r.symbol for r in report.succeeded] == ["PSP0", "PSP1", "PSP2"]
    assert len({r.tx_hash for r in report.succeeded}) == 1
    assert [s.state for s in steps] == ["sending", "confirmed"]
    assert _coin(world, alice.address) - before == shown
    for i in range(3):
        assert world.token(i).functions.claimableOf(alice.address).call() == 0
    receipt = world.chain.w3.eth.get_transaction_receipt(report.succeeded[0].tx_hash)
    event = world.token(0).events.ProfitClaimed()
    claimed = event.process_receipt(receipt, errors=DISCARD)
    assert {e["address"] for e in claimed} == {s.token for s in world.stores}
    assert sorted(int(e["args"]["amount"]) for e in claimed) == sorted(
        h.claimable for h in snapshot.holdings
    )
    assert {e["args"]["holder"] for e in claimed} == {alice.address}


def test_a_token_that_refuses_stops_the_whole_claim_before_signing(
    world: World, client, db, pipeline, chain
):
    _setup(world)
    alice = world.investors[0]
    world.admin.send(world.token(1).functions.pause())  # claims of PSP1 stop
    reader = PortfolioReader(client, db, registry=world.platform.registry)
    snapshot = reader.snapshot(alice.address)
    runner = ClaimAll(
        PortfolioActions(pipeline), find_claim_router(client, world.platform.registry)
    )
    before = _coin(world, alice.address)
    nonce = world.chain.w3.eth.get_transaction_count(alice.address)

    report = runner.claim_all(snapshot, LocalSigner(alice))

    assert not report.succeeded and report.failed is not None
    assert report.failed.symbol == "PSP0, PSP1, PSP2" and report.failed.error
    assert _coin(world, alice.address) == before
    assert world.chain.w3.eth.get_transaction_count(alice.address) == nonce  # nothing sent
    assert all(
        world.token(i).functions.claimableOf(alice.address).call() == h.claimable
        for i, h in enumerate(snapshot.holdings)
    )


def test_without_a_router_claim_all_takes_one_transaction_per_holding(
    world: World, client, db, pipeline, chain
):
    _setup(world)
    alice = world.investors[0]
    snapshot = PortfolioReader(client, db, registry=world.platform.registry).snapshot(alice.address)
    runner = ClaimAll(PortfolioActions(pipeline), None)
    assert not runner.one_transaction
    report = runner.claim_all(snapshot, LocalSigner(alice))
    assert report.complete and len({r.tx_hash for r in report.succeeded}) == 3


def test_the_intents_of_a_claim_all(world: World, client, db, chain):
    _setup(world)
    alice = world.investors[0]
    snapshot = PortfolioReader(client, db, registry=world.platform.registry).snapshot(alice.address)
    router = find_claim_router(client, world.platform.registry)
    assert router is not None
    (one,) = claim_all_intents(router, snapshot)
    assert one.to == router and "PSP0, PSP1, PSP2" in one.description
    each = claim_all_intents(None, snapshot)
    assert [i.to for i in each] == [s.token for s in world.stores]
    world.set_kyc(alice.address, 1)  # lapsed: nothing is built
    lapsed = PortfolioReader(client, db, registry=world.platform.registry).snapshot(alice.address)
    try:
        claim_all_intents(router, lapsed)
    except ActionRefused as refused:
        assert refused.code == "portfolio.cannot_claim_any"
    else:
        raise AssertionError("a lapsed KYC was not refused")
