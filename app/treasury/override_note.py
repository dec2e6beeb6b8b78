"""The proposer's override reason, published with the proposal and bound to the proposer's key.

A proposal made despite a reconciliation difference carries the proposer's reason. The chain
keeps only the report hash, and the reason used to live in the proposer's local audit trail, so
approvers elsewhere never saw it. Now the proposer signs an EIP-712 `OverrideReason` (the
treasury's domain: chain id and treasury address; proposal id, report hash and the reason's
hash) once the proposal exists, and the note goes to the platform's API beside the signatures.
Whoever reads it (the API before storing it, every desk before showing it) recovers the signer
and accepts the note only from the proposal's proposer, for the report hash on chain: the API
can withhold a reason but never forge or alter one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from eth_abi import encode as abi_encode
from eth_utils import keccak
from sqlalchemy import select

from app.chain.client import checksum
from app.chain.typed_data import domain, type_string
from app.chain.typed_data import typed_data as typed_data_of
from app.storage.db import Database
from app.storage.schema import TreasuryOverrideNote
from app.treasury.errors import TreasuryError
from app.treasury.proposal import MAX_REASON_CHARS
from app.treasury.rules import ProposalState
from app.treasury.typed_approval import (
    DOMAIN_NAME,
    DOMAIN_VERSION,
    TypedDataSigner,
    domain_separator,
    recover_digest,
)

OVERRIDE_FIELDS: Final = (
    ("proposalId", "uint256"),
    ("reportHash", "bytes32"),
    ("reasonHash", "bytes32"),
)
OVERRIDE_TYPE: Final = type_string("OverrideReason", OVERRIDE_FIELDS)


@dataclass(frozen=True)
class OverrideNote:
    proposal_id: int
    report_hash: bytes
    reason: str
    proposer: str
    signature: bytes

    @property
    def reason_hash(self) -> bytes:
        return keccak(text=self.reason)


def override_typed_data(
    proposal_id: int, report_hash: bytes, reason: str, chain_id: int, treasury: str
) -> dict[str, Any]:
    """What the proposer signs (EIP-712 JSON, as for an approval)."""
    message = {
        "proposalId": proposal_id,
        "reportHash": "0x" + report_hash.hex(),
        "reasonHash": "0x" + keccak(text=reason).hex(),
    }
    where = domain(DOMAIN_NAME, DOMAIN_VERSION, chain_id, treasury)
    return typed_data_of("OverrideReason", OVERRIDE_FIELDS, where, message)


def override_digest(note: OverrideNote, chain_id: int, treasury: str) -> bytes:
    struct = keccak(
        abi_encode(
            ["bytes32", "uint256", "bytes32", "bytes32"],
            [keccak(text=OVERRIDE_TYPE), note.proposal_id, note.report_hash, note.reason_hash],
        )
    )
    return keccak(b"\x19\x01" + domain_separator(chain_id, treasury) + struct)


def sign_override(
    signer: TypedDataSigner, proposal: ProposalState, reason: str, chain_id: int, treasury: str
) -> OverrideNote:
    """The proposer's signed note of their override reason for this proposal."""
    check_reason_length(reason)
    typed = override_typed_data(
        proposal.proposal_id, proposal.report_hash, reason, chain_id, treasury
    )
    signature = signer.sign_typed_data(typed)
    return OverrideNote(
        proposal.proposal_id, proposal.report_hash, reason, checksum(signer.address), signature
    )


def check_reason_length(reason: str) -> None:
    if not reason.strip() or len(reason) > MAX_REASON_CHARS:
        raise TreasuryError("treasury.override_note_length", limit=MAX_REASON_CHARS)


def verify_note(note: OverrideNote, proposal: ProposalState, chain_id: int, treasury: str) -> None:
    """Refuse (TreasuryError) a note not signed by this proposal's proposer for its report hash
    on chain, or whose reason was altered (its hash is what was signed)."""
    check_reason_length(note.reason)
    if note.proposal_id != proposal.proposal_id or note.report_hash != proposal.report_hash:
        raise TreasuryError("treasury.override_note_other", proposal=proposal.proposal_id)
    try:
        signer = recover_digest(override_digest(note, chain_id, treasury), note.signature)
    except TreasuryError:
        signer = ""
    if signer != checksum(proposal.proposer) or checksum(note.proposer) != signer:
        raise TreasuryError("treasury.override_note_forged", proposal=proposal.proposal_id)


class OverrideNoteStore:
    """Signed override notes kept on this desk: the proposer's own (`shared` once the API has
    it) and those pulled from the API (verified before they are kept)."""

    def __init__(self, db: Database, chain_id: int, treasury: str) -> None:
        self.db, self.chain_id, self.treasury = db, chain_id, treasury

    def add(self, note: OverrideNote, *, shared: bool) -> None:
        with self.db.session() as session:
            row = session.scalars(self._where(note.proposal_id)).first()
            if row is None:
                row = TreasuryOverrideNote(
                    chain_id=self.chain_id, treasury=self.treasury, proposal_id=note.proposal_id
                )
                session.add(row)
            row.proposer = checksum(note.proposer)
            row.report_hash = "0x" + note.report_hash.hex()
            row.reason = note.reason
            row.signature = "0x" + note.signature.hex()
            row.shared = shared

    def get(self, proposal_id: int) -> OverrideNote | None:
        with self.db.session() as session:
            row = session.scalars(self._where(proposal_id)).first()
            return None if row is None else _note(row)

    def unshared(self) -> list[OverrideNote]:
        with self.db.session() as session:
            rows = session.scalars(
                select(TreasuryOverrideNote).where(
                    TreasuryOverrideNote.chain_id == self.chain_id,
                    TreasuryOverrideNote.treasury == self.treasury,
                    TreasuryOverrideNote.shared.is_(False),
                )
            ).all()
            return [_note(r) for r in rows]

    def mark_shared(self, proposal_id: int) -> None:
        with self.db.session() as session:
            row = session.scalars(self._where(proposal_id)).first()
            if row is not None:
                row.shared = True

    def _where(self, proposal_id: int) -> Any:
        return select(TreasuryOverrideNote).where(
            TreasuryOverrideNote.chain_id == self.chain_id,
            TreasuryOverrideNote.treasury == self.treasury,
            TreasuryOverrideNote.proposal_id == proposal_id,
        )


def _note(row: TreasuryOverrideNote) -> OverrideNote:
    return OverrideNote(
        proposal_id=row.proposal_id,
        report_hash=bytes.fromhex(row.report_hash[2:]),
        reason=row.reason,
        proposer=row.proposer,
        signature=bytes.fromhex(row.signature[2:]),
    )
