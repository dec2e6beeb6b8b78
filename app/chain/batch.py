"""Batched reads: many eth_call / eth_getBalance in a constant number of HTTP round trips.

Two transports: Multicall3 (one eth_call carries every read) where the chain has it at its
canonical address, else a JSON-RPC batch (one HTTP POST carries every request). Either way a
portfolio of N holdings costs the same few round trips as one holding. Each read succeeds or fails
on its own: one reverting call never spoils the others.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast

from eth_abi import decode as abi_decode
from eth_abi import encode as abi_encode
from eth_abi.exceptions import DecodingError
from eth_typing import ABIFunction
from eth_utils import (
    function_signature_to_4byte_selector,
    get_abi_input_types,
    get_abi_output_types,
)
from web3.contract.contract import ContractFunction
from web3.types import RPCEndpoint

from app.chain.artifacts import load_artifact
from app.chain.client import ChainClient, checksum, parse_quantity
from app.chain.errors import BadRpcResponse, ChainError, RpcError
from app.chain.revert import artifact_decoder, revert_data

MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11"
_AGGREGATE3 = function_signature_to_4byte_selector("aggregate3((address,bool,bytes)[])")
_GET_ETH_BALANCE = function_signature_to_4byte_selector("getEthBalance(address)")
Transport = Literal["auto", "multicall", "batch", "single"]


@dataclass(frozen=True)
class Read:
    """One read: a contract call (`to` + `data`, decoded by `decode`) or an ETH balance."""

    kind: Literal["call", "balance"]
    to: str
    data: bytes = b""
    decode: Callable[[bytes], Any] | None = None


@dataclass(frozen=True)
class ReadResult:
    ok: bool
    value: Any = None
    error: str = ""  # words: the decoded revert, or why the answer was unusable

    def unwrap(self) -> Any:
        if not self.ok:
            raise ChainError("chain.read_failed", reason=self.error)
        return self.value


def call(function: ContractFunction) -> Read:
    """A read from a bound contract function, e.g. `call(token.functions.balanceOf(holder))`."""
    types = get_abi_output_types(function.abi)
    data = bytes.fromhex(function._encode_transaction_data()[2:])

    def decode(raw: bytes) -> Any:
        values = abi_decode(types, raw)
        return values[0] if len(values) == 1 else tuple(values)

    if types == ["uint256"]:  # most portfolio reads: one word, decoded without eth_abi's machinery

        def decode(raw: bytes) -> Any:
            if len(raw) != 32:
                raise DecodingError(f"expected one 32-byte word, got {len(raw)} bytes")
            return int.from_bytes(raw, "big")

    return Read("call", checksum(str(function.address)), data, decode)


def abi_read(contract: str, address: str, function: str, *args: Any) -> Read:
    """`call` without a contract handle: `function` of the artifact `contract` (by name and
    argument count) at `address`, encoded and decoded from its ABI. A handle costs web3 a walk of
    the whole ABI per address; a powers read of 200 stores built 1,400 of them in a worker whose
    hold on the GIL stalled the GUI thread. This costs an ABI encode."""
    selector, inputs, outputs = _function_abi(contract, function, len(args))
    data = selector + abi_encode(inputs, list(args))

    def decode(raw: bytes) -> Any:
        values = abi_decode(outputs, raw)
        return values[0] if len(values) == 1 else tuple(values)

    return Read("call", checksum(address), data, decode)


@functools.cache
def _function_abi(contract: str, function: str, arity: int) -> tuple[bytes, list[str], list[str]]:
    for entry in load_artifact(contract).abi:
        if entry.get("type") == "function" and entry["name"] == function:
            item = cast(ABIFunction, entry)
            inputs = list(get_abi_input_types(item))
            if len(inputs) == arity:
                signature = f"{function}({','.join(inputs)})"
                selector = function_signature_to_4byte_selector(signature)
                return selector, inputs, list(get_abi_output_types(item))
    raise ChainError("chain.read_failed", reason=f"{contract} has no {function} of {arity} args")


def balance(address: str) -> Read:
    return Read("balance", checksum(address))


class BatchReader:
    """Reads many values at once. `transport="auto"` picks Multicall3 when it is deployed."""

    def __init__(
        self, client: ChainClient, *, transport: Transport = "auto", max_per_trip: int = 1000
    ) -> None:
        self.client = client
        self.max_per_trip = max_per_trip
        self._transport = transport
        self._resolved: Transport | None = None if transport == "auto" else transport

    @property
    def transport(self) -> Transport:
        if self._resolved is None:  # looked up once per reader: one extra round trip
            self._resolved = "multicall" if self.client.has_code(MULTICALL3) else "batch"
        return self._resolved

    def read(self, reads: Sequence[Read], block: str | int = "latest") -> list[ReadResult]:
        tag = hex(block) if isinstance(block, int) else block
        if not reads:
            return []
        results: list[ReadResult] = []
        for start in range(0, len(reads), self.max_per_trip):
            chunk = reads[start : start + self.max_per_trip]
            if self.transport == "multicall":
                results.extend(self._multicall(chunk, tag))
            elif self.transport == "batch":
                results.extend(self._json_batch(chunk, tag))
            else:
                results.extend(self._one_by_one(chunk, tag))
        return results

    def _json_batch(self, reads: Sequence[Read], tag: str) -> list[ReadResult]:
        requests = [(RPCEndpoint(m), p) for m, p in (_request(r, tag) for r in reads)]
        answers = self.client.provider.make_batch_request(requests)
        if isinstance(answers, dict):  # the node refused the batch as a whole
            error: Any = answers.get("error") or {}
            raise RpcError("batch", error.get("code"), str(error.get("message", answers)))
        return [_result(read, answer) for read, answer in zip(reads, answers, strict=True)]

    def _one_by_one(self, reads: Sequence[Read], tag: str) -> list[ReadResult]:
        # The slow path, kept for comparison in the rpc bench and for nodes without batching.
        results = []
        for read in reads:
            method, params = _request(read, tag)
            answer = self.client.provider.make_request(RPCEndpoint(method), params)
            results.append(_result(read, answer))
        return results

    def _multicall(self, reads: Sequence[Read], tag: str) -> list[ReadResult]:
        calls = []
        for read in reads:
            if read.kind == "balance":
                target = MULTICALL3
                data = _GET_ETH_BALANCE + abi_encode(["address"], [read.to])
            else:
                target, data = read.to, read.data
            calls.append((target, True, data))
        payload = _AGGREGATE3 + abi_encode(["(address,bool,bytes)[]"], [calls])
        raw = self.client.rpc("eth_call", [{"to": MULTICALL3, "data": "0x" + payload.hex()}, tag])
        try:
            (answers,) = abi_decode(["(bool,bytes)[]"], _hex_bytes(raw))
        except (DecodingError, ValueError) as error:
            raise BadRpcResponse("chain.bad_multicall") from error
        if len(answers) != len(reads):
            raise BadRpcResponse("chain.bad_multicall")
        results = []
        for read, (success, data) in zip(reads, answers, strict=True):
            if not success:
                results.append(ReadResult(False, error=artifact_decoder().describe(data)))
            elif read.kind == "balance":
                results.append(_decoded(lambda raw: abi_decode(["uint256"], raw)[0], data))
            else:
                results.append(_decoded(read.decode, data))
        return results


def _request(read: Read, tag: str) -> tuple[str, list[Any]]:
    if read.kind == "balance":
        return "eth_getBalance", [read.to, tag]
    return "eth_call", [{"to": read.to, "data": "0x" + read.data.hex()}, tag]


def _result(read: Read, answer: Any) -> ReadResult:
    if not isinstance(answer, dict):
        return ReadResult(False, error="the node gave a malformed answer")
    error = answer.get("error")
    if error is not None:
        rpc_error = RpcError(
            "eth_call", error.get("code"), str(error.get("message", "")), error.get("data")
        )
        data = revert_data(rpc_error)
        if data is None:
            return ReadResult(False, error=rpc_error.message or "the node refused the read")
        return ReadResult(False, error=artifact_decoder().describe(data))
    result = answer.get("result")
    try:
        if read.kind == "balance":
            return ReadResult(True, parse_quantity(result, "eth_getBalance"))
        return _decoded(read.decode, _hex_bytes(result))
    except (BadRpcResponse, ValueError):
        return ReadResult(False, error="the node gave a malformed answer")


def _decoded(decode: Callable[[bytes], Any] | None, data: bytes) -> ReadResult:
    if decode is None:
        return ReadResult(True, data)
    try:
        return ReadResult(True, decode(data))
    except (DecodingError, ValueError, OverflowError):
        # Empty data usually means there is no contract at that address.
        why = "no contract answered" if not data else "the answer could not be decoded"
        return ReadResult(False, error=why)


def _hex_bytes(value: Any) -> bytes:
    if not isinstance(value, str) or not value.startswith("0x"):
        raise BadRpcResponse(method="eth_call")
    try:
        return bytes.fromhex(value[2:])
    except ValueError as error:
        raise BadRpcResponse(method="eth_call") from error


def rpc_batch(client: ChainClient, requests: Sequence[tuple[str, list[Any]]]) -> list[Any]:
    """Raw JSON-RPC calls in batches of 500, one round trip each: each call's result, or None
    where the node answered that call with an error (or refused the batch as a whole)."""
    results: list[Any] = []
    for start in range(0, len(requests), 500):
        chunk = requests[start : start + 500]
        answers = client.provider.make_batch_request([(RPCEndpoint(m), p) for m, p in chunk])
        if isinstance(answers, dict):
            results.extend([None] * len(chunk))
            continue
        results.extend(a.get("result") if isinstance(a, dict) else None for a in answers)
    return results
