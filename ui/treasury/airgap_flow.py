"""Air-gapped approvals, the online side (Qt-free, run on workers; in ui/ because it joins
app.signers and app.treasury, which the core's layers keep apart): the request one approver
signs offline (their Approval with their current nonce and the proposal's expiry as deadline,
the revenue report, the reconciliation summary with the proposer's override reason), and a
signature file read back and checked against the chain as a SignedDecision ("airgap").

Files and their checks are app.signers.airgap's; what counts as a valid decision is
app.treasury.signature_check's. Keeping the decision is the caller's (the signature store).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.backend.canonical import report_fields
from app.chain.client import checksum
from app.signers.airgap import Expected, SignRequest, read_signature
from app.treasury.approval_detail import override_of
from app.treasury.errors import ProposalRefused
from app.treasury.reconcile import Reconciliation
from app.treasury.signature_check import check_decision
from app.treasury.typed_approval import ApprovalMessage, SignedDecision
from app.treasury.views import ProposalView


def reconciliation_summary(rec: Reconciliation | None, override: str | None) -> dict[str, Any]:
    """What the offline machine shows of the reconciliation (plain JSON)."""
    if rec is None:
        return {"ok": False, "checks": [], "override_reason": override, "missing": True}
    return {
        "ok": rec.ok,
        "tolerance_bp": rec.tolerance_bp,
        "platform_sales": rec.platform_sales,
        "settled": rec.settled,
        "routed": rec.routed,
        "checks": [
            {
                "name": c.name,
                "expected": c.expected,
                "observed": c.observed,
                "difference": c.difference,
                "difference_bp": c.difference_bp,
                "flagged": c.flagged,
                "reason": c.reason,
            }
            for c in rec.checks
        ],
        "override_reason": override,
    }


def request_for(
    desk: Any, view: ProposalView, signer: str, rec: Reconciliation | None
) -> SignRequest:
    """The request `signer` signs offline to approve `view` (refused without its report)."""
    signer = checksum(signer)
    report, problem = desk.report_of(view)
    if report is None or problem:
        raise ProposalRefused("signer.export_report", proposal=view.id, reason=problem)
    nonce = int(desk.reader.treasury.functions.nonces(signer).call())
    s = view.state
    message = ApprovalMessage(
        proposal_id=s.proposal_id,
        store_id=s.store_id,
        period=s.period,
        amount=s.amount,
        report_hash=s.report_hash,
        nonce=nonce,
        deadline=s.expires_at,
    )
    override, _ = override_of(desk.audit.entries(), view)
    return SignRequest(
        message,
        desk.client.chain_id,
        desk.treasury,
        signer,
        {**report_fields(report), "report_hash": report.report_hash},
        reconciliation_summary(rec, override),
    )


def read_decision(desk: Any, source: Path | str) -> SignedDecision:
    """A signature file (or a scanned QR code's text) of this chain and treasury, checked
    against the chain as execute would check it; refused in words, nothing changed."""
    signed = read_signature(source, Expected(desk.client.chain_id, desk.treasury))
    decision = SignedDecision(
        message=signed.message,
        signer=signed.signer,
        signature=signed.signature,
        channel="airgap",
        signed_at=signed.signed_at,
    )
    check_decision(desk.client, desk.treasury, decision)
    return decision
