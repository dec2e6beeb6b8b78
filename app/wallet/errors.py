"""Typed wallet errors. Each carries a `user_message` that names what went wrong and what to do.

Messages never contain a secret: no password, mnemonic word, passphrase or key material, not even
a mistyped mnemonic word (a typo is usually one letter away from the real word).
"""

from __future__ import annotations

from app.errors import WordedError


class WalletError(WordedError):
    """Base of every wallet error; `user_message` is safe to show and to log."""

    code = "wallet.error"


class InvalidMnemonic(WalletError):
    """The recovery phrase is malformed; `positions` are the 1-based word positions at fault."""

    def __init__(self, user_message: str, positions: tuple[int, ...] = ()) -> None:
        super().__init__(user_message)
        self.positions = positions


class VerificationIncomplete(WalletError):
    """The user has not yet proven they wrote the recovery phrase down."""


class WeakPassword(WalletError):
    pass


class PasswordMismatch(WalletError):
    """The confirmation differs from the password."""


class WrongPassword(WalletError):
    pass


class CorruptKeystore(WalletError):
    """The file is not a readable Web3 Secret Storage v3 document."""


class UnsupportedKeystore(WalletError):
    """A well-formed keystore this app refuses (unknown cipher/KDF, or absurd KDF cost)."""


class TamperedKeystore(WalletError):
    """The file changed since this app wrote it, or its contents contradict themselves."""


class InvalidPrivateKey(WalletError):
    pass


class InvalidAddress(WalletError):
    pass


class AccountExists(WalletError):
    pass


class AccountNotFound(WalletError):
    pass


class WalletExists(WalletError):
    """A recovery phrase is already stored in this data directory."""


class NoSeed(WalletError):
    """The wallet has no recovery phrase to derive accounts from."""


class WatchOnly(WalletError):
    """A watch-only account holds no key and cannot sign."""


class WalletLocked(WalletError):
    """Signing needs the password and none was given."""


class DestinationExists(WalletError):
    """Refusing to overwrite an existing file."""


class AddressBookError(WalletError):
    pass
