"""What the treasury desk answers with: plain frozen values for the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.backend.models import RevenueReport
from app.errors import Phrase
from app.treasury.audit import AuditEntry
from app.treasury.preview import PayoutPreview
from app.treasury.proposal import ProposalDraft
from app.treasury.reconcile import Reconciliation
from app.treasury.rules import ProposalState, Status, period_text
from app.treasury.safe import SafeInfo


@dataclass(frozen=True)
class Roles:
    proposer: bool
    approver: bool
    admin: bool

    @property
    def any(self) -> bool:
        return self.proposer or self.approver or self.admin


@dataclass(frozen=True)
class PeriodRow:
    period: str  # YYYY-MM
    routed: int  # sum of the router's Routed.total attributed to the period
    credited: int  # sum of the treasury's Deposited for the store, same attribution
    report: RevenueReport | None
    reconciliation: Reconciliation | None
    problem: str = ""  # e.g. the report does not match its hash
    proposal_id: int | None = None  # the executed proposal for this period, if any


@dataclass(frozen=True)
class StoreOverview:
    store_id: bytes
    symbol: str
    token: str
    router: str
    merchant_id: str | None  # learned from its reports
    pending: int
    cap_per_period: int
    min_interval: int
    periods: tuple[PeriodRow, ...]
    report_error: str = ""  # a Phrase: why the backend could not be asked
    tier_amount: int = 0  # above it a proposal needs one more approval; 0: no tier
    monthly_cap: int = 0  # executed per calendar month (UTC) at most; 0: none
    executed_this_month: int = 0  # in the chain's current month

    @property
    def store_hex(self) -> str:
        return "0x" + self.store_id.hex()


@dataclass(frozen=True)
class ProposalView:
    state: ProposalState
    status: Status  # at the chain's time
    symbol: str
    threshold: int  # the approvals this proposal needs: the base threshold, +1 above the tier
    now: int
    approved_by: tuple[str, ...] = ()  # signed approvals that count now (executed: its signers)
    tx_hashes: dict[str, str] = field(default_factory=dict)  # event kind -> tx hash
    base_threshold: int = 0  # the treasury's threshold (threshold - base_threshold: the tier)

    @property
    def id(self) -> int:
        return self.state.proposal_id

    @property
    def period(self) -> str:
        return period_text(self.state.period)

    def cannot_approve(self, actor: str) -> Phrase | str:
        """Why `actor` cannot approve this proposal now (a phrase of the code table); "" when
        they can."""
        if self.status != Status.PENDING:
            return self._not_pending("treasury.not_pending")
        if actor.lower() == self.state.proposer.lower():
            return Phrase("treasury.proposer_cannot_approve")
        if actor.lower() in {a.lower() for a in self.approved_by}:
            return Phrase("treasury.already_approved", proposal=self.id)
        return ""

    @property
    def above_tier(self) -> bool:
        """The amount is above the store's tier amount: one more approval is needed."""
        return self.base_threshold != 0 and self.threshold > self.base_threshold

    def cannot_execute(self) -> Phrase | str:
        if self.status != Status.PENDING:
            return self._not_pending("treasury.not_pending")
        if self.state.approvals < self.threshold:
            return Phrase(
                "treasury.below_threshold",
                proposal=self.id,
                approvals=self.state.approvals,
                threshold=self.threshold,
            )
        return ""

    def cannot_cancel(self, actor: str, *, admin: bool) -> Phrase | str:
        if self.state.status != Status.PENDING:
            return self._not_pending("treasury.not_pending_cancel")
        if actor.lower() != self.state.proposer.lower() and not admin:
            return Phrase("treasury.not_proposer_or_admin")
        return ""

    def _not_pending(self, code: str) -> Phrase:
        status = Phrase(f"treasury.status.{self.status.name.lower()}")
        return Phrase(code, proposal=self.id, status=status)


@dataclass(frozen=True)
class DraftReview:
    draft: ProposalDraft
    preview: PayoutPreview
    store: StoreOverview


@dataclass(frozen=True)
class DeskSnapshot:
    """Everything the Treasury page shows for one account, read in one go off the GUI thread."""

    account: str
    roles: Roles
    stores: tuple[StoreOverview, ...]
    proposals: tuple[ProposalView, ...]
    queue: tuple[ProposalView, ...]  # waiting for this account's approval
    audit: tuple[AuditEntry, ...]
    now: int  # chain time
    coin_symbol: str  # the platform's stablecoin, which every amount is in
    safes: tuple[SafeInfo, ...] = ()  # Safes holding the approver role that the account owns
