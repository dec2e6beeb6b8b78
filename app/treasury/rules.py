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
        raise ProposalRefused(
            f"{period!r:.20} is not a period; use the form YYYY-MM, e.g. 2026-04.",
            rule="InvalidPeriod",
        )
    value = int(match.group(1)) * 100 + int(match.group(2))
    check_period(value)
    return value


def period_text(period: int) -> str:
    check_period(period)
    return f"{period // 100:04d}-{period % 100:02d}"


def check_period(period: int) -> None:
    month = period % 100
    if period < 200001 or period > 999912 or month == 0 or month > 12:
        raise ProposalRefused(
            f"{period} is not a valid period (yyyymm from 200001 to 999912).",
            rule="InvalidPeriod",
        )


# -- the contract's checks ------------------------------------------------------------------


def check_amount(state: StoreTreasuryState, period: int, amount: int) -> None:
    """_checkAmount: zero, policy, cap, period already paid, pending balance."""
    if amount <= 0:
        raise ProposalRefused(
            "The amount is zero; there is nothing to distribute.", rule="ZeroAmount"
        )
    cap = state.cap_per_period
    if cap == 0:
        raise ProposalRefused(
            "This store has no payout policy in the treasury yet; an administrator must set "
            "its cap per period first.",
            rule="NoPolicy",
        )
    if amount > cap:
        raise ProposalRefused(
            f"The amount {_units(amount)} is above the store's cap per period of {_units(cap)}. "
            "Split it over periods or ask an administrator to raise the cap.",
            rule="AboveCap",
        )
    if state.executed_for.get(period, 0) != 0:
        raise ProposalRefused(
            f"Period {period_text(period)} was already distributed "
            f"(proposal #{state.executed_for[period]}); each period is paid once.",
            rule="PeriodAlreadyDistributed",
        )
    if amount > state.pending:
        raise ProposalRefused(
            f"The amount {_units(amount)} is more than the store's pending balance in the "
            f"treasury, {_units(state.pending)}. Wait for the revenue to be routed.",
            rule="AbovePending",
        )


def check_propose(state: StoreTreasuryState, period: int, amount: int, report_hash: bytes) -> None:
    if not state.registered:
        raise ProposalRefused(
            "This store is not registered on chain; it cannot receive distributions.",
            rule="UnknownStore",
        )
    check_period(period)
    if len(report_hash) != 32 or report_hash == b"\x00" * 32:
        raise ProposalRefused(
            "The proposal needs the revenue report's hash.", rule="MissingReportHash"
        )
    check_amount(state, period, amount)


def _check_live(proposal: ProposalState, now: int) -> None:
    if proposal.status == Status.NONE:
        raise ProposalRefused(
            f"Proposal #{proposal.proposal_id} does not exist.", rule="UnknownProposal"
        )
    if proposal.status != Status.PENDING:
        raise ProposalRefused(
            f"Proposal #{proposal.proposal_id} is {proposal.status.name.lower()}, "
            "no longer pending.",
            rule="ProposalNotPending",
        )
    if now >= proposal.expires_at:
        raise ProposalRefused(
            f"Proposal #{proposal.proposal_id} expired; propose the period again.",
            rule="ProposalExpired",
        )


def check_approve(proposal: ProposalState, approver: str, now: int) -> None:
    _check_live(proposal, now)
    if approver.lower() == proposal.proposer.lower():
        raise ProposalRefused(
            "You proposed this distribution; another approver must approve it (maker-checker).",
            rule="ProposerCannotApprove",
        )
    if approver.lower() in {a.lower() for a in proposal.approved_by}:
        raise ProposalRefused(
            f"You already approved proposal #{proposal.proposal_id}.", rule="AlreadyApproved"
        )


def check_reject(proposal: ProposalState, now: int) -> None:
    _check_live(proposal, now)


def check_cancel(proposal: ProposalState, caller: str, *, caller_is_admin: bool) -> None:
    """Cancel works on expired proposals too (their stored status is still PENDING)."""
    if proposal.status == Status.NONE:
        raise ProposalRefused(
            f"Proposal #{proposal.proposal_id} does not exist.", rule="UnknownProposal"
        )
    if proposal.status != Status.PENDING:
        raise ProposalRefused(
            f"Proposal #{proposal.proposal_id} is {proposal.status.name.lower()}; only a pending "
            "proposal can be cancelled.",
            rule="ProposalNotPending",
        )
    if caller.lower() != proposal.proposer.lower() and not caller_is_admin:
        raise ProposalRefused(
            "Only the proposer or an administrator can cancel a proposal.",
            rule="NotProposerOrAdmin",
        )


def check_execute(
    proposal: ProposalState, state: StoreTreasuryState, threshold: int, now: int
) -> None:
    _check_live(proposal, now)
    if proposal.approvals < threshold:
        raise ProposalRefused(
            f"Proposal #{proposal.proposal_id} has {proposal.approvals} of the {threshold} "
            "approvals it needs.",
            rule="BelowThreshold",
        )
    check_amount(state, proposal.period, proposal.amount)
    earliest = state.earliest_execution()
    if state.last_executed_at != 0 and now < earliest:
        raise ProposalRefused(
            f"The store's last distribution was too recent; the next one is allowed from "
            f"timestamp {earliest} ({earliest - now} s from now).",
            rule="TooSoon",
        )
