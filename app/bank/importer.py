"""Bringing statements in: from the bank's API (every account, the months asked for) or from a
file, with progress and a cancel checked between statements."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.bank.client import BankClient
from app.bank.errors import BankError
from app.bank.models import StatementFormat
from app.bank.statements import MAX_BYTES, ParsedStatement, parse_statements
from app.bank.store import ImportResult, StatementStore

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def read_statement_file(path: Path) -> list[ParsedStatement]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BankError("bank.too_large", megabytes=MAX_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as error:
        raise BankError(
            "bank.unreadable_file", path=str(path)[-120:], detail=error.strerror or "?"
        ) from None
    return parse_statements(data)


def import_file(
    path: Path,
    store: StatementStore,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    statements = read_statement_file(path)
    return store.import_statements(statements, progress=progress, cancelled=cancelled)


def import_from_bank(
    bank: BankClient,
    store: StatementStore,
    periods: list[str],
    *,
    statement_format: StatementFormat = StatementFormat.CAMT053,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Every controlled account's statements of `periods`, as the bank sends them (the same
    parsing and checks as a file). Refreshes the known accounts first."""
    accounts = bank.accounts().items
    store.set_accounts(accounts)
    total = len(accounts) * len(periods)
    changed = added = unchanged = done = 0
    for account in accounts:
        for period in periods:
            if cancelled is not None and cancelled():
                return ImportResult(changed, added, unchanged)
            document = bank.statement(account.id, period, statement_format)
            result = store.import_statements(parse_statements(document.content.encode()))
            changed += result.statements
            added += result.lines_added
            unchanged += result.unchanged
            done += 1
            if progress is not None:
                progress(done, total)
    return ImportResult(changed, added, unchanged)
