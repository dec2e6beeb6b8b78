"""Spenders are subject to compliance like holders: transferFrom by anyone but the owner needs the
spender's KYC to be current, whether the allowance came from approve or from permit (the permit
path is in test_token)."""

from __future__ import annotations

from tests.contracts.conftest import PST, YEAR, Env
from tests.contracts.helpers import assert_reverts


def test_a_spender_without_kyc_cannot_move_tokens_between_two_allowed_holders(env: Env) -> None:
    alice, bob, spender = env.investors[0], env.investors[1], env.outsider
    env.admin.send(env.token.functions.mint(alice.address, 10 * PST))
    alice.send(env.token.functions.approve(spender.address, 5 * PST))
    move = env.token.functions.transferFrom(alice.address, bob.address, 5 * PST)
    assert_reverts(move, spender, "SpenderNotAllowed")
    env.kyc.send(env.compliance.functions.setKyc(spender.address, env.chain.timestamp() + YEAR))
    spender.send(move)
    assert env.token.functions.balanceOf(bob.address).call() == 5 * PST


def test_a_spender_whose_kyc_lapsed_is_refused_until_renewed(env: Env) -> None:
    alice, bob, carol = env.investors[0], env.investors[1], env.investors[2]
    env.admin.send(env.token.functions.mint(alice.address, 10 * PST))
    alice.send(env.token.functions.approve(carol.address, 4 * PST))
    env.kyc.send(env.compliance.functions.revoke(carol.address))
    move = env.token.functions.transferFrom(alice.address, bob.address, PST)
    assert_reverts(move, carol, "SpenderNotAllowed")
    env.kyc.send(env.compliance.functions.setKyc(carol.address, env.chain.timestamp() + 10))
    carol.send(move)
    env.chain.advance(11)  # lapsed by time this once
    assert_reverts(move, carol, "SpenderNotAllowed")


def test_an_owner_spending_their_own_allowance_is_checked_as_the_sender(env: Env) -> None:
    alice, bob = env.investors[0], env.investors[1]
    env.admin.send(env.token.functions.mint(alice.address, 10 * PST))
    alice.send(env.token.functions.approve(alice.address, 10 * PST))
    alice.send(env.token.functions.transferFrom(alice.address, bob.address, PST))
    env.kyc.send(env.compliance.functions.revoke(alice.address))
    move = env.token.functions.transferFrom(alice.address, bob.address, PST)
    assert_reverts(move, alice, "SenderNotAllowed")
