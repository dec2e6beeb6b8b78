"""DistributionTreasury: maker-checker approvals (EIP-712 signatures checked at execution), each
period once, never above pending, within policy; every step an audit event. Each invariant has a
test that tries to break it (the signatures' own rules: test_treasury_signatures.py)."""

from __future__ import annotations

import pytest
from eth_utils import keccak
from web3.exceptions import ContractCustomError

from app.chain.deploy import LocalSender
from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import assert_reverts, events, revert_name
from tests.contracts.treasury_signatures import approvals, rejection

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


def _execute(env: Env, pid: int, approvers: list[LocalSender]):  # type: ignore[no-untyped-def]
    """execute(pid, signatures) as an unsent call, with the approvers' signatures."""
    return env.treasury.functions.execute(pid, approvals(env.treasury, pid, approvers))


def _state(env: Env, pid: int) -> int:
    return int(env.treasury.functions.stateOf(pid).call())


def test_a_proposal_approved_at_threshold_executes_and_pays_the_holders(funded: Env) -> None:
    env = funded
    sid = env.store.store_id
    pid = _propose(env)
    signed = approvals(env.treasury, pid, env.approvers[:2])
    receipt = env.approvers[2].send(env.treasury.functions.execute(pid, signed))
    (executed,) = events(env.treasury, "Executed", receipt)
    assert executed == {
        "proposalId": pid,
        "storeId": sid,
        "period": 202603,
        "amount": 100 * USD,
        "reportHash": REPORT,
        "executor": env.approvers[2].address,
        "signers": [sig[0] for sig in signed],
    }
    assert _state(env, pid) == EXECUTED
    assert env.treasury.functions.pendingOf(sid).call() == 200 * USD
    assert env.treasury.functions.executedFor(sid, 202603).call() == pid
    assert env.token.functions.claimableOf(env.investors[0].address).call() == 25 * USD
    assert env.token.functions.claimableOf(env.investors[1].address).call() == 75 * USD


def test_execution_below_threshold_or_twice_is_refused(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    assert_reverts(_execute(env, pid, []), env.proposer, "BelowThreshold")
    assert_reverts(_execute(env, pid, env.approvers[:1]), env.proposer, "BelowThreshold")
    env.proposer.send(_execute(env, pid, env.approvers[:2]))
    assert_reverts(_execute(env, pid, env.approvers[:2]), env.proposer, "ProposalNotPending")


def test_a_period_is_distributed_at_most_once(funded: Env) -> None:
    env = funded
    sid = env.store.store_id
    first = _propose(env, 50 * USD)
    env.proposer.send(_execute(env, first, env.approvers[:2]))
    assert env.treasury.functions.executedFor(sid, 202603).call() == first
    call = env.treasury.functions.propose(sid, 202603, USD, REPORT)
    assert revert_name(call, env.proposer) == "PeriodAlreadyProposed"
    assert env.treasury.functions.executedFor(sid, 202604).call() == 0
    _propose(env, USD, 202604)  # the next period is fine


def test_a_live_period_cannot_be_proposed_again_and_the_error_names_the_proposal(
    funded: Env,
) -> None:
    env = funded
    sid = env.store.store_id
    first = _propose(env, 50 * USD)
    call = env.treasury.functions.propose(sid, 202603, 60 * USD, REPORT)
    with pytest.raises(ContractCustomError) as caught:
        call.call({"from": env.proposer.address})
    expected = env.treasury.encode_abi("PeriodAlreadyProposed", [sid, 202603, first])
    assert str(caught.value.data) == expected
    # Once the live one is cancelled, rejected or expired, the period can be proposed again.
    env.proposer.send(env.treasury.functions.cancel(first))
    second = _propose(env, 60 * USD)
    env.approvers[0].send(
        env.treasury.functions.reject(
            second, rejection(env.treasury, second, env.approvers[0], "no"), "no"
        )
    )
    third = _propose(env, 70 * USD)
    env.chain.advance(env.treasury.functions.proposalLifetime().call())
    fourth = _propose(env, 80 * USD)
    assert env.treasury.functions.proposalFor(sid, 202603).call() == fourth
    assert [_state(env, p) for p in (first, second, third, fourth)] == [
        CANCELLED, REJECTED, EXPIRED, PENDING
    ]  # fmt: skip


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
    env.proposer.send(_execute(env, a, env.approvers[:2]))
    assert_reverts(_execute(env, b, env.approvers[:2]), env.proposer, "AbovePending")
    assert env.treasury.functions.pendingOf(sid).call() == 100 * USD


def test_an_expired_proposal_can_be_neither_executed_nor_rejected(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    signed = approvals(env.treasury, pid, env.approvers[:2])
    refusal = rejection(env.treasury, pid, env.approvers[2], "late")
    lifetime = env.treasury.functions.proposalLifetime().call()
    env.chain.advance(lifetime)
    assert _state(env, pid) == EXPIRED
    assert_reverts(env.treasury.functions.execute(pid, signed), env.proposer, "ProposalExpired")
    reject = env.treasury.functions.reject(pid, refusal, "late")
    assert_reverts(reject, env.proposer, "ProposalExpired")
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
        assert_reverts(_execute(env, p, env.approvers[:2]), env.proposer, "ProposalNotPending")


def test_a_rejected_proposal_is_final(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    signed = approvals(env.treasury, pid, env.approvers[:2])
    refusal = rejection(env.treasury, pid, env.approvers[1], "report total mismatch")
    # Anyone may carry an approver's signed rejection to the chain.
    receipt = env.outsider.send(
        env.treasury.functions.reject(pid, refusal, "report total mismatch")
    )
    assert events(env.treasury, "Rejected", receipt) == [
        {"proposalId": pid, "approver": env.approvers[1].address, "reason": "report total mismatch"}
    ]
    assert _state(env, pid) == REJECTED
    assert_reverts(env.treasury.functions.execute(pid, signed), env.proposer, "ProposalNotPending")


def test_policy_cap_and_minimum_interval(funded: Env) -> None:
    env = funded
    sid = env.store.store_id
    env.admin.send(env.treasury.functions.setPolicy(sid, 80 * USD, 86_400, 0, 0))
    assert_reverts(
        env.treasury.functions.propose(sid, 202603, 81 * USD, REPORT), env.proposer, "AboveCap"
    )
    a, b = _propose(env, 80 * USD, 202603), _propose(env, 80 * USD, 202604)
    env.proposer.send(_execute(env, a, env.approvers[:2]))
    assert_reverts(_execute(env, b, env.approvers[:2]), env.proposer, "TooSoon")
    env.chain.advance(86_400)
    env.proposer.send(_execute(env, b, env.approvers[:2]))
    # A policy tightened after approval still binds at execution.
    c = _propose(env, 80 * USD, 202605)
    signed = approvals(env.treasury, c, env.approvers[:2])
    env.admin.send(env.treasury.functions.setPolicy(sid, 10 * USD, 0, 0, 0))
    assert_reverts(env.treasury.functions.execute(c, signed), env.proposer, "AboveCap")
    env.admin.send(env.treasury.functions.setPolicy(sid, 0, 0, 0, 0))  # 0: store disabled
    assert_reverts(env.treasury.functions.execute(c, signed), env.proposer, "NoPolicy")


def test_only_treasury_staff_execute_and_only_proposers_propose(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    assert_reverts(_execute(env, pid, env.approvers[:2]), env.outsider, "NotTreasuryStaff")
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
