"""DistributionTreasury's rules, mirrored so the app refuses before simulation, in words.

Each check raises ProposalRefused with `rule` = the contract's custom error name, and checks in
the same order as the contract (so the first reason the app gives is the one the chain would).
Times are chain timestamps (seconds), never the desktop clock. Approvals are EIP-712 signatures
(app.treasury.typed_approval): a proposal's `approvals` are the signatures that would count if it
were executed now (app.treasury.signature_check decides which).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum

from app.errors import Phrase
from app.treasury.errors import ProposalRefused
from app.units import stablecoin_text as _units

UINT128_MAX = 2**128 - 1
_PERIOD_TEXT = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


class Status(IntEnum):
    """DistributionTreasury.Status; EXPIRED is never stored, only read through stateOf."""

    NONE = 0
    PENDING = 1
    EXECUTED = 2
    REJECTED = 3
    CANCELLED = 4
    EXPIRED = 5


@dataclass(frozen=True)
class StoreTreasuryState:
    """What the treasury holds for one store, read at one block."""

    store_id: bytes
    registered: bool
    received: int
    distributed: int
    cap_per_period: int  # 0: not enabled for distributions
    min_interval: int  # seconds
    last_executed_at: int  # 0: never
    executed_for: Mapping[int, int] = field(default_factory=dict)  # period -> proposal id
    live_for: Mapping[int, int] = field(default_factory=dict)  # period -> pending proposal id
    tier_amount: int = 0  # above it one more approval is needed; 0: no tier
    monthly_cap: int = 0  # executed per calendar month (UTC) at most; 0: no monthly cap
    book_month: int = 0  # yyyymm of the last execution
    executed_in_book_month: int = 0

    @property
    def pending(self) -> int:
        return self.received - self.distributed

    def executed_in_month(self, month: int) -> int:
        """What was executed within `month` (yyyymm): the contract keeps only the last one."""
        return self.executed_in_book_month if month == self.book_month else 0

    def required_approvals(self, threshold: int, amount: int) -> int:
        return required_approvals(threshold, self.tier_amount, amount)

    def earliest_execution(self) -> int:
        """The first timestamp at which another execution for this store is allowed."""
        return 0 if self.last_executed_at == 0 else self.last_executed_at + self.min_interval


@dataclass(frozen=True)
class ProposalState:
    proposal_id: int
    store_id: bytes
    proposer: str
    expires_at: int
    period: int
    status: Status  # as stored (PENDING even when expired)
    approvals: int  # signed approvals that count now (the chain stores none)
    amount: int
    report_hash: bytes
    approved_by: frozenset[str] = frozenset()  # whose signed approvals count now
    # (Safe, owner): a Safe's approval left out because its owner signed too (a key counts once)
    doubled: tuple[tuple[str, str], ...] = ()

    def status_at(self, now: int) -> Status:
        """stateOf: a pending proposal past its expiry reads as EXPIRED."""
        if self.status == Status.PENDING and now >= self.expires_at:
            return Status.EXPIRED
        return self.status


# -- periods --------------------------------------------------------------------------------


def encode_period(period: str) -> int:
    """'2026-04' -> 202604, the uint32 yyyymm the contract stores."""
    match = _PERIOD_TEXT.match(period)
    if match is None:
        raise ProposalRefused("treasury.period_text", rule="InvalidPeriod", text=f"{period:.20}")
    value = int(match.group(1)) * 100 + int(match.group(2))
    check_period(value)
    return value


def period_text(period: int) -> str:
    check_period(period)
    return f"{period // 100:04d}-{period % 100:02d}"


def check_period(period: int) -> None:
    month = period % 100
    if period < 200001 or period > 999912 or month == 0 or month > 12:
        raise ProposalRefused("treasury.period_range", rule="InvalidPeriod", period=period)


def month_of(timestamp: int) -> int:
    """DistributionTreasury.monthOf: the UTC calendar month of a unix time as yyyymm."""
    moment = dt.datetime.fromtimestamp(timestamp, dt.UTC)
    return moment.year * 100 + moment.month


def required_approvals(threshold: int, tier_amount: int, amount: int) -> int:
    """The threshold, plus one above the store's tier amount (0: no tier)."""
    return threshold + 1 if tier_amount and amount > tier_amount else threshold


# -- the contract's checks ------------------------------------------------------------------


def check_amount(state: StoreTreasuryState, amount: int) -> None:
    """_checkAmount: zero, policy, cap, pending balance."""
    if amount <= 0:
        raise ProposalRefused("treasury.zero_amount", rule="ZeroAmount")
    cap = state.cap_per_period
    if cap == 0:
        raise ProposalRefused("treasury.no_policy", rule="NoPolicy")
    if amount > cap:
        raise ProposalRefused(
            "treasury.above_cap", rule="AboveCap", amount=_units(amount), cap=_units(cap)
        )
    if amount > state.pending:
        raise ProposalRefused(
            "treasury.above_pending",
            rule="AbovePending",
            amount=_units(amount),
            pending=_units(state.pending),
        )


def check_period_free(state: StoreTreasuryState, period: int) -> None:
    """PeriodAlreadyProposed: a live or executed proposal holds the (store, period)."""
    executed = state.executed_for.get(period, 0)
    if executed:
        raise ProposalRefused(
            "treasury.period_paid",
            rule="PeriodAlreadyProposed",
            period=period_text(period),
            proposal=executed,
        )
    live = state.live_for.get(period, 0)
    if live:
        raise ProposalRefused(
            "treasury.period_proposed",
            rule="PeriodAlreadyProposed",
            period=period_text(period),
            proposal=live,
        )


def check_monthly_cap(state: StoreTreasuryState, amount: int, now: int | None) -> None:
    """AboveMonthlyCap: at proposal (`now` None) the amount alone; at execution what the month
    already executed plus the amount."""
    cap = state.monthly_cap
    if cap == 0:
        return
    month = month_of(now) if now is not None else 0
    done = state.executed_in_month(month) if now is not None else 0
    if done + amount > cap:
        raise ProposalRefused(
            "treasury.above_monthly_cap",
            rule="AboveMonthlyCap",
            amount=_units(amount),
            executed=_units(done),
            cap=_units(cap),
            month=f"{month // 100:04d}-{month % 100:02d}" if month else "—",
        )


def check_propose(state: StoreTreasuryState, period: int, amount: int, report_hash: bytes) -> None:
    if not state.registered:
        raise ProposalRefused("treasury.unknown_store", rule="UnknownStore")
    check_period(period)
    if len(report_hash) != 32 or report_hash == b"\x00" * 32:
        raise ProposalRefused("treasury.missing_report_hash", rule="MissingReportHash")
    check_period_free(state, period)
    check_amount(state, amount)
    check_monthly_cap(state, amount, None)


def _check_live(proposal: ProposalState, now: int) -> None:
    if proposal.status == Status.NONE:
        raise unknown_proposal(proposal.proposal_id)
    if proposal.status != Status.PENDING:
        raise ProposalRefused(
            "treasury.not_pending",
            rule="ProposalNotPending",
            proposal=proposal.proposal_id,
            status=status_words(proposal.status),
        )
    if now >= proposal.expires_at:
        raise ProposalRefused(
            "treasury.expired", rule="ProposalExpired", proposal=proposal.proposal_id
        )


def unknown_proposal(proposal_id: int) -> ProposalRefused:
    return ProposalRefused(
        "treasury.unknown_proposal", rule="UnknownProposal", proposal=proposal_id
    )


def status_words(status: Status) -> Phrase:
    """A proposal's status in the sentence's language ("executed", "已执行", ...)."""
    return Phrase(f"treasury.status.{status.name.lower()}")


def check_approve(
    proposal: ProposalState, approver: str, now: int, *, is_approver: bool = True
) -> None:
    """What the contract will check of this approver's signature at execution, checked before
    signing: a live proposal, not the proposer, the approver role, not signed already."""
    _check_live(proposal, now)
    check_signer(proposal, approver, is_approver=is_approver)
    if approver.lower() in {a.lower() for a in proposal.approved_by}:
        raise ProposalRefused(
            "treasury.already_approved", rule="AlreadyApproved", proposal=proposal.proposal_id
        )


def check_signer(proposal: ProposalState, signer: str, *, is_approver: bool) -> None:
    if signer.lower() == proposal.proposer.lower():
        raise ProposalRefused("treasury.proposer_cannot_approve", rule="ProposerCannotApprove")
    if not is_approver:
        raise ProposalRefused(
            "treasury.not_approver",
            rule="NotApprover",
            signer=signer,
            proposal=proposal.proposal_id,
        )


MAX_REJECTION_CHARS = 1_000  # the most the platform's API takes (app.backend.signatures)


def check_reason(proposal_id: int, reason: str | None) -> None:
    """A rejection says why: an empty or blank reason is refused before anything is signed, and
    so is one longer than the platform's API takes (it could be signed, never shared)."""
    if not (reason or "").strip():
        raise ProposalRefused("treasury.reason_blank", rule="ReasonBlank", proposal=proposal_id)
    if len(reason or "") > MAX_REJECTION_CHARS:
        raise ProposalRefused(
            "treasury.rejection_too_long",
            rule="ReasonTooLong",
            proposal=proposal_id,
            length=len(reason or ""),
            limit=MAX_REJECTION_CHARS,
        )


def check_reject(
    proposal: ProposalState, now: int, signer: str | None = None, *, is_approver: bool = True
) -> None:
    _check_live(proposal, now)
    if signer is not None:
        check_signer(proposal, signer, is_approver=is_approver)


def check_cancel(
    proposal: ProposalState,
    caller: str,
    *,
    caller_is_admin: bool,
    caller_is_proposer: bool = True,
) -> None:
    """Cancel works on expired proposals too (their stored status is still PENDING); the
    proposer only while they still hold the proposer role."""
    if proposal.status == Status.NONE:
        raise unknown_proposal(proposal.proposal_id)
    if proposal.status != Status.PENDING:
        raise ProposalRefused(
            "treasury.not_pending_cancel",
            rule="ProposalNotPending",
            proposal=proposal.proposal_id,
            status=status_words(proposal.status),
        )
    by_proposer = caller.lower() == proposal.proposer.lower() and caller_is_proposer
    if not by_proposer and not caller_is_admin:
        raise ProposalRefused("treasury.not_proposer_or_admin", rule="NotProposerOrAdmin")


def check_execute(
    proposal: ProposalState,
    state: StoreTreasuryState,
    threshold: int,
    now: int,
    *,
    proposer_active: bool = True,
) -> None:
    """execute's checks in its order; `proposal.approvals` are the signatures that count now."""
    _check_live(proposal, now)
    if not proposer_active:
        raise ProposalRefused(
            "treasury.proposer_revoked",
            rule="ProposerRevoked",
            proposal=proposal.proposal_id,
            proposer=proposal.proposer,
        )
    required = state.required_approvals(threshold, proposal.amount)
    if proposal.approvals < required:
        raise ProposalRefused(
            "treasury.below_threshold",
            rule="BelowThreshold",
            proposal=proposal.proposal_id,
            approvals=proposal.approvals,
            threshold=required,
        )
    check_amount(state, proposal.amount)
    earliest = state.earliest_execution()
    if state.last_executed_at != 0 and now < earliest:
        raise ProposalRefused(
            "treasury.too_soon", rule="TooSoon", earliest=earliest, seconds=earliest - now
        )
    check_monthly_cap(state, proposal.amount, now)
