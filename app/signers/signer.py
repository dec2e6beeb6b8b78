"""The signer interface: an address, EIP-712 typed data signatures and transactions.

A `Signer` is also the chain layer's transaction signer (`app.chain.signer.Signer`): its
`sign_transaction` returns the raw bytes with their hash, so the pipeline can send through any.
"""

from __future__ import annotations

from typing import Any, Protocol

from app.chain.signer import SignedTransaction

SIGNATURE_LENGTH = 65


class Signer(Protocol):
    @property
    def address(self) -> str:
        """The checksummed address whose key signs."""
        ...

    def sign_typed_data(self, typed_data: dict[str, Any]) -> bytes:
        """The 65-byte signature (r, s, v with v 27 or 28) of EIP-712 typed data (full JSON)."""
        ...

    def sign_transaction(self, tx: dict[str, Any]) -> SignedTransaction:
        """Sign an EIP-1559 transaction dict; the raw bytes and their hash."""
        ...


def join_signature(v: int, r: int, s: int) -> bytes:
    """r, s, v as the 65 bytes contracts and eth-account expect (v normalised to 27/28)."""
    if v in (0, 1):
        v += 27
    return r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([v])


def split_signature(signature: bytes) -> tuple[int, int, int]:
    """(v, r, s) of a 65-byte signature."""
    if len(signature) != SIGNATURE_LENGTH:
        raise ValueError(f"a signature has {SIGNATURE_LENGTH} bytes, not {len(signature)}")
    return signature[64], int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:64])
