"""Signed decisions: approvals and rejections as EIP-712 signatures, the treasury workflow's half
that sends nothing.

An approver signs an Approval off chain (no gas) with any signer (keystore, air-gapped, Ledger;
a Safe through its owners, app.treasury.safe); the signature is checked against the chain
(app.treasury.signature_check) and kept in the signature store with who signed, when and through
which channel, and the audit trail notes it. What counts now (roles, nonces, deadlines) is
decided again whenever a proposal is shown or executed (app.treasury.approvals).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from app.chain.client import ChainClient, checksum
from app.treasury.actions import ActionRecord
from app.treasury.approvals import (
    as_signature,
    check_counts_once,
    count_all,
    counting,
    owners_of,
)
from app.treasury.audit import AuditTrail
from app.treasury.errors import ProposalRefused, WorkflowError
from app.treasury.onchain import TreasuryReader
from app.treasury.rules import (
    ProposalState,
    Status,
    check_approve,
    check_reason,
    check_reject,
)
from app.treasury.safe import safe_signers
from app.treasury.safe_parts import SafePartStore
from app.treasury.signature_check import check_decision, implausible_time
from app.treasury.signature_store import SignatureStore
from app.treasury.typed_approval import (
    ApprovalMessage,
    Channel,
    RejectionMessage,
    SignedDecision,
    TypedDataSigner,
    digest,
    typed_data,
)


class SignedDecisions:
    """Mixed into TreasuryWorkflow: its reader, treasury, chain id, audit and signature store."""

    reader: TreasuryReader
    treasury: str
    audit: AuditTrail | None
    signatures: SignatureStore
    safe_parts: SafePartStore

    @property
    def chain_id(self) -> int:
        raise NotImplementedError

    @property
    def client(self) -> ChainClient:
        return self.reader.client

    def proposal_now(self, proposal_id: int) -> tuple[ProposalState, int]:
        """The proposal with the approvals that count now, and the chain's time."""
        _, now = self.reader.head()
        proposal = self.reader.proposal(proposal_id)
        if proposal.status == Status.NONE:
            return proposal, now
        return self.counted(proposal, now), now

    def counted(self, proposal: ProposalState, now: int) -> ProposalState:
        (counted,) = count_all(self.client, self.treasury, self.signatures, [proposal], now)
        return counted

    def counted_all(self, proposals: list[ProposalState], now: int) -> list[ProposalState]:
        return count_all(self.client, self.treasury, self.signatures, proposals, now)

    def approval_message(
        self, proposal: ProposalState, signer: str, deadline: int | None = None
    ) -> ApprovalMessage:
        """What `signer` signs to approve: their current nonce; valid until the proposal
        expires unless a deadline is given."""
        return ApprovalMessage(
            proposal_id=proposal.proposal_id,
            store_id=proposal.store_id,
            period=proposal.period,
            amount=proposal.amount,
            report_hash=proposal.report_hash,
            nonce=self._nonce(signer),
            deadline=proposal.expires_at if deadline is None else deadline,
        )

    def rejection_message(
        self, proposal: ProposalState, signer: str, reason: str, deadline: int | None = None
    ) -> RejectionMessage:
        return RejectionMessage(
            proposal_id=proposal.proposal_id,
            store_id=proposal.store_id,
            period=proposal.period,
            amount=proposal.amount,
            report_hash=proposal.report_hash,
            reason=reason,
            nonce=self._nonce(signer),
            deadline=proposal.expires_at if deadline is None else deadline,
        )

    def sign_approval(
        self, proposal_id: int, signer: TypedDataSigner, channel: Channel = "keystore"
    ) -> SignedDecision:
        """Check, sign off chain (no gas) and keep an approval; the audit trail records it."""
        proposal, now = self.proposal_now(proposal_id)
        approver = self.reader.roles_of([signer.address], "APPROVER_ROLE")
        check_approve(proposal, signer.address, now, is_approver=any(approver.values()))
        self.check_counts_once(proposal_id, signer.address)
        message = self.approval_message(proposal, signer.address)
        return self._sign(message, signer, channel, now)

    def check_counts_once(self, proposal_id: int, approver: str) -> None:
        """A key counts once per proposal: refused when `approver` signed their part of a
        Safe's approval of it on this desk (app.treasury.safe_approvals)."""
        given = self.safe_parts.given_by(proposal_id, approver)
        if given:
            raise ProposalRefused(
                "treasury.safe_part_given",
                rule="CountsOnce",
                signer=checksum(approver),
                safe=given[0].safe,
                proposal=proposal_id,
            )
        # A Safe whose approval counts and that `approver` owns: execute would refuse the pair.
        proposal, _ = self.proposal_now(proposal_id)
        for safe in sorted(proposal.approved_by):
            if checksum(approver) in owners_of(self.client, safe):
                raise ProposalRefused(
                    "treasury.owner_of_counted_safe",
                    rule="OwnerCountedTwice",
                    signer=checksum(approver),
                    safe=safe,
                    proposal=proposal_id,
                )

    def sign_rejection(
        self,
        proposal_id: int,
        signer: TypedDataSigner,
        reason: str,
        channel: Channel = "keystore",
    ) -> SignedDecision:
        check_reason(proposal_id, reason)
        proposal, now = self.proposal_now(proposal_id)
        approver = self.reader.roles_of([signer.address], "APPROVER_ROLE")
        check_reject(proposal, now, signer.address, is_approver=any(approver.values()))
        message = self.rejection_message(proposal, signer.address, reason)
        return self._sign(message, signer, channel, now)

    def _sign(
        self,
        message: ApprovalMessage | RejectionMessage,
        signer: TypedDataSigner,
        channel: Channel,
        now: int,
    ) -> SignedDecision:
        signature = signer.sign_typed_data(typed_data(message, self.chain_id, self.treasury))
        decision = SignedDecision(message, checksum(signer.address), signature, channel, now)
        return self.record(decision)

    def record(
        self, decision: SignedDecision, owners: Sequence[str] = (), via: str | None = None
    ) -> SignedDecision:
        """Keep a signed decision from any channel after the chain's checks (SignatureRefused
        says why not); the audit trail notes who signed, when and through which channel (and,
        for a Safe's approval, the owners whose signatures it carries: given when assembled here,
        else read from its signature). An approval execute could never count beside those that
        count now (a Safe and one of its owners) is refused. A key's
        approval is refused when its part already went to a Safe's approval of the proposal.

        `via` is how it reached this desk ("api", "airgap") when it was signed elsewhere: the
        audit trail then records that channel and this desk's time of receipt as observed, the
        decision's own channel and signing time as claimed, and flags a claimed time the
        signature cannot have (before the proposal, or in the future). The same signature kept
        again changes nothing (no second audit entry)."""
        if self.signatures.holds(decision):
            return decision
        if decision.kind == "approval" and decision.channel != "safe":
            self.check_counts_once(decision.message.proposal_id, decision.signer)
        facts = check_decision(self.client, self.treasury, decision)
        stored = self.signatures.for_proposal(decision.message.proposal_id, "approval")
        check_counts_once(self.client, self.treasury, decision, facts, stored)
        if facts.signer_is_contract and not owners and decision.kind == "approval":
            owners = safe_signers(
                self.client.chain_id,
                decision.signer,
                digest(decision.message, self.client.chain_id, self.treasury),
                decision.signature,
            )
        self.signatures.add(decision)
        if self.audit is not None:
            message = decision.message
            details: dict[str, str | int | bool | None] = {
                "decision": decision.kind,
                "channel": via or decision.channel,
                "signed_at": decision.signed_at,
                "nonce": message.nonce,
                "deadline": message.deadline,
                "signature": "0x" + decision.signature.hex(),
            }
            if isinstance(message, RejectionMessage):
                details["reason"] = message.reason[:2000]
            if owners:
                details["owners"] = ",".join(checksum(o) for o in owners)
            if via is not None:  # signed elsewhere: what it says about itself is a claim
                details["received_at"] = int(time.time())
                details["signed_at_claimed"] = True
                if via != decision.channel:
                    details["claimed_channel"] = decision.channel
                if implausible_time(self.client, self.treasury, facts, decision.signed_at):
                    details["signed_at_implausible"] = True
            self.note_signed(decision.signer, message, details)
        return decision

    def note_signed(
        self,
        actor: str,
        message: ApprovalMessage | RejectionMessage,
        details: dict[str, str | int | bool | None],
    ) -> None:
        """A "signed" entry in the audit trail for `message` (when the desk keeps one)."""
        if self.audit is None:
            return
        self.audit.append(
            "signed",
            actor=actor,
            store_id="0x" + message.store_id.hex(),
            period=message.period,
            proposal_id=message.proposal_id,
            amount=message.amount,
            details=details,
        )

    def _nonce(self, signer: str) -> int:
        return int(self.reader.treasury.functions.nonces(checksum(signer)).call())

    def _rejection_of(self, action: ActionRecord) -> SignedDecision:
        """The signed rejection the action sends: the actor's own (signed by execution.run
        before), or the one of `signed_by` (imported)."""
        assert action.proposal_id is not None
        if action.signed_by is not None:
            return self.signed_rejection(action.proposal_id, action.signed_by)
        try:
            return self.signed_rejection(action.proposal_id, action.actor)
        except WorkflowError:
            raise WorkflowError(
                "treasury.sign_rejection_first", proposal=action.proposal_id
            ) from None

    def signed_rejection(self, proposal_id: int, signer: str) -> SignedDecision:
        """`signer`'s latest signed rejection of the proposal at their current nonce, as kept
        in the signature store (signed here, or imported from an air-gapped approver)."""
        nonce = self._nonce(signer)
        for decision in reversed(self.signatures.for_proposal(proposal_id, "rejection")):
            same = checksum(decision.signer) == checksum(signer)
            if same and decision.message.nonce == nonce:
                return decision
        raise WorkflowError(
            "treasury.no_signed_rejection", proposal=proposal_id, signer=checksum(signer)
        )

    def _execute_signatures(self, proposal_id: int) -> list[tuple[str, int, bytes]]:
        """The approvals execute sends: as many as the proposal needs, signers ascending."""
        _, now = self.reader.head()
        proposal = self.reader.proposal(proposal_id)
        stored = self.signatures.for_proposal(proposal_id, "approval")
        counted = counting(self.client, self.treasury, proposal, now, stored)
        threshold, _ = self.reader.params()
        state = self.reader.store_state(proposal.store_id, now=now)
        required = state.required_approvals(threshold, proposal.amount)
        return [as_signature(d) for d in counted[:required]]
