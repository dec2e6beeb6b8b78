"""Approval signatures on the platform's API: the payloads and the two calls.

    POST /v1/treasury/proposals/{id}/signatures   one approver's signed approval or rejection;
                                                  the server verifies it against the chain
                                                  before storing it (201, or a 4xx problem)
    GET  /v1/treasury/proposals/{id}/signatures   every stored signature of the proposal (ETag)
    POST /v1/treasury/proposals/{id}/override-reason  the proposer's override reason, signed by
                                                  the proposer (EIP-712 OverrideReason); the
                                                  server verifies the signer is the proposer
    GET  /v1/treasury/proposals/{id}/override-reason  it, for approvers elsewhere (404: none)

Field names follow the rest of the API (snake_case); `message` holds the EIP-712 message's
values (app.treasury.typed_approval), byte strings as 0x hex.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field

from app.backend.models import Address, Hash32, Model, Units
from app.backend.resources import Resource

if TYPE_CHECKING:
    from app.backend.client import ApiClient, Fresh, NotModified

# 65 bytes for a key's ECDSA signature; a contract signer's (a Safe: 65 per owner) is longer.
HexSignature = Annotated[str, Field(pattern=r"^0x([0-9a-fA-F]{2}){65,1300}$")]
ProposalId = Annotated[int, Field(ge=1, le=2**53 - 1)]  # exact in any JSON reader
Timestamp = Annotated[int, Field(ge=0, le=2**40)]  # unix seconds (year 36812)


class SignedFields(Model):
    """The Approval (or Rejection) message that was signed."""

    proposal_id: ProposalId
    store_id: Hash32
    period: Annotated[int, Field(ge=200001, le=999912)]
    amount: Units
    report_hash: Hash32
    nonce: Units
    deadline: Timestamp


class SignaturePost(Model):
    kind: Literal["approval", "rejection"]
    signer: Address
    signature: HexSignature
    message: SignedFields
    channel: Literal["keystore", "airgap", "ledger", "safe", "api"]
    reason: Annotated[str, Field(min_length=1, max_length=1000)] | None = None
    signed_at: Timestamp


class StoredSignature(SignaturePost):
    received_at: dt.datetime


class SignatureList(Model):
    proposal_id: ProposalId
    items: list[StoredSignature]


class OverrideReasonPost(Model):
    """The proposer's override reason, and their EIP-712 signature of (proposal id, report
    hash, keccak256 of the reason): anyone can check it came from the proposer unaltered."""

    proposer: Address
    report_hash: Hash32
    reason: Annotated[str, Field(min_length=1, max_length=2000)]
    signature: Annotated[str, Field(pattern=r"^0x([0-9a-fA-F]{2}){65}$")]


class StoredOverrideReason(OverrideReasonPost):
    proposal_id: ProposalId
    received_at: dt.datetime


def override_path(proposal_id: int) -> str:
    return f"/v1/treasury/proposals/{int(proposal_id)}/override-reason"


def post_override(api: ApiClient, proposal_id: int, post: OverrideReasonPost) -> None:
    """Publish the proposer's signed override reason (a refusal is a BackendHttpError)."""
    api.post(override_path(proposal_id), post, StoredOverrideReason)


def fetch_override(api: ApiClient, proposal_id: int) -> StoredOverrideReason | None:
    """The proposal's published override reason, None when there is none (404)."""
    from app.backend.errors import BackendHttpError

    resource = Resource(override_path(proposal_id), StoredOverrideReason, "override reason")
    try:
        answer = api.fetch(resource, None)
    except BackendHttpError as error:
        if error.status == 404:
            return None
        raise
    return getattr(answer, "value", None)


def signatures_path(proposal_id: int) -> str:
    return f"/v1/treasury/proposals/{int(proposal_id)}/signatures"


def signatures_resource(proposal_id: int) -> Resource[SignatureList]:
    return Resource(signatures_path(proposal_id), SignatureList, "signatures")


def post_signature(api: ApiClient, post: SignaturePost) -> StoredSignature:
    """Send one signature; a refusal is a BackendHttpError whose `code` names the problem
    (invalid_signature, duplicate, expired, not_an_approver, proposer, ...)."""
    return api.post(signatures_path(post.message.proposal_id), post, StoredSignature)


def fetch_signatures(
    api: ApiClient, proposal_id: int, etag: str | None = None
) -> Fresh[SignatureList] | NotModified:
    return api.fetch(signatures_resource(proposal_id), etag)
