"""The sandbox's store DAOs have open proposals the demo investor can vote on at once."""

from __future__ import annotations

from app.chain.indexer import EventIndexer
from app.portfolio.governance import Governance, ProposalState
from app.sandbox.proposals import DEMO_VOTING_BLOCKS
from tests.fixtures.sandbox import chain_view


def test_several_stores_have_an_active_proposal_the_investor_can_vote_on(sandbox_chain, db):
    investor = sandbox_chain.accounts["investor"]
    with chain_view(sandbox_chain) as view:
        indexer = EventIndexer(view.client, db, confirmations=0)
        for store in view.deployment.stores:
            indexer.watch(store.governor)
        indexer.sync()
        governance = Governance(view.client, db)
        head = view.client.block_number()
        open_to_vote = {}
        for store in view.deployment.stores:
            for p in governance.proposals(store.governor, investor):
                if p.state is ProposalState.ACTIVE and p.voting_power and not p.has_voted:
                    open_to_vote[store.governor] = p
    assert len(open_to_vote) >= 2
    for p in open_to_vote.values():
        # The window outlasts the sandbox's own blocks (its business day routes every day).
        assert p.deadline_block - p.snapshot_block > DEMO_VOTING_BLOCKS - 2
        assert p.deadline_block > head
    titles = [p.title for p in open_to_vote.values()]
    assert any(t.startswith("Signal:") for t in titles)
    assert any("stray funds" in t for t in titles)
    # A holder already voted on one of them: the tally is not empty everywhere.
    assert any(p.for_ > 0 for p in open_to_vote.values())
