"""Bringing statements in: from the bank's API (every account, the months asked for) or from a
file, with progress and a cancel checked between statements."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from app.bank.client import BankClient
from app.bank.errors import BankError
from app.bank.models import StatementFormat
from app.bank.statements import MAX_BYTES, PARSE_THREADS, ParsedStatement, parse_statements
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
    parsing and checks as a file). Refreshes the known accounts first. While the next document
    downloads, the last ones parse on other threads; each is stored, in order, once parsed."""
    accounts = bank.accounts().items
    store.set_accounts(accounts)
    wanted = [(account.id, period) for account in accounts for period in periods]
    totals = [0, 0, 0, 0]  # statements, lines added, unchanged, extended
    parsing: deque[Future[list[ParsedStatement]]] = deque()

    def store_oldest() -> None:
        result = store.import_statements(parsing.popleft().result())
        totals[0] += result.statements
        totals[1] += result.lines_added
        totals[2] += result.unchanged
        totals[3] += result.extended
        if progress is not None:
            progress(len(wanted) - len(remaining) - len(parsing), len(wanted))

    remaining = deque(wanted)
    with ThreadPoolExecutor(PARSE_THREADS, thread_name_prefix="statements") as pool:
        try:
            while remaining and not (cancelled is not None and cancelled()):
                account_id, period = remaining.popleft()
                document = bank.statement(account_id, period, statement_format)
                parsing.append(pool.submit(parse_statements, document.content.encode()))
                while parsing and (parsing[0].done() or len(parsing) > PARSE_THREADS):
                    store_oldest()
            while parsing:  # what was downloaded before a cancel is stored too, whole
                store_oldest()
        finally:
            for future in parsing:
                future.cancel()
    return ImportResult(*totals)
