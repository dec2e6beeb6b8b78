"""The treasury audit trail: every treasury event appended to SQLite as a hash chain.

    entry_hash(n) = keccak256(bytes(entry_hash(n-1)) || canonical JSON of entry n)
with entry 0's hash 32 zero bytes. The canonical JSON holds every field but the two hashes,
including the sequence number and, for chain events, the chain id, transaction hash, block and
log index. Editing, removing, inserting or reordering a row breaks the chain at that row; a
rewrite of every later hash is caught by comparing the head with one kept elsewhere (an export,
the on-chain events themselves). Chain events are appended at most once (chain, tx, log index).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from Crypto.Hash import keccak as keccak_256
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.backend.canonical import canonical_json
from app.storage.db import Database
from app.storage.schema import TreasuryAuditEntry
from app.treasury.errors import AuditError

GENESIS = "0x" + "00" * 32
CHAIN_KINDS = ("routed", "proposed", "approved", "rejected", "cancelled", "executed")
LOCAL_KINDS = ("override", "note", "signed")  # signed: an approval or rejection, off chain
KINDS = CHAIN_KINDS + LOCAL_KINDS
Details = Mapping[str, str | int | bool | None]


@dataclass(frozen=True)
class ChainRef:
    """Where a chain event came from: what makes it unique and what it is checked against."""

    chain_id: int
    tx_hash: str
    log_index: int
    block_number: int


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    kind: str
    at: str  # ISO 8601 UTC
    actor: str | None = None
    store_id: str | None = None  # 0x + 64 hex
    period: int | None = None
    proposal_id: int | None = None
    amount: int | None = None
    details: Details = field(default_factory=dict)
    chain_id: int | None = None
    tx_hash: str | None = None
    block_number: int | None = None
    log_index: int | None = None
    prev_hash: str = GENESIS
    entry_hash: str = ""

    def body(self) -> dict[str, Any]:
        """What is hashed: everything but the hashes (amount as a decimal string)."""
        return {
            "seq": self.seq,
            "kind": self.kind,
            "at": self.at,
            "actor": self.actor,
            "store_id": self.store_id,
            "period": self.period,
            "proposal_id": self.proposal_id,
            "amount": None if self.amount is None else str(self.amount),
            "details": dict(self.details),
            "chain_id": self.chain_id,
            "tx_hash": self.tx_hash,
            "block_number": self.block_number,
            "log_index": self.log_index,
        }


# canonical_json's exact settings, built once: json.dumps builds a new encoder on every call with
# non-default options, which is a third of the time of verifying a long trail.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def hash_entry(prev_hash: str, body: dict[str, Any]) -> str:
    """keccak256(prev_hash bytes || canonical JSON of the body), 0x-hex."""
    data = bytes.fromhex(prev_hash[2:]) + _CANONICAL.encode(body).encode()
    return "0x" + keccak_256.new(digest_bits=256, data=data).digest().hex()


@dataclass(frozen=True)
class Verification:
    ok: bool
    count: int
    first_bad_seq: int | None = None
    problem: str = ""  # "edited" | "removed" | "inserted" | "reordered" | "relinked" | "head"
    message: str = ""


def verify(entries: Sequence[AuditEntry], expected_head: str | None = None) -> Verification:
    """Walk the chain in the given order; name the first row that is wrong and why."""
    prev = GENESIS
    positions: dict[int, int] | None = None  # seq -> first index, built only when needed
    for index, entry in enumerate(entries):
        expected = index + 1
        if entry.seq != expected:
            if positions is None:
                positions = {}
                for i, e in enumerate(entries):
                    positions.setdefault(e.seq, i)
            if entry.seq < expected and positions.get(entry.seq, index) < index:
                return _bad(index, entry.seq, "inserted", "appears twice: a row was inserted")
            if entry.seq > expected and expected not in positions:
                return _bad(index, expected, "removed", "is missing: a row was removed")
            return _bad(
                index, min(entry.seq, expected), "reordered", "is out of order: rows were moved"
            )
        try:
            own = hash_entry(entry.prev_hash, entry.body())
        except (ValueError, TypeError):  # a mangled prev_hash or details in an imported file
            own = ""
        if own != entry.entry_hash:
            return _bad(
                index, entry.seq, "edited", "was edited: its content does not match its hash"
            )
        if entry.prev_hash != prev:
            return _bad(
                index,
                entry.seq - 1,
                "relinked",
                f"was replaced: entry {entry.seq} no longer links to it",
            )
        prev = entry.entry_hash
    if expected_head is not None and prev != expected_head:
        return Verification(
            False,
            len(entries),
            len(entries),
            "head",
            f"The trail ends at {prev[:12]}…, not at the expected head {expected_head[:12]}…: "
            "rows were rewritten or removed at the end.",
        )
    return Verification(True, len(entries))


def _bad(index: int, seq: int, problem: str, words: str) -> Verification:
    return Verification(
        False, index, seq, problem, f"Audit entry {seq} {words}. Entries before it are intact."
    )


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class AuditTrail:
    """The audit trail in the local store. Appends are serialized by the entry's primary key."""

    def __init__(self, db: Database, clock: Callable[[], str] = _utc_now) -> None:
        self.db = db
        self.clock = clock

    def append(
        self,
        kind: str,
        *,
        actor: str | None = None,
        store_id: str | None = None,
        period: int | None = None,
        proposal_id: int | None = None,
        amount: int | None = None,
        details: Details | None = None,
        chain: ChainRef | None = None,
    ) -> AuditEntry | None:
        """Append one entry; for a chain event already recorded, append nothing and return None."""
        if kind not in KINDS:
            raise AuditError("treasury.audit_kind", kind=f"{kind:.30}")
        if (kind in CHAIN_KINDS) != (chain is not None):
            code = "treasury.audit_needs_chain" if chain is None else "treasury.audit_no_chain"
            raise AuditError(code, kind=kind)
        if amount is not None and amount < 0:
            raise AuditError("treasury.audit_negative")
        for attempt in range(5):
            try:
                return self._append_once(
                    kind, actor, store_id, period, proposal_id, amount, details or {}, chain
                )
            except IntegrityError:
                # Another writer took this sequence number (or this log) first: look again.
                if attempt == 4:
                    raise
        return None  # pragma: no cover - the loop returns or raises

    def _append_once(
        self,
        kind: str,
        actor: str | None,
        store_id: str | None,
        period: int | None,
        proposal_id: int | None,
        amount: int | None,
        details: Details,
        chain: ChainRef | None,
    ) -> AuditEntry | None:
        with self.db.session() as session:
            if chain is not None and session.scalar(
                select(func.count())
                .select_from(TreasuryAuditEntry)
                .where(
                    TreasuryAuditEntry.chain_id == chain.chain_id,
                    TreasuryAuditEntry.tx_hash == chain.tx_hash,
                    TreasuryAuditEntry.log_index == chain.log_index,
                )
            ):
                return None
            last = session.execute(
                select(TreasuryAuditEntry.seq, TreasuryAuditEntry.entry_hash)
                .order_by(TreasuryAuditEntry.seq.desc())
                .limit(1)
            ).first()
            seq, prev = (1, GENESIS) if last is None else (last[0] + 1, last[1])
            entry = AuditEntry(
                seq=seq,
                kind=kind,
                at=self.clock(),
                actor=actor,
                store_id=store_id,
                period=period,
                proposal_id=proposal_id,
                amount=amount,
                details=dict(details),
                chain_id=None if chain is None else chain.chain_id,
                tx_hash=None if chain is None else chain.tx_hash,
                block_number=None if chain is None else chain.block_number,
                log_index=None if chain is None else chain.log_index,
                prev_hash=prev,
            )
            entry = _with_hash(entry)
            session.add(_row(entry))
            return entry

    def ingest(self, events: Iterable[Any], chain_id: int) -> list[AuditEntry]:
        """Append decoded DistributionTreasury events (web3 event dicts), oldest first; events
        already in the trail are skipped, so re-ingesting an overlapping range is harmless."""
        ordered = sorted(events, key=lambda e: (int(e["blockNumber"]), int(e["logIndex"])))
        added = []
        for event in ordered:
            mapped = event_entry(event, chain_id)
            if mapped is None:
                continue
            kind, fields, ref = mapped
            entry = self.append(kind, chain=ref, **fields)
            if entry is not None:
                added.append(entry)
        return added

    def entries(self) -> list[AuditEntry]:
        with self.db.engine.connect() as connection:
            rows = connection.execute(
                select(TreasuryAuditEntry.__table__).order_by(TreasuryAuditEntry.seq)
            ).all()
        return [
            AuditEntry(
                seq=r.seq,
                kind=r.kind,
                at=r.at,
                actor=r.actor,
                store_id=r.store_id,
                period=r.period,
                proposal_id=r.proposal_id,
                amount=None if r.amount is None else int(r.amount),
                details=json.loads(r.details),
                chain_id=r.chain_id,
                tx_hash=r.tx_hash,
                block_number=r.block_number,
                log_index=r.log_index,
                prev_hash=r.prev_hash,
                entry_hash=r.entry_hash,
            )
            for r in rows
        ]

    def head(self) -> tuple[int, str]:
        """(last sequence number, its hash): keep it elsewhere to detect a wholesale rewrite."""
        with self.db.session() as session:
            last = session.execute(
                select(TreasuryAuditEntry.seq, TreasuryAuditEntry.entry_hash)
                .order_by(TreasuryAuditEntry.seq.desc())
                .limit(1)
            ).first()
        return (0, GENESIS) if last is None else (int(last[0]), str(last[1]))

    def verify(self, expected_head: str | None = None) -> Verification:
        return verify(self.entries(), expected_head)


def _with_hash(entry: AuditEntry) -> AuditEntry:
    return replace(entry, entry_hash=hash_entry(entry.prev_hash, entry.body()))


def _row(entry: AuditEntry) -> TreasuryAuditEntry:
    return TreasuryAuditEntry(
        seq=entry.seq,
        kind=entry.kind,
        at=entry.at,
        actor=entry.actor,
        store_id=entry.store_id,
        period=entry.period,
        proposal_id=entry.proposal_id,
        amount=None if entry.amount is None else str(entry.amount),
        details=canonical_json(dict(entry.details)).decode(),
        chain_id=entry.chain_id,
        tx_hash=entry.tx_hash,
        block_number=entry.block_number,
        log_index=entry.log_index,
        prev_hash=entry.prev_hash,
        entry_hash=entry.entry_hash,
    )


def _hex(value: Any) -> str:
    return "0x" + bytes(value).hex() if isinstance(value, bytes | bytearray) else str(value)


def event_entry(event: Any, chain_id: int) -> tuple[str, dict[str, Any], ChainRef] | None:
    """A decoded DistributionTreasury event as (kind, entry fields, chain reference)."""
    name, args = event["event"], event["args"]
    ref = ChainRef(
        chain_id,
        _hex(event["transactionHash"]).lower(),
        int(event["logIndex"]),
        int(event["blockNumber"]),
    )
    if name == "Deposited":
        fields = {
            "store_id": _hex(args["storeId"]),
            "actor": args["router"],
            "amount": args["amount"],
        }
        return "routed", fields, ref
    if name == "Proposed":
        return (
            "proposed",
            {
                "proposal_id": args["proposalId"],
                "store_id": _hex(args["storeId"]),
                "period": args["period"],
                "amount": args["amount"],
                "actor": args["proposer"],
                "details": {
                    "report_hash": _hex(args["reportHash"]),
                    "expires_at": int(args["expiresAt"]),
                },
            },
            ref,
        )
    if name == "Approved":
        return (
            "approved",
            {
                "proposal_id": args["proposalId"],
                "actor": args["approver"],
                "details": {"approvals": int(args["approvals"])},
            },
            ref,
        )
    if name == "Rejected":
        return (
            "rejected",
            {
                "proposal_id": args["proposalId"],
                "actor": args["approver"],
                "details": {"reason": str(args["reason"])[:2000]},
            },
            ref,
        )
    if name == "Cancelled":
        return "cancelled", {"proposal_id": args["proposalId"], "actor": args["by"]}, ref
    if name == "Executed":
        return (
            "executed",
            {
                "proposal_id": args["proposalId"],
                "store_id": _hex(args["storeId"]),
                "period": args["period"],
                "amount": args["amount"],
                "actor": args["executor"],
                "details": {
                    "report_hash": _hex(args["reportHash"]),
                    "signers": ",".join(str(a) for a in args.get("signers") or ()),
                },
            },
            ref,
        )
    return None
