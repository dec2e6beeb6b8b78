"""Thresholds of the underwriting rules, kept apart from the code that applies them.

Both policies are frozen dataclasses so a run of the scorecard or the covenant checks is fully
described by its inputs; a stricter desk passes its own instance. Ratios are in basis points,
DIO in days x 100, windows in days.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SelectionPolicy:
    """When a merchant passes each of the five selection criteria."""

    # Financial track record: GMV of the last 12 months against the 12 before, at least +15 %
    # and at least the category median.
    min_growth_bp: int = 1_500
    # Product edge. Return rate over the last year no higher than the category median
    # (peer percentile <= 50, lower is better).
    return_rate_days: int = 365
    max_return_rate_percentile: int = 50
    # DIO over the last year at or below the category median, or at most 60 days outright
    # (a lean store is fine even in a category of leaner ones).
    dio_days: int = 365
    dio_always_ok_days_x100: int = 6_000
    # Operational edge: the median uplift over the merchant's promotion events at least the
    # median of the peers' median uplifts for the same events.
    # Repayment: no late installment, ever.
    max_late_installments: int = 0
    # Data integrity: platform vs PSP and platform vs bank net revenue, in 30-day buckets over
    # the last 12 months (360 days), never more than 2 % apart. Each source is aligned by its
    # lag behind the platform as estimated from the data (app.domain.sources.source_lag).
    integrity_days: int = 360
    max_source_gap_bp: int = 200


@dataclass(frozen=True)
class CovenantPolicy:
    """When monitoring raises a warning or a breach for a tokenized merchant."""

    # Revenue drop: net revenue of the last 30 days against the 30 days before AND against the
    # same 30 days a year earlier; only when both fall (so a seasonal dip such as the Chinese New
    # Year does not alarm), graded by the smaller of the two falls.
    revenue_window_days: int = 30
    revenue_drop_warning_bp: int = 1_500
    revenue_drop_breach_bp: int = 2_500
    # Return-rate spike: the last 30 days' rate against the 365 days before them; a breach at
    # more than 1.5x and at least +300 bp, a warning at more than 1.25x and at least +150 bp.
    return_window_days: int = 30
    return_baseline_days: int = 365
    return_spike_breach_pct: int = 150
    return_spike_breach_min_bp: int = 300
    return_spike_warning_pct: int = 125
    return_spike_warning_min_bp: int = 150
    # DIO ceiling over the last 90 days: a warning above 100 days, a breach above 120 days.
    dio_window_days: int = 90
    dio_warning_days_x100: int = 10_000
    dio_breach_days_x100: int = 12_000
    # Late settlement: platform sales the bank has not settled more than 3 days past the
    # expected settlement lag (a breach past 7); any installment overdue is a breach. The
    # expected lag is the profile's, or the bank's usual lag seen in the data if longer.
    settlement_grace_days: int = 3
    settlement_breach_days: int = 7
    # Sources disagreeing: platform vs bank (and PSP) net revenue over the last 30 checkable
    # days; a warning above 2 %, a breach above 5 %.
    source_gap_days: int = 30
    source_gap_warning_bp: int = 200
    source_gap_breach_bp: int = 500


DEFAULT_POLICY = SelectionPolicy()
DEFAULT_COVENANTS = CovenantPolicy()
