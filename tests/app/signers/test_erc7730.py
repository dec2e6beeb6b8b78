"""The ERC-7730 descriptors match the committed ABIs and the treasury's typed data: every
format names a real function (same selector) and every field path a real parameter or field."""

from __future__ import annotations

import re
from typing import Any

import pytest
from eth_utils import function_signature_to_4byte_selector

from app.chain.artifacts import load_artifact
from app.chain.registry import Deployment, StoreContracts
from app.signers.erc7730 import for_network, load_descriptors
from app.treasury.typed_approval import (
    DOMAIN_NAME,
    DOMAIN_VERSION,
    ApprovalMessage,
    RejectionMessage,
    typed_data,
)

DESCRIPTORS = load_descriptors()
CALLDATA = {k: v for k, v in DESCRIPTORS.items() if "contract" in v["context"]}
FORMATS = {"raw", "addressName", "tokenAmount", "amount", "date", "duration", "unit", "enum"}
SIGNATURE = re.compile(r"^(\w+)\((.*)\)$")


def canonical_type(param: dict[str, Any]) -> str:
    kind = param["type"]
    if kind.startswith("tuple"):
        inner = ",".join(canonical_type(c) for c in param["components"])
        return f"({inner}){kind[5:]}"
    return kind


def bare_type(declared: str) -> str:
    """'(address signer, bytes data)[]' -> '(address,bytes)[]'."""
    return re.sub(r"\s+\w+(?=[,)])", "", declared).replace(" ", "")


def split_params(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [p for p in [*parts, current.strip()] if p]


def resolve(path: str, params: list[dict[str, Any]]) -> bool:
    """Does `a.[].b`-style `path` name a parameter (or a component of one)?"""
    if path.startswith(("@.", "$.")):
        return path in ("@.to", "@.from", "@.value") or path.startswith("$.metadata.")
    steps = path.split(".")
    current: list[dict[str, Any]] | None = params
    kind = ""
    while steps:
        step = steps.pop(0)
        if step == "[]":
            if not kind.endswith("[]"):
                return False
            kind = kind[:-2]
            continue
        match = next((p for p in current or [] if p["name"] == step), None)
        if match is None:
            return False
        kind, current = match["type"], match.get("components")
    return True


def test_there_are_descriptors_for_the_apps_calls():
    ids = {d["context"]["$id"] for d in DESCRIPTORS.values()}
    assert {"DistributionTreasury", "ProfitShareToken", "OfferingSale", "SandboxStablecoin"} <= ids
    assert (
        "execute(uint256 proposalId, (address signer, uint64 deadline, bytes data)[] sigs)"
        in (DESCRIPTORS["calldata-distribution-treasury"]["display"]["formats"])
    )
    intents = {f["intent"] for d in DESCRIPTORS.values() for f in d["display"]["formats"].values()}
    assert {"Approve a profit-share payout", "Claim profit share"} <= intents
    assert "Subscribe to a token offering" in intents


@pytest.mark.parametrize("name", sorted(CALLDATA))
def test_calldata_formats_match_the_abi(name):
    descriptor = CALLDATA[name]
    abi = load_artifact(descriptor["context"]["$id"]).abi
    functions = {f["name"]: f for f in abi if f.get("type") == "function"}
    assert descriptor["display"]["formats"], name
    for key, fmt in descriptor["display"]["formats"].items():
        function_name, params_text = SIGNATURE.match(key).groups()  # type: ignore[union-attr]
        assert function_name in functions, f"{name}: no {function_name} in the ABI"
        inputs = functions[function_name]["inputs"]
        declared = [p.rsplit(" ", 1) for p in split_params(params_text)]
        assert [n for _, n in declared] == [p["name"] for p in inputs], key
        abi_signature = f"{function_name}({','.join(canonical_type(p) for p in inputs)})"
        ours = f"{function_name}({','.join(bare_type(t) for t, _ in declared)})"
        assert function_signature_to_4byte_selector(ours) == function_signature_to_4byte_selector(
            abi_signature
        ), key
        _check_fields(key, fmt, inputs)


def test_typed_data_descriptor_matches_typed_approval():
    descriptor = DESCRIPTORS["eip712-treasury-approval"]
    eip712 = descriptor["context"]["eip712"]
    assert eip712["domain"] == {"name": DOMAIN_NAME, "version": DOMAIN_VERSION}
    samples = {
        "Approval": ApprovalMessage(1, bytes(32), 202610, 5, bytes(32), 0, 1),
        "Rejection": RejectionMessage(1, bytes(32), 202610, 5, bytes(32), "no", 0, 1),
    }
    schemas = {s["primaryType"]: s["types"] for s in eip712["schemas"]}
    assert set(schemas) == set(samples) == set(descriptor["display"]["formats"])
    for primary, message in samples.items():
        typed = typed_data(message, 31337, "0x" + "11" * 20)
        assert schemas[primary] == typed["types"], primary
        fields = [{"name": f["name"], "type": f["type"]} for f in typed["types"][primary]]
        _check_fields(primary, descriptor["display"]["formats"][primary], fields)
        shown = {f["path"] for f in descriptor["display"]["formats"][primary]["fields"]}
        assert shown == {f["name"] for f in fields}, f"{primary}: every signed field is shown"


def _check_fields(key: str, fmt: dict[str, Any], params: list[dict[str, Any]]) -> None:
    for field in fmt["fields"]:
        assert field["format"] in FORMATS, (key, field)
        assert field["label"].strip(), (key, field)
        assert resolve(field["path"], params), (key, field["path"])
        for ref in ("tokenPath", "token"):
            if ref in field.get("params", {}):
                assert resolve(field["params"][ref], params), (key, ref)
    for path in fmt.get("required", []) + fmt.get("excluded", []):
        assert resolve(path, params), (key, path)


def test_for_network_fills_the_deployments():
    store = StoreContracts(
        store_id=bytes(32),
        token="0x" + "1" * 40,  # type: ignore[arg-type]
        router="0x" + "2" * 40,  # type: ignore[arg-type]
        treasury="0x" + "3" * 40,  # type: ignore[arg-type]
        governor="0x" + "4" * 40,  # type: ignore[arg-type]
        sale="0x" + "5" * 40,  # type: ignore[arg-type]
        owner="0x" + "6" * 40,  # type: ignore[arg-type]
        pending_owner=None,
        credential_commitment=bytes(32),
        key_version=1,
    )
    deployment = Deployment(
        registry="0x" + "7" * 40,  # type: ignore[arg-type]
        stablecoin="0x" + "8" * 40,  # type: ignore[arg-type]
        compliance="0x" + "9" * 40,  # type: ignore[arg-type]
        treasury="0x" + "3" * 40,  # type: ignore[arg-type]
        stores=(store,),
    )
    published = for_network(31337, deployment, claim_router="0x" + "a" * 40)
    approval = published["eip712-treasury-approval"]
    assert approval["context"]["eip712"]["deployments"] == [
        {"chainId": 31337, "address": "0x" + "3" * 40}
    ]
    assert approval["metadata"]["constants"]["stablecoin"] == "0x" + "8" * 40
    sale = published["calldata-offering-sale"]["context"]["contract"]["deployments"]
    assert sale == [{"chainId": 31337, "address": "0x" + "5" * 40}]
    assert load_descriptors()["calldata-offering-sale"]["context"]["contract"]["deployments"] == []
