"""Store governance: PST holders vote through the Governor, the timelock executes, and the
timelock ends up owning the store in the registry (the DAO handover)."""

from __future__ import annotations

from eth_utils import keccak

from tests.contracts.conftest import PST, Env
from tests.contracts.helpers import assert_reverts, events

FOR = 1


def _run_proposal(env: Env, calldata: str, description: str) -> None:
    governor = env.governor.functions
    targets, values, datas = [env.registry.address], [0], [calldata]
    receipt = env.investors[0].send(governor.propose(targets, values, datas, description))
    pid = events(env.governor, "ProposalCreated", receipt)[0]["proposalId"]
    env.chain.mine_blocks(governor.votingDelay().call() + 1)
    for voter in env.investors[:2]:
        voter.send(governor.castVote(pid, FOR))
    env.chain.mine_blocks(governor.votingPeriod().call() + 1)
    desc_hash = keccak(text=description)
    env.investors[0].send(governor.queue(targets, values, datas, desc_hash))
    env.chain.advance(env.timelock.functions.getMinDelay().call() + 1)
    env.outsider.send(governor.execute(targets, values, datas, desc_hash))
    assert governor.state(pid).call() == 7  # Executed


def test_the_dao_accepts_store_ownership_and_then_rotates_credentials(env: Env) -> None:
    sid = env.store.store_id
    for voter, amount in zip(env.investors[:3], (40, 30, 30), strict=True):
        env.admin.send(env.token.functions.mint(voter.address, amount * PST))
        voter.send(env.token.functions.delegate(voter.address))
    env.admin.send(env.registry.functions.proposeOwner(sid, env.timelock.address))

    accept = env.registry.encode_abi("acceptOwnership", [sid])
    _run_proposal(env, accept, "Hand store A over to its DAO")
    assert env.registry.functions.ownerOf(sid).call() == env.timelock.address
    assert_reverts(
        env.registry.functions.rotateCredential(sid, keccak(text="x"), 2),
        env.admin,
        "NotOwnerOrOperator",
    )

    rotate = env.registry.encode_abi("rotateCredential", [sid, keccak(text="v2"), 2])
    _run_proposal(env, rotate, "Rotate store A credentials to key version 2")
    assert tuple(env.registry.functions.storeInfo(sid).call()[7:]) == (keccak(text="v2"), 2)


def test_nobody_but_the_governor_can_schedule_on_the_timelock(env: Env) -> None:
    proposer = env.timelock.functions.PROPOSER_ROLE().call()
    admin_role = env.timelock.functions.DEFAULT_ADMIN_ROLE().call()
    assert env.timelock.functions.hasRole(proposer, env.store.governor).call()
    assert not env.timelock.functions.hasRole(proposer, env.admin.address).call()
    assert not env.timelock.functions.hasRole(admin_role, env.admin.address).call()
