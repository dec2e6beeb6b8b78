"""`python -m bench pipeline`: the transaction pipeline under faults (issue 12, point 4).

Per fault rate (0 %, 5 %, 25 % of JSON-RPC calls dropped, delayed, errored or duplicated; a send's
answer lost; receipts "not found"; the node restarted between batches) a campaign of operations
(wallet send, claim, treasury approve, vault bind) runs through the real CLI handlers in workers
killed with SIGKILL at random moments (tests/fixtures/faults.py). Counted against the chain
afterwards: double sends, mined transactions reported dropped, tracebacks, and recorded intents
whose final state is not what the chain shows, each of which must be 0; and the time per
operation (most of them sends).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.report import Result, result

RATES = (0.0, 0.05, 0.25)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--operations", type=int, default=200, help="operations per fault rate")
    parser.add_argument("--kills", type=int, default=5, help="SIGKILLs per fault rate (at most)")
    parser.add_argument("--seed", type=int, default=11)


def run(args: argparse.Namespace) -> list[Result]:
    from tests.fixtures.faults import run_campaign

    rows: list[Result] = []
    for rate in RATES:
        with tempfile.TemporaryDirectory() as folder:
            counts = run_campaign(
                rate=rate,
                operations=args.operations,
                kills=args.kills,
                seed=args.seed,
                workdir=Path(folder),
            )
        percent = round(rate * 100)
        rows += [
            result(f"fault rate {percent}%: operations", counts.operations, "ops"),
            result(f"fault rate {percent}%: faults injected", counts.faults, "calls"),
            result(f"fault rate {percent}%: workers killed", counts.kills, "kills"),
            result("double sends", counts.double_sends, "", ("==", 0)),
            result("mined but reported dropped", counts.mined_reported_dropped, "", ("==", 0)),
            result("tracebacks", counts.tracebacks, "", ("==", 0)),
            result("intents not matching the chain", counts.not_matching, "", ("==", 0)),
            result("time per send", counts.seconds_per_send * 1000, "ms"),
        ]
        for problem in counts.problems[:10]:
            print(f"  problem at {percent}%: {problem}")
    return rows
