"""Approving as a real Safe 1.4.1 from the desk (app.treasury.safe_approvals) on anvil: each
owner signs their part, kept on the desk; at the Safe's threshold its EIP-1271 approval is
assembled, checked by the Safe itself and recorded; with one approver's key it executes. A key
counts once per proposal, an owner signs once, and a forged part is refused."""

from __future__ import annotations

import pytest
from eth_account import Account

from app.chain.deploy import LocalSender, role
from app.chain.signer import LocalSigner
from app.chain.transactions import TransactionPipeline
from app.treasury.actions import ActionStore, Kind, State
from app.treasury.audit import AuditTrail
from app.treasury.errors import ProposalRefused
from app.treasury.safe import deploy_safe, deploy_safe_contracts
from app.treasury.safe_approvals import SafeApprovals
from app.treasury.typed_approval import SignedDecision, typed_data
from app.treasury.workflow import TreasuryWorkflow
from tests.app.treasury.conftest import USD

REPORT = b"\x45" * 32


THIRD = LocalSigner(Account.from_key(b"\x71" * 32))  # the Safe's third owner, no role


@pytest.fixture
def safe_desk(tenv, client, db):
    """A 2-of-3 Safe (owners: approver 2, the admin and a third key; not approver 1, who
    approves with their own key) holding the approver role, one pending proposal, and the
    workflow with its Safe side."""
    admin = tenv.admin
    _, second = tenv.approvers
    owners = [second.address, admin.address, THIRD.address]
    safe = deploy_safe(admin, deploy_safe_contracts(admin), owners, 2)
    treasury = admin.contract("DistributionTreasury", tenv.platform.treasury)
    admin.send(treasury.functions.grantRole(role("APPROVER_ROLE"), safe))
    tenv.route(1_000 * USD)
    proposer = LocalSender(tenv.chain.w3, tenv.proposer._account)
    proposer.send(treasury.functions.propose(tenv.store.store_id, 202604, 100 * USD, REPORT))
    pid = treasury.functions.proposalCount().call()
    flow = TreasuryWorkflow(
        TransactionPipeline(client, db), ActionStore(db), treasury.address, AuditTrail(db)
    )
    return flow, SafeApprovals(flow), safe, pid, LocalSigner(admin.account)


def refused(call, *args) -> ProposalRefused:
    with pytest.raises(ProposalRefused) as caught:
        call(*args)
    return caught.value


def test_two_owners_parts_make_the_safes_approval_which_executes_with_a_key(tenv, safe_desk):
    flow, approvals, safe, pid, platform = safe_desk
    first, second = tenv.approvers
    assert approvals.progress(pid, safe).signed == ()

    one = approvals.sign_part(pid, safe, second)
    assert one.line() == f"Safe {safe}: 1 of 2 owners signed"
    assert (one.signed, one.approved, one.decision) == ((second.address,), False, None)
    assert one.waiting == (platform.address, THIRD.address)
    proposal, _ = flow.proposal_now(pid)
    assert proposal.approved_by == frozenset()  # one part is no approval

    two = approvals.sign_part(pid, safe, platform)
    assert two.line() == f"Safe {safe}: 2 of 2 owners signed"
    assert two.approved and two.decision is not None and two.decision.channel == "safe"
    assert approvals.progress(pid, safe).approved
    proposal, _ = flow.proposal_now(pid)
    assert proposal.approved_by == frozenset({safe})

    # The audit trail notes each owner's part, then the Safe's approval with its owners.
    signed = [e for e in flow.audit.entries() if e.kind == "signed"]
    assert [(e.actor, e.details["decision"]) for e in signed] == [
        (second.address, "safe_part"),
        (platform.address, "safe_part"),
        (safe, "approval"),
    ]
    assert signed[1].details["parts"] == "2 of 2"
    assert signed[2].details["owners"] == ",".join(sorted([second.address, platform.address]))
    assert signed[2].details["channel"] == "safe"

    # No third part: the Safe has approved.
    assert refused(approvals.sign_part, pid, safe, THIRD).code == "treasury.safe_already_approved"

    # Approver 1's own key (not a part of the Safe's approval) makes two: execute.
    flow.sign_approval(pid, first)
    action = flow.act(Kind.EXECUTE, pid, second.address)
    action, prepared = flow.simulate(action.id)
    action = flow.track(flow.send(action.id, prepared, second).id, timeout=20)
    assert action.state == State.CONFIRMED
    assert flow.reader.proposal(pid).status.name == "EXECUTED"


def test_an_owner_signs_once_and_a_non_owner_not_at_all(tenv, safe_desk):
    flow, approvals, safe, pid, _ = safe_desk
    second = tenv.approvers[1]
    approvals.sign_part(pid, safe, second)
    again = refused(approvals.sign_part, pid, safe, second)
    assert again.code == "treasury.safe_part_twice" and again.rule == "SafePartTwice"
    assert "already signed their part" in again.user_message
    assert "已为 Safe" in again.text("zh_CN") and "已為 Safe" in again.text("zh_TW")
    assert len(flow.safe_parts.parts(pid, safe)) == 1
    stranger = LocalSigner(Account.from_key(b"\x61" * 32))
    assert refused(approvals.sign_part, pid, safe, stranger).code == "treasury.safe_not_owner"
    assert refused(approvals.check, pid, tenv.approvers[0].address, second.address).code == (
        "treasury.not_a_safe"
    )  # a key, not a Safe


def test_a_key_counts_once_per_proposal(tenv, safe_desk):
    flow, approvals, safe, pid, platform = safe_desk
    first, second = tenv.approvers
    # Approver 2 signed a part for the Safe: they cannot approve personally, by key or by file.
    approvals.sign_part(pid, safe, second)
    given = refused(flow.sign_approval, pid, second)
    assert given.code == "treasury.safe_part_given" and given.params["safe"] == safe
    proposal, now = flow.proposal_now(pid)
    message = flow.approval_message(proposal, second.address)
    signature = second.sign_typed_data(typed_data(message, flow.chain_id, flow.treasury))
    airgap = SignedDecision(message, second.address, signature, "airgap", now)
    assert refused(flow.record, airgap).code == "treasury.safe_part_given"
    proposal, _ = flow.proposal_now(pid)
    assert proposal.approved_by == frozenset()
    # The Platform's part completes the Safe's approval; approver 1, no owner, makes two.
    assert approvals.sign_part(pid, safe, platform).approved
    flow.sign_approval(pid, first)
    proposal, _ = flow.proposal_now(pid)
    assert proposal.approved_by == frozenset({first.address, safe})


def test_a_safe_never_counts_beside_one_of_its_owners(tenv, safe_desk):
    """The review: an owner's key counted directly and again inside the Safe's signature
    (execute refuses the pair as OwnerCountedTwice), so the desk offers neither."""
    flow, approvals, safe, pid, platform = safe_desk
    second = tenv.approvers[1]
    flow.sign_approval(pid, second)  # approver 2, an owner, approved personally
    own = refused(approvals.sign_part, pid, safe, second)
    assert own.code == "treasury.safe_owner_approved"
    other = refused(approvals.sign_part, pid, safe, platform)  # any owner: the Safe is out
    assert (other.code, other.rule) == ("treasury.safe_other_owner_approved", "OwnerCountedTwice")
    assert other.params["owner"] == second.address
    assert "其所有者" in other.text("zh_CN") and "其擁有者" in other.text("zh_TW")
    assert flow.safe_parts.parts(pid) == []


def test_an_owner_cannot_approve_beside_the_safes_counted_approval(tenv, safe_desk):
    flow, approvals, safe, pid, platform = safe_desk
    second = tenv.approvers[1]
    approvals.sign_part(pid, safe, platform)
    assert approvals.sign_part(pid, safe, THIRD).approved  # approver 2 gave no part
    refusal = refused(flow.sign_approval, pid, second)
    assert (refusal.code, refusal.params["safe"]) == ("treasury.owner_of_counted_safe", safe)
    proposal, _ = flow.proposal_now(pid)
    assert proposal.approved_by == frozenset({safe})


def test_a_forged_part_is_refused_and_nothing_is_kept(tenv, safe_desk):
    flow, approvals, safe, pid, platform = safe_desk
    second = tenv.approvers[1]
    turn = approvals.check(pid, safe, second.address)
    forger = Account.from_key(b"\x62" * 32)
    forged = LocalSigner(forger).sign_typed_data(approvals.typed_data(turn))
    error = refused(approvals.add_part, pid, safe, second.address, forged)
    assert error.code == "treasury.safe_part_forged" and error.rule == "InvalidSignature"
    # The owner's own signature of the message for another Safe is no part of this one either.
    domain = {"chainId": flow.chain_id, "verifyingContract": platform.address}
    wrong = second.sign_typed_data({**approvals.typed_data(turn), "domain": domain})
    assert refused(approvals.add_part, pid, safe, second.address, wrong).code == (
        "treasury.safe_part_forged"
    )
    assert refused(approvals.add_part, pid, safe, second.address, b"\x01" * 65).code == (
        "treasury.safe_part_forged"
    )
    assert flow.safe_parts.parts(pid) == []
    assert [e for e in flow.audit.entries() if e.kind == "signed"] == []


def test_a_safe_without_the_approver_role_cannot_be_signed_for(tenv, safe_desk):
    flow, approvals, safe, pid, _ = safe_desk
    treasury = tenv.admin.contract("DistributionTreasury", tenv.platform.treasury)
    tenv.admin.send(treasury.functions.revokeRole(role("APPROVER_ROLE"), safe))
    error = refused(approvals.sign_part, pid, safe, tenv.approvers[1])
    assert error.code == "treasury.not_approver"
    assert flow.safe_parts.parts(pid) == []


def test_a_desk_stopped_before_the_safes_approval_was_recorded_records_it_when_shown(
    tenv, safe_desk, monkeypatch
):
    """The last owner's part is kept, then the app dies before the Safe's approval is recorded:
    nobody can sign again (each owner signs once), so the next look at the proposal records it
    from the kept parts."""
    flow, approvals, safe, pid, platform = safe_desk
    second = tenv.approvers[1]
    approvals.sign_part(pid, safe, second)

    def killed(*_args: object) -> None:
        raise SystemExit("kill -9 between the part and the approval")

    monkeypatch.setattr(approvals, "_assemble", killed)
    with pytest.raises(SystemExit):
        approvals.sign_part(pid, safe, platform)
    monkeypatch.undo()
    proposal, _ = flow.proposal_now(pid)
    assert proposal.approved_by == frozenset()  # two parts kept, no approval yet
    assert refused(approvals.sign_part, pid, safe, platform).code.startswith("treasury.safe_")

    shown = approvals.progress(pid, safe)

    assert shown.approved and shown.decision is not None and shown.decision.signer == safe
    proposal, _ = flow.proposal_now(pid)
    assert proposal.approved_by == frozenset({safe})
    assert approvals.progress(pid, safe).approved  # once: shown again, nothing more to do
