"""`python main.py treasury ...`: the treasury desk, headless, with the same rules as the GUI.

  list                        stores (pending balance) and proposals, newest first
  show ID | show --store SYM  one proposal (with its report), or a store's periods reconciled
  propose SYM PERIOD          propose the period's investors' share from its revenue report
                              (--reason TEXT is required when reconciliation finds a difference)
  approve ID | reject ID --reason TEXT | execute ID | cancel ID
  reject ID --signed-by ADDR  send ADDR's signed rejection (an air-gapped approver's, imported
                              with import-signature) from --account, any staff account
  approve ID --for-safe SAFE  sign --account's part of a Safe's approval (an owner of a Safe
                              that holds the approver role): shows what is signed (the Safe
                              message for the proposal) and the owners who signed so far, asks
                              for "yes" (unless --yes), then the wallet password; prints
                              "Safe 0x…: k of n owners signed", and at the Safe's threshold
                              records the Safe's approval (EIP-1271, no transaction)
  audit-export FILE           the audit trail as JSON or CSV (--format, default by extension)
  import-statement FILE       import a bank statement (camt.053 or MT940); see `bank --help`
  reconcile --period YYYY-MM  match the month's bank lines with settlements and the chain
  resolve --period YYYY-MM --item ID --with ID --reason TEXT | write-off --period YYYY-MM
      --item ID --reason TEXT   settle a difference by hand (under --account, in the audit trail)
  audit-verify [FILE]         check the local trail (or an export); exit 1 naming the first bad row
  export-for-signing ID FILE | sign FILE | import-signature SIG   air-gapped approvals (see
                              `treasury sign --help`)

The network comes from the profile (--profile), overridden by --rpc-url, --registry, --chain-id
and --api-url. Secrets never come from the command line: the API token from
$PST_DESK_API_TOKEN, else the first line of standard input (only for commands that read reports:
show, propose); then the wallet password of --account (commands that sign) as the next line, or
hidden prompts on a terminal (approve --for-safe reads the line "yes" first, then the
password). Every command first reconciles the recorded transactions and the actions a crash
may have left open, and says what it did.
Exit codes: 0 done, 1 refused or failed (nothing was sent), 2 usage; for the commands that sign
(propose, approve, reject, execute, cancel) also 4 (sent, outcome not known yet) and 5 (sent,
reverted or replaced on chain): see below. approve --for-safe sends nothing: 0 the part is
kept (and the Safe's approval recorded at its threshold), 1 refused (nothing kept), 2 usage,
3 the confirmation was not "yes" (nothing signed).
"""

from __future__ import annotations

import argparse
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from app import deadline
from app.cli.command import SIGNING_EXIT_CODES, TOKEN_ENV, Cli, UsageError, command

SIGNING = ("propose", "approve", "reject", "execute", "cancel")
READS_REPORTS = ("propose", "show")
READS = ("list", "show")

__all__ = ["READS_REPORTS", "SIGNING", "TOKEN_ENV", "UsageError", "register", "run"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "treasury",
        help="distributions: list, show, propose, approve, execute, audit-export, audit-verify",
        description=__doc__,
        epilog=SIGNING_EXIT_CODES,
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
    approve = sub.add_parser("approve", help="approve a proposal (or sign a Safe's part)")
    approve.add_argument("proposal_id", type=int)
    approve.add_argument(
        "--for-safe",
        metavar="SAFE",
        help="sign --account's part of this Safe's approval (an owner of the Safe)",
    )
    approve.add_argument(
        "--yes", action="store_true", help="with --for-safe: sign without asking to confirm"
    )
    for name in ("execute", "cancel"):
        sub.add_parser(name, help=f"{name} a proposal").add_argument("proposal_id", type=int)
    reject = sub.add_parser("reject", help="reject a proposal, or send a signed rejection")
    reject.add_argument("proposal_id", type=int)
    why = reject.add_mutually_exclusive_group(required=True)
    why.add_argument("--reason", help="sign --account's rejection with this reason and send it")
    why.add_argument(
        "--signed-by",
        metavar="ADDR",
        help="send this approver's signed rejection (imported with import-signature) from "
        "--account; its signed reason is sent",
    )
    export = sub.add_parser("audit-export", help="write the audit trail as JSON or CSV")
    export.add_argument("file", type=Path)
    export.add_argument("--format", choices=("json", "csv"))
    verify = sub.add_parser("audit-verify", help="verify the local trail or an export")
    verify.add_argument("file", type=Path, nargs="?")
    verify.add_argument("--expected-head", help="the head hash kept elsewhere (0x…)")
    from app.cli import bank  # the bank's actions: import-statement, reconcile

    bank.add_treasury_actions(sub)
    from app.cli import treasury_sign  # air-gapped: export-for-signing, sign, import-signature

    treasury_sign.add_actions(sub)
    parser.set_defaults(handler=run)


@command(signs=lambda args: args.treasury_command in SIGNING)
def run(cli: Cli) -> int:
    from app.cli import bank
    from app.cli.treasury_commands import Context, dispatch

    if cli.args.treasury_command in bank.TREASURY_ACTIONS:
        return bank.treasury_action(cli)
    from app.cli import treasury_sign

    if cli.args.treasury_command in treasury_sign.ACTIONS:
        return treasury_sign.run(cli)

    # A read answers within --timeout however slowly the node or the backend talks (a command
    # that signs waits --timeout for each receipt instead, and is never cut mid-send).
    reads = cli.args.treasury_command in READS
    with deadline.within(cli.args.timeout) if reads else nullcontext():
        return dispatch(cli.args, Context.open(cli))
