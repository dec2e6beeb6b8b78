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


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    return dt.date(day.year + month // 12, month % 12 + 1, day.day)


def plan(row: MerchantRow, params: RosterParams, key: np.ndarray) -> list[PlannedInstallment]:
    """The whole planned schedule of one merchant (params and key of that merchant only)."""
    timing = noise.uniform(key, _TIMING, MAX_INSTALLMENTS)[0]
    amounts = noise.uniform(key, _AMOUNT, MAX_INSTALLMENTS + 2)[0]
    first_due = _add_months(dt.date(2024, 9, 1 + int(amounts[-1] * 28)), int(amounts[-2] * 6))
    # About 6% of a month's sales, re-sized every 12 installments as the facility renews.
    monthly_sales = float(params.base[0]) * 30.0
    items = []
    for i in range(MAX_INSTALLMENTS):
        loan = i // 12
        growth = float(np.exp(params.growth[0] * loan))
        amount = int(monthly_sales * growth * (0.05 + 0.02 * amounts[loan]) / 100) * 100
        if row.late_payer and (i == 2 or timing[i] < 0.3):
            offset = 3 + int(timing[i] * 140)  # 3 to 45 days late
        else:
            offset = -int(timing[i] * 4)  # on time, up to three days early
        items.append(
            PlannedInstallment(i + 1, _add_months(first_due, i), max(amount, 10_000), offset)
        )
    return items


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
