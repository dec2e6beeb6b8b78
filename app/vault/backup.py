"""Sealed backups of one profile's vault, under their own password.

File layout (format version 1), integers big-endian:

    offset  size  field
    0       8     magic b"PSTVBAK\\x00"
    8       1     format version (1)
    9       1     KDF (1 = scrypt)
    10      1     log2 of scrypt n (17..22)
    11      1     scrypt r
    12      1     scrypt p
    13      16    salt
    29      12    nonce
    41      ...   AES-256-GCM ciphertext of the JSON payload + tag; AAD = bytes 0..40

The payload keeps, per entry, its metadata, its data key and its sealed record (not the
plaintext), so an import re-wraps the same sealed records under the importing vault's master key:
their chain commitments survive a restore. An import decrypts and checks everything first and
writes in one transaction; a backup with any byte changed, or the wrong password, imports nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from app import json_input
from app.storage.files import atomic_write
from app.storage.schema import VaultEntry
from app.vault import records

# The backup works hand in hand with the service: it borrows its master key and change signal.
from app.vault.entries import EntryInfo, metadata_problem
from app.vault.envelope import Binding, open_with_data_key, rebuild, sealed_record, unwrap_data_key
from app.vault.errors import BackupError, VaultError
from app.vault.keys import KdfParams, check_password, derive_key
from app.vault.service import Vault

MAGIC = b"PSTVBAK\x00"
FORMAT_VERSION = 1
KDF_SCRYPT = 1
_HEADER = struct.Struct(">8sBBBBB16s12s")
MAX_BACKUP_BYTES = 64 * 2**20
PAYLOAD_FORMAT = "pst-desk-vault-backup"


@dataclass(frozen=True)
class ImportResult:
    added: int
    replaced: int
    unchanged: int


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def export_backup(
    vault: Vault, profile: str, path: Path, password: str, *, overwrite: bool = False
) -> int:
    """Write every entry of `profile` to `path`, sealed by `password`; returns the entry count."""
    check_password(password, "backup_password")
    if path.exists() and not overwrite:
        raise BackupError("vault.backup_exists", path=str(path))
    key = vault._key(profile)
    items = []
    for entry in vault.entries(profile):
        binding = Binding(entry.entry_id, entry.kind.value, entry.store_id, entry.key_version)
        try:
            data_key = unwrap_data_key(key, binding, entry.envelope)
            open_with_data_key(data_key, binding, entry.envelope)
        except VaultError as error:
            raise BackupError(
                "vault.backup_entry_unopened", store=entry.store_id, reason=error
            ) from None
        items.append(
            {
                "entry_id": entry.entry_id,
                "kind": entry.kind.value,
                "store_id": entry.store_id,
                "platform": entry.platform,
                "login": entry.login,
                "label": entry.label,
                "key_version": entry.key_version,
                "created_at": entry.created_at.isoformat(),
                "updated_at": entry.updated_at.isoformat(),
                "data_key": _b64(data_key),
                "sealed_record": _b64(sealed_record(entry.envelope)),
            }
        )
    payload = {
        "format": PAYLOAD_FORMAT,
        "version": FORMAT_VERSION,
        "profile": profile,
        "created_at": dt.datetime.now(dt.UTC).isoformat(),
        "entries": items,
    }
    params = KdfParams()
    salt, nonce = os.urandom(16), os.urandom(12)
    header = _HEADER.pack(
        MAGIC,
        FORMAT_VERSION,
        KDF_SCRYPT,
        params.n.bit_length() - 1,
        params.r,
        params.p,
        salt,
        nonce,
    )
    sealing_key = derive_key(password, salt, params)
    body = AESGCM(sealing_key).encrypt(nonce, json.dumps(payload).encode(), header)
    atomic_write(path, header + body)
    vault.record(profile, "export", detail=path.name)
    return len(items)


def read_backup(path: Path, password: str) -> dict[str, Any]:
    """The authenticated payload of a backup file, or BackupError."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BackupError(
            "vault.backup_unreadable", path=str(path), reason=error.strerror or type(error).__name__
        ) from None
    if len(data) > MAX_BACKUP_BYTES or len(data) < _HEADER.size + 16:
        raise BackupError()
    magic, version, kdf, log2_n, r, p, salt, nonce = _HEADER.unpack_from(data)
    if magic != MAGIC or version != FORMAT_VERSION or kdf != KDF_SCRYPT or not 17 <= log2_n <= 22:
        raise BackupError()
    try:
        params = KdfParams(2**log2_n, r, p)
    except VaultError:
        raise BackupError() from None
    sealing_key = derive_key(password, salt, params)
    try:
        plaintext = AESGCM(sealing_key).decrypt(nonce, data[_HEADER.size :], data[: _HEADER.size])
        payload = json_input.loads(plaintext)
    except (InvalidTag, ValueError):
        raise BackupError() from None
    if not isinstance(payload, dict) or payload.get("format") != PAYLOAD_FORMAT:
        raise BackupError("vault.backup_not_ours")
    if payload.get("version") != FORMAT_VERSION:
        raise BackupError("vault.backup_newer")
    return payload


def _prepared_rows(vault: Vault, profile: str, payload: dict[str, Any]) -> list[VaultEntry]:
    key = vault._key(profile)
    rows = []
    try:
        for item in payload["entries"]:
            kind = records.EntryKind(item["kind"])
            if kind is records.EntryKind.STORE_CREDENTIAL:
                records.check_store_id(item["store_id"])
            binding = Binding(item["entry_id"], kind.value, item["store_id"], item["key_version"])
            record_bytes = base64.b64decode(item["sealed_record"], validate=True)
            data_key = base64.b64decode(item["data_key"], validate=True)
            envelope = rebuild(key, data_key, binding, record_bytes)
            row = VaultEntry(
                entry_id=item["entry_id"], profile=profile, kind=kind.value,
                store_id=item["store_id"], platform=item["platform"], login=item["login"],
                label=item["label"], key_version=item["key_version"], envelope=envelope,
                created_at=dt.datetime.fromisoformat(item["created_at"]),
                updated_at=dt.datetime.fromisoformat(item["updated_at"]),
            )  # fmt: skip
            record, label = records.decode(open_with_data_key(data_key, binding, envelope))
            if metadata_problem(EntryInfo.of(row), record, label):
                raise BackupError("vault.backup_inconsistent", store=str(item["store_id"]))
            rows.append(row)
    except (KeyError, TypeError, ValueError, VaultError) as error:
        if isinstance(error, BackupError):
            raise
        raise BackupError("vault.backup_invalid_entry", problem=type(error).__name__) from None
    seen = {(row.kind, row.store_id) for row in rows} | {row.entry_id for row in rows}
    if len(seen) != 2 * len(rows):
        raise BackupError("vault.backup_duplicate")
    return rows


def import_backup(
    vault: Vault, profile: str, path: Path, password: str, *, replace: bool = False
) -> ImportResult:
    """Restore a backup into `profile`, all or nothing. An entry already present unchanged is
    skipped; one that differs is a conflict, refused unless `replace`."""
    payload = read_backup(path, password)
    rows = _prepared_rows(vault, profile, payload)
    added = replaced = unchanged = 0
    with vault.db.session() as session:
        for row in rows:
            same_id = session.get(VaultEntry, row.entry_id)
            same_store = session.scalars(
                select(VaultEntry).where(
                    VaultEntry.profile == profile,
                    VaultEntry.kind == row.kind,
                    VaultEntry.store_id == row.store_id,
                )
            ).first()
            if same_id is not None and same_id.profile != profile:
                raise BackupError("vault.backup_other_profile", profile=same_id.profile)
            existing = same_store or same_id
            if existing is not None and _same(existing, row):
                unchanged += 1
                continue
            if existing is not None:
                if not replace:
                    raise BackupError("vault.backup_conflict", store=row.store_id)
                session.delete(existing)
                session.flush()
                replaced += 1
            else:
                added += 1
            session.add(row)
    vault.record(profile, "import", detail=path.name)
    vault._changed()
    return ImportResult(added, replaced, unchanged)


def _same(existing: VaultEntry, row: VaultEntry) -> bool:
    return (
        existing.entry_id == row.entry_id
        and existing.key_version == row.key_version
        and sealed_record(existing.envelope) == sealed_record(row.envelope)
    )
