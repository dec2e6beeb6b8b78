"""Votes are delegated only to oneself: each account's weight is its own balance, so the
governor's check of the voter's KYC covers every token that votes. The review's case: a holder
whose KYC lapsed delegated to an allowed friend, whose weight then carried the lapsed tokens."""

from __future__ import annotations

from eth_account import Account
from eth_account.signers.local import LocalAccount
from eth_utils import keccak

from app.chain.deploy import ZERO_ADDRESS
from tests.contracts.conftest import PST, Env
from tests.contracts.helpers import DELEGATION_FIELDS, assert_reverts, events, signed_for

FOR = 1


def _delegation_signature(
    env: Env, signer: LocalAccount, delegatee: str
) -> tuple[int, bytes, bytes]:
    message = {"delegatee": delegatee, "nonce": 0, "expiry": 2**40}
    signed = signer.sign_message(signed_for(env.token, "Delegation", DELEGATION_FIELDS, message))
    return signed.v, signed.r.to_bytes(32), signed.s.to_bytes(32)


def test_votes_go_to_oneself_or_nowhere(env: Env) -> None:
    token = env.token.functions
    alice, bob = env.investors[0], env.investors[1]
    env.admin.send(token.mint(alice.address, 10 * PST))
    assert_reverts(token.delegate(bob.address), alice, "DelegateeNotSelf")
    alice.send(token.delegate(alice.address))
    assert token.getVotes(alice.address).call() == 10 * PST
    assert_reverts(token.delegate(bob.address), alice, "DelegateeNotSelf")
    alice.send(token.delegate(ZERO_ADDRESS))  # votes switched off again
    assert token.getVotes(alice.address).call() == 0
    assert token.delegates(alice.address).call() == ZERO_ADDRESS


def test_a_signed_delegation_goes_to_the_signer_only(env: Env) -> None:
    token, relayer, friend = env.token.functions, env.investors[0], env.investors[1]
    holder = Account.create()
    v, r, s = _delegation_signature(env, holder, friend.address)
    assert_reverts(
        token.delegateBySig(friend.address, 0, 2**40, v, r, s), relayer, "DelegateeNotSelf"
    )
    v, r, s = _delegation_signature(env, holder, holder.address)
    relayer.send(token.delegateBySig(holder.address, 0, 2**40, v, r, s))
    assert token.delegates(holder.address).call() == holder.address


def test_a_lapsed_holder_contributes_zero_votes_anywhere(env: Env) -> None:
    token, governor = env.token.functions, env.governor.functions
    lapsed, friend = env.investors[0], env.investors[1]
    env.admin.send(token.mint(lapsed.address, 600 * PST))
    env.admin.send(token.mint(friend.address, 400 * PST))
    friend.send(token.delegate(friend.address))
    lapsed.send(token.delegate(lapsed.address))  # while current: counted for its own votes only
    env.kyc.send(env.compliance.functions.setKyc(lapsed.address, env.chain.timestamp() + 5))
    # An officer's cut reaches DAO votes after the registry's notice; then the KYC lapses.
    env.chain.mine_blocks(int(env.compliance.functions.GOVERNANCE_NOTICE().call()))
    env.chain.advance(10)
    # Lapsed, the holder cannot lend the tokens' votes to the friend, by call or by signature.
    assert_reverts(token.delegate(friend.address), lapsed, "DelegateeNotSelf")
    assert token.getVotes(friend.address).call() == 400 * PST

    text = "lapsed votes"
    call = env.registry.encode_abi("recordAccess", [env.store.store_id, keccak(text=text)])
    receipt = friend.send(governor.propose([env.registry.address], [0], [call], text))
    (created,) = events(env.governor, "ProposalCreated", receipt)
    pid = int(created["proposalId"])
    env.chain.mine_blocks(1)
    weights = {}
    for voter in (lapsed, friend):
        receipt = voter.send(governor.castVote(pid, FOR))
        weights[voter.address] = int(events(env.governor, "VoteCast", receipt)[0]["weight"])
    assert weights == {lapsed.address: 0, friend.address: 400 * PST}
    assert governor.proposalVotes(pid).call() == [0, 400 * PST, 0]
