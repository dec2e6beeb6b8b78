"""gas, claim all: one transaction claiming a holder's profit from several stores' tokens through
the contracts' ClaimRouter, and what each extra token adds.

Steady state: the holder has claimed every token before (one claim-all warms up), each token
then distributes again, and claim-all over 1 and over CLAIM_ALL_TOKENS tokens is measured:
marginal = (gas(K) - gas(1)) / (K - 1). Without a ClaimRouter in the contracts the rows say so
instead of guessing a figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.chain.artifacts import available_artifacts
from app.chain.deploy import LocalSender, StoreSpec, deploy_store, role
from bench.gas_payouts import CLAIM_ALL_TOKENS, gas_of
from bench.report import Result, result

if TYPE_CHECKING:
    from bench.gas import Bench

ROW = "claim all: marginal per extra token"
TARGET = ("<=", 35_000)
USD, PST = 10**6, 10**18


def not_measurable(name: str, why: str) -> Result:
    return Result(name, 0, f"gas (NOT MEASURABLE: {why})", f"{TARGET[0]} {TARGET[1]:g} gas", False)


def _claim_all_function(router: Any) -> str:
    """The router's claim-all entry point: the one state-changing function taking address[]."""
    found = [
        item["name"]
        for item in router.abi
        if item["type"] == "function"
        and item["stateMutability"] not in ("view", "pure")
        and any(i["type"] == "address[]" for i in item["inputs"])
    ]
    if len(found) != 1:
        raise RuntimeError(f"ClaimRouter: expected one claim-all function, found {found}")
    return found[0]


def _call(router: Any, fn: str, holder: LocalSender, tokens: list[str]) -> Any:
    inputs = next(i["inputs"] for i in router.abi if i.get("name") == fn)
    args = [tokens if i["type"] == "address[]" else holder.address for i in inputs]
    return getattr(router.functions, fn)(*args)


def claim_all_results(b: Bench) -> tuple[list[Result], float | None]:
    """Rows, and the claim's gas per token of a claim-all over CLAIM_ALL_TOKENS tokens."""
    if "ClaimRouter" not in available_artifacts():
        why = "the contracts have no ClaimRouter yet"
        return [not_measurable(ROW, why)], None
    holder = b.investors[0]
    tokens = [b.token]
    for k in range(1, CLAIM_ALL_TOKENS):
        spec = StoreSpec(
            key=f"bench-{k}",
            name=f"Bench PST {k}",
            symbol=f"BPST{k}",
            merchant=b.investors[5].address,
            fee_recipient=b.investors[4].address,
        )
        store = deploy_store(b.admin, b.platform, spec)
        token = b.admin.contract("ProfitShareToken", store.token)
        for name in ("MINTER_ROLE", "DISTRIBUTOR_ROLE"):
            b.admin.send(token.functions.grantRole(role(name), b.admin.address))
        b.admin.send(b.coin.functions.approve(token.address, 2**256 - 1))
        b.admin.send(token.functions.mint(holder.address, 10 * PST))
        b.admin.send(token.functions.mint(b.investors[1].address, 10 * PST))
        tokens.append(token)
    claim_router = b.platform.claim_router  # deployed with the platform, named by the registry
    router = (
        b.admin.contract("ClaimRouter", claim_router)
        if claim_router
        else b.admin.deploy("ClaimRouter")
    )
    fn = _claim_all_function(router)
    addresses = [t.address for t in tokens]

    def period() -> None:
        for t in tokens:
            b.admin.send(t.functions.distribute(1_234 * USD + 5))

    period()
    holder.send(_call(router, fn, holder, addresses))  # warm-up: every token claimed once
    period()
    many = gas_of(holder, _call(router, fn, holder, addresses))
    period()
    one = gas_of(holder, _call(router, fn, holder, addresses[:1]))
    marginal = (many - one) / (CLAIM_ALL_TOKENS - 1)
    rows = [
        result(ROW, round(marginal), "gas", TARGET),
        result(f"claim all over {CLAIM_ALL_TOKENS} tokens (steady)", many, "gas"),
        result("claim all over 1 token (steady)", one, "gas"),
    ]
    return rows, many / CLAIM_ALL_TOKENS
