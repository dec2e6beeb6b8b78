"""What can go wrong in the vault, as typed errors whose messages never carry a secret.

Every message names what went wrong and what to do; none quotes a secret, a key or a password.
"""

from __future__ import annotations

from app.errors import WordedError


class VaultError(WordedError):
    """Base of every vault error; `str(error)` is safe to show and to log."""

    code = "vault.error"


class VaultInputError(VaultError, ValueError):
    """A field, a purpose or a password was rejected before anything changed."""


class VaultLocked(VaultError):
    """The operation needs the unlocked vault."""


class PasswordRequired(VaultError):
    """This vault is protected by a password (no OS keyring) and none was given."""


class WrongPassword(VaultError):
    """The vault password (or the keyring's key) does not open this vault."""


class KeyringUnavailable(VaultError):
    """No usable OS keyring: missing backend, locked, D-Bus gone, or a refused backend."""


class MasterKeyMissing(VaultError):
    """The vault's key lives in the OS keyring, which cannot give it now."""


class EntryNotFound(VaultError, KeyError):
    """No vault entry for that store (or API token) in this profile."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "no such vault entry"


class EntryExists(VaultError):
    """An entry already exists where a new one was asked for."""


class TamperedEnvelope(VaultError):
    """A sealed entry failed authentication: altered, truncated, moved or sealed by another key."""


class BackupError(VaultError):
    """A backup could not be written or read; on import nothing was changed."""


class BindingError(VaultError):
    """The chain binding of an entry could not be read or changed; the message says why."""


class NotAuthorised(BindingError):
    """The signing account is neither the store's owner nor an operator it authorised."""


class BindingIncomplete(BindingError):
    """The vault entry changed but the chain was not (yet) updated: visible and resumable."""

    def __init__(self, message: str, store_id: str, key_version: int) -> None:
        super().__init__(message)
        self.store_id = store_id
        self.key_version = key_version
