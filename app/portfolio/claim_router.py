"""Claim all as one transaction, from the investor's portfolio. The platform's ClaimRouter (see
app/chain/claim_all.py) claims every token in one transaction, paying only the caller under the
caller's own claim rules; if any token refuses, the whole transaction reverts, and the pipeline's
simulation says so before anything is signed. More tokens than one claim holds go in parts of
`MAX_TOKENS`, one transaction each, stopping at the first that fails. A registry that names no
router (a deployment from before it) gets the old way: one transaction per holding
(`PortfolioActions.claim_all`).

`ClaimAll.claim_all` keeps the signature and the report of `PortfolioActions.claim_all`, so the
GUI's dialog and the CLI run either the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from web3.exceptions import Web3Exception

from app.chain.claim_all import MAX_TOKENS, claim_all_intent, claim_router_of, send_claim_all
from app.chain.client import ChainClient
from app.chain.errors import ChainError
from app.chain.signer import Signer
from app.chain.transactions import Intent
from app.chain.txstore import CONFIRMED
from app.errors import Phrase
from app.portfolio.actions import (
    ActionRefused,
    ClaimAllReport,
    ClaimResult,
    PortfolioActions,
    Progress,
    ProgressCallback,
    claim_intent,
    ended_on_chain,
    outcome_unknown,
)
from app.portfolio.holdings import Holding, Snapshot


def find_claim_router(client: ChainClient, registry: str) -> str | None:
    """The registry's claim router, or None when it names none (or predates them)."""
    try:
        return claim_router_of(client, registry)
    except (ChainError, Web3Exception):
        return None


def claimable_holdings(snapshot: Snapshot) -> list[Holding]:
    """The holdings a claim all takes, after the checks the investor can act on."""
    todo = [h for h in snapshot.holdings if h.claimable > 0]
    if not todo:
        raise ActionRefused("portfolio.nothing_to_claim")
    if not snapshot.kyc.can_claim:
        raise ActionRefused("portfolio.cannot_claim_any", kyc=snapshot.kyc.message)
    return todo


def claim_all_intents(router: str | None, snapshot: Snapshot) -> list[Intent]:
    """The transactions of a claim all, in order: through the router, one per `MAX_TOKENS`
    tokens; without one, a `claim()` per holding. Checked first (something to claim, KYC)."""
    todo = claimable_holdings(snapshot)
    if router is None:
        return [claim_intent(h, snapshot.kyc) for h in todo]
    parts = [todo[i : i + MAX_TOKENS] for i in range(0, len(todo), MAX_TOKENS)]
    return [
        claim_all_intent(router, [h.info.token for h in p], [h.info.symbol for h in p])
        for p in parts
    ]


class ClaimAll:
    """Claim all through the router when there is one, else one transaction per holding."""

    def __init__(self, actions: PortfolioActions, router: str | None) -> None:
        self.actions = actions
        self.router = router

    @property
    def one_transaction(self) -> bool:
        return self.router is not None

    def transactions(self, holdings: int) -> int:
        """How many transactions claiming `holdings` holdings takes."""
        return -(-holdings // MAX_TOKENS) if self.router is not None else holdings

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
        parts = [todo[i : i + MAX_TOKENS] for i in range(0, len(todo), MAX_TOKENS)]
        done: list[ClaimResult] = []
        for index, part in enumerate(parts):
            if cancelled is not None and cancelled():
                break
            failed = self._claim_part(self.router, part, signer, index, len(parts), progress, done)
            if failed is not None:
                rest = tuple(h.info.symbol for p in parts[index + 1 :] for h in p)
                return ClaimAllReport(tuple(done), failed, rest)
        rest = tuple(h.info.symbol for h in todo[len(done) :])
        return ClaimAllReport(tuple(done), None, rest)

    def _claim_part(
        self,
        router: str,
        part: list[Holding],
        signer: Signer,
        index: int,
        count: int,
        progress: ProgressCallback | None,
        done: list[ClaimResult],
    ) -> ClaimResult | None:
        """Claim one part in one transaction: its results go to `done`, or the failure back."""
        symbols = [h.info.symbol for h in part]
        named, total = ", ".join(symbols), sum(h.claimable for h in part)
        label = Phrase("portfolio.step.claim_all", symbols=named)
        _report(progress, Progress(index, count, label, "sending"))
        tokens = [h.info.token for h in part]
        try:
            record = send_claim_all(
                self.actions.pipeline, signer, router, tokens, symbols, timeout=self.actions.timeout
            )
        except ChainError as error:
            words = getattr(error, "reason", "") or error.phrase()
            unknown = outcome_unknown(error)
            result = ClaimResult(router, named, total, False, error=words, unknown=unknown)
            _report(progress, Progress(index + 1, count, label, result.state, error=words))
            return result
        tx_hash = record.latest.tx_hash
        if record.status != CONFIRMED:
            words = ended_on_chain(record.status)
            _report(progress, Progress(index + 1, count, label, "failed", tx_hash, words))
            return ClaimResult(router, named, total, False, tx_hash, record.intent_id, words)
        _report(progress, Progress(index + 1, count, label, "confirmed", tx_hash))
        done.extend(
            ClaimResult(h.info.token, h.info.symbol, h.claimable, True, tx_hash, record.intent_id)
            for h in part
        )
        return None


def _report(progress: ProgressCallback | None, step: Progress) -> None:
    if progress is not None:
        progress(step)
