"""The reads behind `Powers` (app/portfolio/powers.py): per store, one batch of its facts at one
block (the token's pause state, the registry's entry, the timelock's delay, the governor's
parameters, the router's split and owner, the guardian's pause, the handover offer, the
treasury's threshold and this store's policy and balance there, the sale's proceeds recipient),
and their decoding."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from eth_abi import decode as abi_decode

from app.chain.artifacts import load_artifact
from app.chain.batch import Read, ReadResult, abi_read
from app.chain.client import checksum
from app.chain.registry import Deployment, StoreContracts
from app.portfolio.abi import selector, uint_read
from app.portfolio.holdings import TokenInfo
from app.portfolio.powers_model import GovernorParams, Kind, PendingHandover, RouterSplit

ZERO = "0x" + "00" * 20


FACTS = 19  # reads per store, see fact_reads

# The build whose runtime code a contract must have to be labelled as what the registry names it.
BUILD_OF = {
    Kind.TIMELOCK: "StoreTimelock",
    Kind.GOVERNOR: "StoreGovernor",
    Kind.SALE: "OfferingSale",
    Kind.ROUTER: "RevenueRouter",
    Kind.TOKEN: "ProfitShareToken",
    Kind.REGISTRY: "StoreRegistry",
    Kind.COMPLIANCE: "ComplianceRegistry",
    Kind.TREASURY: "DistributionTreasury",
}


def is_build_of(kind: Kind, code: str) -> bool:
    """`code` (eth_getCode) is the app's build of the contract `kind` names, immutables aside."""
    return load_artifact(BUILD_OF[kind]).is_runtime_of(code)


def fact_reads(
    info: TokenInfo,
    router: str,
    timelock: str,
    deployment: Deployment,
    number: int,
) -> list[Read]:
    store = deployment.store(info.store_id)
    token, governor = info.token, info.governor
    return [
        abi_read("ProfitShareToken", token, "paused"),
        abi_read("StoreRegistry", deployment.registry, "storeInfo", info.store_id),
        abi_read("StoreTimelock", timelock, "getMinDelay"),
        abi_read("StoreGovernor", governor, "votingDelay"),
        abi_read("StoreGovernor", governor, "votingPeriod"),
        abi_read("StoreGovernor", governor, "proposalThreshold"),
        abi_read("StoreGovernor", governor, "quorumNumerator"),
        abi_read("StoreGovernor", governor, "quorumDenominator"),
        abi_read("StoreGovernor", governor, "quorum", max(0, number - 1)),
        abi_read("RevenueRouter", router, "split"),
        _owner_probe(router),
        # Tokens with a guardian (a bounded, transfers-only pause) answer these three.
        uint_read(info.token, "claimsPaused()"),
        uint_read(info.token, "transfersPausedUntil()"),
        uint_read(info.token, "GUARDIAN_PAUSE()"),
        _pending_handover(info.token),
        # The treasury that holds the store's money, and where the sale's proceeds go.
        abi_read("DistributionTreasury", store.treasury, "threshold"),
        abi_read("DistributionTreasury", store.treasury, "policyOf", info.store_id),
        abi_read("DistributionTreasury", store.treasury, "pendingOf", info.store_id),
        abi_read("OfferingSale", info.sale, "proceedsRecipient"),
    ]


def facts_of(
    info: TokenInfo, entry: StoreContracts, results: Sequence[ReadResult]
) -> dict[str, Any]:
    (paused, store, delay, vdelay, period, threshold, num, den, quorum, bps, owner,
     claims, until, guard, handover, approvals, policy, held, proceeds) = results  # fmt: skip
    router = entry.router
    store_info = store.unwrap()
    pending = str(store_info[6])
    investors, fee, merchant = bps.unwrap()
    return {
        "paused": bool(paused.unwrap()),
        "claims_paused": bool(claims.value) if claims.ok else bool(paused.unwrap()),
        "paused_until": int(until.value) if until.ok else None,
        "guardian_pause": int(guard.value) if guard.ok else None,
        "owner": checksum(str(store_info[5])),
        "pending": None if int(pending, 16) == 0 else checksum(pending),
        "delay": int(delay.unwrap()),
        "governor": GovernorParams(
            address=info.governor,
            voting_delay=int(vdelay.unwrap()),
            voting_period=int(period.unwrap()),
            proposal_threshold=int(threshold.unwrap()),
            quorum_numerator=int(num.unwrap()),
            quorum_denominator=int(den.unwrap()),
            quorum=int(quorum.value) if quorum.ok else None,
        ),
        "router": RouterSplit(router, int(investors), int(fee), int(merchant), _owner_of(owner)),
        "handover": handover.value if handover.ok else None,
        "threshold": int(approvals.unwrap()),
        "cap_per_period": int(policy.unwrap()[0]),
        "held": int(held.unwrap()),
        "proceeds": checksum(str(proceeds.value)) if proceeds.ok else None,
    }


def with_guardian_kind(offer: PendingHandover | None, holder: Any) -> PendingHandover | None:
    if offer is None or offer.guardian is None:
        return offer
    return replace(offer, guardian_kind=holder(offer.guardian).kind)


def _pending_handover(token: str) -> Read:
    """The token's handover offer (tokens that hand over their powers answer it)."""

    def decode(raw: bytes) -> PendingHandover | None:
        timelock, sale, treasury, guardian = (
            checksum(str(a)) for a in abi_decode(["(address,address,address,address)"], raw)[0]
        )
        if timelock == ZERO:
            return None
        return PendingHandover(timelock, sale, treasury, None if guardian == ZERO else guardian)

    return Read("call", checksum(token), selector("pendingHandover()"), decode)


def _owner_probe(router: str) -> Read:
    """owner() by selector: the router's ABI has none, and the chain must agree."""

    def decode(raw: bytes) -> str:
        return str(abi_decode(["address"], raw)[0])

    return Read("call", checksum(router), selector("owner()"), decode)


def _owner_of(result: ReadResult) -> str | None:
    if not result.ok:
        return None  # no such function: no owner
    owner = str(result.value)
    return None if int(owner, 16) == 0 else checksum(owner)
