"""Approval signatures on the platform's API: the payloads and the two calls.

    POST /v1/treasury/proposals/{id}/signatures   one approver's signed approval or rejection;
                                                  the server verifies it against the chain
                                                  before storing it (201, or a 4xx problem)
    GET  /v1/treasury/proposals/{id}/signatures   every stored signature of the proposal (ETag)

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
