"""Cheaper claims: a steady-state claim costs at most 55,000 gas, and claim-all (one transaction
through the ClaimRouter) adds at most 35,000 gas per extra token. Measured from receipts."""

from __future__ import annotations

import pytest

from app.chain.deploy import LocalSender, StoreSpec, deploy_store, role
from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import assert_reverts

CLAIM_STEADY_LIMIT = 55_000
CLAIM_ALL_MARGINAL_LIMIT = 35_000
TOKENS = 4


def _paying_token(env: Env, key: str) -> str:
    """A store whose token the admin may mint and distribute, with 3 holders."""
    spec = StoreSpec(key, f"Gas {key}", key.upper()[:5], env.merchant.address, env.admin.address)
    store = deploy_store(env.admin, env.platform, spec)
    token = env.admin.contract("ProfitShareToken", store.token)
    for name in ("MINTER_ROLE", "DISTRIBUTOR_ROLE"):
        env.admin.send(token.functions.grantRole(role(name), env.admin.address))
    env.admin.send(env.stablecoin.functions.approve(token.address, 2**256 - 1))
    for holder in env.investors[:3]:
        env.admin.send(token.functions.mint(holder.address, 10 * PST))
    return token.address


def _distribute(env: Env, tokens: list[str]) -> None:
    for address in tokens:
        token = env.admin.contract("ProfitShareToken", address)
        env.admin.send(token.functions.distribute(30 * USD))


@pytest.fixture
def tokens(env: Env) -> list[str]:
    made = [_paying_token(env, f"gas-{i}") for i in range(TOKENS)]
    # Steady state: every holder has claimed each token before and holds stablecoin already.
    _distribute(env, made)
    router = env.admin.contract("ClaimRouter", env.platform.claim_router or "")
    for holder in env.investors[:3]:
        holder.send(router.functions.claimAll(made))
    _distribute(env, made)
    return made


def _gas(sender: LocalSender, call) -> int:  # type: ignore[no-untyped-def]
    return int(sender.send(call)["gasUsed"])


def test_a_steady_state_claim_costs_at_most_55000_gas(env: Env, tokens: list[str]) -> None:
    alice = env.investors[0]
    token = env.admin.contract("ProfitShareToken", tokens[0])
    gas = _gas(alice, token.functions.claim())
    print(f"claim (steady): {gas} gas")
    assert gas <= CLAIM_STEADY_LIMIT


def test_claim_all_adds_at_most_35000_gas_per_extra_token(env: Env, tokens: list[str]) -> None:
    router = env.admin.contract("ClaimRouter", env.platform.claim_router or "")
    bob, carol = env.investors[1], env.investors[2]
    one = _gas(bob, router.functions.claimAll(tokens[:1]))
    many = _gas(carol, router.functions.claimAll(tokens))
    marginal = (many - one) / (TOKENS - 1)
    print(f"claim all: one token {one} gas, {TOKENS} tokens {many}, marginal {marginal:.0f}")
    assert marginal <= CLAIM_ALL_MARGINAL_LIMIT
    for address in tokens:
        token = env.admin.contract("ProfitShareToken", address)
        assert token.functions.claimableOf(carol.address).call() == 0


def test_claim_all_pays_only_the_caller_and_obeys_their_kyc(env: Env, tokens: list[str]) -> None:
    router = env.admin.contract("ClaimRouter", env.platform.claim_router or "")
    alice, bob = env.investors[0], env.investors[1]
    token = env.admin.contract("ProfitShareToken", tokens[0]).functions
    due = token.claimableOf(alice.address).call()
    before = env.stablecoin.functions.balanceOf(alice.address).call()
    env.outsider.send(token.claimFor(alice.address))  # anyone may trigger it; alice is paid
    assert env.stablecoin.functions.balanceOf(alice.address).call() - before == due
    env.kyc.send(env.compliance.functions.revoke(bob.address))
    assert_reverts(router.functions.claimAll(tokens), bob, "ClaimerNotAllowed")
    assert_reverts(token.claimFor(bob.address), env.outsider, "ClaimerNotAllowed")
    assert_reverts(router.functions.claimAll(tokens[:1]), alice, "NothingToClaim")
