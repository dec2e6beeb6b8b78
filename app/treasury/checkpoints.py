"""Named points in a treasury action where a crash test can stop the process.

Only for tests: with PST_DESK_TREASURY_PAUSE_AT=<name> in the environment, reaching that point
prints `paused-at: <name>` on standard error and blocks reading standard input, so the test can
SIGKILL the process at exactly that moment. Without the variable a checkpoint does nothing.

    persisted   the action is committed (simulated), nothing signed yet
    recorded    the signed transaction is committed, not yet broadcast
    broadcast   the node has the transaction, no receipt looked for yet
"""

from __future__ import annotations

import os
import sys

ENV = "PST_DESK_TREASURY_PAUSE_AT"
NAMES = ("persisted", "recorded", "broadcast")


def checkpoint(name: str) -> None:
    if os.environ.get(ENV) != name:
        return
    print(f"paused-at: {name}", file=sys.stderr, flush=True)
    sys.stdin.readline()  # the test kills us here; a closed stdin just carries on
