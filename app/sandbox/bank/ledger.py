"""The sandbox bank's books (<data-dir>/sandbox/bank.sqlite3).

Per banked store one controlled collection account. Every business day the bank credits the
payment providers' settlements of that value date, then sweeps the day's proceeds to the on-ramp:
the sweep waits as an order until the on-ramp has routed it on chain, and is booked as a debit
line whose reference is the routing transaction's hash. Booked lines never change.

Like the sandbox API's store, this is a fake service's file without migrations: a file made for
another world (seed, roster size, format) is rebuilt.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from app.backend.models import Offering
from app.sandbox import settlements as psp
from app.sandbox.settlements import Fault

FORMAT_VERSION = "1"
ON_RAMP_NAME = "PST On-Ramp Ltd"
ON_RAMP_ACCOUNT = "PB-ONRAMP-USD"
BANK_NAME = "PST Programmable Bank (sandbox)"
BANK_BIC = "PSTBHKHHXXX"
_SWEEP_SEQ = 9000
_DUPLICATE_SEQ = 500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY, merchant_id TEXT NOT NULL, offering_id TEXT NOT NULL,
    token_symbol TEXT NOT NULL, currency TEXT NOT NULL, opened_on TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS lines (
    account TEXT NOT NULL, entry TEXT NOT NULL, value_date TEXT NOT NULL,
    booking_date TEXT NOT NULL, amount INTEGER NOT NULL, kind TEXT NOT NULL,
    counterparty TEXT NOT NULL, counterparty_account TEXT NOT NULL, reference TEXT NOT NULL,
    PRIMARY KEY (account, entry)
);
CREATE INDEX IF NOT EXISTS lines_by_date ON lines (account, value_date);
CREATE TABLE IF NOT EXISTS sweeps (
    account TEXT NOT NULL, value_date TEXT NOT NULL, amount INTEGER NOT NULL,
    lost INTEGER NOT NULL, reference TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account, value_date)
);
"""


@dataclass(frozen=True)
class Account:
    id: str
    merchant_id: str
    offering_id: str
    token_symbol: str
    currency: str
    opened_on: dt.date


@dataclass(frozen=True)
class Line:
    """One booked statement line. `amount` in cents: positive a credit, negative a debit."""

    account: str
    entry: str
    value_date: dt.date
    booking_date: dt.date
    amount: int
    kind: str  # "settlement" | "sweep"
    counterparty: str
    counterparty_account: str
    reference: str


@dataclass(frozen=True)
class SweepOrder:
    """A day's sweep waiting for the on-ramp. `lost`: the demo's sweep that never reaches the
    chain (the on-ramp reports a transaction it never sends)."""

    account: str
    offering_id: str
    value_date: dt.date
    amount: int
    lost: bool


class BankLedger:
    def __init__(self, path: Path, world_key: dict[str, str], *, reset: bool = False) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        wanted = {"format": FORMAT_VERSION, **world_key}
        self._db.executescript(_SCHEMA)
        meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        if reset or any(meta.get(k) != v for k, v in wanted.items()):
            with self._db:
                for table in ("meta", "accounts", "lines", "sweeps"):
                    self._db.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)
                self._db.executemany("INSERT INTO meta VALUES (?, ?)", wanted.items())

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- accounts --------------------------------------------------------------------------
    def open_accounts(self, offerings: list[Offering]) -> None:
        """One controlled account per banked store (opening an open account changes nothing)."""
        rows = [
            (
                psp.account_id(o.merchant_id), o.merchant_id, o.id, o.token_symbol, psp.CURRENCY,
                psp.first_banked_day(o).isoformat(),
            )
            for o in psp.banked_offerings(offerings)
        ]  # fmt: skip
        with self._lock, self._db:
            self._db.executemany("INSERT OR IGNORE INTO accounts VALUES (?, ?, ?, ?, ?, ?)", rows)

    def accounts(self) -> list[Account]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM accounts ORDER BY id").fetchall()
        return [
            Account(row[0], row[1], row[2], row[3], row[4], dt.date.fromisoformat(row[5]))
            for row in rows
        ]

    def account(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts() if a.id == account_id), None)

    # -- the business day ------------------------------------------------------------------
    @property
    def booked_through(self) -> dt.date | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'booked'").fetchone()
        return dt.date.fromisoformat(row[0]) if row else None

    def book_day(
        self,
        day: dt.date,
        offering_by_id: dict[str, Offering],
        settled: dict[str, list],
        fault_days: dict[tuple[str, dt.date], Fault],
    ) -> int:
        """Credit the day's settlements paid to each account and order its sweep; `settled`
        maps account -> the providers' settlements of that value date. Returns lines booked."""
        lines: list[tuple] = []
        sweeps: list[tuple] = []
        for account in self.accounts():
            if day < account.opened_on:
                continue
            fault = fault_days.get((account.merchant_id, day))
            credits = [s for s in settled.get(account.id, []) if s.paid_to == account.id]
            if fault is Fault.MISSING and credits:
                credits = credits[1:]  # the provider's first payout never arrives
            if fault is Fault.DUPLICATE and credits:
                credits = [*credits, credits[0]]  # the bank books one payout twice
            total = 0
            for n, settlement in enumerate(credits):
                seq = n + 1 if n < len(settled.get(account.id, [])) else _DUPLICATE_SEQ + n
                lines.append(
                    (
                        account.id, f"{day:%Y%m%d}{seq:04d}", day.isoformat(), day.isoformat(),
                        settlement.amount, "settlement", settlement.provider,
                        f"{settlement.provider.upper().replace(' ', '')[:10]}-SETTLE",
                        settlement.id,
                    )
                )  # fmt: skip
                total += settlement.amount
            if total > 0:
                lost = fault is Fault.LOST_SWEEP
                sweeps.append((account.id, day.isoformat(), total, int(lost), ""))
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR IGNORE INTO lines VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", lines
            )
            self._db.executemany("INSERT OR IGNORE INTO sweeps VALUES (?, ?, ?, ?, ?)", sweeps)
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('booked', ?)", (day.isoformat(),))
        return len(lines)

    def pending_sweeps(self) -> list[SweepOrder]:
        with self._lock:
            rows = self._db.execute(
                "SELECT s.account, a.offering_id, s.value_date, s.amount, s.lost FROM sweeps s "
                "JOIN accounts a ON a.id = s.account WHERE s.reference = '' "
                "ORDER BY s.value_date, s.account"
            ).fetchall()
        return [
            SweepOrder(account, offering, dt.date.fromisoformat(day), amount, bool(lost))
            for account, offering, day, amount, lost in rows
        ]

    def complete_sweep(self, order: SweepOrder, reference: str) -> None:
        """The on-ramp routed the sweep in transaction `reference`: book the debit line."""
        day = order.value_date
        line = (
            order.account, f"{day:%Y%m%d}{_SWEEP_SEQ:04d}", day.isoformat(), day.isoformat(),
            -order.amount, "sweep", ON_RAMP_NAME, ON_RAMP_ACCOUNT, reference,
        )  # fmt: skip
        with self._lock, self._db:
            self._db.execute(
                "UPDATE sweeps SET reference = ? WHERE account = ? AND value_date = ?",
                (reference, order.account, day.isoformat()),
            )
            self._db.execute(
                "INSERT OR REPLACE INTO lines VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", line
            )

    def routed_since(self, day: dt.date) -> list[tuple[str, dt.date, str]]:
        """(account, value date, reference) of the sweeps routed from `day` on (not lost)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT account, value_date, reference FROM sweeps "
                "WHERE value_date >= ? AND reference != '' AND lost = 0",
                (day.isoformat(),),
            ).fetchall()
        return [(a, dt.date.fromisoformat(d), r) for a, d, r in rows]

    def reopen_sweep(self, account: str, day: dt.date) -> None:
        """The chain lost this sweep's routing (stopped before it saved it): route it again."""
        with self._lock, self._db:
            self._db.execute(
                "DELETE FROM lines WHERE account = ? AND value_date = ? AND kind = 'sweep'",
                (account, day.isoformat()),
            )
            self._db.execute(
                "UPDATE sweeps SET reference = '' WHERE account = ? AND value_date = ?",
                (account, day.isoformat()),
            )

    def reopen_sweeps(self) -> int:
        """The chain was deployed afresh: every sweep goes out again (its old transaction is
        gone with the old chain). Returns how many."""
        with self._lock, self._db:
            self._db.execute("DELETE FROM lines WHERE kind = 'sweep'")
            return self._db.execute("UPDATE sweeps SET reference = ''").rowcount

    # -- statements ------------------------------------------------------------------------
    def lines(self, account_id: str, first: dt.date, last: dt.date) -> list[Line]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM lines WHERE account = ? AND value_date BETWEEN ? AND ? "
                "ORDER BY value_date, entry",
                (account_id, first.isoformat(), last.isoformat()),
            ).fetchall()
        return [
            Line(r[0], r[1], dt.date.fromisoformat(r[2]), dt.date.fromisoformat(r[3]), *r[4:])
            for r in rows
        ]

    def balance_before(self, account_id: str, day: dt.date) -> int:
        with self._lock:
            row = self._db.execute(
                "SELECT COALESCE(SUM(amount), 0) FROM lines WHERE account = ? AND value_date < ?",
                (account_id, day.isoformat()),
            ).fetchone()
        return int(row[0])
