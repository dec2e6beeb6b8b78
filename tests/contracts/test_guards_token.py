"""ProfitShareToken guards the existing tests left untried: only a pauser pauses or unpauses, and
a pause stops claims as well as transfers (the money stays in the token until it is lifted)."""

from __future__ import annotations

from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import assert_reverts

DENIED = "AccessControlUnauthorizedAccount"


def _grant(env: Env, role_name: str) -> None:
    role = getattr(env.token.functions, role_name)().call()
    env.admin.send(env.token.functions.grantRole(role, env.admin.address))


def test_only_a_pauser_pauses_and_unpauses(env: Env) -> None:
    token = env.token.functions
    # Neither a holder nor the token's admin (who has not granted itself the role) can pause.
    for caller in (env.outsider, env.investors[0], env.admin):
        assert_reverts(token.pause(), caller, DENIED)
    assert not token.paused().call()
    _grant(env, "PAUSER_ROLE")
    env.admin.send(token.pause())
    for caller in (env.outsider, env.investors[0]):
        assert_reverts(token.unpause(), caller, DENIED)
    assert token.paused().call()


def test_a_pause_stops_claims_and_keeps_the_money_in_the_token(env: Env) -> None:
    token, alice = env.token.functions, env.investors[0]
    _grant(env, "DISTRIBUTOR_ROLE")
    _grant(env, "PAUSER_ROLE")
    env.admin.send(token.mint(alice.address, PST))
    env.admin.send(env.stablecoin.functions.approve(env.token.address, 100 * USD))
    env.admin.send(token.distribute(100 * USD))
    env.admin.send(token.pause())
    assert_reverts(token.claim(), alice, "EnforcedPause")
    assert token.claimableOf(alice.address).call() == 100 * USD
    env.admin.send(token.unpause())
    alice.send(token.claim())
    assert token.claimableOf(alice.address).call() == 0
