"""Exporting the audit trail as JSON or CSV, and reading an export back to verify it.

Both formats carry every hashed field plus prev_hash and entry_hash, in trail order, so
`verify(load_json(text))` re-checks an export anywhere, without the database.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from app import json_input
from app.backend.canonical import canonical_json
from app.treasury.audit import GENESIS, AuditEntry
from app.treasury.errors import AuditError

FORMAT = "pst-desk-treasury-audit"
VERSION = 1
COLUMNS = (
    "seq",
    "kind",
    "at",
    "actor",
    "store_id",
    "period",
    "proposal_id",
    "amount",
    "details",
    "chain_id",
    "tx_hash",
    "block_number",
    "log_index",
    "prev_hash",
    "entry_hash",
)
_INTS = ("seq", "period", "proposal_id", "amount", "chain_id", "block_number", "log_index")
_TEXTS = ("actor", "store_id", "tx_hash")


def _record(entry: AuditEntry) -> dict[str, Any]:
    record = entry.body()
    record["prev_hash"] = entry.prev_hash
    record["entry_hash"] = entry.entry_hash
    return record


def export_json(entries: Sequence[AuditEntry]) -> str:
    head = entries[-1].entry_hash if entries else GENESIS
    document = {
        "format": FORMAT,
        "version": VERSION,
        "count": len(entries),
        "head": head,
        "entries": [_record(e) for e in entries],
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def export_csv(entries: Sequence[AuditEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for entry in entries:
        record = _record(entry)
        record["details"] = canonical_json(record["details"]).decode()
        writer.writerow(["" if record[c] is None else record[c] for c in COLUMNS])
    return out.getvalue()


def load_json(text: str) -> tuple[list[AuditEntry], str | None]:
    """Entries of a JSON export and the head it claims (to pass to verify)."""
    try:
        document = json_input.loads(text)
    except json.JSONDecodeError as error:
        raise AuditError("treasury.export_json", line=error.lineno) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise AuditError("treasury.export_format")
    if document.get("version") != VERSION:
        raise AuditError("treasury.export_version", version=f"{document.get('version')!r:.10}")
    records = document.get("entries")
    if not isinstance(records, list):
        raise AuditError("treasury.export_entries")
    head = document.get("head")
    return [_entry(r, n) for n, r in enumerate(records, 1)], head if isinstance(head, str) else None


def load_csv(text: str) -> list[AuditEntry]:
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise AuditError("treasury.export_columns")
    entries = []
    for n, row in enumerate(reader, 1):
        record: dict[str, Any] = {k: (None if v == "" else v) for k, v in row.items()}
        try:
            record["details"] = json.loads(record["details"] or "{}")
        except json.JSONDecodeError:
            raise AuditError("treasury.export_details", row=n) from None
        entries.append(_entry(record, n))
    return entries


def _entry(record: Any, n: int) -> AuditEntry:
    if not isinstance(record, dict):
        raise AuditError("treasury.export_not_object", entry=n)
    try:
        values: dict[str, Any] = {}
        for name in _INTS:
            value = record.get(name)
            values[name] = None if value is None else int(value)
        for name in _TEXTS:
            value = record.get(name)
            values[name] = None if value is None else str(value)
        if values["seq"] is None:
            raise ValueError("no sequence number")
        details = record.get("details") or {}
        if not isinstance(details, dict):
            raise ValueError("details")
        return AuditEntry(
            kind=str(record["kind"]),
            at=str(record["at"]),
            details=details,
            prev_hash=str(record["prev_hash"]),
            entry_hash=str(record["entry_hash"]),
            **values,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise AuditError("treasury.export_malformed", entry=n, problem=str(error)) from None
