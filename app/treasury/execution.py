"""Running treasury actions to the end, for the GUI and the CLI: simulate, sign, send, wait.

`run()` picks up an action wherever it stands (a fresh one, or one a crash left signed or
broadcast) and never signs anything twice: the workflow stores the intent id before the pipeline
signs, and the pipeline answers a known intent id with its recorded transaction.
`already_done()` tells whether the chain (or, for an approval, the signature store) already shows
what an action would do, so asking again after a crash reports the truth instead of failing.
A rejection is signed (EIP-712, kept in the signature store) before its transaction is prepared;
an approval is only signed (`TreasuryWorkflow.sign_approval`), never sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import cast

from app.chain.signer import Signer
from app.chain.transactions import TransactionPipeline
from app.errors import AppError, Phrase
from app.treasury.actions import ActionRecord, ActionStore, Kind, State
from app.treasury.audit import AuditTrail
from app.treasury.checkpoints import checkpoint
from app.treasury.errors import TreasuryError
from app.treasury.rules import Status
from app.treasury.typed_approval import TypedDataSigner
from app.treasury.workflow import ResumeOutcome, TreasuryWorkflow

Progress = Callable[[str], None]  # Phrases: English as str, worded in any language
log = logging.getLogger(__name__)


def build_workflow(pipeline: TransactionPipeline, treasury: str) -> TreasuryWorkflow:
    """The workflow over the chain context's one pipeline."""
    db = pipeline.store.db
    return TreasuryWorkflow(pipeline, ActionStore(db), treasury, AuditTrail(db))


def _quiet(_: str) -> None:
    pass


def run(
    workflow: TreasuryWorkflow,
    action_id: str,
    signer: Signer,
    *,
    progress: Progress = _quiet,
    timeout: float = 60.0,
) -> ActionRecord:
    """Take an action from wherever it stands to a final state (or raise in words)."""
    action = workflow.actions.get(action_id)
    if action.state in (State.CREATED, State.SIMULATED) and action.intent_id is not None:
        # Killed between choosing the intent id and signing, or after: the pipeline knows.
        workflow.resume()
        action = workflow.actions.get(action_id)
    if action.state in (State.CREATED, State.SIMULATED):
        if action.kind == Kind.REJECT:
            try:
                _sign_rejection(workflow, action, signer)
            except TreasuryError as refused:  # ended, not left open for the next command
                workflow.actions.move(action.id, State.FAILED, refused.user_message[:500],
                                      error=refused.user_message[:500])  # fmt: skip
                raise
        progress(Phrase("treasury.progress.check", kind=_kind(action)))
        action, prepared = workflow.simulate(action_id)
        checkpoint("persisted")
        progress(Phrase("treasury.progress.send"))
        action = workflow.send(action_id, prepared, signer)
        checkpoint("broadcast")
    if not action.done:
        tx = action.tx_hash or Phrase("treasury.progress.the_transaction")
        progress(Phrase("treasury.progress.receipt", tx=tx))
        action = workflow.track(action_id, timeout=timeout)
    if action.kind == Kind.PROPOSE and action.state == State.CONFIRMED and action.note:
        _sign_override(workflow, action, signer)
    progress("")
    return action


def _kind(action: ActionRecord) -> Phrase:
    """The action as a noun: the proposal, the approval, the execution..."""
    return Phrase(f"treasury.kind.{action.kind}")


def _sign_override(workflow: TreasuryWorkflow, action: ActionRecord, signer: Signer) -> None:
    """The proposer's override reason, signed for the proposal now that it has an id, so
    approvers on other machines can read it (published through the platform's API)."""
    if action.proposal_id is None or workflow.override_notes.get(action.proposal_id):
        return
    if not hasattr(signer, "sign_typed_data"):  # a signer of transactions only
        return
    try:
        workflow.sign_override_note(action.proposal_id, signer, action.note or "")
    except AppError as error:  # the proposal stands; the reason stays on this desk
        log.warning("override reason of proposal #%s not signed: %s", action.proposal_id, error)


def _sign_rejection(workflow: TreasuryWorkflow, action: ActionRecord, signer: Signer) -> None:
    """Sign the rejection once (kept in the store); a resumed action finds it there. Another
    approver's rejection (imported) is only checked to be there: nothing is signed here."""
    from app.treasury.errors import WorkflowError

    if action.signed_by is not None:
        workflow._rejection_of(action)
        return
    try:
        workflow._rejection_of(action)
    except WorkflowError:
        assert action.proposal_id is not None
        typed = cast(TypedDataSigner, signer)
        workflow.sign_rejection(action.proposal_id, typed, action.note or "")


def already_done(workflow: TreasuryWorkflow, kind: Kind, proposal_id: int, actor: str) -> str:
    """What the chain (or the signature store) already shows for this action ("" when it still
    has to happen)."""
    proposal, now = workflow.proposal_now(proposal_id)
    status = proposal.status_at(now)
    approved = {a.lower() for a in proposal.approved_by}
    if kind == Kind.APPROVE and actor.lower() in approved:
        return f"Proposal #{proposal_id} already carries your approval."
    done = {
        Kind.EXECUTE: Status.EXECUTED,
        Kind.CANCEL: Status.CANCELLED,
        Kind.REJECT: Status.REJECTED,
    }
    if done.get(kind) == status:
        return f"Proposal #{proposal_id} is already {status.name.lower()}."
    return ""


def finish_open(
    workflow: TreasuryWorkflow, *, timeout: float = 30.0, progress: Progress = _quiet
) -> list[ResumeOutcome]:
    """After a restart: reconcile with the chain, then wait for what was already sent."""
    outcomes = workflow.resume()
    settled = []
    for outcome in outcomes:
        action = outcome.action
        if action.state in (State.SIGNED, State.BROADCAST):
            progress(Phrase("treasury.progress.resumed", kind=_kind(action)))
            action = workflow.track(action.id, timeout=timeout)
            outcome = ResumeOutcome(action, str(action.state))
        settled.append(outcome)
    return settled
