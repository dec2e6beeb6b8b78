"""What the vault keeps: store credentials and API tokens, validated, and how they are sealed.

A record is sealed as compact JSON. Its non-secret parts (platform, login, label) are also kept in
clear columns so the vault can be listed while locked; opening the vault checks that those
columns still match the sealed copy.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from eth_utils import keccak

from app.errors import Phrase
from app.vault import totp
from app.vault.errors import TamperedEnvelope, VaultInputError

# The GUI clears a copied secret from the clipboard after this long.
CLIPBOARD_CLEAR_SECONDS = 30
PURPOSE_MAX = 500
_STORE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
_MAX_SECRET = 4096
_MAX_API_KEYS = 20


class EntryKind(StrEnum):
    STORE_CREDENTIAL = "store_credential"
    API_TOKEN = "api_token"


class SecretField(StrEnum):
    """What `reveal` can show. TOTP_CODE is the current one-time code, not the seed."""

    PASSWORD = "password"
    API_KEYS = "api_keys"
    TOTP_SEED = "totp_seed"
    TOTP_CODE = "totp_code"
    NOTES = "notes"
    API_TOKEN = "api_token"


def check_store_id(store_id: str) -> str:
    if not isinstance(store_id, str) or not _STORE_ID.match(store_id):
        raise VaultInputError("vault.store_id")
    return store_id


def _text(value: object, what: str, *, max_len: int, required: bool = False) -> str:
    # Messages name the field (`what`, a key of vault.field.*), never the value: it may be secret.
    field = Phrase(f"vault.field.{what}")
    if not isinstance(value, str):
        raise VaultInputError("vault.field_not_text", what=field)
    if required and not value.strip():
        raise VaultInputError("vault.field_empty", what=field)
    if len(value) > max_len:
        raise VaultInputError("vault.field_long", what=field, limit=max_len)
    if any(ch in value for ch in "\x00\r\n") and what != "notes":
        raise VaultInputError("vault.field_one_line", what=field)
    return value


@dataclass(frozen=True)
class StoreCredential:
    """A store's platform access. Secret fields are hidden from repr so they never reach logs."""

    platform: str
    login: str
    password: str = field(default="", repr=False)
    api_keys: tuple[str, ...] = field(default=(), repr=False)
    totp_seed: str = field(default="", repr=False)
    notes: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        _text(self.platform, "platform", max_len=40, required=True)
        _text(self.login, "login", max_len=200, required=True)
        _text(self.password, "password", max_len=_MAX_SECRET)
        if not isinstance(self.api_keys, tuple) or len(self.api_keys) > _MAX_API_KEYS:
            raise VaultInputError("vault.api_keys", limit=_MAX_API_KEYS)
        for key in self.api_keys:
            _text(key, "api_key", max_len=_MAX_SECRET, required=True)
        if self.totp_seed:
            object.__setattr__(self, "totp_seed", totp.normalize_seed(self.totp_seed))
        _text(self.notes, "notes", max_len=_MAX_SECRET)

    def secret(self, which: SecretField, at: float | None = None) -> str:
        """One secret field as text (API keys one per line); TOTP_CODE is the current code."""
        if which is SecretField.PASSWORD:
            return self.password
        if which is SecretField.API_KEYS:
            return "\n".join(self.api_keys)
        if which is SecretField.NOTES:
            return self.notes
        if which in (SecretField.TOTP_SEED, SecretField.TOTP_CODE):
            if not self.totp_seed:
                raise VaultInputError("vault.no_totp")
            if which is SecretField.TOTP_SEED:
                return self.totp_seed
            return totp.current_code(self.totp_seed, at)
        raise VaultInputError("vault.no_field", field=which.value)

    def secrets(self) -> list[str]:
        return [s for s in (self.password, *self.api_keys, self.totp_seed, self.notes) if s]


@dataclass(frozen=True)
class ApiToken:
    """The REST API bearer token of one network profile."""

    token: str = field(repr=False)

    def __post_init__(self) -> None:
        _text(self.token, "api_token", max_len=_MAX_SECRET, required=True)


Record = StoreCredential | ApiToken


def kind_of(record: Record) -> EntryKind:
    return EntryKind.API_TOKEN if isinstance(record, ApiToken) else EntryKind.STORE_CREDENTIAL


def encode(record: Record, label: str) -> bytes:
    if isinstance(record, ApiToken):
        body: dict[str, Any] = {"kind": EntryKind.API_TOKEN.value, "token": record.token}
    else:
        body = {
            "kind": EntryKind.STORE_CREDENTIAL.value,
            "platform": record.platform,
            "login": record.login,
            "password": record.password,
            "api_keys": list(record.api_keys),
            "totp_seed": record.totp_seed,
            "notes": record.notes,
        }
    body["label"] = label
    return json.dumps(body, separators=(",", ":"), sort_keys=True).encode()


def decode(plaintext: bytes) -> tuple[Record, str]:
    """(record, label) from an opened envelope. Only authenticated bytes reach here, so a failure
    means a record written by a newer or broken version."""
    try:
        body = json.loads(plaintext)
        label = _text(body.pop("label", ""), "label", max_len=120)
        kind = body.pop("kind")
        if kind == EntryKind.API_TOKEN.value:
            return ApiToken(**body), label
        if kind == EntryKind.STORE_CREDENTIAL.value:
            body["api_keys"] = tuple(body.get("api_keys", ()))
            return StoreCredential(**body), label
    except (ValueError, TypeError, KeyError, AttributeError):
        pass
    raise TamperedEnvelope("vault.record_shape")


def check_label(label: str) -> str:
    return _text(label, "label", max_len=120)


def check_purpose(purpose: str) -> str:
    """A reveal's stated purpose: required, one line, recorded locally and hashed for the chain."""
    if not isinstance(purpose, str) or not purpose.strip():
        raise VaultInputError("vault.purpose")
    return _text(purpose.strip(), "purpose", max_len=PURPOSE_MAX)


def purpose_hash(purpose: str) -> bytes:
    """keccak256 of the purpose text (UTF-8): the StoreRegistry access record's purposeHash."""
    return keccak(check_purpose(purpose).encode())
