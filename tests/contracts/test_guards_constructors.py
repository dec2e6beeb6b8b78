"""Every address a contract is built with must be real: each address parameter of each
constructor, set to zero on its own, is refused with ZeroAddress (and the valid set deploys).
The parameters are read from the ABI, so a new address parameter is covered without a new test."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.chain.artifacts import load_artifact
from app.chain.deploy import DEV_GOVERNANCE_NOTICE
from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import revert_name

ZERO = "0x" + "00" * 20


def _valid_args(env: Env) -> dict[str, Callable[[], list[Any]]]:
    p, s = env.platform, env.store
    return {
        "ComplianceRegistry": lambda: [env.admin.address, DEV_GOVERNANCE_NOTICE],
        "StoreRegistry": lambda: [env.admin.address, p.stablecoin, p.compliance],
        "DistributionTreasury": lambda: [env.admin.address, p.registry, p.stablecoin, 2, 86_400],
        "ProfitShareToken": lambda: [
            "Guarded",
            "GRD",
            p.stablecoin,
            p.compliance,
            env.admin.address,
        ],
        "RevenueRouter": lambda: [
            p.stablecoin,
            p.treasury,
            s.store_id,
            3_000,
            200,
            env.fee_recipient.address,
            env.merchant.address,
        ],
        "OfferingSale": lambda: [
            s.token,
            p.stablecoin,
            p.compliance,
            env.merchant.address,
            10 * USD,
            6,  # the price's decimals: the stablecoin's
            PST,
            env.chain.timestamp() + 1_000,
        ],
    }


def _constructor_inputs(name: str) -> list[dict[str, Any]]:
    abi = load_artifact(name).abi
    return next(item["inputs"] for item in abi if item["type"] == "constructor")


CASES = [
    (name, i, item["name"])
    for name in (
        "ComplianceRegistry",
        "StoreRegistry",
        "DistributionTreasury",
        "ProfitShareToken",
        "RevenueRouter",
        "OfferingSale",
    )
    for i, item in enumerate(_constructor_inputs(name))
    if item["type"] == "address"
]


@pytest.mark.parametrize(("name", "index", "param"), CASES)
def test_a_zero_address_parameter_is_refused(env: Env, name: str, index: int, param: str) -> None:
    artifact = load_artifact(name)
    factory = env.chain.w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)
    args = _valid_args(env)[name]()
    assert revert_name(factory.constructor(*args), env.admin) == "", "the valid set must deploy"
    args[index] = ZERO
    assert revert_name(factory.constructor(*args), env.admin) == "ZeroAddress", param
