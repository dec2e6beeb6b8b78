"""Registry operators belong to an ownership period: a new owner starts with none and an old
owner's operators never come back (A -> B -> A); proposeOwner(0) cancels a pending handover."""

from __future__ import annotations

from eth_utils import keccak

from app.chain.deploy import ZERO_ADDRESS, LocalSender
from tests.contracts.conftest import Env
from tests.contracts.helpers import assert_reverts, events


def _hand(env: Env, source: LocalSender, target: LocalSender) -> None:
    sid, reg = env.store.store_id, env.registry.functions
    source.send(reg.proposeOwner(sid, target.address))
    target.send(reg.acceptOwnership(sid))


def test_an_old_owners_operators_never_come_back(env: Env) -> None:
    sid, reg = env.store.store_id, env.registry.functions
    a, b = env.admin, env.investors[4]
    a_operator, b_operator = env.investors[5], env.investors[3]
    a.send(reg.setOperator(sid, a_operator.address, True))
    _hand(env, a, b)
    assert not reg.isOperator(sid, a_operator.address).call()  # B starts with none
    b.send(reg.setOperator(sid, b_operator.address, True))
    _hand(env, b, a)
    for operator in (a_operator, b_operator):
        assert not reg.isOperator(sid, operator.address).call()
        assert_reverts(
            reg.recordAccess(sid, keccak(text="after A -> B -> A")),
            operator,
            "NotOwnerOrOperator",
        )
    assert reg.ownershipPeriodOf(sid).call() == 2
    a.send(reg.setOperator(sid, a_operator.address, True))  # only a fresh authorisation counts
    a_operator.send(reg.recordAccess(sid, keccak(text="authorised again")))


def test_proposing_the_zero_address_cancels_a_pending_handover(env: Env) -> None:
    sid, reg = env.store.store_id, env.registry.functions
    b = env.investors[4]
    env.admin.send(reg.proposeOwner(sid, b.address))
    receipt = env.admin.send(reg.proposeOwner(sid, ZERO_ADDRESS))
    assert events(env.registry, "OwnershipHandoverCancelled", receipt) == [
        {"storeId": sid, "owner": env.admin.address}
    ]
    assert reg.storeInfo(sid).call()[6] == ZERO_ADDRESS  # pendingOwner
    assert_reverts(reg.acceptOwnership(sid), b, "NotPendingOwner")
    assert reg.ownerOf(sid).call() == env.admin.address
    assert_reverts(reg.proposeOwner(sid, ZERO_ADDRESS), b, "NotStoreOwner")
