"""The treasury core against a real chain: preview == contract, a whole period through the
workflow, the audit trail from the chain's events, resume after a crash."""

import pytest

from app.chain.artifacts import load_artifact
from app.chain.deploy import LocalSender, role
from app.chain.indexer import EventIndexer, decode_events
from app.chain.transactions import TransactionPipeline
from app.treasury.actions import ActionStore, Kind, State
from app.treasury.audit import AuditTrail
from app.treasury.errors import ProposalRefused, WorkflowError
from app.treasury.onchain import read_token
from app.treasury.preview import preview_payouts
from app.treasury.proposal import prepare_proposal
from app.treasury.reconcile import reconcile
from app.treasury.workflow import TreasuryWorkflow
from tests.app.treasury.conftest import HOLDINGS, MERCHANT, USD
from tests.app.treasury.reports import make_report


def _workflow(tenv, client, db):
    pipeline = TransactionPipeline(client, db)
    return TreasuryWorkflow(pipeline, ActionStore(db), tenv.platform.treasury, AuditTrail(db))


def _run(flow, action, signer):
    action, prepared = flow.simulate(action.id)
    action = flow.send(action.id, prepared, signer)
    return flow.track(action.id, timeout=20)


def _distribute(tenv, flow, period, routed):
    """Route, propose from a report, approve twice, execute: one whole period."""
    tenv.route(routed)
    report = make_report(
        merchant_id=MERCHANT, period=period, gross=routed * 10 // 9, settled=routed
    )
    reader = flow.reader
    sid = tenv.store.store_id
    state = reader.store_state(sid, [int(period.replace("-", ""))])
    threshold, lifetime = reader.params()
    _, now = reader.head()
    rec = reconcile(report, routed, tolerance_bp=50, credited_to_investors=routed * 3 // 10)
    draft = prepare_proposal(report, state, rec, now=now, proposal_lifetime=lifetime)
    proposed = _run(flow, flow.propose(draft, tenv.proposer.address), tenv.proposer)
    assert proposed.state == State.CONFIRMED and proposed.proposal_id is not None
    pid = proposed.proposal_id
    for approver in tenv.approvers[:threshold]:
        assert flow.sign_approval(pid, approver).signer == approver.address  # no transaction
    executed = _run(flow, flow.act(Kind.EXECUTE, pid, tenv.approvers[0].address), tenv.approvers[0])
    assert executed.state == State.CONFIRMED
    return draft, pid


def _propose(tenv, flow, period):
    """Route 1,000 USD and propose it from a matching report; the proposal id and lifetime."""
    tenv.route(1_000 * USD)
    report = make_report(
        merchant_id=MERCHANT, period=period, gross=1_100 * USD, settled=1_000 * USD
    )
    state = flow.reader.store_state(tenv.store.store_id, [int(period.replace("-", ""))])
    _, lifetime = flow.reader.params()
    _, now = flow.reader.head()
    rec = reconcile(report, 1_000 * USD, tolerance_bp=50)
    draft = prepare_proposal(report, state, rec, now=now, proposal_lifetime=lifetime)
    proposed = _run(flow, flow.propose(draft, tenv.proposer.address), tenv.proposer)
    return proposed.proposal_id, lifetime


def _claimable(tenv, client, holders):
    token = client.contract("ProfitShareToken", tenv.store.token)
    return [token.functions.claimableOf(h).call() for h in holders]


def test_preview_equals_the_contracts_payouts_across_two_periods_and_a_transfer(tenv, client, db):
    flow = _workflow(tenv, client, db)
    holders = [h.address for h in tenv.holders]
    for period, routed in (("2026-03", 1_000 * USD + 7), ("2026-04", 333 * USD + 1)):
        state, balances, corrections = read_token(client, tenv.store.token, holders)
        before = _claimable(tenv, client, holders)
        draft, _ = _distribute(tenv, flow, period, routed)
        preview = preview_payouts(draft.amount, holders, balances, state, corrections)
        after = _claimable(tenv, client, holders)
        assert preview.payouts == [a - b for a, b in zip(after, before, strict=True)]
        assert preview.total_paid + preview.dust == draft.amount
        token = client.contract("ProfitShareToken", tenv.store.token)
        assert token.functions.magnifiedDust().call() == preview.magnified_dust_after
        # Move tokens between holders so the next period needs the corrections.
        mover = LocalSender(tenv.chain.w3, tenv.holders[2])
        mover.send(token.functions.transfer(holders[0], 5 * 10**17 + 3))


def test_preview_equals_the_contracts_payouts_over_an_18_decimal_coin(tenv, client):
    """The preview takes the token's own MAGNITUDE (1e26 over 18 decimals, not 1e38)."""
    admin, holders = tenv.admin, [h.address for h in tenv.holders]
    coin = admin.deploy("TestCoin", 18)
    token = admin.deploy(
        "ProfitShareToken", "Eighteen", "PST18", coin.address, tenv.platform.compliance,
        admin.address,
    )  # fmt: skip
    for name in ("MINTER_ROLE", "DISTRIBUTOR_ROLE"):
        admin.send(token.functions.grantRole(role(name), admin.address))
    for holder, amount in zip(holders, HOLDINGS, strict=True):
        admin.send(token.functions.mint(holder, amount))
    admin.send(coin.functions.mint(admin.address, 10**30))
    admin.send(coin.functions.approve(token.address, 2**256 - 1))
    for amount in (1_000_000 * 10**18 + 7, 333 * 10**18 + 1):
        state, balances, corrections = read_token(client, token.address, holders)
        assert state.magnitude == 10**26
        before = [token.functions.claimableOf(h).call() for h in holders]
        preview = preview_payouts(amount, holders, balances, state, corrections)
        admin.send(token.functions.distribute(amount))
        after = [token.functions.claimableOf(h).call() for h in holders]
        assert preview.payouts == [a - b for a, b in zip(after, before, strict=True)]
        assert token.functions.magnifiedDust().call() == preview.magnified_dust_after
        assert token.functions.magnifiedPointsPerShare().call() == preview.points_per_share_after
        LocalSender(tenv.chain.w3, tenv.holders[2]).send(
            token.functions.transfer(holders[0], 5 * 10**17 + 3)
        )


def test_a_whole_period_lands_in_the_audit_trail_once(tenv, client, db):
    flow = _workflow(tenv, client, db)
    start = client.block_number()
    draft, pid = _distribute(tenv, flow, "2026-03", 1_000 * USD)
    tenv.chain.mine_blocks(3)
    indexer = EventIndexer(client, db, confirmations=1)
    indexer.watch(tenv.platform.treasury, start_block=start)
    indexer.sync()
    abi = load_artifact("DistributionTreasury").abi
    events = decode_events(indexer.events(tenv.platform.treasury), abi)
    audit = flow.audit
    added = audit.ingest(events, client.chain_id)
    assert [e.kind for e in added] == ["routed", "proposed", "executed"]
    signers = sorted((a.address for a in tenv.approvers), key=lambda a: int(a, 16))
    assert added[2].details["signers"] == ",".join(signers)
    signed = [e for e in audit.entries() if e.kind == "signed"]  # the approvals, off chain
    assert [(e.actor, e.details["channel"]) for e in signed] == [
        (a.address, "keystore") for a in tenv.approvers
    ]
    assert (
        added[1].proposal_id == pid
        and added[1].details["report_hash"] == "0x" + draft.report_hash.hex()
    )
    assert audit.ingest(events, client.chain_id) == []  # idempotent
    assert audit.verify().ok and len(audit.entries()) == 5


def test_maker_checker_and_a_stale_approval_are_refused_before_signing(tenv, client, db):
    flow = _workflow(tenv, client, db)
    pid, lifetime = _propose(tenv, flow, "2026-05")
    with pytest.raises(ProposalRefused) as refused:
        flow.sign_approval(pid, tenv.proposer)
    assert refused.value.rule == "ProposerCannotApprove"
    with pytest.raises(WorkflowError):  # an approval is never a transaction
        flow.simulate(flow.act(Kind.APPROVE, pid, tenv.approvers[0].address).id)
    tenv.chain.advance(lifetime + 1)
    with pytest.raises(ProposalRefused) as expired:
        flow.sign_approval(pid, tenv.approvers[0])
    assert expired.value.rule == "ProposalExpired"
    assert flow.signatures.for_proposal(pid) == []


def test_execute_sends_the_approvals_that_count_now(tenv, client, db):
    """A signature kept before its signer's role was revoked no longer counts: the desk says
    1 of 2, and execute refuses before simulation; a fresh approver's signature completes it."""
    flow = _workflow(tenv, client, db)
    pid, _ = _propose(tenv, flow, "2026-07")
    first, second = tenv.approvers
    flow.sign_approval(pid, first)
    flow.sign_approval(pid, second)
    proposal, _ = flow.proposal_now(pid)
    assert proposal.approvals == 2
    treasury = tenv.admin.contract("DistributionTreasury", tenv.platform.treasury)
    tenv.admin.send(treasury.functions.revokeRole(role("APPROVER_ROLE"), first.address))
    proposal, _ = flow.proposal_now(pid)
    assert proposal.approved_by == frozenset({second.address})
    refused = flow.act(Kind.EXECUTE, pid, second.address)
    with pytest.raises(ProposalRefused) as below:
        flow.simulate(refused.id)
    assert below.value.rule == "BelowThreshold"
    tenv.admin.send(treasury.functions.grantRole(role("APPROVER_ROLE"), first.address))
    done = _run(flow, flow.act(Kind.EXECUTE, pid, second.address), second)
    assert done.state == State.CONFIRMED
    assert treasury.functions.stateOf(pid).call() == 2


def test_resume_after_a_crash_finishes_a_recorded_rejection_and_sends_nothing_twice(
    tenv, client, db
):
    flow = _workflow(tenv, client, db)
    pid, lifetime = _propose(tenv, flow, "2026-06")

    approver = tenv.approvers[0]
    sent_before = client.w3.eth.get_transaction_count(approver.address)
    tenv.chain.rpc("evm_setAutomine", [False])
    try:
        flow.sign_rejection(pid, approver, "the report is for another month")
        sent = flow.act(Kind.REJECT, pid, approver.address)
        sent, prepared = flow.simulate(sent.id)
        sent = flow.send(sent.id, prepared, approver)  # in the mempool, not mined: "crash" now
        assert sent.state == State.BROADCAST
        # After the restart: a new workflow over the same database, the node mines meanwhile.
        tenv.chain.mine_blocks(1)
    finally:
        tenv.chain.rpc("evm_setAutomine", [True])
    again = _workflow(tenv, client, db)
    outcomes = {o.action.id: o for o in again.resume()}
    assert outcomes[sent.id].action.state == State.CONFIRMED
    treasury = client.contract("DistributionTreasury", tenv.platform.treasury)
    assert treasury.functions.stateOf(pid).call() == 3
    assert client.w3.eth.get_transaction_count(approver.address) == sent_before + 1
