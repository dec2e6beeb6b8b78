"""`python main.py bank ...` and the treasury's bank actions, headless.

  bank statement --store ID --period YYYY-MM --format camt053|mt940 [-o FILE]
      one account's statement as the bank sends it (ID: merchant id, token symbol or account)
  treasury import-statement FILE
      import a camt.053 or MT940 file (idempotent); the controlled accounts are refreshed from
      the bank first when its URL is known
  treasury reconcile --period YYYY-MM [--json]
      import the month's statements from the bank (when known), then match them with the
      providers' settlements (platform API) and the chain's routing, line by line; each open
      difference is shown with its id (dXXXXXXXX), stable from run to run
  treasury --account ADDRESS resolve --period YYYY-MM --item ID --with ID --reason TEXT
      match two open differences of one account by hand (same amount), e.g. a credit the
      provider reported under another reference with its missing settlement
  treasury --account ADDRESS write-off --period YYYY-MM --item ID --reason TEXT
      settle an open difference with a reason
      Both reconcile the month first (as `reconcile` does, with the same options) and go into the
      audit trail under --account, a wallet account of this data directory (no password asked:
      nothing is signed).

The bank's URL comes from --bank-url, else the profile's: the sandbox's profile takes it from
the sandbox running on this data directory (`python main.py sandbox`, or the GUI's), and so do
"the bank" and "from the bank" above. Its token comes from $PST_DESK_BANK_TOKEN, else
$PST_DESK_API_TOKEN, else the first line of standard input (the sandbox uses one token for both).
Exit codes: 0 done (reconcile: also when it finds differences; --json says which), 1 refused or
failed, 2 usage.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from app.bank.errors import BankError
from app.cli.command import TOKEN_ENV, Cli, UsageError, command

BANK_TOKEN_ENV = "PST_DESK_BANK_TOKEN"
TREASURY_ACTIONS = ("import-statement", "reconcile", "resolve", "write-off")


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
    resolve = sub.add_parser("resolve", help="match two open differences by hand")
    write_off = sub.add_parser("write-off", help="settle an open difference with a reason")
    for action in (resolve, write_off):
        action.add_argument("--period", required=True, help="YYYY-MM")
        action.add_argument("--item", required=True, help="the difference's id (see reconcile)")
        action.add_argument("--reason", required=True, help="why (kept in the audit trail)")
        action.add_argument("--bank-url", help="import the month's statements from this bank")
    resolve.add_argument("--with", dest="partner", required=True, help="the other difference")


@dataclass
class _Tokens:
    stdin: TextIO
    _read: str | None = None

    def bank(self) -> str:
        return os.environ.get(BANK_TOKEN_ENV, "").strip() or self.api()

    def api(self) -> str:
        found = os.environ.get(TOKEN_ENV, "").strip()
        if found:
            return found
        if self._read is None:
            self._read = "" if self.stdin.isatty() else self.stdin.readline().strip()
        if not self._read:
            raise UsageError("bank.cli.no_token", bank_env=BANK_TOKEN_ENV, api_env=TOKEN_ENV)
        return self._read


def _period(text: str) -> str:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        raise UsageError("bank.cli.bad_period", period=text[:20])
    return text


def _bank_client(cli: Cli, tokens: _Tokens) -> Any:
    from app.bank.client import BankClient

    profile = cli.profile()  # --bank-url over the profile's (the running sandbox's)
    url = profile.bank_url
    if not url:
        raise UsageError("bank.cli.no_bank_url", profile=profile.name)
    try:
        return cli.closing(BankClient(url, tokens.bank(), timeout=30))
    except ValueError as error:
        raise UsageError("bank.cli.bad_bank_url", url=url[:80], reason=str(error)[:120]) from None


@command()
def run_bank(cli: Cli) -> int:
    """`bank statement`: one account's statement as the bank sends it."""
    from app.bank.models import StatementFormat

    args = cli.args
    period = _period(args.period)
    bank = _bank_client(cli, _Tokens(cli.stdin))
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
        raise UsageError("bank.cli.no_account", store=args.store[:40])
    document = bank.statement(account.id, period, StatementFormat(args.format))
    if args.output is None:
        sys.stdout.write(document.content)
    else:
        args.output.write_text(document.content, encoding="utf-8")
        print(f"wrote {args.output} ({account.id}, {period}, {args.format})")
    return 0


def treasury_action(cli: Cli) -> int:
    """`treasury import-statement` and `treasury reconcile` (called by app.cli.treasury)."""
    tokens = _Tokens(cli.stdin)
    command = cli.args.treasury_command
    if command == "import-statement":
        return _import(cli, tokens)
    if command in ("resolve", "write-off"):
        return _resolve(cli, tokens)
    return _reconcile(cli, tokens)


def _import(cli: Cli, tokens: _Tokens) -> int:
    from app.bank.importer import import_file
    from app.bank.store import StatementStore

    store = StatementStore(cli.db)
    if cli.profile().bank_url:
        store.set_accounts(_bank_client(cli, tokens).accounts().items)
    result = import_file(cli.args.file, store)
    extended = f" ({result.extended} seen before, now with more lines)" if result.extended else ""
    print(
        f"imported {result.statements} statement(s){extended}, {result.lines_added} new "
        f"line(s); {result.unchanged} already imported unchanged"
    )
    return 0


def _reconciled(cli: Cli, tokens: _Tokens, period: str) -> tuple[Any, list[Any], Any]:
    """The month reconciled (its statements imported from the bank first, with --bank-url),
    hand resolutions applied: (result, the stores, the statement store)."""
    from app.backend.client import ApiClient
    from app.bank.importer import import_from_bank
    from app.bank.matching import tolerances_of
    from app.bank.reconciliation import reconcile_stored, store_accounts
    from app.bank.resolutions import Resolutions
    from app.bank.store import StatementStore
    from app.storage.settings_store import load_settings

    profile = cli.profile()
    if not (profile.rpc_url and profile.registry_address and profile.api_url):
        raise UsageError("bank.cli.needs_network")
    store = StatementStore(cli.db)
    as_of = None
    if cli.profile().bank_url:
        bank = _bank_client(cli, tokens)
        import_from_bank(bank, store, [period])
        as_of = bank.health().booked_through
    api = cli.closing(ApiClient(profile.api_url, tokens.api(), timeout=30))
    chain = cli.chain()
    deployment = chain.deployment()
    result = reconcile_stored(
        store, api, chain.client, cli.db, deployment, [period],
        as_of=as_of, tolerances=tolerances_of(load_settings(cli.db)),
    )  # fmt: skip
    Resolutions(cli.db).apply(result)
    return result, store_accounts(store, deployment), store


def _reconcile(cli: Cli, tokens: _Tokens) -> int:
    from app.bank.reconciliation import period_bounds

    period = _period(cli.args.period)
    result, stores, store = _reconciled(cli, tokens, period)
    first, last = period_bounds(period)
    report = _report(result, stores, period, store.lines(first, last))
    if cli.args.json:
        print(json.dumps(report, indent=2, sort_keys=True))
    else:
        _print_report(report)
    return 0


def _resolve(cli: Cli, tokens: _Tokens) -> int:
    """`treasury resolve` and `treasury write-off`: a hand resolution of the month's open
    differences, kept and written to the audit trail."""
    from app.bank.resolutions import Resolutions
    from app.treasury.audit import AuditTrail
    from app.wallet.wallet import Wallet

    args = cli.args
    period = _period(args.period)
    if not args.account:
        raise UsageError("bank.cli.no_actor", command=args.treasury_command)
    actor = Wallet(cli.root, cli.db).account(args.account).address  # one of this desk's
    if not args.reason.strip():
        raise UsageError("bank.cli.no_reason")
    result, _, _ = _reconciled(cli, tokens, period)
    items = [args.item, *([args.partner] if args.treasury_command == "resolve" else [])]
    found = [result.difference(item.strip()) for item in items]
    for item, difference in zip(items, found, strict=True):
        if difference is None or difference.period != period:
            raise BankError("bank.no_difference", key=item.strip()[:120])
    trail = AuditTrail(cli.db)

    def audit(who: str, details: Mapping[str, Any]) -> None:
        trail.append("note", actor=who, details=dict(details))  # as the GUI's desk does

    resolutions = Resolutions(cli.db, audit=audit)
    keys = [d.key for d in found if d is not None]
    if args.treasury_command == "resolve":
        resolutions.match(result, keys[0], keys[1], args.reason, actor)
    else:
        resolutions.write_off(result, keys[0], args.reason, actor)
    for difference in found:
        assert difference is not None
        print(
            f"{'matched' if len(keys) == 2 else 'written off'}: {difference.id} "
            f"{difference.account} {difference.value_date} {difference.reason.value} "
            f"{difference.item} {_money(difference.amount)}"
        )
    print(f"recorded in the audit trail by {actor}: {args.reason.strip()}")
    return 0


def _money(cents: int) -> str:
    return f"{Decimal(cents).scaleb(-2):,.2f}"  # money: never a float


def _report(result: Any, stores: list[Any], period: str, lines: list[Any]) -> dict[str, Any]:
    """Per store, with the hash of its matched lines a proposal for the period would carry."""
    from app.bank.matching import matched_lines_hash

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
                "lines_hash": matched_lines_hash(result, lines, s.account, period),
            }
            for s in statuses
        ],
        "differences": [
            {
                "id": d.id,
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
            f"{s['pending']} pending  lines {s['lines_hash'][:12]}…"
        )
    for d in report["differences"]:
        print(
            f"  ! {d['id']}  {d['account']} {d['value_date']} {d['reason']}: {d['item']} "
            f"{_money(d['amount_cents'])}"
        )
