"""Named points where a crash test can stop a process at an exact moment.

Only for tests: with PST_DESK_PAUSE_AT=<name> (or the treasury's older PST_DESK_TREASURY_PAUSE_AT)
in the environment, reaching that point prints `paused-at: <name>` on standard error and blocks
reading standard input, so the test can SIGKILL the process right there. Without the variable a
checkpoint does nothing.

    recorded    a signed transaction is committed, not yet broadcast (the pipeline)
    persisted   a treasury action is committed (simulated), nothing signed yet
    broadcast   the node has the treasury action's transaction, no receipt looked for yet
"""

from __future__ import annotations

import os
import sys

ENVS = ("PST_DESK_PAUSE_AT", "PST_DESK_TREASURY_PAUSE_AT")
NAMES = ("persisted", "recorded", "broadcast")


def checkpoint(name: str) -> None:
    if name not in (os.environ.get(env) for env in ENVS):
        return
    print(f"paused-at: {name}", file=sys.stderr, flush=True)
    sys.stdin.readline()  # the test kills us here; a closed stdin just carries on
