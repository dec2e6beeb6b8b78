"""The treasury core against a real chain: preview == contract, a whole period through the
workflow, the audit trail from the chain's events, resume after a crash."""

import pytest

from app.chain.artifacts import load_artifact
from app.chain.deploy import LocalSender
from app.chain.indexer import EventIndexer, decode_events
from app.chain.transactions import TransactionPipeline
from app.treasury.actions import ActionStore, Kind, State
from app.treasury.audit import AuditTrail
from app.treasury.errors import ProposalRefused
from app.treasury.onchain import read_token
from app.treasury.preview import preview_payouts
from app.treasury.proposal import prepare_proposal
from app.treasury.reconcile import reconcile
from app.treasury.workflow import TreasuryWorkflow
from tests.app.treasury.conftest import MERCHANT, USD
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
        assert _run(flow, flow.act(Kind.APPROVE, pid, approver.address), approver).state == (
            State.CONFIRMED
        )
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
    assert [e.kind for e in added] == ["routed", "proposed", "approved", "approved", "executed"]
    assert (
        added[1].proposal_id == pid
        and added[1].details["report_hash"] == "0x" + draft.report_hash.hex()
    )
    assert audit.ingest(events, client.chain_id) == []  # idempotent
    assert audit.verify().ok and len(audit.entries()) == 5


def test_maker_checker_and_a_stale_approval_are_refused_before_simulation(tenv, client, db):
    flow = _workflow(tenv, client, db)
    pid, lifetime = _propose(tenv, flow, "2026-05")
    own = flow.act(Kind.APPROVE, pid, tenv.proposer.address)
    with pytest.raises(ProposalRefused) as refused:
        flow.simulate(own.id)
    assert refused.value.rule == "ProposerCannotApprove"
    assert flow.actions.get(own.id).state == State.FAILED
    tenv.chain.advance(lifetime + 1)
    late = flow.act(Kind.APPROVE, pid, tenv.approvers[0].address)
    with pytest.raises(ProposalRefused) as expired:
        flow.simulate(late.id)
    assert expired.value.rule == "ProposalExpired"


def test_resume_after_a_crash_finishes_a_recorded_approval_and_sends_nothing_twice(
    tenv, client, db
):
    flow = _workflow(tenv, client, db)
    pid, lifetime = _propose(tenv, flow, "2026-06")

    approver, other = tenv.approvers
    tenv.chain.rpc("evm_setAutomine", [False])
    try:
        sent = flow.act(Kind.APPROVE, pid, approver.address)
        sent, prepared = flow.simulate(sent.id)
        sent = flow.send(sent.id, prepared, approver)  # in the mempool, not mined: "crash" now
        unsigned = flow.act(Kind.APPROVE, pid, other.address)
        unsigned, _ = flow.simulate(unsigned.id)
        flow.actions.set_fields(unsigned.id, intent_id="chosen-but-never-signed")
        assert sent.state == State.BROADCAST
        # After the restart: a new workflow over the same database, the node mines meanwhile.
        tenv.chain.mine_blocks(1)
    finally:
        tenv.chain.rpc("evm_setAutomine", [True])
    again = _workflow(tenv, client, db)
    outcomes = {o.action.id: o for o in again.resume()}
    assert outcomes[sent.id].action.state == State.CONFIRMED
    assert outcomes[unsigned.id].action.state == State.SIMULATED
    assert "never signed" in outcomes[unsigned.id].words
    treasury = client.contract("DistributionTreasury", tenv.platform.treasury)
    assert treasury.functions.hasApproved(pid, approver.address).call()
    assert treasury.functions.proposal(pid).call()[5] == 1  # one approval, not two
    assert again.pipeline.store.get("chosen-but-never-signed") is None
    # Asking again for the same approval finds the finished one; nothing new is created.
    assert (
        again.actions.find_open(client.chain_id, Kind.APPROVE, approver.address, proposal_id=pid)
        is None
    )
