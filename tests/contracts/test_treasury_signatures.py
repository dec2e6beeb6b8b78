"""DistributionTreasury's signed approvals, each rule tried to be broken: a signature counts only
from an approver holding the role at execution, never the proposer's, once per approver (signers
strictly ascending), before its deadline, at the signer's current nonce, for this chain, this
treasury and this proposal. A proposer who lost the role can neither cancel nor execute. Tiers
and the monthly cap (velocity) too."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from eth_account import Account
from eth_utils import keccak

from app.chain.deploy import role
from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import assert_reverts, events
from tests.contracts.treasury_signatures import (
    HOUR,
    Sig,
    approval,
    approval_message,
    approvals,
    rejection,
    sign,
)

REPORT = keccak(text="signed report")
APPROVER, PROPOSER = role("APPROVER_ROLE"), role("PROPOSER_ROLE")
SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141


@pytest.fixture
def funded(env: Env) -> Env:
    """One holder and 3,000 sUSD pending for the store (10,000 routed at 30%)."""
    env.admin.send(env.token.functions.mint(env.investors[0].address, PST))
    env.admin.send(env.stablecoin.functions.mint(env.router.address, 10_000 * USD))
    env.outsider.send(env.router.functions.route())
    return env


def _propose(env: Env, amount: int = 100 * USD, period: int = 202603) -> int:
    call = env.treasury.functions.propose(env.store.store_id, period, amount, REPORT)
    (proposed,) = events(env.treasury, "Proposed", env.proposer.send(call))
    return int(proposed["proposalId"])


def _sorted(sigs: list[Sig]) -> list[Sig]:
    return sorted(sigs, key=lambda sig: int(sig[0], 16))


def _refused(env: Env, pid: int, sigs: list[Sig], error: str) -> None:
    assert_reverts(env.treasury.functions.execute(pid, sigs), env.proposer, error)
    assert env.treasury.functions.stateOf(pid).call() == 1  # still pending


def test_a_revoked_approvers_signature_no_longer_counts(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    signed = approvals(env.treasury, pid, env.approvers[:2])
    env.admin.send(env.treasury.functions.revokeRole(APPROVER, env.approvers[0].address))
    _refused(env, pid, signed, "NotApprover")
    # The same signatures again once the role is back: roles are read at execution.
    env.admin.send(env.treasury.functions.grantRole(APPROVER, env.approvers[0].address))
    env.proposer.send(env.treasury.functions.execute(pid, signed))


def test_two_revoked_approvers_cannot_execute_even_with_valid_signatures(funded: Env) -> None:
    """The review's finding: approvals outlived a role revocation."""
    env = funded
    pid = _propose(env)
    signed = approvals(env.treasury, pid, env.approvers[:2])
    for approver in env.approvers[:2]:
        env.admin.send(env.treasury.functions.revokeRole(APPROVER, approver.address))
    _refused(env, pid, signed, "NotApprover")
    # Nor may they execute: they hold no treasury role any more.
    assert_reverts(
        env.treasury.functions.execute(pid, signed), env.approvers[0], "NotTreasuryStaff"
    )


def test_a_revoked_proposer_can_neither_cancel_nor_execute(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    signed = approvals(env.treasury, pid, env.approvers[:2])
    env.admin.send(env.treasury.functions.grantRole(APPROVER, env.proposer.address))
    env.admin.send(env.treasury.functions.revokeRole(PROPOSER, env.proposer.address))
    t = env.treasury.functions
    assert_reverts(t.cancel(pid), env.proposer, "NotProposerOrAdmin")
    # Their proposal is dead for everyone, whoever carries the approvers' signatures.
    for executor in (env.proposer, env.approvers[2]):
        assert_reverts(t.execute(pid, signed), executor, "ProposerRevoked")
    env.admin.send(t.cancel(pid))  # an admin clears it away
    assert t.stateOf(pid).call() == 4


def test_the_proposers_own_signature_never_counts(funded: Env) -> None:
    env = funded
    env.admin.send(env.treasury.functions.grantRole(APPROVER, env.proposer.address))
    pid = _propose(env)
    signed = _sorted(
        [approval(env.treasury, pid, env.proposer), approval(env.treasury, pid, env.approvers[0])]
    )
    _refused(env, pid, signed, "ProposerCannotApprove")
    refusal = rejection(env.treasury, pid, env.proposer, "mine")
    assert_reverts(
        env.treasury.functions.reject(pid, refusal, "mine"), env.outsider, "ProposerCannotApprove"
    )


def test_one_signature_per_approver_in_ascending_order(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    first, second = approvals(env.treasury, pid, env.approvers[:2])
    _refused(env, pid, [first, first], "SignersNotAscending")
    again = approval(env.treasury, pid, env.approvers[0] if first[0] == env.approvers[0].address
                     else env.approvers[1], deadline=first[1] + 1)  # fmt: skip
    _refused(env, pid, [first, again], "SignersNotAscending")  # the same signer, signed twice
    _refused(env, pid, [second, first], "SignersNotAscending")
    zero = ("0x" + "00" * 20, first[1], first[2])
    _refused(env, pid, [zero, first], "SignersNotAscending")
    env.proposer.send(env.treasury.functions.execute(pid, [first, second]))


def test_a_signature_past_its_deadline_is_refused(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    now = env.chain.timestamp()
    late, ontime = (
        approval(env.treasury, pid, env.approvers[0], deadline=now + 10),
        approval(env.treasury, pid, env.approvers[1], deadline=now + HOUR),
    )
    env.chain.advance(11)
    _refused(env, pid, _sorted([late, ontime]), "SignatureExpired")
    # A deadline is signed: moving it forward breaks the signature.
    moved = (late[0], now + HOUR, late[2])
    _refused(env, pid, _sorted([moved, ontime]), "InvalidSignature")


def test_invalidate_signatures_kills_every_outstanding_signature(funded: Env) -> None:
    env = funded
    pid, other = _propose(env), _propose(env, USD, 202604)
    signed = approvals(env.treasury, pid, env.approvers[:2])
    signed_other = approvals(env.treasury, other, env.approvers[:2])
    victim = env.approvers[0]
    receipt = victim.send(env.treasury.functions.invalidateSignatures())
    assert events(env.treasury, "SignaturesInvalidated", receipt) == [
        {"signer": victim.address, "nonce": 1}
    ]
    assert env.treasury.functions.nonces(victim.address).call() == 1
    _refused(env, pid, signed, "InvalidSignature")
    _refused(env, other, signed_other, "InvalidSignature")
    # A fresh signature at the new nonce counts.
    env.proposer.send(
        env.treasury.functions.execute(pid, approvals(env.treasury, pid, env.approvers[:2]))
    )


@pytest.mark.parametrize("where", ["chain id", "treasury", "proposal", "amount", "nonce"])
def test_a_signature_for_anything_else_is_refused(funded: Env, where: str) -> None:
    env = funded
    pid, other = _propose(env), _propose(env, 100 * USD, 202604)
    good = approval(env.treasury, pid, env.approvers[1])
    bad = {
        "chain id": lambda a: approval(env.treasury, pid, a, chain_id=1),
        "treasury": lambda a: approval(env.treasury, pid, a, verifying=env.platform.registry),
        "proposal": lambda a: (a.address, *approval(env.treasury, other, a)[1:]),
        "amount": lambda a: approval(env.treasury, pid, a, amount=99 * USD),
        "nonce": lambda a: approval(env.treasury, pid, a, nonce=1),
    }[where](env.approvers[0])
    _refused(env, pid, _sorted([good, bad]), "InvalidSignature")


def test_a_signature_by_another_key_or_malformed_is_refused(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    good = approval(env.treasury, pid, env.approvers[1])
    mine = approval(env.treasury, pid, env.approvers[0])
    # An outsider's signature presented as the approver's.
    forged = approval(env.treasury, pid, env.outsider)
    _refused(env, pid, _sorted([good, (mine[0], forged[1], forged[2])]), "InvalidSignature")
    # The same signature in its other (high s) form, and a truncated one.
    data = mine[2]
    s = int.from_bytes(data[32:64], "big")
    flipped = data[:32] + (SECP256K1_N - s).to_bytes(32, "big") + bytes([55 - data[64]])
    for bad in (flipped, data[:64], b""):
        _refused(env, pid, _sorted([good, (mine[0], mine[1], bad)]), "InvalidSignature")
    # A rejection's signature is not an approval.
    refusal = rejection(env.treasury, pid, env.approvers[0], "x")
    _refused(env, pid, _sorted([good, (mine[0], mine[1], refusal[2])]), "InvalidSignature")


def test_only_an_approvers_signed_rejection_of_this_reason_rejects(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    t = env.treasury.functions
    refusal = rejection(env.treasury, pid, env.approvers[0], "totals differ")
    assert_reverts(t.reject(pid, refusal, "totals differ!"), env.outsider, "InvalidSignature")
    stranger = rejection(env.treasury, pid, env.outsider, "no")
    assert_reverts(t.reject(pid, stranger, "no"), env.outsider, "NotApprover")
    env.admin.send(t.revokeRole(APPROVER, env.approvers[0].address))
    assert_reverts(t.reject(pid, refusal, "totals differ"), env.outsider, "NotApprover")
    env.admin.send(t.grantRole(APPROVER, env.approvers[0].address))
    late = rejection(env.treasury, pid, env.approvers[1], "late", deadline=env.chain.timestamp())
    env.chain.advance(1)
    assert_reverts(t.reject(pid, late, "late"), env.outsider, "SignatureExpired")
    env.approvers[0].send(t.invalidateSignatures())
    assert_reverts(t.reject(pid, refusal, "totals differ"), env.outsider, "InvalidSignature")
    assert t.stateOf(pid).call() == 1


def test_above_the_tier_amount_one_more_approval_is_needed(funded: Env) -> None:
    env = funded
    sid = env.store.store_id
    t = env.treasury.functions
    env.admin.send(t.setPolicy(sid, 1_000_000 * USD, 0, 500 * USD, 0))
    at_tier, above = _propose(env, 500 * USD, 202603), _propose(env, 500 * USD + 1, 202604)
    assert (t.requiredApprovals(at_tier).call(), t.requiredApprovals(above).call()) == (2, 3)
    env.proposer.send(t.execute(at_tier, approvals(env.treasury, at_tier, env.approvers[:2])))
    _refused(env, above, approvals(env.treasury, above, env.approvers[:2]), "BelowThreshold")
    receipt = env.proposer.send(t.execute(above, approvals(env.treasury, above, env.approvers)))
    assert len(events(env.treasury, "Executed", receipt)[0]["signers"]) == 3
    env.admin.send(t.setPolicy(sid, 1_000_000 * USD, 0, 0, 0))  # 0: no tier
    assert t.requiredApprovals(above).call() == 2


def _start_of_next_month(env: Env) -> int:
    now = datetime.fromtimestamp(env.chain.timestamp(), UTC)
    year, month = (now.year + 1, 1) if now.month == 12 else (now.year, now.month + 1)
    return int(datetime(year, month, 1, tzinfo=UTC).timestamp())


def test_the_monthly_cap_limits_what_is_executed_per_calendar_month(funded: Env) -> None:
    env = funded
    sid = env.store.store_id
    t = env.treasury.functions
    env.admin.send(t.setPolicy(sid, 1_000_000 * USD, 0, 0, 250 * USD))
    env.admin.send(t.setProposalLifetime(70 * 86_400))  # proposals outlive the month
    assert_reverts(t.propose(sid, 202601, 250 * USD + 1, REPORT), env.proposer, "AboveMonthlyCap")
    env.chain.advance(_start_of_next_month(env) - env.chain.timestamp())  # the 1st, 00:00 UTC
    month = t.monthOf(env.chain.timestamp()).call()
    a, b, c = (_propose(env, amount, period) for amount, period in
               ((150 * USD, 202601), (100 * USD, 202602), (100 * USD, 202603)))  # fmt: skip
    env.proposer.send(t.execute(a, approvals(env.treasury, a, env.approvers[:2])))
    env.proposer.send(t.execute(b, approvals(env.treasury, b, env.approvers[:2])))
    assert t.monthlyExecuted(sid, month).call() == 250 * USD  # exactly the cap is fine
    _refused(env, c, approvals(env.treasury, c, env.approvers[:2]), "AboveMonthlyCap")
    # The next calendar month starts from nothing.
    env.chain.advance(_start_of_next_month(env) - env.chain.timestamp())
    next_month = t.monthOf(env.chain.timestamp()).call()
    assert t.monthlyExecuted(sid, next_month).call() == 0
    env.proposer.send(t.execute(c, approvals(env.treasury, c, env.approvers[:2])))
    assert t.monthlyExecuted(sid, next_month).call() == 100 * USD
    assert_reverts(t.monthlyExecuted(sid, month), env.outsider, "MonthNotKept")


@pytest.mark.parametrize(
    "when",
    [
        "1970-01-01T00:00:00", "2000-02-29T23:59:59", "2000-03-01T00:00:00",
        "2024-12-31T23:59:59", "2025-01-01T00:00:00", "2026-10-31T12:00:00",
        "2100-02-28T23:59:59", "2100-03-01T00:00:00", "2400-02-29T00:00:00",
    ],
)  # fmt: skip
def test_month_of_is_the_utc_calendar_month(env: Env, when: str) -> None:
    moment = datetime.fromisoformat(when).replace(tzinfo=UTC)
    expected = moment.year * 100 + moment.month
    assert env.treasury.functions.monthOf(int(moment.timestamp())).call() == expected


def test_the_contract_builds_the_same_digest_as_the_app(funded: Env) -> None:
    env = funded
    pid = _propose(env)
    signer, deadline = env.approvers[0], 1_900_000_000
    message = approval_message(env.treasury, pid, signer.address, deadline)
    data = sign(env.treasury, message, signer.account.key)
    on_chain = env.treasury.functions.approvalDigest(pid, signer.address, deadline).call()
    assert Account._recover_hash(on_chain, signature=data) == signer.address
    changed = dataclasses.replace(message, deadline=deadline + 1)
    other = sign(env.treasury, changed, signer.account.key)
    assert Account._recover_hash(on_chain, signature=other) != signer.address


def test_a_key_counts_once_beside_a_contract_approver_it_owns(funded: Env) -> None:
    """An approver who also owns a contract approver (a Safe: `getOwners`) cannot sign as both:
    that would be one key counted twice. The contract beside another approver's key counts."""
    env = funded
    owner, other = env.approvers[0], env.approvers[1]
    wallet = owner.deploy("TestSignerWallet", owner.address)
    env.admin.send(env.treasury.functions.grantRole(APPROVER, wallet.address))
    pid = _propose(env)
    as_wallet = SimpleNamespace(address=wallet.address, account=owner.account)
    signed_by_wallet = approval(env.treasury, pid, as_wallet)  # EIP-1271, the owner's key
    twice = _sorted([approval(env.treasury, pid, owner), signed_by_wallet])
    _refused(env, pid, twice, "OwnerCountedTwice")
    env.proposer.send(
        env.treasury.functions.execute(
            pid, _sorted([approval(env.treasury, pid, other), signed_by_wallet])
        )
    )
    assert env.treasury.functions.stateOf(pid).call() == 2  # executed


def test_the_proposers_key_never_counts_inside_a_contract_approver_it_owns(funded: Env) -> None:
    """Maker-checker through a Safe: a contract approver (`getOwners`) one of whose owners is the
    proposer carries the proposer's key, so its approval is refused; the same contract counts
    for a proposal someone else made."""
    env = funded
    wallet = env.proposer.deploy("TestSignerWallet", env.proposer.address)
    env.admin.send(env.treasury.functions.grantRole(APPROVER, wallet.address))
    as_wallet = SimpleNamespace(address=wallet.address, account=env.proposer.account)
    pid = _propose(env)
    signed = _sorted(
        [approval(env.treasury, pid, env.approvers[0]), approval(env.treasury, pid, as_wallet)]
    )
    _refused(env, pid, signed, "ProposerCannotApprove")
    maker = env.approvers[1]
    env.admin.send(env.treasury.functions.grantRole(PROPOSER, maker.address))
    call = env.treasury.functions.propose(env.store.store_id, 202604, 100 * USD, REPORT)
    (proposed,) = events(env.treasury, "Proposed", maker.send(call))
    other = int(proposed["proposalId"])
    signed = _sorted(
        [approval(env.treasury, other, env.approvers[0]), approval(env.treasury, other, as_wallet)]
    )
    env.proposer.send(env.treasury.functions.execute(other, signed))
    assert env.treasury.functions.stateOf(other).call() == 2  # executed


EXECUTE_TWO_KEYS_LIMIT = 150_000  # issue 13's target for `execute with 2 signatures`


def test_a_steady_execute_with_two_key_signatures_stays_within_the_bench_target(
    funded: Env,
) -> None:
    """As `bench gas` measures it: the store's second payout, in a new calendar month (its
    monthly book starts again). The owners' check for contract signers must cost nothing when
    every signer is a key (a cold EXTCODESIZE per key signer made this 152,322)."""
    env = funded
    t = env.treasury.functions
    for period in (202601, 202602):
        env.chain.advance(_start_of_next_month(env) - env.chain.timestamp() + HOUR)
        env.admin.send(env.stablecoin.functions.mint(env.router.address, 100_000 * USD + 7))
        env.outsider.send(env.router.functions.route())
        pid = _propose(env, 1_000 * USD, period)
        receipt = env.proposer.send(t.execute(pid, approvals(env.treasury, pid, env.approvers[:2])))
    print(f"execute with 2 signatures (steady): {receipt['gasUsed']} gas")
    assert int(receipt["gasUsed"]) <= EXECUTE_TWO_KEYS_LIMIT
