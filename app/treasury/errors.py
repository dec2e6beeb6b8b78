"""Typed treasury errors. Each carries `user_message` (what went wrong, what to do) and a stable
`rule` (the contract's custom error name where the rule mirrors one) for tests and the GUI."""

from __future__ import annotations

from app.errors import WordedError


class TreasuryError(WordedError):
    code = "treasury.error"
    rule = "treasury_error"

    def __init__(self, user_message: str, *, rule: str | None = None) -> None:
        super().__init__(user_message)
        if rule is not None:
            self.rule = rule


class ProposalRefused(TreasuryError):
    """A proposal (or approval, execution, cancel) the contract would refuse, or the app's policy
    refuses (report hash, reconciliation without a reason)."""

    rule = "refused"


class PreviewError(TreasuryError):
    rule = "preview"


class AuditError(TreasuryError):
    rule = "audit"


class WorkflowError(TreasuryError):
    rule = "workflow"
