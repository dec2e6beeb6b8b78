"""The sandbox bank's day: credit the providers' settlements, order the sweeps, answer queries.

`SandboxBank` joins the ledger to the REST world: which stores are banked, what the providers
paid on each value date, and which faults the demo injects. The business day itself (book, sweep,
route) is driven by app.sandbox.business_day, so the bank, the platform API and the chain follow
one calendar.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from app.backend.models import Settlement
from app.bank.models import (
    BANK_SCHEMA_VERSION,
    BankAccount,
    BankAccountList,
    BankHealth,
    LineKind,
    StatementDocument,
    StatementFormat,
    StatementLine,
    StatementLines,
    SweepRule,
)
from app.sandbox import settlements as psp
from app.sandbox.bank import formats
from app.sandbox.bank.ledger import (
    BANK_BIC,
    BANK_NAME,
    ON_RAMP_ACCOUNT,
    ON_RAMP_NAME,
    Account,
    BankLedger,
    Line,
)
from app.sandbox.offerings import month_after
from app.sandbox.world import NotFound, SandboxWorld


def world_key(world: SandboxWorld) -> dict[str, str]:
    meta = world.store.get_meta()
    return {key: meta.get(key, "") for key in ("format", "seed", "merchants")}


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    first = dt.date.fromisoformat(period + "-01")
    return first, month_after(first) - dt.timedelta(days=1)


class SandboxBank:
    def __init__(self, world: SandboxWorld, data_dir: Path, *, reset: bool = False) -> None:
        self.world = world
        path = data_dir / "sandbox" / "bank.sqlite3"
        self.ledger = BankLedger(path, world_key(world), reset=reset)
        self.ledger.open_accounts(world.offerings().items)

    def close(self) -> None:
        self.ledger.close()

    @property
    def bic(self) -> str:
        return BANK_BIC

    def book_through(self, last: dt.date) -> int:
        """Book every business day up to `last` not booked yet; returns the lines booked."""
        booked = self.ledger.booked_through
        first = psp.BANK_START if booked is None else booked + dt.timedelta(days=1)
        if last < first:
            return 0
        offerings = {o.id: o for o in self.world.offerings().items}
        faults = self.world.fault_days()
        by_day: dict[dt.date, dict[str, list[Settlement]]] = defaultdict(lambda: defaultdict(list))
        for account in self.ledger.accounts():
            offering = offerings[account.offering_id]
            for s in psp.settlements(self.world.roster, offering, first, last, faults):
                by_day[s.value_date][account.id].append(s)
        count = 0
        day = first
        while day <= last:
            count += self.ledger.book_day(day, offerings, by_day.get(day, {}), faults)
            day += dt.timedelta(days=1)
        return count

    # -- what the API serves -----------------------------------------------------------------
    def health(self) -> BankHealth:
        return BankHealth(
            status="ok",
            schema_version=BANK_SCHEMA_VERSION,
            sim_date=self.world.sim_date,
            booked_through=self.ledger.booked_through,
        )

    def accounts(self) -> BankAccountList:
        items = [self._account(a) for a in self.ledger.accounts()]
        return BankAccountList(bank_name=BANK_NAME, bic=BANK_BIC, items=items)

    def _account(self, account: Account) -> BankAccount:
        return BankAccount(
            id=account.id,
            merchant_id=account.merchant_id,
            token_symbol=account.token_symbol,
            currency=account.currency,
            opened_on=account.opened_on,
            sweep=SweepRule(
                schedule="daily",
                destination_name=ON_RAMP_NAME,
                destination_account=ON_RAMP_ACCOUNT,
            ),
        )

    def account(self, account_id: str) -> Account:
        found = self.ledger.account(account_id)
        if found is None:
            raise NotFound(f"account {account_id}")
        return found

    def statement_lines(self, account_id: str, period: str) -> StatementLines:
        account = self.account(account_id)
        first, last = period_bounds(period)
        lines = self.ledger.lines(account.id, first, last)
        opening = self.ledger.balance_before(account.id, first)
        return StatementLines(
            account_id=account.id,
            period=period,
            currency=account.currency,
            opening_balance=opening,
            closing_balance=opening + sum(line.amount for line in lines),
            items=[_line(line) for line in lines],
        )

    def statement(self, account_id: str, period: str, fmt: StatementFormat) -> StatementDocument:
        lines = self.statement_lines(account_id, period)
        if fmt is StatementFormat.MT940:
            content = formats.render_mt940(lines, BANK_BIC)
        else:
            made = dt.datetime.combine(self.world.sim_date, dt.time(18), tzinfo=dt.UTC)
            content = formats.render_camt053(lines, BANK_BIC, made)
        return StatementDocument(account_id=account_id, period=period, format=fmt, content=content)


def _line(line: Line) -> StatementLine:
    return StatementLine(
        entry=line.entry,
        value_date=line.value_date,
        booking_date=line.booking_date,
        amount=line.amount,
        kind=LineKind(line.kind),
        counterparty=line.counterparty,
        counterparty_account=line.counterparty_account,
        reference=line.reference,
    )
