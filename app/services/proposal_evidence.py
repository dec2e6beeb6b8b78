"""The bank statement lines a distribution proposal rests on, carried beside its report hash.

The contract's proposal holds only the report hash; the hash of the period's matched statement
lines (app.bank.matching.matched_lines_hash) travels with the draft (`draft.lines_hash`), is
recorded in the audit trail when the proposal is made, and is computed again when an approver
looks at the proposal: lines that changed since (a line re-imported with another amount, a match
undone) flag the proposal before anyone approves it.

(Services compose the two features: the bank's matching may not import the treasury, nor the
treasury the bank.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.errors import Phrase
from app.treasury.audit import AuditTrail
from app.treasury.proposal import ProposalDraft
from app.treasury.rules import period_text

# (merchant id, "YYYY-MM") -> the hash of the period's matched lines now, None when unknown
LinesHashOf = Callable[[str, str], str | None]
NOTE_ACTION = "proposal_lines_hash"


class LinesState(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    UNKNOWN = "unknown"  # nothing recorded with the proposal, or no lines here to compare


@dataclass(frozen=True)
class LinesCheck:
    recorded: str | None  # the hash the proposal carried
    current: str | None  # the hash of the same lines now

    @property
    def state(self) -> LinesState:
        if self.recorded is None or self.current is None:
            return LinesState.UNKNOWN
        return LinesState.UNCHANGED if self.recorded == self.current else LinesState.CHANGED

    @property
    def flagged(self) -> bool:
        return self.state == LinesState.CHANGED

    @property
    def why(self) -> Phrase:
        """In the reader's language: what the check found and, when flagged, what to do."""
        if self.state == LinesState.CHANGED:
            assert self.recorded and self.current
            return Phrase(
                "bank.lines_changed", recorded=self.recorded[:12], current=self.current[:12]
            )
        if self.state == LinesState.UNCHANGED:
            assert self.recorded
            return Phrase("bank.lines_unchanged", recorded=self.recorded[:12])
        code = "bank.lines_not_recorded" if self.recorded is None else "bank.lines_not_imported"
        return Phrase(code)


class ProposalEvidence:
    """Stamps drafts with their lines hash, records it when proposing, checks it when approving."""

    def __init__(self, lines_hash_of: LinesHashOf, audit: AuditTrail) -> None:
        """`lines_hash_of`: usually app.bank.reconciliation.ReconciliationDesk.lines_hash."""
        self.lines_hash_of = lines_hash_of
        self.audit = audit

    def stamp(self, draft: ProposalDraft) -> ProposalDraft:
        """The draft carrying the hash of its period's matched lines as matched now."""
        report = draft.report
        return draft.with_lines_hash(self.lines_hash_of(report.merchant_id, report.period))

    def record(self, draft: ProposalDraft, actor: str, action_id: str | None = None) -> None:
        """Keep the hash the proposal carries beside its report hash (nothing when it has none)."""
        if draft.lines_hash is None:
            return
        self.audit.append(
            "note",
            actor=actor,
            store_id="0x" + draft.store_id.hex(),
            period=draft.period,
            amount=draft.amount,
            details={
                "action": NOTE_ACTION,
                "merchant_id": draft.report.merchant_id,
                "report_hash": "0x" + draft.report_hash.hex(),
                "lines_hash": draft.lines_hash,
                "action_id": action_id,
            },
        )

    def recorded(self, store_id: bytes, period: int, report_hash: bytes) -> tuple[str, str] | None:
        """(merchant id, lines hash) last recorded for this store, period and report."""
        store, report = "0x" + store_id.hex(), "0x" + report_hash.hex()
        found = None
        for entry in self.audit.entries():
            details = entry.details
            if (
                entry.kind == "note"
                and details.get("action") == NOTE_ACTION
                and (entry.store_id, entry.period) == (store, period)
                and details.get("report_hash") == report
            ):
                found = (str(details["merchant_id"]), str(details["lines_hash"]))
        return found

    def check(self, store_id: bytes, period: int, report_hash: bytes) -> LinesCheck:
        """The proposal's recorded lines hash against the same period's matched lines now."""
        found = self.recorded(store_id, period, report_hash)
        if found is None:
            return LinesCheck(None, None)
        merchant_id, recorded = found
        return LinesCheck(recorded, self.lines_hash_of(merchant_id, period_text(period)))
