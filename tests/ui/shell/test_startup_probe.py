"""`main.py gui --exit-after-paint` (hidden): paints, reports the time, waits for the backend to
settle, and exits 0. A missing profile settles at once, so no sandbox is needed here; the frozen
smoke test (tests/packaging) and `python -m bench startup` run it on the sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_exit_after_paint_reports_the_first_paint_and_quits(tmp_path: Path) -> None:
    launched = time.time()
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path),
         "--profile", "no-such-profile", "gui", "--exit-after-paint"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    out = dict(line.partition(": ")[::2] for line in done.stdout.splitlines())
    assert launched < float(out["first-paint-epoch"]) < time.time()
    assert out["first-paint"].endswith(" s after launch")
    assert out["startup"] == "failed"  # the profile does not exist: settled without a backend


def test_the_flag_is_hidden_from_help() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "gui", "--help"],
        capture_output=True, text=True, cwd=ROOT, timeout=60, check=True,
    )  # fmt: skip
    assert "--merchants" in done.stdout
    assert "exit-after-paint" not in done.stdout
