"""What the store registry holds for a vault entry and how the two compare: the registry's
record of a store's credential as read, each entry's binding state (bound, tampered, stale,
pending, unregistered, unbound, see app/vault/binding.py), and the results of binding and
revealing."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from eth_abi import decode as abi_decode
from eth_utils import function_signature_to_4byte_selector, keccak, to_checksum_address

from app.chain.client import checksum
from app.chain.txstore import TransactionRecord
from app.vault.entries import EntryInfo, Reveal

ZERO32 = b"\x00" * 32
STORE_INFO = function_signature_to_4byte_selector("storeInfo(bytes32)")
IS_OPERATOR = function_signature_to_4byte_selector("isOperator(bytes32,address)")
ROTATE_CREDENTIAL = function_signature_to_4byte_selector("rotateCredential(bytes32,bytes32,uint32)")
STORE_TUPLE = ["(address,address,address,address,address,address,address,bytes32,uint32)"]


def chain_store_id(store_id: str) -> bytes:
    """The registry's bytes32 id of a vault store id (keccak256 of its text)."""
    return keccak(text=store_id)


class BindingState(StrEnum):
    BOUND = "bound"
    TAMPERED = "tampered"
    STALE = "stale"
    PENDING = "pending"
    UNREGISTERED = "unregistered"
    UNBOUND = "unbound"  # the registry holds a commitment this vault never registered


@dataclass(frozen=True)
class ChainCredential:
    """A store's credential record in the registry, as read."""

    registered: bool
    owner: str
    commitment: bytes
    key_version: int
    account_is_operator: bool = False  # of the account asked about, if any

    def may_act(self, account: str) -> bool:
        """Owner or authorised operator: may rotate and record accesses."""
        return self.registered and (checksum(account) == self.owner or self.account_is_operator)


@dataclass(frozen=True)
class EntryBinding:
    store_id: str
    key_version: int
    commitment: bytes
    chain: ChainCredential | None
    state: BindingState
    detail: str


@dataclass(frozen=True)
class BindingReport:
    profile: str
    entries: list[EntryBinding]
    round_trips: int  # HTTP round trips the chain read took

    def by_store(self) -> dict[str, EntryBinding]:
        return {entry.store_id: entry for entry in self.entries}

    @property
    def problems(self) -> list[EntryBinding]:
        return [e for e in self.entries if e.state is not BindingState.BOUND]


@dataclass(frozen=True)
class BindResult:
    entry: EntryInfo
    transaction: TransactionRecord | None  # None when the chain already held this commitment


@dataclass(frozen=True)
class RevealOutcome:
    """A reveal and what happened on chain: `recorded_on_chain` names the transaction, or
    `chain_error` says why a treasury user's access could not be recorded there."""

    reveal: Reveal
    treasury_user: bool
    recorded_on_chain: str | None = None
    chain_error: str | None = None  # a Phrase: the GUI words it in the language shown


def classify(
    entry_version: int,
    local: bytes,
    chain: ChainCredential | None,
    local_problem: str | None,
    *,
    registered_here: bool = True,
) -> tuple[BindingState, str]:
    """The entry's state against the registry. `registered_here`: this vault's own transactions
    registered a commitment for the store at the registry's key version. Without that, another
    commitment at the entry's key version is not a tamper but a record this vault never made
    (a store registered with a placeholder, as the sandbox does at key version 1): unbound."""
    if chain is None or not chain.registered:
        return BindingState.UNREGISTERED, "the store is not in the registry"
    if chain.commitment == ZERO32:
        return BindingState.UNREGISTERED, "no commitment is registered for this store yet"
    if local_problem:
        return BindingState.TAMPERED, f"the local entry does not open: {local_problem}"
    if chain.key_version == entry_version:
        if chain.commitment == local:
            return BindingState.BOUND, f"matches the registry at key version {entry_version}"
        if not registered_here:
            return BindingState.UNBOUND, (
                f"not bound yet: the registry holds a commitment at key version {entry_version} "
                "that this vault never registered; bind to register this entry"
            )
        return BindingState.TAMPERED, (
            f"the registry holds another commitment at key version {entry_version}: the entry "
            "or the registry record was changed"
        )
    if chain.key_version > entry_version:
        return BindingState.STALE, (
            f"the registry is at key version {chain.key_version}, this vault at {entry_version}: "
            "the credentials were rotated elsewhere; import that vault's backup"
        )
    return BindingState.PENDING, (
        f"this vault is at key version {entry_version}, the registry at {chain.key_version}: "
        "the on-chain rotation has not happened yet; bind to finish it"
    )


def decode_store(raw: bytes) -> ChainCredential:
    token, _r, _t, _g, _s, owner, _p, commitment_, version = abi_decode(STORE_TUPLE, raw)[0]
    return ChainCredential(
        registered=int(token, 16) != 0,
        owner=to_checksum_address(owner),
        commitment=bytes(commitment_),
        key_version=int(version),
    )
