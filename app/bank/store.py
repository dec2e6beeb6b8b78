"""Imported statements in the local store: idempotent (a line is keyed by its account and the
bank's entry reference, a statement by its account and id), and refused whole when any part is
wrong (unknown account, wrong currency), so a bad file changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import insert, select

from app.bank.errors import BankError
from app.bank.matching import BankLine
from app.bank.models import BankAccount
from app.bank.statements import ParsedStatement
from app.storage.db import Database
from app.storage.schema import BankAccountRow, BankStatementLineRow, BankStatementRow


@dataclass(frozen=True)
class ImportResult:
    statements: int  # new or changed statements
    lines_added: int
    unchanged: int  # statements seen before, byte for byte


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

    def import_statements(
        self,
        statements: list[ParsedStatement],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Store the statements (all checked first). Each statement is one transaction, so a
        cancel between two keeps what was imported whole and nothing half."""
        self.check(statements)
        changed = added = unchanged = 0
        for n, statement in enumerate(statements):
            if cancelled is not None and cancelled():
                break
            fresh, lines = self._store(statement)
            changed += fresh
            unchanged += not fresh
            added += lines
            if progress is not None:
                progress(n + 1, len(statements))
        return ImportResult(changed, added, unchanged)

    def _store(self, statement: ParsedStatement) -> tuple[bool, int]:
        now = dt.datetime.now(dt.UTC)
        with self.db.session() as session:
            row = session.get(BankStatementRow, (statement.account, statement.statement_id))
            if row is not None and row.content_hash == statement.content_hash:
                return False, 0
            if row is None:
                row = BankStatementRow(
                    account=statement.account, statement_id=statement.statement_id
                )
                session.add(row)
            row.format = statement.format.value
            row.first_day, row.last_day = statement.first_day, statement.last_day
            row.currency = statement.currency
            row.opening, row.closing = statement.opening, statement.closing
            row.content_hash, row.imported_at = statement.content_hash, now
            entries = [line.entry for line in statement.lines]
            have: set[str] = set()
            for i in range(0, len(entries), 900):  # SQLite's bound parameters, in chunks
                have.update(
                    session.scalars(
                        select(BankStatementLineRow.entry).where(
                            BankStatementLineRow.account == statement.account,
                            BankStatementLineRow.entry.in_(entries[i : i + 900]),
                        )
                    )
                )
            rows = []
            for line in statement.lines:
                if line.entry in have:
                    continue
                have.add(line.entry)
                rows.append(
                    {
                        "account": line.account,
                        "entry": line.entry,
                        "statement_id": statement.statement_id,
                        "value_date": line.value_date,
                        "booking_date": line.value_date,
                        "amount": line.amount,
                        "reference": line.reference[:140],
                        "counterparty": line.counterparty[:140],
                    }
                )
            if rows:  # one executemany, not an ORM object per line (a year is 50,000 lines)
                session.execute(insert(BankStatementLineRow), rows)
            added = len(rows)
            return True, added

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

    def statement_count(self) -> int:
        with self.db.session() as session:
            return len(session.scalars(select(BankStatementRow.statement_id)).all())
