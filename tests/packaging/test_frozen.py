"""Smoke test of the frozen app (packaging/pst-desk.spec): `pst-desk sandbox` announces its
services headless, and the GUI paints offscreen on the sandbox and quits.

Building takes minutes, so `make test` runs these only when dist/pst-desk exists already
(`make package`) or when PST_DESK_TEST_PACKAGE=1 asks to build it first.
"""

from __future__ import annotations

import os
import queue
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "pst-desk" / "pst-desk"
START_TIMEOUT = 180.0  # a first sandbox generates its world and deploys the contracts
Sandbox = tuple[subprocess.Popen[str], dict[str, str]]


@pytest.fixture(scope="module")
def frozen() -> Path:
    if os.environ.get("PST_DESK_TEST_PACKAGE") == "1":
        subprocess.run(["make", "package"], cwd=ROOT, check=True, timeout=1800)
    if not FROZEN.exists():
        pytest.skip(
            "no frozen build at dist/pst-desk: run `make package` first, or set "
            "PST_DESK_TEST_PACKAGE=1 to build it as part of the test run"
        )
    return FROZEN


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Shared: the GUI test reuses the sandbox state the headless one left (a faster start)."""
    return tmp_path_factory.mktemp("frozen")


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}


def _pump(stream: IO[str], into: queue.Queue[str | None]) -> None:
    for line in stream:
        into.put(line.rstrip("\n"))
    into.put(None)


@pytest.fixture
def headless_sandbox(frozen: Path, data_dir: Path) -> Iterator[Sandbox]:
    """`pst-desk sandbox` run from an unrelated folder, with what it announced by `ready`."""
    process = subprocess.Popen(
        [str(frozen), "--data-dir", str(data_dir / "sandbox"), "sandbox"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=_env(), cwd="/",
    )  # fmt: skip
    assert process.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True).start()
    announced: dict[str, str] = {}
    deadline = time.monotonic() + START_TIMEOUT
    try:
        while "ready" not in announced:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                break  # too slow: the test reports what was announced
            if line is None:
                break  # the child exited: the test reports it
            key, sep, value = line.partition(": ")
            if sep:
                announced[key] = value
        yield process, announced
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=30)


def test_frozen_sandbox_announces_its_services(headless_sandbox: Sandbox) -> None:
    process, announced = headless_sandbox
    assert process.poll() is None and "ready" in announced, announced
    assert announced["api"].startswith("http://127.0.0.1:")
    assert len(announced["token"]) >= 20
    # The bundled anvil runs: the chain is announced next to the REST API.
    assert announced["rpc"].startswith("http://127.0.0.1:")
    process.terminate()
    assert process.wait(timeout=30) == 0


def test_frozen_gui_paints_offscreen_on_the_sandbox_and_quits(frozen: Path, data_dir: Path) -> None:
    done = subprocess.run(
        [str(frozen), "--data-dir", str(data_dir), "gui", "--exit-after-paint"],
        capture_output=True, text=True, env=_env(), timeout=START_TIMEOUT + 60, cwd="/",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    out = dict(line.partition(": ")[::2] for line in done.stdout.splitlines())
    assert "first-paint-epoch" in out, done.stdout
    assert out["startup"] == "connected", done.stderr[-2000:]
