"""An account's transaction history: what it sent (the pipeline's records, pending ones included)
and the token transfers that moved its stablecoin and PSTs (indexed Transfer events).

A transfer the pipeline sent and the indexer later saw is listed once, as the pipeline's record
(which knows its attempts, fees and status). Incoming ETH leaves no event, so it shows in the
balance only. Speed-up and cancel apply to pending records of this account.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from eth_utils import keccak, to_checksum_address
from sqlalchemy import or_, select

from app.chain.transactions import TransactionPipeline
from app.chain.txstore import PENDING, TransactionRecord
from app.storage.db import Database
from app.storage.schema import ChainEvent
from app.wallet import descriptions
from app.wallet.balances import ETHER, Asset, format_units
from app.wallet.transfers import decode_transfer

TRANSFER_TOPIC = "0x" + keccak(text="Transfer(address,address,uint256)").hex()


@dataclass(frozen=True)
class HistoryEntry:
    direction: str  # "out", "in", "self", "approve" (an allowance) or "call" (another call)
    asset: Asset | None
    amount: int | None  # base units of `asset`
    counterparty: str | None
    status: str  # the pipeline's status; "confirmed" for indexed events
    tx_hash: str | None
    block: int | None
    when: dt.datetime | None  # when it was signed (pipeline records only)
    description: str  # a Phrase where the app knows what it is (app.wallet.descriptions)
    intent_id: str | None = None  # set for the pipeline's records
    fee: int | None = None  # wei the transaction paid (gas used x effective price), once mined
    label: str = ""  # the user's own label of the transaction (a BIP-329 `tx` label), if any

    @property
    def can_replace(self) -> bool:
        """Speed-up and cancel are for this account's own pending transactions."""
        return self.intent_id is not None and self.status == PENDING

    def description_text(self, language: str) -> str:
        """The description in `language` ("en", "zh_CN" or "zh_TW")."""
        return descriptions.text(self.description, language)

    @property
    def amount_text(self) -> str:
        if self.asset is None or self.amount is None:
            return ""
        sign = {"out": "−", "in": "+"}.get(self.direction, "")
        return sign + format_units(self.amount, self.asset)


class WalletHistory:
    def __init__(self, pipeline: TransactionPipeline, db: Database) -> None:
        self.pipeline = pipeline
        self.db = db

    def entries(self, account: str, assets: Sequence[Asset]) -> list[HistoryEntry]:
        """Newest first: pending records at the top, then by block."""
        me = to_checksum_address(account)
        tokens = {a.address: a for a in assets if a.address}
        records = [r for r in self.pipeline.history() if r.sender == me]
        ours = {a.tx_hash for r in records for a in r.attempts}
        entries = [_from_record(r, me, tokens) for r in records]
        entries += [e for e in self._events(me, tokens) if e.tx_hash not in ours]

        def order(entry: HistoryEntry) -> tuple[int, int, float]:
            pending = 1 if entry.status == PENDING else 0
            when = entry.when.timestamp() if entry.when else 0.0
            return (pending, entry.block or 0, when)

        return sorted(entries, key=order, reverse=True)

    def _events(self, me: str, tokens: dict[str, Asset]) -> list[HistoryEntry]:
        if not tokens:
            return []
        topic = "0x" + "00" * 12 + me.lower()[2:]
        e = ChainEvent
        query = (
            select(e.contract, e.block_number, e.tx_hash, e.topic1, e.topic2, e.data)
            .where(
                e.chain_id == self.pipeline.chain_id,
                e.contract.in_(list(tokens)),
                e.topic0 == TRANSFER_TOPIC,
                or_(e.topic1 == topic, e.topic2 == topic),
            )
            .order_by(e.block_number, e.log_index)
        )
        with self.db.session() as session:
            rows = list(session.execute(query))
        entries = []
        for contract, block, tx_hash, source, target, data in rows:
            raw = bytes(data)
            if len(raw) != 32 or not source or not target:
                continue  # not an ERC-20 Transfer (e.g. ERC-721 style): not ours to show
            sender, receiver = _address(source), _address(target)
            direction = "self" if sender == receiver else ("out" if sender == me else "in")
            other = receiver if direction == "out" else sender
            asset = tokens[to_checksum_address(contract)]
            entries.append(
                HistoryEntry(
                    direction=direction,
                    asset=asset,
                    amount=int.from_bytes(raw, "big"),
                    counterparty=other,
                    status="confirmed",
                    tx_hash=tx_hash,
                    block=block,
                    when=None,
                    description=descriptions.transfer(direction, asset, other),
                )
            )
        return entries


def _from_record(record: TransactionRecord, me: str, tokens: dict[str, Asset]) -> HistoryEntry:
    mined = record.mined
    chosen = mined or (record.attempts[-1] if record.attempts else None)
    block = mined.block_number if mined else None
    common = {
        "status": record.status,
        "tx_hash": chosen.tx_hash if chosen else None,
        "block": block,
        "when": record.created_at,
        "description": record.description,
        "intent_id": record.intent_id,
        "fee": chosen.fee if chosen else None,
    }
    asset: Asset | None = None
    if record.to is not None and record.to in tokens:
        asset = tokens[record.to]
        decoded = decode_transfer(record.data)
        if decoded is not None:
            to, amount = decoded
            direction = _direction(me, to)
            common["description"] = descriptions.transfer(direction, asset, to)
            return HistoryEntry(direction, asset, amount, to, **common)  # type: ignore[arg-type]
        allowed = _decode_approve(record.data)
        if allowed is not None:  # an allowance: the token, the amount and who may spend it
            spender, amount = allowed
            common["description"] = descriptions.allowance(asset, spender)
            return HistoryEntry("approve", asset, amount, spender, **common)  # type: ignore[arg-type]
    if not record.data and record.to is not None:
        direction = _direction(me, record.to)
        if direction == "self" and record.value == 0:
            common["description"] = descriptions.cancellation()
        else:
            common["description"] = descriptions.transfer(direction, ETHER, record.to)
        return HistoryEntry(direction, ETHER, record.value, record.to, **common)  # type: ignore[arg-type]
    common["description"] = descriptions.call(record.to, record.data, record.description)
    return HistoryEntry("call", None, None, record.to, **common)  # type: ignore[arg-type]


APPROVE_SELECTOR = bytes.fromhex("095ea7b3")  # approve(address,uint256)


def _decode_approve(data: bytes) -> tuple[str, int] | None:
    if len(data) != 68 or data[:4] != APPROVE_SELECTOR or any(data[4:16]):
        return None
    return to_checksum_address(data[16:36]), int.from_bytes(data[36:68], "big")


def _direction(me: str, to: str) -> str:
    return "self" if to == me else "out"


def _address(topic: str) -> str:
    return to_checksum_address("0x" + topic[-40:])
