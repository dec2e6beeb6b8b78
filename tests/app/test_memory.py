"""The heap policy for bulk work (app/memory.py), checked in a fresh interpreter: it changes the
process for good."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from app.memory import reuse_freed_memory
assert "pyarrow" not in sys.modules
print(reuse_freed_memory(), reuse_freed_memory())
import pyarrow as pa
print(pa.default_memory_pool().backend_name)
"""


def _printed(code: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=ROOT,
    )
    return done.stdout.split()


def test_freed_memory_is_kept_and_arrow_allocates_from_the_same_heap() -> None:
    assert _printed(PROBE) == ["True", "True", "system"]


def test_an_arrow_already_imported_is_told_too() -> None:
    code = (
        "import pyarrow as pa\n"
        "pa.default_memory_pool()\n"
        "from app.memory import reuse_freed_memory\n"
        "print(reuse_freed_memory(), pa.default_memory_pool().backend_name)\n"
    )
    assert _printed(code) == ["True", "system"]
