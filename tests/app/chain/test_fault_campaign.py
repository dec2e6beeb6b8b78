"""Point 4 of issue 12: at least 200 operations (wallet send, claim, treasury approve, vault
bind) through a proxy that drops, delays, errors and duplicates JSON-RPC calls, loses a send's
answer, fails receipt lookups and restarts the node, with workers killed by SIGKILL at random
moments. Against the chain: no double send, no mined transaction reported dropped, no traceback,
every recorded intent in the state the chain shows. The rates and counts per rate are in
`python -m bench pipeline`.
"""

from __future__ import annotations

import pytest

from app.chain.devnode import anvil_binary
from app.chain.errors import ChainUnavailable
from tests.fixtures.faults import run_campaign
from tests.fixtures.required import missing


@pytest.mark.timeout(900)  # about 4 minutes on a quiet 2-core machine
def test_two_hundred_operations_through_faults_and_kills(tmp_path):
    try:
        anvil_binary()
    except ChainUnavailable as error:
        missing("anvil", error.user_message)

    counts = run_campaign(rate=0.10, operations=200, kills=5, seed=7, workdir=tmp_path)

    assert counts.operations >= 200
    assert counts.kills >= 1 and counts.faults > 50 and counts.restarts >= 1
    kinds = {outcome.split(":")[0] for outcome in counts.outcomes}
    assert kinds == {"send", "claim", "approve", "bind"}, counts.outcomes
    assert counts.outcomes["send:0"] > 100, counts.outcomes  # the sends went through, once
    assert counts.double_sends == 0, counts.problems
    assert counts.mined_reported_dropped == 0, counts.problems
    assert counts.tracebacks == 0
    assert counts.not_matching == 0, counts.problems
