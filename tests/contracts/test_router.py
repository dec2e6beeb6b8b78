"""RevenueRouter: a split fixed at deployment that nobody can change; anyone routes."""

from __future__ import annotations

import pytest
from eth_utils import keccak
from web3.exceptions import ContractLogicError

from app.chain.artifacts import load_artifact
from tests.contracts.conftest import USD, Env
from tests.contracts.helpers import assert_reverts, events


def _coin(env: Env, address: str) -> int:
    return env.stablecoin.functions.balanceOf(address).call()


def test_route_splits_the_balance_and_credits_the_store_in_the_treasury(env: Env) -> None:
    env.admin.send(env.stablecoin.functions.mint(env.router.address, 1_000 * USD + 7))
    merchant_before = _coin(env, env.merchant.address)
    receipt = env.outsider.send(env.router.functions.route())  # anyone may route
    to_investors = (1_000 * USD + 7) * 3_000 // 10_000
    to_fee = (1_000 * USD + 7) * 250 // 10_000
    to_merchant = 1_000 * USD + 7 - to_investors - to_fee  # takes the rounding remainder
    assert events(env.router, "Routed", receipt) == [
        {
            "storeId": env.store.store_id,
            "caller": env.outsider.address,
            "total": 1_000 * USD + 7,
            "toInvestors": to_investors,
            "toFee": to_fee,
            "toMerchant": to_merchant,
        }
    ]
    assert _coin(env, env.treasury.address) == to_investors
    assert env.treasury.functions.pendingOf(env.store.store_id).call() == to_investors
    assert _coin(env, env.fee_recipient.address) == to_fee
    assert _coin(env, env.merchant.address) - merchant_before == to_merchant
    assert _coin(env, env.router.address) == 0
    assert_reverts(env.router.functions.route(), env.outsider, "NothingToRoute")


def test_the_router_abi_has_no_state_changing_function_but_route() -> None:
    abi = load_artifact("RevenueRouter").abi
    mutating = [
        item["name"]
        for item in abi
        if item["type"] == "function" and item["stateMutability"] not in ("view", "pure")
    ]
    assert mutating == ["route"]
    assert not [item for item in abi if item["type"] in ("fallback", "receive")]


def test_the_deployed_code_is_the_audited_artifact_and_the_split_is_immutable(env: Env) -> None:
    code = env.chain.w3.eth.get_code(env.router.address)
    runtime = load_artifact("RevenueRouter").deployed_bytecode
    assert len(code) == len(bytes.fromhex(runtime[2:]))  # immutables are patched in place
    assert env.router.functions.split().call() == [3_000, 250, 6_750]
    # No storage slot holds the split: every parameter is an immutable in the code.
    for slot in range(8):
        assert env.chain.w3.eth.get_storage_at(env.router.address, slot) == b"\x00" * 32


def test_unknown_selectors_such_as_a_setter_revert(env: Env) -> None:
    for signature in ("setSplit(uint16,uint16)", "transferOwnership(address)", "owner()"):
        data = "0x" + keccak(text=signature)[:4].hex() + "00" * 64
        tx = {"from": env.admin.address, "to": env.router.address, "data": data}
        with pytest.raises(ContractLogicError):
            env.chain.w3.eth.call(tx)  # type: ignore[arg-type]


def test_an_invalid_split_cannot_be_deployed(env: Env) -> None:
    artifact = load_artifact("RevenueRouter")
    factory = env.chain.w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)
    args = (env.platform.stablecoin, env.platform.treasury, env.store.store_id, 9_000, 1_001)
    call = factory.constructor(*args, env.fee_recipient.address, env.merchant.address)
    assert_reverts(call, env.admin, "InvalidSplit")


def test_only_the_registered_router_can_credit_a_store(env: Env) -> None:
    sid = env.store.store_id
    env.admin.send(env.stablecoin.functions.mint(env.outsider.address, USD))
    env.outsider.send(env.stablecoin.functions.approve(env.treasury.address, USD))
    env.outsider.send(env.treasury.functions.depositFromRouter(sid, USD))
    # A look-alike router (same code, same store id) that is not the registered one is refused
    # too: what either sends is held for the store's DAO to decide, never credited to it.
    fake = env.admin.deploy(
        "RevenueRouter",
        env.platform.stablecoin,
        env.platform.treasury,
        sid,
        10_000,
        0,
        env.fee_recipient.address,
        env.outsider.address,
    )
    env.admin.send(env.stablecoin.functions.mint(fake.address, USD))
    env.outsider.send(fake.functions.route())
    assert env.treasury.functions.pendingOf(sid).call() == 0
    assert env.treasury.functions.unassignedOf(sid).call() == 2 * USD
