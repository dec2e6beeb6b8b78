"""Proposing from the app (a signal, crediting stray funds), how the account voted, and deadline
dates, on anvil through the transaction pipeline."""

from __future__ import annotations

import pytest
from eth_utils import keccak

from app.chain.calldata import encode_call
from app.portfolio.actions import ActionRefused
from app.portfolio.governance import (
    Governance,
    ProposalState,
    Support,
    activate_votes_intent,
    credit_intent,
    read_proposing_power,
    signal_intent,
    vote_intent,
)
from tests.app.portfolio.conftest import PST, USD, signer


def _activated(world, chain, pipeline, investor, store) -> None:
    record = pipeline.send(activate_votes_intent(store.token, investor.address), signer(investor))
    assert pipeline.wait(record.intent_id, timeout=120).status == "confirmed"
    chain.mine_blocks(1)  # proposing counts the votes of the previous block


def _power(world, client, db, investor, store):
    governance = Governance(client, db)
    return governance, read_proposing_power(
        governance, store.governor, store.store_id, world.platform.treasury, investor.address
    )


def test_a_signal_proposal_is_proposed_voted_and_executed_as_a_no_op(
    world, chain, client, db, portfolio, pipeline
):
    alice, bob = world.investors[0], world.investors[1]
    world.buy(alice, 1, 50)
    world.buy(bob, 1, 50)
    chain.mine_blocks(1)  # the threshold counts the supply of the previous block
    store = world.stores[1]
    governance, power = _power(world, client, db, alice, store)
    assert power.votes == 0 and power.threshold == PST  # 1% of 100 PST
    with pytest.raises(ActionRefused, match=r"needs 1\.00 votes .* has 0\.00") as refused:
        signal_intent(power, "Open a warehouse")
    assert "1%" in refused.value.text("zh_TW")

    _activated(world, chain, pipeline, alice, store)
    governance, power = _power(world, client, db, alice, store)
    assert power.enough and power.votes == 50 * PST and power.timelock == store.timelock
    with pytest.raises(ActionRefused, match="title"):
        signal_intent(power, "   ", "text without a title")
    intent = signal_intent(power, "Open a  warehouse\n", "Before 11.11.")
    record = pipeline.send(intent, signer(alice))
    assert pipeline.wait(record.intent_id, timeout=120).status == "confirmed"

    reader, indexer = portfolio()
    indexer.sync()
    (proposal,) = governance.proposals(store.governor, alice.address)
    assert proposal.title == "Open a warehouse" and proposal.description.endswith("Before 11.11.")
    assert proposal.targets == (store.timelock,) and proposal.state is ProposalState.ACTIVE
    assert proposal.my_vote is None
    # The deadline is ahead: its date is estimated from the recent pace, after the head's time.
    assert proposal.deadline_estimated and proposal.deadline_time > chain.timestamp()

    record = pipeline.send(vote_intent(proposal, Support.FOR, "more stock"), signer(alice))
    record = pipeline.wait(record.intent_id, timeout=120)
    assert record.status == "confirmed" and record.mined is not None
    indexer.sync()
    (voted,) = governance.proposals(store.governor, alice.address)
    mine = voted.my_vote
    assert mine is not None and mine.support is Support.FOR and mine.weight == 50 * PST
    assert mine.reason == "more stock" and mine.tx_hash.lower() == record.mined.tx_hash.lower()
    block = client.w3.eth.get_block(mine.block_number)
    assert mine.timestamp == block["timestamp"]

    # Past the deadline the date is the block's own; then the timelock runs the empty call.
    chain.mine_blocks(21)
    (passed,) = governance.proposals(store.governor, alice.address)
    deadline = client.w3.eth.get_block(passed.deadline_block)
    assert passed.state is ProposalState.SUCCEEDED and not passed.deadline_estimated
    assert passed.deadline_time == deadline["timestamp"]
    governor = world.contract("StoreGovernor", store.governor).functions
    digest = keccak(text=passed.description)
    args = ([store.timelock], [0], [b""], digest)
    world.sender(bob).send(governor.queue(*args))
    chain.advance(61)
    world.sender(bob).send(governor.execute(*args))
    assert governor.state(passed.proposal_id).call() == ProposalState.EXECUTED


def test_crediting_stray_funds_is_checked_then_proposed_with_the_treasury_call(
    world, chain, client, db, portfolio, pipeline
):
    alice = world.investors[2]
    world.buy(alice, 2, 10)
    store = world.stores[2]
    _activated(world, chain, pipeline, alice, store)
    coin = world.contract("SandboxStablecoin", world.platform.stablecoin).functions
    world.admin.send(coin.mint(world.platform.treasury, 300 * USD))  # sent outside any router
    governance, power = _power(world, client, db, alice, store)
    assert power.stray >= 300 * USD and power.coin_decimals == 6
    with pytest.raises(ActionRefused, match="above zero"):
        credit_intent(power, 0, "Credit")
    too_much = power.stray + 1
    with pytest.raises(ActionRefused, match="is available to credit") as refused:
        credit_intent(power, too_much, "Credit")
    assert "可计入" in refused.value.text("zh_CN")
    intent = credit_intent(power, 300 * USD, "Credit 300 sUSD of stray funds")
    record = pipeline.send(intent, signer(alice))
    assert pipeline.wait(record.intent_id, timeout=120).status == "confirmed"
    reader, indexer = portfolio()
    indexer.sync()
    (proposal,) = governance.proposals(store.governor, alice.address)
    assert proposal.targets == (world.platform.treasury,)
    governor = world.contract("StoreGovernor", store.governor).functions
    expected = encode_call("DistributionTreasury", "creditToStore", store.store_id, 300 * USD, True)
    pid = governor.hashProposal(
        [world.platform.treasury], [0], [expected], keccak(text=proposal.description)
    ).call()
    assert pid == proposal.proposal_id
