"""The vault's values: an entry's metadata (with its sealed envelope), its chain commitment, a
revealed secret, and the result of opening every entry of a profile."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.storage.schema import VaultEntry
from app.vault.envelope import commitment_of
from app.vault.records import EntryKind, Record, SecretField, StoreCredential


def _utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)  # SQLite drops the zone


@dataclass(frozen=True)
class EntryInfo:
    """An entry's non-secret metadata, plus its sealed envelope (ciphertext, safe to hold)."""

    entry_id: str
    profile: str
    kind: EntryKind
    store_id: str
    platform: str
    login: str
    label: str
    key_version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    envelope: bytes = field(repr=False)

    @classmethod
    def of(cls, row: VaultEntry) -> EntryInfo:
        return cls(
            row.entry_id, row.profile, EntryKind(row.kind), row.store_id, row.platform,
            row.login, row.label, row.key_version, _utc(row.created_at), _utc(row.updated_at),
            row.envelope,
        )  # fmt: skip


def commitment(entry: EntryInfo) -> bytes:
    """The StoreRegistry credential commitment: keccak256(sealed record || uint32 key version)."""
    return commitment_of(entry.envelope, entry.key_version)


@dataclass(frozen=True)
class Reveal:
    """A revealed secret and the local access record it left; `purpose_hash` is for the chain."""

    entry_id: str
    store_id: str
    which: SecretField
    key_version: int
    purpose_hash: bytes
    access_id: int
    value: str = field(repr=False)


@dataclass(frozen=True)
class EntryCheck:
    entry: EntryInfo
    problem: str | None  # None when the envelope opened and its clear metadata matched
    commitment: bytes | None


@dataclass(frozen=True)
class VaultCheck:
    """The result of opening a profile's vault: every entry decrypted and cross-checked."""

    profile: str
    entries: list[EntryCheck]

    @property
    def problems(self) -> list[EntryCheck]:
        return [check for check in self.entries if check.problem]


def metadata_problem(entry: EntryInfo, record: Record, label: str) -> str | None:
    """Why the entry's clear metadata disagrees with its sealed record (None when it agrees)."""
    if isinstance(record, StoreCredential):
        clear: tuple[str, ...] = (entry.kind, entry.platform, entry.login, entry.label)
        sealed: tuple[str, ...] = (EntryKind.STORE_CREDENTIAL, record.platform, record.login, label)
    else:
        clear, sealed = (entry.kind, entry.label), (EntryKind.API_TOKEN, label)
    if clear != sealed:
        return "the listed platform, login or label differs from the sealed record (edited?)"
    return None
