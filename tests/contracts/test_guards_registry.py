"""StoreRegistry guards the existing tests left untried: the treasury link is the admin's and
never zero, a store is registered only once the treasury is known and with real addresses, and an
operator is a real address."""

from __future__ import annotations

import pytest
from eth_abi import decode as abi_decode
from eth_utils import keccak

from tests.contracts.conftest import Env
from tests.contracts.helpers import another_token, assert_reverts, revert_data, revert_name

ZERO = "0x" + "00" * 20
STORE_B = keccak(text="store-b")


def _store_b(env: Env, **given: str) -> tuple:
    fields = {
        "token": given.get("token") or _token_b(env),
        "router": env.store.router,
        "governor": env.store.governor,
        "sale": env.store.sale,
        "owner": env.admin.address,
    }
    fields.update(given)
    return (
        STORE_B,
        fields["token"],
        fields["router"],
        fields["governor"],
        fields["sale"],
        fields["owner"],
        b"\0" * 32,
        1,
    )


def _token_b(env: Env) -> str:
    return another_token(env.admin, env.platform.stablecoin, env.platform.compliance)


def test_only_the_admin_links_the_treasury_and_never_to_zero(env: Env) -> None:
    fresh = env.admin.deploy(
        "StoreRegistry", env.admin.address, env.platform.stablecoin, env.platform.compliance
    )
    reg = fresh.functions
    treasury = env.platform.treasury
    assert_reverts(reg.setTreasury(treasury), env.outsider, "AccessControlUnauthorizedAccount")
    assert_reverts(reg.setTreasury(ZERO), env.admin, "ZeroAddress")
    assert_reverts(reg.setTreasury(env.outsider.address), env.admin, "NotAContract")
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


@pytest.mark.parametrize("part", ["token", "sale", "governor"])
@pytest.mark.parametrize("address", ["zero", "key"])
def test_a_store_without_a_token_sale_or_governor_contract_is_refused(
    env: Env, part: str, address: str
) -> None:
    """A store whose sale (or token, or governor) is no contract broke every investor's reads."""
    account = ZERO if address == "zero" else env.outsider.address
    call = env.registry.functions.registerStore(*_store_b(env, **{part: account}))
    if part == "token" and address == "zero":
        assert_reverts(call, env.admin, "ZeroAddress")
    else:
        data = revert_data(call, env.admin)
        assert revert_name(call, env.admin) == "NotAContract"
        assert abi_decode(["string", "address"], bytes.fromhex(data[10:])) == (
            part,
            account.lower(),
        )
    assert not env.registry.functions.isRegistered(STORE_B).call()


def test_a_token_already_registered_to_a_store_is_refused(env: Env) -> None:
    reg = env.registry.functions
    call = reg.registerStore(*_store_b(env, token=env.store.token))
    assert_reverts(call, env.admin, "TokenAlreadyRegistered")
    assert not reg.isRegistered(STORE_B).call()
    # A fresh token is welcome, once.
    token = _token_b(env)
    env.admin.send(reg.registerStore(*_store_b(env, token=token)))
    assert reg.tokenOf(STORE_B).call() == token
    again = (keccak(text="store-c"), *_store_b(env, token=token)[1:])
    assert_reverts(reg.registerStore(*again), env.admin, "TokenAlreadyRegistered")


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
