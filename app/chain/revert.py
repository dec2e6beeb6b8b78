"""Revert data into words: custom errors from every artifact ABI, Error(string), Panic(uint256)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from eth_abi import decode as abi_decode
from eth_abi.exceptions import DecodingError
from eth_utils import function_signature_to_4byte_selector

from app.chain.artifacts import available_artifacts, load_artifact
from app.chain.errors import RpcError

ERROR_STRING = bytes.fromhex("08c379a0")
PANIC = bytes.fromhex("4e487b71")
PANICS = {
    0x00: "a generic compiler panic",
    0x01: "an internal check (assert) failed",
    0x11: "an arithmetic overflow or underflow",
    0x12: "a division or modulo by zero",
    0x21: "a conversion to an invalid enum value",
    0x22: "corrupt storage data",
    0x31: "pop() on an empty array",
    0x32: "an array index out of bounds",
    0x41: "too much memory was allocated",
    0x51: "a call to an uninitialised function",
}


class ErrorDecoder:
    """Knows the custom errors of a set of ABIs by their 4-byte selector."""

    def __init__(self, abis: Iterable[Sequence[dict[str, Any]]]) -> None:
        self._errors: dict[bytes, tuple[str, list[str], list[str]]] = {}
        for abi in abis:
            for item in abi:
                if item.get("type") != "error":
                    continue
                types = [_canonical_type(i) for i in item.get("inputs", [])]
                names = [str(i.get("name") or f"arg{n}") for n, i in enumerate(item["inputs"])]
                signature = f"{item['name']}({','.join(types)})"
                selector = function_signature_to_4byte_selector(signature)
                self._errors[selector] = (str(item["name"]), types, names)

    def describe(self, data: bytes) -> str:
        """Words for revert data; never raises."""
        if not data:
            return "it reverted without giving a reason"
        selector, body = data[:4], data[4:]
        try:
            if selector == ERROR_STRING:
                (message,) = abi_decode(["string"], body)
                return str(message) or "it reverted with an empty reason"
            if selector == PANIC:
                (code,) = abi_decode(["uint256"], body)
                return f"the contract hit {PANICS.get(code, 'an unknown panic')} (panic 0x{code:x})"
            if selector in self._errors:
                name, types, names = self._errors[selector]
                values = abi_decode(types, body) if types else ()
                params = ", ".join(
                    f"{_words(n)} {_show(v)}" for n, v in zip(names, values, strict=True)
                )
                return _words(name) + (f" ({params})" if params else "")
        except (DecodingError, ValueError, OverflowError):
            pass
        return f"an unknown error 0x{data[:4].hex()}"


def _canonical_type(item: dict[str, Any]) -> str:
    kind = str(item["type"])
    if kind.startswith("tuple"):
        inner = ",".join(_canonical_type(c) for c in item.get("components", []))
        return f"({inner}){kind[5:]}"
    return kind


def _words(identifier: str) -> str:
    """`NotStoreOwner` -> `not store owner`; `ERC20InsufficientBalance` keeps `ERC20`."""
    parts = re.findall(r"[A-Z]+[0-9]*(?![a-z])|[A-Z]?[a-z0-9]+", identifier.lstrip("_"))
    return " ".join(p if p.isupper() else p.lower() for p in parts)


def _show(value: Any) -> str:
    if isinstance(value, bytes):
        return "0x" + value.hex()
    return str(value)


def revert_data(error: RpcError) -> bytes | None:
    """The revert payload of a failed eth_call / eth_estimateGas, if the node gave one."""
    data = error.data
    if isinstance(data, dict):
        data = data.get("data")
    if isinstance(data, str) and data.startswith("0x"):
        try:
            return bytes.fromhex(data[2:])
        except ValueError:
            return None
    if error.rpc_code == 3 or "revert" in error.message.lower():
        return b""
    return None


@functools.cache
def artifact_decoder() -> ErrorDecoder:
    """A decoder over every committed artifact's ABI (OpenZeppelin errors included)."""
    return ErrorDecoder(load_artifact(name).abi for name in available_artifacts())
