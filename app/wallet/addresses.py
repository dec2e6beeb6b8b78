"""Recipient address checks: EIP-55 validation and the warnings a careful sender wants.

- all-lowercase or all-uppercase input carries no checksum, so a typo goes unnoticed;
- a first-time recipient deserves a second look;
- address poisoning: scammers send dust from an address whose first and last characters match
  one you use, hoping you copy it from your history. An address that resembles a known one
  (address book, own accounts, past recipients) but differs is flagged with the one it mimics.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from eth_utils import to_checksum_address

from app.errors import Phrase
from app.wallet.errors import InvalidAddress

_SHAPE = re.compile(r"^0x[0-9a-fA-F]{40}$")
ZERO_ADDRESS = "0x" + "0" * 40


class WarningKind(StrEnum):
    NO_CHECKSUM = "no_checksum"
    FIRST_TIME = "first_time"
    LOOKALIKE = "lookalike"
    OWN_ACCOUNT = "own_account"


@dataclass(frozen=True)
class KnownAddress:
    address: str  # checksummed
    label: str
    source: str  # a Phrase: "address book", "your account", "past recipient"


@dataclass(frozen=True)
class AddressWarning:
    kind: WarningKind
    message: str  # a Phrase: English as a str, .text(language)
    resembles: KnownAddress | None = None


@dataclass(frozen=True)
class AddressCheck:
    address: str  # checksummed
    warnings: tuple[AddressWarning, ...] = ()
    known_as: KnownAddress | None = None  # the entry this exact address matched, if any

    @property
    def has_lookalike(self) -> bool:
        return any(w.kind is WarningKind.LOOKALIKE for w in self.warnings)


def to_checksummed(text: str) -> str:
    """The EIP-55 form of an address; InvalidAddress with the reason otherwise.

    Mixed-case input must carry a valid checksum; all-lower or all-upper input is accepted here
    (check_recipient warns about it).
    """
    candidate = text.strip()
    if candidate[:2] == "0X":
        candidate = "0x" + candidate[2:]
    if not candidate.startswith("0x"):
        raise InvalidAddress()
    if not _SHAPE.match(candidate):
        digits = len(candidate) - 2
        if digits != 40:
            raise InvalidAddress("wallet.address_length", digits=digits)
        raise InvalidAddress("wallet.address_digits")
    checksummed = str(to_checksum_address(candidate))
    body = candidate[2:]
    mixed = body != body.lower() and body != body.upper()
    if mixed and candidate != checksummed:
        raise InvalidAddress("wallet.address_checksum")
    return checksummed


def is_unchecksummed(text: str) -> bool:
    body = text.strip()[2:]
    has_letters = any(c.isalpha() for c in body)
    return has_letters and (body == body.lower() or body == body.upper())


def check_recipient(
    text: str,
    *,
    address_book: Iterable[KnownAddress] = (),
    own_accounts: Iterable[KnownAddress] = (),
    past_recipients: Iterable[KnownAddress] = (),
) -> AddressCheck:
    """Validate a recipient and list what the user should know before sending to it."""
    address = to_checksummed(text)
    if address == to_checksum_address(ZERO_ADDRESS):
        raise InvalidAddress("wallet.zero_address")
    known = [*own_accounts, *address_book, *past_recipients]
    warnings: list[AddressWarning] = []
    if is_unchecksummed(text):
        warnings.append(AddressWarning(WarningKind.NO_CHECKSUM, Phrase("wallet.warn.no_checksum")))
    exact = next((k for k in known if k.address.lower() == address.lower()), None)
    if exact is not None and exact.source == "your account":
        warnings.append(
            AddressWarning(
                WarningKind.OWN_ACCOUNT, Phrase("wallet.warn.own_account", label=exact.label)
            )
        )
    if exact is None:
        warnings.append(AddressWarning(WarningKind.FIRST_TIME, Phrase("wallet.warn.first_time")))
    for other in known:
        if other.address.lower() != address.lower() and resembles(address, other.address):
            warnings.append(
                AddressWarning(
                    WarningKind.LOOKALIKE,
                    Phrase(
                        "wallet.warn.lookalike",
                        other=other.address,
                        source=other.source,
                        label=other.label,
                    ),
                    other,
                )  # fmt: skip
            )
    return AddressCheck(address, tuple(_dedupe(warnings)), exact)


def resembles(a: str, b: str) -> bool:
    """Two different addresses that a glance (first and last characters) would confuse."""
    x, y = a.lower()[2:], b.lower()[2:]
    if x == y:
        return False
    prefix = _common_prefix(x, y)
    suffix = _common_prefix(x[::-1], y[::-1])
    # Wallets show 0x1234…abcd: 4+4 matching is the classic poisoning target; 3+3, or 6 at one
    # end, is still far beyond chance (about 1 in 16**6) for addresses the user knows.
    return (prefix >= 3 and suffix >= 3) or prefix >= 6 or suffix >= 6


def _common_prefix(x: str, y: str) -> int:
    count = 0
    for a, b in zip(x, y, strict=False):
        if a != b:
            break
        count += 1
    return count


def _dedupe(warnings: list[AddressWarning]) -> list[AddressWarning]:
    seen: set[tuple[WarningKind, str | None]] = set()
    out = []
    for warning in warnings:
        key = (warning.kind, warning.resembles.address if warning.resembles else None)
        if key not in seen:
            seen.add(key)
            out.append(warning)
    return out


@dataclass
class KnownAddresses:
    """A convenience bundle of the three sources, as the send form gathers them."""

    address_book: list[KnownAddress] = field(default_factory=list)
    own_accounts: list[KnownAddress] = field(default_factory=list)
    past_recipients: list[KnownAddress] = field(default_factory=list)

    def check(self, text: str) -> AddressCheck:
        return check_recipient(
            text,
            address_book=self.address_book,
            own_accounts=self.own_accounts,
            past_recipients=self.past_recipients,
        )
