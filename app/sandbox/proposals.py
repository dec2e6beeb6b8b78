"""Open store-DAO proposals in the sandbox, so an investor can try voting at once.

After the history (every DAO owns its store), a few stores get a proposal from one of their
holders: a signal with text, and one governed action from the investor-protection work (crediting
stablecoin sent to the treasury by mistake to the store's holders). One holder has voted with a
reason; the demo "investor" has not voted anywhere, so each proposal waits for their vote.

A store governor's voting period is fixed at deployment in blocks (20 on dev chains, so the
sandbox's handovers pass quickly). The sandbox mines a block for every transaction, and its
business day routes each store's sweep every few seconds, so a 20-block vote would close before
anyone opens the app. Like the seeder sets the chain's time, it stretches these demo proposals'
voting window on the dev chain (`anvil_setStorageAt` on the governor's proposal record); the
app reads every deadline from the governor, never from the proposal's event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from eth_utils import keccak

from app.chain.calldata import encode_call
from app.sandbox.chain_plan import USD, StorePlan

if TYPE_CHECKING:
    from app.sandbox.chain_seed import Seeder

DEMO_VOTING_BLOCKS = 1_000_000  # days of the sandbox's pace (a block per transaction)
STRAY_AMOUNT = 1_250 * USD  # sent to the treasury "by mistake" for the credit proposal
VOTE_FOR = 1
PROPOSERS = ("investor-2", "investor-3")  # never the demo investor: their vote stays open
MAX_STORES = 3


@dataclass(frozen=True)
class DemoProposal:
    kind: str  # "signal" or "credit"
    title: str
    body: str


DEMO_PROPOSALS = (
    DemoProposal(
        "signal",
        "Signal: add a second fulfilment warehouse before 11.11",
        "The store asks its holders whether to rent a bonded warehouse in Shenzhen for the "
        "11.11 and Black Friday peaks. A signal only: nothing runs on chain if it passes.",
    ),
    DemoProposal(
        "credit",
        "Credit 1,250 sUSD of stray funds to the store's holders",
        "A payment of 1,250 sUSD reached the distribution treasury outside any router. "
        "Credit it to this store's pending balance, to be distributed to its holders.",
    ),
    DemoProposal(
        "signal",
        "Signal: cap promotion spend at 8% of GMV",
        "Holders ask the merchant to keep promotion spend under 8% of GMV next quarter.",
    ),
)


def seed_open_proposals(seeder: Seeder) -> None:
    """Propose one demo proposal in each of the first stores that qualify, vote on the first
    as one of its holders, and keep every one of them open for DEMO_VOTING_BLOCKS."""
    stores = [s for s in seeder.plan.stores if _proposer(s) is not None][:MAX_STORES]
    opened: list[tuple[StorePlan, str, list[str], list[bytes], str]] = []
    for store, demo in zip(stores, DEMO_PROPOSALS, strict=False):
        addresses = seeder.stores[store.offering.id]
        proposer = _proposer(store)
        assert proposer is not None
        if demo.kind == "credit":
            coin = seeder.contract("SandboxStablecoin", seeder.platform.stablecoin).functions
            seeder.q("platform", coin.mint(seeder.platform.treasury, STRAY_AMOUNT), "stray funds")
            target = seeder.platform.treasury
            data = encode_call(
                "DistributionTreasury", "creditToStore", addresses.store_id, STRAY_AMOUNT, True
            )
        else:  # a no-op the timelock can execute: an empty call to itself
            target, data = addresses.timelock, b""
        description = f"{demo.title}\n\n{demo.body}"
        governor = seeder.contract("StoreGovernor", addresses.governor).functions
        seeder.q(proposer, governor.propose([target], [0], [data], description))
        opened.append((store, proposer, [target], [data], description))
    if not opened:
        return
    seeder.mine()
    for n, (store, proposer, targets, datas, description) in enumerate(opened):
        addresses = seeder.stores[store.offering.id]
        governor = seeder.contract("StoreGovernor", addresses.governor).functions
        pid = governor.hashProposal(targets, [0], datas, keccak(text=description)).call()
        _stretch(seeder, addresses.governor, int(pid))
        if n == 0:
            reason = "More stock before the peaks is what the numbers ask for."
            seeder.q(proposer, governor.castVoteWithReason(pid, VOTE_FOR, reason))
    seeder.mine()


def _proposer(store: StorePlan) -> str | None:
    """A holder other than the demo investor, in a store the demo investor holds and its DAO
    owns (the handover ran)."""
    roles = [role for role, _ in store.buys]
    if store.handover_at is None or "investor" not in roles:
        return None
    return next((r for r in roles if r in PROPOSERS), None)


# OpenZeppelin 5's Governor keeps `mapping(uint256 => ProposalCore) _proposals`; slot 0 of a
# record packs proposer (bits 0-159), voteStart (160-207) and voteDuration (208-239).
_DURATION_SHIFT, _DURATION_MASK = 208, (1 << 32) - 1
_SEARCHED_SLOTS = 16


def _stretch(seeder: Seeder, governor: str, proposal_id: int) -> None:
    """Set the proposal's voteDuration to DEMO_VOTING_BLOCKS (dev chain only)."""
    rpc = seeder.client.rpc
    for slot in range(_SEARCHED_SLOTS):
        key = keccak(proposal_id.to_bytes(32, "big") + slot.to_bytes(32, "big"))
        word = int(rpc("eth_getStorageAt", [governor, "0x" + key.hex(), "latest"]), 16)
        duration = (word >> _DURATION_SHIFT) & _DURATION_MASK
        if word and duration == seeder.plan.stores[0].spec.voting_period:
            word &= ~(_DURATION_MASK << _DURATION_SHIFT)
            word |= DEMO_VOTING_BLOCKS << _DURATION_SHIFT
            rpc("anvil_setStorageAt", [governor, "0x" + key.hex(), f"0x{word:064x}"])
            return
    raise RuntimeError(f"no proposal record {proposal_id} found in governor {governor}")
