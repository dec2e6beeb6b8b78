"""What can go wrong in the vault, as typed errors: a code and params (sentences in
app/errors/catalog/vault.py). No param ever holds a secret, a key or a password.
"""

from __future__ import annotations

from typing import Any

from app.errors import AppError


class VaultError(AppError):
    """Base of every vault error; its sentence is safe to show and to log."""

    code = "vault.error"


class VaultInputError(VaultError, ValueError):
    """A field, a purpose or a password was rejected before anything changed."""

    code = "vault.input"


class VaultLocked(VaultError):
    """The operation needs the unlocked vault."""

    code = "vault.locked"


class PasswordRequired(VaultError):
    """This vault is protected by a password (no OS keyring) and none was given."""

    code = "vault.password_required"


class WrongPassword(VaultError):
    """The vault password (or the keyring's key) does not open this vault."""

    code = "vault.wrong_password"


class KeyringUnavailable(VaultError):
    """No usable OS keyring: missing backend, locked, D-Bus gone, or a refused backend."""

    code = "vault.keyring_unavailable"


class MasterKeyMissing(VaultError):
    """The vault's key lives in the OS keyring, which cannot give it now."""

    code = "vault.key_missing"


class EntryNotFound(VaultError, KeyError):
    """No vault entry for that store (or API token) in this profile."""

    code = "vault.entry_not_found"


class EntryExists(VaultError):
    """An entry already exists where a new one was asked for."""

    code = "vault.entry_exists"


class TamperedEnvelope(VaultError):
    """A sealed entry failed authentication: altered, truncated, moved or sealed by another key."""

    code = "vault.entry_tampered"


class BackupError(VaultError):
    """A backup could not be written or read; on import nothing was changed."""

    code = "vault.backup_damaged"


class BindingError(VaultError):
    """The chain binding of an entry could not be read or changed; the sentence says why."""

    code = "vault.binding"


class NotAuthorised(BindingError):
    """The signing account is neither the store's owner nor an operator it authorised."""

    code = "vault.not_authorised"


class BindingIncomplete(BindingError):
    """The vault entry changed but the chain was not (yet) updated: visible and resumable."""

    code = "vault.binding_incomplete"

    def __init__(self, store_id: str, key_version: int, reason: Any) -> None:
        super().__init__(store=store_id, key_version=key_version, reason=reason)
        self.store_id = store_id
        self.key_version = key_version
