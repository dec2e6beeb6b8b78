"""Typed treasury errors: a code and params (sentences in app/errors/catalog/treasury.py), and
`rule`, the contract's custom error name where the check mirrors one (e.g. "AboveCap"), which the
GUI's proposal dialog and the tests key on."""

from __future__ import annotations

from typing import Any

from app.errors import AppError


class TreasuryError(AppError):
    code = "treasury.error"
    rule = "treasury_error"

    def __init__(self, code: str | None = None, /, *, rule: str | None = None, **params: Any):
        super().__init__(code, **params)
        if rule is not None:
            self.rule = rule


class ProposalRefused(TreasuryError):
    """A proposal (or approval, execution, cancel) the contract would refuse, or the app's policy
    refuses (report hash, reconciliation without a reason)."""

    code = "treasury.refused"
    rule = "refused"


class PreviewError(TreasuryError):
    code = "treasury.preview"
    rule = "preview"


class AuditError(TreasuryError):
    code = "treasury.audit"
    rule = "audit"


class WorkflowError(TreasuryError):
    code = "treasury.workflow"
    rule = "workflow"
