"""Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226), with hmac and hashlib only."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import struct
import time

from app.vault.errors import VaultInputError

DIGESTS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha512": hashlib.sha512}
DEFAULT_STEP = 30
DEFAULT_DIGITS = 6
MIN_SEED_BYTES = 10  # 80 bits: the shortest seed platforms commonly issue
_SEPARATORS = re.compile(r"[\s-]+")


def normalize_seed(seed: str) -> str:
    """The seed as canonical base32 (upper case, no spaces or padding); rejects anything else."""
    cleaned = _SEPARATORS.sub("", seed).upper().rstrip("=")
    decode_seed(cleaned)
    return cleaned


def decode_seed(seed: str) -> bytes:
    cleaned = _SEPARATORS.sub("", seed).upper().rstrip("=")
    if not cleaned or not re.fullmatch(r"[A-Z2-7]+", cleaned):
        raise VaultInputError("vault.totp_alphabet")
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except binascii.Error:
        raise VaultInputError("vault.totp_length") from None
    if len(raw) < MIN_SEED_BYTES:
        raise VaultInputError("vault.totp_short", limit=MIN_SEED_BYTES)
    return raw


def hotp(key: bytes, counter: int, digits: int = DEFAULT_DIGITS, digest: str = "sha1") -> str:
    """RFC 4226: HMAC the counter, dynamically truncate, keep `digits` decimal digits."""
    if not 6 <= digits <= 10:
        raise VaultInputError("vault.totp_digits")
    if digest not in DIGESTS:
        raise VaultInputError("vault.totp_digest", digests=", ".join(DIGESTS))
    mac = hmac.new(key, struct.pack(">Q", counter), DIGESTS[digest]).digest()
    offset = mac[-1] & 0x0F
    code = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(code % 10**digits).zfill(digits)


def totp(
    key: bytes,
    at: float | None = None,
    step: int = DEFAULT_STEP,
    digits: int = DEFAULT_DIGITS,
    digest: str = "sha1",
) -> str:
    """RFC 6238: the HOTP of the number of `step`-second intervals since the Unix epoch."""
    now = time.time() if at is None else at
    return hotp(key, int(now // step), digits, digest)


def seconds_left(at: float | None = None, step: int = DEFAULT_STEP) -> int:
    """How long the current code stays valid, for the GUI's countdown."""
    now = time.time() if at is None else at
    return step - int(now % step)


def current_code(seed: str, at: float | None = None) -> str:
    """The current 6-digit SHA-1 code of a base32 seed, as authenticator apps show it."""
    return totp(decode_seed(seed), at)
