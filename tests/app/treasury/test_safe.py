"""A real Safe 1.4.1 (the npm package's own bytecode) as a treasury approver on anvil: a 2-of-3
Safe's EIP-1271 signature counts with one key's signature for execute; with one owner's signature
the Safe refuses, and so does the treasury."""

from __future__ import annotations

import pytest
from eth_abi import encode as abi_encode
from eth_account import Account

from app.chain.deploy import LocalSender, role
from app.chain.signer import LocalSigner
from app.chain.transactions import TransactionPipeline
from app.treasury.actions import ActionStore, Kind, State
from app.treasury.approvals import as_signature, doubled_reason
from app.treasury.audit import AuditTrail
from app.treasury.errors import ProposalRefused
from app.treasury.safe import (
    deploy_safe,
    deploy_safe_contracts,
    safe_artifact,
    safe_info,
    safe_message_hash,
    safe_of,
    safe_signature,
    safe_typed_data,
    sign_as_safe,
)
from app.treasury.signature_check import SignatureRefused, check_decision
from app.treasury.typed_approval import ApprovalMessage, SignedDecision, digest
from app.treasury.workflow import TreasuryWorkflow
from tests.app.treasury.conftest import USD
from tests.contracts.helpers import revert_name

OWNER_KEYS = [bytes([n]) * 32 for n in (0x51, 0x52, 0x53)]
OWNERS = [Account.from_key(k) for k in OWNER_KEYS]
REPORT = b"\x44" * 32


@pytest.fixture
def safe_env(tenv, client):
    admin = tenv.admin
    contracts = deploy_safe_contracts(admin)
    safe = deploy_safe(admin, contracts, [o.address for o in OWNERS], 2)
    treasury = admin.contract("DistributionTreasury", tenv.platform.treasury)
    admin.send(treasury.functions.grantRole(role("APPROVER_ROLE"), safe))
    tenv.route(1_000 * USD)
    proposer = LocalSender(tenv.chain.w3, tenv.proposer._account)
    proposer.send(treasury.functions.propose(tenv.store.store_id, 202603, 100 * USD, REPORT))
    pid = treasury.functions.proposalCount().call()
    return contracts, safe, treasury, pid


def _message(treasury, pid: int, signer: str) -> ApprovalMessage:
    store_id, _, expires, period, _, amount, report = treasury.functions.proposal(pid).call()
    nonce = treasury.functions.nonces(signer).call()
    return ApprovalMessage(pid, store_id, period, amount, report, nonce, expires)


def _safe_decision(client, treasury, pid, safe, owners) -> SignedDecision:
    message = _message(treasury, pid, safe)
    treasury_digest = digest(message, client.chain_id, treasury.address)
    typed = safe_typed_data(client.chain_id, safe, treasury_digest)
    signatures = {
        o.address: bytes(Account.sign_typed_data(o.key, full_message=typed).signature)
        for o in owners
    }
    return SignedDecision(message, safe, safe_signature(signatures), "safe", 1)


def _key_decision(client, treasury, pid, signer) -> SignedDecision:
    message = _message(treasury, pid, signer.address)
    from app.treasury.typed_approval import typed_data

    signature = signer.sign_typed_data(typed_data(message, client.chain_id, treasury.address))
    return SignedDecision(message, signer.address, signature, "keystore", 1)


def test_the_safe_reads_as_a_2_of_3_and_its_message_hash_is_the_handlers(tenv, client, safe_env):
    contracts, safe, treasury, pid = safe_env
    info = safe_info(client, safe)
    assert (set(info.owners), info.threshold, info.version) == (
        {o.address for o in OWNERS}, 2, "1.4.1"
    )  # fmt: skip
    handler = client.w3.eth.contract(
        address=contracts.fallback_handler, abi=safe_artifact("CompatibilityFallbackHandler").abi
    )
    treasury_digest = b"\x07" * 32
    on_chain = handler.functions.getMessageHashForSafe(
        safe, abi_encode(["bytes32"], [treasury_digest])
    ).call()
    assert safe_message_hash(client.chain_id, safe, treasury_digest) == on_chain


def test_a_key_and_the_safe_execute_and_one_owner_is_not_enough(tenv, client, safe_env, db):
    _, safe, treasury, pid = safe_env
    key = _key_decision(client, treasury, pid, tenv.approvers[0])
    lone = _safe_decision(client, treasury, pid, safe, OWNERS[:1])
    with pytest.raises(SignatureRefused) as refused:
        check_decision(client, treasury.address, lone)
    assert refused.value.problem == "invalid_signature"
    sigs = sorted([as_signature(key), as_signature(lone)], key=lambda s: int(s[0], 16))
    executor = tenv.approvers[1].address
    assert revert_name(treasury.functions.execute(pid, sigs), executor) == "InvalidSignature"

    owners = [LocalSigner(OWNERS[2]), LocalSigner(OWNERS[0])]  # any order: sorted inside
    message = _message(treasury, pid, safe)
    two = sign_as_safe(message, client.chain_id, treasury.address, safe, owners, 2)
    check_decision(client, treasury.address, two)  # the Safe says yes through EIP-1271
    flow = TreasuryWorkflow(
        TransactionPipeline(client, db), ActionStore(db), treasury.address, AuditTrail(db)
    )
    flow.record(key)
    flow.record(two)
    proposal, _ = flow.proposal_now(pid)
    assert proposal.approved_by == frozenset({tenv.approvers[0].address, safe})
    action = flow.act(Kind.EXECUTE, pid, executor)
    action, prepared = flow.simulate(action.id)
    action = flow.track(flow.send(action.id, prepared, tenv.approvers[1]).id, timeout=20)
    assert action.state == State.CONFIRMED
    assert treasury.functions.stateOf(pid).call() == 2  # executed
    (executed,) = treasury.events.Executed().get_logs(from_block=0)
    assert set(executed["args"]["signers"]) == {tenv.approvers[0].address, safe}
    assert [e.details["channel"] for e in flow.audit.entries() if e.kind == "signed"] == [
        "keystore", "safe"
    ]  # fmt: skip


def test_an_approver_is_shown_as_a_safe_only_when_it_is_one(tenv, client, safe_env):
    _, safe, _, _ = safe_env
    assert safe_of(client, safe).threshold == 2
    assert safe_of(client, tenv.approvers[0].address) is None  # a key
    assert safe_of(client, tenv.platform.treasury) is None  # a contract, not a Safe


# -- a key counts once: a Safe one of whose owners is an approver ------------------------------


@pytest.fixture
def owned_safe(tenv, client):
    """A 2-of-3 Safe owned by approver 0 and two outside keys (as the sandbox's Safe is owned
    by its approvers), holding the approver role, and a proposal to approve."""
    admin = tenv.admin
    owners = [tenv.approvers[0].address, OWNERS[1].address, OWNERS[2].address]
    safe = deploy_safe(admin, deploy_safe_contracts(admin), owners, 2, salt_nonce=7)
    treasury = admin.contract("DistributionTreasury", tenv.platform.treasury)
    admin.send(treasury.functions.grantRole(role("APPROVER_ROLE"), safe))
    tenv.route(1_000 * USD)
    proposer = LocalSender(tenv.chain.w3, tenv.proposer._account)
    proposer.send(treasury.functions.propose(tenv.store.store_id, 202604, 100 * USD, REPORT))
    return safe, treasury, treasury.functions.proposalCount().call()


def _safe_by(client, treasury, pid, safe, owners) -> SignedDecision:
    message = _message(treasury, pid, safe)
    return sign_as_safe(message, client.chain_id, treasury.address, safe, owners, 1)


def _sorted(*decisions):
    return sorted((as_signature(d) for d in decisions), key=lambda s: int(s[0], 16))


def test_execute_refuses_a_key_that_also_signs_inside_the_safe(tenv, client, owned_safe):
    safe, treasury, pid = owned_safe
    a0, a1 = tenv.approvers
    key = _key_decision(client, treasury, pid, a0)
    # the review's case: approver 0 approves, and signs the Safe's approval with another owner
    doubled = _safe_by(client, treasury, pid, safe, [a0, LocalSigner(OWNERS[1])])
    check_decision(client, treasury.address, doubled)  # the Safe itself says yes
    executor = a1.address
    assert revert_name(treasury.functions.execute(pid, _sorted(key, doubled)), executor) == (
        "OwnerCountedTwice"
    )
    # any owner beside the Safe is refused: the treasury cannot see which owners signed
    others = _safe_by(client, treasury, pid, safe, [LocalSigner(o) for o in OWNERS[1:]])
    assert revert_name(treasury.functions.execute(pid, _sorted(key, others)), executor) == (
        "OwnerCountedTwice"
    )
    # an approver who does not own the Safe counts beside it
    other_key = _key_decision(client, treasury, pid, a1)
    treasury.functions.execute(pid, _sorted(other_key, others)).call({"from": a0.address})


def test_the_desk_never_counts_a_safe_beside_its_owner(tenv, client, owned_safe, db):
    safe, treasury, pid = owned_safe
    a0, a1 = tenv.approvers
    flow = TreasuryWorkflow(
        TransactionPipeline(client, db), ActionStore(db), treasury.address, AuditTrail(db)
    )
    flow.record(_key_decision(client, treasury, pid, a0))
    doubled = _safe_by(client, treasury, pid, safe, [a0, LocalSigner(OWNERS[1])])
    with pytest.raises(SignatureRefused) as refused:
        flow.record(doubled)  # an import, a sync or the API's listing all come through here
    assert refused.value.problem == "owner_counted_twice"
    assert refused.value.params["owner"] == a0.address
    assert [d.signer for d in flow.signatures.for_proposal(pid)] == [a0.address]

    # kept before this rule existed: shown as not counting, with the reason, and never sent
    flow.signatures.add(doubled)
    proposal, _ = flow.proposal_now(pid)
    assert (proposal.approvals, proposal.approved_by) == (1, frozenset({a0.address}))
    assert proposal.doubled == ((safe, a0.address),)
    reason = doubled_reason(pid, safe, a0.address)
    assert f"its owner {a0.address} approved too" in reason
    assert "其所有者" in reason.text("zh_CN") and "其擁有者" in reason.text("zh_TW")
    assert [s[0] for s in flow._execute_signatures(pid)] == [a0.address]


def test_the_audit_names_the_owners_who_signed_a_safe_approval(tenv, client, owned_safe, db):
    safe, treasury, pid = owned_safe
    flow = TreasuryWorkflow(
        TransactionPipeline(client, db), ActionStore(db), treasury.address, AuditTrail(db)
    )
    owners = [LocalSigner(OWNERS[2]), LocalSigner(OWNERS[1])]
    flow.record(_safe_by(client, treasury, pid, safe, owners))  # as posted or imported
    (entry,) = [e for e in flow.audit.entries() if e.kind == "signed"]
    assert entry.details["owners"] == ",".join(sorted((o.address for o in owners), key=str.lower))


# -- maker-checker inside a Safe: the proposer among its owners --------------------------------


def test_a_safe_the_proposer_owns_never_approves_its_proposal(tenv, client, db):
    """The proposer's key would count inside the Safe's approval: execute refuses the Safe
    (ProposerCannotApprove) whichever owners signed, and the desk refuses it before anything
    is signed, stored or counted."""
    from app.treasury.safe_approvals import SafeApprovals

    admin, a0, a1 = tenv.admin, *tenv.approvers
    owners = [tenv.proposer.address, OWNERS[1].address, OWNERS[2].address]
    safe = deploy_safe(admin, deploy_safe_contracts(admin), owners, 2, salt_nonce=11)
    treasury = admin.contract("DistributionTreasury", tenv.platform.treasury)
    admin.send(treasury.functions.grantRole(role("APPROVER_ROLE"), safe))
    tenv.route(1_000 * USD)
    proposer = LocalSender(tenv.chain.w3, tenv.proposer._account)
    proposer.send(treasury.functions.propose(tenv.store.store_id, 202605, 100 * USD, REPORT))
    pid = treasury.functions.proposalCount().call()
    by_safe = _safe_by(client, treasury, pid, safe, [LocalSigner(o) for o in OWNERS[1:]])
    check_decision(client, treasury.address, by_safe)  # the Safe itself says yes
    key = _key_decision(client, treasury, pid, a1)
    assert revert_name(treasury.functions.execute(pid, _sorted(key, by_safe)), a0.address) == (
        "ProposerCannotApprove"
    )

    flow = TreasuryWorkflow(
        TransactionPipeline(client, db), ActionStore(db), treasury.address, AuditTrail(db)
    )
    with pytest.raises(ProposalRefused) as part:  # an owner's part of it, on this desk
        SafeApprovals(flow).check(pid, safe, OWNERS[1].address)
    assert part.value.rule == "ProposerCannotApprove"
    assert "proposed it" in part.value.user_message
    with pytest.raises(SignatureRefused) as refused:  # imported, synced or posted
        flow.record(by_safe)
    assert (refused.value.problem, refused.value.code) == (
        "proposer",
        "signature.proposer_owns_safe",
    )
    assert flow.signatures.for_proposal(pid) == []

    flow.signatures.add(by_safe)  # kept before this rule existed: never counted, never sent
    flow.record(key)
    proposal, _ = flow.proposal_now(pid)
    assert proposal.approved_by == frozenset({a1.address})
    assert [s[0] for s in flow._execute_signatures(pid)] == [a1.address]
