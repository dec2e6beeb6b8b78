"""The sealed envelope of one vault entry (format version 1), and its chain commitment.

Layout, all integers big-endian:

    offset  size  field
    0       4     magic b"PSTV"
    4       1     format version (1)
    5       1     content algorithm (1 = AES-256-GCM)
    6       1     key-wrap algorithm (1 = AES-256-GCM)
    7       12    wrap nonce
    19      48    wrapped data key (32-byte key + 16-byte GCM tag)
    67      12    content nonce
    79      n+16  ciphertext of the record (n bytes) + GCM tag

Each entry has its own random 32-byte data key, which seals the record; the master key wraps the
data key. Both seals authenticate, as associated data, the 7-byte header and the entry's binding
(entry id, kind, store id, key version), so an envelope moved to another row, another store or
another key version fails to open, as does any changed byte.

The *sealed record* is the envelope without its key wrap (header, content nonce, ciphertext).
A master-key rotation only re-wraps data keys, so it leaves the sealed record, and therefore the
on-chain commitment, unchanged; an entry rotation (new data key, key version + 1) changes both.

    commitment = keccak256(sealed record || uint32 big-endian key version)

which is `keccak256(abi.encodePacked(sealedRecord, uint32(keyVersion)))` in Solidity terms.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from eth_utils import keccak

from app.vault.errors import TamperedEnvelope, VaultInputError

MAGIC = b"PSTV"
FORMAT_VERSION = 1
ALG_AES_256_GCM = 1
KEY_SIZE = 32
NONCE_SIZE = 12
TAG_SIZE = 16
HEADER = MAGIC + bytes([FORMAT_VERSION, ALG_AES_256_GCM, ALG_AES_256_GCM])
_WRAP_AT = len(HEADER)
_WRAPPED_KEY_AT = _WRAP_AT + NONCE_SIZE
_NONCE_AT = _WRAPPED_KEY_AT + KEY_SIZE + TAG_SIZE
_CIPHERTEXT_AT = _NONCE_AT + NONCE_SIZE
MIN_SIZE = _CIPHERTEXT_AT + TAG_SIZE
MAX_KEY_VERSION = 2**32 - 1  # the StoreRegistry keeps it as uint32


@dataclass(frozen=True)
class Binding:
    """What an envelope is sealed to; all of it is authenticated, none of it is stored inside."""

    entry_id: str
    kind: str
    store_id: str
    key_version: int

    def __post_init__(self) -> None:
        if not 1 <= self.key_version <= MAX_KEY_VERSION:
            raise VaultInputError("vault.key_version")

    def associated_data(self, purpose: bytes) -> bytes:
        # Length-prefixed fields: no two different bindings encode to the same bytes.
        parts = [purpose, self.entry_id.encode(), self.kind.encode(), self.store_id.encode()]
        encoded = b"".join(struct.pack(">H", len(p)) + p for p in parts)
        return HEADER + encoded + struct.pack(">I", self.key_version)


def _check_key(key: bytes, what: str) -> None:
    if len(key) != KEY_SIZE:
        raise VaultInputError("vault.key_size", size=KEY_SIZE, detail=what)


def _parse(envelope: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    """Split an envelope into (wrap nonce, wrapped key, content nonce, ciphertext)."""
    if len(envelope) < MIN_SIZE or envelope[:4] != MAGIC:
        raise TamperedEnvelope("vault.not_an_envelope")
    if envelope[4] != FORMAT_VERSION:
        raise TamperedEnvelope("vault.envelope_version", version=envelope[4])
    if envelope[5] != ALG_AES_256_GCM or envelope[6] != ALG_AES_256_GCM:
        raise TamperedEnvelope("vault.envelope_algorithm")
    return (
        envelope[_WRAP_AT:_WRAPPED_KEY_AT],
        envelope[_WRAPPED_KEY_AT:_NONCE_AT],
        envelope[_NONCE_AT:_CIPHERTEXT_AT],
        envelope[_CIPHERTEXT_AT:],
    )


def _wrap(master_key: bytes, data_key: bytes, binding: Binding) -> bytes:
    nonce = os.urandom(NONCE_SIZE)
    return nonce + AESGCM(master_key).encrypt(nonce, data_key, binding.associated_data(b"wrap"))


def seal(master_key: bytes, binding: Binding, plaintext: bytes) -> bytes:
    """Seal `plaintext` under a fresh data key, wrapped by `master_key`."""
    _check_key(master_key, "master key")
    data_key = AESGCM.generate_key(bit_length=256)
    return seal_with_data_key(master_key, data_key, binding, plaintext)


def seal_with_data_key(
    master_key: bytes, data_key: bytes, binding: Binding, plaintext: bytes
) -> bytes:
    _check_key(data_key, "data key")
    nonce = os.urandom(NONCE_SIZE)
    ciphertext = AESGCM(data_key).encrypt(nonce, plaintext, binding.associated_data(b"record"))
    return HEADER + _wrap(master_key, data_key, binding) + nonce + ciphertext


def unwrap_data_key(master_key: bytes, binding: Binding, envelope: bytes) -> bytes:
    _check_key(master_key, "master key")
    wrap_nonce, wrapped, _, _ = _parse(envelope)
    try:
        return AESGCM(master_key).decrypt(wrap_nonce, wrapped, binding.associated_data(b"wrap"))
    except InvalidTag:
        raise TamperedEnvelope("vault.entry_key_tampered") from None


def open_with_data_key(data_key: bytes, binding: Binding, envelope: bytes) -> bytes:
    _, _, nonce, ciphertext = _parse(envelope)
    try:
        return AESGCM(data_key).decrypt(nonce, ciphertext, binding.associated_data(b"record"))
    except InvalidTag:
        raise TamperedEnvelope() from None


def open_envelope(master_key: bytes, binding: Binding, envelope: bytes) -> bytes:
    """The plaintext record, or TamperedEnvelope if anything at all does not match."""
    return open_with_data_key(unwrap_data_key(master_key, binding, envelope), binding, envelope)


def rewrap(old_master: bytes, new_master: bytes, binding: Binding, envelope: bytes) -> bytes:
    """The same sealed record, its data key wrapped by `new_master` (master-key rotation)."""
    _check_key(new_master, "new master key")
    data_key = unwrap_data_key(old_master, binding, envelope)
    open_with_data_key(data_key, binding, envelope)  # never carry a bad record forward
    return HEADER + _wrap(new_master, data_key, binding) + envelope[_NONCE_AT:]


def rebuild(master_key: bytes, data_key: bytes, binding: Binding, record: bytes) -> bytes:
    """An envelope from a sealed record and its data key (backup import), checked first."""
    _check_key(master_key, "master key")
    envelope = HEADER + _wrap(master_key, data_key, binding) + record[len(HEADER) :]
    if record[: len(HEADER)] != HEADER:
        raise TamperedEnvelope("vault.record_header")
    open_with_data_key(data_key, binding, envelope)
    return envelope


def sealed_record(envelope: bytes) -> bytes:
    """The envelope without its key wrap: what the on-chain commitment covers."""
    _parse(envelope)
    return HEADER + envelope[_NONCE_AT:]


def commitment_of(envelope: bytes, key_version: int) -> bytes:
    """keccak256(sealed record || uint32 key version): the StoreRegistry's credentialCommitment."""
    if not 1 <= key_version <= MAX_KEY_VERSION:
        raise VaultInputError("vault.key_version")
    return keccak(sealed_record(envelope) + struct.pack(">I", key_version))
