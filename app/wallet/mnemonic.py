"""BIP-39 recovery phrases (English) and BIP-32/44 derivation along m/44'/60'/0'/0/i.

eth-account provides the word list, seed stretching and child-key derivation (all checked
against the official vectors in the tests). Validation is ours because eth-account's error
messages quote the phrase, and ours must never carry a secret.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata

from eth_account.hdaccount.deterministic import HDPath
from eth_account.hdaccount.mnemonic import Mnemonic, get_wordlist

from app.wallet.errors import InvalidMnemonic

NEW_WORD_COUNTS = (12, 24)
VALID_WORD_COUNTS = (12, 15, 18, 21, 24)
MAX_ACCOUNT_INDEX = 2**31 - 1
ETHEREUM_PATH = "m/44'/60'/0'/0/{index}"

_WORDS = get_wordlist("english")
_INDEX = {word: i for i, word in enumerate(_WORDS)}


def english_words() -> list[str]:
    return list(_WORDS)


def generate_mnemonic(words: int = 12) -> str:
    """A fresh phrase from the OS random source: 12 words (128 bits) or 24 (256 bits)."""
    if words not in NEW_WORD_COUNTS:
        raise ValueError(f"a new recovery phrase has 12 or 24 words, not {words}")
    return mnemonic_from_entropy(secrets.token_bytes(words * 4 // 3))


def mnemonic_from_entropy(entropy: bytes) -> str:
    return str(Mnemonic().to_mnemonic(entropy))


def normalize_mnemonic(phrase: str) -> str:
    """NFKD, lower case, single spaces: the form BIP-39 stretches."""
    return " ".join(unicodedata.normalize("NFKD", phrase).lower().split())


def validate_mnemonic(phrase: str) -> str:
    """The normalised phrase, or InvalidMnemonic saying which words or the checksum is wrong."""
    words = normalize_mnemonic(phrase).split(" ") if phrase.strip() else []
    if len(words) not in VALID_WORD_COUNTS:
        raise InvalidMnemonic("wallet.mnemonic_length", words=len(words))
    unknown = tuple(i + 1 for i, word in enumerate(words) if word not in _INDEX)
    if unknown:
        code = "wallet.mnemonic_unknown_word" + ("s" if len(unknown) > 1 else "")
        listed = ", ".join(str(p) for p in unknown)
        raise InvalidMnemonic(code, positions=unknown, listed=listed)
    if not _checksum_ok(words):
        raise InvalidMnemonic("wallet.mnemonic_checksum")
    return " ".join(words)


def seed_from_mnemonic(phrase: str, passphrase: str = "") -> bytes:
    """The 64-byte BIP-39 seed (PBKDF2-HMAC-SHA512, 2048 rounds, salt 'mnemonic'+passphrase)."""
    return bytes(Mnemonic.to_seed(validate_mnemonic(phrase), passphrase))


def derivation_path(index: int) -> str:
    check_account_index(index)
    return ETHEREUM_PATH.format(index=index)


def check_account_index(index: int) -> int:
    if not 0 <= index <= MAX_ACCOUNT_INDEX:
        raise InvalidMnemonic("wallet.account_index", limit=MAX_ACCOUNT_INDEX)
    return index


def private_key_from_seed(seed: bytes, index: int) -> bytearray:
    """The private key at m/44'/60'/0'/0/index (BIP-32 private derivation)."""
    return bytearray(HDPath(derivation_path(index)).derive(seed))


def _checksum_ok(words: list[str]) -> bool:
    bits = 0
    for word in words:
        bits = (bits << 11) | _INDEX[word]
    total = len(words) * 11
    checksum_bits = total // 33
    entropy_bits = total - checksum_bits
    entropy = (bits >> checksum_bits).to_bytes(entropy_bits // 8, "big")
    expected = hashlib.sha256(entropy).digest()[0] >> (8 - checksum_bits)
    return secrets.compare_digest(
        (bits & ((1 << checksum_bits) - 1)).to_bytes(1, "big"), expected.to_bytes(1, "big")
    )
