import pytest

from app.portfolio.actions import ActionRefused
from app.portfolio.governance import (
    Governance,
    ProposalState,
    Support,
    activate_votes_intent,
    vote_intent,
)
from tests.app.portfolio.conftest import PST, signer


def test_activate_votes_then_vote_with_reason_through_the_states(
    world, chain, client, db, portfolio, pipeline
):
    alice, bob = world.investors[0], world.investors[1]
    world.buy(alice, 0, 60)
    world.buy(bob, 0, 40)
    store = world.stores[0]
    governance = Governance(client, db)
    assert not governance.voting_power(store.token, alice.address).active

    intent = activate_votes_intent(store.token, alice.address, "PSP0")
    record = pipeline.send(intent, signer(alice))
    assert pipeline.wait(record.intent_id, timeout=30).status == "confirmed"
    power = governance.voting_power(store.token, alice.address)
    assert power.active and power.votes == 60 * PST == power.balance

    governor = world.contract("StoreGovernor", store.governor)
    chain.mine_blocks(1)  # the proposer's votes count from the block after the activation
    world.sender(alice).send(
        governor.functions.propose([world.platform.registry], [0], [b""], "Rotate keys\nWhy: test")
    )
    reader, indexer = portfolio()
    indexer.sync()
    # The snapshot is the block before the proposal: voting opens at once, with the votes
    # activated before anyone could see the proposal.
    (proposal,) = governance.proposals(store.governor, alice.address)
    assert proposal.snapshot_block == proposal.created_block - 1
    assert proposal.state is ProposalState.ACTIVE and proposal.title == "Rotate keys"
    assert proposal.voting_power == 60 * PST
    record = pipeline.send(vote_intent(proposal, Support.FOR, "good for the store"), signer(alice))
    assert pipeline.wait(record.intent_id, timeout=30).status == "confirmed"

    (seen_by_bob,) = governance.proposals(store.governor, bob.address)
    assert seen_by_bob.for_ == 60 * PST and seen_by_bob.against == seen_by_bob.abstain == 0
    with pytest.raises(ActionRefused, match="no voting power at the proposal's snapshot"):
        vote_intent(seen_by_bob, Support.AGAINST, "no")
    (again,) = governance.proposals(store.governor, alice.address)
    assert again.has_voted
    with pytest.raises(ActionRefused, match="already voted"):
        vote_intent(again, Support.ABSTAIN)

    chain.mine_blocks(21)
    (final,) = governance.proposals(store.governor, alice.address)
    assert final.state is ProposalState.SUCCEEDED and final.quorum == 4 * PST
    with pytest.raises(ActionRefused, match="is closed"):
        vote_intent(final, Support.FOR)
