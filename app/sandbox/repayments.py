"""Repayment histories: each merchant repays a revolving working-capital facility in monthly
installments; late payers miss some due dates.

The plan (due dates, amounts, how early or late each installment is paid) is fixed by the seed;
what the API shows changes only with the sim date (an installment due tomorrow is not paid yet).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from app.backend.models import Repayment
from app.sandbox import noise
from app.sandbox.roster import MerchantRow, RosterParams

MAX_INSTALLMENTS = 160  # thirteen years of monthly installments, well past the calendar's end
FUTURE_DAYS = 92  # the schedule shows about three installments still to come
_TIMING, _AMOUNT = 11, 12  # noise streams


@dataclass(frozen=True)
class PlannedInstallment:
    installment: int
    due_date: dt.date
    amount_due: int  # cents
    offset_days: int  # paid this many days after the due date (negative = early)


@dataclass(frozen=True)
class PlanBlock:
    """The planned schedules of a block of merchants, (merchants, MAX_INSTALLMENTS) arrays."""

    due: np.ndarray  # datetime64[D]
    amount_due: np.ndarray  # int64 cents
    offset_days: np.ndarray  # int64


def plan_block(late_payer: np.ndarray, params: RosterParams, keys: np.ndarray) -> PlanBlock:
    """Every merchant's whole planned schedule at once (`plan` is one row of this)."""
    timing = noise.uniform(keys, _TIMING, MAX_INSTALLMENTS)
    amounts = noise.uniform(keys, _AMOUNT, MAX_INSTALLMENTS + 2)
    first_day = 1 + (amounts[:, -1] * 28).astype(np.int64)
    first_month = (2024 * 12 + 8) + (amounts[:, -2] * 6).astype(np.int64)  # Sep 2024 + k
    months = first_month[:, None] + np.arange(MAX_INSTALLMENTS)[None, :]
    due = (months - 1970 * 12).astype("datetime64[M]").astype("datetime64[D]") + (
        first_day[:, None] - 1
    )
    # About 6% of a month's sales, re-sized every 12 installments as the facility renews.
    loan = np.arange(MAX_INSTALLMENTS) // 12
    monthly_sales = params.base.astype(np.float64)[:, None] * 30.0
    growth = np.exp(params.growth[:, None] * loan[None, :])
    share = 0.05 + 0.02 * np.take_along_axis(amounts, np.broadcast_to(loan, timing.shape), 1)
    amount = (monthly_sales * growth * share / 100).astype(np.int64) * 100
    late = np.asarray(late_payer, dtype=bool)[:, None] & (
        (np.arange(MAX_INSTALLMENTS) == 2)[None, :] | (timing < 0.3)
    )
    offset = np.where(late, 3 + (timing * 140).astype(np.int64), -(timing * 4).astype(np.int64))
    return PlanBlock(due, np.maximum(amount, 10_000), offset)


def plan(row: MerchantRow, params: RosterParams, key: np.ndarray) -> list[PlannedInstallment]:
    """The whole planned schedule of one merchant (params and key of that merchant only)."""
    block = plan_block(np.array([row.late_payer]), params, key)
    return [
        PlannedInstallment(
            i + 1,
            block.due[0, i].astype(dt.date),
            int(block.amount_due[0, i]),
            int(block.offset_days[0, i]),
        )
        for i in range(MAX_INSTALLMENTS)
    ]


def as_of(planned: list[PlannedInstallment], sim_date: dt.date) -> list[Repayment]:
    """The installments due up to FUTURE_DAYS after the sim date, as they stand on that date."""
    items = []
    for p in planned:
        if p.due_date > sim_date + dt.timedelta(days=FUTURE_DAYS):
            break
        paid_on = p.due_date + dt.timedelta(days=p.offset_days)
        if paid_on <= sim_date:
            items.append(
                Repayment(
                    installment=p.installment,
                    due_date=p.due_date,
                    amount_due=p.amount_due,
                    amount_paid=p.amount_due,
                    paid_date=paid_on,
                    days_late=max(p.offset_days, 0),
                )
            )
        else:
            overdue = max((sim_date - p.due_date).days, 0)
            items.append(
                Repayment(
                    installment=p.installment,
                    due_date=p.due_date,
                    amount_due=p.amount_due,
                    amount_paid=0,
                    paid_date=None,
                    days_late=overdue,
                )
            )
    return items
