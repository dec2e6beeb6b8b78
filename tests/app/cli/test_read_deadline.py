"""`treasury show --timeout 5` answers within its timeout however slowly the node talks (once
45 s): the read runs under one deadline, connect, headers and body of every call included."""

from __future__ import annotations

import io
import time

import pytest

# Imported before the clock starts: the test times the network, not a first import under load.
import app.cli.treasury_commands  # noqa: F401
from app.cli import build_parser
from app.cli.treasury import run
from app.config.paths import database_path
from app.storage import open_database
from tests.fixtures.trickle import json_answer

CHAIN_ID = json_answer({"jsonrpc": "2.0", "id": 0, "result": "0x7a69"})


@pytest.mark.parametrize("command", [["show", "1"], ["list"]])
def test_a_treasury_read_ends_within_its_timeout_against_a_trickling_node(
    tmp_path, trickle_server, capsys, command
):
    open_database(database_path(tmp_path)).close()  # an existing data directory: migrated
    node = trickle_server(CHAIN_ID)
    argv = ["--data-dir", str(tmp_path), "treasury", "--rpc-url", node.url]
    argv += ["--registry", "0x" + "11" * 20, "--chain-id", "31337", "--timeout", "2", *command]
    args = build_parser().parse_args(argv)
    started = time.monotonic()
    code = run(args, io.StringIO(""))
    elapsed = time.monotonic() - started
    err = capsys.readouterr().err
    assert elapsed < 3.0, f"took {elapsed:.1f} s: {err}"
    assert code == 1 and "did not answer within" in err and "Traceback" not in err
