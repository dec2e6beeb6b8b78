"""EIP-712 typed data as a wallet signs it (eth_account's `full_message`, the JSON of
eth_signTypedData_v4), for the platform's contracts: each names itself by name, version, chain
id and address (OpenZeppelin's EIP712 domain)."""

from __future__ import annotations

from typing import Any, Final

from eth_utils import to_checksum_address

Fields = tuple[tuple[str, str], ...]  # (name, solidity type), in the struct's order

DOMAIN_FIELDS: Final[Fields] = (
    ("name", "string"),
    ("version", "string"),
    ("chainId", "uint256"),
    ("verifyingContract", "address"),
)


def type_string(name: str, fields: Fields) -> str:
    """`Name(type field,...)`: what the type hash is the keccak of."""
    return f"{name}({','.join(f'{kind} {field}' for field, kind in fields)})"


def domain(name: str, version: str, chain_id: int, contract: str) -> dict[str, Any]:
    return {
        "name": name,
        "version": version,
        "chainId": chain_id,
        "verifyingContract": to_checksum_address(contract),
    }


def typed_data(
    primary: str, fields: Fields, where: dict[str, Any], message: dict[str, Any]
) -> dict[str, Any]:
    """The full message: `primary`'s struct of `fields`, signed for the domain `where`."""
    return {
        "types": {
            "EIP712Domain": [{"name": n, "type": t} for n, t in DOMAIN_FIELDS],
            primary: [{"name": n, "type": t} for n, t in fields],
        },
        "primaryType": primary,
        "domain": where,
        "message": message,
    }
