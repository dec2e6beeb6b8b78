"""Typed wallet errors: each a code and params (sentences in app/errors/catalog/wallet.py).

Params never hold a secret: no password, mnemonic word, passphrase or key material, not even a
mistyped mnemonic word (a typo is usually one letter away from the real word).
"""

from __future__ import annotations

from typing import Any

from app.errors import AppError


class WalletError(AppError):
    """Base of every wallet error; its sentence is safe to show and to log."""

    code = "wallet.error"


class InvalidMnemonic(WalletError):
    """The recovery phrase is malformed; `positions` are the 1-based word positions at fault."""

    code = "wallet.mnemonic_checksum"

    def __init__(
        self, code: str | None = None, /, *, positions: tuple[int, ...] = (), **params: Any
    ) -> None:
        super().__init__(code, **params)
        self.positions = positions


class VerificationIncomplete(WalletError):
    """The user has not yet proven they wrote the recovery phrase down."""

    code = "wallet.verification_incomplete"


class WeakPassword(WalletError):
    code = "wallet.weak_password"


class PasswordMismatch(WalletError):
    """The confirmation differs from the password."""

    code = "wallet.password_mismatch"


class WrongPassword(WalletError):
    code = "wallet.wrong_password"


class CorruptKeystore(WalletError):
    """The file is not a readable Web3 Secret Storage v3 document."""

    code = "wallet.keystore_damaged"


class UnsupportedKeystore(WalletError):
    """A well-formed keystore this app refuses (unknown cipher/KDF, or absurd KDF cost)."""

    code = "wallet.keystore_unsupported"


class TamperedKeystore(WalletError):
    """The file changed since this app wrote it, or its contents contradict themselves."""

    code = "wallet.keystore_tampered"


class InvalidPrivateKey(WalletError):
    code = "wallet.private_key_range"


class InvalidAddress(WalletError):
    code = "wallet.address_shape"


class AccountExists(WalletError):
    code = "wallet.account_exists"


class AccountNotFound(WalletError):
    code = "wallet.account_not_found"


class WalletExists(WalletError):
    """A recovery phrase is already stored in this data directory."""

    code = "wallet.seed_exists"


class NoSeed(WalletError):
    """The wallet has no recovery phrase to derive accounts from."""

    code = "wallet.no_seed"


class WatchOnly(WalletError):
    """A watch-only account holds no key and cannot sign."""

    code = "wallet.watch_only"


class WalletLocked(WalletError):
    """Signing needs the password and none was given."""

    code = "wallet.locked"


class DestinationExists(WalletError):
    """Refusing to overwrite an existing file."""

    code = "wallet.file_exists"


class AddressBookError(WalletError):
    code = "wallet.book_csv"
