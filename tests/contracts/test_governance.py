"""Store governance: PST holders vote through the Governor, the timelock executes, and the
timelock ends up owning the store in the registry (the DAO handover)."""

from __future__ import annotations

from eth_utils import keccak

from app.chain.dao import hand_over_to_dao, run_proposal
from tests.contracts.conftest import PST, Env
from tests.contracts.helpers import assert_reverts


def _voters(env: Env) -> list:
    voters = env.investors[:3]
    for voter, amount in zip(voters, (40, 30, 30), strict=True):
        env.admin.send(env.token.functions.mint(voter.address, amount * PST))
        voter.send(env.token.functions.delegate(voter.address))
    return voters


def test_the_dao_accepts_store_ownership_and_then_rotates_credentials(env: Env) -> None:
    sid = env.store.store_id
    voters = _voters(env)
    hand_over_to_dao(env.admin, env.registry.address, env.store, voters[:2])
    assert env.registry.functions.ownerOf(sid).call() == env.timelock.address
    assert_reverts(
        env.registry.functions.rotateCredential(sid, keccak(text="x"), 2),
        env.admin,
        "NotOwnerOrOperator",
    )
    rotate = env.registry.encode_abi("rotateCredential", [sid, keccak(text="v2"), 2])
    run_proposal(env.store, voters[0], voters[:2], [(env.registry.address, rotate)], "Rotate v2")
    assert tuple(env.registry.functions.storeInfo(sid).call()[7:]) == (keccak(text="v2"), 2)


def test_a_handover_needs_the_pending_owner_to_accept(env: Env) -> None:
    sid = env.store.store_id
    env.admin.send(env.registry.functions.proposeOwner(sid, env.timelock.address))
    # Nobody but the timelock (i.e. a passed DAO vote) can complete it.
    for caller in (env.admin, env.investors[0]):
        assert_reverts(env.registry.functions.acceptOwnership(sid), caller, "NotPendingOwner")
    assert env.registry.functions.ownerOf(sid).call() == env.admin.address


def test_nobody_but_the_governor_can_schedule_on_the_timelock(env: Env) -> None:
    proposer = env.timelock.functions.PROPOSER_ROLE().call()
    admin_role = env.timelock.functions.DEFAULT_ADMIN_ROLE().call()
    assert env.timelock.functions.hasRole(proposer, env.store.governor).call()
    assert not env.timelock.functions.hasRole(proposer, env.admin.address).call()
    assert not env.timelock.functions.hasRole(admin_role, env.admin.address).call()
