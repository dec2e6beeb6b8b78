"""Treasury approvals and rejections as EIP-712 typed data (the interface in SPEC13).

An approver signs an `Approval` (or a `Rejection`) off chain, with no gas; `execute` and `reject`
on the DistributionTreasury check the signature. The domain binds a signature to one chain and one
treasury; the message binds it to one proposal (id, store, period, amount, report hash), to the
signer's current nonce on the treasury (`invalidateSignatures()` bumps it) and to a deadline.

The digest is computed here from the type strings, the same way the contract computes it, and the
tests check it against eth_account's `encode_typed_data`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal, Protocol

from eth_abi import encode as abi_encode
from eth_keys import keys
from eth_keys.exceptions import BadSignature
from eth_utils import keccak, to_checksum_address

from app.chain.typed_data import DOMAIN_FIELDS, domain, type_string
from app.chain.typed_data import typed_data as typed_data_of
from app.treasury.errors import TreasuryError

DOMAIN_NAME: Final = "PST Treasury"
DOMAIN_VERSION: Final = "1"

_PROPOSAL_FIELDS: Final = (
    ("proposalId", "uint256"),
    ("storeId", "bytes32"),
    ("period", "uint32"),
    ("amount", "uint256"),
    ("reportHash", "bytes32"),
)
APPROVAL_FIELDS: Final = (*_PROPOSAL_FIELDS, ("nonce", "uint256"), ("deadline", "uint64"))
REJECTION_FIELDS: Final = (
    *_PROPOSAL_FIELDS,
    ("reasonHash", "bytes32"),
    ("nonce", "uint256"),
    ("deadline", "uint64"),
)


DOMAIN_TYPE: Final = type_string("EIP712Domain", DOMAIN_FIELDS)
APPROVAL_TYPE: Final = type_string("Approval", APPROVAL_FIELDS)
REJECTION_TYPE: Final = type_string("Rejection", REJECTION_FIELDS)

# secp256k1's order: OpenZeppelin's ECDSA refuses s in the upper half (malleable signatures).
_HALF_ORDER: Final = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0

Channel = Literal["keystore", "airgap", "ledger", "safe", "api"]
CHANNELS: Final[tuple[Channel, ...]] = ("keystore", "airgap", "ledger", "safe", "api")


@dataclass(frozen=True)
class ApprovalMessage:
    """What an approver signs to approve a proposal."""

    proposal_id: int
    store_id: bytes  # 32 bytes
    period: int  # yyyymm
    amount: int  # stablecoin base units
    report_hash: bytes  # 32 bytes
    nonce: int  # the signer's nonces(signer) on the treasury when signing
    deadline: int  # unix seconds; refused on chain and by the server after it


@dataclass(frozen=True)
class RejectionMessage:
    """What an approver signs to reject a proposal; `reason` travels beside the signature and
    only its keccak256 is signed."""

    proposal_id: int
    store_id: bytes
    period: int
    amount: int
    report_hash: bytes
    reason: str
    nonce: int
    deadline: int

    @property
    def reason_hash(self) -> bytes:
        return keccak(self.reason.encode("utf-8"))


Message = ApprovalMessage | RejectionMessage


@dataclass(frozen=True)
class SignedDecision:
    """A signature over an Approval or a Rejection, with who signed it, when and from where."""

    message: Message
    signer: str  # checksummed address (an EOA or a contract such as a Safe)
    signature: bytes
    channel: Channel
    signed_at: int  # unix seconds

    @property
    def kind(self) -> Literal["approval", "rejection"]:
        return kind_of(self.message)


class TypedDataSigner(Protocol):
    """What signs an approval: app.signers' Signer (keystore, air-gapped, Ledger) is one."""

    @property
    def address(self) -> str: ...

    def sign_typed_data(self, typed_data: dict[str, Any]) -> bytes: ...


def kind_of(message: Message) -> Literal["approval", "rejection"]:
    return "approval" if isinstance(message, ApprovalMessage) else "rejection"


def _values(message: Message) -> tuple[tuple[str, str, Any], ...]:
    """(field, type, value) in the order of the type string."""
    head: tuple[tuple[str, str, Any], ...] = (
        ("proposalId", "uint256", message.proposal_id),
        ("storeId", "bytes32", _bytes32(message.store_id, "store_id")),
        ("period", "uint32", message.period),
        ("amount", "uint256", message.amount),
        ("reportHash", "bytes32", _bytes32(message.report_hash, "report_hash")),
    )
    tail: tuple[tuple[str, str, Any], ...] = (
        ("nonce", "uint256", message.nonce),
        ("deadline", "uint64", message.deadline),
    )
    if isinstance(message, RejectionMessage):
        return (*head, ("reasonHash", "bytes32", message.reason_hash), *tail)
    return (*head, *tail)


def _bytes32(value: bytes, field: str) -> bytes:
    if not isinstance(value, bytes) or len(value) != 32:
        raise TreasuryError("treasury.typed_field", field=field)
    return value


def typed_data(message: Message, chain_id: int, treasury: str) -> dict[str, Any]:
    """The full EIP-712 JSON (types, domain, primaryType, message), JSON-safe: bytes32 as 0x hex,
    integers as integers. The same dict goes to eth_account, a Ledger and an air-gapped file."""
    primary, fields = (
        ("Approval", APPROVAL_FIELDS)
        if isinstance(message, ApprovalMessage)
        else ("Rejection", REJECTION_FIELDS)
    )
    message_json = {
        name: "0x" + value.hex() if kind == "bytes32" else value
        for name, kind, value in _values(message)
    }
    where = domain(DOMAIN_NAME, DOMAIN_VERSION, chain_id, treasury)
    return typed_data_of(primary, fields, where, message_json)


def domain_separator(chain_id: int, treasury: str) -> bytes:
    return keccak(
        abi_encode(
            ["bytes32", "bytes32", "bytes32", "uint256", "address"],
            [
                keccak(text=DOMAIN_TYPE),
                keccak(text=DOMAIN_NAME),
                keccak(text=DOMAIN_VERSION),
                chain_id,
                to_checksum_address(treasury),
            ],
        )
    )


def struct_hash(message: Message) -> bytes:
    type_string = APPROVAL_TYPE if isinstance(message, ApprovalMessage) else REJECTION_TYPE
    values = _values(message)
    return keccak(
        abi_encode(
            ["bytes32", *(kind for _, kind, _ in values)],
            [keccak(text=type_string), *(value for _, _, value in values)],
        )
    )


def digest(message: Message, chain_id: int, treasury: str) -> bytes:
    """The 32-byte EIP-712 hash the contract checks a signature against."""
    return keccak(b"\x19\x01" + domain_separator(chain_id, treasury) + struct_hash(message))


def recover(message: Message, chain_id: int, treasury: str, signature: bytes) -> str:
    """The address whose key made this 65-byte ECDSA signature (r, s, v) over the message, under
    the rules OpenZeppelin's ECDSA applies on chain (v 27/28 or 0/1, low s); raises TreasuryError
    for a signature it would refuse."""
    return recover_digest(digest(message, chain_id, treasury), signature)


def recover_digest(message_hash: bytes, signature: bytes) -> str:
    if len(signature) != 65:
        raise TreasuryError("treasury.bad_signature")
    r = int.from_bytes(signature[:32], "big")
    s = int.from_bytes(signature[32:64], "big")
    v = signature[64]
    if v >= 27:
        v -= 27
    if v not in (0, 1) or s > _HALF_ORDER or r == 0 or s == 0:
        raise TreasuryError("treasury.bad_signature")
    try:
        public_key = keys.Signature(vrs=(v, r, s)).recover_public_key_from_msg_hash(message_hash)
    except (BadSignature, ValueError) as error:
        raise TreasuryError("treasury.bad_signature") from error
    return public_key.to_checksum_address()
