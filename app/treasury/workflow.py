"""Running treasury actions through the chain pipeline, crash-safe; approvals signed off chain.

An approval is no transaction: the approver signs an EIP-712 Approval (`sign_approval`, in
app.treasury.decisions), which is checked and kept in the signature store; `execute` sends the
approvals that count then. A rejection is signed the same way and sent with `reject`; the
contract lets anyone send a signed rejection, so any staff account may send one signed elsewhere
(an air-gapped approver's, imported) from its own key (`act(..., signed_by=...)`).

One action at a time goes: start (created) -> simulate (eth_call, after the core's own rule
checks) -> send (the intent id is stored first, then the pipeline signs, records and broadcasts)
-> track (receipt) -> confirmed / failed / superseded. The pipeline guarantees record-before-
broadcast and never re-signs a known intent id; this layer adds what only the treasury knows:
whether the chain already shows the action's effect (a proposal executed or rejected by someone
else), so `resume()` after a crash reports the true state, never sends twice, and never loses a
decision (a recorded transaction is rebroadcast as the same bytes until it is mined).
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import Any

from app.chain.calldata import encode_call
from app.chain.client import checksum
from app.chain.errors import ChainError, SimulationReverted
from app.chain.signer import Signer
from app.chain.tracking import status_phrase
from app.chain.transactions import Intent, PreparedTransaction, TransactionPipeline
from app.chain.txstore import (
    CANCELLED,
    CONFIRMED,
    DROPPED,
    FAILED,
    NONCE_TAKEN,
    PENDING,
    SENT,
    TransactionRecord,
)
from app.treasury.actions import ActionRecord, ActionStore, Kind, State
from app.treasury.approvals import as_signature
from app.treasury.audit import AuditTrail
from app.treasury.decisions import SignedDecisions
from app.treasury.errors import ProposalRefused, WorkflowError
from app.treasury.onchain import TreasuryReader, proposal_id_from_receipt
from app.treasury.override_note import OverrideNote, OverrideNoteStore, sign_override, verify_note
from app.treasury.proposal import ProposalDraft
from app.treasury.rules import Status, check_cancel, check_execute, check_reason, check_reject
from app.treasury.safe_parts import SafePartStore
from app.treasury.signature_store import SignatureStore
from app.treasury.typed_approval import RejectionMessage

DEFAULT_ADMIN_ROLE = b"\x00" * 32

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ResumeOutcome:
    action: ActionRecord
    words: str  # what resume found, for the user


class TreasuryWorkflow(SignedDecisions):
    def __init__(
        self,
        pipeline: TransactionPipeline,
        actions: ActionStore,
        treasury: str,
        audit: AuditTrail | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.actions = actions
        self.reader = TreasuryReader(pipeline.client, treasury)
        self.treasury = self.reader.address
        self.audit = audit
        self.signatures = SignatureStore(actions.db, self.chain_id, self.treasury)
        self.safe_parts = SafePartStore(actions.db, self.chain_id, self.treasury)
        self.override_notes = OverrideNoteStore(actions.db, self.chain_id, self.treasury)

    @property
    def chain_id(self) -> int:
        return self.pipeline.chain_id

    # -- start ------------------------------------------------------------------------------
    def propose(self, draft: ProposalDraft, actor: str) -> ActionRecord:
        """Start (or find the open) proposal of a checked draft; keep an override in the audit."""
        store = "0x" + draft.store_id.hex()
        action = self.actions.find_open(
            self.chain_id, Kind.PROPOSE, actor, store_id=store, period=draft.period
        )
        if action is not None:
            return action
        action = self.actions.create(
            Kind.PROPOSE,
            chain_id=self.chain_id,
            treasury=self.treasury,
            actor=actor,
            store_id=store,
            period=draft.period,
            amount=draft.amount,
            report_hash="0x" + draft.report_hash.hex(),
            note=draft.override_reason,
        )
        if draft.override_reason is not None and self.audit is not None:
            self.audit.append(
                "override",
                actor=actor,
                store_id=store,
                period=draft.period,
                amount=draft.amount,
                details={
                    "reason": draft.override_reason,
                    "report_hash": "0x" + draft.report_hash.hex(),
                    "flagged": ",".join(c.name for c in draft.reconciliation.flagged),
                    "action_id": action.id,
                },
            )
        return action

    def act(
        self,
        kind: Kind,
        proposal_id: int,
        actor: str,
        note: str | None = None,
        signed_by: str | None = None,
    ) -> ActionRecord:
        """Start (or find the open) approve / reject / execute / cancel of a proposal. A reject
        with `signed_by` (another approver) sends that approver's signed rejection, kept in the
        signature store (imported), from `actor`'s key; its reason is the signed one."""
        if kind == Kind.PROPOSE:
            raise WorkflowError("treasury.use_propose")
        found = self.actions.find_open(self.chain_id, kind, actor, proposal_id=proposal_id)
        if found is not None:
            return found
        if signed_by is not None and checksum(signed_by) == checksum(actor):
            signed_by = None  # their own rejection
        if kind == Kind.REJECT and signed_by is not None:
            signed_by = checksum(signed_by)
            rejection = self.signed_rejection(proposal_id, signed_by)
            assert isinstance(rejection.message, RejectionMessage)
            note = rejection.message.reason
            self._check_reject(proposal_id, signed_by)
        elif kind == Kind.REJECT:  # refused before an action exists: nothing is left to resume
            signed = any(
                checksum(d.signer) == checksum(actor)
                for d in self.signatures.for_proposal(proposal_id, "rejection")
            )
            if not signed:  # a rejection signed already carries its reason
                check_reason(proposal_id, note)
            self._check_reject(proposal_id, actor)
        return self.actions.create(
            kind,
            chain_id=self.chain_id,
            treasury=self.treasury,
            actor=actor,
            proposal_id=proposal_id,
            note=note,
            signed_by=signed_by if kind == Kind.REJECT else None,
        )

    # -- the override reason, published ------------------------------------------------------
    def sign_override_note(self, proposal_id: int, signer: Any, reason: str) -> OverrideNote:
        """The proposer signs their override reason for the proposal that now exists (kept
        here until the platform's API has it: app.treasury.queue_watch shares it)."""
        proposal = self.reader.proposal(proposal_id)
        note = sign_override(signer, proposal, reason, self.chain_id, self.treasury)
        verify_note(note, proposal, self.chain_id, self.treasury)  # the signer is the proposer
        self.override_notes.add(note, shared=False)
        return note

    def keep_override_note(self, note: OverrideNote) -> None:
        """Keep a note pulled from the API once it verifies against the chain (TreasuryError
        otherwise); the audit trail notes the proposer's reason as received."""
        proposal = self.reader.proposal(note.proposal_id)
        verify_note(note, proposal, self.chain_id, self.treasury)
        if self.override_notes.get(note.proposal_id) is not None:
            return
        self.override_notes.add(note, shared=True)
        if self.audit is not None:
            self.audit.append(
                "override",
                actor=checksum(note.proposer),
                store_id="0x" + proposal.store_id.hex(),
                period=proposal.period,
                proposal_id=proposal.proposal_id,
                amount=proposal.amount,
                details={
                    "reason": note.reason,
                    "report_hash": "0x" + note.report_hash.hex(),
                    "channel": "api",
                    "signature": "0x" + note.signature.hex(),
                    "signed_by_proposer": True,
                },
            )

    # -- simulate and send ------------------------------------------------------------------
    def intent(self, action: ActionRecord) -> Intent:
        if action.kind == Kind.PROPOSE:
            assert action.store_id and action.period and action.amount and action.report_hash
            data = encode_call(
                "DistributionTreasury",
                "propose",
                bytes.fromhex(action.store_id[2:]),
                action.period,
                action.amount,
                bytes.fromhex(action.report_hash[2:]),
            )
        elif action.kind == Kind.REJECT:
            rejection = self._rejection_of(action)
            assert isinstance(rejection.message, RejectionMessage)
            data = encode_call(
                "DistributionTreasury",
                "reject",
                action.proposal_id,
                as_signature(rejection),
                rejection.message.reason,
            )
        elif action.kind == Kind.EXECUTE:
            assert action.proposal_id is not None
            sigs = self._execute_signatures(action.proposal_id)
            data = encode_call("DistributionTreasury", "execute", action.proposal_id, sigs)
        elif action.kind == Kind.APPROVE:
            raise WorkflowError("treasury.approve_is_signed")
        else:
            data = encode_call("DistributionTreasury", action.kind.value, action.proposal_id)
        what = action.kind.value + (
            f" proposal #{action.proposal_id}" if action.proposal_id else f" period {action.period}"
        )
        return Intent(to=self.treasury, data=data, value=0, description=f"treasury: {what}")

    def precheck(self, action: ActionRecord) -> None:
        """The contract's rules on the chain's current state, in words (before any eth_call).
        Proposals were checked from their report by prepare_proposal."""
        if action.kind == Kind.PROPOSE or action.proposal_id is None:
            return
        proposal, now = self.proposal_now(action.proposal_id)
        if action.kind == Kind.APPROVE:
            raise WorkflowError("treasury.approve_is_signed")
        if action.kind == Kind.REJECT:
            self._check_reject(action.proposal_id, action.signed_by or action.actor)
        elif action.kind == Kind.CANCEL:
            admin = self.reader.has_role(DEFAULT_ADMIN_ROLE, action.actor)
            proposer = self.reader.roles_of([action.actor], "PROPOSER_ROLE")
            check_cancel(
                proposal,
                action.actor,
                caller_is_admin=admin,
                caller_is_proposer=any(proposer.values()),
            )
        else:
            threshold, _ = self.reader.params()
            state = self.reader.store_state(proposal.store_id, [proposal.period], now=now)
            active = self.reader.roles_of([proposal.proposer], "PROPOSER_ROLE")
            check_execute(proposal, state, threshold, now, proposer_active=any(active.values()))

    def _check_reject(self, proposal_id: int, actor: str) -> None:
        proposal, now = self.proposal_now(proposal_id)
        approver = self.reader.roles_of([actor], "APPROVER_ROLE")
        check_reject(proposal, now, actor, is_approver=any(approver.values()))

    def simulate(self, action_id: str) -> tuple[ActionRecord, PreparedTransaction]:
        """Rule checks, then eth_call + gas estimate. A refusal or revert ends the action as
        failed (recorded, with the reason) and is raised for the caller to show."""
        action = self.actions.get(action_id)
        if action.state not in (State.CREATED, State.SIMULATED):
            raise WorkflowError("treasury.already_sent", kind=action.kind, state=action.state)
        try:
            self.precheck(action)
            prepared = self.pipeline.prepare(self.intent(action), action.actor)
        except (ProposalRefused, SimulationReverted) as error:
            self.actions.move(
                action_id, State.FAILED, error.user_message, error=error.user_message[:500]
            )
            raise
        return self.actions.move(action_id, State.SIMULATED, f"gas {prepared.gas_limit}"), prepared

    def send(self, action_id: str, prepared: PreparedTransaction, signer: Signer) -> ActionRecord:
        action = self.actions.get(action_id)
        if action.state != State.SIMULATED:
            raise WorkflowError("treasury.simulate_first", kind=action.kind, state=action.state)
        intent_id = action.intent_id
        if intent_id is None:  # chosen and committed before the pipeline signs anything
            intent_id = str(uuid.uuid4())
            self.actions.set_fields(action_id, intent_id=intent_id)
        try:
            record = self.pipeline.submit(prepared, signer, intent_id=intent_id)
        except ChainError:
            self._sync(action_id)  # what got recorded before the failure, if anything
            raise
        if record.intent_id != intent_id:  # an identical earlier transaction was re-sent
            self.actions.set_fields(action_id, intent_id=record.intent_id)
        return self._apply(action_id, record)

    def track(self, action_id: str, timeout: float = 60.0) -> ActionRecord:
        """Wait for the receipt and settle the action (confirmed / failed / superseded)."""
        action = self.actions.get(action_id)
        if action.intent_id is None or action.done:
            return action
        record = self.pipeline.wait(action.intent_id, timeout=timeout)
        return self._apply(action_id, record)

    # -- after a crash ----------------------------------------------------------------------
    def resume(self) -> list[ResumeOutcome]:
        """Reconcile the pipeline (rebroadcasts recorded bytes), then every open action."""
        self.pipeline.reconcile()
        outcomes = []
        for action in self.actions.open(self.chain_id):
            settled = self._sync(action.id)
            if settled.state in (State.CREATED, State.SIMULATED):
                moot = self._moot(settled)
                if moot:
                    settled = self.actions.move(settled.id, State.SUPERSEDED, moot)
                    words = moot
                else:
                    words = "never signed: review and sign it again (nothing was sent)"
            else:
                words = f"{settled.state}" + (f": {settled.error}" if settled.error else "")
            outcomes.append(ResumeOutcome(settled, words))
        return outcomes

    def _sync(self, action_id: str) -> ActionRecord:
        action = self.actions.get(action_id)
        if action.intent_id is None or action.done:
            return action
        record = self.pipeline.store.get(action.intent_id)
        if record is None:
            return action  # chosen but never signed: the pipeline has nothing under that id
        if record.status == PENDING:
            record = self.pipeline.refresh(action.intent_id)
        return self._apply(action_id, record)

    # -- mapping the pipeline's record onto the action --------------------------------------
    def _apply(self, action_id: str, record: TransactionRecord) -> ActionRecord:
        action = self.actions.get(action_id)
        tx_hash = (record.mined or record.latest).tx_hash if record.attempts else None
        if action.state == State.SIMULATED:
            action = self.actions.move(
                action_id, State.SIGNED, "signed and recorded", tx_hash=tx_hash
            )
        if record.status == PENDING:
            sent = any(a.status == SENT for a in record.attempts) or record.mined is not None
            if sent and action.state == State.SIGNED:
                action = self.actions.move(action_id, State.BROADCAST, "sent", tx_hash=tx_hash)
            return action
        if record.status == CONFIRMED:
            fields: dict[str, Any] = {"tx_hash": tx_hash}
            if action.kind == Kind.PROPOSE and tx_hash is not None:
                receipt = self.pipeline.client.rpc("eth_getTransactionReceipt", [tx_hash])
                fields["proposal_id"] = proposal_id_from_receipt(receipt or {}, self.treasury)
            return self.actions.move(action_id, State.CONFIRMED, "mined", **fields)
        # Failed (reverted), cancelled by replacement, or dropped: does the chain show the effect
        # anyway (another approver executed first, ...)? Then it is superseded, not failed.
        moot = self._moot(action)
        if record.status == CANCELLED:
            return self.actions.move(action_id, State.SUPERSEDED, "cancelled by replacement")
        if moot:
            return self.actions.move(action_id, State.SUPERSEDED, moot, tx_hash=tx_hash)
        reason = "reverted on chain" if record.status == FAILED else f"transaction {record.status}"
        if record.status == FAILED and record.mined is None:
            reason = "refused by the node; nothing was sent"
        if record.status in (DROPPED, NONCE_TAKEN):
            reason = status_phrase(record.status)
        return self.actions.move(action_id, State.FAILED, reason, error=reason, tx_hash=tx_hash)

    def _moot(self, action: ActionRecord) -> str:
        """Why the action no longer needs to happen, by the chain's state; "" if it still does."""
        if action.kind == Kind.PROPOSE or action.proposal_id is None:
            return ""
        proposal, now = self.proposal_now(action.proposal_id)
        status = proposal.status_at(now)
        approved = {a.lower() for a in proposal.approved_by}
        if action.kind == Kind.APPROVE and action.actor.lower() in approved:
            return "the approval is signed and kept"
        if status == Status.PENDING:
            return ""
        if action.kind == Kind.EXECUTE and status == Status.EXECUTED:
            return "the proposal was already executed"
        if action.kind == Kind.CANCEL and status == Status.CANCELLED:
            return "the proposal was already cancelled"
        if action.kind == Kind.CANCEL and status == Status.EXPIRED:
            return ""  # an expired proposal can still be cancelled
        return f"the proposal is {status.name.lower()}"
