"""The transaction pipeline: build, simulate, sign, record, send; speed up or cancel.

The order is the safety: the chain id is re-checked before signing, and every signed transaction
is committed to SQLite before it is broadcast. An intent gets a second, different signed
transaction only when the user asks for a speed-up or a cancel (same nonce, so at most one of
them can ever be mined). Tracking and start-up reconciliation live in app/chain/tracking.py.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from app.chain.checkpoints import checkpoint
from app.chain.client import ChainClient, checksum, parse_quantity
from app.chain.errors import (
    BadRpcResponse,
    BroadcastUncertain,
    ChainError,
    ChainUnavailable,
    RetryNotReceived,
    RpcError,
    SimulationReverted,
    TransactionNotPending,
)
from app.chain.fees import Fees, bumped, suggest_fees
from app.chain.locks import nonce_lock
from app.chain.revert import artifact_decoder, revert_data
from app.chain.signer import Signer, sender_of
from app.chain.tracking import ReconcileOutcome, Tracking
from app.chain.txstore import (
    CONFIRMED,
    FAILED,
    LIVE_ATTEMPTS,
    PENDING,
    REJECTED,
    SENT,
    SIGNED,
    TransactionRecord,
    TransactionStore,
    now,
)
from app.events import TX_SETTLED, Changes, EventBus
from app.storage.db import Database
from app.storage.schema import ChainIntent, ChainTransaction

log = logging.getLogger(__name__)
TOPIC = "transactions"
GAS_MARGIN_BP = 12_000  # estimate x 1.2: state can move between simulation and inclusion
CANCEL_GAS = 21_000


@dataclass(frozen=True)
class Intent:
    """What to do: call `to` with `data` and `value` (wei). `to=None` deploys `data`."""

    to: str | None
    data: bytes
    value: int
    description: str

    def __post_init__(self) -> None:
        if self.value < 0 or self.value >= 2**256:
            raise ChainError("chain.value_out_of_range")
        if self.to is not None:
            checksum(self.to)


@dataclass(frozen=True)
class PreparedTransaction:
    """A built and simulated transaction, ready to review and sign."""

    intent: Intent
    sender: str
    gas_limit: int
    fees: Fees
    result: bytes  # what the simulated call returned

    @property
    def max_cost(self) -> int:
        """The most it can cost in wei: value plus gas at the max fee."""
        return self.intent.value + self.gas_limit * self.fees.max_fee_per_gas


class TransactionPipeline(Tracking):
    def __init__(
        self,
        client: ChainClient,
        db: Database,
        bus: EventBus | None = None,
        *,
        gas_margin_bp: int = GAS_MARGIN_BP,
        confirmations: int = 1,
    ) -> None:
        self.client = client
        self.store = TransactionStore(db)
        self.bus = bus
        self.gas_margin_bp = gas_margin_bp
        self.confirmations = confirmations
        self.resent: dict[str, float] = {}
        self.unseen: dict[str, float] = {}
        # Told what settling earlier transactions found before a new one is signed (the CLI
        # prints it; the GUI's start-up reconcile shows its own).
        self.on_settled: Callable[[ReconcileOutcome], None] | None = None

    @property
    def chain_id(self) -> int:
        return self.client.chain_id

    @contextmanager
    def nonce_lock(self, sender: str) -> Iterator[None]:
        """One nonce choice at a time per (chain, sender), across threads and processes."""
        with nonce_lock(self.store.db.path, self.chain_id, checksum(sender)):
            yield

    # -- build and simulate ---------------------------------------------------------------
    def prepare(self, intent: Intent, sender: str, speed: str = "normal") -> PreparedTransaction:
        """Simulate with eth_call and estimate gas; raises SimulationReverted in words."""
        sender = checksum(sender)
        call: dict[str, Any] = {"from": sender, "value": hex(intent.value)}
        call["data"] = "0x" + intent.data.hex()
        if intent.to is not None:
            call["to"] = checksum(intent.to)
        result = self._simulate("eth_call", [call, "latest"])
        estimate = parse_quantity(self._simulate("eth_estimateGas", [call]), "eth_estimateGas")
        gas_limit = estimate * self.gas_margin_bp // 10_000
        return PreparedTransaction(
            intent=intent,
            sender=sender,
            gas_limit=gas_limit,
            fees=suggest_fees(self.client, speed=speed),
            result=bytes.fromhex(result[2:]) if isinstance(result, str) else b"",
        )

    def _simulate(self, method: str, params: list[Any]) -> Any:
        try:
            return self.client.rpc(method, params)
        except RpcError as error:
            data = revert_data(error)
            if data is None:
                raise
            raise SimulationReverted(artifact_decoder().describe(data), data) from None

    # -- sign, record, send ---------------------------------------------------------------
    def send(self, intent: Intent, signer: Signer) -> TransactionRecord:
        """prepare + submit, for callers that do not show a review step."""
        return self.submit(self.prepare(intent, signer.address), signer)

    def submit(
        self, prepared: PreparedTransaction, signer: Signer, *, intent_id: str | None = None
    ) -> TransactionRecord:
        """Sign, record, broadcast. Re-submitting a known `intent_id` returns its record and
        signs nothing (a retried button press must not make a second transaction).

        Under the sender's nonce lock, recorded transactions with a lower nonce are settled first
        (`settle`): a new transaction never leaves a gap behind it. When one of them is the same
        call (to, value, data) that never reached the node, it is re-sent and returned instead of
        signing a second one: a retry after a crash sends once. The same holds when this
        process's start-up reconcile already re-sent it or found it mined (the CLI reconciles
        before the command runs), within RESENT_WINDOW. When it is recorded but the node has not
        received it (its re-send failed too), nothing is signed: RetryNotReceived. No other new
        nonce is signed above one the node has not received either."""
        if intent_id is not None and (known := self.store.get(intent_id)) is not None:
            if not _same_call(known, prepared.intent):  # a script reusing a key: not a retry
                raise ChainError(
                    "chain.key_for_another_call", key=intent_id, description=known.description
                )
            return known
        if checksum(signer.address) != prepared.sender:
            raise ChainError("chain.wrong_signer")
        self.client.ensure_chain_id()
        intent = prepared.intent
        with self.nonce_lock(prepared.sender):
            outcomes = self._settle(prepared.sender)
            self._tell(outcomes)
            retried = self._retry_of(intent, prepared.sender, outcomes)
            if retried is not None:
                return retried
            nonce = self._next_nonce(prepared.sender)
            tx = self._tx(prepared.sender, intent, nonce, prepared.gas_limit, prepared.fees)
            signed = self._sign(signer, tx)
            intent_row = ChainIntent(
                id=intent_id or str(uuid.uuid4()),
                chain_id=self.chain_id,
                sender=prepared.sender,
                to_address=tx.get("to"),
                value=str(intent.value),
                data=intent.data,
                description=intent.description,
                nonce=nonce,
                status=PENDING,
                created_at=now(),
                updated_at=now(),
            )
            attempt = self._attempt_row(
                intent_row.id, 1, "original", tx, signed.raw, signed.tx_hash
            )
            self._record_new(intent_row, attempt, reserve_next=nonce + 1)
        self._publish()
        checkpoint("recorded")
        self.broadcast(signed.tx_hash, signed.raw)
        return self._get(intent_row.id)

    def _retry_of(
        self, intent: Intent, sender: str, outcomes: list[ReconcileOutcome]
    ) -> TransactionRecord | None:
        """The earlier recorded transaction `intent` retries, if any; raises when a new nonce
        would sit behind one the node has not received (it could never be mined before it, and
        re-sending that one later would make two transactions where the person wanted one)."""
        for outcome in outcomes:
            earlier = outcome.record
            if not _same_call(earlier, intent):
                continue
            if outcome.action in ("rebroadcast", "waiting") or self.resent_lately(earlier):
                log.info("the recorded nonce %s is this call: not signed again", earlier.nonce)
                return earlier
            if outcome.action == "uncertain" and earlier.status == PENDING:
                raise RetryNotReceived(
                    _latest_hash(earlier), nonce=earlier.nonce, description=earlier.description
                )
        for outcome in outcomes:
            if outcome.action == "uncertain" and outcome.record.status == PENDING:
                earlier = outcome.record
                raise ChainError(
                    "chain.earlier_not_received",
                    tx_hash=_latest_hash(earlier),
                    nonce=earlier.nonce,
                    description=earlier.description,
                )
        for intent_id in list(self.resent):  # settled by this process's start-up reconcile
            settled = self.store.get(intent_id)
            if (
                settled is not None
                and settled.sender == sender
                and settled.status in (PENDING, CONFIRMED)
                and _same_call(settled, intent)
                and self.resent_lately(settled)
            ):
                log.info("the nonce %s settled just now is this call: not signed", settled.nonce)
                return settled
        return None

    def _tell(self, outcomes: list[ReconcileOutcome]) -> None:
        """Pass what settling found to whoever listens (the CLI prints it, the GUI's bus
        posts a notice), and log it."""
        for outcome in outcomes:
            log.info("settled before signing: %s", outcome.notice)
            if self.on_settled is not None:
                self.on_settled(outcome)
            if self.bus is not None:
                self.bus.publish(TX_SETTLED, outcome)

    def _record_new(
        self, intent: ChainIntent, attempt: ChainTransaction, *, reserve_next: int
    ) -> None:
        """Record a new intent and its first attempt. The same signed bytes recorded before (the
        node refused them, so the nonce was given back and signing again gave the same bytes)
        are the same attempt: it moves to the new intent instead of a second row."""
        known = self._attempt(attempt.tx_hash)
        if known is None:
            self.store.record_attempt(intent, attempt, reserve_next=reserve_next)
            return
        earlier = self.store.get(known.intent_id)
        if earlier is None or earlier.status != FAILED or earlier.mined is not None:
            # Identical bytes of a live or mined intent: only a nonce chosen twice could do
            # that, which the nonce lock prevents. Refuse rather than guess.
            raise ChainError("chain.same_bytes_recorded", tx_hash=attempt.tx_hash)
        self.store.adopt_attempt(intent, attempt.tx_hash, reserve_next=reserve_next)

    def speed_up(self, intent_id: str, signer: Signer) -> TransactionRecord:
        """Replace the pending transaction with the same one at higher fees (same nonce)."""
        return self._replace(intent_id, signer, cancel=False)

    def cancel(self, intent_id: str, signer: Signer) -> TransactionRecord:
        """Replace the pending transaction with a 0-value transfer to self (same nonce)."""
        return self._replace(intent_id, signer, cancel=True)

    def _replace(self, intent_id: str, signer: Signer, *, cancel: bool) -> TransactionRecord:
        record = self._get(intent_id)
        if record.status != PENDING or record.nonce is None:
            raise TransactionNotPending(description=record.description, status=record.status)
        if checksum(signer.address) != record.sender:
            raise ChainError("chain.wrong_signer")
        self.client.ensure_chain_id()
        latest = record.latest
        old = Fees(latest.max_fee_per_gas, latest.max_priority_fee_per_gas)
        fees = bumped(old, suggest_fees(self.client))
        if cancel:
            intent = Intent(to=record.sender, data=b"", value=0, description="cancel")
            gas = CANCEL_GAS
        else:
            intent = Intent(record.to, record.data, record.value, record.description)
            gas = max(a.gas_limit for a in record.attempts if a.purpose != "cancel")
        with self.nonce_lock(record.sender):
            tx = self._tx(record.sender, intent, record.nonce, gas, fees)
            signed = self._sign(signer, tx)
            attempt = self._attempt_row(
                intent_id,
                latest.attempt + 1,
                "cancel" if cancel else "speed_up",
                tx,
                signed.raw,
                signed.tx_hash,
            )
            if self._attempt(signed.tx_hash) is None:  # identical bytes: the same attempt
                self.store.record_attempt(None, attempt, reserve_next=None)
        self._publish()
        checkpoint("recorded")
        self.broadcast(signed.tx_hash, signed.raw)
        return self._get(intent_id)

    def broadcast(self, tx_hash: str, raw: bytes) -> None:
        """Send recorded bytes. Safe to repeat: the same bytes are the same transaction."""
        try:
            answer = self.client.rpc("eth_sendRawTransaction", ["0x" + raw.hex()])
        except RpcError as error:
            self._refused(tx_hash, error)
            return
        except (ChainUnavailable, BadRpcResponse) as error:
            # The dangerous case: the node may have it. Ask by hash, then resend the same bytes.
            if self._known_to_node(tx_hash) or self._resend_quietly(raw):
                self._mark_sent(tx_hash)
                return
            self._publish()
            detail = getattr(error, "detail", None) or error.user_message
            raise BroadcastUncertain(tx_hash, detail) from error
        if isinstance(answer, str) and answer.lower() != tx_hash:
            log.warning("node returned hash %s for %s", answer, tx_hash)
        self._mark_sent(tx_hash)

    def _refused(self, tx_hash: str, error: RpcError) -> None:
        message = error.message.lower()
        if "already known" in message or "known transaction" in message:
            self._mark_sent(tx_hash)
            return
        if "nonce too low" in message or "replacement" in message:
            # Something with this nonce is already in or mined; tracking decides what.
            self._mark_sent(tx_hash)
            return
        known = self._node_has(tx_hash)
        if known:
            # An error answer for a send the node took anyway (a proxy, a load balancer): the
            # node's own word by hash wins over the error.
            self._mark_sent(tx_hash)
            return
        if known is None:
            # Refused in words, and then the node could not be asked: it may have taken it. The
            # attempt stays signed for tracking to settle; nothing is given back or called failed.
            self._publish()
            raise BroadcastUncertain(tx_hash, error.message[:200]) from error
        row = self._attempt(tx_hash)
        self.store.update_attempt(tx_hash, status=REJECTED, error=error.message[:500])
        if row is not None and row.purpose == "original":
            self.store.update_intent(row.intent_id, status=FAILED)
            self.store.release_nonce(row.chain_id, row.sender, row.nonce)
        self._publish()
        raise ChainError("chain.node_refused", message=error.message[:200]) from error

    def _known_to_node(self, tx_hash: str) -> bool:
        return bool(self._node_has(tx_hash))

    def _node_has(self, tx_hash: str) -> bool | None:
        """Whether the node knows the transaction; None when it could not be asked."""
        try:
            return self.client.rpc("eth_getTransactionByHash", [tx_hash]) is not None
        except ChainError:
            return None

    def _resend_quietly(self, raw: bytes) -> bool:
        try:
            self.client.rpc("eth_sendRawTransaction", ["0x" + raw.hex()])
            return True
        except RpcError as error:
            return "known" in error.message.lower() or "nonce too low" in error.message.lower()
        except ChainError:
            return False

    def _mark_sent(self, tx_hash: str) -> None:
        row = self._attempt(tx_hash)
        if row is not None and row.status == SIGNED:
            self.store.update_attempt(tx_hash, status=SENT, sent_at=now())
        self._publish()

    # -- helpers --------------------------------------------------------------------------
    def _next_nonce(self, sender: str) -> int:
        """Chain pending count, unless our own live attempts reserved further (restart-safe).
        With nothing of ours live, the chain is the truth (also after a sandbox reset)."""
        chain = parse_quantity(
            self.client.rpc("eth_getTransactionCount", [sender, "pending"]), "nonce"
        )
        live, reserved = self.store.live_nonces(self.chain_id, sender)
        return max(chain, reserved or 0) if live else chain

    def _tx(self, sender: str, intent: Intent, nonce: int, gas: int, fees: Fees) -> dict[str, Any]:
        tx: dict[str, Any] = {
            "type": 2,
            "chainId": self.chain_id,
            "nonce": nonce,
            "value": intent.value,
            "data": "0x" + intent.data.hex(),
            "gas": gas,
            "maxFeePerGas": fees.max_fee_per_gas,
            "maxPriorityFeePerGas": fees.max_priority_fee_per_gas,
        }
        if intent.to is not None:
            tx["to"] = checksum(intent.to)
        return tx

    @staticmethod
    def _sign(signer: Signer, tx: dict[str, Any]) -> Any:
        signed = signer.sign_transaction(dict(tx))
        if sender_of(signed.raw) != checksum(signer.address):
            raise ChainError("chain.signed_by_other_key")
        return signed

    def _attempt_row(
        self,
        intent_id: str,
        number: int,
        purpose: str,
        tx: dict[str, Any],
        raw: bytes,
        tx_hash: str,
    ) -> ChainTransaction:
        return ChainTransaction(
            tx_hash=tx_hash,
            intent_id=intent_id,
            attempt=number,
            purpose=purpose,
            chain_id=self.chain_id,
            sender=checksum(sender_of(raw)),
            nonce=tx["nonce"],
            raw=raw,
            gas_limit=tx["gas"],
            max_fee_per_gas=str(tx["maxFeePerGas"]),
            max_priority_fee_per_gas=str(tx["maxPriorityFeePerGas"]),
            status=SIGNED,
            created_at=now(),
            updated_at=now(),
        )

    def _attempt(self, tx_hash: str) -> ChainTransaction | None:
        with self.store.db.session() as session:
            return session.get(ChainTransaction, tx_hash)

    def _get(self, intent_id: str) -> TransactionRecord:
        record = self.store.get(intent_id)
        if record is None:
            raise ChainError("chain.no_such_transaction", intent_id=intent_id)
        return record

    def history(self) -> list[TransactionRecord]:
        return self.store.list(self.chain_id)

    def pending(self) -> list[TransactionRecord]:
        return self.store.list(self.chain_id, (PENDING,))

    def _publish(self) -> None:
        if self.bus is not None:
            self.bus.publish(TOPIC, Changes(transactions=True))


__all__ = [
    "LIVE_ATTEMPTS",
    "Intent",
    "PreparedTransaction",
    "ReconcileOutcome",
    "TransactionPipeline",
]


def _same_call(record: TransactionRecord, intent: Intent) -> bool:
    """Whether a recorded transaction makes the call `intent` asks for (to, value, data)."""
    to = None if intent.to is None else checksum(intent.to)
    return (record.to, record.value, record.data) == (to, intent.value, intent.data)


def _latest_hash(record: TransactionRecord) -> str:
    return record.attempts[-1].tx_hash if record.attempts else "-"
