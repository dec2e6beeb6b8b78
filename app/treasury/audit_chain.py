"""The audit trail against the chain: each entry that names a transaction, block and log index
must be that log, saying what the entry says.

The hash chain (app.treasury.audit.verify) shows only that a trail is internally consistent: a
rewritten trail rehashed from its first entry passes it, and so does a trail cut short. Entries
taken from the treasury's events (proposed, rejected, cancelled, executed, routed) carry their
transaction hash and log index; this reads each log again and compares its decoded fields (the
amount, the proposal, the signers of an execution, ...) with the entry's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eth_utils import keccak

from app.chain.client import ChainClient
from app.chain.errors import ChainError
from app.treasury.audit import AuditEntry, event_entry

_FIELDS = ("proposal_id", "store_id", "period", "amount", "actor")


@dataclass(frozen=True)
class ChainCheck:
    checked: int  # entries compared with their log
    without_log: int  # entries naming no transaction (signatures, overrides, ...)
    first_bad_seq: int | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.first_bad_seq is None


def check_against_chain(client: ChainClient, entries: Sequence[AuditEntry]) -> ChainCheck:
    """Compare every entry that names a log with that log (ChainError when the node fails)."""
    checked = without = 0
    receipts: dict[str, Any] = {}
    for entry in entries:
        if entry.tx_hash is None or entry.log_index is None:
            without += 1
            continue
        if entry.chain_id is not None and entry.chain_id != client.chain_id:
            return _bad(checked, without, entry, f"is from chain {entry.chain_id}")
        if entry.tx_hash not in receipts:
            receipts[entry.tx_hash] = client.rpc("eth_getTransactionReceipt", [entry.tx_hash])
        receipt = receipts[entry.tx_hash]
        if not receipt:
            return _bad(checked, without, entry, "names a transaction this chain does not have")
        if entry.block_number is not None and int(receipt["blockNumber"], 16) != entry.block_number:
            return _bad(checked, without, entry, "names another block than its transaction's")
        log = next(
            (g for g in receipt.get("logs", []) if int(g["logIndex"], 16) == entry.log_index), None
        )
        found = None if log is None else _entry_of(client, log)
        if found is None:
            return _bad(checked, without, entry, "names a log its transaction does not have")
        kind, fields = found
        if kind != entry.kind:
            return _bad(checked, without, entry, f"says {entry.kind}, the log says {kind}")
        for name in _FIELDS:
            if name in fields and _norm(fields[name]) != _norm(getattr(entry, name)):
                return _bad(checked, without, entry, f"differs from its log in {name}")
        for name, value in fields.get("details", {}).items():
            if _norm(value) != _norm(entry.details.get(name)):
                return _bad(checked, without, entry, f"differs from its log in {name}")
        checked += 1
    return ChainCheck(checked, without)


def _entry_of(client: ChainClient, log: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    contract = client.contract("DistributionTreasury", log["address"])
    topic = bytes.fromhex(log["topics"][0].removeprefix("0x")) if log.get("topics") else b""
    items: list[Any] = list(contract.abi)
    for item in items:
        if item.get("type") != "event":
            continue
        signature = f"{item['name']}({','.join(i['type'] for i in item['inputs'])})"
        if keccak(text=signature) != topic:
            continue
        try:
            decoded = getattr(contract.events, item["name"])().process_log(_typed(log))
        except (ChainError, ValueError, TypeError, LookupError):
            return None
        made = event_entry(decoded, client.chain_id)
        return None if made is None else (made[0], made[1])
    return None


def _typed(log: dict[str, Any]) -> dict[str, Any]:
    """A raw JSON-RPC log as web3 decodes it (bytes topics and data, int positions)."""
    return {
        **log,
        "topics": [bytes.fromhex(t.removeprefix("0x")) for t in log["topics"]],
        "data": bytes.fromhex(log["data"].removeprefix("0x")),
        "logIndex": int(log["logIndex"], 16),
        "blockNumber": int(log["blockNumber"], 16),
        "transactionIndex": int(log["transactionIndex"], 16),
        "transactionHash": bytes.fromhex(log["transactionHash"].removeprefix("0x")),
        "blockHash": bytes.fromhex(log["blockHash"].removeprefix("0x")),
    }


def _norm(value: Any) -> str:
    return "" if value is None else str(value).lower()


def _bad(checked: int, without: int, entry: AuditEntry, why: str) -> ChainCheck:
    return ChainCheck(checked, without, entry.seq, f"Entry {entry.seq} ({entry.kind}) {why}.")
