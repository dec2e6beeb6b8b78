"""Governance follows compliance: lapsed or revoked KYC means zero voting weight at the snapshot,
proposing needs 1% of the supply, and no vote can be bought once a proposal is known (the
snapshot is the block before the proposal), even while the sale is open at a fixed price."""

from __future__ import annotations

from typing import Any

from eth_utils import keccak

from app.chain.deploy import LocalSender
from tests.contracts.conftest import PST, USD, YEAR, Env
from tests.contracts.helpers import assert_reverts, events

AGAINST, FOR = 0, 1


def _holders(env: Env, amounts: tuple[int, ...] = (40, 30, 30)) -> list[LocalSender]:
    holders = env.investors[: len(amounts)]
    for holder, amount in zip(holders, amounts, strict=True):
        env.admin.send(env.token.functions.mint(holder.address, amount * PST))
        holder.send(env.token.functions.delegate(holder.address))
    return holders


def _propose(env: Env, proposer: LocalSender, text: str) -> int:
    call = env.registry.encode_abi("recordAccess", [env.store.store_id, keccak(text=text)])
    receipt = proposer.send(
        env.governor.functions.propose([env.registry.address], [0], [call], text)
    )
    (created,) = events(env.governor, "ProposalCreated", receipt)
    return int(created["proposalId"])


def _vote_weight(env: Env, voter: LocalSender, proposal_id: int) -> int:
    receipt = voter.send(env.governor.functions.castVote(proposal_id, FOR))
    (cast,) = events(env.governor, "VoteCast", receipt)
    return int(cast["weight"])


def _for_votes(env: Env, proposal_id: int) -> int:
    return int(env.governor.functions.proposalVotes(proposal_id).call()[1])


def test_a_revoked_holder_votes_with_zero_weight(env: Env) -> None:
    alice, bob, carol = _holders(env)
    env.kyc.send(env.compliance.functions.revoke(carol.address))
    pid = _propose(env, alice, "revoked carol")
    assert _vote_weight(env, carol, pid) == 0
    assert _vote_weight(env, bob, pid) == 30 * PST
    assert _for_votes(env, pid) == 30 * PST


def test_kyc_lapsed_at_the_snapshot_counts_zero_even_if_renewed_before_voting(env: Env) -> None:
    alice, _, carol = _holders(env)
    env.kyc.send(env.compliance.functions.setKyc(carol.address, env.chain.timestamp() + 5))
    env.chain.advance(10)  # carol's KYC lapses by time
    pid = _propose(env, alice, "lapsed carol")
    env.kyc.send(env.compliance.functions.setKyc(carol.address, env.chain.timestamp() + YEAR))
    assert _vote_weight(env, carol, pid) == 0


def test_kyc_revoked_after_the_snapshot_also_counts_zero(env: Env) -> None:
    alice, bob, _ = _holders(env)
    pid = _propose(env, alice, "revoked later")
    env.kyc.send(env.compliance.functions.revoke(bob.address))
    assert _vote_weight(env, bob, pid) == 0
    assert _vote_weight(env, alice, pid) == 40 * PST


def test_proposing_needs_one_percent_of_the_supply_and_current_kyc(env: Env) -> None:
    alice, bob, _ = _holders(env, (990, 9, 1))  # supply 1,000 PST: the threshold is 10 PST
    assert env.governor.functions.proposalThreshold().call() == 10 * PST
    for nobody in (env.outsider, bob):  # no tokens and no KYC; 0.9% of the supply
        assert_reverts(
            env.governor.functions.propose([env.registry.address], [0], [b""], "spam"),
            nobody,
            "GovernorInsufficientProposerVotes",
        )
    env.kyc.send(env.compliance.functions.revoke(alice.address))
    env.chain.mine_blocks(1)
    assert_reverts(
        env.governor.functions.propose([env.registry.address], [0], [b""], "revoked"),
        alice,
        "GovernorInsufficientProposerVotes",
    )


def test_a_threshold_above_zero_even_with_no_supply(env: Env) -> None:
    assert env.governor.functions.proposalThreshold().call() == 1
    assert env.governor.functions.votingDelay().call() == 0


def _send_unmined(sender: LocalSender, call: Any, nonce: int) -> None:
    """Sign and send without waiting (automine is off), so several land in one block."""
    tx = call.build_transaction(
        {
            "from": sender.address,
            "nonce": nonce,
            "gas": 600_000,
            "maxFeePerGas": 10**11,
            "maxPriorityFeePerGas": 10**9,
            "chainId": sender.chain_id,
        }
    )
    signed = sender.account.sign_transaction(tx)
    sender.w3.eth.send_raw_transaction(signed.raw_transaction)


def test_votes_bought_in_the_proposals_own_block_do_not_count(env: Env) -> None:
    alice, _, _ = _holders(env)
    buyer = env.investors[4]
    buyer.send(env.stablecoin.functions.approve(env.sale.address, 2**256 - 1))
    buyer.send(env.token.functions.delegate(buyer.address))
    call = env.registry.encode_abi("recordAccess", [env.store.store_id, keccak(text="x")])
    w3 = env.chain.w3
    env.chain.rpc("evm_setAutomine", [False])
    try:
        # The buyer sees the proposal in the mempool and buys a majority ahead of it.
        _send_unmined(
            buyer, env.sale.functions.buy(1_000 * PST), w3.eth.get_transaction_count(buyer.address)
        )
        propose = env.governor.functions.propose([env.registry.address], [0], [call], "front-run")
        _send_unmined(alice, propose, w3.eth.get_transaction_count(alice.address))
        env.chain.mine_blocks(1)
    finally:
        env.chain.rpc("evm_setAutomine", [True])
    assert env.token.functions.balanceOf(buyer.address).call() == 1_000 * PST
    pid = env.governor.functions.hashProposal(
        [env.registry.address], [0], [call], keccak(text="front-run")
    ).call()
    assert env.governor.functions.state(pid).call() == 1  # Active
    assert _vote_weight(env, buyer, pid) == 0
    assert _vote_weight(env, alice, pid) == 40 * PST
    assert env.stablecoin.functions.balanceOf(env.merchant.address).call() >= 10_000 * USD
