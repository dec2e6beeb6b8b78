"""`python main.py treasury ...`: the treasury desk, headless, with the same rules as the GUI.

  list                        stores (pending balance) and proposals, newest first
  show ID | show --store SYM  one proposal (with its report), or a store's periods reconciled
  propose SYM PERIOD          propose the period's investors' share from its revenue report
                              (--reason TEXT is required when reconciliation finds a difference)
  approve ID | reject ID --reason TEXT | execute ID | cancel ID
  audit-export FILE           the audit trail as JSON or CSV (--format, default by extension)
  audit-verify [FILE]         check the local trail (or an export); exit 1 naming the first bad row
  import-statement FILE       import a bank statement (camt.053 or MT940); see `bank --help`
  reconcile --period YYYY-MM  match the month's bank lines with settlements and the chain

The network comes from the profile (--profile), overridden by --rpc-url, --registry, --chain-id
and --api-url. Secrets never come from the command line: the API token from
$PST_DESK_API_TOKEN, else the first line of standard input (only for commands that read reports:
show, propose); then the wallet password of --account (commands that sign) as the next line, or
hidden prompts on a terminal. Every command first reconciles actions a crash may have left open.
Exit codes: 0 done, 1 refused or failed (nothing was sent unless it says so), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any, TextIO

from app import deadline
from app.backend.errors import BackendError
from app.chain.errors import ChainError
from app.config.paths import data_dir, database_path
from app.storage import open_database
from app.storage.settings_store import load_settings
from app.treasury.errors import TreasuryError
from app.wallet.errors import WalletError

SIGNING = ("propose", "approve", "reject", "execute", "cancel")
READS_REPORTS = ("propose", "show")
READS = ("list", "show")
TOKEN_ENV = "PST_DESK_API_TOKEN"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "treasury",
        help="distributions: list, show, propose, approve, execute, audit-export, audit-verify",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--rpc-url", help="JSON-RPC URL (default: the profile's)")
    parser.add_argument("--registry", help="store registry address (default: the profile's)")
    parser.add_argument("--chain-id", type=int, help="expected chain id (default: the profile's)")
    parser.add_argument("--api-url", help="REST API URL (default: the profile's)")
    parser.add_argument("--account", help="the wallet account that signs (checksummed address)")
    parser.add_argument(
        "--tolerance-bp", type=int, help="reconciliation tolerance (default: from Settings)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        help="seconds to wait for each receipt; for list and show, for the whole answer",
    )
    sub = parser.add_subparsers(dest="treasury_command", metavar="ACTION", required=True)
    sub.add_parser("list", help="stores and proposals")
    show = sub.add_parser("show", help="a proposal, or a store with --store")
    show.add_argument("proposal_id", type=int, nargs="?")
    show.add_argument("--store", help="token symbol of a store")
    propose = sub.add_parser("propose", help="propose a period's distribution")
    propose.add_argument("symbol")
    propose.add_argument("period", help="YYYY-MM")
    propose.add_argument("--reason", help="why to propose despite a reconciliation difference")
    for name in ("approve", "execute", "cancel"):
        sub.add_parser(name, help=f"{name} a proposal").add_argument("proposal_id", type=int)
    reject = sub.add_parser("reject", help="reject a proposal")
    reject.add_argument("proposal_id", type=int)
    reject.add_argument("--reason", required=True)
    export = sub.add_parser("audit-export", help="write the audit trail as JSON or CSV")
    export.add_argument("file", type=Path)
    export.add_argument("--format", choices=("json", "csv"))
    verify = sub.add_parser("audit-verify", help="verify the local trail or an export")
    verify.add_argument("file", type=Path, nargs="?")
    verify.add_argument("--expected-head", help="the head hash kept elsewhere (0x…)")
    from app.cli import bank  # the bank's actions: import-statement, reconcile

    bank.add_treasury_actions(sub)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from app.cli import bank
    from app.cli.treasury_commands import Context, dispatch

    if args.treasury_command in bank.TREASURY_ACTIONS:
        return bank.run_treasury_action(args, stdin)

    root = data_dir(args.data_dir)
    db = open_database(database_path(root))
    ctx: Context | None = None
    # A read answers within --timeout however slowly the node or the backend talks (a command
    # that signs waits --timeout for each receipt instead, and is never cut mid-send).
    bound = deadline.within(args.timeout) if args.treasury_command in READS else nullcontext()
    try:
        with bound:
            ctx = Context.open(args, root, db, stdin or sys.stdin)
            return dispatch(args, ctx)
    except (TreasuryError, ChainError, BackendError, WalletError) as error:
        print(f"error: {error.user_message}", file=sys.stderr)
        return 1
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: {error.strerror or error} ({error.filename or ''})", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ninterrupted; recorded actions are resumed by the next command", file=sys.stderr)
        return 130
    finally:
        if ctx is not None:
            ctx.close()
        db.close()


class UsageError(Exception):
    pass


def settings_of(db: Any) -> Any:
    return load_settings(db)
