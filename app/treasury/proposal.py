"""Preparing a distribution proposal from a revenue report, refused before simulation when the
contract or the app's policy would refuse it.

The app adds two rules the contract cannot see: the report must hash to its `report_hash`
(canonical JSON, app.backend.canonical), and a reconciliation difference blocks proposing unless
the proposer writes a reason (which the caller appends to the audit trail).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.backend.canonical import report_fields, report_hash, verify_report
from app.backend.models import RevenueReport
from app.chain.deploy import store_id
from app.treasury.errors import ProposalRefused
from app.treasury.reconcile import Reconciliation
from app.treasury.rules import StoreTreasuryState, check_propose, encode_period

MIN_REASON_CHARS = 10
MAX_REASON_CHARS = 2_000


@dataclass(frozen=True)
class ProposalDraft:
    """Everything `propose(storeId, period, amount, reportHash)` needs, and why it is sound."""

    store_id: bytes
    period: int  # yyyymm
    amount: int  # stablecoin base units: the report's investors' share
    report_hash: bytes
    report: RevenueReport
    reconciliation: Reconciliation
    override_reason: str | None  # the proposer's words when reconciliation flagged a difference
    earliest_execution: int  # chain timestamp; 0 when no minimum interval applies
    warnings: tuple[str, ...]

    @property
    def lines_hash(self) -> str | None:
        """The hash of the period's matched bank statement lines, carried beside the report
        hash (None when the bank's statements were not reconciled for it)."""
        return self.reconciliation.lines_hash

    def with_lines_hash(self, lines_hash: str | None) -> ProposalDraft:
        return replace(self, reconciliation=replace(self.reconciliation, lines_hash=lines_hash))


def verified_hash(report: RevenueReport) -> bytes:
    """The report's hash as bytes32, after checking it is the hash of its canonical JSON."""
    if not verify_report(report):
        actual = report_hash(report_fields(report))
        raise ProposalRefused(
            "treasury.report_hash_mismatch",
            rule="ReportHashMismatch",
            period=report.period,
            symbol=report.token_symbol,
            claimed=report.report_hash[:12],
            actual=actual[:12],
        )
    return bytes.fromhex(report.report_hash[2:])


def prepare_proposal(
    report: RevenueReport,
    state: StoreTreasuryState,
    reconciliation: Reconciliation,
    *,
    now: int,
    proposal_lifetime: int,
    override_reason: str | None = None,
) -> ProposalDraft:
    """Check a report against the treasury's state and policy; raise ProposalRefused in words."""
    digest = verified_hash(report)
    sid = store_id(report.merchant_id)
    if sid != state.store_id:
        raise ProposalRefused(
            "treasury.wrong_store", rule="WrongStore", merchant=report.merchant_id
        )
    if (reconciliation.merchant_id, reconciliation.period) != (report.merchant_id, report.period):
        raise ProposalRefused("treasury.stale_reconciliation", rule="StaleReconciliation")
    reason = (override_reason or "").strip() or None
    if not reconciliation.ok:
        if reason is None or len(reason) < MIN_REASON_CHARS:
            raise ProposalRefused(
                "treasury.reconciliation_difference",
                rule="ReconciliationDifference",
                reasons=reconciliation.why,
                minimum=MIN_REASON_CHARS,
            )
        if len(reason) > MAX_REASON_CHARS:
            raise ProposalRefused(
                "treasury.reason_too_long", rule="ReasonTooLong", limit=MAX_REASON_CHARS
            )
    elif reason is not None:
        reason = None  # nothing to override; a stray reason is not recorded as an override

    period = encode_period(report.period)
    amount = report.investor_share
    check_propose(state, period, amount, digest)

    warnings = []
    earliest = state.earliest_execution()
    if earliest > now:
        expires = now + proposal_lifetime
        if earliest >= expires:
            raise ProposalRefused(
                "treasury.too_soon_to_propose", rule="TooSoon", earliest=earliest, expires=expires
            )
        warnings.append(
            f"Execution is allowed only from timestamp {earliest} "
            f"({earliest - now} s from now; the store's minimum interval)."
        )
    return ProposalDraft(
        store_id=sid,
        period=period,
        amount=amount,
        report_hash=digest,
        report=report,
        reconciliation=reconciliation,
        override_reason=reason,
        earliest_execution=earliest if earliest > now else 0,
        warnings=tuple(warnings),
    )
