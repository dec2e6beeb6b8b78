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
import uuid
from typing import Any

from app.chain.txstore import TransactionRecord
from app.cli.command import (
    EXIT_DECLINED,
    EXIT_NOT_SENT,
    EXIT_UNKNOWN,
    SIGNING_EXIT_CODES,
    Cli,
    UsageError,
    say,
)
from app.cli.secrets import SecretInput
from app.services.wallet import WalletService
from app.wallet.errors import WalletError
from app.wallet.wallet import Wallet

_KEY_NAMESPACE = uuid.UUID("0b7c2a52-8f0e-4d0c-9a51-6a1c3e5f2d90")


def add_parsers(sub: Any) -> None:
    balance = sub.add_parser("balance", help="ETH, stablecoin and PST balances (batched)")
    balance.add_argument("address", nargs="?", help="one account (default: every account)")
    balance.add_argument("--json", action="store_true", help="one JSON object per line")
    _network_options(balance)
    send = sub.add_parser(
        "send",
        help="send ETH, the stablecoin or a PST after a review (stdin: yes, password)",
        epilog=SIGNING_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    send.add_argument("--from", dest="sender", help="sending account (default: the only one)")
    send.add_argument("--to", required=True, help="recipient address (EIP-55)")
    send.add_argument("--amount", required=True, help="amount in whole units, e.g. 12.5")
    send.add_argument("--asset", default="ETH", help="ETH, a token symbol or a token address")
    send.add_argument(
        "--wait", type=float, default=60.0, help="seconds to wait for the receipt (0: do not)"
    )
    send.add_argument(
        "--key",
        help="a name for this payment: a re-run with the same key never sends a second one, it "
        "reports the first one's outcome (for scripts that retry)",
    )
    _network_options(send)


def _network_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rpc-url", help="JSON-RPC endpoint (overrides the profile)")
    parser.add_argument("--registry", help="StoreRegistry address (overrides the profile)")
    parser.add_argument("--chain-id", type=int, help="expected chain id (overrides the profile)")


def run_chain_command(cli: Cli, wallet: Wallet, secrets: SecretInput) -> int:
    service = WalletService(wallet, cli.db, chain=cli.chain())
    try:
        if cli.args.wallet_command == "balance":
            return _balance(service, cli.args)
        return _send(cli, service, secrets)
    finally:
        service.close()


def _balance(service: WalletService, args: argparse.Namespace) -> int:
    addresses = [args.address] if args.address else [a.address for a in service.wallet.accounts()]
    if not addresses:
        say("no accounts; create or import one first")
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


def _send(cli: Cli, service: WalletService, secrets: SecretInput) -> int:
    args = cli.args
    if args.wait < 0:
        raise UsageError("cli.bad_wait")
    intent_id = None
    if args.key:
        intent_id = str(uuid.uuid5(_KEY_NAMESPACE, f"wallet-send:{args.key}"))
        known = service.chain().pipeline.store.get(intent_id)
        if known is not None:  # a re-run: report the first one, never send again
            say(f"already recorded under --key {args.key}: {known.description}")
            return _outcome(cli, service, known, hash_printed=False)
    sender = args.sender or _only_signer(service.wallet)
    review = service.review_transfer(sender, args.asset, args.to, args.amount)
    for label, value in review.lines():
        print(f"{label + ':':<14} {value}")
    if not review.can_send:
        say("error: this transfer would fail; nothing was signed")
        return EXIT_NOT_SENT
    on_terminal = cli.stdin.isatty()
    answer = input("Type yes to sign and send: ") if on_terminal else secrets.read("confirmation")
    if answer.strip().lower() != "yes":
        say("not sent: the confirmation was not 'yes'")
        return EXIT_DECLINED

    # A bytearray the signing grant wipes once the transfer is signed (or refused).
    password = bytearray(secrets.read("wallet password").encode())
    record = service.send(review, password, intent_id=intent_id)
    print(record.latest.tx_hash, flush=True)  # before waiting: a script has it whatever happens
    say(f"sent: {record.description}")
    return _outcome(cli, service, record, hash_printed=True)


def _outcome(
    cli: Cli, service: WalletService, record: TransactionRecord, *, hash_printed: bool
) -> int:
    if cli.args.wait > 0 and record.status == "pending":
        record = service.wait(record.intent_id, cli.args.wait)  # unknown after it: exit 4
    code = cli.finish(record, hash_printed=hash_printed)
    if code == EXIT_UNKNOWN:
        say("the outcome is not known yet; the next command that signs checks it")
    return code


def _only_signer(wallet: Wallet) -> str:
    signers = [a.address for a in wallet.accounts() if a.can_sign]
    if len(signers) != 1:
        raise WalletError("wallet.name_the_sender", count=len(signers))
    return signers[0]
