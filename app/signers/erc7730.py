"""ERC-7730 clear-signing descriptors for the app's own calls (resources/erc7730/*.json).

A hardware wallet that knows a descriptor shows "Approve a profit-share payout: Proposal 12,
Payout amount 1,250.00 USDC, Valid until …" instead of a hash. The committed files describe the
calls and typed data; `for_network` fills in where they are deployed on one network (every
address comes from the registry's deployment), which is what the platform publishes.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from app.chain.registry import Deployment
from app.resources import resource_path


def descriptor_files() -> list[Path]:
    return sorted(resource_path("erc7730").glob("*.json"))


def load_descriptors() -> dict[str, dict[str, Any]]:
    """Every committed descriptor by file stem."""
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in descriptor_files()}


def for_network(
    chain_id: int, deployment: Deployment, claim_router: str | None = None
) -> dict[str, dict[str, Any]]:
    """The descriptors with this network's deployments (and its stablecoin for amounts)."""
    addresses: dict[str, list[str]] = {
        "DistributionTreasury": [deployment.treasury] if deployment.treasury else [],
        "ProfitShareToken": [store.token for store in deployment.stores],
        "OfferingSale": [store.sale for store in deployment.stores],
        "SandboxStablecoin": [deployment.stablecoin],
        "ClaimRouter": [claim_router] if claim_router else [],
    }
    published = {}
    for name, descriptor in load_descriptors().items():
        filled = copy.deepcopy(descriptor)
        context = filled["context"]
        target = context.get("eip712") or context["contract"]
        target["deployments"] = [
            {"chainId": chain_id, "address": address} for address in addresses[context["$id"]]
        ]
        constants = filled["metadata"].get("constants", {})
        if "stablecoin" in constants:
            constants["stablecoin"] = deployment.stablecoin
        published[name] = filled
    return published
