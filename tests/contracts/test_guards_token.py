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
    assert_reverts(token.pause(), env.admin, "EnforcedPause")  # no second pause event
    env.admin.send(token.unpause())
    assert_reverts(token.unpause(), env.admin, "ExpectedPause")  # nothing to lift
    assert not token.paused().call()


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


# A stand-in "stablecoin" whose every call returns 1: transferFrom reports success (true) but
# moves nothing, and balanceOf is always 1. Hand-written EVM: return(mstore(0, 1), 32).
HOLLOW_COIN = "0x69600160005260206000f3600052600a6016f3"


def test_a_distribution_that_delivers_nothing_credits_nothing(env: Env) -> None:
    w3 = env.chain.w3
    receipt = env.admin.send(w3.eth.contract(abi=[], bytecode=HOLLOW_COIN).constructor())
    hollow = receipt["contractAddress"]
    assert w3.eth.get_code(hollow).hex().removeprefix("0x") == "600160005260206000f3"
    token = env.admin.deploy(
        "ProfitShareToken", "Hollow", "HOL", hollow, env.platform.compliance, env.admin.address
    )
    for name in ("MINTER_ROLE", "DISTRIBUTOR_ROLE"):
        role = getattr(token.functions, name)().call()
        env.admin.send(token.functions.grantRole(role, env.admin.address))
    env.admin.send(token.functions.mint(env.investors[0].address, PST))
    assert_reverts(token.functions.distribute(100 * USD), env.admin, "ZeroAmount")
    assert token.functions.totalDistributed().call() == 0


# A stand-in "stablecoin" that credits one base unit to its own balance on every transfer,
# whatever the amount (a rebasing or hostile token): balanceOf(any) returns a counter that
# transferFrom (any call but balanceOf and decimals) raises by one, returning true; decimals(),
# which the token reads once when deployed (a static call: no write), returns the counter too.
# Hand-written EVM.
COUNTING_RUNTIME = (
    "60003560e01c806370a0823114602c5763313ce56714602c57"
    "600054600101600055600160005260206000f35b60005460005260206000f3"
)
COUNTING_COIN = "0x6038600c60003960386000f3" + COUNTING_RUNTIME


def test_a_distribution_of_nothing_is_refused_even_if_the_coin_credits_something(
    env: Env,
) -> None:
    w3 = env.chain.w3
    receipt = env.admin.send(w3.eth.contract(abi=[], bytecode=COUNTING_COIN).constructor())
    coin = receipt["contractAddress"]
    assert w3.eth.get_code(coin).hex().removeprefix("0x") == COUNTING_RUNTIME
    token = env.admin.deploy(
        "ProfitShareToken", "Counting", "CNT", coin, env.platform.compliance, env.admin.address
    )
    for name in ("MINTER_ROLE", "DISTRIBUTOR_ROLE"):
        role = getattr(token.functions, name)().call()
        env.admin.send(token.functions.grantRole(role, env.admin.address))
    env.admin.send(token.functions.mint(env.investors[0].address, PST))
    assert_reverts(token.functions.distribute(0), env.admin, "ZeroAmount")
    # What arrives counts, not what was asked: 5 requested, 1 credited.
    env.admin.send(token.functions.distribute(5))
    assert token.functions.totalDistributed().call() == 1
