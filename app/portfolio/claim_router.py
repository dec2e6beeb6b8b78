"""Claim all as one transaction. The platform's ClaimRouter (the registry names it:
`claimRouter()`) calls each token's `claimFor(caller)`, which pays the caller only and applies the
caller's own claim rules (KYC current, claims not paused, something to claim); if any token
refuses, the whole transaction reverts and nothing is paid, and the pipeline's simulation says so
before anything is signed. A registry that names no router (a deployment from before it) gets the
old way: one transaction per holding (`PortfolioActions.claim_all`).

`ClaimAll.claim_all` keeps the signature and the report of `PortfolioActions.claim_all`, so the
GUI's dialog and the CLI run either the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from eth_abi import decode as abi_decode
from eth_abi import encode as abi_encode

from app.chain.batch import BatchReader, Read
from app.chain.client import checksum
from app.chain.errors import ChainError
from app.chain.signer import Signer
from app.chain.transactions import Intent
from app.chain.txstore import CONFIRMED
from app.errors import Phrase
from app.portfolio.abi import selector
from app.portfolio.actions import (
    ActionRefused,
    ClaimAllReport,
    ClaimResult,
    PortfolioActions,
    Progress,
    ProgressCallback,
)
from app.portfolio.holdings import Holding, Snapshot

CLAIM_ALL = selector("claimAll(address[])")


def claim_router_of(reader: BatchReader, registry: str) -> str | None:
    """The claim router the registry names (None when it names none, or predates them)."""

    def decode(raw: bytes) -> str:
        return str(abi_decode(["address"], raw)[0])

    (result,) = reader.read([Read("call", checksum(registry), selector("claimRouter()"), decode)])
    if not result.ok or int(result.value, 16) == 0:
        return None
    return checksum(result.value)


def claimable_holdings(snapshot: Snapshot) -> list[Holding]:
    """The holdings a claim all takes, after the checks the investor can act on."""
    todo = [h for h in snapshot.holdings if h.claimable > 0]
    if not todo:
        raise ActionRefused("portfolio.nothing_to_claim")
    if not snapshot.kyc.can_claim:
        raise ActionRefused("portfolio.cannot_claim_any", kyc=snapshot.kyc.message)
    return todo


def claim_all_intent(router: str, holdings: list[Holding]) -> Intent:
    """One `claimAll(tokens)` through the router for every holding given."""
    tokens = [checksum(h.info.token) for h in holdings]
    data = CLAIM_ALL + abi_encode(["address[]"], [tokens])
    symbols = ", ".join(h.info.symbol for h in holdings)
    return Intent(checksum(router), data, 0, f"Claim all profit share ({symbols})")


class ClaimAll:
    """Claim all through the router when there is one, else one transaction per holding."""

    def __init__(self, actions: PortfolioActions, router: str | None) -> None:
        self.actions = actions
        self.router = router

    @property
    def one_transaction(self) -> bool:
        return self.router is not None

    def claim_all(
        self,
        snapshot: Snapshot,
        signer: Signer,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ClaimAllReport:
        if self.router is None:
            return self.actions.claim_all(snapshot, signer, progress, cancelled)
        todo = claimable_holdings(snapshot)
        symbols = tuple(h.info.symbol for h in todo)
        label = f"Claim all ({', '.join(symbols)})"
        if cancelled is not None and cancelled():
            return ClaimAllReport((), None, symbols)
        _report(progress, Progress(0, 1, label, "sending"))
        total = sum(h.claimable for h in todo)
        pipeline = self.actions.pipeline
        try:
            record = pipeline.send(claim_all_intent(self.router, todo), signer)
            record = pipeline.wait(record.intent_id, timeout=self.actions.timeout)
        except ChainError as error:
            words = getattr(error, "reason", "") or Phrase(error.code, **error.params)
            failed = ClaimResult(self.router, ", ".join(symbols), total, False, error=words)
            _report(progress, Progress(1, 1, label, "failed", error=words))
            return ClaimAllReport((), failed, ())
        tx_hash = record.latest.tx_hash
        if record.status != CONFIRMED:
            words = f"the transaction {record.status} on chain"
            failed = ClaimResult(
                self.router, ", ".join(symbols), total, False, tx_hash, record.intent_id, words
            )
            _report(progress, Progress(1, 1, label, "failed", tx_hash, words))
            return ClaimAllReport((), failed, ())
        _report(progress, Progress(1, 1, label, "confirmed", tx_hash))
        done = tuple(
            ClaimResult(h.info.token, h.info.symbol, h.claimable, True, tx_hash, record.intent_id)
            for h in todo
        )
        return ClaimAllReport(done, None, ())


def _report(progress: ProgressCallback | None, step: Progress) -> None:
    if progress is not None:
        progress(step)
