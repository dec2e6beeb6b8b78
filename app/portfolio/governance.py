"""A store DAO from the investor's seat: its proposals with state and votes, activating votes,
voting.

Proposals come from the indexed `ProposalCreated` events of the store's governor (the portfolio
reader has the indexer watch every governor); their live state and tallies are read in one batch.
Votes count by voting power at each proposal's snapshot block, so holding tokens is not enough:
the holder must activate their votes (delegate them to themselves, the only delegation the token
accepts) before a proposal's snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from sqlalchemy import select

from app.chain.artifacts import load_artifact
from app.chain.batch import BatchReader, Read, call
from app.chain.calldata import encode_call
from app.chain.client import ChainClient, checksum
from app.chain.indexer import decode_events
from app.chain.transactions import Intent
from app.portfolio.abi import PROPOSAL_CREATED, address_topic, topic, uint_read
from app.portfolio.actions import ActionRefused
from app.portfolio.block_clock import read_clock
from app.storage.db import Database
from app.storage.schema import ChainEvent
from app.units import format_units

MAX_VOTE_REASON = 2_000
VOTE_CAST = topic("VoteCast(address,uint256,uint8,uint256,string)")


class ProposalState(IntEnum):
    """OpenZeppelin Governor's ProposalState, in its order."""

    PENDING = 0
    ACTIVE = 1
    CANCELED = 2
    DEFEATED = 3
    SUCCEEDED = 4
    QUEUED = 5
    EXPIRED = 6
    EXECUTED = 7


class Support(IntEnum):
    """GovernorCountingSimple's vote types."""

    AGAINST = 0
    FOR = 1
    ABSTAIN = 2


@dataclass(frozen=True)
class CastVote:
    """One VoteCast event of the account: how, with what weight, and when."""

    support: Support
    weight: int
    reason: str
    block_number: int
    timestamp: int | None  # None when the node no longer knows the block
    tx_hash: str


@dataclass(frozen=True)
class Proposal:
    governor: str
    proposal_id: int
    proposer: str
    description: str
    targets: tuple[str, ...]
    snapshot_block: int  # votes count as delegated at this block
    deadline_block: int
    state: ProposalState
    against: int
    for_: int
    abstain: int
    quorum: int | None  # votes needed (None before the snapshot block)
    has_voted: bool  # by the account it was read for
    voting_power: int | None  # the account's votes at the snapshot (None before it)
    created_block: int
    tx_hash: str
    deadline_time: int | None = None  # unix seconds: the block's own once mined, else estimated
    deadline_estimated: bool = True  # the deadline block is still ahead: its time is a guess
    my_vote: CastVote | None = None  # how the account voted (from its indexed VoteCast)

    @property
    def title(self) -> str:
        """The first line of the description (Governor descriptions are free text)."""
        return self.description.strip().splitlines()[0] if self.description.strip() else ""


@dataclass(frozen=True)
class VotingPower:
    token: str
    account: str
    balance: int
    active: (
        bool  # the account activated its votes (delegated to itself); else its tokens do not vote
    )
    votes: int  # the account's current votes (its balance once active)


class Governance:
    def __init__(self, client: ChainClient, db: Database, reader: BatchReader | None = None):
        self.client = client
        self.db = db
        self.reader = reader or BatchReader(client, transport="batch")

    def proposals(self, governor: str, account: str) -> list[Proposal]:
        """Every indexed proposal of `governor`, newest first, as seen by `account`."""
        governor, account = checksum(governor), checksum(account)
        with self.db.session() as session:
            rows = list(
                session.scalars(
                    select(ChainEvent)
                    .where(
                        ChainEvent.chain_id == self.client.chain_id,
                        ChainEvent.contract == governor,
                        ChainEvent.topic0 == PROPOSAL_CREATED,
                    )
                    .order_by(ChainEvent.block_number, ChainEvent.log_index)
                )
            )
        created = decode_events(rows, load_artifact("StoreGovernor").abi)
        if not created:
            return []
        g = self.client.contract("StoreGovernor", governor).functions
        reads: list[Read] = []
        for event in created:
            pid, start = int(event["args"]["proposalId"]), _snapshot(event)
            reads += [
                call(g.state(pid)),
                call(g.proposalVotes(pid)),
                call(g.hasVoted(pid, account)),
                call(g.quorum(start)),
                call(g.getVotes(account, start)),
                call(g.proposalDeadline(pid)),  # the governor's word, not the event's
            ]
        results = self.reader.read(reads)
        out = []
        for i, event in enumerate(created):
            state, votes, voted, quorum, power, deadline = results[i * 6 : i * 6 + 6]
            args = event["args"]
            against, for_, abstain = votes.unwrap()
            out.append(
                Proposal(
                    governor=governor,
                    proposal_id=int(args["proposalId"]),
                    proposer=checksum(args["proposer"]),
                    description=str(args["description"]),
                    targets=tuple(checksum(t) for t in args["targets"]),
                    snapshot_block=_snapshot(event),
                    deadline_block=int(deadline.unwrap()),
                    state=ProposalState(int(state.unwrap())),
                    against=int(against),
                    for_=int(for_),
                    abstain=int(abstain),
                    # the past-votes views revert for a timepoint not yet in the past
                    quorum=int(quorum.value) if quorum.ok else None,
                    has_voted=bool(voted.unwrap()),
                    voting_power=int(power.value) if power.ok else None,
                    created_block=int(event["blockNumber"]),
                    tx_hash=str(event["transactionHash"]),
                )
            )
        return self._with_votes_and_dates(out[::-1], account)

    def _with_votes_and_dates(self, proposals: list[Proposal], account: str) -> list[Proposal]:
        """Each proposal with the account's vote (indexed VoteCast) and its deadline's date."""
        votes = self.votes_of(proposals[0].governor, account) if proposals else {}
        blocks = [p.deadline_block for p in proposals] + [v.block_number for v in votes.values()]
        clock = read_clock(self.client, blocks)
        dated = []
        for p in proposals:
            when, estimated = clock.time_of(p.deadline_block)
            vote = votes.get(p.proposal_id)
            if vote is not None:
                vote = replace(vote, timestamp=clock.time_of(vote.block_number)[0])
            dated.append(replace(p, deadline_time=when, deadline_estimated=estimated, my_vote=vote))
        return dated

    def votes_of(self, governor: str, account: str) -> dict[int, CastVote]:
        """The account's indexed VoteCast events in `governor`, by proposal id (undated)."""
        governor = checksum(governor)
        with self.db.session() as session:
            rows = list(
                session.scalars(
                    select(ChainEvent)
                    .where(
                        ChainEvent.chain_id == self.client.chain_id,
                        ChainEvent.contract == governor,
                        ChainEvent.topic0 == VOTE_CAST,
                        ChainEvent.topic1 == address_topic(account),
                    )
                    .order_by(ChainEvent.block_number, ChainEvent.log_index)
                )
            )
        votes = {}
        for event in decode_events(rows, load_artifact("StoreGovernor").abi):
            args = event["args"]
            votes[int(args["proposalId"])] = CastVote(
                support=Support(int(args["support"])),
                weight=int(args["weight"]),
                reason=str(args["reason"]),
                block_number=int(event["blockNumber"]),
                timestamp=None,
                tx_hash=str(event["transactionHash"]),
            )
        return votes

    def voting_power(self, token: str, account: str) -> VotingPower:
        token, account = checksum(token), checksum(account)
        t = self.client.contract("ProfitShareToken", token).functions
        balance, delegate, votes = (
            r.unwrap()
            for r in self.reader.read(
                [
                    uint_read(token, "balanceOf(address)", account),
                    call(t.delegates(account)),
                    uint_read(token, "getVotes(address)", account),
                ]
            )
        )
        active = int(str(delegate), 16) != 0  # the token accepts the account itself only
        return VotingPower(token, account, int(balance), active, int(votes))


def _snapshot(created: Any) -> int:
    """The block whose votes count: StoreGovernor snapshots the block before the proposal's
    (`proposalSnapshot` = the event's voteStart - 1), so no vote can be bought once it is seen."""
    return int(created["args"]["voteStart"]) - 1


def activate_votes_intent(token: str, account: str, symbol: str = "") -> Intent:
    """Activate `account`'s votes in `token`: delegate them to the account itself (the token
    refuses any other delegatee, so a holder's votes always carry the holder's own KYC)."""
    data = encode_call("ProfitShareToken", "delegate", checksum(account))
    return Intent(checksum(token), data, 0, f"Activate {symbol or 'PST'} votes")


def why_no_vote(proposal: Proposal) -> ActionRefused | None:
    """Why the account cannot vote on `proposal` now (not open, closed, voted, no votes at its
    snapshot); None when it can."""
    if proposal.state is not ProposalState.ACTIVE:
        pending = proposal.state is ProposalState.PENDING
        code = "portfolio.vote_not_open" if pending else "portfolio.vote_closed"
        return ActionRefused(code, state=proposal.state.name.lower())
    if proposal.has_voted:
        return ActionRefused("portfolio.already_voted")
    if not proposal.voting_power:
        return ActionRefused("portfolio.no_voting_power")
    return None


def vote_intent(proposal: Proposal, support: Support, reason: str = "") -> Intent:
    """castVoteWithReason, after the checks that explain why a vote would not count."""
    refused = why_no_vote(proposal)
    if refused is not None:
        raise refused
    if len(reason) > MAX_VOTE_REASON:
        raise ActionRefused("portfolio.vote_reason_long", limit=f"{MAX_VOTE_REASON:,}")
    data = encode_call(
        "StoreGovernor", "castVoteWithReason", proposal.proposal_id, int(support), reason
    )
    title = proposal.title[:60] or f"proposal {proposal.proposal_id}"
    return Intent(proposal.governor, data, 0, f"Vote {support.name.lower()} on {title}")


# -- proposing -------------------------------------------------------------------------------
MAX_PROPOSAL_TITLE = 120
MAX_PROPOSAL_TEXT = 5_000


@dataclass(frozen=True)
class ProposingPower:
    """What an account needs to know before proposing in a store's DAO."""

    governor: str
    timelock: str  # executes passed proposals; a signal is an empty call to it
    treasury: str
    store_id: bytes
    account: str
    threshold: int  # votes needed to propose (1% of the supply at the previous block)
    votes: int  # the account's votes at the previous block, as the governor counts them
    stray: int  # stablecoin in the treasury outside every store's books
    held: int  # stablecoin the treasury holds for this store from a router not its own
    coin_symbol: str
    coin_decimals: int
    vote_decimals: int

    @property
    def enough(self) -> bool:
        return self.votes >= self.threshold


def read_proposing_power(
    governance: Governance, governor: str, store_id: bytes, treasury: str, account: str
) -> ProposingPower:
    """Two batched round trips (the head, then every figure at it)."""
    governor, treasury, account = checksum(governor), checksum(treasury), checksum(account)
    previous = max(0, governance.client.block_number() - 1)
    g = governance.client.contract("StoreGovernor", governor).functions
    t = governance.client.contract("DistributionTreasury", treasury).functions
    timelock, threshold, votes, stray, held, coin, token = (
        r.unwrap()
        for r in governance.reader.read(
            [
                call(g.timelock()),
                call(g.proposalThreshold()),
                call(g.getVotes(account, previous)),
                call(t.strayBalance()),
                call(t.unassignedOf(store_id)),
                call(t.stablecoin()),
                call(g.token()),
            ]
        )
    )
    erc20 = governance.client.contract("SandboxStablecoin", checksum(str(coin))).functions
    coin_symbol, coin_decimals, vote_decimals = (
        r.unwrap()
        for r in governance.reader.read(
            [call(erc20.symbol()), call(erc20.decimals()), uint_read(token, "decimals()")]
        )
    )
    return ProposingPower(
        governor=governor,
        timelock=checksum(str(timelock)),
        treasury=treasury,
        store_id=store_id,
        account=account,
        threshold=int(threshold),
        votes=int(votes),
        stray=int(stray),
        held=int(held),
        coin_symbol=str(coin_symbol),
        coin_decimals=int(coin_decimals),
        vote_decimals=int(vote_decimals),
    )


def signal_intent(power: ProposingPower, title: str, text: str = "") -> Intent:
    """A signal: holders say what they think; if it passes, the timelock runs an empty call
    to itself (nothing changes on chain)."""
    return _propose(power, power.timelock, b"", title, text)


def credit_intent(
    power: ProposingPower, amount: int, title: str, text: str = "", *, stray: bool = True
) -> Intent:
    """Propose that the DAO credit `amount` of stranded stablecoin (the treasury's stray balance,
    or with stray=False what it holds for this store) to the store's holders."""
    available = power.stray if stray else power.held
    if amount <= 0:
        raise ActionRefused("portfolio.credit_amount_zero")
    if amount > available:
        raise ActionRefused(
            "portfolio.credit_above_available",
            amount=format_units(amount, power.coin_decimals),
            available=format_units(available, power.coin_decimals),
        )
    data = encode_call("DistributionTreasury", "creditToStore", power.store_id, amount, stray)
    return _propose(power, power.treasury, data, title, text)


def _propose(power: ProposingPower, target: str, data: bytes, title: str, text: str) -> Intent:
    title, text = " ".join(title.split()), text.strip()
    if not title:
        raise ActionRefused("portfolio.proposal_title_missing")
    if len(title) > MAX_PROPOSAL_TITLE:
        raise ActionRefused("portfolio.proposal_title_long", limit=f"{MAX_PROPOSAL_TITLE:,}")
    if len(text) > MAX_PROPOSAL_TEXT:
        raise ActionRefused("portfolio.proposal_text_long", limit=f"{MAX_PROPOSAL_TEXT:,}")
    if not power.enough:
        raise ActionRefused(
            "portfolio.propose_below_threshold",
            votes=format_units(power.votes, power.vote_decimals),
            threshold=format_units(power.threshold, power.vote_decimals),
        )
    description = f"{title}\n\n{text}" if text else title
    call_data = encode_call("StoreGovernor", "propose", [target], [0], [data], description)
    return Intent(power.governor, call_data, 0, f"Propose: {title[:60]}")
