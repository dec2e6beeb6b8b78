"""Signing happens behind this protocol; keys stay in the wallet (or a test's LocalAccount)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from eth_account import Account
from eth_account.signers.local import LocalAccount


@dataclass(frozen=True)
class SignedTransaction:
    raw: bytes
    tx_hash: str  # 0x-prefixed, lower case


class Signer(Protocol):
    @property
    def address(self) -> str:
        """The checksummed address whose key signs."""
        ...

    def sign_transaction(self, tx: dict[str, Any]) -> SignedTransaction:
        """Sign an EIP-1559 transaction dict (type, chainId, nonce, to, value, data, gas, fees)."""
        ...


class LocalSigner:
    """A Signer over an eth_account LocalAccount (tests, benches, the sandbox)."""

    def __init__(self, account: LocalAccount) -> None:
        self._account = account

    @classmethod
    def from_key(cls, key: str | bytes) -> LocalSigner:
        return cls(Account.from_key(key))

    @property
    def address(self) -> str:
        return str(self._account.address)

    def sign_transaction(self, tx: dict[str, Any]) -> SignedTransaction:
        signed = self._account.sign_transaction(tx)
        return SignedTransaction(bytes(signed.raw_transaction), "0x" + bytes(signed.hash).hex())

    def sign_typed_data(self, typed_data: dict[str, Any]) -> bytes:
        """An EIP-712 signature (r, s, v; 65 bytes) of the full typed data JSON."""
        return bytes(self._account.sign_typed_data(full_message=typed_data).signature)


def sender_of(raw: bytes) -> str:
    """Who signed a raw transaction: a check that the signer signed as who it claims to be."""
    return str(Account.recover_transaction(raw))
