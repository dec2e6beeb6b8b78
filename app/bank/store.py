"""Imported statements in the local store: idempotent (a line is keyed by its account and the
bank's entry reference, a statement by its account and id), and refused whole when any part is
wrong (unknown account, wrong currency, balances that do not add up), so a bad file changes
nothing.

A statement is compared by what it says (`ParsedStatement.fingerprint`), not by its file: the
MT940 of a month imported after its camt.053 is the same statement, unchanged. The bank issues
the running month's statement again each day with the new days' lines, so a statement that only
grew (every line kept as it was, the same opening balance) is extended. Any other change is a
correction of a statement already reconciled (and perhaps already behind a proposal's matched
lines hash): it is refused, naming the first difference, and nothing changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, insert, select, update

from app.bank.errors import BankError
from app.bank.matching import BankLine
from app.bank.models import BankAccount
from app.bank.statements import ParsedStatement
from app.storage.db import Database
from app.storage.schema import BankAccountRow, BankStatementLineRow, BankStatementRow

_INSERT_LINES = (
    "INSERT OR IGNORE INTO bank_statement_lines (account, entry, statement_id, value_date, "
    "booking_date, amount, reference, counterparty) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_SELECT_LINES = (
    "SELECT account, entry, value_date, amount, reference, counterparty "
    "FROM bank_statement_lines WHERE value_date BETWEEN ? AND ? ORDER BY value_date, entry"
)


@dataclass(frozen=True)
class ImportResult:
    statements: int  # new or extended statements
    lines_added: int
    unchanged: int  # statements seen before, saying the same
    extended: int = 0  # of `statements`, those seen before with fewer lines


class _Outcome:
    NEW, EXTENDED, UNCHANGED = "new", "extended", "unchanged"


def _money(cents: int) -> str:
    return f"{Decimal(cents).scaleb(-2):,.2f}"


class StatementStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- accounts ------------------------------------------------------------------------------
    def set_accounts(self, accounts: Iterable[BankAccount]) -> None:
        with self.db.session() as session:
            for account in accounts:
                session.merge(
                    BankAccountRow(
                        id=account.id,
                        merchant_id=account.merchant_id,
                        symbol=account.token_symbol,
                        currency=account.currency,
                    )
                )

    def accounts(self) -> dict[str, BankAccountRow]:
        with self.db.session() as session:
            return {row.id: row for row in session.scalars(select(BankAccountRow))}

    # -- statements ----------------------------------------------------------------------------
    def check(self, statements: Iterable[ParsedStatement]) -> None:
        known = self.accounts()
        for statement in statements:
            account = known.get(statement.account)
            if account is None:
                names = ", ".join(sorted(known)[:5]) + (" …" if len(known) > 5 else "")
                raise BankError(
                    "bank.unknown_account", account=statement.account[:40], known=names or "—"
                )
            if statement.currency != account.currency:
                raise BankError(
                    "bank.wrong_currency",
                    account=account.id,
                    found=statement.currency[:3],
                    expected=account.currency,
                )
            total = sum(x.amount for x in statement.lines)
            if statement.opening + total != statement.closing:
                raise BankError(
                    "bank.unbalanced",
                    statement=statement.statement_id[:35],
                    account=account.id,
                    opening=_money(statement.opening),
                    lines=_money(total),
                    expected=_money(statement.opening + total),
                    closing=_money(statement.closing),
                )

    def import_statements(
        self,
        statements: list[ParsedStatement],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Store the statements (all checked first), in one transaction: a cancel between two
        statements commits those stored so far, whole, and nothing half."""
        self.check(statements)
        counts = {_Outcome.NEW: 0, _Outcome.EXTENDED: 0, _Outcome.UNCHANGED: 0}
        added = 0
        with self.db.engine.begin() as connection:  # a refusal below rolls all of it back
            for n, statement in enumerate(statements):
                if cancelled is not None and cancelled():
                    break
                outcome, lines = self._store(connection, statement)
                counts[outcome] += 1
                added += lines
                if progress is not None:
                    progress(n + 1, len(statements))
        fresh = counts[_Outcome.NEW] + counts[_Outcome.EXTENDED]
        return ImportResult(fresh, added, counts[_Outcome.UNCHANGED], counts[_Outcome.EXTENDED])

    def _store(self, connection: Connection, statement: ParsedStatement) -> tuple[str, int]:
        """One statement in SQLAlchemy Core: the ORM's unit of work costs more than the
        statement's lines themselves."""
        t = BankStatementRow.__table__.c
        key = (t.account == statement.account) & (t.statement_id == statement.statement_id)
        known = connection.execute(select(t.content_hash, t.opening).where(key)).first()
        fingerprint = statement.fingerprint
        if known is not None and known.content_hash == fingerprint:
            return _Outcome.UNCHANGED, 0
        if known is not None:
            self._refuse_correction(connection, statement, known.opening)
            connection.execute(
                update(BankStatementRow)
                .where(key)
                .values(
                    last_day=statement.last_day, closing=statement.closing,
                    content_hash=fingerprint, imported_at=dt.datetime.now(dt.UTC),
                )
            )  # fmt: skip
        else:
            connection.execute(
                insert(BankStatementRow).values(
                    account=statement.account, statement_id=statement.statement_id,
                    format=statement.format.value, first_day=statement.first_day,
                    last_day=statement.last_day, currency=statement.currency,
                    opening=statement.opening, closing=statement.closing,
                    content_hash=fingerprint, imported_at=dt.datetime.now(dt.UTC),
                )
            )  # fmt: skip
        outcome = _Outcome.NEW if known is None else _Outcome.EXTENDED
        sid = statement.statement_id
        days: dict[dt.date, str] = {}  # as SQLAlchemy's SQLite Date stores them
        rows = []
        for x in statement.lines:
            day = days.get(x.value_date) or days.setdefault(x.value_date, x.value_date.isoformat())
            rows.append(
                (x.account, x.entry, sid, day, day, x.amount, x.reference[:140],
                 x.counterparty[:140])
            )  # fmt: skip
        if not rows:
            return outcome, 0
        # Straight to the driver: a year is 50,000 lines; a line already stored stays.
        done = connection.exec_driver_sql(_INSERT_LINES, rows)
        added = max(0, done.rowcount)
        if outcome == _Outcome.EXTENDED and not added:
            outcome = _Outcome.UNCHANGED  # the same lines (a row kept by an older version)
        return outcome, added

    def _refuse_correction(
        self, connection: Connection, statement: ParsedStatement, opening: int
    ) -> None:
        """A statement seen before may only have grown: the same opening balance, and every
        line stored from it still there as it was."""
        where = {"statement": statement.statement_id[:35], "account": statement.account}
        if opening != statement.opening:
            raise BankError(
                "bank.statement_corrected_opening", **where,
                before=_money(opening), now=_money(statement.opening),
            )  # fmt: skip
        t = BankStatementLineRow.__table__.c
        stored = connection.execute(
            select(t.entry, t.value_date, t.amount, t.reference).where(
                (t.account == statement.account) & (t.statement_id == statement.statement_id)
            )
        )
        now = {x.entry: (x.value_date, x.amount, x.reference[:140]) for x in statement.lines}
        for entry, value_date, amount, reference in stored:
            if now.get(entry) != (value_date, amount, reference):
                raise BankError("bank.statement_corrected", **where, entry=entry)

    def lines(self, first: dt.date | None = None, last: dt.date | None = None) -> list[BankLine]:
        t = BankStatementLineRow.__table__.c
        query = select(t.account, t.entry, t.value_date, t.amount, t.reference, t.counterparty)
        if first is not None:
            query = query.where(t.value_date >= first)
        if last is not None:
            query = query.where(t.value_date <= last)
        with self.db.session() as session:  # plain rows: a year is 50,000 lines
            rows = session.execute(query.order_by(t.value_date, t.entry)).all()
        return [BankLine(*row) for row in rows]

    def sweeps_outside(self, first: dt.date, last: dt.date) -> list[BankLine]:
        """The sweep lines (debits) with value dates before `first` or after `last`."""
        t = BankStatementLineRow.__table__.c
        query = select(t.account, t.entry, t.value_date, t.amount, t.reference, t.counterparty)
        query = query.where(t.amount < 0, (t.value_date < first) | (t.value_date > last))
        with self.db.session() as session:
            return [BankLine(*row) for row in session.execute(query)]

    def sweep_value_dates(self) -> dict[str, dt.date]:
        """Each sweep's routing transaction hash (its reference) -> the sweep's value date."""
        t = BankStatementLineRow.__table__.c
        query = select(t.reference, t.value_date).where(t.amount < 0, t.reference.like("0x%"))
        with self.db.session() as session:
            return {ref.lower(): day for ref, day in session.execute(query)}

    def statement_count(self) -> int:
        with self.db.session() as session:
            return len(session.scalars(select(BankStatementRow.statement_id)).all())
