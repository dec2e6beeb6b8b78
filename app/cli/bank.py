"""`python main.py bank ...` and the treasury's bank actions, headless.

  bank statement --store ID --period YYYY-MM --format camt053|mt940 [-o FILE]
      one account's statement as the bank sends it (ID: merchant id, token symbol or account)
  treasury import-statement FILE
      import a camt.053 or MT940 file (idempotent); the controlled accounts are refreshed from
      the bank first when --bank-url is known
  treasury reconcile --period YYYY-MM [--json]
      import the month's statements from the bank (with --bank-url), then match them with the
      providers' settlements (platform API) and the chain's routing, line by line

The bank's URL comes from --bank-url (for the sandbox, the 'bank:' line `python main.py sandbox`
prints); its token from $PST_DESK_BANK_TOKEN, else $PST_DESK_API_TOKEN, else the first line of
standard input (the sandbox uses one token for both). Exit codes: 0 done (reconcile: also when it
finds differences; --json says which), 1 refused or failed, 2 usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from app.backend.errors import BackendError
from app.bank.errors import BankError
from app.chain.errors import ChainError
from app.errors import AppError

BANK_TOKEN_ENV = "PST_DESK_BANK_TOKEN"
API_TOKEN_ENV = "PST_DESK_API_TOKEN"
TREASURY_ACTIONS = ("import-statement", "reconcile")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "bank",
        help="the programmable bank: statements per account and month",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="bank_command", metavar="ACTION", required=True)
    statement = sub.add_parser("statement", help="one account's statement of one month")
    statement.add_argument("--store", required=True, help="merchant id, token symbol or account")
    statement.add_argument("--period", required=True, help="YYYY-MM")
    statement.add_argument("--format", choices=("camt053", "mt940"), default="camt053")
    statement.add_argument("-o", "--output", type=Path, help="write here (default: stdout)")
    statement.add_argument("--bank-url", help="the bank API's URL")
    parser.set_defaults(handler=run_bank)


def add_treasury_actions(sub: Any) -> None:
    """The bank's actions under `treasury` (called by app.cli.treasury)."""
    imported = sub.add_parser("import-statement", help="import a camt.053 or MT940 statement file")
    imported.add_argument("file", type=Path)
    imported.add_argument("--bank-url", help="refresh the controlled accounts from this bank")
    reconcile = sub.add_parser("reconcile", help="three-way match a month, line by line")
    reconcile.add_argument("--period", required=True, help="YYYY-MM")
    reconcile.add_argument("--json", action="store_true", help="machine-readable output")
    reconcile.add_argument("--bank-url", help="import the month's statements from this bank")


class UsageError(Exception):
    pass


@dataclass
class _Tokens:
    stdin: TextIO
    _read: str | None = None

    def bank(self) -> str:
        return os.environ.get(BANK_TOKEN_ENV, "").strip() or self.api()

    def api(self) -> str:
        found = os.environ.get(API_TOKEN_ENV, "").strip()
        if found:
            return found
        if self._read is None:
            self._read = "" if self.stdin.isatty() else self.stdin.readline().strip()
        if not self._read:
            raise UsageError(f"no token: set ${BANK_TOKEN_ENV} or ${API_TOKEN_ENV}, or pipe it in")
        return self._read


def _period(text: str) -> str:
    import re

    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        raise UsageError(f"--period must be YYYY-MM, not {text[:20]!r}")
    return text


def run_bank(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    return _guarded(lambda: _statement(args, _Tokens(stdin or sys.stdin)))


def run_treasury_action(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    tokens = _Tokens(stdin or sys.stdin)
    if args.treasury_command == "import-statement":
        return _guarded(lambda: _import(args, tokens))
    return _guarded(lambda: _reconcile(args, tokens))


def _guarded(action: Any) -> int:
    try:
        return int(action())
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (BankError, BackendError, ChainError, AppError) as error:
        print(f"error: {error.user_message}", file=sys.stderr)
        return 1


def _bank_client(url: str | None, tokens: _Tokens) -> Any:
    from app.bank.client import BankClient

    if not url:
        raise UsageError("no bank URL: pass --bank-url (the sandbox prints it as 'bank:')")
    try:
        return BankClient(url, tokens.bank(), timeout=30)
    except ValueError as error:
        raise UsageError(str(error)) from None


def _statement(args: argparse.Namespace, tokens: _Tokens) -> int:
    from app.bank.models import StatementFormat

    period = _period(args.period)
    with _bank_client(args.bank_url, tokens) as bank:
        wanted = args.store.strip().upper()
        account = next(
            (
                a
                for a in bank.accounts().items
                if wanted in (a.id, a.merchant_id, a.token_symbol.upper())
            ),
            None,
        )
        if account is None:
            raise UsageError(f"the bank keeps no account for store {args.store[:40]!r}")
        document = bank.statement(account.id, period, StatementFormat(args.format))
    if args.output is None:
        sys.stdout.write(document.content)
    else:
        args.output.write_text(document.content, encoding="utf-8")
        print(f"wrote {args.output} ({account.id}, {period}, {args.format})")
    return 0


def _open_db(args: argparse.Namespace) -> Any:
    from app.config.paths import data_dir, database_path
    from app.storage import open_database

    return open_database(database_path(data_dir(args.data_dir)))


def _import(args: argparse.Namespace, tokens: _Tokens) -> int:
    from app.bank.importer import import_file
    from app.bank.store import StatementStore

    db = _open_db(args)
    try:
        store = StatementStore(db)
        if args.bank_url:
            with _bank_client(args.bank_url, tokens) as bank:
                store.set_accounts(bank.accounts().items)
        result = import_file(args.file, store)
    finally:
        db.close()
    print(
        f"imported {result.statements} statement(s), {result.lines_added} new line(s); "
        f"{result.unchanged} already imported unchanged"
    )
    return 0


def _profile(args: argparse.Namespace, db: Any) -> Any:
    from app.storage.settings_store import load_settings

    settings = load_settings(db)
    profile = settings.profile(args.profile)
    changes = {
        name: getattr(args, option)
        for option, name in (
            ("rpc_url", "rpc_url"), ("registry", "registry_address"), ("api_url", "api_url"),
            ("chain_id", "chain_id"),
        )
        if getattr(args, option, None) is not None
    }  # fmt: skip
    try:
        profile = profile.with_endpoints(**changes)
    except ValueError as error:
        raise UsageError(str(error).splitlines()[0]) from None
    if not (profile.rpc_url and profile.registry_address and profile.api_url):
        raise UsageError("reconcile needs --rpc-url, --registry and --api-url (or a profile)")
    return settings, profile


def _reconcile(args: argparse.Namespace, tokens: _Tokens) -> int:
    from app.backend.client import ApiClient
    from app.bank.importer import import_from_bank
    from app.bank.matching import tolerances_of
    from app.bank.reconciliation import reconcile_stored, store_accounts
    from app.bank.resolutions import Resolutions
    from app.bank.store import StatementStore
    from app.chain.client import connect
    from app.chain.registry import discover

    period = _period(args.period)
    db = _open_db(args)
    closers: list[Any] = []
    try:
        settings, profile = _profile(args, db)
        store = StatementStore(db)
        as_of = None
        if args.bank_url:
            bank = _bank_client(args.bank_url, tokens)
            closers.append(bank)
            import_from_bank(bank, store, [period])
            as_of = bank.health().booked_through
        api = ApiClient(profile.api_url, tokens.api(), timeout=30)
        closers.append(api)
        client = connect(profile)
        closers.append(client)
        deployment = discover(client, profile.registry_address)
        result = reconcile_stored(
            store, api, client, db, deployment, [period],
            as_of=as_of, tolerances=tolerances_of(settings),
        )  # fmt: skip
        Resolutions(db).apply(result)
        stores = store_accounts(store, deployment)
    finally:
        for thing in reversed(closers):
            thing.close()
        db.close()
    report = _report(result, stores, period)
    if args.json:
        print(json.dumps(report, indent=2, sort_keys=True))
    else:
        _print_report(report)
    return 0


def _report(result: Any, stores: list[Any], period: str) -> dict[str, Any]:
    statuses = [s for s in result.statuses() if s.period == period]
    return {
        "period": period,
        "as_of": result.as_of.isoformat(),
        "stores": [
            {
                "account": s.account,
                "symbol": s.symbol,
                "status": s.status.value,
                "matched_days": s.matched,
                "differences": s.differences,
                "pending": s.pending,
            }
            for s in statuses
        ],
        "differences": [
            {
                "account": d.account,
                "value_date": d.value_date.isoformat(),
                "reason": d.reason.value,
                "item": d.item,
                "amount_cents": d.amount,
                "other_cents": d.other,
            }
            for d in result.differences
            if d.period == period
        ],
    }


def _print_report(report: dict[str, Any]) -> None:
    print(f"reconciliation of {report['period']} as of {report['as_of']}")
    for s in report["stores"]:
        print(
            f"  {s['symbol']:<10} {s['account']:<12} {s['status']:<12} "
            f"{s['matched_days']:>3} days matched  {s['differences']} difference(s)  "
            f"{s['pending']} pending"
        )
    for d in report["differences"]:
        print(
            f"  ! {d['account']} {d['value_date']} {d['reason']}: {d['item']} "
            f"{d['amount_cents'] / 100:,.2f}"
        )
