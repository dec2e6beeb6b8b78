"""Three-way reconciliation of a store's month: platform sales, bank settlement, routed on chain.

What is compared, and why (the three numbers are not supposed to be equal):
* **settled vs routed**: every unit the bank settled into the programmable account must pass
  through the store's router; they must match within the tolerance. This is the check that
  protects investors: money settled but not routed never reaches the treasury.
* **report vs chain**: the report's own `routed_on_chain` must match what the chain shows was
  routed (Routed events of the store's router for the period), within the tolerance.
* **investors' share**: the report's `investor_share` must be the router's split of what was
  routed (`routed * investor_share_bp // 10_000`, floored per route call, so a few base units of
  rounding are allowed), and, when known, match what the treasury was credited (Deposited).
* **platform vs settled**: platform sales count orders when placed; the bank settles after the
  platform's commission, refunds and a lag. So settled is *lower* than gross by a normal fee
  ratio. Their ratio (settled / gross) must fall inside an expected band; below it suggests the
  platform overstates sales (or settlements are missing), above it that settlements include
  money that is not sales.

Differences are in base units (`observed - expected`) and in basis points of the expected value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.backend.models import RevenueReport
from app.errors import Phrase, Sentences
from app.treasury.errors import TreasuryError
from app.units import stablecoin_text as _units

BP = 10_000
# A store's routing is a handful of route() calls a month; each floors the investors' share.
ROUTE_ROUNDING_UNITS = 100


@dataclass(frozen=True)
class SettlementBand:
    """The expected settled / gross ratio in bp: 1 - (platform fees + refunds), with slack for
    the settlement lag at month boundaries."""

    min_bp: int = 7_000
    max_bp: int = 10_000

    def __post_init__(self) -> None:
        if not 0 <= self.min_bp <= self.max_bp <= 2 * BP:
            raise TreasuryError("treasury.band")


@dataclass(frozen=True)
class Check:
    name: str  # "settled_vs_routed" | "report_vs_chain" | "investor_share" | "platform_vs_settled"
    expected_label: str
    expected: int
    observed_label: str
    observed: int
    difference: int  # observed - expected, base units
    difference_bp: int | None  # of `expected`, truncated toward zero; None when expected is 0
    flagged: bool
    why: Phrase | None  # what is wrong and what to do, in the user's language; None when fine
    # A ratio check (platform vs settled): observed / expected in bp must lie in this band; the
    # difference itself is expected (fees, refunds, lag) and says nothing.
    band_bp: tuple[int, int] | None = None

    @property
    def ratio_bp(self) -> int | None:
        return bp_of(self.observed, self.expected)

    @property
    def reason(self) -> str:
        """The English words; "" when not flagged."""
        return self.why.text("en") if self.why else ""


@dataclass(frozen=True)
class Reconciliation:
    token_symbol: str
    merchant_id: str
    period: str
    platform_sales: int
    settled: int
    routed: int  # on chain
    tolerance_bp: int
    checks: tuple[Check, ...]
    # keccak-256 of the period's matched bank statement lines (app.bank.evidence), when the
    # bank's statements were reconciled: what a proposal carries beside its report hash
    lines_hash: str | None = None

    @property
    def flagged(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.flagged)

    @property
    def ok(self) -> bool:
        return not self.flagged

    @property
    def reasons(self) -> list[str]:
        return [c.reason for c in self.flagged]

    @property
    def why(self) -> Sentences:
        """Every flagged check's words, shown in the reader's language."""
        return Sentences(c.why for c in self.flagged if c.why)


def bp_of(difference: int, base: int) -> int | None:
    """`difference` in basis points of `base`, truncated toward zero (exact integers)."""
    if base == 0:
        return None
    magnitude = abs(difference) * BP // abs(base)
    return magnitude if (difference >= 0) == (base > 0) else -magnitude


def within(difference: int, base: int, tolerance_bp: int, slack_units: int = 0) -> bool:
    """|difference| <= tolerance of |base| (+ slack), compared exactly without division."""
    return abs(difference) * BP <= tolerance_bp * abs(base) + slack_units * BP


def _check(
    name: str,
    expected: tuple[str, int],
    observed: tuple[str, int],
    ok: bool,
    why: Phrase,
    band_bp: tuple[int, int] | None = None,
) -> Check:
    difference = observed[1] - expected[1]
    return Check(
        name=name,
        expected_label=expected[0],
        expected=expected[1],
        observed_label=observed[0],
        observed=observed[1],
        difference=difference,
        difference_bp=bp_of(difference, expected[1]),
        flagged=not ok,
        why=None if ok else why,
        band_bp=band_bp,
    )


def reconcile(
    report: RevenueReport,
    routed_on_chain: int,
    *,
    tolerance_bp: int,
    credited_to_investors: int | None = None,
    band: SettlementBand | None = None,
    lines_hash: str | None = None,
) -> Reconciliation:
    """Compare a report with what the chain shows for its store and period.

    `routed_on_chain`: the total the store's router routed for the period (sum of Routed.total).
    `credited_to_investors`: the treasury's credit for the period (sum of `Deposited.amount`).
    `lines_hash`: the hash of the period's matched statement lines (app.bank.evidence).
    """
    if not 0 <= tolerance_bp <= BP:
        raise TreasuryError("treasury.tolerance")
    if routed_on_chain < 0 or (credited_to_investors is not None and credited_to_investors < 0):
        raise TreasuryError("treasury.negative_on_chain")
    band = band or SettlementBand()
    gross, settled = report.gross_sales, report.settled_proceeds
    checks = []

    diff = routed_on_chain - settled
    checks.append(
        _check(
            "settled_vs_routed",
            ("bank settlement", settled),
            ("routed on chain", routed_on_chain),
            within(diff, settled, tolerance_bp),
            Phrase(
                "treasury.check.settled_vs_routed",
                settled=_units(settled),
                routed=_units(routed_on_chain),
                difference=_units(diff),
                ratio=_difference_text(bp_of(diff, settled)),
                tolerance=_percent(tolerance_bp),
            ),
        )
    )

    diff = routed_on_chain - report.routed_on_chain
    checks.append(
        _check(
            "report_vs_chain",
            ("routed per report", report.routed_on_chain),
            ("routed on chain", routed_on_chain),
            within(diff, report.routed_on_chain, tolerance_bp),
            Phrase(
                "treasury.check.report_vs_chain",
                reported=_units(report.routed_on_chain),
                routed=_units(routed_on_chain),
            ),
        )
    )

    share = report.routed_on_chain * report.investor_share_bp // BP
    slack = ROUTE_ROUNDING_UNITS
    share_ok = within(report.investor_share - share, share, tolerance_bp, slack)
    observed = ("investors' share per report", report.investor_share)
    if credited_to_investors is not None:
        credit_ok = within(
            credited_to_investors - report.investor_share, share, tolerance_bp, slack
        )
        share_ok = share_ok and credit_ok
        observed = ("credited to the treasury", credited_to_investors)
    checks.append(
        _check(
            "investor_share",
            ("split of routed revenue", share),
            observed,
            share_ok,
            Phrase(
                "treasury.check.investor_share",
                share_percent=_percent(report.investor_share_bp),
                share=_units(share),
                reported=_units(report.investor_share),
            )
            if credited_to_investors is None
            else Phrase(
                "treasury.check.investor_share_credited",
                share_percent=_percent(report.investor_share_bp),
                share=_units(share),
                reported=_units(report.investor_share),
                credited=_units(credited_to_investors),
            ),
        )
    )

    ratio = bp_of(settled, gross)
    in_band = ratio is not None and band.min_bp <= ratio <= band.max_bp
    expected_settled = gross * band.min_bp // BP
    checks.append(
        _check(
            "platform_vs_settled",
            ("platform sales", gross),
            ("bank settlement", settled),
            in_band or (gross == 0 and settled == 0),
            Phrase(
                "treasury.check.settled_low"
                if ratio is None or ratio < band.min_bp
                else "treasury.check.settled_high",
                ratio=_bp_text(ratio),
                min_percent=_percent(band.min_bp),
                max_percent=_percent(band.max_bp),
                expected=_units(expected_settled),
            ),
            (band.min_bp, band.max_bp),
        )
    )
    return Reconciliation(
        token_symbol=report.token_symbol,
        merchant_id=report.merchant_id,
        period=report.period,
        platform_sales=gross,
        settled=settled,
        routed=routed_on_chain,
        tolerance_bp=tolerance_bp,
        checks=tuple(checks),
        lines_hash=lines_hash,
    )


def _percent(bp: int) -> str:
    """Basis points as a plain percentage, exactly: 8500 -> "85.00 %"."""
    return f"{abs(bp) // 100:,}.{abs(bp) % 100:02d} %"


def _bp_text(value: int | None) -> Phrase:
    """A ratio in plain words ("85.00 %"), never "8500 bp"."""
    if value is None:
        return Phrase("treasury.check.no_ratio")
    return Phrase("treasury.check.percent", percent=("-" if value < 0 else "") + _percent(value))


def _difference_text(value: int | None) -> Phrase:
    """How far the observed side is from the expected, in words: "100.00 % less" for what the
    old screen showed as "-10000 bp"."""
    if value is None:
        return Phrase("treasury.check.no_ratio")
    if value == 0:
        return Phrase("treasury.check.same")
    code = "treasury.check.less" if value < 0 else "treasury.check.more"
    return Phrase(code, percent=_percent(value))


def summary_of(rec: Reconciliation) -> dict[str, Any]:
    """The reconciliation as an air-gapped request carries it (JSON values only); the offline
    signer rebuilds it from the report and the chain's figures and compares (app.signers)."""
    return {
        "ok": rec.ok,
        "tolerance_bp": rec.tolerance_bp,
        "platform_sales": rec.platform_sales,
        "settled": rec.settled,
        "routed": rec.routed,
        "checks": [
            {
                "name": c.name,
                "expected": c.expected,
                "observed": c.observed,
                "difference": c.difference,
                "difference_bp": c.difference_bp,
                "flagged": c.flagged,
                "reason": c.reason,
            }
            for c in rec.checks
        ],
    }
