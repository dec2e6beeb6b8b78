"""StoreRegistry: discovery of every address, two-step handover, credential rotation only by the
owner or an operator it authorised, accesses recorded."""

from __future__ import annotations

from eth_utils import keccak

from tests.contracts.conftest import Env
from tests.contracts.helpers import assert_reverts, events

NEW_COMMITMENT = keccak(text="sealed credentials v2")


def test_every_address_is_discoverable_from_the_registry(env: Env) -> None:
    reg = env.registry.functions
    assert reg.stablecoin().call() == env.platform.stablecoin
    assert reg.compliance().call() == env.platform.compliance
    assert reg.treasury().call() == env.platform.treasury
    assert reg.storeCount().call() == 1
    assert reg.stores().call() == [env.store.store_id]
    assert reg.storeAt(0).call() == env.store.store_id
    token, router, treasury, governor, sale, owner, pending, commitment, version = reg.storeInfo(
        env.store.store_id
    ).call()
    assert (token, router, treasury, governor, sale, owner, pending) == (
        env.store.token,
        env.store.router,
        env.platform.treasury,
        env.store.governor,
        env.store.sale,
        env.admin.address,
        "0x" + "00" * 20,
    )
    assert (commitment, version) == (b"\x00" * 32, 1)


def test_registration_is_guarded(env: Env) -> None:
    reg = env.registry.functions
    args = (env.store.token, env.store.router, env.store.governor, env.store.sale)
    new = (keccak(text="store-b"), *args, env.admin.address, b"\x00" * 32, 1)
    assert_reverts(reg.registerStore(*new), env.outsider, "AccessControlUnauthorizedAccount")
    dup = (env.store.store_id, *args, env.admin.address, b"\x00" * 32, 1)
    assert_reverts(reg.registerStore(*dup), env.admin, "StoreExists")
    assert_reverts(reg.setTreasury(env.outsider.address), env.admin, "TreasuryAlreadySet")


def test_rotation_by_the_owner_with_a_higher_key_version(env: Env) -> None:
    sid = env.store.store_id
    receipt = env.admin.send(env.registry.functions.rotateCredential(sid, NEW_COMMITMENT, 2))
    assert events(env.registry, "CredentialRotated", receipt) == [
        {"storeId": sid, "commitment": NEW_COMMITMENT, "keyVersion": 2, "by": env.admin.address}
    ]
    assert_reverts(
        env.registry.functions.rotateCredential(sid, NEW_COMMITMENT, 2),
        env.admin,
        "StaleKeyVersion",
    )


def test_rotation_without_authority_is_refused(env: Env) -> None:
    sid = env.store.store_id
    rotate = env.registry.functions.rotateCredential(sid, NEW_COMMITMENT, 2)
    assert_reverts(rotate, env.outsider, "NotOwnerOrOperator")
    assert_reverts(
        env.registry.functions.setOperator(sid, env.outsider.address, True),
        env.outsider,
        "NotStoreOwner",
    )
    assert_reverts(
        env.registry.functions.rotateCredential(keccak(text="nope"), NEW_COMMITMENT, 2),
        env.admin,
        "UnknownStore",
    )
    assert env.registry.functions.storeInfo(sid).call()[8] == 1


def test_an_authorised_operator_rotates_and_records_access_until_revoked(env: Env) -> None:
    sid = env.store.store_id
    operator = env.investors[5]
    env.admin.send(env.registry.functions.setOperator(sid, operator.address, True))
    operator.send(env.registry.functions.rotateCredential(sid, NEW_COMMITMENT, 2))
    purpose = keccak(text="monthly reconciliation")
    receipt = operator.send(env.registry.functions.recordAccess(sid, purpose))
    assert events(env.registry, "CredentialAccessed", receipt) == [
        {"storeId": sid, "accessor": operator.address, "keyVersion": 2, "purposeHash": purpose}
    ]
    env.admin.send(env.registry.functions.setOperator(sid, operator.address, False))
    assert_reverts(
        env.registry.functions.recordAccess(sid, purpose), operator, "NotOwnerOrOperator"
    )
    assert_reverts(
        env.registry.functions.rotateCredential(sid, NEW_COMMITMENT, 3),
        operator,
        "NotOwnerOrOperator",
    )


def test_two_step_handover_and_the_old_owners_operators_lose_authority(env: Env) -> None:
    sid = env.store.store_id
    reg = env.registry.functions
    new_owner, operator = env.investors[4], env.investors[5]
    env.admin.send(reg.setOperator(sid, operator.address, True))
    assert_reverts(reg.proposeOwner(sid, new_owner.address), env.outsider, "NotStoreOwner")
    env.admin.send(reg.proposeOwner(sid, new_owner.address))
    assert reg.ownerOf(sid).call() == env.admin.address  # nothing changes until accepted
    assert_reverts(reg.acceptOwnership(sid), env.outsider, "NotPendingOwner")
    new_owner.send(reg.acceptOwnership(sid))
    assert reg.ownerOf(sid).call() == new_owner.address
    assert_reverts(reg.rotateCredential(sid, NEW_COMMITMENT, 2), env.admin, "NotOwnerOrOperator")
    assert_reverts(reg.rotateCredential(sid, NEW_COMMITMENT, 2), operator, "NotOwnerOrOperator")
    assert not reg.isOperator(sid, operator.address).call()
    new_owner.send(reg.rotateCredential(sid, NEW_COMMITMENT, 2))
