"""`python main.py market ACTION ...`: the PST market, headless.

  book SYMBOL                      the order book: bids and asks, best first
  trades SYMBOL                    the last trades, newest first
  orders --account ADDR            an account's orders and what became of them
  buy SYMBOL --amount N --price P --account ADDR
                                   take asks at P or less, best first (one fill each; an
                                   approval of exactly what is missing goes first)
  buy ... --post [--expires-in H]  sign a bid at P and post it on the book instead
  sell SYMBOL ...                  the same with bids (take) or an ask (--post)
  cancel SYMBOL ORDER_HASH --account ADDR   cancel one of your orders on chain
  cancel-all [SYMBOL] --account ADDR        cancel every order you signed, on every token

Amounts are whole PST ("2.5"), prices stablecoin per whole PST ("12.40"), in the English format
(a comma groups thousands). The network is the profile (--profile), the API its URL (or
--api-url). Standard input: the API token (unless $PST_DESK_API_TOKEN is set), then the wallet
password of --account. Every transaction's hash goes to standard output as soon as it is sent.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.command import SIGNING_EXIT_CODES, Cli, UsageError, command

ACTIONS = ("book", "trades", "orders", "buy", "sell", "cancel", "cancel-all")
SIGNS = frozenset({"buy", "sell", "cancel", "cancel-all"})


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "market",
        help="the PST market: book, trades, orders, buy, sell, cancel, cancel-all",
        description=__doc__,
        epilog=SIGNING_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("action", choices=ACTIONS, metavar="ACTION", help=", ".join(ACTIONS))
    parser.add_argument("symbol", nargs="?", help="the token's symbol, e.g. PST1")
    parser.add_argument("order_hash", nargs="?", help="cancel: the order's hash (0x...)")
    parser.add_argument("--account", help="your wallet account (buy, sell, orders, cancel)")
    parser.add_argument("--amount", help="whole PST, e.g. 2.5")
    parser.add_argument("--price", help="stablecoin per whole PST: the limit when taking")
    parser.add_argument("--post", action="store_true", help="buy/sell: post a signed order")
    parser.add_argument(
        "--expires-in", type=float, default=24.0, help="--post: hours the order stays good"
    )
    parser.add_argument("--limit", type=int, default=20, help="book/trades: rows per side")
    parser.add_argument("--wait", type=float, default=60.0, help="seconds to wait for each receipt")
    parser.add_argument("--api-url", help="REST API URL (overrides the profile)")
    parser.add_argument("--rpc-url", help="JSON-RPC endpoint (overrides the profile)")
    parser.add_argument("--registry", help="StoreRegistry address (overrides the profile)")
    parser.add_argument("--chain-id", type=int, help="expected chain id (overrides the profile)")
    parser.set_defaults(handler=run)


@command(signs=lambda args: args.action in SIGNS)
def run(cli: Cli) -> int:
    from app.cli import market_actions as actions

    args = cli.args
    if args.symbol:
        args.symbol = args.symbol.upper()  # symbols are upper case; "pstnexa" means PSTNEXA
    if args.wait <= 0 or args.expires_in <= 0 or args.limit <= 0:
        raise UsageError("market.cli_bad_number")
    if args.action not in ("orders", "cancel-all") and not args.symbol:
        raise UsageError("market.cli_no_symbol", action=args.action)
    if args.action in SIGNS | {"orders"} and not args.account:
        raise UsageError("market.cli_no_account", action=args.action)
    if args.action in ("buy", "sell") and not (args.amount and args.price):
        raise UsageError("market.cli_amount_and_price", action=args.action)
    if args.action == "cancel" and not args.order_hash:
        raise UsageError("market.cli_no_order_hash")
    handler = {
        "book": actions.show_book,
        "trades": actions.show_trades,
        "orders": actions.show_orders,
        "buy": actions.trade,
        "sell": actions.trade,
        "cancel": actions.cancel,
        "cancel-all": actions.cancel_all,
    }[args.action]
    return int(handler(cli, actions.MarketCli(cli)))
