"""Recorded transactions: intents, their signed attempts and nonces, in the local store.

Every signed attempt is written (and committed) before it is broadcast, and never deleted.
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage.db import Database
from app.storage.schema import ChainIntent, ChainNonce, ChainTransaction

# Intent: waiting for a receipt, or final. FAILED: reverted on chain, or refused by the node
# (then no attempt is mined and nothing was sent). DROPPED: another recorded transaction of ours
# took its nonce; NONCE_TAKEN: a transaction this app never recorded took it.
PENDING, CONFIRMED, FAILED, CANCELLED, DROPPED, NONCE_TAKEN = (
    "pending",
    "confirmed",
    "failed",
    "cancelled",
    "dropped",
    "nonce_taken",
)
# Over without effect on chain (nothing of the intent was mined).
ENDED_WITHOUT_EFFECT = (CANCELLED, DROPPED, NONCE_TAKEN)
# Attempt: recorded, known to the node, mined (ok / reverted), lost to a sibling, never mined.
SIGNED, SENT, MINED, REVERTED, REPLACED, REJECTED = (
    "signed",
    "sent",
    "mined",
    "reverted",
    "replaced",
    "rejected",
)
LIVE_ATTEMPTS = (SIGNED, SENT)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Attempt:
    tx_hash: str
    attempt: int
    purpose: str  # "original" | "speed_up" | "cancel"
    nonce: int
    max_fee_per_gas: int
    max_priority_fee_per_gas: int
    gas_limit: int
    status: str
    block_number: int | None
    gas_used: int | None
    error: str | None
    raw: bytes
    effective_gas_price: int | None = None

    @property
    def fee(self) -> int | None:
        """What it paid in wei (gas used x effective gas price), once mined."""
        if self.gas_used is None or self.effective_gas_price is None:
            return None
        return self.gas_used * self.effective_gas_price


@dataclass(frozen=True)
class TransactionRecord:
    """One intent and every signed attempt of it, oldest first."""

    intent_id: str
    chain_id: int
    sender: str
    to: str | None
    value: int
    data: bytes
    description: str
    nonce: int | None
    status: str
    created_at: dt.datetime
    attempts: tuple[Attempt, ...]
    updated_at: dt.datetime | None = None  # the intent's last change (its status, mostly)

    @property
    def latest(self) -> Attempt:
        return self.attempts[-1]

    @property
    def mined(self) -> Attempt | None:
        return next((a for a in self.attempts if a.status in (MINED, REVERTED)), None)


class TransactionStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, intent_id: str) -> TransactionRecord | None:
        with self.db.session() as session:
            intent = session.get(ChainIntent, intent_id)
            return None if intent is None else _record(session, intent)

    def list(
        self, chain_id: int, statuses: tuple[str, ...] | None = None
    ) -> list[TransactionRecord]:
        with self.db.session() as session:
            query = select(ChainIntent).where(ChainIntent.chain_id == chain_id)
            if statuses:
                query = query.where(ChainIntent.status.in_(statuses))
            intents = session.scalars(query.order_by(ChainIntent.created_at)).all()
            return [_record(session, intent) for intent in intents]

    def live_nonces(self, chain_id: int, sender: str) -> tuple[bool, int | None]:
        """(any attempt still live?, the reserved next nonce)."""
        with self.db.session() as session:
            live = session.scalar(
                select(func.count())
                .select_from(ChainTransaction)
                .where(
                    ChainTransaction.chain_id == chain_id,
                    ChainTransaction.sender == sender,
                    ChainTransaction.status.in_(LIVE_ATTEMPTS),
                )
            )
            row = session.get(ChainNonce, (chain_id, sender))
            return bool(live), None if row is None else row.next_nonce

    def at_nonce(self, chain_id: int, sender: str, nonce: int) -> builtins.list[TransactionRecord]:
        """Every recorded intent of `sender` at `nonce`."""
        with self.db.session() as session:
            intents = session.scalars(
                select(ChainIntent).where(
                    ChainIntent.chain_id == chain_id,
                    ChainIntent.sender == sender,
                    ChainIntent.nonce == nonce,
                )
            ).all()
            return [_record(session, intent) for intent in intents]

    def adopt_attempt(self, intent: ChainIntent, tx_hash: str, reserve_next: int) -> None:
        """Record `intent` with an attempt recorded before under an intent the node refused
        (identical bytes: the same attempt). That refused intent had nothing else and goes."""
        with self.db.session() as session:
            row = session.get(ChainTransaction, tx_hash)
            assert row is not None
            previous = row.intent_id
            session.add(intent)
            session.flush()
            row.intent_id = intent.id
            row.attempt = 1
            row.status = SIGNED
            row.error = None
            row.updated_at = now()
            session.flush()
            left = session.scalar(
                select(func.count())
                .select_from(ChainTransaction)
                .where(ChainTransaction.intent_id == previous)
            )
            if not left:
                old = session.get(ChainIntent, previous)
                if old is not None:
                    session.delete(old)
            nonce_row = session.get(ChainNonce, (row.chain_id, row.sender))
            if nonce_row is None:
                session.add(
                    ChainNonce(chain_id=row.chain_id, address=row.sender, next_nonce=reserve_next)
                )
            else:
                nonce_row.next_nonce = max(nonce_row.next_nonce, reserve_next)

    def record_attempt(
        self, intent: ChainIntent | None, attempt: ChainTransaction, reserve_next: int | None
    ) -> None:
        """Commit a new intent (if given), its signed attempt and the nonce reservation at once."""
        with self.db.session() as session:
            if intent is not None:
                session.add(intent)
                session.flush()
            session.add(attempt)
            if reserve_next is not None:
                row = session.get(ChainNonce, (attempt.chain_id, attempt.sender))
                if row is None:
                    session.add(
                        ChainNonce(
                            chain_id=attempt.chain_id,
                            address=attempt.sender,
                            next_nonce=reserve_next,
                        )
                    )
                else:
                    row.next_nonce = reserve_next

    def update_attempt(self, tx_hash: str, **fields: object) -> None:
        with self.db.session() as session:
            row = session.get(ChainTransaction, tx_hash)
            if row is None:
                return
            for name, value in fields.items():
                setattr(row, name, value)
            row.updated_at = now()

    def update_intent(self, intent_id: str, **fields: object) -> None:
        with self.db.session() as session:
            row = session.get(ChainIntent, intent_id)
            if row is None:
                return
            for name, value in fields.items():
                setattr(row, name, value)
            row.updated_at = now()

    def release_nonce(self, chain_id: int, sender: str, nonce: int) -> None:
        """Give back a nonce the node refused, if nothing was reserved after it."""
        with self.db.session() as session:
            row = session.get(ChainNonce, (chain_id, sender))
            if row is not None and row.next_nonce == nonce + 1:
                row.next_nonce = nonce


def _record(session: Session, intent: ChainIntent) -> TransactionRecord:
    rows = session.scalars(
        select(ChainTransaction)
        .where(ChainTransaction.intent_id == intent.id)
        .order_by(ChainTransaction.attempt)
    ).all()
    return TransactionRecord(
        intent_id=intent.id,
        chain_id=intent.chain_id,
        sender=intent.sender,
        to=intent.to_address,
        value=int(intent.value),
        data=intent.data,
        description=intent.description,
        nonce=intent.nonce,
        status=intent.status,
        created_at=intent.created_at,
        updated_at=intent.updated_at,
        attempts=tuple(
            Attempt(
                tx_hash=r.tx_hash,
                attempt=r.attempt,
                purpose=r.purpose,
                nonce=r.nonce,
                max_fee_per_gas=int(r.max_fee_per_gas),
                max_priority_fee_per_gas=int(r.max_priority_fee_per_gas),
                gas_limit=r.gas_limit,
                status=r.status,
                block_number=r.block_number,
                gas_used=r.gas_used,
                error=r.error,
                raw=r.raw,
                effective_gas_price=(
                    int(r.effective_gas_price) if r.effective_gas_price is not None else None
                ),
            )
            for r in rows
        ),
    )
