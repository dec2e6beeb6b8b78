"""Signatures through the platform's API: this app posts its own and pulls everyone else's, so
a second machine sees them (app.backend.signatures has the payloads and the calls).

A pulled signature is not trusted because the server says so: `collect` recovers each ECDSA one
locally and drops what does not verify; a contract signer's (EIP-1271) is checked where it is
used, against the chain.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from app.backend.client import ApiClient, Fresh
from app.backend.errors import BackendError, BackendHttpError
from app.backend.signatures import (
    OverrideReasonPost,
    SignaturePost,
    SignedFields,
    fetch_override,
    fetch_signatures,
    post_override,
    post_signature,
)
from app.chain.client import checksum
from app.treasury.errors import TreasuryError
from app.treasury.override_note import OverrideNote
from app.treasury.typed_approval import (
    ApprovalMessage,
    Message,
    RejectionMessage,
    SignedDecision,
    recover,
)


def post_of(decision: SignedDecision) -> SignaturePost:
    m = decision.message
    return SignaturePost(
        kind=decision.kind,
        signer=checksum(decision.signer),
        signature="0x" + decision.signature.hex(),
        message=SignedFields(
            proposal_id=m.proposal_id,
            store_id="0x" + m.store_id.hex(),
            period=m.period,
            amount=m.amount,
            report_hash="0x" + m.report_hash.hex(),
            nonce=m.nonce,
            deadline=m.deadline,
        ),
        channel=decision.channel,
        reason=m.reason if isinstance(m, RejectionMessage) else None,
        signed_at=decision.signed_at,
    )


def decision_of(post: SignaturePost) -> SignedDecision:
    """The typed decision a post carries (a rejection needs its reason: only its hash is
    signed); TreasuryError("treasury.signature_reason") for a rejection without one."""
    m = post.message
    fields: dict[str, Any] = {
        "proposal_id": m.proposal_id,
        "store_id": bytes.fromhex(m.store_id[2:]),
        "period": m.period,
        "amount": m.amount,
        "report_hash": bytes.fromhex(m.report_hash[2:]),
        "nonce": m.nonce,
        "deadline": m.deadline,
    }
    message: Message
    if post.kind == "rejection":
        if post.reason is None:
            raise TreasuryError("signature.no_reason")
        message = RejectionMessage(reason=post.reason, **fields)
    else:
        message = ApprovalMessage(**fields)
    return SignedDecision(
        message=message,
        signer=checksum(post.signer),
        signature=bytes.fromhex(post.signature[2:]),
        channel=post.channel,
        signed_at=post.signed_at,
    )


def publish(api: ApiClient, decision: SignedDecision) -> None:
    """Post one of this app's signatures (the server verifies it, refuses with a problem)."""
    post_signature(api, post_of(decision))


def collect(
    api: ApiClient,
    proposal_id: int,
    chain_id: int,
    treasury: str,
    etag: str | None = None,
) -> tuple[list[SignedDecision], str | None] | None:
    """Everyone's signatures of a proposal from the server, or None when unchanged since
    `etag`. Key signatures that do not recover to their signer are dropped."""
    answer = fetch_signatures(api, proposal_id, etag)
    if not isinstance(answer, Fresh):
        return None
    decisions = []
    for item in answer.value.items:
        post = SignaturePost(**item.model_dump(exclude={"received_at"}))
        try:
            decision = decision_of(post)
        except TreasuryError:
            continue
        if len(decision.signature) == 65:
            try:
                if recover(decision.message, chain_id, treasury, decision.signature) != (
                    decision.signer
                ):
                    continue
            except TreasuryError:
                continue  # a contract signer's 65 bytes, or junk: checked where it is used
        decisions.append(decision)
    return decisions, answer.etag


def publish_override(api: ApiClient, note: OverrideNote) -> None:
    """Post the proposer's signed override reason (the server checks the proposer signed it)."""
    post = OverrideReasonPost(
        proposer=checksum(note.proposer),
        report_hash="0x" + note.report_hash.hex(),
        reason=note.reason,
        signature="0x" + note.signature.hex(),
    )
    post_override(api, note.proposal_id, post)


def collect_override(api: ApiClient, proposal_id: int) -> OverrideNote | None:
    """The proposal's published override reason as the server has it (not yet verified:
    `TreasuryWorkflow.keep_override_note` checks the proposer's signature)."""
    got = fetch_override(api, proposal_id)
    if got is None or got.proposal_id != proposal_id:
        return None
    return OverrideNote(
        proposal_id,
        bytes.fromhex(got.report_hash[2:]),
        got.reason,
        checksum(got.proposer),
        bytes.fromhex(got.signature[2:]),
    )


def share_overrides(workflow: Any, api: ApiClient, proposal_ids: Iterable[int]) -> int:
    """Post this desk's override reasons the server lacks; take in the others' (verified) for
    these proposals. How many were taken in; the API being away only delays it."""
    for note in workflow.override_notes.unshared():
        try:
            publish_override(api, note)
        except BackendHttpError as error:
            if error.server_code != "duplicate":
                continue  # refused for good is logged by the server; kept here
        except BackendError:
            return 0
        workflow.override_notes.mark_shared(note.proposal_id)
    kept = 0
    for pid in proposal_ids:
        if workflow.override_notes.get(pid) is not None:
            continue
        try:
            note = collect_override(api, pid)
            if note is not None:
                workflow.keep_override_note(note)
                kept += 1
        except (BackendError, TreasuryError):
            continue  # away, or a note the proposer did not sign: not shown
    return kept


@dataclass(frozen=True)
class Synced:
    pulled: int  # others' signatures checked and kept here
    pushed: int  # ours the server did not have
    refused: int  # pulled ones the chain no longer accepts (revoked, nonce bumped, expired)


def sync(workflow: Any, api: ApiClient, proposal_ids: Iterable[int]) -> Synced:
    """Share signatures both ways for these proposals: post this machine's that the server
    lacks, keep the server's that this machine lacks (each checked against the chain and noted
    in the audit trail by `workflow.record`)."""
    pulled = pushed = refused = 0
    proposal_ids = list(proposal_ids)
    share_overrides(workflow, api, proposal_ids)  # the proposers' signed override reasons
    for pid in proposal_ids:
        got = collect(api, pid, workflow.chain_id, workflow.treasury)
        remote = got[0] if got is not None else []
        local = workflow.signatures.for_proposal(pid)
        here = {_key(d) for d in local}
        there = {_key(d) for d in remote}
        for decision in remote:
            if _key(decision) in here:
                continue
            try:
                workflow.record(decision, via="api")
                pulled += 1
            except TreasuryError:
                refused += 1
        for decision in local:
            if _key(decision) in there:
                continue
            try:
                publish(api, decision)
                pushed += 1
            except (BackendHttpError, ValidationError):  # refused now, or never takeable
                continue
    return Synced(pulled, pushed, refused)


def _key(decision: SignedDecision) -> tuple[str, str, int]:
    return checksum(decision.signer), decision.kind, decision.message.nonce
