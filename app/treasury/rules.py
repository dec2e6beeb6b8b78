"""DistributionTreasury's rules, mirrored so the app refuses before simulation, in words.

Each check raises ProposalRefused with `code` = the contract's custom error name, and checks in
the same order as the contract (so the first reason the app gives is the one the chain would).
Times are chain timestamps (seconds), never the desktop clock.
"""

from __future__ import annotations

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

    @property
    def pending(self) -> int:
        return self.received - self.distributed

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
    approvals: int
    amount: int
    report_hash: bytes
    approved_by: frozenset[str] = frozenset()  # checksummed addresses known to have approved

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


# -- the contract's checks ------------------------------------------------------------------


def check_amount(state: StoreTreasuryState, period: int, amount: int) -> None:
    """_checkAmount: zero, policy, cap, period already paid, pending balance."""
    if amount <= 0:
        raise ProposalRefused("treasury.zero_amount", rule="ZeroAmount")
    cap = state.cap_per_period
    if cap == 0:
        raise ProposalRefused("treasury.no_policy", rule="NoPolicy")
    if amount > cap:
        raise ProposalRefused(
            "treasury.above_cap", rule="AboveCap", amount=_units(amount), cap=_units(cap)
        )
    if state.executed_for.get(period, 0) != 0:
        raise ProposalRefused(
            "treasury.period_paid",
            rule="PeriodAlreadyDistributed",
            period=period_text(period),
            proposal=state.executed_for[period],
        )
    if amount > state.pending:
        raise ProposalRefused(
            "treasury.above_pending",
            rule="AbovePending",
            amount=_units(amount),
            pending=_units(state.pending),
        )


def check_propose(state: StoreTreasuryState, period: int, amount: int, report_hash: bytes) -> None:
    if not state.registered:
        raise ProposalRefused("treasury.unknown_store", rule="UnknownStore")
    check_period(period)
    if len(report_hash) != 32 or report_hash == b"\x00" * 32:
        raise ProposalRefused("treasury.missing_report_hash", rule="MissingReportHash")
    check_amount(state, period, amount)


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


def check_approve(proposal: ProposalState, approver: str, now: int) -> None:
    _check_live(proposal, now)
    if approver.lower() == proposal.proposer.lower():
        raise ProposalRefused("treasury.proposer_cannot_approve", rule="ProposerCannotApprove")
    if approver.lower() in {a.lower() for a in proposal.approved_by}:
        raise ProposalRefused(
            "treasury.already_approved", rule="AlreadyApproved", proposal=proposal.proposal_id
        )


def check_reject(proposal: ProposalState, now: int) -> None:
    _check_live(proposal, now)


def check_cancel(proposal: ProposalState, caller: str, *, caller_is_admin: bool) -> None:
    """Cancel works on expired proposals too (their stored status is still PENDING)."""
    if proposal.status == Status.NONE:
        raise unknown_proposal(proposal.proposal_id)
    if proposal.status != Status.PENDING:
        raise ProposalRefused(
            "treasury.not_pending_cancel",
            rule="ProposalNotPending",
            proposal=proposal.proposal_id,
            status=status_words(proposal.status),
        )
    if caller.lower() != proposal.proposer.lower() and not caller_is_admin:
        raise ProposalRefused("treasury.not_proposer_or_admin", rule="NotProposerOrAdmin")


def check_execute(
    proposal: ProposalState, state: StoreTreasuryState, threshold: int, now: int
) -> None:
    _check_live(proposal, now)
    if proposal.approvals < threshold:
        raise ProposalRefused(
            "treasury.below_threshold",
            rule="BelowThreshold",
            proposal=proposal.proposal_id,
            approvals=proposal.approvals,
            threshold=threshold,
        )
    check_amount(state, proposal.period, proposal.amount)
    earliest = state.earliest_execution()
    if state.last_executed_at != 0 and now < earliest:
        raise ProposalRefused(
            "treasury.too_soon", rule="TooSoon", earliest=earliest, seconds=earliest - now
        )
