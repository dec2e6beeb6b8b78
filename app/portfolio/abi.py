"""Event topics and hand-encoded reads of the contracts the portfolio touches (no network);
other calldata comes from app.chain.calldata."""

from __future__ import annotations

import functools

from eth_utils import keccak

from app.chain.batch import Read
from app.chain.errors import ChainError


def topic(signature: str) -> str:
    """The topic0 of an event signature, as the indexer stores it (0x + lower-case hex)."""
    return "0x" + keccak(text=signature).hex()


TRANSFER = topic("Transfer(address,address,uint256)")
PROFIT_DISTRIBUTED = topic("ProfitDistributed(address,uint256,uint256)")
PROFIT_CLAIMED = topic("ProfitClaimed(address,uint256)")
PURCHASED = topic("Purchased(address,uint256,uint256)")
# PSTMarket (issue 16): orderHash, maker and taker indexed; token, side, amount, price, cost, fee.
FILLED = topic("Filled(bytes32,address,address,address,uint8,uint256,uint256,uint256,uint256)")
PROPOSAL_CREATED = topic(
    "ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)"
)


def address_topic(address: str) -> str:
    """An address as an indexed event topic (left-padded to 32 bytes, lower case)."""
    return "0x" + "00" * 12 + address.lower().removeprefix("0x")


def topic_address(value: str | None) -> str:
    """The lower-case address inside an indexed topic ('' for none)."""
    return "0x" + value[-40:].lower() if value else ""


def words(data: bytes) -> list[int]:
    """The 32-byte words of non-indexed event data as integers. Data that is not whole words
    comes from a contract that does not follow the platform's ABI: a ChainError the page shows."""
    if len(data) % 32:
        raise ChainError("chain.bad_event_data", length=len(data))
    return [int.from_bytes(data[i : i + 32], "big") for i in range(0, len(data), 32)]


@functools.cache
def selector(signature: str) -> bytes:
    return keccak(text=signature)[:4]


def _uint(raw: bytes) -> int:
    if len(raw) != 32:
        raise ValueError(f"expected one 32-byte word, got {len(raw)} bytes")
    return int.from_bytes(raw, "big")


def uint_read(to: str, signature: str, *addresses: str) -> Read:
    """A read of a view returning one uint, whose arguments are addresses. Encoded by hand:
    a portfolio refresh builds hundreds of these and web3's contract objects cost a millisecond
    each."""
    args = b"".join(bytes(12) + bytes.fromhex(a.removeprefix("0x")) for a in addresses)
    return Read("call", to, selector(signature) + args, _uint)
