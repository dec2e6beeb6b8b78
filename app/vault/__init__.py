"""The credential vault: store credentials and the REST API token, sealed with AES-256-GCM under
per-entry keys wrapped by a master key kept in the OS keyring (or, where none works, derived from
a password), with audited reveals, rotation, sealed backups and chain commitments."""

from app.vault.entries import EntryCheck, EntryInfo, Reveal, VaultCheck, commitment
from app.vault.errors import (
    BackupError,
    EntryExists,
    EntryNotFound,
    KeyringUnavailable,
    MasterKeyMissing,
    PasswordRequired,
    TamperedEnvelope,
    VaultError,
    VaultInputError,
    VaultLocked,
    WrongPassword,
)
from app.vault.keys import (
    KEYRING_LOST_BANNER,
    PASSWORD_KEYRING_BACK_BANNER,
    PASSWORD_ONLY_BANNER,
    KeyringStore,
    VaultMode,
)
from app.vault.master import VaultStatus
from app.vault.records import (
    CLIPBOARD_CLEAR_SECONDS,
    ApiToken,
    EntryKind,
    SecretField,
    StoreCredential,
    purpose_hash,
)
from app.vault.service import Vault

__all__ = [
    "CLIPBOARD_CLEAR_SECONDS",
    "KEYRING_LOST_BANNER",
    "PASSWORD_KEYRING_BACK_BANNER",
    "PASSWORD_ONLY_BANNER",
    "ApiToken",
    "BackupError",
    "EntryCheck",
    "EntryExists",
    "EntryInfo",
    "EntryKind",
    "EntryNotFound",
    "KeyringStore",
    "KeyringUnavailable",
    "MasterKeyMissing",
    "PasswordRequired",
    "Reveal",
    "SecretField",
    "StoreCredential",
    "TamperedEnvelope",
    "Vault",
    "VaultCheck",
    "VaultError",
    "VaultInputError",
    "VaultLocked",
    "VaultMode",
    "VaultStatus",
    "WrongPassword",
    "commitment",
    "purpose_hash",
]
