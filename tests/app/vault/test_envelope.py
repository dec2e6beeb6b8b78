import os
import struct

import pytest
from eth_utils import keccak

from app.vault.envelope import (
    HEADER,
    MIN_SIZE,
    Binding,
    commitment_of,
    open_envelope,
    rewrap,
    seal,
    sealed_record,
)
from app.vault.errors import TamperedEnvelope, VaultInputError

MASTER = bytes(range(32))
BINDING = Binding("e1", "store_credential", "M00001", 3)


def test_round_trip_and_fresh_keys_each_time():
    one = seal(MASTER, BINDING, b"secret record")
    two = seal(MASTER, BINDING, b"secret record")
    assert open_envelope(MASTER, BINDING, one) == b"secret record"
    assert one != two and b"secret record" not in one
    assert one.startswith(HEADER) and len(one) == MIN_SIZE + len(b"secret record")


def test_every_flipped_byte_is_detected():
    envelope = seal(MASTER, BINDING, b"pw")
    for position in range(len(envelope)):
        for flip in (0x01, 0x80):
            damaged = bytearray(envelope)
            damaged[position] ^= flip
            with pytest.raises(TamperedEnvelope):
                open_envelope(MASTER, BINDING, bytes(damaged))


def test_truncated_or_extended_envelopes_fail():
    envelope = seal(MASTER, BINDING, b"pw")
    for damaged in (envelope[:-1], envelope[: MIN_SIZE - 1], envelope + b"\x00", b""):
        with pytest.raises(TamperedEnvelope):
            open_envelope(MASTER, BINDING, damaged)


@pytest.mark.parametrize(
    "other",
    [
        Binding("e1", "store_credential", "M00001", 4),  # wrong key version
        Binding("e1", "store_credential", "M00001", 2),
        Binding("e1", "store_credential", "M00002", 3),  # wrong store id
        Binding("e2", "store_credential", "M00001", 3),  # moved to another entry
        Binding("e1", "api_token", "M00001", 3),
    ],
)
def test_a_different_binding_fails(other):
    envelope = seal(MASTER, BINDING, b"pw")
    with pytest.raises(TamperedEnvelope):
        open_envelope(MASTER, other, envelope)


def test_another_master_key_fails():
    with pytest.raises(TamperedEnvelope):
        open_envelope(os.urandom(32), BINDING, seal(MASTER, BINDING, b"pw"))


def test_rewrap_keeps_sealed_record_and_commitment():
    envelope = seal(MASTER, BINDING, b"pw")
    new_master = os.urandom(32)
    moved = rewrap(MASTER, new_master, BINDING, envelope)
    assert moved != envelope
    assert open_envelope(new_master, BINDING, moved) == b"pw"
    with pytest.raises(TamperedEnvelope):
        open_envelope(MASTER, BINDING, moved)
    assert sealed_record(moved) == sealed_record(envelope)
    assert commitment_of(moved, 3) == commitment_of(envelope, 3)


def test_commitment_is_keccak_of_sealed_record_and_uint32_version():
    envelope = seal(MASTER, BINDING, b"pw")
    record = sealed_record(envelope)
    assert record == envelope[:7] + envelope[67:]
    assert commitment_of(envelope, 3) == keccak(record + struct.pack(">I", 3))
    assert commitment_of(envelope, 3) != commitment_of(envelope, 4)
    with pytest.raises(VaultInputError):
        commitment_of(envelope, 2**32)


def test_key_version_must_fit_uint32():
    for bad in (0, -1, 2**32):
        with pytest.raises(VaultInputError):
            Binding("e1", "store_credential", "M00001", bad)
