"""ProfitShareToken: transfers only between allowed addresses, explained in advance by a view."""

from __future__ import annotations

import pytest
from eth_account import Account

from tests.contracts.conftest import PST, Env
from tests.contracts.helpers import PERMIT_FIELDS, assert_reverts, signed_for


def _mint(env: Env, to: str, amount: int) -> None:
    env.admin.send(env.token.functions.mint(to, amount))


def test_transfer_between_allowed_holders_succeeds_and_the_view_agrees(env: Env) -> None:
    alice, bob = env.investors[0], env.investors[1]
    _mint(env, alice.address, 10 * PST)
    assert env.token.functions.transferCheck(alice.address, bob.address, 4 * PST).call() == [
        True,
        0,
        "",
    ]
    alice.send(env.token.functions.transfer(bob.address, 4 * PST))
    assert env.token.functions.balanceOf(bob.address).call() == 4 * PST


def test_transfer_to_a_non_allowlisted_address_is_refused_with_the_reason(env: Env) -> None:
    alice = env.investors[0]
    _mint(env, alice.address, 10 * PST)
    ok, code, reason = env.token.functions.transferCheck(
        alice.address, env.outsider.address, PST
    ).call()
    assert (ok, code) == (False, env.token.functions.RECIPIENT_NOT_ALLOWLISTED().call())
    assert "recipient is not allowlisted" in reason
    assert_reverts(
        env.token.functions.transfer(env.outsider.address, PST), alice, "RecipientNotAllowed"
    )
    assert env.token.functions.balanceOf(env.outsider.address).call() == 0


def test_a_lapsed_sender_cannot_transfer_and_the_view_says_why(env: Env) -> None:
    alice, bob = env.investors[0], env.investors[1]
    _mint(env, alice.address, 10 * PST)
    env.kyc.send(env.compliance.functions.setKyc(alice.address, env.chain.timestamp() + 100))
    env.chain.advance(101)
    ok, code, reason = env.token.functions.transferCheck(alice.address, bob.address, PST).call()
    assert (ok, code) == (False, env.token.functions.SENDER_KYC_EXPIRED().call())
    assert "expired" in reason
    assert_reverts(env.token.functions.transfer(bob.address, PST), alice, "SenderNotAllowed")


def test_a_lapsed_recipient_and_an_unknown_sender_are_distinguished(env: Env) -> None:
    alice, bob = env.investors[0], env.investors[1]
    _mint(env, alice.address, 10 * PST)
    env.kyc.send(env.compliance.functions.setKyc(bob.address, env.chain.timestamp() + 1))
    env.chain.advance(2)
    check = env.token.functions.transferCheck
    assert check(alice.address, bob.address, PST).call()[1] == 6  # RECIPIENT_KYC_EXPIRED
    assert check(env.outsider.address, alice.address, 0).call()[1] == 3  # SENDER_NOT_ALLOWLISTED
    assert check(alice.address, alice.address, 11 * PST).call()[1] == 7  # INSUFFICIENT_BALANCE
    assert check(alice.address, "0x" + "00" * 20, PST).call()[1] == 1  # INVALID_ADDRESS
    assert_reverts(env.token.functions.transfer(bob.address, PST), alice, "RecipientNotAllowed")


def test_transfer_from_by_an_approved_spender_obeys_the_same_rules(env: Env) -> None:
    alice, spender = env.investors[0], env.investors[2]
    _mint(env, alice.address, 10 * PST)
    alice.send(env.token.functions.approve(spender.address, 5 * PST))
    assert_reverts(
        env.token.functions.transferFrom(alice.address, env.outsider.address, PST),
        spender,
        "RecipientNotAllowed",
    )
    spender.send(env.token.functions.transferFrom(alice.address, spender.address, PST))
    assert env.token.functions.balanceOf(spender.address).call() == PST


def test_mint_needs_the_role_and_an_allowlisted_recipient(env: Env) -> None:
    token = env.token
    assert_reverts(
        token.functions.mint(env.investors[0].address, PST),
        env.outsider,
        "AccessControlUnauthorizedAccount",
    )
    assert_reverts(
        token.functions.mint(env.outsider.address, PST), env.admin, "RecipientNotAllowed"
    )


def test_holders_burn_their_own_tokens_even_with_lapsed_kyc(env: Env) -> None:
    alice = env.investors[0]
    _mint(env, alice.address, 10 * PST)
    env.kyc.send(env.compliance.functions.revoke(alice.address))
    alice.send(env.token.functions.burn(3 * PST))
    assert env.token.functions.totalSupply().call() == 7 * PST


def test_pause_stops_transfers_and_the_view_reports_it(env: Env) -> None:
    alice, bob = env.investors[0], env.investors[1]
    _mint(env, alice.address, 10 * PST)
    pauser = env.token.functions.PAUSER_ROLE().call()
    env.admin.send(env.token.functions.grantRole(pauser, env.admin.address))
    env.admin.send(env.token.functions.pause())
    assert env.token.functions.transferCheck(alice.address, bob.address, PST).call()[1] == 2
    assert_reverts(env.token.functions.transfer(bob.address, PST), alice, "EnforcedPause")
    env.admin.send(env.token.functions.unpause())
    alice.send(env.token.functions.transfer(bob.address, PST))


def test_votes_follow_delegation(env: Env) -> None:
    alice, bob = env.investors[0], env.investors[1]
    _mint(env, alice.address, 10 * PST)
    alice.send(env.token.functions.delegate(alice.address))
    alice.send(env.token.functions.transfer(bob.address, 4 * PST))
    assert env.token.functions.getVotes(alice.address).call() == 6 * PST
    assert env.token.functions.getVotes(bob.address).call() == 0  # bob has not delegated


@pytest.mark.parametrize("to_allowed", [True, False])
def test_permit_sets_an_allowance_by_signature(env: Env, to_allowed: bool) -> None:
    alice = env.investors[0]
    owner = Account.create()
    env.kyc.send(env.compliance.functions.setKyc(owner.address, env.chain.timestamp() + 10_000))
    _mint(env, owner.address, 5 * PST)
    spender = alice.address if to_allowed else env.outsider.address
    deadline = env.chain.timestamp() + 3_600
    message = {
        "owner": owner.address,
        "spender": spender,
        "value": 2 * PST,
        "nonce": 0,
        "deadline": deadline,
    }
    signed = owner.sign_message(signed_for(env.token, "Permit", PERMIT_FIELDS, message))
    alice.send(
        env.token.functions.permit(
            owner.address,
            spender,
            2 * PST,
            deadline,
            signed.v,
            signed.r.to_bytes(32),
            signed.s.to_bytes(32),
        )
    )
    assert env.token.functions.allowance(owner.address, spender).call() == 2 * PST
    # An allowance never bypasses compliance: a spender without KYC cannot move the tokens,
    # not even between two allowlisted holders, and nobody can send them to the outsider.
    if to_allowed:
        assert_reverts(
            env.token.functions.transferFrom(owner.address, env.outsider.address, PST),
            spender,
            "RecipientNotAllowed",
        )
        alice.send(env.token.functions.transferFrom(owner.address, alice.address, PST))
    else:
        assert_reverts(
            env.token.functions.transferFrom(owner.address, alice.address, PST),
            spender,
            "SpenderNotAllowed",
        )
