"""Air-gapped approvals on the treasury desk, for the GUI and the CLI alike: the request for one
approver (the typed data, the revenue report, the reconciliation summary with the proposer's
override reason), and a returned signature file checked, kept and shared.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.backend.canonical import report_fields
from app.chain.client import checksum
from app.signers.airgap import Expected, SignatureFile, SignRequest, read_signature
from app.signers.errors import AirgapFileError
from app.treasury.errors import ProposalRefused
from app.treasury.reconcile import Reconciliation, summary_of
from app.treasury.rules import check_approve
from app.treasury.typed_approval import SignedDecision


def sign_request(desk: Any, proposal_id: int, signer: str) -> SignRequest:
    """The request for `signer` to approve the proposal (their current nonce, valid until the
    proposal expires). Refused (ProposalRefused) when the report does not check out or the
    signer could not approve it, as the import would refuse the signature."""
    signer = checksum(signer)
    desk.sync()
    view = desk.proposal(proposal_id)
    report, problem = desk.report_of(view)
    if report is None or problem:
        raise ProposalRefused("signer.export_report", proposal=view.id, reason=problem)
    proposal, now = desk.workflow.proposal_now(view.id)
    approver = desk.reader.roles_of([signer], "APPROVER_ROLE")
    check_approve(proposal, signer, now, is_approver=any(approver.values()))
    return SignRequest(
        desk.workflow.approval_message(proposal, signer),
        desk.client.chain_id,
        desk.treasury,
        signer,
        {**report_fields(report), "report_hash": report.report_hash},
        reconciliation_summary(desk, view),
    )


def reconciliation_summary(desk: Any, view: Any) -> dict[str, Any]:
    """The period's reconciliation as the offline approver reads it, with the proposer's
    override reason when this desk's audit trail has it."""
    store = desk.deployment.store(view.state.store_id)
    row = next((r for r in desk.store_overview(store).periods if r.period == view.period), None)
    override = next(
        (
            str(e.details.get("reason"))
            for e in reversed(desk.audit.entries())
            if e.kind == "override"
            and e.details.get("report_hash") == "0x" + view.state.report_hash.hex()
        ),
        None,
    )
    rec: Reconciliation | None = row.reconciliation if row else None
    if rec is None or row is None:
        return {"ok": False, "checks": [], "override_reason": override, "missing": True}
    # The chain's figures it was computed from: the offline signer recomputes the checks from
    # them and the report (which the reportHash it signs covers) and refuses a summary that
    # differs.
    inputs = {"routed_on_chain": row.routed, "credited_to_investors": row.credited or None}
    return {**summary_of(rec), "inputs": inputs, "override_reason": override}


def import_signature(desk: Any, source: Path | str) -> tuple[SignatureFile, SignedDecision]:
    """Read a signature file (or a scanned QR code's text) for this network's treasury, check it
    against the chain and keep it (audit trail: channel "airgap"). Nothing changes on refusal."""
    signed = read_signature(source, Expected(desk.client.chain_id, desk.treasury))
    decision = SignedDecision(
        message=signed.message,
        signer=signed.signer,
        signature=signed.signature,
        channel="airgap",
        signed_at=signed.signed_at,
    )
    if desk.workflow.signatures.holds(decision):  # a no-op: no second audit entry
        raise AirgapFileError(
            "signer.airgap_already_imported",
            proposal=signed.message.proposal_id,
            signer=signed.signer,
        )
    desk.workflow.record(decision, via="airgap")
    return signed, decision
