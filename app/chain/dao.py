"""Run a store-DAO proposal end to end on a dev chain (anvil): propose, vote, queue, execute.

The sandbox uses it to hand each store over to its DAO's timelock; tests use it to prove the
governance path. Waiting out the voting delay, voting period and timelock delay is done with
anvil's `anvil_mine` and `evm_mine` (a dev chain only; a real network waits in real time).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eth_utils import keccak
from web3.logs import DISCARD
from web3.types import RPCEndpoint

from app.chain.deploy import LocalSender, StoreAddresses
from app.errors import WordedError

VOTE_FOR = 1
EXECUTED = 7  # Governor.ProposalState.Executed


class GovernanceError(WordedError):
    """A proposal did not reach execution; the message says where it stopped."""

    code = "chain.governance"


def _dev_rpc(sender: LocalSender, method: str, params: list[Any]) -> None:
    response = sender.w3.provider.make_request(RPCEndpoint(method), params)
    if "error" in response:
        raise GovernanceError(f"{method} is not available: {response['error']}")


def run_proposal(
    store: StoreAddresses,
    proposer: LocalSender,
    voters: Sequence[LocalSender],
    calls: Sequence[tuple[str, bytes | str]],
    description: str,
) -> int:
    """Propose `calls` [(target, calldata)], have `voters` vote for, queue and execute.

    Voters must have delegated their votes before this is called. Returns the proposal id.
    """
    governor = proposer.contract("StoreGovernor", store.governor)
    timelock = proposer.contract("StoreTimelock", store.timelock)
    targets = [target for target, _ in calls]
    values = [0] * len(calls)
    datas = [data for _, data in calls]
    receipt = proposer.send(governor.functions.propose(targets, values, datas, description))
    created = governor.events.ProposalCreated().process_receipt(receipt, errors=DISCARD)
    if not created:
        raise GovernanceError("the governor emitted no ProposalCreated event")
    proposal_id = int(created[0]["args"]["proposalId"])

    _dev_rpc(proposer, "anvil_mine", [hex(governor.functions.votingDelay().call() + 1)])
    for voter in voters:
        voter.send(governor.functions.castVote(proposal_id, VOTE_FOR))
    _dev_rpc(proposer, "anvil_mine", [hex(governor.functions.votingPeriod().call() + 1)])

    description_hash = keccak(text=description)
    proposer.send(governor.functions.queue(targets, values, datas, description_hash))
    latest = proposer.w3.eth.get_block("latest")["timestamp"]
    _dev_rpc(proposer, "evm_mine", [latest + timelock.functions.getMinDelay().call() + 1])
    proposer.send(governor.functions.execute(targets, values, datas, description_hash))
    state = governor.functions.state(proposal_id).call()
    if state != EXECUTED:
        raise GovernanceError(f"proposal {proposal_id} ended in state {state}, not executed")
    return proposal_id


def hand_over_to_dao(
    owner: LocalSender,
    registry_address: str,
    store: StoreAddresses,
    voters: Sequence[LocalSender],
) -> None:
    """Two-step handover of the store to its DAO: the current owner proposes the timelock as
    the new owner, and the DAO votes to accept. `voters` must hold delegated PST votes above
    quorum."""
    registry = owner.contract("StoreRegistry", registry_address)
    owner.send(registry.functions.proposeOwner(store.store_id, store.timelock))
    accept = registry.encode_abi("acceptOwnership", [store.store_id])
    run_proposal(
        store,
        voters[0],
        voters,
        [(registry.address, accept)],
        f"Accept ownership of store 0x{store.store_id.hex()}",
    )
    if registry.functions.ownerOf(store.store_id).call() != store.timelock:
        raise GovernanceError("the timelock does not own the store after the handover")
