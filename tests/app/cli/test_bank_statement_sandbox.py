"""The issue's own command, `python main.py bank statement --store ID --period YYYY-MM --format
camt053|mt940`, works on the sandbox without --bank-url: the sandbox profile takes the bank's URL
from the sandbox running on the data directory (here as the GUI runs it, in <data>/sandbox), and
says what to do when none runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from app.bank.client import BankClient
from app.cli.sandbox import ANNOUNCED
from app.sandbox.launcher import MAIN, SandboxProcess

PERIOD = "2026-10"  # the bank's first month, booked at start


def _cli(data_dir, token: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PST_DESK_API_TOKEN": token}
    return subprocess.run(
        [sys.executable, str(MAIN), "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_bank_statement_finds_the_running_sandboxs_bank(tmp_path):
    command = ["bank", "statement", "--period", PERIOD, "--format"]
    with SandboxProcess.start(
        tmp_path / "sandbox", merchants=60, day_seconds=3600.0, extra_args=["--no-chain"]
    ) as sandbox:
        announced = json.loads((tmp_path / "sandbox" / ANNOUNCED).read_text(encoding="utf-8"))
        assert announced["bank_url"] == sandbox.bank_url
        assert sandbox.token not in json.dumps(announced)  # URLs only
        with BankClient(sandbox.bank_url, sandbox.token) as bank:
            symbol = bank.accounts().items[0].token_symbol
        camt = _cli(tmp_path, sandbox.token, *command, "camt053", "--store", symbol)
        assert camt.returncode == 0, camt.stderr
        assert "camt.053.001.08" in camt.stdout and f"{PERIOD.replace('-', '')}" in camt.stdout
        mt940 = _cli(tmp_path, sandbox.token, *command, "mt940", "--store", symbol)
        assert mt940.returncode == 0 and mt940.stdout.startswith("{1:F01"), mt940.stderr
        # --bank-url still wins over the profile's.
        elsewhere = _cli(tmp_path, sandbox.token, *command, "mt940", "--store", symbol,
                         "--bank-url", "http://127.0.0.1:9")  # fmt: skip
        assert elsewhere.returncode == 1, elsewhere.stderr
    assert not (tmp_path / "sandbox" / ANNOUNCED).exists()
    gone = _cli(tmp_path, "t", *command, "camt053", "--store", symbol)
    assert gone.returncode == 2
    assert "python main.py sandbox" in gone.stderr and "--bank-url" in gone.stderr
