"""Approvers' signed decisions (EIP-712 Approval / Rejection), kept locally in SQLite.

Whatever channel a signature came through (this desktop's keystore, an air-gapped file, a Ledger,
a Safe's owners, the platform's API) it lands here as a `SignedDecision`, and `execute` collects
its approvals from here. The store keeps; it does not judge: callers check a signature before
adding it (app.treasury.signature_check), and check again what they take out (a role revoked, a
nonce bumped or a deadline passed since). One row per (proposal, kind, signer, nonce): signing
again at the same nonce replaces the older signature.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, select

from app import json_input
from app.storage.db import Database
from app.storage.schema import TreasurySignatureRow
from app.treasury.typed_approval import (
    CHANNELS,
    ApprovalMessage,
    Channel,
    RejectionMessage,
    SignedDecision,
)


class SignatureStore:
    def __init__(self, db: Database, chain_id: int, treasury: str) -> None:
        self.db = db
        self.chain_id = chain_id
        self.treasury = treasury

    def add(self, decision: SignedDecision) -> SignedDecision:
        """Keep the decision (replacing the signer's earlier one of the same kind and nonce)."""
        message = decision.message
        with self.db.session() as session:
            row = self._row(session, decision)
            if row is None:
                row = TreasurySignatureRow(
                    chain_id=self.chain_id,
                    treasury=self.treasury,
                    proposal_id=message.proposal_id,
                    kind=decision.kind,
                    signer=decision.signer,
                    nonce=str(message.nonce),
                )
                session.add(row)
            row.store_id = "0x" + message.store_id.hex()
            row.period = message.period
            row.amount = str(message.amount)
            row.report_hash = "0x" + message.report_hash.hex()
            row.reason = message.reason if isinstance(message, RejectionMessage) else None
            row.deadline = message.deadline
            row.signature = "0x" + decision.signature.hex()
            row.channel = decision.channel
            row.signed_at = decision.signed_at
        return decision

    def _row(self, session: Any, decision: SignedDecision) -> TreasurySignatureRow | None:
        """The kept row of this signer's decision of this kind and nonce, if any."""
        return session.scalars(
            self._where(decision.message.proposal_id).where(
                TreasurySignatureRow.kind == decision.kind,
                TreasurySignatureRow.signer == decision.signer,
                TreasurySignatureRow.nonce == str(decision.message.nonce),
            )
        ).one_or_none()

    def holds(self, decision: SignedDecision) -> bool:
        """Is this very signature (same signer, kind, nonce and bytes) kept already?"""
        with self.db.session() as session:
            row = self._row(session, decision)
            return row is not None and row.signature == "0x" + decision.signature.hex()

    def for_proposal(self, proposal_id: int, kind: str | None = None) -> list[SignedDecision]:
        """The proposal's signed decisions, oldest first (of one kind when given)."""
        query = self._where(proposal_id).order_by(TreasurySignatureRow.signed_at)
        if kind is not None:
            query = query.where(TreasurySignatureRow.kind == kind)
        with self.db.session() as session:
            return [_decision(row) for row in session.scalars(query)]

    def stamp(self) -> tuple[int, int]:
        """(count, latest signed_at) of this treasury's signatures: a cheap "anything new?"."""
        query = select(TreasurySignatureRow.signed_at).where(
            TreasurySignatureRow.chain_id == self.chain_id,
            TreasurySignatureRow.treasury == self.treasury,
        )
        with self.db.session() as session:
            times = list(session.scalars(query))
        return len(times), max(times, default=0)

    def _where(self, proposal_id: int) -> Select[TreasurySignatureRow]:
        return select(TreasurySignatureRow).where(
            TreasurySignatureRow.chain_id == self.chain_id,
            TreasurySignatureRow.treasury == self.treasury,
            TreasurySignatureRow.proposal_id == proposal_id,
        )


def _decision(row: TreasurySignatureRow) -> SignedDecision:
    store_id, report_hash = bytes.fromhex(row.store_id[2:]), bytes.fromhex(row.report_hash[2:])
    amount, nonce = int(row.amount), int(row.nonce)
    message: ApprovalMessage | RejectionMessage
    if row.kind == "approval":
        message = ApprovalMessage(
            row.proposal_id, store_id, row.period, amount, report_hash, nonce, row.deadline
        )
    else:
        message = RejectionMessage(
            row.proposal_id, store_id, row.period, amount, report_hash, row.reason or "", nonce,
            row.deadline,
        )  # fmt: skip
    channel: Channel = next((c for c in CHANNELS if c == row.channel), "api")
    return SignedDecision(
        message=message,
        signer=row.signer,
        signature=bytes.fromhex(row.signature[2:]),
        channel=channel,
        signed_at=row.signed_at,
    )


# -- as JSON (the sandbox hands its seeded signatures to the platform's API this way) ---------


def decisions_json(decisions: Iterable[SignedDecision]) -> str:
    return json.dumps([_as_dict(d) for d in decisions], indent=1)


def decisions_from_json(text: str) -> list[SignedDecision]:
    return [_from_dict(item) for item in json_input.loads(text)]


def _as_dict(decision: SignedDecision) -> dict[str, Any]:
    message = decision.message
    return {
        "kind": decision.kind,
        "proposal_id": message.proposal_id,
        "store_id": "0x" + message.store_id.hex(),
        "period": message.period,
        "amount": str(message.amount),
        "report_hash": "0x" + message.report_hash.hex(),
        "reason": message.reason if isinstance(message, RejectionMessage) else None,
        "nonce": str(message.nonce),
        "deadline": message.deadline,
        "signer": decision.signer,
        "signature": "0x" + decision.signature.hex(),
        "channel": decision.channel,
        "signed_at": decision.signed_at,
    }


def _from_dict(item: dict[str, Any]) -> SignedDecision:
    row = TreasurySignatureRow(**{k: v for k, v in item.items() if k != "kind"}, kind=item["kind"])
    return _decision(row)
