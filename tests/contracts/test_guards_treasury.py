"""DistributionTreasury guards the existing tests left untried: who may administer and cancel;
deposits only from a store's router into the store's own treasury; every malformed
period; unknown proposals."""

from __future__ import annotations

import pytest
from eth_utils import keccak

from app.chain.dao import hand_over_to_dao
from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import another_token, assert_reverts, events, revert_name
from tests.contracts.treasury_signatures import approvals, rejection

REPORT = keccak(text="guards report")
DENIED = "AccessControlUnauthorizedAccount"
STORE_B = keccak(text="store-b")
ZERO = "0x" + "00" * 20


@pytest.fixture
def funded(env: Env) -> Env:
    """One holder and 300 sUSD pending for the store (1,000 routed at 30%)."""
    env.admin.send(env.token.functions.mint(env.investors[0].address, PST))
    env.admin.send(env.stablecoin.functions.mint(env.router.address, 1_000 * USD))
    env.outsider.send(env.router.functions.route())
    return env


def _propose(env: Env, period: int = 202603, amount: int = 100 * USD) -> int:
    call = env.treasury.functions.propose(env.store.store_id, period, amount, REPORT)
    (proposed,) = events(env.treasury, "Proposed", env.proposer.send(call))
    return int(proposed["proposalId"])


def test_only_the_admin_sets_policy_threshold_and_lifetime(env: Env) -> None:
    t = env.treasury.functions
    sid = env.store.store_id
    for caller in (env.proposer, env.approvers[0], env.outsider):
        assert_reverts(t.setPolicy(sid, 10**20, 0, 0, 0), caller, DENIED)
        assert_reverts(t.setThreshold(1), caller, DENIED)
        assert_reverts(t.setProposalLifetime(60), caller, DENIED)
    assert t.policyOf(sid).call() == [1_000_000 * USD, 0, 0, 0]
    assert (t.threshold().call(), t.proposalLifetime().call()) == (2, 7 * 86_400)
    env.admin.send(t.setThreshold(3))
    env.admin.send(t.setProposalLifetime(60))
    assert (t.threshold().call(), t.proposalLifetime().call()) == (3, 60)


def test_a_policy_is_only_set_for_a_registered_store(env: Env) -> None:
    t = env.treasury.functions
    assert_reverts(t.setPolicy(STORE_B, 10**20, 0, 1, 1), env.admin, "UnknownStore")
    assert t.policyOf(STORE_B).call() == [0, 0, 0, 0]
    receipt = env.admin.send(t.setPolicy(env.store.store_id, 9, 8, 7, 6))
    assert events(env.treasury, "PolicySet", receipt) == [
        {"storeId": env.store.store_id, "capPerPeriod": 9, "minInterval": 8, "tierAmount": 7,
         "monthlyCap": 6}
    ]  # fmt: skip


def test_only_a_pending_proposal_can_be_cancelled(funded: Env) -> None:
    env = funded
    t = env.treasury.functions
    pid = _propose(env)
    env.proposer.send(t.execute(pid, approvals(env.treasury, pid, env.approvers[:2])))
    assert_reverts(t.cancel(pid), env.proposer, "ProposalNotPending")
    assert_reverts(t.cancel(pid), env.admin, "ProposalNotPending")
    rejected = _propose(env, 202604)
    env.outsider.send(
        t.reject(rejected, rejection(env.treasury, rejected, env.approvers[0], "w"), "w")
    )
    assert_reverts(t.cancel(rejected), env.proposer, "ProposalNotPending")
    assert (t.stateOf(pid).call(), t.stateOf(rejected).call()) == (2, 3)  # executed, rejected


def test_an_unknown_proposal_is_refused_not_read_as_empty(env: Env) -> None:
    t = env.treasury.functions
    assert_reverts(t.proposal(1), env.outsider, "UnknownProposal")
    assert_reverts(t.stateOf(7), env.outsider, "UnknownProposal")
    assert_reverts(t.requiredApprovals(1), env.outsider, "UnknownProposal")
    assert_reverts(t.approvalDigest(1, env.outsider.address, 0), env.outsider, "UnknownProposal")
    assert_reverts(t.execute(1, []), env.proposer, "UnknownProposal")
    assert_reverts(
        t.reject(1, (env.approvers[0].address, 0, b""), ""), env.proposer, "UnknownProposal"
    )


@pytest.mark.parametrize("period", [199912, 200000, 1_000_001, 999_913, 202600, 202613])
def test_every_malformed_period_is_refused(funded: Env, period: int) -> None:
    call = funded.treasury.functions.propose(funded.store.store_id, period, USD, REPORT)
    assert_reverts(call, funded.proposer, "InvalidPeriod")


@pytest.mark.parametrize("period", [200001, 999912, 202612])
def test_the_edge_periods_are_accepted(funded: Env, period: int) -> None:
    assert _propose(funded, period) == 1


def _register_store_b(env: Env, router: str) -> None:
    """A second store whose "router" is a plain key, so it can call the treasury directly."""
    token = another_token(env.admin, env.platform.stablecoin, env.platform.compliance)
    args = (STORE_B, token, router, env.store.governor, env.store.sale)
    env.admin.send(env.registry.functions.registerStore(*args, env.admin.address, b"\0" * 32, 1))


def test_a_router_credits_its_store_only_in_the_stores_own_treasury(env: Env) -> None:
    router = env.investors[5]
    _register_store_b(env, router.address)
    assert env.registry.functions.treasuryOf(STORE_B).call() == env.treasury.address
    # Another treasury on the same registry: the store is known there, but is not its treasury,
    # so a deposit there is only held for the store (its DAO decides), never credited.
    other = env.admin.deploy(
        "DistributionTreasury",
        env.admin.address,
        env.platform.registry,
        env.platform.stablecoin,
        1,
        60,
    )
    for treasury in (other, env.treasury):
        router.send(env.stablecoin.functions.approve(treasury.address, 10 * USD))
    router.send(other.functions.depositFromRouter(STORE_B, USD))
    assert other.functions.receivedOf(STORE_B).call() == 0
    assert other.functions.pendingOf(STORE_B).call() == 0
    assert other.functions.unassignedOf(STORE_B).call() == USD
    router.send(env.treasury.functions.depositFromRouter(STORE_B, 2 * USD))
    assert env.treasury.functions.receivedOf(STORE_B).call() == 2 * USD
    assert env.treasury.functions.unassignedOf(STORE_B).call() == 0


def test_a_deposit_of_nothing_is_refused(env: Env) -> None:
    router = env.investors[5]
    _register_store_b(env, router.address)
    router.send(env.stablecoin.functions.approve(env.treasury.address, USD))
    call = env.treasury.functions.depositFromRouter(STORE_B, 0)
    assert_reverts(call, router, "ZeroAmount")


def _stray(env: Env, amount: int = 50 * USD) -> None:
    env.investors[3].send(env.stablecoin.functions.transfer(env.treasury.address, amount))


def test_before_the_handover_neither_the_owner_nor_the_timelock_alone_is_the_dao(env: Env) -> None:
    """The DAO is the store's owner AND its governor's timelock: either alone is refused (the
    timelock's call is simulated: it has no key)."""
    sid, t = env.store.store_id, env.treasury.functions
    _stray(env)
    assert env.registry.functions.ownerOf(sid).call() == env.admin.address
    for caller in (env.admin, env.store.timelock):
        assert_reverts(t.creditToStore(sid, USD, True), caller, "NotStoreDao")
        assert_reverts(t.returnFunds(sid, env.admin.address, USD), caller, "NotStoreDao")
    assert t.strayBalance().call() == 50 * USD


def test_funds_are_never_returned_to_the_zero_address_and_nothing_is_not_an_amount(
    env: Env,
) -> None:
    sid, t = env.store.store_id, env.treasury.functions
    _stray(env)
    voters = env.investors[:2]
    for voter in voters:
        env.admin.send(env.token.functions.mint(voter.address, 50 * PST))
        voter.send(env.token.functions.delegate(voter.address))
    hand_over_to_dao(env.admin, env.registry.address, env.store, voters)
    dao = env.store.timelock  # simulated calls from the DAO's timelock
    assert_reverts(t.returnFunds(sid, ZERO, USD), dao, "ZeroAddress")
    assert_reverts(t.creditToStore(sid, 0, True), dao, "ZeroAmount")
    assert_reverts(t.returnFunds(sid, env.admin.address, 0), dao, "ZeroAmount")
    assert revert_name(t.creditToStore(sid, USD, True), dao) == ""  # the DAO itself may
