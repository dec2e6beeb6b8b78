"""Orders of the PST market as EIP-712 typed data, and the arithmetic of a fill.

One order, three readers: the PSTMarket contract (resources/contracts/src/PSTMarket.sol), the
platform API's order book, and the app. They agree on:

- the domain: name "PST Market", version "1", the chain id, verifyingContract = the market;
- `Order(address maker,uint8 side,address token,uint256 amount,uint256 price,uint64 expiry,
  uint256 salt,uint256 nonce,address taker)`: side 0 = the maker sells PST (an ask), 1 = the
  maker buys (a bid); amount in PST base units; price in stablecoin base units per WHOLE PST;
  good while the block time is before `expiry`; `nonce` must equal the maker's nonce on chain;
  taker the zero address for anyone;
- cost = amount * price / 10**decimals rounded in the maker's favour (up when the maker sells,
  down when the maker buys); fee = cost * fee_bps / 10000 rounded up, borne by the taker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from eth_abi import encode
from eth_account import Account
from eth_account.messages import encode_typed_data
from eth_keys.exceptions import BadSignature
from eth_utils import keccak, to_checksum_address
from eth_utils.exceptions import ValidationError

from app.chain.typed_data import domain
from app.chain.typed_data import typed_data as typed_data_of
from app.market.errors import MalformedOrder

DOMAIN_NAME = "PST Market"
DOMAIN_VERSION = "1"
ZERO_ADDRESS = "0x0000000000000000000000000000000000000000"

ORDER_FIELDS: tuple[tuple[str, str], ...] = (
    ("maker", "address"),
    ("side", "uint8"),
    ("token", "address"),
    ("amount", "uint256"),
    ("price", "uint256"),
    ("expiry", "uint64"),
    ("salt", "uint256"),
    ("nonce", "uint256"),
    ("taker", "address"),
)
ORDER_TYPE = "Order(" + ",".join(f"{kind} {name}" for name, kind in ORDER_FIELDS) + ")"
ORDER_TYPEHASH = keccak(text=ORDER_TYPE)
_DOMAIN_TYPE = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
_BITS = {"uint8": 8, "uint64": 64, "uint256": 256}
PST_DECIMALS = 18  # every PST the platform issues


class Side(IntEnum):
    SELL = 0  # the maker sells PST (an ask): a taker buys
    BUY = 1  # the maker buys PST (a bid): a taker sells


@dataclass(frozen=True)
class Order:
    maker: str
    side: Side
    token: str
    amount: int  # PST base units
    price: int  # stablecoin base units per whole PST
    expiry: int  # unix seconds
    salt: int
    nonce: int
    taker: str = ZERO_ADDRESS

    def as_tuple(self) -> tuple[Any, ...]:
        """The order as the contract's `Order` struct argument."""
        return tuple(_abi_value(kind, getattr(self, name)) for name, kind in ORDER_FIELDS)


def _abi_value(kind: str, value: Any) -> Any:
    return to_checksum_address(value) if kind == "address" else int(value)


def typed_data(order: Order, chain_id: int, market: str) -> dict[str, Any]:
    """The full EIP-712 message a wallet signs (eth_account's `full_message`; the JSON of
    eth_signTypedData_v4)."""
    message = {name: _abi_value(kind, getattr(order, name)) for name, kind in ORDER_FIELDS}
    where = domain(DOMAIN_NAME, DOMAIN_VERSION, chain_id, market)
    return typed_data_of("Order", ORDER_FIELDS, where, message)


def domain_separator(chain_id: int, market: str) -> bytes:
    return keccak(
        encode(
            ["bytes32", "bytes32", "bytes32", "uint256", "address"],
            [
                keccak(text=_DOMAIN_TYPE),
                keccak(text=DOMAIN_NAME),
                keccak(text=DOMAIN_VERSION),
                chain_id,
                to_checksum_address(market),
            ],
        )
    )


def struct_hash(order: Order) -> bytes:
    kinds = ["bytes32", *(kind for _, kind in ORDER_FIELDS)]
    return keccak(encode(kinds, [ORDER_TYPEHASH, *order.as_tuple()]))


def order_hash(order: Order, chain_id: int, market: str) -> bytes:
    """The digest the maker signs and the contract keys fills and cancels by (32 bytes)."""
    return keccak(b"\x19\x01" + domain_separator(chain_id, market) + struct_hash(order))


def recover_maker(order: Order, chain_id: int, market: str, signature: bytes) -> str:
    """The address whose key made `signature` over `order` (checksummed). An EOA maker's order is
    valid when this equals `order.maker`; a contract maker (a Safe) answers by EIP-1271 instead."""
    try:
        signable = encode_typed_data(full_message=typed_data(order, chain_id, market))
        return str(Account.recover_message(signable, signature=signature))
    except (ValueError, TypeError, ValidationError, BadSignature) as exc:
        raise MalformedOrder("market.signature_malformed", reason=str(exc)[:120]) from None


def fill_cost(amount: int, price: int, decimals: int, side: Side) -> int:
    """Stablecoin base units the maker receives (an ask) or pays (a bid) for `amount` PST base
    units: rounded up when the maker sells, down when the maker buys (never the taker's favour)."""
    value = amount * price
    unit = 10**decimals
    if Side(side) is Side.SELL:
        return -(-value // unit)
    return value // unit


def gives(order: Order, stablecoin: str) -> tuple[str, str]:
    """(maker, asset) the order draws on: its PST for an ask, the stablecoin for a bid (one
    stablecoin balance and allowance back a maker's bids on every token)."""
    return order.maker, order.token if order.side == Side.SELL else stablecoin


def need(order: Order, amount: int) -> int:
    """Base units of what the maker gives for `amount` PST of `order`."""
    if order.side == Side.SELL:
        return amount
    return fill_cost(amount, order.price, PST_DECIMALS, order.side)


def fee_of(cost: int, fee_bps: int) -> int:
    """The platform's fee on `cost`, rounded up (borne by the taker)."""
    return -(-cost * fee_bps // 10_000)


# ---- the API payload ---------------------------------------------------------------------

_DIGITS = re.compile(r"0|[1-9][0-9]*")
_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")


def order_to_json(order: Order) -> dict[str, str]:
    """The order as the API carries it: addresses checksummed, every integer a decimal string."""
    payload: dict[str, str] = {}
    for name, kind in ORDER_FIELDS:
        value = getattr(order, name)
        payload[name] = to_checksum_address(value) if kind == "address" else str(int(value))
    return payload


def order_from_json(payload: Any) -> Order:
    """Parse an API payload strictly (exact keys; decimal strings in range; valid addresses);
    anything else raises `MalformedOrder` naming the field."""
    if not isinstance(payload, dict):
        raise MalformedOrder("market.order_malformed", field="order")
    expected = {name for name, _ in ORDER_FIELDS}
    extra = sorted(set(payload) - expected)
    missing = sorted(expected - set(payload))
    if extra or missing:
        raise MalformedOrder("market.order_malformed", field=", ".join(extra or missing))
    values: dict[str, Any] = {}
    for name, kind in ORDER_FIELDS:
        values[name] = _parse(name, kind, payload[name])
    try:
        values["side"] = Side(values["side"])
    except ValueError:
        raise MalformedOrder("market.order_malformed", field="side") from None
    return Order(**values)


def _parse(name: str, kind: str, raw: Any) -> Any:
    if not isinstance(raw, str):
        raise MalformedOrder("market.order_malformed", field=name)
    if kind == "address":
        if not _ADDRESS.fullmatch(raw):
            raise MalformedOrder("market.order_malformed", field=name)
        return to_checksum_address(raw)
    if not _DIGITS.fullmatch(raw) or len(raw) > 78:
        raise MalformedOrder("market.order_malformed", field=name)
    value = int(raw)
    if value >= 2 ** _BITS[kind]:
        raise MalformedOrder("market.order_malformed", field=name)
    return value
