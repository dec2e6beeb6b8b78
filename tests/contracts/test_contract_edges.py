"""The edges of the new checks, each one a guard that a test must miss if it is removed: pause
and unpause misuse, who may brake, the governor's bounds, the registry's claim router link, the
compliance history's future lookups and the treasury's recovery paths before the handover."""

from __future__ import annotations

from app.chain.artifacts import load_artifact
from app.chain.deploy import ZERO_ADDRESS, role
from tests.contracts.conftest import USD, Env
from tests.contracts.helpers import assert_reverts


def test_pause_and_unpause_only_when_it_changes_something(env: Env) -> None:
    token, me = env.token.functions, env.admin
    denied = "AccessControlUnauthorizedAccount"
    assert_reverts(token.pause(), me, denied)  # the platform holds no pause unless granted
    assert_reverts(token.unpause(), me, denied)
    assert_reverts(token.guardianPause(), me, denied)
    me.send(token.grantRole(role("PAUSER_ROLE"), me.address))
    assert_reverts(token.unpause(), me, "ExpectedPause")
    me.send(token.pause())
    assert_reverts(token.pause(), me, "EnforcedPause")
    me.send(token.unpause())
    assert not token.paused().call()


def test_a_governor_needs_a_voting_period(env: Env) -> None:
    artifact = load_artifact("StoreGovernor")
    factory = env.chain.w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)
    call = factory.constructor("DAO", env.store.token, env.store.timelock, 0, 4)
    assert_reverts(call, env.admin, "InvalidVotingPeriod")


def test_an_unknown_proposal_is_reported_as_such(env: Env) -> None:
    assert_reverts(env.governor.functions.state(12345), env.admin, "GovernorNonexistentProposal")


def test_the_compliance_history_answers_only_for_past_blocks(env: Env) -> None:
    compliance = env.compliance.functions
    latest = env.chain.w3.eth.block_number
    alice = env.investors[0].address
    at = compliance.governanceExpiryAt
    assert at(alice, latest - 1).call() == compliance.expiryOf(alice).call()
    assert_reverts(at(alice, latest + 5), env.admin, "FutureLookup")


def test_the_claim_router_is_linked_once_by_the_registry_admin(env: Env) -> None:
    reg = env.registry.functions
    assert reg.claimRouter().call() == env.platform.claim_router
    assert_reverts(reg.setClaimRouter(env.outsider.address), env.admin, "ClaimRouterAlreadySet")
    assert_reverts(
        reg.setClaimRouter(env.outsider.address),
        env.outsider,
        "AccessControlUnauthorizedAccount",
    )
    fresh = env.admin.deploy(
        "StoreRegistry", env.admin.address, env.platform.stablecoin, env.platform.compliance
    )
    assert_reverts(fresh.functions.setClaimRouter(ZERO_ADDRESS), env.admin, "ZeroAddress")


def test_before_the_handover_neither_the_owner_key_nor_the_timelock_recovers_funds(
    env: Env,
) -> None:
    """The platform owns the store then, but it is a key, not the store's DAO; the timelock is
    the DAO's, but does not own the store yet."""
    sid, treasury = env.store.store_id, env.treasury.functions
    env.investors[0].send(env.stablecoin.functions.transfer(env.treasury.address, 10 * USD))
    assert env.registry.functions.ownerOf(sid).call() == env.admin.address
    for caller in (env.admin.address, env.store.timelock):
        assert_reverts(treasury.creditToStore(sid, USD, True), caller, "NotStoreDao")
        assert_reverts(treasury.returnFunds(sid, caller, USD), caller, "NotStoreDao")


def test_the_daos_recovery_calls_refuse_nothing_and_nowhere(env: Env) -> None:
    sid, treasury, timelock = env.store.store_id, env.treasury.functions, env.store.timelock
    env.admin.send(env.registry.functions.proposeOwner(sid, timelock))
    env.chain.rpc("anvil_impersonateAccount", [timelock])
    env.chain.rpc("anvil_setBalance", [timelock, hex(10**18)])
    try:
        env.chain.w3.eth.send_transaction(
            {
                "from": timelock,
                "to": env.registry.address,
                "data": env.registry.encode_abi("acceptOwnership", [sid]),
            }
        )
    finally:
        env.chain.rpc("anvil_stopImpersonatingAccount", [timelock])
    env.admin.send(env.stablecoin.functions.mint(env.outsider.address, 10 * USD))
    env.outsider.send(env.stablecoin.functions.approve(env.treasury.address, 10 * USD))
    env.outsider.send(treasury.depositFromRouter(sid, 10 * USD))  # held: not its router
    assert_reverts(treasury.creditToStore(sid, 0, False), timelock, "ZeroAmount")
    assert_reverts(treasury.returnFunds(sid, ZERO_ADDRESS, USD), timelock, "ZeroAddress")
    # Returning a held deposit takes it off the books: nothing turns stray.
    env.chain.rpc("anvil_impersonateAccount", [timelock])
    try:
        data = env.treasury.encode_abi("returnFunds", [sid, env.outsider.address, 4 * USD])
        tx = env.chain.w3.eth.send_transaction(
            {"from": timelock, "to": env.treasury.address, "data": data}
        )
        assert env.chain.w3.eth.wait_for_transaction_receipt(tx)["status"] == 1
    finally:
        env.chain.rpc("anvil_stopImpersonatingAccount", [timelock])
    assert treasury.unassignedOf(sid).call() == 6 * USD
    assert treasury.strayBalance().call() == 0
    assert treasury.accounted().call() == 6 * USD


def test_a_deposit_of_nothing_is_refused(env: Env) -> None:
    call = env.treasury.functions.depositFromRouter(env.store.store_id, 0)
    assert_reverts(call, env.store.router, "ZeroAmount")
    assert_reverts(call, env.outsider, "ZeroAmount")
