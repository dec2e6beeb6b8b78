"""The KYC officer's key cannot decide a store DAO vote (outside review, finding A2).

The attack: the officer's platform key holds 5% of the supply (quorum 4%), revokes the KYC of the
largest holders, proposes `grantRole(MINTER_ROLE, platform)` in the next block and restores them,
so their votes count zero at the snapshot. Now a revocation reaches governance only after the
registry's GOVERNANCE_NOTICE, one undone within it never does, and a revocation after the snapshot
silences nobody; a revocation in force at the snapshot still zeroes the holder."""

from __future__ import annotations

from app.chain.deploy import LocalSender, role
from tests.contracts.conftest import PST, YEAR, Env
from tests.contracts.helpers import events

AGAINST, FOR = 0, 1
DEFEATED = 3


def _notice(env: Env) -> int:
    return int(env.compliance.functions.GOVERNANCE_NOTICE().call())


def _holders(env: Env) -> tuple[LocalSender, LocalSender, LocalSender]:
    """Two holders with 80% of the supply and the officer's own key with 5% (quorum is 4%)."""
    big, other = env.investors[:2], env.investors[2]
    officer = env.kyc
    # Past every holder's expiry (theirs are a year from deployment, maybe this very second).
    env.kyc.send(env.compliance.functions.setKyc(officer.address, env.chain.timestamp() + 2 * YEAR))
    for holder, amount in ((big[0], 400), (big[1], 400), (other, 150), (officer, 50)):
        env.admin.send(env.token.functions.mint(holder.address, amount * PST))
        holder.send(env.token.functions.delegate(holder.address))
    env.chain.mine_blocks(1)
    return big[0], big[1], officer


def _grant_minter(env: Env, proposer: LocalSender, text: str) -> int:
    call = env.token.encode_abi("grantRole", [role("MINTER_ROLE"), proposer.address])
    receipt = proposer.send(env.governor.functions.propose([env.token.address], [0], [call], text))
    (created,) = events(env.governor, "ProposalCreated", receipt)
    return int(created["proposalId"])


def _vote(env: Env, voter: LocalSender, proposal_id: int, support: int) -> int:
    receipt = voter.send(env.governor.functions.castVote(proposal_id, support))
    (cast,) = events(env.governor, "VoteCast", receipt)
    return int(cast["weight"])


def _revoke(env: Env, *holders: LocalSender) -> dict[str, int]:
    kyc = env.compliance.functions
    old = {h.address: int(kyc.expiryOf(h.address).call()) for h in holders}
    for holder in holders:
        env.kyc.send(kyc.revoke(holder.address))
    return old


def _restore(env: Env, old: dict[str, int]) -> None:
    for address, expiry in old.items():
        env.kyc.send(env.compliance.functions.setKyc(address, expiry))


def test_revoking_the_majority_proposing_and_restoring_no_longer_passes(env: Env) -> None:
    big0, big1, officer = _holders(env)
    old = _revoke(env, big0, big1)
    pid = _grant_minter(env, officer, "Routine maintenance")
    _restore(env, old)
    assert _vote(env, big0, pid, AGAINST) == 400 * PST
    assert _vote(env, big1, pid, AGAINST) == 400 * PST
    assert _vote(env, officer, pid, FOR) == 50 * PST
    env.chain.mine_blocks(env.governor.functions.votingPeriod().call() + 1)
    assert env.governor.functions.state(pid).call() == DEFEATED


def test_a_revocation_proposed_on_in_the_notices_last_block_leaves_the_weight(env: Env) -> None:
    big0, big1, officer = _holders(env)
    old = _revoke(env, big0, big1)
    env.chain.mine_blocks(_notice(env) - 2)  # the snapshot: the last block before big0's cut
    pid = _grant_minter(env, officer, "Almost waited")
    _restore(env, old)
    assert _vote(env, big0, pid, AGAINST) == 400 * PST
    assert _vote(env, big1, pid, AGAINST) == 400 * PST


def test_a_revocation_in_force_at_the_snapshot_still_zeroes_the_holder(env: Env) -> None:
    """Kept, so a holder whose KYC was revoked does not steer the DAO: the officer has to keep
    the revocation, visible and blocking the holder's transfers and claims, for the notice."""
    big0, big1, officer = _holders(env)
    old = _revoke(env, big0)
    env.chain.mine_blocks(_notice(env))
    pid = _grant_minter(env, officer, "Waited out")
    _restore(env, old)
    assert _vote(env, big0, pid, AGAINST) == 0
    assert _vote(env, big1, pid, AGAINST) == 400 * PST


def test_a_revocation_undone_within_the_notice_never_reaches_a_vote(env: Env) -> None:
    big0, _, officer = _holders(env)
    old = _revoke(env, big0)
    env.chain.mine_blocks(_notice(env) - 3)
    _restore(env, old)
    env.chain.mine_blocks(2 * _notice(env))
    pid = _grant_minter(env, officer, "After a short revocation")
    assert _vote(env, big0, pid, AGAINST) == 400 * PST


def test_a_revocation_while_the_vote_is_open_silences_nobody(env: Env) -> None:
    big0, big1, officer = _holders(env)
    pid = _grant_minter(env, officer, "Silence them")
    _revoke(env, big0, big1)
    env.chain.mine_blocks(_notice(env) + 1)
    assert _vote(env, big0, pid, AGAINST) == 400 * PST
    assert _vote(env, big1, pid, AGAINST) == 400 * PST
    env.chain.mine_blocks(env.governor.functions.votingPeriod().call())
    assert env.governor.functions.state(pid).call() == DEFEATED


def test_an_expiry_that_passes_during_the_vote_zeroes_at_once(env: Env) -> None:
    """Natural expiry is no officer action: the governance expiry is compared with the time of
    the vote, with no notice."""
    big0, big1, officer = _holders(env)
    pid = _grant_minter(env, officer, "Before the expiry")
    kyc = env.compliance.functions
    expiry = kyc.expiryOf(big0.address).call()
    assert kyc.expiryOf(officer.address).call() > expiry
    env.chain.rpc("evm_mine", [expiry])
    assert _vote(env, big0, pid, AGAINST) == 0
    assert _vote(env, big1, pid, AGAINST) == 0
    assert _vote(env, officer, pid, FOR) == 50 * PST
