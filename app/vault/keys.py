"""Where the master key comes from: the OS keyring, or (only where no keyring works) a password.

Keyring mode: 32 random bytes, base64, in the OS keyring under service "pst-desk" and user name
"vault-master:<profile>:<vault uid>". The vault uid (random, kept in SQLite) keeps two data
directories with the same profile name from sharing, and then clobbering, one key. During a
master-key rotation the new key sits under the same name plus ":next" until the database commits.

Password mode: the key is scrypt(password, salt) with the salt and cost kept in SQLite. Both modes
keep an HMAC verifier of the key in SQLite so a wrong password, or a keyring holding some other
key, is told apart from a tampered entry. There is no third mode: never a plaintext key on disk,
and backends that keep secrets in files (keyrings.alt) or do nothing (fail, null) are refused.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import keyring
import keyring.errors
from keyring.backends.chainer import ChainerBackend

from app.errors import Phrase
from app.vault.envelope import KEY_SIZE
from app.vault.errors import KeyringUnavailable, VaultInputError

log = logging.getLogger(__name__)

SERVICE = "pst-desk"
PASSWORD_ONLY_BANNER = (
    "The OS keyring is unavailable: the vault is protected by your vault password only"
)
PASSWORD_KEYRING_BACK_BANNER = (
    "The vault is protected by your vault password only; the OS keyring works now, so you can "
    "move the vault key into it (rotate the master key to the keyring)"
)
KEYRING_LOST_BANNER = (
    "The OS keyring is unavailable, and this vault's key is kept there: unlock or start your "
    "keyring (Secret Service, Keychain or Credential Manager), or import a backup"
)
PASSWORD_MIN = 8
PASSWORD_MAX = 1024
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null")


class VaultMode(StrEnum):
    KEYRING = "keyring"
    PASSWORD = "password"


def check_password(password: str, what: str = "vault_password") -> str:
    """`what` names the field: vault_password or backup_password."""
    field = Phrase(f"vault.field.{what}")
    if not isinstance(password, str) or len(password) < PASSWORD_MIN:
        raise VaultInputError("vault.password_short", what=field, limit=PASSWORD_MIN)
    if len(password) > PASSWORD_MAX:
        raise VaultInputError("vault.field_long", what=field, limit=PASSWORD_MAX)
    return password


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost. Checked on read too, so an edited database cannot lower it."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def __post_init__(self) -> None:
        n_ok = 2**17 <= self.n <= 2**22 and self.n & (self.n - 1) == 0
        if not n_ok or not 8 <= self.r <= 32 or not 1 <= self.p <= 16:
            raise VaultInputError("vault.scrypt_cost")


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte key of `password`; about 0.3 s and 128 MiB at the default cost, by design."""
    memory = 128 * params.r * params.n * params.p + 2**24
    return hashlib.scrypt(
        password.encode(), salt=salt, n=params.n, r=params.r, p=params.p, maxmem=memory, dklen=32
    )


def verifier(master_key: bytes, vault_uid: str) -> bytes:
    """A fingerprint that checks a key without revealing it."""
    return hmac.new(
        master_key, b"pst-desk vault verifier\x00" + vault_uid.encode(), "sha256"
    ).digest()


def matches(master_key: bytes, vault_uid: str, expected: bytes) -> bool:
    return hmac.compare_digest(verifier(master_key, vault_uid), expected)


def _backend_problem(backend: Any) -> str | None:
    """The code of the reason a backend is refused, or None."""
    module = type(backend).__module__
    if module.startswith("keyrings.alt"):
        return "vault.keyring_refused"
    if module in _REFUSED_MODULES:
        return "vault.keyring_none"
    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return "vault.keyring_none"
        problems = [p for p in (_backend_problem(b) for b in chained) if p]
        return problems[0] if problems else None
    return None


class KeyringStore:
    """The OS keyring, seen through `keyring`, with every failure turned into KeyringUnavailable."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    @staticmethod
    def username(profile: str, vault_uid: str, pending: bool = False) -> str:
        return f"vault-master:{profile}:{vault_uid}" + (":next" if pending else "")

    def _backend(self) -> Any:
        try:
            backend = keyring.get_keyring()
        except Exception as error:  # a broken keyring configuration must not crash the app
            name = type(error).__name__
            raise KeyringUnavailable("vault.keyring_cannot_load", backend=name) from None
        problem = _backend_problem(backend)
        if problem:
            raise KeyringUnavailable(problem)  # the code of the reason
        return backend

    def _call(self, action: str, method: str, *args: str) -> Any:
        """`action` names what was tried: read, write or delete."""
        backend = self._backend()
        try:
            return getattr(backend, method)(self.service, *args)
        except keyring.errors.PasswordDeleteError:
            return None  # deleting what is not there is fine
        except Exception as error:
            # Locked collections, D-Bus gone, prompts dismissed: all mean "no keyring now".
            log.warning("OS keyring %s failed: %s", action, type(error).__name__)
            raise KeyringUnavailable(
                "vault.keyring_failed",
                action=Phrase(f"vault.keyring_action.{action}"),
                reason=type(error).__name__,
            ) from None

    def problem(self) -> str | None:
        """None when the keyring answers now, else why not (for the banner and `status`)."""
        try:
            self._call("read", "get_password", "vault-probe")
        except KeyringUnavailable as error:
            return str(error)
        return None

    def read(self, username: str) -> bytes | None:
        stored = self._call("read", "get_password", username)
        if stored is None:
            return None
        try:
            key = base64.b64decode(stored, validate=True)
        except (binascii.Error, ValueError):
            key = b""
        if len(key) != KEY_SIZE:
            raise KeyringUnavailable("vault.keyring_not_a_key", username=username)
        return key

    def write(self, username: str, key: bytes) -> None:
        self._call("write", "set_password", username, base64.b64encode(key).decode())

    def delete(self, username: str) -> None:
        self._call("delete", "delete_password", username)
