"""`python -m bench startup [--runs N] [--frozen]`: launch to first painted window, against a floor.

The app runs as `main.py gui --exit-after-paint` offscreen on the sandbox
(ui/shell/startup_probe.py): it prints the wall-clock time of its first paint, and the bench
subtracts the moment it launched the process. The floor is a bare Python importing
PySide6.QtWidgets and matplotlib's Qt backend,
timed the same way (launch to the end of its imports). Runs alternate app / floor so a busy
machine slows both alike; one untimed warm-up run first creates the data directory and the
sandbox state, which later runs reuse (as a user's second start would). Medians are reported.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import Result, result

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "pst-desk" / "pst-desk"
FLOOR_CODE = (
    "import PySide6.QtWidgets, matplotlib.backends.backend_qtagg, time; print(repr(time.time()))"
)
TARGET_SECONDS = 1.5
TARGET_RATIO = 1.5
RUN_TIMEOUT = 180.0  # a run ends once the sandbox is up; on a busy machine that can take a while


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument(
        "--frozen", action="store_true", help=f"time the frozen build ({FROZEN}) instead"
    )


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def app_command(data_dir: Path, frozen: bool) -> list[str]:
    entry = [str(FROZEN)] if frozen else [sys.executable, str(ROOT / "main.py")]
    return [*entry, "--data-dir", str(data_dir), "gui", "--exit-after-paint"]


def time_app(command: list[str]) -> tuple[float, str, int]:
    """Seconds from launch to the first paint, how the backend's start-up ended, exit code."""
    launched = time.time()
    done = subprocess.run(
        command, capture_output=True, text=True, env=_env(), timeout=RUN_TIMEOUT, cwd=ROOT
    )
    lines = dict(line.partition(": ")[::2] for line in done.stdout.splitlines())
    if "first-paint-epoch" not in lines:
        raise RuntimeError(
            f"the app exited with {done.returncode} without reporting a paint:\n"
            f"{done.stderr[-2000:]}"
        )
    if done.returncode != 0:  # painted, but did not shut down cleanly: counted, and shown
        print(f"run exited with {done.returncode}:\n{done.stderr[-1500:]}", file=sys.stderr)
    seconds = float(lines["first-paint-epoch"]) - launched
    return seconds, lines.get("startup", "unknown"), done.returncode


def time_floor() -> float:
    launched = time.time()
    done = subprocess.run(
        [sys.executable, "-c", FLOOR_CODE],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=RUN_TIMEOUT,
        check=True,
    )
    return float(done.stdout.strip()) - launched


def run(args: argparse.Namespace) -> list[Result]:
    if args.runs < 1:
        raise SystemExit("--runs must be at least 1")
    if args.frozen and not FROZEN.exists():
        raise SystemExit(f"no frozen build at {FROZEN}: run `make package` first")
    app_times: list[float] = []
    floor_times: list[float] = []
    connected = clean = 0
    with tempfile.TemporaryDirectory(prefix="pst-desk-startup-") as tmp:
        command = app_command(Path(tmp), args.frozen)
        time_app(command)  # warm-up: creates the store and the sandbox state
        for _ in range(args.runs):
            floor_times.append(time_floor())
            seconds, state, code = time_app(command)
            app_times.append(seconds)
            connected += state == "connected"
            clean += code == 0
    app = statistics.median(app_times)
    floor = statistics.median(floor_times)
    label = "frozen app" if args.frozen else "app"
    return [
        result(f"{label}: launch to first paint (median of {args.runs})", app, "s",
               ("<=", TARGET_SECONDS)),
        result(f"floor: import QtWidgets + qtagg (median of {args.runs})", floor, "s"),
        result("first paint / floor", app / floor, "x", ("<=", TARGET_RATIO)),
        result("runs whose sandbox came up", connected, "runs", ("==", args.runs)),
        result("runs that exited cleanly", clean, "runs", ("==", args.runs)),
    ]  # fmt: skip
