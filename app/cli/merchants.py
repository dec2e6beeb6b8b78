"""`python main.py merchants screen [--min-growth PCT] [--max-dio DAYS] ... [--json|--csv]`:
screen every merchant on the five selection criteria and print the funnel and the shortlist.

The thresholds given are a what-if over the policy in force (app.domain.policy); the ones left
out keep their value. The API URL is the profile's (or --api-url); the token comes as for the
doctor: $PST_DESK_API_TOKEN, the profile's vault, or one line on standard input. Bulk pages are
cached under the data directory, so a second run downloads only what changed.
Exit code: 0 printed; 1 the screening could not run (its reason on standard error); 2 the
command line is wrong, e.g. a threshold that is not a plain number in its range (checked before
anything is asked of the platform).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, replace
from typing import Any

from app.amounts import AmountError, parse_amount
from app.cli.command import Cli, UsageError, command
from app.domain import scorer


@dataclass(frozen=True)
class Threshold:
    """A threshold option: the policy field it sets, the decimals it takes (the field holds the
    value times 10**places) and its range as typed."""

    field: str
    places: int
    low: int
    high: int


# The what-if panel's ranges (ui/screener/whatif.py), without its negative growth: the CLI
# takes plain non-negative numbers only.
THRESHOLDS = {
    "min_growth": Threshold("min_growth_bp", 2, 0, 1000),
    "max_return_percentile": Threshold("max_return_rate_percentile", 0, 0, 100),
    "max_dio": Threshold("dio_always_ok_days_x100", 2, 0, 720),
    "max_late": Threshold("max_late_installments", 0, 0, 100),
    "max_gap": Threshold("max_source_gap_bp", 2, 0, 100),
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "merchants",
        help="screen every merchant on the five selection criteria",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="merchants_command", metavar="ACTION", required=True)
    screen = sub.add_parser("screen", help="print the funnel and the shortlist")
    screen.add_argument("--api-url", help="REST API URL (default: the profile's)")
    screen.add_argument(
        "--min-growth",
        metavar="PCT",
        help="minimum 24-month growth, percent (and at least the category median)",
    )
    screen.add_argument(
        "--max-return-percentile",
        metavar="P",
        help="highest return-rate peer percentile that passes (0-100)",
    )
    screen.add_argument(
        "--max-dio",
        metavar="DAYS",
        help="DIO that always passes, days (else at most the category median)",
    )
    screen.add_argument("--max-late", metavar="N", help="late installments allowed (0-100)")
    screen.add_argument(
        "--max-gap", metavar="PCT", help="largest monthly gap between sources, percent (0-100)"
    )
    screen.add_argument("--limit", type=int, default=50, help="shortlist rows to print (0: all)")
    shape = screen.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="one JSON object")
    shape.add_argument("--csv", action="store_true", help="the shortlist as CSV")
    screen.add_argument("--timeout", type=float, default=120.0, help="seconds per request")
    screen.set_defaults(handler=run)  # fmt: skip


def thresholds(args: argparse.Namespace) -> dict[str, int]:
    """The policy fields the command line sets, parsed exactly (no float: "15.5" is 1,550 bp);
    UsageError for anything but a plain number in range with at most its decimals."""
    changes: dict[str, int] = {}
    for name, threshold in THRESHOLDS.items():
        typed = getattr(args, name)
        if typed is None:
            continue
        try:
            value = parse_amount(typed, threshold.places, allow_zero=True)
        except AmountError:
            value = -1
        scale = 10**threshold.places
        if not threshold.low * scale <= value <= threshold.high * scale:
            raise UsageError(
                "screener.cli.bad_threshold",
                option="--" + name.replace("_", "-"),
                value=typed[:20],
                low=threshold.low,
                high=threshold.high,
                places=threshold.places,
            )
        changes[threshold.field] = value
    return changes


@command()
def run(cli: Cli) -> int:
    args, out = cli.args, cli.out
    changes = thresholds(args)  # a wrong threshold is refused before any request
    portfolio = _screen(cli)
    policy = replace(portfolio.policy, **changes)
    verdicts = portfolio.judge(policy)
    rows = portfolio.shortlist(verdicts)
    shown = rows if args.limit <= 0 else rows[: args.limit]
    if args.csv:
        out.write(portfolio.to_csv(shown, verdicts, rows))
        return 0
    funnel = portfolio.funnel(verdicts)
    if args.json:
        listed = json.loads(_json_rows(portfolio, shown, verdicts, rows))
        body = {
            "as_of": portfolio.as_of.isoformat(),
            "policy": dict(vars(policy)),
            "funnel": [{"step": s.key, "stores": s.count} for s in funnel],
            "shortlist": listed,
        }
        print(json.dumps(body, indent=2), file=out)
        return 0
    print(f"Screened {portfolio.count:,} merchants as of {portfolio.as_of.isoformat()}", file=out)
    for step in funnel:
        print(f"  {step.key:<11} {step.count:>7,}", file=out)
    print(f"Shortlist ({len(rows):,} pass all five; best {len(shown):,} shown):", file=out)
    for rank, row in enumerate(shown, start=1):
        print(f"  {rank:>4}. {portfolio.ids[row]}  {portfolio.names[row][:40]:<40}  "
              f"{portfolio.categories[row]}", file=out)  # fmt: skip
    return 0


def _json_rows(portfolio: Any, rows: Any, verdicts: scorer.Verdicts, ranking: Any) -> str:
    import csv
    import io

    reader = csv.DictReader(io.StringIO(portfolio.to_csv(rows, verdicts, ranking)))
    return json.dumps(list(reader))


def _screen(cli: Cli) -> Any:
    from app.backend.bulk import BulkClient
    from app.backend.cache import CachedApi
    from app.backend.client import ApiClient
    from app.cli.vault import vault_secrets
    from app.screener.loader import Screener

    profile = cli.api_profile()
    token = cli.api_token(vault_secrets(cli.stdin), vault=True)
    client = cli.closing(ApiClient(profile.api_url, token, timeout=cli.args.timeout))
    api = CachedApi(client, cli.db, profile.name)
    folder = cli.root / "screener" / profile.name
    screener = Screener(api, BulkClient(client, folder / "pages"), folder / "measures")
    return screener.load()
