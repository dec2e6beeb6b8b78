"""What the wallet shows about an account (never a secret), and input checks shared by its parts."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from app.wallet.errors import InvalidPrivateKey, WalletError

MAX_LABEL = 64
_HEX_KEY = re.compile(r"^(0x)?[0-9a-fA-F]{64}$")


class AccountKind(StrEnum):
    HD = "hd"  # derived from the stored recovery phrase
    IMPORTED = "imported"  # a private key or keystore brought in from elsewhere
    WATCH = "watch"  # an address only: balances and history, no signing


@dataclass(frozen=True)
class Account:
    address: str  # EIP-55 checksummed
    label: str
    kind: AccountKind
    derivation_index: int | None = None
    keystore_file: str | None = None

    @property
    def can_sign(self) -> bool:
        return self.kind is not AccountKind.WATCH

    @property
    def derivation_path(self) -> str | None:
        if self.derivation_index is None:
            return None
        return f"m/44'/60'/0'/0/{self.derivation_index}"


def clean_label(label: str) -> str:
    """Trimmed label: 1-64 printable characters."""
    text = unicodedata.normalize("NFC", label).strip()
    if not text:
        raise WalletError("wallet.label_empty")
    if len(text) > MAX_LABEL:
        raise WalletError("wallet.label_long", limit=MAX_LABEL, length=len(text))
    if any(unicodedata.category(c).startswith("C") for c in text):
        raise WalletError("wallet.label_control")
    return text


def parse_private_key(text: str | bytes | bytearray) -> bytearray:
    """64 hex digits (optional 0x) as 32 bytes; the message never echoes the input."""
    raw = text.decode("ascii", "replace") if isinstance(text, bytes | bytearray) else text
    stripped = raw.strip()
    if not _HEX_KEY.match(stripped):
        digits = len(stripped.removeprefix("0x"))
        if digits == 64:
            raise InvalidPrivateKey("wallet.private_key_hex")
        raise InvalidPrivateKey("wallet.private_key_shape", digits=digits)
    return bytearray.fromhex(stripped.removeprefix("0x"))
