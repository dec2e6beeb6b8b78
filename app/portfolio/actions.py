"""What an investor does on chain from the portfolio: claim one, claim all, subscribe.

Every action is an `Intent` for the transaction pipeline (app/chain/transactions.py), which
simulates, records, signs through a Signer and sends. Checks that can be explained in advance
(KYC, nothing to claim, sale closed, cap, balance) are made first and raise `ActionRefused` with
the reason in words, before anything is simulated or signed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.chain.batch import call
from app.chain.calldata import encode_call
from app.chain.client import checksum
from app.chain.errors import BroadcastUncertain, ChainError, ReceiptTimeout
from app.chain.signer import Signer
from app.chain.tracking import status_phrase
from app.chain.transactions import Intent, TransactionPipeline
from app.chain.txstore import CONFIRMED, TransactionRecord
from app.errors import Phrase, Sentences
from app.portfolio.abi import uint_read
from app.portfolio.holdings import Holding, PortfolioReader, Snapshot, TokenInfo
from app.portfolio.kyc import KycStatus, kyc_status
from app.units import format_units


class ActionRefused(ChainError):
    """The action cannot succeed for a reason known in advance; nothing was signed or sent."""

    code = "portfolio.refused"


@dataclass(frozen=True)
class Progress:
    """One step of a multi-transaction action, for a progress bar."""

    done: int  # steps finished so far
    total: int
    label: str  # a Phrase: "Claim PSP0", "Approve 1,000.00 sUSD" (in the language shown)
    state: str  # a code the GUI words: "sending" | "confirmed" | "failed" | "unknown"
    tx_hash: str = ""
    error: str = ""


ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class ClaimResult:
    token: str
    symbol: str
    amount: int  # claimable when sent: what the contract pays
    ok: bool
    tx_hash: str = ""
    intent_id: str = ""
    error: str = ""
    unknown: bool = False  # sent, outcome not known yet: tracked, never called failed

    @property
    def state(self) -> str:
        return "confirmed" if self.ok else "unknown" if self.unknown else "failed"


def outcome_unknown(error: ChainError) -> bool:
    """The transaction may be (or be about to be) mined: no receipt within the wait, or a
    broadcast whose answer was lost. The pipeline keeps tracking it; it is not a failure."""
    return isinstance(error, ReceiptTimeout | BroadcastUncertain)


@dataclass(frozen=True)
class ClaimAllReport:
    succeeded: tuple[ClaimResult, ...]
    failed: ClaimResult | None  # the first failure; nothing after it was attempted
    not_attempted: tuple[str, ...]  # symbols left for later (after a failure or a cancel)

    @property
    def complete(self) -> bool:
        return self.failed is None and not self.not_attempted


def claim_intent(holding: Holding, kyc: KycStatus) -> Intent:
    """The `claim()` of one token, after the checks the investor can act on."""
    symbol = holding.info.symbol
    if holding.claimable == 0:
        raise ActionRefused("portfolio.nothing_to_claim_in", symbol=symbol)
    if not kyc.can_claim:
        raise ActionRefused("portfolio.cannot_claim", symbol=symbol, kyc=kyc.message)
    return Intent(
        holding.info.token,
        encode_call("ProfitShareToken", "claim"),
        0,
        f"Claim profit share {symbol}",
    )


class PortfolioActions:
    """Runs portfolio actions through the pipeline, one confirmed transaction after another."""

    def __init__(self, pipeline: TransactionPipeline, *, timeout: float = 120.0) -> None:
        self.pipeline = pipeline
        self.timeout = timeout

    # -- claims ---------------------------------------------------------------------------
    def claim(self, holding: Holding, kyc: KycStatus, signer: Signer) -> ClaimResult:
        """Claim one token; a failure comes back as a result with `ok=False` and the reason."""
        return self._claim(holding, claim_intent(holding, kyc), signer)

    def claim_all(
        self,
        snapshot: Snapshot,
        signer: Signer,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ClaimAllReport:
        """Claim every token with something claimable, one transaction each, in order; stop at
        the first failure (or when `cancelled()` turns true between two transactions)."""
        todo = [h for h in snapshot.holdings if h.claimable > 0]
        if not todo:
            raise ActionRefused("portfolio.nothing_to_claim")
        if not snapshot.kyc.can_claim:
            raise ActionRefused("portfolio.cannot_claim_any", kyc=snapshot.kyc.message)
        done: list[ClaimResult] = []
        for index, holding in enumerate(todo):
            if cancelled is not None and cancelled():
                break
            label = Phrase("portfolio.step.claim", symbol=holding.info.symbol)
            _report(progress, Progress(index, len(todo), label, "sending"))
            result = self._claim(holding, claim_intent(holding, snapshot.kyc), signer)
            _report(
                progress,
                Progress(index + 1, len(todo), label, result.state, result.tx_hash, result.error),
            )
            if not result.ok:
                rest = tuple(h.info.symbol for h in todo[index + 1 :])
                return ClaimAllReport(tuple(done), result, rest)
            done.append(result)
        rest = tuple(h.info.symbol for h in todo[len(done) :])
        return ClaimAllReport(tuple(done), None, rest)

    def _claim(self, holding: Holding, intent: Intent, signer: Signer) -> ClaimResult:
        info = holding.info
        try:
            record = self._run(intent, signer)
        except ChainError as error:
            words, unknown = _words(error), outcome_unknown(error)
            tx_hash = str(error.params.get("tx_hash", "")) if unknown else ""
            return ClaimResult(info.token, info.symbol, holding.claimable, False, tx_hash,
                               error=words, unknown=unknown)  # fmt: skip
        ok = record.status == CONFIRMED
        return ClaimResult(
            info.token,
            info.symbol,
            holding.claimable,
            ok,
            record.latest.tx_hash,
            record.intent_id,
            "" if ok else ended_on_chain(record.status),
        )

    def _run(self, intent: Intent, signer: Signer) -> TransactionRecord:
        record = self.pipeline.send(intent, signer)
        return self.pipeline.wait(record.intent_id, timeout=self.timeout)

    # -- subscription ---------------------------------------------------------------------
    def subscribe(
        self, quote: SubscriptionQuote, signer: Signer, progress: ProgressCallback | None = None
    ) -> SubscriptionResult:
        """Approve exactly the cost (skipped when that allowance is already there), then buy."""
        if quote.problems:
            raise ActionRefused("portfolio.quote_problems", problems=Sentences(quote.problems))
        if checksum(signer.address) != quote.account:
            raise ActionRefused("portfolio.other_account")
        steps: list[tuple[str, Intent]] = []
        amount = format_units(quote.cost, quote.stablecoin_decimals)
        if quote.allowance != quote.cost:
            data = encode_call("SandboxStablecoin", "approve", quote.info.sale, quote.cost)
            steps.append(
                (
                    Phrase("portfolio.step.approve", amount=amount, coin=quote.stablecoin_symbol),
                    Intent(quote.stablecoin, data, 0, f"Allow the {quote.info.symbol} offering"),
                )
            )
        tokens = format_units(quote.amount, quote.info.decimals)
        buy = encode_call("OfferingSale", "buy", quote.amount)
        steps.append(
            (
                Phrase("portfolio.step.buy", tokens=tokens, symbol=quote.info.symbol),
                Intent(quote.info.sale, buy, 0, f"Subscribe {tokens} {quote.info.symbol}"),
            )
        )
        hashes: list[str] = []
        for index, (label, intent) in enumerate(steps):
            _report(progress, Progress(index, len(steps), label, "sending"))
            try:
                record = self._run(intent, signer)
            except ChainError as error:
                state = "unknown" if outcome_unknown(error) else "failed"
                _report(progress, Progress(index, len(steps), label, state, "", _words(error)))
                raise
            hashes.append(record.latest.tx_hash)
            if record.status != CONFIRMED:
                _report(progress, Progress(index, len(steps), label, "failed", hashes[-1]))
                raise ChainError("portfolio.step_ended", step=label, status=record.status)
            _report(progress, Progress(index + 1, len(steps), label, "confirmed", hashes[-1]))
        return SubscriptionResult(quote, tuple(hashes))


@dataclass(frozen=True)
class SubscriptionQuote:
    """An offering's terms for one purchase, read at one block, with every problem in words."""

    account: str
    info: TokenInfo
    amount: int  # PST base units
    cost: int  # stablecoin base units, the sale's own quote (rounded up)
    price: int
    remaining: int  # PST base units still for sale
    deadline: int
    now: int
    kyc: KycStatus
    balance: int  # the account's stablecoin
    allowance: int  # the sale's current allowance from the account
    stablecoin: str
    stablecoin_symbol: str
    stablecoin_decimals: int
    problems: tuple[Phrase, ...]  # English as str; .text(language)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class SubscriptionResult:
    quote: SubscriptionQuote
    tx_hashes: tuple[str, ...]  # the approval (when one was needed) and the purchase


def quote_subscription(
    portfolio: PortfolioReader, token: str, account: str, amount: int
) -> SubscriptionQuote:
    """Read the offering's terms and the account's standing in one batch (plus the head)."""
    account = checksum(account)
    info = next((t for t in portfolio.tokens if t.token.lower() == token.lower()), None)
    if info is None:
        raise ActionRefused("portfolio.not_a_token", token=token)
    if amount <= 0 or amount >= 2**256:
        raise ActionRefused("portfolio.tokens_to_buy")
    deployment = portfolio.deployment
    number, now = portfolio.head()
    sale = portfolio.client.contract("OfferingSale", info.sale).functions
    reads = [
        call(sale.quote(amount)),
        uint_read(info.sale, "remaining()"),
        uint_read(deployment.compliance, "expiryOf(address)", account),
        uint_read(deployment.stablecoin, "balanceOf(address)", account),
        uint_read(deployment.stablecoin, "allowance(address,address)", account, info.sale),
    ]
    cost, remaining, expiry, balance, allowance = (
        int(r.unwrap()) for r in portfolio.reader.read(reads, number)
    )
    kyc = kyc_status(expiry, now)
    symbol, decimals = portfolio.stablecoin
    problems = []
    if not kyc.can_claim:
        problems.append(Phrase("portfolio.only_allowlisted", kyc=kyc.message))
    if now >= info.deadline:
        problems.append(Phrase("portfolio.offering_closed", symbol=info.symbol))
    if amount > remaining:
        left = format_units(remaining, info.decimals)
        problems.append(Phrase("portfolio.offering_left", left=left, symbol=info.symbol))
    if cost > balance:
        problems.append(
            Phrase(
                "portfolio.cost_above_balance",
                cost=format_units(cost, decimals),
                balance=format_units(balance, decimals),
                coin=symbol,
            )
        )
    return SubscriptionQuote(
        account,
        info,
        amount,
        cost,
        info.price,
        remaining,
        info.deadline,
        now,
        kyc,
        balance,
        allowance,
        deployment.stablecoin,
        symbol,
        decimals,
        tuple(problems),
    )


def _report(progress: ProgressCallback | None, step: Progress) -> None:
    if progress is not None:
        progress(step)


def ended_on_chain(status: str) -> Phrase:
    """Why a sent step failed when its transaction did not confirm (in the language shown)."""
    return Phrase("portfolio.step.ended", status=status_phrase(status))


def _words(error: ChainError) -> str:
    """The reason of a failed step: the contract's words, else the error's sentence (a Phrase,
    so the GUI can show it in the user's language)."""
    return getattr(error, "reason", "") or error.phrase()
