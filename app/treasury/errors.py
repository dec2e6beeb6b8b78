"""Typed treasury errors. Each carries `user_message` (what went wrong, what to do) and a stable
`code` (the contract's custom error name where the rule mirrors one) for tests and the GUI."""

from __future__ import annotations


class TreasuryError(Exception):
    code = "treasury_error"

    def __init__(self, user_message: str, *, code: str | None = None) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        if code is not None:
            self.code = code


class ProposalRefused(TreasuryError):
    """A proposal (or approval, execution, cancel) the contract would refuse, or the app's policy
    refuses (report hash, reconciliation without a reason)."""

    code = "refused"


class PreviewError(TreasuryError):
    code = "preview"


class AuditError(TreasuryError):
    code = "audit"


class WorkflowError(TreasuryError):
    code = "workflow"
