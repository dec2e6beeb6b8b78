"""StoreRegistry guards the existing tests left untried: the treasury link is the admin's and
never zero, a store is registered only once the treasury is known and with real addresses, and an
operator is a real address."""

from __future__ import annotations

import pytest
from eth_utils import keccak

from tests.contracts.conftest import Env
from tests.contracts.helpers import assert_reverts

ZERO = "0x" + "00" * 20
STORE_B = keccak(text="store-b")


def _store_b(env: Env, **zeroed: str) -> tuple:
    fields = {"token": env.store.token, "router": env.store.router, "owner": env.admin.address}
    fields.update(zeroed)
    return (
        STORE_B,
        fields["token"],
        fields["router"],
        env.store.governor,
        env.store.sale,
        fields["owner"],
        b"\0" * 32,
        1,
    )


def test_only_the_admin_links_the_treasury_and_never_to_zero(env: Env) -> None:
    fresh = env.admin.deploy(
        "StoreRegistry", env.admin.address, env.platform.stablecoin, env.platform.compliance
    )
    reg = fresh.functions
    treasury = env.platform.treasury
    assert_reverts(reg.setTreasury(treasury), env.outsider, "AccessControlUnauthorizedAccount")
    assert_reverts(reg.setTreasury(ZERO), env.admin, "ZeroAddress")
    # No store before the treasury is known: its entry would name no treasury.
    assert_reverts(reg.registerStore(*_store_b(env)), env.admin, "TreasuryNotSet")
    env.admin.send(reg.setTreasury(treasury))
    assert reg.treasury().call() == treasury
    env.admin.send(reg.registerStore(*_store_b(env)))
    assert reg.treasuryOf(STORE_B).call() == treasury


@pytest.mark.parametrize("field", ["token", "router", "owner"])
def test_a_store_is_registered_with_real_addresses(env: Env, field: str) -> None:
    reg = env.registry.functions
    assert_reverts(reg.registerStore(*_store_b(env, **{field: ZERO})), env.admin, "ZeroAddress")
    assert not reg.isRegistered(STORE_B).call()


def test_an_operator_is_a_real_address(env: Env) -> None:
    call = env.registry.functions.setOperator(env.store.store_id, ZERO, True)
    assert_reverts(call, env.admin, "ZeroAddress")


def test_only_the_admin_names_the_claim_router_once_and_never_zero(env: Env) -> None:
    fresh = env.admin.deploy(
        "StoreRegistry", env.admin.address, env.platform.stablecoin, env.platform.compliance
    )
    reg = fresh.functions
    router = env.platform.claim_router
    assert router is not None
    assert_reverts(reg.setClaimRouter(router), env.outsider, "AccessControlUnauthorizedAccount")
    assert_reverts(reg.setClaimRouter(ZERO), env.admin, "ZeroAddress")
    env.admin.send(reg.setClaimRouter(router))
    assert reg.claimRouter().call() == router
    assert_reverts(reg.setClaimRouter(env.outsider.address), env.admin, "ClaimRouterAlreadySet")
    # The platform's registry named its router at deployment: nobody swaps it afterwards.
    call = env.registry.functions.setClaimRouter(env.outsider.address)
    assert_reverts(call, env.admin, "ClaimRouterAlreadySet")
