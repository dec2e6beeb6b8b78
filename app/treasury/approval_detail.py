"""What an approver reads before signing: one proposal in full, read off the GUI thread.

The report behind the proposal (and whether the backend still serves it under the proposal's
hash), its reconciliation with the proposer's override reason in full, the payout to every holder
(exact integers, as the token will pay: their sum plus what stays in the token is the amount), the
signatures so far with signer, time and channel (a Safe's owners and threshold too), the expiry,
and the policy lines that apply (the tier's extra approval and the monthly cap among them).
An executed proposal's payouts are previewed at the block before its execution, so they show what
was paid, not what the same amount would pay today.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.backend.models import RevenueReport
from app.treasury.approvals import doubled_reason
from app.treasury.audit import AuditEntry
from app.treasury.errors import TreasuryError
from app.treasury.onchain import read_token
from app.treasury.preview import preview_payouts
from app.treasury.reconcile import Reconciliation
from app.treasury.rules import Status
from app.treasury.safe import SafeInfo, safe_info
from app.treasury.safe_approvals import SafeProgress
from app.treasury.views import PeriodRow, ProposalView, StoreOverview

ONCHAIN = "onchain"  # a decision sent as a transaction (before approvals were signatures)


@dataclass(frozen=True)
class HolderPayout:
    address: str
    balance: int  # token base units
    payout: int  # stablecoin base units


@dataclass(frozen=True)
class SignatureLine:
    signer: str
    kind: str  # "approval" | "rejection"
    signed_at: int  # unix seconds
    channel: str  # keystore | airgap | ledger | safe | api | onchain
    reason: str = ""  # a rejection's words
    counts: bool = True  # an approval execute would accept now (role, nonce, deadline)
    why: str = ""  # why it does not count, when the desk knows (a Phrase: any language)


@dataclass(frozen=True)
class PolicyLine:
    """One rule that applies to the proposal: `rule` names it, `params` fill its words, and
    `blocks` says whether it stops the proposal now (the words then say why)."""

    rule: str  # threshold | cap | interval | expiry | tier | velocity
    params: tuple[tuple[str, int | str], ...]
    blocks: bool = False

    def param(self, name: str) -> int | str:
        return dict(self.params)[name]


@dataclass(frozen=True)
class ApprovalDetail:
    view: ProposalView
    report: RevenueReport | None
    report_problem: str  # a Phrase; "" when the backend serves the report under the proposal's hash
    reconciliation: Reconciliation | None
    override_reason: str | None  # the proposer's words, in full
    override_by: str | None
    holders: tuple[HolderPayout, ...]  # every holder, largest payout first
    total_paid: int
    dust: int  # stays in the token: amount - total_paid
    preview_problem: str  # a Phrase (shown in the language of the moment); "" when none
    signatures: tuple[SignatureLine, ...]
    policy: tuple[PolicyLine, ...]
    safes: tuple[SafeInfo, ...] = ()  # the Safes among the signers: owners and threshold
    # Safes this account may sign for, and Safes with owners' parts kept on this desk: which
    # owners signed so far of the threshold (pending proposals only)
    safe_progress: tuple[SafeProgress, ...] = ()
    # The override reason is the proposer's signed note (EIP-712 OverrideReason, checked against
    # the proposal's proposer and report hash), not only this desk's own record of it.
    override_signed: bool = False

    def my_part(self, account: str) -> SafeProgress | None:
        """The Safe whose approval of this proposal `account` gave a part to, if any."""
        who = account.lower()
        return next((p for p in self.safe_progress if who in {o.lower() for o in p.signed}), None)

    @property
    def amount(self) -> int:
        return self.view.state.amount

    @property
    def approvals(self) -> int:
        return sum(1 for s in self.signatures if s.kind == "approval")


def override_of(entries: Sequence[AuditEntry], view: ProposalView) -> tuple[str | None, str | None]:
    """The proposer's override reason for this proposal's store, period and report (the last one
    recorded), and who wrote it."""
    store = "0x" + view.state.store_id.hex()
    digest = "0x" + view.state.report_hash.hex()
    for entry in reversed(entries):
        if (
            entry.kind == "override"
            and (entry.store_id or "").lower() == store
            and entry.period == view.state.period
            and str(entry.details.get("report_hash", "")).lower() == digest
        ):
            return str(entry.details.get("reason") or ""), entry.actor
    return None, None


def onchain_signatures(
    entries: Sequence[AuditEntry], proposal_id: int, block_time: Any
) -> tuple[SignatureLine, ...]:
    """Approvals and rejections the chain recorded as transactions, with their block's time."""
    kinds = {"approved": "approval", "rejected": "rejection"}
    return tuple(
        SignatureLine(
            signer=e.actor or "",
            kind=kinds[e.kind],
            signed_at=block_time(e.block_number) if e.block_number is not None else 0,
            channel=ONCHAIN,
            reason=str(e.details.get("reason") or "") if e.kind == "rejected" else "",
        )
        for e in entries
        if e.kind in kinds and e.proposal_id == proposal_id
    )


def policy_lines(view: ProposalView, store: StoreOverview | None) -> tuple[PolicyLine, ...]:
    """The rules the contract applies to this proposal, and which of them block it now."""
    s = view.state
    pending = view.status == Status.PENDING
    lines = [
        PolicyLine(
            "threshold",
            (("approvals", s.approvals), ("threshold", view.threshold)),
            blocks=pending and s.approvals < view.threshold,
        ),
        PolicyLine("expiry", (("expires_at", s.expires_at),), blocks=view.status == Status.EXPIRED),
    ]
    if store is not None and store.tier_amount:
        above = s.amount > store.tier_amount
        lines.append(
            PolicyLine(
                "tier",
                (("tier", store.tier_amount), ("threshold", view.base_threshold + 1)),
                blocks=pending and above and s.approvals < view.threshold,
            )
        )
    if store is not None and store.monthly_cap:
        used = store.executed_this_month
        lines.append(
            PolicyLine(
                "velocity",
                (("used", used), ("cap", store.monthly_cap)),
                blocks=pending and used + s.amount > store.monthly_cap,
            )
        )
    if store is not None:
        lines.append(
            PolicyLine(
                "cap",
                (("cap", store.cap_per_period), ("pending", store.pending)),
                blocks=pending and (s.amount > store.cap_per_period or s.amount > store.pending),
            )
        )
        if store.min_interval:
            lines.append(PolicyLine("interval", (("seconds", store.min_interval),)))
    return tuple(lines)


def holder_payouts(
    desk: Any, token: str, amount: int, block: int | str = "latest"
) -> tuple[tuple[HolderPayout, ...], int]:
    """Every holder's payout of `distribute(amount)` at `block`, largest first, and the total."""
    addresses = desk.holders(token)
    state, balances, corrections = read_token(desk.client, token, addresses, block)
    held = [i for i, b in enumerate(balances) if b > 0]
    preview = preview_payouts(
        amount,
        [addresses[i] for i in held],
        [balances[i] for i in held],
        state,
        [corrections[i] for i in held],
    )
    lines = [
        HolderPayout(addresses[i], balances[i], paid)
        for i, paid in zip(held, preview.payouts, strict=True)
    ]
    lines.sort(key=lambda h: (-h.payout, -h.balance, h.address))
    return tuple(lines), preview.total_paid


def stored_signatures(desk: Any, view: ProposalView) -> tuple[SignatureLine, ...]:
    """The decisions kept in the signature store, each saying whether it counts now."""
    executed = view.status == Status.EXECUTED
    # Counted again now (the view may be older than the store: a signature just kept).
    proposal = view.state if executed else desk.workflow.proposal_now(view.id)[0]
    counting = {a.lower() for a in proposal.approved_by}
    why = {safe.lower(): doubled_reason(view.id, safe, owner) for safe, owner in proposal.doubled}
    return tuple(
        SignatureLine(
            signer=d.signer,
            kind=d.kind,
            signed_at=d.signed_at,
            channel=d.channel,
            reason=str(getattr(d.message, "reason", "") or ""),
            counts=d.kind != "approval" or executed or d.signer.lower() in counting,
            why=why.get(d.signer.lower(), "") if d.kind == "approval" and not executed else "",
        )
        for d in desk.workflow.signatures.for_proposal(view.id)
    )


def safe_progress(
    desk: Any, view: ProposalView, safes: Sequence[SafeInfo]
) -> tuple[SafeProgress, ...]:
    """How far each Safe's approval of a pending proposal is: the Safes given (the account's)
    and every Safe with owners' parts kept on this desk for it."""
    if view.status != Status.PENDING:
        return ()
    wanted: dict[str, SafeInfo | str] = {s.address: s for s in safes}
    for part in desk.workflow.safe_parts.parts(view.id):
        wanted.setdefault(part.safe, part.safe)
    found = []
    for safe in wanted.values():
        try:
            found.append(desk.safe_approvals.progress(view.id, safe))
        except TreasuryError:
            continue  # no longer a Safe: nothing to sign for
    return tuple(found)


def load_detail(
    desk: Any,
    view: ProposalView,
    row: PeriodRow | None,
    store: StoreOverview | None,
    safes: Sequence[SafeInfo] = (),
) -> ApprovalDetail:
    """Read everything the approval view shows (REST report, chain reads, the audit trail,
    the signature store, the Safes' parts)."""
    from app.chain.errors import ChainError
    from app.errors import AppError

    entries = desk.audit.entries()
    report, problem = desk.report_of(view)
    reason, by = override_of(entries, view)
    note = desk.workflow.override_notes.get(view.id)
    signed = note is not None and note.reason == reason and note.proposer == by
    executed = next((e for e in entries if e.kind == "executed" and e.proposal_id == view.id), None)
    block: int | str = "latest"
    if executed is not None and executed.block_number is not None:
        block = executed.block_number - 1
    holders: tuple[HolderPayout, ...] = ()
    total, preview_problem = 0, ""
    try:
        token = desk.deployment.store(view.state.store_id).token
        holders, total = holder_payouts(desk, token, view.state.amount, block)
    except (AppError, ChainError) as error:
        preview_problem = error.phrase()
    times: dict[int, int] = {}

    def block_time(number: int) -> int:
        if number not in times:
            answer = desk.client.rpc("eth_getBlockByNumber", [hex(number), False])
            times[number] = int(answer["timestamp"], 16)
        return times[number]

    found = stored_signatures(desk, view)
    kept = {(f.signer.lower(), f.kind) for f in found}
    found += tuple(
        s
        for s in onchain_signatures(entries, view.id, block_time)
        if (s.signer.lower(), s.kind) not in kept  # e.g. a rejection signed elsewhere
    )
    signing_safes = tuple(
        safe_info(desk.client, signer)
        for signer in dict.fromkeys(s.signer for s in found if s.channel == "safe")
    )
    return ApprovalDetail(
        view=view,
        report=report,
        report_problem=problem,
        reconciliation=row.reconciliation if row is not None else None,
        override_reason=reason,
        override_by=by,
        holders=holders,
        total_paid=total,
        dust=view.state.amount - total if holders else 0,
        preview_problem=preview_problem,
        signatures=tuple(sorted(found, key=lambda s: s.signed_at)),
        policy=policy_lines(view, store),
        safes=signing_safes,
        safe_progress=safe_progress(desk, view, safes),
        override_signed=signed,
    )
