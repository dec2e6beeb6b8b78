"""A Safe's owners' parts of its treasury approval, kept on this desk until the Safe's threshold.

An owner's part is their ECDSA signature of the Safe message of a proposal's Approval
(app.treasury.safe: the Safe message of the treasury digest, built with the Safe's nonce on the
treasury). The store keeps; it does not judge: app.treasury.safe_approvals checks a part before
adding it. One row per (proposal, Safe, owner, nonce): a second part by the same owner is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError

from app.chain.client import checksum
from app.storage.db import Database
from app.storage.schema import TreasurySafePartRow
from app.treasury.errors import ProposalRefused


@dataclass(frozen=True)
class SafePart:
    proposal_id: int
    safe: str
    owner: str
    nonce: int  # the Safe's nonce on the treasury when the owner signed
    deadline: int
    signature: bytes  # 65 bytes r, s, v over the Safe message
    signed_at: int


class SafePartStore:
    def __init__(self, db: Database, chain_id: int, treasury: str) -> None:
        self.db = db
        self.chain_id = chain_id
        self.treasury = treasury

    def add(self, part: SafePart) -> SafePart:
        """Keep an owner's part; ProposalRefused("treasury.safe_part_twice") when the owner
        already gave one for this proposal, Safe and nonce."""
        row = TreasurySafePartRow(
            chain_id=self.chain_id,
            treasury=self.treasury,
            proposal_id=part.proposal_id,
            safe=checksum(part.safe),
            owner=checksum(part.owner),
            nonce=str(part.nonce),
            deadline=part.deadline,
            signature="0x" + part.signature.hex(),
            signed_at=part.signed_at,
        )
        try:
            with self.db.session() as session:
                session.add(row)
        except IntegrityError:
            raise twice(part.proposal_id, part.safe, part.owner) from None
        return part

    def parts(
        self, proposal_id: int, safe: str | None = None, nonce: int | None = None
    ) -> list[SafePart]:
        """The proposal's parts, oldest first (of one Safe, at one nonce, when given)."""
        query = self._where(proposal_id).order_by(
            TreasurySafePartRow.signed_at, TreasurySafePartRow.id
        )
        if safe is not None:
            query = query.where(TreasurySafePartRow.safe == checksum(safe))
        if nonce is not None:
            query = query.where(TreasurySafePartRow.nonce == str(nonce))
        with self.db.session() as session:
            return [_part(row) for row in session.scalars(query)]

    def given_by(self, proposal_id: int, owner: str) -> list[SafePart]:
        """Every part `owner` gave for any Safe on this proposal."""
        query = self._where(proposal_id).where(TreasurySafePartRow.owner == checksum(owner))
        with self.db.session() as session:
            return [_part(row) for row in session.scalars(query)]

    def _where(self, proposal_id: int) -> Select[TreasurySafePartRow]:
        return select(TreasurySafePartRow).where(
            TreasurySafePartRow.chain_id == self.chain_id,
            TreasurySafePartRow.treasury == self.treasury,
            TreasurySafePartRow.proposal_id == proposal_id,
        )


def twice(proposal_id: int, safe: str, owner: str) -> ProposalRefused:
    return ProposalRefused(
        "treasury.safe_part_twice",
        rule="SafePartTwice",
        owner=checksum(owner),
        safe=checksum(safe),
        proposal=proposal_id,
    )


def _part(row: TreasurySafePartRow) -> SafePart:
    return SafePart(
        proposal_id=row.proposal_id,
        safe=row.safe,
        owner=row.owner,
        nonce=int(row.nonce),
        deadline=row.deadline,
        signature=bytes.fromhex(row.signature[2:]),
        signed_at=row.signed_at,
    )
