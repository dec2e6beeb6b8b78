"""Following recorded transactions to a receipt, and reconciling them at start-up.

A mixin of TransactionPipeline: it needs `client`, `store`, `confirmations`, `broadcast()` and
`_publish()`. Nothing here signs: reconciliation only re-sends bytes that were already recorded.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from app.chain.client import ChainClient, checksum, parse_quantity
from app.chain.errors import BroadcastUncertain, ChainError, ReceiptTimeout
from app.chain.txstore import (
    CANCELLED,
    CONFIRMED,
    DROPPED,
    FAILED,
    LIVE_ATTEMPTS,
    MINED,
    NONCE_TAKEN,
    PENDING,
    REJECTED,
    REPLACED,
    REVERTED,
    SENT,
    TransactionRecord,
    TransactionStore,
    now,
)
from app.errors import Phrase

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReconcileOutcome:
    record: TransactionRecord
    action: str  # "confirmed" | "mined" | "failed" | "cancelled" | "dropped" | "nonce_taken"
    #             | "rebroadcast" | "waiting" | "uncertain"
    #             | "mined_after_all" (called dropped / nonce taken before; its receipt found)

    @property
    def notice(self) -> Phrase:
        """What happened to this earlier transaction, in words for the user."""
        record = self.record
        params = {
            "description": record.description,
            "nonce": record.nonce,
            "tx_hash": _hash(record),
        }
        if self.action in ("rebroadcast", "uncertain", "waiting", "mined"):
            key = "waiting" if self.action == "mined" else self.action
            return Phrase(f"tx.settled.{key}", **params)
        if self.action == FAILED and record.mined is None:
            return Phrase("tx.settled.failed", **params)
        return Phrase("tx.settled.final", status=status_phrase(record.status), **params)


class Told:
    """What was said of each earlier transaction settled (intent id -> action), so each is
    said once and again only when it says something new: a re-send or a final state, never
    "still waiting" a second time."""

    def __init__(self) -> None:
        self._said: dict[str, str] = {}

    def news(self, outcome: ReconcileOutcome) -> bool:
        """Whether `outcome` is worth saying now (and remember that it was)."""
        before = self._said.get(outcome.record.intent_id)
        self._said[outcome.record.intent_id] = outcome.action
        return before is None or (before != outcome.action and outcome.action != "waiting")


# A node can count a new block's nonces a moment before it serves that block's receipts (anvil on
# a loaded machine; an RPC service whose back ends are a block apart): a nonce used up with no
# receipt of ours is looked at again over about a second before the intent is called over.
SECOND_LOOKS = (0.1, 0.3, 0.6, 1.0, 2.0)
# A node's transaction index can lag its nonces by more than the second looks (seconds, on an RPC
# service under load): "used up, none of ours found" only becomes a verdict once the nonce was
# used BURIED_BLOCKS blocks ago, or this process has seen it so for UNSEEN_WINDOW seconds (a dev
# chain makes blocks only on demand). Until then the intent stays pending, its outcome unknown.
BURIED_BLOCKS = 6
UNSEEN_WINDOW = 30.0
# A verdict of dropped / nonce taken is looked up by hash again by every reconcile for this long:
# a receipt found later turns it into what the chain shows.
RECHECK_WINDOW = dt.timedelta(days=1)
# A transaction this process re-sent at start-up (or found mined there), the same call submitted
# again this soon after is the person's retry of it (their first run died before it said
# anything, or said "not known yet"), not a new payment.
RESENT_WINDOW = 120.0


def status_phrase(status: str) -> Phrase:
    """A recorded transaction's status in words (History, CLI)."""
    return Phrase(f"tx.status.{status}")


class Tracking:
    client: ChainClient
    store: TransactionStore
    confirmations: int
    # intent id -> when this process re-sent its recorded bytes, or found it mined while settling
    resent: dict[str, float]
    unseen: dict[str, float]  # intent id -> since when its nonce is used and none of it found

    def broadcast(self, tx_hash: str, raw: bytes) -> None:
        raise NotImplementedError

    def resent_lately(self, record: TransactionRecord) -> bool:
        """Whether this process re-sent `record`'s recorded bytes, or found it mined, within
        RESENT_WINDOW."""
        at = self.resent.get(record.intent_id)
        return at is not None and time.monotonic() - at < RESENT_WINDOW

    def _publish(self) -> None:
        raise NotImplementedError

    def nonce_lock(self, sender: str) -> AbstractContextManager[None]:
        raise NotImplementedError

    def _get(self, intent_id: str) -> TransactionRecord:
        raise NotImplementedError

    def pending(self) -> list[TransactionRecord]:
        raise NotImplementedError

    def refresh(self, intent_id: str) -> TransactionRecord:
        """Look once at the chain and record what happened to an intent's attempts.

        Every attempt ever signed is asked for a receipt, also one whose broadcast raised (a node
        can refuse in words and still take it). Only when the sender's nonce is used up and no
        attempt of this intent is mined, also when looked up by hash, is the intent over without
        effect: `dropped` when another recorded transaction of ours took the nonce, `nonce_taken`
        when a transaction this app never recorded did. That verdict waits until the nonce is
        buried (`_surely_over`); a receipt found later still turns it over (`reconcile`)."""
        record = self._get(intent_id)
        if record.status != PENDING or record.nonce is None:
            return record
        # Nonce first, receipts second: a nonce used up with no receipt of ours is then certain.
        used = parse_quantity(
            self.client.rpc("eth_getTransactionCount", [record.sender, "latest"]), "nonce"
        )
        mined = self._receipt(record)
        for pause in SECOND_LOOKS:  # "used up, none of ours mined" is looked at again first
            if mined is not None or used <= record.nonce or self._any_in_a_block(record):
                break
            time.sleep(pause)
            mined = self._receipt(record)
        changed = False
        if mined is not None:
            self.unseen.pop(intent_id, None)
            changed = self._record_mined(record, *mined)
        elif used > record.nonce:
            if self._any_in_a_block(record):
                return record  # mined, but its receipt is not served yet: look again later
            taker = self._taker(record)
            if taker != DROPPED and not self._surely_over(record):
                return record  # perhaps mined, its node's index behind: look again later
            for attempt in record.attempts:
                if attempt.status != REJECTED:
                    self.store.update_attempt(attempt.tx_hash, status=REPLACED)
            self.store.update_intent(intent_id, status=taker)
            self.unseen.pop(intent_id, None)
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

    def _surely_over(self, record: TransactionRecord) -> bool:
        """Whether "nonce used, no attempt of ours mined" is final: the nonce was used at least
        BURIED_BLOCKS (or the confirmations asked for) blocks ago, or this process has seen it
        so for UNSEEN_WINDOW. A lagging transaction index cannot hide a receipt that long."""
        first = self.unseen.setdefault(record.intent_id, time.monotonic())
        if time.monotonic() - first >= UNSEEN_WINDOW:
            return True
        depth = max(BURIED_BLOCKS, self.confirmations)
        head = self.client.block_number()
        if head < depth:
            return False
        then = self.client.rpc("eth_getTransactionCount", [record.sender, hex(head - depth)])
        return parse_quantity(then, "nonce") > (record.nonce or 0)

    def recheck(self) -> list[ReconcileOutcome]:
        """Look up by hash every recent intent called dropped or nonce taken: one whose attempt
        is mined after all (a node's index caught up) becomes what its receipt says. DROPPED
        proven by another intent of ours mined at the nonce cannot be mined, and is skipped."""
        outcomes = []
        since = now() - RECHECK_WINDOW
        for record in self.store.list(self.client.chain_id, (DROPPED, NONCE_TAKEN)):
            if record.status == DROPPED or record.updated_at is None:
                continue
            if _aware(record.updated_at) < since:
                continue
            found = self._receipt(record)
            if found is None:
                continue
            log.warning(
                "%s was called %s, yet %s is mined", record.intent_id, record.status, found[0]
            )
            self.store.update_intent(record.intent_id, status=PENDING)
            self._record_mined(self._get(record.intent_id), *found)
            outcomes.append(ReconcileOutcome(self._get(record.intent_id), "mined_after_all"))
        if outcomes:
            self._publish()
        return outcomes

    def _receipt(self, record: TransactionRecord) -> tuple[str, Any] | None:
        """(hash, receipt) of the attempt that is mined, if the node serves one."""
        for attempt in record.attempts:
            receipt = self.client.rpc("eth_getTransactionReceipt", [attempt.tx_hash])
            if isinstance(receipt, dict):
                return attempt.tx_hash, receipt
        return None

    def _any_in_a_block(self, record: TransactionRecord) -> bool:
        for attempt in record.attempts:
            found = self.client.rpc("eth_getTransactionByHash", [attempt.tx_hash])
            if isinstance(found, dict) and found.get("blockNumber"):
                return True
        return False

    def _taker(self, record: TransactionRecord) -> str:
        """DROPPED when another recorded intent of ours was mined at this nonce, else
        NONCE_TAKEN: a transaction this app never recorded used it."""
        for other in self.store.at_nonce(record.chain_id, record.sender, record.nonce or 0):
            if other.intent_id != record.intent_id and (
                other.mined is not None or other.status == CONFIRMED
            ):
                return DROPPED
        return NONCE_TAKEN

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
            effective_gas_price=_price(receipt),
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
        """Refresh until the intent is final (receipt + confirmations) or `timeout` passes. A look
        that fails (the node unreachable, a receipt lookup refused) is retried until then: the
        outcome is only unknown, never a failure."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                record = self.refresh(intent_id)
            except ChainError as error:
                log.info("looking for the receipt of %s failed: %s", intent_id, error.code)
                record = self._get(intent_id)
            if record.status != PENDING:
                return record
            if time.monotonic() >= deadline:
                raise ReceiptTimeout(
                    "chain.receipt_unknown",
                    description=record.description,
                    seconds=f"{timeout:g}",
                    tx_hash=_hash(record),
                )
            time.sleep(poll)

    def settle(self, sender: str) -> list[ReconcileOutcome]:
        """Settle `sender`'s recorded, unconfirmed transactions (under its nonce lock)."""
        with self.nonce_lock(sender):
            return self._settle(sender)

    def _settle(self, sender: str) -> list[ReconcileOutcome]:
        """Each pending transaction of `sender`, lowest nonce first: record what the chain shows;
        re-send the same signed bytes when the node does not know them (never re-signed)."""
        outcomes = []
        mine = [r for r in self.pending() if r.sender == checksum(sender)]
        for record in sorted(mine, key=lambda r: r.nonce or 0):
            outcomes.append(self._settle_one(record))
        if outcomes:
            self._publish()
        return outcomes

    def _settle_one(self, record: TransactionRecord) -> ReconcileOutcome:
        try:
            record = self.refresh(record.intent_id)
        except ChainError:
            return ReconcileOutcome(self._get(record.intent_id), "uncertain")
        if record.status in (PENDING, CONFIRMED) and record.mined is not None:
            self.resent[record.intent_id] = time.monotonic()  # found mined by this process now
        if record.status != PENDING:
            return ReconcileOutcome(record, record.status)
        if record.mined is not None:
            return ReconcileOutcome(record, "mined")
        live = [a for a in record.attempts if a.status in LIVE_ATTEMPTS]
        if not live:
            return ReconcileOutcome(record, "waiting")
        newest = live[-1]
        try:
            if self.client.rpc("eth_getTransactionByHash", [newest.tx_hash]) is not None:
                return ReconcileOutcome(self._get(record.intent_id), "waiting")
            self.broadcast(newest.tx_hash, newest.raw)
            self.resent[record.intent_id] = time.monotonic()
            action = "rebroadcast"
        except BroadcastUncertain:
            action = "uncertain"
        except ChainError:
            action = "failed" if self._get(record.intent_id).status == FAILED else "uncertain"
        return ReconcileOutcome(self._get(record.intent_id), action)

    def reconcile(self) -> list[ReconcileOutcome]:
        """At start-up (every process that signs): settle every recorded but unconfirmed
        transaction. A transaction the node does not know is re-sent as the same signed bytes
        (same hash), never re-signed."""
        self.client.ensure_chain_id()  # never re-send recorded bytes to a different chain
        outcomes = self.recheck()
        for sender in sorted({r.sender for r in self.pending()}):
            outcomes += self.settle(sender)
        return outcomes


def _price(receipt: Any) -> str | None:
    """The receipt's effective gas price in wei, as text (None when the node gives none)."""
    value = receipt.get("effectiveGasPrice")
    return None if value is None else str(parse_quantity(value, "receipt"))


def _aware(moment: dt.datetime) -> dt.datetime:
    """SQLite gives naive datetimes back; they were stored in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _hash(record: TransactionRecord) -> str:
    chosen = record.mined or (record.attempts[-1] if record.attempts else None)
    return chosen.tx_hash if chosen else "-"
