"""`python main.py sandbox` as a child: its lines, persistence across restarts, reset, errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from app.backend.models import Health, MerchantProfile
from app.sandbox.calendar import SIM_START
from app.sandbox.launcher import SandboxProcess, SandboxStartError

ROOT = Path(__file__).resolve().parents[3]


def _health(sandbox: SandboxProcess) -> Health:
    return Health.model_validate_json(httpx.get(f"{sandbox.api_url}/v1/health").content)


def _profile(sandbox: SandboxProcess, merchant_id: str) -> MerchantProfile:
    answer = httpx.get(
        f"{sandbox.api_url}/v1/merchants/{merchant_id}",
        headers={"Authorization": f"Bearer {sandbox.token}"},
    )
    return MerchantProfile.model_validate_json(answer.content)


def test_state_survives_a_restart_and_reset_starts_afresh(tmp_path):
    rest_only = ["--no-chain"]  # the chain's own restarts are in test_chain_restart.py
    with SandboxProcess.start(
        tmp_path, merchants=40, day_seconds=0.2, extra_args=rest_only
    ) as first:
        assert first.api_url.startswith("http://127.0.0.1:")
        assert first.rpc_url is None
        before = _profile(first, "M00005")
        deadline = time.monotonic() + 10
        while _health(first).sim_date == SIM_START:  # one simulated day takes 0.2 s
            assert time.monotonic() < deadline, "the sandbox clock does not tick"
        assert first.stop() == 0  # SIGTERM is a clean shutdown
    with SandboxProcess.start(
        tmp_path, merchants=40, day_seconds=600, extra_args=rest_only
    ) as second:
        assert second.token != first.token  # a fresh token per run
        assert _health(second).sim_date > SIM_START  # the sim date was persisted
        assert _profile(second, "M00005").summary.name == before.summary.name
    with SandboxProcess.start(
        tmp_path, merchants=40, day_seconds=600, extra_args=["--reset", *rest_only]
    ) as third:
        assert _health(third).sim_date == SIM_START


@pytest.mark.parametrize(
    ("merchants", "day_seconds", "message"),
    [(0, 1.0, "--merchants must be"), (10, 0.0, "--day-seconds must be")],
)
def test_bad_arguments_fail_with_a_clear_message(tmp_path, merchants, day_seconds, message):
    with pytest.raises(SandboxStartError) as failure:
        SandboxProcess.start(tmp_path, merchants=merchants, day_seconds=day_seconds, timeout=120)
    assert message in str(failure.value)
    assert "exited with code 2" in str(failure.value)


def test_the_sandbox_stops_when_the_app_that_started_it_is_killed(tmp_path):
    """SandboxProcess passes --exit-with-parent: a SIGKILLed app leaves no sandbox behind."""
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from app.sandbox.launcher import SandboxProcess
        sandbox = SandboxProcess.start(Path({str(tmp_path)!r}), merchants=20,
                                       extra_args=["--no-chain"])
        print(sandbox.pid, flush=True)
        time.sleep(600)
        """
    )
    app = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        child = int(app.stdout.readline())
        os.kill(app.pid, signal.SIGKILL)
        app.wait(timeout=10)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and _alive(child):
            time.sleep(0.2)
        assert not _alive(child), "the sandbox outlived the app that started it"
    finally:
        if app.poll() is None:
            app.kill()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False
