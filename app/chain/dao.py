"""Run a store-DAO proposal end to end on a dev chain (anvil): propose, vote, queue, execute.

The sandbox uses it to hand each store over to its DAO's timelock; tests use it to prove the
governance path. Waiting out the voting delay, voting period and timelock delay is done with
anvil's `anvil_mine` and `evm_mine` (a dev chain only; a real network waits in real time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eth_typing import ChecksumAddress
from eth_utils import keccak, to_checksum_address
from web3.contract import Contract
from web3.contract.contract import ContractFunction
from web3.logs import DISCARD
from web3.types import RPCEndpoint

from app.chain.deploy import ZERO_ADDRESS, LocalSender, StoreAddresses, role
from app.errors import AppError

VOTE_FOR = 1
EXECUTED = 7  # Governor.ProposalState.Executed


class GovernanceError(AppError):
    """A proposal did not reach execution; the message says where it stopped."""

    code = "chain.governance"


def _dev_rpc(sender: LocalSender, method: str, params: list[Any]) -> None:
    response = sender.w3.provider.make_request(RPCEndpoint(method), params)
    if "error" in response:
        raise GovernanceError(
            "chain.governance_rpc", method=method, reason=str(response["error"])[:200]
        )


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
        raise GovernanceError("chain.governance_not_created")
    proposal_id = int(created[0]["args"]["proposalId"])

    # Voting opens at once (the snapshot is the block before the proposal, the delay is 0).
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
        raise GovernanceError("chain.governance_not_executed", proposal_id=proposal_id, state=state)
    return proposal_id


TOKEN_ROLES = (
    "DEFAULT_ADMIN_ROLE",
    "MINTER_ROLE",
    "DISTRIBUTOR_ROLE",
    "PAUSER_ROLE",
    "GUARDIAN_ROLE",
)


def token_powers(token: Contract) -> dict[str, list[ChecksumAddress]]:
    """Every holder of every power over a ProfitShareToken, by role name."""
    return {
        name: [to_checksum_address(a) for a in token.functions.getRoleMembers(role(name)).call()]
        for name in TOKEN_ROLES
    }


@dataclass(frozen=True)
class Handover:
    """The DAO handover of one store as one flow: `offers` are what the current owner sends (the
    registry's proposeOwner, the token's proposeHandover); `accepts` are the (target, calldata)
    calls of the single DAO proposal that takes both, naming the token's terms (sale, treasury,
    guardian) so the vote binds them."""

    offers: tuple[ContractFunction, ...]
    accepts: tuple[tuple[str, str], ...]
    description: str


def plan_handover(
    owner: LocalSender,
    registry_address: str,
    store: StoreAddresses,
    *,
    guardian: str | None = None,
    description: str = "",
) -> Handover:
    registry = owner.contract("StoreRegistry", registry_address)
    token = owner.contract("ProfitShareToken", store.token)
    treasury = registry.functions.treasuryOf(store.store_id).call()
    terms = [store.sale, treasury, guardian or ZERO_ADDRESS]
    offers = (
        registry.functions.proposeOwner(store.store_id, store.timelock),
        token.functions.proposeHandover(store.timelock, *terms),
    )
    # The vote names the terms: if the owner rewrites its offer before execution, the token
    # refuses the acceptance (HandoverTermsChanged) instead of taking the new terms.
    accepts = (
        (registry.address, registry.encode_abi("acceptOwnership", [store.store_id])),
        (token.address, token.encode_abi("acceptHandover", terms)),
    )
    text = description or (
        f"Accept ownership of store 0x{store.store_id.hex()} and every power over its token"
    )
    return Handover(offers, accepts, text)


def hand_over_to_dao(
    owner: LocalSender,
    registry_address: str,
    store: StoreAddresses,
    voters: Sequence[LocalSender],
    *,
    guardian: str | None = None,
) -> None:
    """Hand the store and every power over its token to the store's DAO, in one flow: the
    current owner offers the registry entry and the token's powers to the timelock, and the DAO
    votes one proposal that accepts both. Afterwards the timelock alone administers and pauses
    the token, the sale alone mints, the treasury alone distributes, an optional `guardian` may
    pause transfers for at most 7 days, and the deployer holds nothing. `voters` must hold
    delegated PST votes above quorum (and the first, the proposal threshold)."""
    handover = plan_handover(owner, registry_address, store, guardian=guardian)
    for offer in handover.offers:
        owner.send(offer)
    run_proposal(store, voters[0], voters, handover.accepts, handover.description)
    registry = owner.contract("StoreRegistry", registry_address)
    if registry.functions.ownerOf(store.store_id).call() != store.timelock:
        raise GovernanceError("chain.governance_owner")
    powers = token_powers(owner.contract("ProfitShareToken", store.token))
    expected = {
        "DEFAULT_ADMIN_ROLE": [store.timelock],
        "PAUSER_ROLE": [store.timelock],
        "MINTER_ROLE": [store.sale],
        "DISTRIBUTOR_ROLE": [registry.functions.treasuryOf(store.store_id).call()],
        "GUARDIAN_ROLE": [to_checksum_address(guardian)] if guardian else [],
    }
    if powers != expected:
        raise GovernanceError("chain.governance_powers", powers=str(powers))
