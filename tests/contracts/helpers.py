"""Small test helpers: expect a named custom error, read events, sign a token's typed data."""

from __future__ import annotations

from functools import cache
from typing import Any

from eth_account.messages import encode_typed_data
from eth_utils import function_signature_to_4byte_selector
from web3.contract.contract import ContractConstructor, ContractFunction
from web3.exceptions import ContractCustomError, ContractLogicError
from web3.logs import DISCARD
from web3.types import TxReceipt

from app.chain.artifacts import available_artifacts, load_artifact
from app.chain.deploy import LocalSender
from app.chain.typed_data import Fields, domain, typed_data


@cache
def _error_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for contract in available_artifacts():
        for item in load_artifact(contract).abi:
            if item["type"] == "error":
                types = ",".join(i["type"] for i in item["inputs"])
                selector = function_signature_to_4byte_selector(f"{item['name']}({types})")
                names["0x" + selector.hex()] = item["name"]
    return names


def revert_data(call: ContractFunction | ContractConstructor, sender: LocalSender | str) -> str:
    """Simulate `call` from `sender`: the custom error's ABI data as hex ("" if it succeeds)."""
    address = sender if isinstance(sender, str) else sender.address
    try:
        if isinstance(call, ContractConstructor):
            call.estimate_gas({"from": address})
        else:
            call.call({"from": address})
    except ContractCustomError as exc:
        return str(exc.data)
    return ""


def revert_name(call: ContractFunction | ContractConstructor, sender: LocalSender | str) -> str:
    """Simulate `call` from `sender` and return the custom error's name ("" if it succeeds)."""
    try:
        data = revert_data(call, sender)
    except ContractLogicError as exc:
        return f"revert: {exc.message}"
    return _error_names().get(data[:10], f"unknown error {data[:10]}") if data else ""


def assert_reverts(
    call: ContractFunction | ContractConstructor, sender: LocalSender | str, error: str
) -> None:
    """The call must fail with exactly the named custom error (and so changes nothing)."""
    assert revert_name(call, sender) == error


def events(contract: Any, name: str, receipt: TxReceipt) -> list[dict[str, Any]]:
    return [
        dict(e["args"])
        for e in getattr(contract.events, name)().process_receipt(receipt, errors=DISCARD)
    ]


def another_token(
    admin: LocalSender, stablecoin: str, compliance: str, symbol: str = "PSTB"
) -> str:
    """A fresh ProfitShareToken (the registry takes each token for one store only)."""
    token = admin.deploy(
        "ProfitShareToken", f"{symbol} Profit Share", symbol, stablecoin, compliance, admin.address
    )
    return str(token.address)


PERMIT_FIELDS = (
    ("owner", "address"),
    ("spender", "address"),
    ("value", "uint256"),
    ("nonce", "uint256"),
    ("deadline", "uint256"),
)
DELEGATION_FIELDS = (("delegatee", "address"), ("nonce", "uint256"), ("expiry", "uint256"))


def signed_for(contract: Any, primary: str, fields: Fields, message: dict[str, Any]) -> Any:
    """EIP-712 `primary` for `contract`'s own domain (as its `eip712Domain()` reports it), ready
    for an account's `sign_message`."""
    _, name, version, chain_id, address, _, _ = contract.functions.eip712Domain().call()
    where = domain(name, version, chain_id, address)
    return encode_typed_data(full_message=typed_data(primary, fields, where, message))
