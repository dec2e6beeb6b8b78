"""Covenant alerts on the hand-built merchant of builders.py: one trigger per test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.backend.models import Metric
from app.domain.covenants import Alert, check_covenants, drop_bp
from app.domain.policy import CovenantPolicy
from tests.app.domain.builders import (
    BANK_LAG,
    DAYS,
    END,
    PSP_LAG,
    Inputs,
    installment,
    net_revenue,
    shifted,
)


def alerts(inputs: Inputs, policy: CovenantPolicy | None = None) -> list[Alert]:
    if policy is None:
        return check_covenants(inputs.series, inputs.repayments, inputs.profile)
    return check_covenants(inputs.series, inputs.repayments, inputs.profile, policy)


def only(found: list[Alert], covenant: str) -> list[Alert]:
    return [a for a in found if a.covenant == covenant]


def test_good_merchant_has_no_alerts(good_merchant: Inputs) -> None:
    assert alerts(good_merchant) == []


def test_drop_bp() -> None:
    assert drop_bp(1_000, 700) == 3_000
    assert drop_bp(1_000, 1_100) == -1_000
    assert drop_bp(0, 5) is None


# revenue drop: platform only, so the other covenants stay quiet -----------------------------


def _revenue(values: list[int]) -> list[int]:
    assert len(values) == DAYS
    return values


def test_revenue_drop_breach_when_both_comparisons_fall(good_merchant: Inputs) -> None:
    revenue = _revenue([1_000] * (DAYS - 30) + [700] * 30)
    (alert,) = alerts(good_merchant.with_metric(Metric.NET_REVENUE, revenue))
    assert (alert.covenant, alert.severity, alert.reason_code) == (
        "revenue_drop", "breach", "revenue_drop"
    )  # fmt: skip
    assert alert.params == {"month_drop_bp": 3_000, "year_drop_bp": 3_000, "window_days": 30}
    assert alert.as_of == END
    assert alert.message == (
        "Net revenue of the last 30 days fell 30.0% against the 30 days before "
        "and 30.0% against the same days a year ago."
    )


def test_revenue_drop_warning_band(good_merchant: Inputs) -> None:
    revenue = _revenue([1_000] * (DAYS - 30) + [800] * 30)
    (alert,) = alerts(good_merchant.with_metric(Metric.NET_REVENUE, revenue))
    assert alert.severity == "warning"
    revenue = _revenue([1_000] * (DAYS - 30) + [850] * 30)  # exactly 15 %: not more than
    assert alerts(good_merchant.with_metric(Metric.NET_REVENUE, revenue)) == []


def test_seasonal_dip_seen_a_year_ago_is_not_an_alarm(good_merchant: Inputs) -> None:
    revenue = [1_000] * DAYS
    for i in [*range(DAYS - 395, DAYS - 365), *range(DAYS - 30, DAYS)]:
        revenue[i] = 700  # the same 30 days dipped last year too
    assert alerts(good_merchant.with_metric(Metric.NET_REVENUE, revenue)) == []


def test_revenue_drop_graded_by_the_smaller_fall(good_merchant: Inputs) -> None:
    revenue = [1_000] * DAYS
    for i in range(DAYS - 395, DAYS - 365):
        revenue[i] = 820  # a year ago: 700 / 820 is a 14.6 % fall, under the warning line
    for i in range(DAYS - 30, DAYS):
        revenue[i] = 700
    assert alerts(good_merchant.with_metric(Metric.NET_REVENUE, revenue)) == []


def test_revenue_drop_without_a_year_of_history(good_merchant: Inputs) -> None:
    short = good_merchant.truncated(60).with_metric(Metric.NET_REVENUE, [1_000] * 30 + [700] * 30)
    (alert,) = only(alerts(short), "revenue_drop")
    assert alert.params == {"month_drop_bp": 3_000, "window_days": 30}
    assert alert.message.endswith("against the 30 days before.")


# return-rate spike ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("recent_returns", "severity"),
    [(8, "breach"), (5, "warning"), (4, None)],  # 800 / 500 / 400 bp against 300 bp
)
def test_return_spike(good_merchant: Inputs, recent_returns: int, severity: str | None) -> None:
    returns = [3] * (DAYS - 30) + [recent_returns] * 30
    found = alerts(good_merchant.with_metric(Metric.RETURNS, returns))
    if severity is None:
        assert found == []
        return
    (alert,) = found
    assert (alert.covenant, alert.severity) == ("return_spike", severity)
    assert alert.params == {
        "recent_bp": recent_returns * 100, "trailing_bp": 300, "window_days": 30
    }  # fmt: skip


# DIO ceiling ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stock", "severity"), [(130_000, "breach"), (110_000, "warning"), (100_000, None)]
)
def test_dio_ceiling(good_merchant: Inputs, stock: int, severity: str | None) -> None:
    inventory = [45_000] * (DAYS - 90) + [stock] * 90  # cogs 1,000 a day: stock / 1000 days
    found = alerts(good_merchant.with_metric(Metric.INVENTORY, inventory))
    assert [a.severity for a in found] == ([severity] if severity else [])
    if severity:
        assert found[0].params["value_days_x100"] == stock // 10


# late settlement -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quiet_days", "severity", "overdue"), [(10, "breach", 9), (6, "warning", 5), (4, None, 3)]
)
def test_bank_stops_settling(
    good_merchant: Inputs, quiet_days: int, severity: str | None, overdue: int
) -> None:
    revenue = net_revenue()
    bank = shifted(revenue, BANK_LAG)
    bank[DAYS - quiet_days :] = [0] * quiet_days
    changed = good_merchant.with_metric(
        Metric.NET_REVENUE, revenue, psp=shifted(revenue, PSP_LAG), bank=bank
    )
    found = only(alerts(changed), "late_settlement")
    if severity is None:
        assert found == []
        return
    (alert,) = found
    assert (alert.severity, alert.reason_code) == (severity, "late_settlement.bank")
    # the oldest unsettled sale was due on the first silent day: quiet_days - 1 days ago
    assert alert.params == {"overdue_days": overdue, "expected_lag_days": BANK_LAG}


def test_the_banks_usual_lag_is_not_late(good_merchant: Inputs) -> None:
    # the contract says 1 day, but the bank has always booked 3 days after the platform; it
    # has been silent for 6 days: 5 days past its usual lag (not 7 past the contract's)
    revenue = net_revenue()
    bank = shifted(revenue, BANK_LAG)
    bank[DAYS - 6 :] = [0] * 6
    changed = good_merchant.with_metric(
        Metric.NET_REVENUE, revenue, psp=shifted(revenue, PSP_LAG), bank=bank
    )
    profile = changed.profile.model_copy(update={"settlement_lag_days": 1})
    found = only(check_covenants(changed.series, changed.repayments, profile), "late_settlement")
    assert [(a.severity, a.params["overdue_days"]) for a in found] == [("warning", 5)]
    assert found[0].params["expected_lag_days"] == BANK_LAG


def test_overdue_installment_is_a_breach(good_merchant: Inputs) -> None:
    due = END - dt.timedelta(days=10)
    items = [*good_merchant.repayments.items, installment(12, due, paid=0)]
    (alert,) = alerts(good_merchant.with_repayments(items))
    assert (alert.covenant, alert.severity) == ("late_settlement", "breach")
    assert alert.reason_code == "late_settlement.installment"
    assert alert.params == {
        "installment": 12, "due_date": due.isoformat(), "days_late": 10, "count": 1
    }  # fmt: skip
    assert alert.message == f"Installment 12 due {due.isoformat()} is unpaid, 10 days late."


def test_a_past_late_but_paid_installment_raises_nothing(good_merchant: Inputs) -> None:
    items = list(good_merchant.repayments.items)
    items[0] = installment(1, items[0].due_date, late=20)
    assert alerts(good_merchant.with_repayments(items)) == []


# sources disagreeing -------------------------------------------------------------------------


@pytest.mark.parametrize(("percent", "severity"), [(103, "warning"), (106, "breach"), (102, None)])
def test_bank_disagrees_over_the_last_month(
    good_merchant: Inputs, percent: int, severity: str | None
) -> None:
    revenue = [v * 100 for v in net_revenue()]  # multiples of 100, so the percentages are exact
    bank = shifted(revenue, BANK_LAG)
    bank[DAYS - 30 :] = [v * percent // 100 for v in bank[DAYS - 30 :]]
    changed = good_merchant.with_metric(
        Metric.NET_REVENUE, revenue, psp=shifted(revenue, PSP_LAG), bank=bank
    )
    found = alerts(changed)
    if severity is None:
        assert found == []
        return
    (alert,) = found
    assert (alert.covenant, alert.severity) == ("sources_disagree", severity)
    assert alert.params == {"gap_bp": (percent - 100) * 100, "source": "bank"}


# ordering, policy, bad input -----------------------------------------------------------------


def test_breaches_come_first(good_merchant: Inputs) -> None:
    changed = good_merchant.with_metric(
        Metric.INVENTORY, [45_000] * (DAYS - 90) + [110_000] * 90
    ).with_metric(Metric.RETURNS, [3] * (DAYS - 30) + [8] * 30)
    found = alerts(changed)
    assert [(a.covenant, a.severity) for a in found] == [
        ("return_spike", "breach"), ("dio_ceiling", "warning")
    ]  # fmt: skip


def test_a_stricter_policy(good_merchant: Inputs) -> None:
    strict = CovenantPolicy(dio_warning_days_x100=4_000, dio_breach_days_x100=4_400)
    (alert,) = alerts(good_merchant, strict)
    assert (alert.covenant, alert.severity) == ("dio_ceiling", "breach")


def test_mixed_up_payloads_are_refused(good_merchant: Inputs) -> None:
    other = good_merchant.repayments.model_copy(update={"merchant_id": "M00002"})
    with pytest.raises(ValueError, match="M00001"):
        check_covenants(good_merchant.series, other, good_merchant.profile)
