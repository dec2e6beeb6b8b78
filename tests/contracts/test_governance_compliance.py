"""Governance follows compliance: KYC lapsed at the vote, or revoked by the snapshot (an officer's
revocation reaches governance after the registry's notice), means zero voting weight; proposing
needs 1% of the supply, and no vote can be bought once a proposal is known (the snapshot is the
block before the proposal), even while the sale is open at a fixed price. The officer's key cannot
decide a vote: tests/contracts/test_governance_notice.py."""

from __future__ import annotations

from typing import Any

from eth_utils import keccak

from app.chain.deploy import LocalSender
from tests.contracts.conftest import PST, USD, YEAR, Env
from tests.contracts.helpers import assert_reverts, events, revert_name

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


def notice(env: Env) -> int:
    return int(env.compliance.functions.GOVERNANCE_NOTICE().call())


def test_a_holder_revoked_a_notice_before_the_snapshot_votes_with_zero_weight(env: Env) -> None:
    alice, bob, carol = _holders(env)
    env.kyc.send(env.compliance.functions.revoke(carol.address))
    env.chain.mine_blocks(notice(env))  # the snapshot (the block before the next) is in force
    pid = _propose(env, alice, "revoked carol")
    assert _vote_weight(env, carol, pid) == 0
    assert _vote_weight(env, bob, pid) == 30 * PST
    assert _for_votes(env, pid) == 30 * PST


def test_kyc_lapsed_by_time_counts_zero_even_if_renewed_before_voting(env: Env) -> None:
    """Natural expiry is no officer action: it needs no notice."""
    alice, _, carol = _holders(env)
    renewal = env.chain.timestamp() + 2 * YEAR
    env.kyc.send(env.compliance.functions.setKyc(alice.address, renewal))  # counts at once
    pid_before = _propose(env, alice, "before carol lapses")
    assert env.compliance.functions.expiryOf(carol.address).call() > env.chain.timestamp()
    env.chain.advance(YEAR)  # carol's KYC lapses by time, alice's runs another year
    pid = _propose(env, alice, "lapsed carol")
    env.kyc.send(env.compliance.functions.setKyc(carol.address, env.chain.timestamp() + YEAR))
    assert _vote_weight(env, carol, pid) == 0
    # Current at the snapshot, lapsed when the vote is cast: zero as well.
    assert _vote_weight(env, carol, pid_before) == 0


def test_a_revocation_after_the_snapshot_silences_nobody(env: Env) -> None:
    alice, bob, _ = _holders(env)
    pid = _propose(env, alice, "revoked later")
    env.kyc.send(env.compliance.functions.revoke(bob.address))
    env.chain.mine_blocks(notice(env) + 1)  # even once the cut is in force for later proposals
    assert not env.compliance.functions.isAllowed(bob.address).call()
    assert _vote_weight(env, bob, pid) == 30 * PST
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
    # One more than the notice: a call is simulated on the latest block, not on the next.
    env.chain.mine_blocks(notice(env) + 1)
    assert_reverts(
        env.governor.functions.propose([env.registry.address], [0], [b""], "revoked"),
        alice,
        "GovernorInsufficientProposerVotes",
    )


def test_a_holder_whose_kyc_lapsed_by_time_cannot_propose(env: Env) -> None:
    alice, _, _ = _holders(env, (990, 9, 1))
    call = env.governor.functions.propose([env.registry.address], [0], [b""], "lapsed")
    assert revert_name(call, alice) == ""
    env.chain.advance(YEAR)
    assert_reverts(call, alice, "GovernorInsufficientProposerVotes")


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
