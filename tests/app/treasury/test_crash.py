"""Crash safety: a child process running the treasury CLI is SIGKILLed at named points (it pauses
there on PST_DESK_TREASURY_PAUSE_AT); the restarted CLI reconciles with the chain, shows the true
state, sends nothing twice (the account's transaction count says so) and loses no signature."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.treasury.checkpoints import ENV
from app.treasury.rules import Status
from tests.app.treasury.desk_helpers import (
    PASSWORD,
    network,
    routed_report,
    serve_reports,
    staff_dir,
    treasury_cli,
)

ROOT = Path(__file__).resolve().parents[3]
PW = PASSWORD + "\n"


@pytest.fixture
def proposed(tmp_path, tenv, chain, hostile_api, monkeypatch):
    """A data directory with the staff's wallet and proposal #1 on chain."""
    monkeypatch.setenv("PST_DESK_API_TOKEN", hostile_api.token)
    root = staff_dir(tmp_path / "staff", tenv)
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    code = treasury_cli(
        root,
        tenv,
        "propose",
        "PSTA",
        report.period,
        api=hostile_api,
        account=tenv.proposer.address,
        stdin=PW,
    )
    assert code == 0
    return root


def kill_at(point: str, root: Path, tenv, *argv: str, account: str) -> None:
    """Run the CLI in a child until it reaches `point`, then SIGKILL it."""
    command = [sys.executable, "main.py", "--data-dir", str(root), "treasury", *network(tenv)]
    command += ["--account", account, *argv]
    env = {**os.environ, ENV: point}
    env.pop("PST_DESK_API_TOKEN", None)
    child = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdin is not None and child.stderr is not None
        child.stdin.write(PW)
        child.stdin.flush()  # the pipe stays open: the child blocks at the point
        seen, deadline = [], time.monotonic() + 60
        while time.monotonic() < deadline:
            ready, _, _ = select.select([child.stderr], [], [], deadline - time.monotonic())
            line = child.stderr.readline() if ready else ""
            seen.append(line)
            if line.startswith(f"paused-at: {point}") or not line:
                break
        assert seen[-1].startswith(f"paused-at: {point}"), "".join(seen)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)


def _sent(tenv, account: str) -> int:
    return tenv.chain.w3.eth.get_transaction_count(account)


def _proposal(tenv, pid=1):
    treasury = tenv.admin.contract("DistributionTreasury", tenv.platform.treasury)
    return treasury.functions.proposal(pid).call()


REJECT = ("reject", "1", "--reason", "the bank total differs")


def test_killed_before_signing_nothing_was_sent_and_asking_again_rejects_once(
    proposed, tenv, capsys
):
    approver = tenv.approvers[0].address
    before = _sent(tenv, approver)
    kill_at("persisted", proposed, tenv, *REJECT, account=approver)
    assert _sent(tenv, approver) == before and _proposal(tenv)[4] == Status.PENDING
    assert treasury_cli(proposed, tenv, "list") == 0
    assert "never signed" in capsys.readouterr().err
    assert treasury_cli(proposed, tenv, *REJECT, account=approver, stdin=PW) == 0
    assert _sent(tenv, approver) == before + 1 and _proposal(tenv)[4] == Status.REJECTED


def test_killed_after_recording_the_restart_sends_the_same_bytes_once(proposed, tenv, capsys):
    approver = tenv.approvers[0].address
    before = _sent(tenv, approver)
    kill_at("recorded", proposed, tenv, *REJECT, account=approver)
    assert _sent(tenv, approver) == before  # signed and recorded, never broadcast
    assert treasury_cli(proposed, tenv, "list") == 0  # the restart rebroadcasts it
    captured = capsys.readouterr()
    assert "resumed: reject #1" in captured.err and "rejected" in captured.out
    assert _sent(tenv, approver) == before + 1
    assert treasury_cli(proposed, tenv, *REJECT, account=approver, stdin=PW) == 0
    assert "already rejected" in capsys.readouterr().out
    assert _sent(tenv, approver) == before + 1 and _proposal(tenv)[4] == Status.REJECTED


def test_an_approval_is_a_signature_kept_once_and_sends_nothing(proposed, tenv, capsys):
    approver = tenv.approvers[0].address
    before = _sent(tenv, approver)
    assert treasury_cli(proposed, tenv, "approve", "1", account=approver, stdin=PW) == 0
    assert treasury_cli(proposed, tenv, "approve", "1", account=approver, stdin=PW) == 0
    assert "already carries your approval" in capsys.readouterr().out
    assert treasury_cli(proposed, tenv, "list") == 0
    assert "1/2 approvals" in capsys.readouterr().out
    assert _sent(tenv, approver) == before


def test_killed_after_broadcast_the_restart_finds_the_execution(proposed, tenv, capsys):
    first, second = (a.address for a in tenv.approvers)
    for approver in (first, second):
        assert treasury_cli(proposed, tenv, "approve", "1", account=approver, stdin=PW) == 0
    before = _sent(tenv, first)
    kill_at("broadcast", proposed, tenv, "execute", "1", account=first)
    assert _sent(tenv, first) == before + 1  # anvil mined it; the child never saw the receipt
    assert treasury_cli(proposed, tenv, "execute", "1", account=first, stdin=PW) == 0
    out = capsys.readouterr()
    assert "resumed: execute #1" in out.err and "confirmed" in out.err
    assert "already executed" in out.out
    assert _proposal(tenv)[4] == Status.EXECUTED and _sent(tenv, first) == before + 1
    capsys.readouterr()
    assert treasury_cli(proposed, tenv, "audit-verify") == 0
