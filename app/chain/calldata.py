"""Calldata of a contract function from its committed artifact's ABI, without a node: for
intents sent through the transaction pipeline and reads batched by hand."""

from __future__ import annotations

from functools import cache
from typing import Any

from web3 import Web3
from web3.contract import Contract

from app.chain.artifacts import load_artifact


@cache
def offline_contract(name: str) -> type[Contract]:
    """A contract class with no address or provider: for encoding calls only."""
    return Web3().eth.contract(abi=load_artifact(name).abi)


def encode_call(contract: str, function: str, *args: Any) -> bytes:
    """Calldata of `contract.function(*args)`, e.g. encode_call("ProfitShareToken", "claim")."""
    data = offline_contract(contract).encode_abi(function, args=list(args))
    return bytes.fromhex(data[2:])
