"""Approving as a Safe from this desk: each owner signs their part, the Safe's approval is
assembled at its threshold.

A Safe (1.4.1) that holds the approver role approves a proposal with one EIP-1271 signature: its
owners' ECDSA signatures of the Safe message of the treasury digest of the Approval built with the
Safe's own nonce on the treasury (app.treasury.safe). Owners sign one at a time, on this desk or
on colleagues' desks sharing its data; each part is checked first (the proposal is live, the Safe
holds the role, is not the proposer and has not approved yet; the signer owns the Safe now) and
kept (app.treasury.safe_parts), and the audit trail notes it. When the parts of current owners
reach the Safe's threshold, read from the chain at that moment, the Safe's signed decision
(channel "safe") is assembled and recorded through `SignedDecisions.record`, which asks the Safe
itself through EIP-1271.

A key counts once per proposal: an owner who approved personally cannot also sign for the Safe,
and an approver whose part went to the Safe cannot then approve personally (the second check is
in SignedDecisions.sign_approval and record).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.chain.client import checksum
from app.treasury.decisions import SignedDecisions
from app.treasury.errors import ProposalRefused, TreasuryError
from app.treasury.rules import ProposalState, Status, check_approve
from app.treasury.safe import SafeInfo, safe_message_hash, safe_of, safe_signature, safe_typed_data
from app.treasury.safe_parts import SafePart, twice
from app.treasury.typed_approval import (
    ApprovalMessage,
    SignedDecision,
    TypedDataSigner,
    digest,
    recover_digest,
)


@dataclass(frozen=True)
class SafeProgress:
    """How far a Safe's approval of one proposal is: which current owners signed their part (at
    the Safe's current nonce) out of the threshold, and whether the Safe's approval counts."""

    safe: SafeInfo
    proposal_id: int
    signed: tuple[str, ...]  # owners whose parts are kept, in the order they signed
    approved: bool  # the Safe's approval is recorded and counts now
    decision: SignedDecision | None = None  # the Safe's approval, when this step recorded it

    @property
    def address(self) -> str:
        return self.safe.address

    @property
    def threshold(self) -> int:
        return self.safe.threshold

    @property
    def count(self) -> int:
        return len(self.signed)

    @property
    def waiting(self) -> tuple[str, ...]:
        """Owners who have not signed their part yet."""
        return tuple(o for o in self.safe.owners if o not in self.signed)

    def line(self) -> str:
        """English, for the CLI and logs: "Safe 0x…: k of n owners signed"."""
        return f"Safe {self.address}: {self.count} of {self.threshold} owners signed"


@dataclass(frozen=True)
class SafeTurn:
    """An owner's turn to sign for a Safe, checked: what they sign and the parts so far."""

    proposal: ProposalState
    now: int
    safe: SafeInfo
    owner: str
    message: ApprovalMessage
    parts: tuple[SafePart, ...]  # current owners' parts at the Safe's nonce


class SafeApprovals:
    """The Safe side of a TreasuryWorkflow (its reader, signature and part stores, audit)."""

    def __init__(self, workflow: SignedDecisions) -> None:
        self.flow = workflow

    # -- reading ------------------------------------------------------------------------------
    def safe(self, address: str) -> SafeInfo:
        info = safe_of(self.flow.client, address)
        if info is None:
            raise ProposalRefused("treasury.not_a_safe", rule="NotASafe", address=address)
        return info

    def approver_safes(self, candidates: Iterable[str]) -> list[SafeInfo]:
        """The Safes among `candidates` that hold the approver role now."""
        wanted = list(dict.fromkeys(checksum(c) for c in candidates))
        if not wanted:
            return []
        holds = self.flow.reader.roles_of(wanted, "APPROVER_ROLE")
        found = []
        for address in wanted:
            info = safe_of(self.flow.client, address) if holds[address] else None
            if info is not None:
                found.append(info)
        return found

    def progress(self, proposal_id: int, safe: str | SafeInfo) -> SafeProgress:
        info = safe if isinstance(safe, SafeInfo) else self.safe(safe)
        proposal, now = self.flow.proposal_now(proposal_id)
        nonce = self.flow._nonce(info.address)
        parts = self._current(info, self.flow.safe_parts.parts(proposal_id, info.address, nonce))
        approved = info.address in {checksum(a) for a in proposal.approved_by}
        waiting = SafeProgress(info, proposal_id, tuple(p.owner for p in parts), approved)
        if approved or len(parts) < info.threshold or proposal.status != Status.PENDING:
            return waiting
        # The parts reached the threshold but the Safe's approval was not recorded: the desk
        # stopped between keeping the last part and recording it. Record it now (the chain
        # checks it again); a refusal leaves the parts as they are.
        turn = SafeTurn(proposal, now, info, parts[-1].owner, self.flow.approval_message(
            proposal, info.address), parts)  # fmt: skip
        try:
            return self._assemble(turn, parts, waiting)
        except TreasuryError:
            return waiting

    # -- checking -----------------------------------------------------------------------------
    def check(self, proposal_id: int, safe: str, owner: str) -> SafeTurn:
        """Everything that would refuse `owner`'s part for `safe` on this proposal, before
        anything is signed (ProposalRefused says why, in words)."""
        flow = self.flow
        proposal, now = flow.proposal_now(proposal_id)
        info = self.safe(safe)
        owner = checksum(owner)
        approved = {checksum(a) for a in proposal.approved_by}
        holds = flow.reader.roles_of([info.address], "APPROVER_ROLE")[info.address]
        try:
            check_approve(proposal, info.address, now, is_approver=holds)
        except ProposalRefused as refused:
            if refused.rule != "AlreadyApproved":
                raise
            raise ProposalRefused(
                "treasury.safe_already_approved",
                rule="AlreadyApproved",
                safe=info.address,
                proposal=proposal_id,
            ) from None
        if checksum(proposal.proposer) in info.owners:  # execute: ProposerCannotApprove
            raise ProposalRefused(
                "treasury.safe_owned_by_proposer",
                rule="ProposerCannotApprove",
                safe=info.address,
                proposer=checksum(proposal.proposer),
                proposal=proposal_id,
            )
        if owner not in info.owners:
            raise ProposalRefused(
                "treasury.safe_not_owner", rule="NotSafeOwner", owner=owner, safe=info.address
            )
        if owner in approved:
            raise ProposalRefused(
                "treasury.safe_owner_approved",
                rule="CountsOnce",
                owner=owner,
                safe=info.address,
                proposal=proposal_id,
            )
        # Another owner approved personally: execute would refuse the Safe beside them
        # (OwnerCountedTwice), so no part of its approval can count.
        other = next((o for o in info.owners if o in approved), None)
        if other is not None:
            raise ProposalRefused(
                "treasury.safe_other_owner_approved",
                rule="OwnerCountedTwice",
                owner=other,
                safe=info.address,
                proposal=proposal_id,
            )
        message = flow.approval_message(proposal, info.address)
        stored = flow.safe_parts.parts(proposal_id, info.address, message.nonce)
        if any(checksum(p.owner) == owner for p in stored):
            raise twice(proposal_id, info.address, owner)
        return SafeTurn(proposal, now, info, owner, message, self._current(info, stored))

    def typed_data(self, turn: SafeTurn) -> dict[str, Any]:
        """What the owner signs: the Safe message of the treasury digest, as EIP-712."""
        flow = self.flow
        signed = digest(turn.message, flow.chain_id, flow.treasury)
        return safe_typed_data(flow.chain_id, turn.safe.address, signed)

    # -- signing ------------------------------------------------------------------------------
    def sign_part(self, proposal_id: int, safe: str, signer: TypedDataSigner) -> SafeProgress:
        """Check, sign the owner's part (off chain, no gas) and keep it; at the Safe's
        threshold, assemble and record the Safe's approval."""
        turn = self.check(proposal_id, safe, signer.address)
        signature = signer.sign_typed_data(self.typed_data(turn))
        return self.add_part(proposal_id, safe, signer.address, signature, turn=turn)

    def add_part(
        self,
        proposal_id: int,
        safe: str,
        owner: str,
        signature: bytes,
        *,
        turn: SafeTurn | None = None,
    ) -> SafeProgress:
        """Keep an owner's signed part after the checks and after checking it is that owner's
        signature of the Safe message (a forged or mismatched part is refused, nothing kept)."""
        flow = self.flow
        turn = turn or self.check(proposal_id, safe, owner)
        signed = digest(turn.message, flow.chain_id, flow.treasury)
        message_hash = safe_message_hash(flow.chain_id, turn.safe.address, signed)
        try:
            signer = recover_digest(message_hash, signature)
        except TreasuryError:
            signer = ""
        if signer != turn.owner:
            raise ProposalRefused(
                "treasury.safe_part_forged",
                rule="InvalidSignature",
                owner=turn.owner,
                safe=turn.safe.address,
                proposal=proposal_id,
            )
        part = SafePart(
            proposal_id=proposal_id,
            safe=turn.safe.address,
            owner=turn.owner,
            nonce=turn.message.nonce,
            deadline=turn.message.deadline,
            signature=signature,
            signed_at=turn.now,
        )
        flow.safe_parts.add(part)
        parts = (*turn.parts, part)
        self._note(turn, part, len(parts))
        progress = SafeProgress(turn.safe, proposal_id, tuple(p.owner for p in parts), False)
        if len(parts) < turn.safe.threshold:
            return progress
        return self._assemble(turn, parts, progress)

    def _assemble(
        self, turn: SafeTurn, parts: Sequence[SafePart], progress: SafeProgress
    ) -> SafeProgress:
        """The Safe's EIP-1271 signature from its owners' parts, recorded (the chain checks it:
        SignatureRefused when the Safe says no, e.g. an owner removed meanwhile)."""
        info = self.safe(turn.safe.address)  # the threshold and owners as the chain says now
        current = self._current(info, parts)
        if len(current) < info.threshold:
            return SafeProgress(info, progress.proposal_id, tuple(p.owner for p in current), False)
        signature = safe_signature({p.owner: p.signature for p in current})
        decision = SignedDecision(turn.message, info.address, signature, "safe", turn.now)
        recorded = self.flow.record(decision, owners=[p.owner for p in current])
        return SafeProgress(info, progress.proposal_id, progress.signed, True, recorded)

    def _note(self, turn: SafeTurn, part: SafePart, count: int) -> None:
        self.flow.note_signed(
            part.owner,
            turn.message,
            {
                "decision": "safe_part",
                "channel": "safe",
                "safe": turn.safe.address,
                "signed_at": part.signed_at,
                "nonce": part.nonce,
                "deadline": part.deadline,
                "parts": f"{count} of {turn.safe.threshold}",
                "signature": "0x" + part.signature.hex(),
            },
        )

    @staticmethod
    def _current(info: SafeInfo, parts: Iterable[SafePart]) -> tuple[SafePart, ...]:
        """The parts of the Safe's current owners (one each)."""
        owners = {checksum(o) for o in info.owners}
        kept: dict[str, SafePart] = {}
        for part in parts:
            if checksum(part.owner) in owners:
                kept.setdefault(checksum(part.owner), part)
        return tuple(kept.values())
