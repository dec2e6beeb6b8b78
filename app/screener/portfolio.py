"""The whole portfolio scored: funnel, shortlist, histograms, scorecards and CSV, recomputed
for any what-if policy without touching the data (only app.domain.scorer.judge reruns)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from app.domain import scorer
from app.domain.policy import SelectionPolicy
from app.domain.scorecard import Scorecard, scorecard_of
from app.storage.csv_cells import defuse

FUNNEL_STEPS = ("all", *scorer.GROUPS, "tokenized")
# What each criterion's histogram shows, and which threshold draws its line.
HISTOGRAMS = {
    "growth": ("growth_bp", "bp"),
    "return_rate": ("return_rate_pct", "percentile"),
    "dio": ("dio_days_x100", "days_x100"),
    "promotions": ("promo_margin_bp", "bp"),
    "repayment": ("late", "count"),
    "integrity": ("worst_gap_bp", "bp"),
}


@dataclass(frozen=True)
class FunnelStep:
    key: str  # "all", a group of GROUPS (passed it and every one before), or "tokenized"
    count: int


@dataclass(frozen=True)
class Histogram:
    criterion: str
    unit: str
    edges: NDArray[np.float64]
    counts: NDArray[np.int64]
    threshold: float | None  # where the policy draws the line, in the same unit
    total: int  # stores with a value


@dataclass(frozen=True)
class Portfolio:
    """Every merchant's raw figures and peer placement, as of one day."""

    as_of: dt.date
    ids: list[str]
    names: list[str]
    categories: list[str]
    category_code: NDArray[np.int64]
    tokenized: NDArray[np.bool_]
    underwriter_score: NDArray[np.int64]
    measures: scorer.Measures
    placed: scorer.Placed
    policy: SelectionPolicy  # the policy in force (windows of the measures, default thresholds)

    @property
    def count(self) -> int:
        return len(self.ids)

    def judge(self, policy: SelectionPolicy | None = None) -> scorer.Verdicts:
        """Pass/fail of every merchant under `policy` (a what-if) or the policy in force."""
        return scorer.judge(self.measures, self.placed, policy or self.policy)

    def funnel(self, verdicts: scorer.Verdicts) -> list[FunnelStep]:
        """All stores, then those passing each criterion in turn, then tokenized among them."""
        alive = np.ones(self.count, dtype=bool)
        steps = [FunnelStep("all", self.count)]
        for group in scorer.GROUPS:
            alive &= verdicts.groups[group]
            steps.append(FunnelStep(group, int(alive.sum())))
        steps.append(FunnelStep("tokenized", int((alive & self.tokenized).sum())))
        return steps

    def standing(self) -> NDArray[np.float64]:
        """A 0..100 peer standing per merchant for ranking: the mean of its percentiles, each
        turned so higher is better (low returns and low DIO rank high); missing ones skipped."""
        p = self.placed
        parts = [
            (p.growth_pct, False),
            (p.return_rate_pct, True),
            (p.dio_pct, True),
            (p.promo_pct, False),
        ]
        total = np.zeros(self.count)
        seen = np.zeros(self.count)
        for values, lower_is_better in parts:
            ok = values >= 0
            turned = 100 - values if lower_is_better else values
            total += np.where(ok, turned, 0)
            seen += ok
        return np.where(seen > 0, total / np.maximum(seen, 1), 0.0)

    def shortlist(self, verdicts: scorer.Verdicts, *, everyone: bool = False) -> NDArray[np.int64]:
        """Rows passing all five (or every row), best first: most criteria passed, then the
        peer standing, then the id."""
        passed = np.sum([v for v in verdicts.passed.values()], axis=0)
        rows = np.arange(self.count) if everyone else np.flatnonzero(verdicts.all_passed)
        standing = self.standing()
        order = np.lexsort((rows, -standing[rows], -passed[rows]))
        return rows[order].astype(np.int64)

    def values(self, name: str) -> tuple[NDArray[Any], NDArray[np.bool_]]:
        """A per-merchant figure by name (the HISTOGRAMS' and the shortlist's columns)."""
        m = self.measures
        if name == "promo_margin_bp":
            return np.asarray(m.promo_bp - m.promo_benchmark_bp), m.promo_ok
        if name == "worst_gap_bp":
            worst, _ = scorer.worst_gap(m)
            return np.asarray(worst), scorer.integrity_checked(m)
        if name == "late":
            return m.late, np.ones(self.count, dtype=bool)
        if name.endswith("_pct"):
            values = getattr(self.placed, name)
            return values, values >= 0
        ok_name = {"growth_bp": "growth_ok", "return_rate_bp": "return_rate_ok"}.get(name, "dio_ok")
        return np.asarray(getattr(m, name)), getattr(m, ok_name)

    def histogram(self, criterion: str, policy: SelectionPolicy, bins: int = 40) -> Histogram:
        name, unit = HISTOGRAMS[criterion]
        values, ok = self.values(name)
        data = values[ok].astype(np.float64)
        threshold = threshold_of(criterion, policy)
        if data.size:
            lo, hi = np.percentile(data, [1, 99])  # a few outliers must not flatten the rest
            if threshold is not None:
                lo, hi = min(lo, threshold), max(hi, threshold)
            if hi <= lo:
                hi = lo + 1
            counts, edges = np.histogram(np.clip(data, lo, hi), bins=bins, range=(lo, hi))
        else:
            counts, edges = np.zeros(bins, dtype=np.int64), np.linspace(0, 1, bins + 1)
        return Histogram(criterion, unit, edges, counts.astype(np.int64), threshold, int(data.size))

    def scorecard(self, row: int, policy: SelectionPolicy | None = None) -> Scorecard:
        chosen = policy or self.policy
        verdicts = scorer.judge(
            self.measures.take(np.array([row])), self.placed.take(np.array([row])), chosen
        )
        return scorecard_of(
            self.measures.take(np.array([row])),
            self.placed.take(np.array([row])),
            verdicts,
            0,
            chosen,
            self.as_of,
        )

    def to_csv(
        self, rows: NDArray[np.int64], verdicts: scorer.Verdicts, ranking: NDArray[np.int64]
    ) -> str:
        """`rows` (in any order, e.g. the user's sort) as CSV: the rank each has in `ranking`
        (the rows best first, as `shortlist` gives them), identity, each criterion's value,
        percentile and pass, the underwriter's score (its own column, not part of the five
        criteria). Names come from the platform: a spreadsheet never runs one as a formula."""
        rank = np.zeros(self.count, dtype=np.int64)
        rank[ranking] = np.arange(1, len(ranking) + 1)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        header = ["rank", "merchant_id", "name", "category", "tokenized"]
        for key in scorer.CRITERIA:
            header += [f"{key}_value", f"{key}_unit", f"{key}_peer_percentile", f"{key}_passed"]
        header += ["all_five_passed", "underwriter_score"]
        writer.writerow(header)
        columns = {
            "growth": (*self.values("growth_bp"), self.placed.growth_pct, "bp"),
            "return_rate": (*self.values("return_rate_bp"), self.placed.return_rate_pct, "bp"),
            "dio": (*self.values("dio_days_x100"), self.placed.dio_pct, "days_x100"),
            "promotions": (self.measures.promo_bp, self.measures.promo_ok,
                           self.placed.promo_pct, "bp"),
            "repayment": (*self.values("late"), None, "count"),
            "integrity": (*self.values("worst_gap_bp"), None, "bp"),
        }  # fmt: skip
        for row in rows:
            line: list[Any] = [int(rank[row]) or "", self.ids[row], defuse(self.names[row])]
            line.append(defuse(self.categories[row]))
            line.append("yes" if self.tokenized[row] else "no")
            for key in scorer.CRITERIA:
                values, ok, pct, unit = columns[key]
                percentile = "" if pct is None or pct[row] < 0 else int(pct[row])
                line += [
                    int(values[row]) if ok[row] else "",
                    unit,
                    percentile,
                    "pass" if verdicts.passed[key][row] else "fail",
                ]
            line += ["yes" if verdicts.all_passed[row] else "no", int(self.underwriter_score[row])]
            writer.writerow(line)
        return out.getvalue()


def threshold_of(criterion: str, policy: SelectionPolicy) -> float | None:
    return {
        "growth": float(policy.min_growth_bp),
        "return_rate": float(policy.max_return_rate_percentile),
        "dio": float(policy.dio_always_ok_days_x100),
        "promotions": 0.0,
        "repayment": float(policy.max_late_installments),
        "integrity": float(policy.max_source_gap_bp),
    }.get(criterion)
