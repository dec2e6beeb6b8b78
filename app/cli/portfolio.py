"""`python main.py portfolio claim SYMBOL --account ADDR`: claim an investor's profit share of one
token, headless, with the same checks as the Portfolio page (KYC, something to claim).
`portfolio claim --all --account ADDR` claims every token in one transaction (see
app/cli/portfolio_claim_all.py).

The network is the profile (--profile), with --rpc-url / --registry / --chain-id overriding it.
The wallet password of --account is read from standard input (or a hidden prompt on a terminal).
Before signing, recorded transactions a crash left open are reconciled, and it says what it did.
The transaction hash goes to standard output as soon as it is sent.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.command import SIGNING_EXIT_CODES, Cli, command, say


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "portfolio",
        help="an investor's holdings on chain: claim",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="portfolio_command", metavar="ACTION", required=True)
    claim = sub.add_parser(
        "claim",
        help="claim the profit share of one token (stdin: wallet password)",
        epilog=SIGNING_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    claim.add_argument("symbol", nargs="?", help="the token's symbol, e.g. PST1")
    claim.add_argument(
        "--all",
        action="store_true",
        dest="claim_all",
        help="every token with something to claim, in one transaction (the claim router)",
    )
    claim.add_argument("--account", required=True, help="the investor's wallet account")
    claim.add_argument(
        "--wait", type=float, default=60.0, help="seconds to wait for the receipt (0: do not)"
    )
    claim.add_argument("--rpc-url", help="JSON-RPC endpoint (overrides the profile)")
    claim.add_argument("--registry", help="StoreRegistry address (overrides the profile)")
    claim.add_argument("--chain-id", type=int, help="expected chain id (overrides the profile)")
    parser.set_defaults(handler=run)


@command(signs=True)
def run(cli: Cli) -> int:
    from app.cli.command import UsageError
    from app.cli.treasury_commands import unlock
    from app.cli.wallet import wallet_secrets
    from app.portfolio.actions import ActionRefused, claim_intent
    from app.portfolio.holdings import PortfolioReader

    args = cli.args
    if args.wait < 0:
        raise UsageError("cli.bad_wait")
    if args.claim_all == bool(args.symbol):
        raise UsageError("cli.claim_one_or_all")
    chain = cli.chain()
    reader = PortfolioReader(chain.client, cli.db, registry=chain.profile.registry_address)
    snapshot = reader.snapshot(args.account)
    if args.claim_all:  # app/cli/portfolio_claim_all.py
        from app.cli.portfolio_claim_all import claim_all

        return claim_all(cli, chain, snapshot)
    wanted = args.symbol.strip().lower()
    holding = next((h for h in snapshot.holdings if h.info.symbol.lower() == wanted), None)
    if holding is None:
        raise ActionRefused("portfolio.nothing_to_claim_in", symbol=f"{args.symbol:.20}")
    intent = claim_intent(holding, snapshot.kyc)  # nothing to claim, KYC: refused, exit 1
    signer = unlock(cli, args.account, wallet_secrets(cli.stdin))
    record = chain.pipeline.send(intent, signer)
    print(record.latest.tx_hash, flush=True)
    say(f"sent: {record.description}")
    if args.wait > 0:
        record = chain.pipeline.wait(record.intent_id, args.wait)
    return cli.finish(record, hash_printed=True)
