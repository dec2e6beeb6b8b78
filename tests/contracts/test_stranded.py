"""Nothing stranded, and no key takes what is not its own: stablecoin sent to the treasury outside
depositFromRouter, and deposits from routers the registry does not name for a store, can be
credited to a store or returned only by that store's DAO (its timelock); the platform cannot.
What was held for a store id before it was registered is never returned, only credited.
Also the sale's decimals check (point 7)."""

from __future__ import annotations

from typing import Any

import pytest
from eth_utils import keccak

from app.chain.artifacts import load_artifact
from app.chain.dao import hand_over_to_dao, run_proposal
from app.chain.deploy import ZERO_ADDRESS, LocalSender, store_id
from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import another_token, assert_reverts, events, revert_name
from tests.contracts.treasury_signatures import approvals


def _voters(env: Env) -> list[LocalSender]:
    voters = env.investors[:2]
    for voter in voters:
        env.admin.send(env.token.functions.mint(voter.address, 50 * PST))
        voter.send(env.token.functions.delegate(voter.address))
    return voters


def _dao_calls(env: Env, voters: list[LocalSender], *calls: tuple[str, list], text: str) -> None:
    encoded = [(env.treasury.address, env.treasury.encode_abi(fn, args)) for fn, args in calls]
    run_proposal(env.store, voters[0], voters, encoded, text)


def _look_alike_router(env: Env, treasury: str, sid: bytes) -> str:
    router = env.admin.deploy(
        "RevenueRouter",
        env.platform.stablecoin,
        treasury,
        sid,
        3_000,
        0,
        env.fee_recipient.address,
        env.outsider.address,
    )
    return router.address


Dao = tuple[Env, list[LocalSender]]


@pytest.fixture
def dao(env: Env) -> Dao:
    voters = _voters(env)
    hand_over_to_dao(env.admin, env.registry.address, env.store, voters)
    return env, voters


def test_stray_stablecoin_is_credited_to_holders_only_by_the_stores_dao(dao: Dao) -> None:
    env, voters = dao
    sid, treasury = env.store.store_id, env.treasury.functions
    env.investors[3].send(env.stablecoin.functions.transfer(env.treasury.address, 50 * USD))
    assert treasury.strayBalance().call() == 50 * USD
    # No key: not the platform's treasury admin, not the store's former owner, not the sender.
    for key in (env.admin, env.investors[3], voters[0]):
        assert_reverts(treasury.creditToStore(sid, USD, True), key, "NotStoreDao")
    _dao_calls(env, voters, ("creditToStore", [sid, 30 * USD, True]), text="Credit 30 sUSD")
    assert treasury.pendingOf(sid).call() == 30 * USD
    assert treasury.strayBalance().call() == 20 * USD


def test_no_store_dao_can_send_stray_money_out(dao: Dao) -> None:
    """The review's attack: the registrar registers a store whose DAO it controls and votes the
    stray balance to itself. Stray money names no store: a DAO may credit it to its holders,
    where it leaves only as an approved payout, but there is no call that sends it elsewhere."""
    env, voters = dao
    sid, treasury = env.store.store_id, env.treasury.functions
    env.investors[3].send(env.stablecoin.functions.transfer(env.treasury.address, 50 * USD))
    timelock = env.store.timelock  # the store's own DAO, simulated
    # Only held deposits can be returned, and this store holds none: the stray balance is out
    # of reach of returnFunds whatever the amount.
    assert_reverts(treasury.returnFunds(sid, timelock, USD), timelock, "AboveAvailable")
    assert treasury.strayBalance().call() == 50 * USD
    returns = [f["inputs"] for f in env.treasury.abi if f.get("name") == "returnFunds"]
    assert [[i["name"] for i in inputs] for inputs in returns] == [["storeId", "to", "amount"]]


def test_the_dao_cannot_take_more_than_is_stray_or_held(dao: Dao) -> None:
    env, _ = dao
    sid, treasury = env.store.store_id, env.treasury.functions
    env.admin.send(env.stablecoin.functions.mint(env.router.address, 1_000 * USD))
    env.outsider.send(env.router.functions.route())  # 300 sUSD pending: not stray
    assert treasury.strayBalance().call() == 0
    timelock = env.store.timelock
    assert_reverts(treasury.creditToStore(sid, 1, True), timelock, "AboveAvailable")
    assert_reverts(treasury.returnFunds(sid, timelock, 1), timelock, "AboveAvailable")


def test_a_deposit_from_an_unregistered_router_is_held_for_the_store_not_stranded(dao: Dao) -> None:
    env, voters = dao
    sid, treasury = env.store.store_id, env.treasury.functions
    fake = _look_alike_router(env, env.platform.treasury, sid)
    env.admin.send(env.stablecoin.functions.mint(fake, 100 * USD))
    env.outsider.send(env.admin.contract("RevenueRouter", fake).functions.route())
    assert env.stablecoin.functions.balanceOf(fake).call() == 0  # nothing left in the router
    assert treasury.unassignedOf(sid).call() == 30 * USD
    assert treasury.pendingOf(sid).call() == 0  # not the store's until its DAO says so
    assert_reverts(treasury.creditToStore(sid, 30 * USD, False), env.admin, "NotStoreDao")
    _dao_calls(
        env, voters, ("creditToStore", [sid, 30 * USD, False]), text="Credit the held deposit"
    )
    assert treasury.pendingOf(sid).call() == 30 * USD
    assert treasury.unassignedOf(sid).call() == 0


def test_a_registered_router_of_a_store_kept_by_another_treasury_credits_nothing_here(
    env: Env,
) -> None:
    """depositFromRouter's check that the store's treasury is this contract."""
    other = env.admin.deploy(
        "DistributionTreasury",
        env.admin.address,
        env.registry.address,
        env.platform.stablecoin,
        1,
        3_600,
    )
    sid = store_id("store-b")
    router = _look_alike_router(env, other.address, sid)
    env.admin.send(
        env.registry.functions.registerStore(
            sid,
            another_token(env.admin, env.platform.stablecoin, env.platform.compliance),
            router,
            env.store.governor,
            env.store.sale,
            env.admin.address,
            b"\0" * 32,
            1,
        )
    )
    assert env.registry.functions.routerOf(sid).call() == router
    env.admin.send(env.stablecoin.functions.mint(router, 100 * USD))
    receipt = env.outsider.send(env.admin.contract("RevenueRouter", router).functions.route())
    assert other.functions.receivedOf(sid).call() == 0
    assert other.functions.unassignedOf(sid).call() == 30 * USD
    assert [e["amount"] for e in events(other, "DepositHeld", receipt)] == [30 * USD]


def test_routed_and_distributed_money_is_never_counted_as_stray(env: Env) -> None:
    sid, treasury = env.store.store_id, env.treasury.functions
    env.admin.send(env.token.functions.mint(env.investors[0].address, PST))
    env.admin.send(env.stablecoin.functions.mint(env.router.address, 1_000 * USD))
    env.outsider.send(env.router.functions.route())
    pid = treasury.proposalCount().call() + 1
    env.proposer.send(treasury.propose(sid, 202604, 100 * USD, b"\1" * 32))
    env.approvers[2].send(treasury.execute(pid, approvals(env.treasury, pid, env.approvers[:2])))
    assert treasury.accounted().call() == 200 * USD == treasury.pendingOf(sid).call()
    assert treasury.strayBalance().call() == 0


def test_the_sale_refuses_a_stablecoin_whose_decimals_differ_from_the_prices_unit(
    env: Env,
) -> None:
    coin18 = env.admin.deploy("BenchPlainToken")  # 18 decimals
    artifact = load_artifact("OfferingSale")
    factory = env.chain.w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)
    terms = (env.merchant.address, 10 * USD, 6, PST, env.chain.timestamp() + 1_000)
    ctor = factory.constructor(env.store.token, coin18.address, env.platform.compliance, *terms)
    assert_reverts(ctor, env.admin, "DecimalsMismatch")
    sale = env.admin.deploy(
        "OfferingSale", env.store.token, env.platform.stablecoin, env.platform.compliance, *terms
    )
    assert sale.functions.priceDecimals().call() == 6


def _registrars_own_dao(env: Env, sid: bytes, router: str) -> Any:
    """The review's attack on money held for an id not registered yet: the registrar registers
    the id with a timelock it alone runs (no delay) and a governor naming that timelock."""
    me = env.admin
    timelock = me.deploy("StoreTimelock", 0, [me.address], [me.address], ZERO_ADDRESS)
    governor = me.deploy("StoreGovernor", "Mine DAO", env.store.token, timelock.address, 5, 4)
    token = another_token(me, env.platform.stablecoin, env.platform.compliance)
    me.send(
        env.registry.functions.registerStore(
            sid, token, router, governor.address, env.store.sale, timelock.address, b"\0" * 32, 1
        )
    )
    return timelock


def _through(env: Env, timelock: Any, fn: str, args: list) -> str:
    """Schedule and execute one treasury call through the registrar's timelock; the revert's
    error name ("" when it went through)."""
    data = env.treasury.encode_abi(fn, args)
    salt = keccak(text=f"{fn}{args}")
    call = (env.treasury.address, 0, data, b"\0" * 32, salt)
    env.admin.send(timelock.functions.schedule(*call, 0))
    error = revert_name(timelock.functions.execute(*call), env.admin)
    if not error:
        env.admin.send(timelock.functions.execute(*call))
    return error


def test_no_key_takes_what_was_held_for_a_store_before_it_was_registered(env: Env) -> None:
    sid, treasury = store_id("never-registered"), env.treasury.functions
    router = _look_alike_router(env, env.platform.treasury, sid)
    env.admin.send(env.stablecoin.functions.mint(router, 1_000 * USD))
    env.outsider.send(env.admin.contract("RevenueRouter", router).functions.route())
    assert treasury.unassignedOf(sid).call() == 300 * USD
    assert treasury.heldBeforeRegistrationOf(sid).call() == 300 * USD
    timelock = _registrars_own_dao(env, sid, router)
    before = env.stablecoin.functions.balanceOf(env.admin.address).call()
    for amount in (300 * USD, 1):
        error = _through(env, timelock, "returnFunds", [sid, env.admin.address, amount])
        assert error == "HeldBeforeRegistration"
    assert env.stablecoin.functions.balanceOf(env.admin.address).call() == before
    assert treasury.unassignedOf(sid).call() == 300 * USD
    # Its only way out: credited to the store, then paid to its holders by approved proposals.
    assert _through(env, timelock, "creditToStore", [sid, 300 * USD, False]) == ""
    assert treasury.pendingOf(sid).call() == 300 * USD
    assert treasury.heldBeforeRegistrationOf(sid).call() == 0


def test_a_deposit_held_after_registration_can_still_be_returned_but_not_the_early_part(
    env: Env,
) -> None:
    sid, treasury = store_id("registered-later"), env.treasury.functions
    router = _look_alike_router(env, env.platform.treasury, sid)
    env.admin.send(env.stablecoin.functions.mint(router, 100 * USD))
    env.outsider.send(env.admin.contract("RevenueRouter", router).functions.route())  # 30 early
    timelock = _registrars_own_dao(env, sid, router)
    stranger = _look_alike_router(env, env.platform.treasury, sid)  # not the store's router
    env.admin.send(env.stablecoin.functions.mint(stranger, 50 * USD))
    env.outsider.send(env.admin.contract("RevenueRouter", stranger).functions.route())  # 15 late
    assert treasury.unassignedOf(sid).call() == 45 * USD
    assert treasury.heldBeforeRegistrationOf(sid).call() == 30 * USD
    assert _through(env, timelock, "returnFunds", [sid, env.outsider.address, 16 * USD]) == (
        "HeldBeforeRegistration"
    )
    # A credit takes the early part first; what arrived after registration stays returnable.
    assert _through(env, timelock, "creditToStore", [sid, 10 * USD, False]) == ""
    assert treasury.heldBeforeRegistrationOf(sid).call() == 20 * USD
    assert _through(env, timelock, "returnFunds", [sid, env.outsider.address, 15 * USD]) == ""
    assert treasury.unassignedOf(sid).call() == 20 * USD
    assert _through(env, timelock, "returnFunds", [sid, env.outsider.address, 1]) == (
        "HeldBeforeRegistration"
    )
