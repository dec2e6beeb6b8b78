"""`wallet balance` and `wallet send`: the chain side of the wallet command.

The network is the active profile (or --profile), with --rpc-url / --registry / --chain-id
overriding it; the embedded sandbox has no fixed RPC URL, so pass the `rpc:` and `registry:` lines
that `python main.py sandbox` prints.

`send` checks and simulates first and prints the review (decoded call, amounts, fees, simulation,
warnings). A transfer that would fail stops there (exit 1, nothing signed). Otherwise it reads a
line that must be `yes`, then the wallet password (standard input, or hidden prompts on a
terminal), signs, sends, prints the transaction hash on standard output and waits for the receipt.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from app.chain.errors import ReceiptTimeout
from app.config.profiles import NetworkProfile
from app.services.wallet import NotConnected, WalletService
from app.storage.db import Database
from app.storage.settings_store import load_settings
from app.wallet.errors import WalletError
from app.wallet.session import PasswordRequest
from app.wallet.wallet import Wallet

EXIT_DECLINED = 3


class SendDeclined(WalletError):
    pass


def add_parsers(sub: Any) -> None:
    balance = sub.add_parser("balance", help="ETH, stablecoin and PST balances (batched)")
    balance.add_argument("address", nargs="?", help="one account (default: every account)")
    balance.add_argument("--json", action="store_true", help="one JSON object per line")
    _network_options(balance)
    send = sub.add_parser(
        "send", help="send ETH, the stablecoin or a PST after a review (stdin: yes, password)"
    )
    send.add_argument("--from", dest="sender", help="sending account (default: the only one)")
    send.add_argument("--to", required=True, help="recipient address (EIP-55)")
    send.add_argument("--amount", required=True, help="amount in whole units, e.g. 12.5")
    send.add_argument("--asset", default="ETH", help="ETH, a token symbol or a token address")
    send.add_argument(
        "--wait", type=float, default=60.0, help="seconds to wait for the receipt (0: do not)"
    )
    _network_options(send)


def _network_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rpc-url", help="JSON-RPC endpoint (overrides the profile)")
    parser.add_argument("--registry", help="StoreRegistry address (overrides the profile)")
    parser.add_argument("--chain-id", type=int, help="expected chain id (overrides the profile)")


def network_profile(args: argparse.Namespace, db: Database) -> NetworkProfile:
    profile = load_settings(db).profile(getattr(args, "profile", None))
    changes: dict[str, object] = {}
    if args.rpc_url:
        changes["rpc_url"] = args.rpc_url
    if args.registry:
        changes["registry_address"] = args.registry
    if args.chain_id:
        changes["chain_id"] = args.chain_id
    try:
        return profile.with_endpoints(**changes) if changes else profile
    except ValueError as error:
        raise WalletError(f"Invalid network option: {_first_error(error)}") from None


def run_chain_command(
    args: argparse.Namespace, wallet: Wallet, db: Database, read: Any, stdin: TextIO | None
) -> int:
    profile = network_profile(args, db)
    if not profile.rpc_url:
        raise NotConnected(
            f"The network profile {profile.name!r} has no RPC URL. Pass --rpc-url and "
            "--registry (for the sandbox: the 'rpc:' and 'registry:' lines that "
            "`python main.py sandbox` prints), or set them in the profile."
        )
    service = WalletService(wallet, db, profile=profile, index_confirmations=0)
    try:
        if args.wallet_command == "balance":
            return _balance(service, args)
        return _send(service, args, read, stdin)
    finally:
        service.close()


def _balance(service: WalletService, args: argparse.Namespace) -> int:
    addresses = [args.address] if args.address else [a.address for a in service.wallet.accounts()]
    if not addresses:
        print("no accounts; create or import one first", file=sys.stderr)
        return 1
    for address in addresses:
        balances = service.balances(address)
        for holding in balances.holdings:
            asset = holding.asset
            if args.json:
                row = {
                    "address": balances.account,
                    "asset": asset.symbol,
                    "token": asset.address,
                    "amount": None if holding.amount is None else str(holding.amount),
                    "decimals": asset.decimals,
                    "error": holding.error or None,
                }
                print(json.dumps(row))
            else:
                print(f"{balances.account}  {asset.symbol:<8}  {holding.text}")
    return 0


def _send(service: WalletService, args: argparse.Namespace, read: Any, stdin: TextIO | None) -> int:
    sender = args.sender or _only_signer(service.wallet)
    review = service.review_transfer(sender, args.asset, args.to, args.amount)
    for label, value in review.lines():
        print(f"{label + ':':<14} {value}")
    if not review.can_send:
        print("error: this transfer would fail; nothing was signed", file=sys.stderr)
        return 1
    on_terminal = (stdin or sys.stdin).isatty()
    answer = input("Type yes to sign and send: ") if on_terminal else read("confirmation (yes)")
    if answer.strip().lower() != "yes":
        print("not sent: the confirmation was not 'yes'", file=sys.stderr)
        return EXIT_DECLINED

    def prompt(_request: PasswordRequest) -> str:
        return str(read("wallet password"))

    record = service.send(review, prompt)
    print(record.latest.tx_hash)
    print(f"sent: {record.description}", file=sys.stderr)
    if args.wait > 0:
        try:
            final = service.wait(record.intent_id, args.wait)
        except ReceiptTimeout as error:
            print(f"warning: {error.user_message}", file=sys.stderr)
            return 0
        print(f"status: {final.status}", file=sys.stderr)
        return 0 if final.status == "confirmed" else 1
    return 0


def _only_signer(wallet: Wallet) -> str:
    signers = [a.address for a in wallet.accounts() if a.can_sign]
    if len(signers) != 1:
        raise WalletError(
            "Name the sending account with --from (this wallet has "
            f"{len(signers)} accounts that can sign)."
        )
    return signers[0]


def _first_error(error: ValueError) -> str:
    errors = getattr(error, "errors", None)
    if callable(errors):
        items = errors()
        if items:
            return str(items[0].get("msg", error))
    return str(error)
