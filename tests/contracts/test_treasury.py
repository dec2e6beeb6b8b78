"""DistributionTreasury: maker-checker approvals, each period once, never above pending, within
policy; every step an audit event. Each invariant has a test that tries to break it."""

from __future__ import annotations

import pytest
from eth_utils import keccak

from app.chain.deploy import LocalSender
from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import assert_reverts, events

REPORT = keccak(text="revenue report 2026-03")
PENDING, EXECUTED, REJECTED, CANCELLED, EXPIRED = 1, 2, 3, 4, 5


@pytest.fixture
def funded(env: Env) -> Env:
    """Two holders and 300 sUSD pending for the store (1,000 routed at 30%)."""
    env.admin.send(env.token.functions.mint(env.investors[0].address, PST))
    env.admin.send(env.token.functions.mint(env.investors[1].address, 3 * PST))
    env.admin.send(env.stablecoin.functions.mint(env.router.address, 1_000 * USD))
    env.outsider.send(env.router.functions.route())
    return env


def _propose(env: Env, amount: int = 100 * USD, period: int = 202603) -> int:
    receipt = env.proposer.send(
        env.treasury.functions.propose(env.store.store_id, period, amount, REPORT)
    )
    (proposed,) = events(env.treasury, "Proposed", receipt)
    return int(proposed["proposalId"])


def _approve(env: Env, pid: int, approvers: list[LocalSender]) -> None:
    for approver in approvers:
        approver.send(env.treasury.functions.approve(pid))


def _state(env: Env, pid: int) -> int:
    return int(env.treasury.functions.stateOf(pid).call())


def test_a_proposal_approved_at_threshold_executes_and_pays_the_holders(funded: Env) -> None:
    env = funded
    sid = env.store.store_id
    pid = _propose(env)
    first = env.approvers[0].send(env.treasury.functions.approve(pid))
    assert events(env.treasury, "Approved", first)[0]["approvals"] == 1
    env.approvers[1].send(env.treasury.functions.approve(pid))
    receipt = env.approvers[2].send(env.treasury.functions.execute(pid))
    (executed,) = events(env.treasury, "Executed", receipt)
    assert executed == {
        "proposalId": pid,
        "storeId": sid,
        "period": 202603,
        "amount": 100 * USD,
        "reportHash": REPORT,
        "executor": env.approvers[2].address,
    }
    assert _state(env, pid) == EXECUTED
    assert env.treasury.functions.pendingOf(sid).call() == 200 * USD
    assert env.treasury.functions.executedFor(sid, 202603).call() == pid
    assert env.token.functions.claimableOf(env.investors[0].address).call() == 25 * USD
    assert env.token.functions.claimableOf(env.investors[1].address).call() == 75 * USD


def test_the_proposer_never_approves_their_own_proposal(funded: Env) -> None:
    env = funded
    approver_role = env.treasury.functions.APPROVER_ROLE().call()
    env.admin.send(env.treasury.functions.grantRole(approver_role, env.proposer.address))
    pid = _propose(env)
    assert_reverts(env.treasury.functions.approve(pid), env.proposer, "ProposerCannotApprove")


def test_one_approval_per_approver(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    _approve(env, pid, [env.approvers[0]])
    assert_reverts(env.treasury.functions.approve(pid), env.approvers[0], "AlreadyApproved")
    assert_reverts(env.treasury.functions.execute(pid), env.approvers[0], "BelowThreshold")


def test_execution_below_threshold_or_twice_is_refused(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    assert_reverts(env.treasury.functions.execute(pid), env.proposer, "BelowThreshold")
    _approve(env, pid, env.approvers[:2])
    env.proposer.send(env.treasury.functions.execute(pid))
    assert_reverts(env.treasury.functions.execute(pid), env.proposer, "ProposalNotPending")


def test_a_period_is_distributed_at_most_once(funded: Env) -> None:
    env = funded
    first, second = _propose(env, 50 * USD), _propose(env, 60 * USD)  # same store and period
    _approve(env, first, env.approvers[:2])
    _approve(env, second, env.approvers[:2])
    env.proposer.send(env.treasury.functions.execute(first))
    assert_reverts(env.treasury.functions.execute(second), env.proposer, "PeriodAlreadyDistributed")
    assert_reverts(
        env.treasury.functions.propose(env.store.store_id, 202603, USD, REPORT),
        env.proposer,
        "PeriodAlreadyDistributed",
    )
    _propose(env, USD, 202604)  # the next period is fine


def test_never_more_than_the_stores_pending_balance(funded: Env) -> None:
    env = funded
    sid = env.store.store_id
    assert_reverts(
        env.treasury.functions.propose(sid, 202603, 300 * USD + 1, REPORT),
        env.proposer,
        "AbovePending",
    )
    # Two proposals that fit alone but not together: the second fails at execution.
    a, b = _propose(env, 200 * USD, 202603), _propose(env, 200 * USD, 202604)
    _approve(env, a, env.approvers[:2])
    _approve(env, b, env.approvers[:2])
    env.proposer.send(env.treasury.functions.execute(a))
    assert_reverts(env.treasury.functions.execute(b), env.proposer, "AbovePending")
    assert env.treasury.functions.pendingOf(sid).call() == 100 * USD


def test_an_expired_proposal_can_be_neither_approved_nor_executed(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    _approve(env, pid, env.approvers[:2])
    lifetime = env.treasury.functions.proposalLifetime().call()
    env.chain.advance(lifetime)
    assert _state(env, pid) == EXPIRED
    assert_reverts(env.treasury.functions.approve(pid), env.approvers[2], "ProposalExpired")
    assert_reverts(env.treasury.functions.execute(pid), env.proposer, "ProposalExpired")
    env.proposer.send(env.treasury.functions.cancel(pid))  # expired ones can be cleared away
    assert _state(env, pid) == CANCELLED


def test_cancel_by_the_proposer_or_an_admin_only(funded: Env) -> None:
    env = funded
    pid, other = _propose(env), _propose(env, USD, 202604)
    assert_reverts(env.treasury.functions.cancel(pid), env.approvers[0], "NotProposerOrAdmin")
    receipt = env.proposer.send(env.treasury.functions.cancel(pid))
    assert events(env.treasury, "Cancelled", receipt) == [
        {"proposalId": pid, "by": env.proposer.address}
    ]
    env.admin.send(env.treasury.functions.cancel(other))
    for p in (pid, other):
        assert _state(env, p) == CANCELLED
        assert_reverts(env.treasury.functions.approve(p), env.approvers[0], "ProposalNotPending")


def test_a_rejected_proposal_is_final(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    _approve(env, pid, [env.approvers[0]])
    receipt = env.approvers[1].send(env.treasury.functions.reject(pid, "report total mismatch"))
    assert events(env.treasury, "Rejected", receipt)[0]["reason"] == "report total mismatch"
    assert _state(env, pid) == REJECTED
    assert_reverts(env.treasury.functions.approve(pid), env.approvers[2], "ProposalNotPending")
    assert_reverts(env.treasury.functions.execute(pid), env.proposer, "ProposalNotPending")


def test_policy_cap_and_minimum_interval(funded: Env) -> None:
    env = funded
    sid = env.store.store_id
    env.admin.send(env.treasury.functions.setPolicy(sid, 80 * USD, 86_400))
    assert_reverts(
        env.treasury.functions.propose(sid, 202603, 81 * USD, REPORT), env.proposer, "AboveCap"
    )
    a, b = _propose(env, 80 * USD, 202603), _propose(env, 80 * USD, 202604)
    _approve(env, a, env.approvers[:2])
    _approve(env, b, env.approvers[:2])
    env.proposer.send(env.treasury.functions.execute(a))
    assert_reverts(env.treasury.functions.execute(b), env.proposer, "TooSoon")
    env.chain.advance(86_400)
    env.proposer.send(env.treasury.functions.execute(b))
    # A policy tightened after approval still binds at execution.
    c = _propose(env, 80 * USD, 202605)
    _approve(env, c, env.approvers[:2])
    env.admin.send(env.treasury.functions.setPolicy(sid, 10 * USD, 0))
    assert_reverts(env.treasury.functions.execute(c), env.proposer, "AboveCap")
    env.admin.send(env.treasury.functions.setPolicy(sid, 0, 0))  # 0: store disabled
    assert_reverts(env.treasury.functions.execute(c), env.proposer, "NoPolicy")


def test_only_treasury_staff_execute_and_only_proposers_propose(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    _approve(env, pid, env.approvers[:2])
    assert_reverts(env.treasury.functions.execute(pid), env.outsider, "NotTreasuryStaff")
    assert_reverts(
        env.treasury.functions.propose(env.store.store_id, 202604, USD, REPORT),
        env.approvers[0],
        "AccessControlUnauthorizedAccount",
    )


@pytest.mark.parametrize(
    ("store", "period", "amount", "report", "error"),
    [
        (b"\x01" * 32, 202603, 1, REPORT, "UnknownStore"),
        (None, 202613, 1, REPORT, "InvalidPeriod"),
        (None, 202600, 1, REPORT, "InvalidPeriod"),
        (None, 202603, 1, b"\x00" * 32, "MissingReportHash"),
        (None, 202603, 0, REPORT, "ZeroAmount"),
    ],
)
def test_malformed_proposals_are_refused(
    funded: Env, store: bytes | None, period: int, amount: int, report: bytes, error: str
) -> None:
    env = funded
    call = env.treasury.functions.propose(store or env.store.store_id, period, amount, report)
    assert_reverts(call, env.proposer, error)
    assert env.treasury.functions.proposalCount().call() == 0


def test_threshold_and_lifetime_cannot_be_zero(env: Env) -> None:
    assert_reverts(env.treasury.functions.setThreshold(0), env.admin, "InvalidThreshold")
    assert_reverts(env.treasury.functions.setProposalLifetime(0), env.admin, "InvalidLifetime")
    assert_reverts(
        env.treasury.functions.setThreshold(1), env.proposer, "AccessControlUnauthorizedAccount"
    )
