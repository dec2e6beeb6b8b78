"""Following recorded transactions to a receipt, and reconciling them at start-up.

A mixin of TransactionPipeline: it needs `client`, `store`, `confirmations`, `broadcast()` and
`_publish()`. Nothing here signs: reconciliation only re-sends bytes that were already recorded.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from app.chain.client import ChainClient, parse_quantity
from app.chain.errors import BroadcastUncertain, ChainError, ReceiptTimeout
from app.chain.txstore import (
    CANCELLED,
    CONFIRMED,
    DROPPED,
    FAILED,
    LIVE_ATTEMPTS,
    MINED,
    PENDING,
    REJECTED,
    REPLACED,
    REVERTED,
    SENT,
    TransactionRecord,
    TransactionStore,
)


@dataclass(frozen=True)
class ReconcileOutcome:
    record: TransactionRecord
    action: str  # "confirmed" | "mined" | "failed" | "cancelled" | "dropped" | "rebroadcast"
    #             | "waiting" | "uncertain"


class Tracking:
    client: ChainClient
    store: TransactionStore
    confirmations: int

    def broadcast(self, tx_hash: str, raw: bytes) -> None:
        raise NotImplementedError

    def _publish(self) -> None:
        raise NotImplementedError

    def _get(self, intent_id: str) -> TransactionRecord:
        raise NotImplementedError

    def pending(self) -> list[TransactionRecord]:
        raise NotImplementedError

    def refresh(self, intent_id: str) -> TransactionRecord:
        """Look once at the chain and record what happened to an intent's attempts."""
        record = self._get(intent_id)
        if record.status != PENDING or record.nonce is None:
            return record
        # Nonce first, receipts second: a nonce used up with no receipt of ours is then certain.
        used = parse_quantity(
            self.client.rpc("eth_getTransactionCount", [record.sender, "latest"]), "nonce"
        )
        receipts = {
            a.tx_hash: self.client.rpc("eth_getTransactionReceipt", [a.tx_hash])
            for a in record.attempts
            if a.status != REJECTED
        }
        mined = next(((h, r) for h, r in receipts.items() if isinstance(r, dict)), None)
        changed = False
        if mined is not None:
            changed = self._record_mined(record, *mined)
        elif used > record.nonce:
            for attempt in record.attempts:
                if attempt.status != REJECTED:
                    self.store.update_attempt(attempt.tx_hash, status=REPLACED)
            self.store.update_intent(intent_id, status=DROPPED)
            changed = True
        else:
            for attempt in record.attempts:  # a receipt that vanished: reorged out
                if attempt.status in (MINED, REVERTED):
                    self.store.update_attempt(
                        attempt.tx_hash, status=SENT, block_number=None, block_hash=None
                    )
                    changed = True
        if changed:
            self._publish()
        return self._get(intent_id)

    def _record_mined(self, record: TransactionRecord, tx_hash: str, receipt: Any) -> bool:
        """Record the receipt; True when something changed (first seen, moved block, final)."""
        block = parse_quantity(receipt.get("blockNumber"), "receipt")
        ok = parse_quantity(receipt.get("status"), "receipt") == 1
        before = next(a for a in record.attempts if a.tx_hash == tx_hash)
        changed = (before.status, before.block_number) != (MINED if ok else REVERTED, block)
        self.store.update_attempt(
            tx_hash,
            status=MINED if ok else REVERTED,
            block_number=block,
            block_hash=str(receipt.get("blockHash")),
            gas_used=parse_quantity(receipt.get("gasUsed"), "receipt"),
            error=None if ok else "reverted on chain",
        )
        for attempt in record.attempts:
            if attempt.tx_hash != tx_hash and attempt.status != REJECTED:
                self.store.update_attempt(attempt.tx_hash, status=REPLACED)
        head = self.client.block_number()
        if head - block + 1 >= self.confirmations:
            purpose = next(a.purpose for a in record.attempts if a.tx_hash == tx_hash)
            final = CANCELLED if purpose == "cancel" else (CONFIRMED if ok else FAILED)
            self.store.update_intent(record.intent_id, status=final)
            changed = True
        return changed

    def wait(self, intent_id: str, timeout: float = 60.0, poll: float = 0.2) -> TransactionRecord:
        """Refresh until the intent is final (receipt + confirmations) or `timeout` passes."""
        deadline = time.monotonic() + timeout
        while True:
            record = self.refresh(intent_id)
            if record.status != PENDING:
                return record
            if time.monotonic() >= deadline:
                raise ReceiptTimeout(
                    f"'{record.description}' has no receipt after {timeout:g} s. It stays recorded "
                    "and is followed up; you can speed it up or cancel it."
                )
            time.sleep(poll)

    def reconcile(self) -> list[ReconcileOutcome]:
        """At start-up: settle every recorded but unconfirmed transaction. A transaction the node
        does not know is re-sent as the same signed bytes (same hash), never re-signed."""
        self.client.ensure_chain_id()  # never re-send recorded bytes to a different chain
        outcomes = []
        for record in self.pending():
            record = self.refresh(record.intent_id)
            if record.status != PENDING:
                outcomes.append(ReconcileOutcome(record, record.status))
                continue
            if record.mined is not None:
                outcomes.append(ReconcileOutcome(record, "mined"))
                continue
            live = [a for a in record.attempts if a.status in LIVE_ATTEMPTS]
            if not live:
                outcomes.append(ReconcileOutcome(record, "waiting"))
                continue
            newest = live[-1]
            if self.client.rpc("eth_getTransactionByHash", [newest.tx_hash]) is not None:
                outcomes.append(ReconcileOutcome(self._get(record.intent_id), "waiting"))
                continue
            try:
                self.broadcast(newest.tx_hash, newest.raw)
                action = "rebroadcast"
            except BroadcastUncertain:
                action = "uncertain"
            except ChainError:
                action = "failed"
            outcomes.append(ReconcileOutcome(self._get(record.intent_id), action))
        self._publish()
        return outcomes
