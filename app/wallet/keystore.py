"""Web3 Secret Storage v3: scrypt (or PBKDF2 on import) + AES-128-CTR + keccak MAC.

One envelope format for everything secret at rest: account keys (interoperable keystore files
that any Ethereum tool opens) and the recovery phrase (same envelope, UTF-8 plaintext).
Decrypted secrets come back as `bytearray` so the caller can wipe them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from eth_keys import keys
from eth_utils import keccak

from app import json_input
from app.wallet.errors import (
    CorruptKeystore,
    InvalidPrivateKey,
    TamperedKeystore,
    UnsupportedKeystore,
    WrongPassword,
)

SCRYPT_N = 2**17  # ~0.5 s here: a deliberate cost against offline guessing
SCRYPT_R = 8
SCRYPT_P = 1
DKLEN = 32
# Anything an honest tool writes fits these; they stop a crafted file from eating the machine.
MAX_SCRYPT_MEMORY = 512 * 2**20
MAX_PBKDF2_ROUNDS = 10_000_000
MAX_CIPHERTEXT = 4096
SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141

Password = str | bytes | bytearray


def password_bytes(password: Password) -> bytes | bytearray:
    # UTF-8 without normalisation, as geth and eth-account do, so exported files open elsewhere
    return password.encode("utf-8") if isinstance(password, str) else password


def wipe(buffer: bytearray | memoryview | None) -> None:
    """Overwrite a secret buffer with zeros (best effort: Python may hold other copies)."""
    if buffer is None:
        return
    view = memoryview(buffer).cast("B")
    view[:] = bytes(len(view))


def encrypt(
    plaintext: bytes | bytearray,
    password: Password,
    *,
    n: int = SCRYPT_N,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A v3 document encrypting `plaintext` under `password` with scrypt(n, r=8, p=1)."""
    if len(plaintext) > MAX_CIPHERTEXT:
        raise ValueError("secret too long for a keystore envelope")
    salt = secrets.token_bytes(32)
    iv = secrets.token_bytes(16)
    derived = _scrypt(password, salt, n, SCRYPT_R, SCRYPT_P)
    encryptor = Cipher(algorithms.AES(derived[:16]), modes.CTR(iv)).encryptor()
    ciphertext = encryptor.update(bytes(plaintext)) + encryptor.finalize()
    document: dict[str, Any] = dict(extra or {})
    document.update(
        crypto={
            "cipher": "aes-128-ctr",
            "cipherparams": {"iv": iv.hex()},
            "ciphertext": ciphertext.hex(),
            "kdf": "scrypt",
            "kdfparams": {"dklen": DKLEN, "n": n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex()},
            "mac": keccak(derived[16:32] + ciphertext).hex(),
        },
        id=str(uuid.uuid4()),
        version=3,
    )
    return document


def decrypt(document: Mapping[str, Any], password: Password) -> bytearray:
    """The plaintext of a v3 document. WrongPassword when the MAC does not match."""
    crypto = _crypto_section(document)
    ciphertext = _hex(crypto, "ciphertext", 1, MAX_CIPHERTEXT)
    mac = _hex(crypto, "mac", 32, 32)
    iv = _hex(_section(crypto, "cipherparams"), "iv", 16, 16)
    derived = _derive(crypto, password)
    if not hmac.compare_digest(keccak(derived[16:32] + ciphertext), mac):
        raise WrongPassword()
    decryptor = Cipher(algorithms.AES(derived[:16]), modes.CTR(iv)).decryptor()
    out = bytearray(len(ciphertext) + 15)
    written = decryptor.update_into(ciphertext, out)
    plaintext = bytearray(out[:written])
    wipe(out)
    return plaintext


def parse(raw: bytes | str) -> dict[str, Any]:
    """A keystore document from file contents, keys lower-cased as eth-keyfile does."""
    try:
        loaded = json_input.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise CorruptKeystore("wallet.keystore_not_json") from None
    if not isinstance(loaded, dict):
        raise CorruptKeystore("wallet.keystore_not_object")
    document = _lower_keys(loaded)
    if document.get("version") != 3:
        raise UnsupportedKeystore(
            "wallet.keystore_version", version=f"{document.get('version')!r:.20}"
        )
    _crypto_section(document)
    return document


def dumps(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, indent=2, sort_keys=True).encode("utf-8") + b"\n"


def encrypt_private_key(key: bytes | bytearray, password: Password, *, n: int = SCRYPT_N) -> dict:
    """A keystore file for `key`, the shape geth and eth-account write (with `address`)."""
    address = address_of_key(key)
    return encrypt(key, password, n=n, extra={"address": address[2:].lower()})


def decrypt_private_key(document: Mapping[str, Any], password: Password) -> bytearray:
    """The private key of a keystore; checks it is a valid key matching the `address` field."""
    key = decrypt(document, password)
    try:
        address = address_of_key(key)
    except InvalidPrivateKey:
        wipe(key)
        raise CorruptKeystore("wallet.keystore_bad_key") from None
    claimed = document.get("address")
    if (
        isinstance(claimed, str)
        and claimed
        and claimed.lower().removeprefix("0x") != address[2:].lower()
    ):
        wipe(key)
        raise TamperedKeystore()
    return key


def address_of_key(key: bytes | bytearray) -> str:
    """The checksummed address of a 32-byte private key; InvalidPrivateKey if out of range."""
    if len(key) != 32 or not 0 < int.from_bytes(key, "big") < SECP256K1_N:
        raise InvalidPrivateKey()
    return str(keys.PrivateKey(bytes(key)).public_key.to_checksum_address())


def _scrypt(password: Password, salt: bytes, n: int, r: int, p: int) -> bytes:
    secret = password_bytes(password)
    try:
        return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=2**30, dklen=DKLEN)
    except ValueError:
        # OpenSSL enforces RFC 7914's N < 2**(16*r), which geth's own test vector (r=1,
        # n=2**18) breaks; pycryptodome (eth-keyfile's KDF) accepts such files, so do we.
        from Crypto.Protocol.KDF import scrypt as pycryptodome_scrypt

        slow_scrypt: Any = pycryptodome_scrypt  # its stubs say str; it takes bytes
        return bytes(slow_scrypt(bytes(secret), salt, DKLEN, N=n, r=r, p=p))


def _derive(crypto: Mapping[str, Any], password: Password) -> bytes:
    kdf = crypto.get("kdf")
    params = _section(crypto, "kdfparams")
    if params.get("dklen") != DKLEN:
        raise UnsupportedKeystore(feature=f"dklen {params.get('dklen')!r:.20}")
    salt = _hex(params, "salt", 1, 256)
    if kdf == "scrypt":
        n, r, p = (_int(params, name) for name in ("n", "r", "p"))
        if n < 2 or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 16:
            raise UnsupportedKeystore(feature=f"scrypt n={n} r={r} p={p}")
        if 128 * n * r * p > MAX_SCRYPT_MEMORY:
            raise UnsupportedKeystore("wallet.keystore_memory")
        return _scrypt(password, salt, n, r, p)
    if kdf == "pbkdf2":
        if params.get("prf") != "hmac-sha256":
            raise UnsupportedKeystore(feature=f"pbkdf2 prf {params.get('prf')!r:.30}")
        rounds = _int(params, "c")
        if not 1 <= rounds <= MAX_PBKDF2_ROUNDS:
            raise UnsupportedKeystore(feature=f"pbkdf2 c={rounds}")
        return hashlib.pbkdf2_hmac("sha256", password_bytes(password), salt, rounds, DKLEN)
    raise UnsupportedKeystore(feature=f"kdf {kdf!r:.30}")


def _crypto_section(document: Mapping[str, Any]) -> Mapping[str, Any]:
    crypto = _section(document, "crypto")
    if crypto.get("cipher") != "aes-128-ctr":
        raise UnsupportedKeystore(feature=f"cipher {crypto.get('cipher')!r:.30}")
    return crypto


def _section(parent: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = parent.get(name)
    if not isinstance(value, Mapping):
        raise CorruptKeystore("wallet.keystore_section", name=name)
    return value


def _hex(parent: Mapping[str, Any], name: str, low: int, high: int) -> bytes:
    value = parent.get(name)
    try:
        raw = bytes.fromhex(value.removeprefix("0x")) if isinstance(value, str) else None
    except ValueError:
        raw = None
    if raw is None or not low <= len(raw) <= high:
        raise CorruptKeystore("wallet.keystore_hex", name=name)
    return raw


def _int(parent: Mapping[str, Any], name: str) -> int:
    value = parent.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise CorruptKeystore("wallet.keystore_int", name=name)
    return value


def _lower_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {(k.lower() if isinstance(k, str) else k): _lower_keys(v) for k, v in value.items()}
    return value
