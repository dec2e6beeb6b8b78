"""Names of any length deploy: a store's token and DAO keep their full names, and permits still
verify under the token's EIP-712 domain (which OpenZeppelin caps at 31 bytes)."""

from __future__ import annotations

from app.chain.deploy import StoreSpec, deploy_store
from tests.contracts.conftest import Env

LONG_NAME = "Voxhearth Essentials and Household Goods of the Northern Provinces Profit Share"


def test_a_store_with_a_long_name_deploys_with_its_full_name(env: Env) -> None:
    assert len(LONG_NAME) > 60
    spec = StoreSpec("store-long", LONG_NAME, "VOXH", env.merchant.address, env.admin.address)
    store = deploy_store(env.admin, env.platform, spec)
    token = env.admin.contract("ProfitShareToken", store.token).functions
    governor = env.admin.contract("StoreGovernor", store.governor).functions
    assert token.name().call() == LONG_NAME
    assert token.symbol().call() == "VOXH"
    assert governor.name().call() == f"{LONG_NAME} DAO"
    # The signing domains are fixed short names; wallets read them from eip712Domain().
    assert token.eip712Domain().call()[1:3] == ["Profit Share Token", "1"]
    assert governor.eip712Domain().call()[1] == "Store DAO"
    assert env.registry.functions.tokenOf(store.store_id).call() == store.token
