"""The screener's caches after a crash (they are written without fsync): a measures file or a
page that is empty, cut short or zeroed is ignored and made again, never an error, and the
screening equals a clean one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.backend.bulk import BulkClient
from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.sandbox.launcher import SandboxProcess
from app.screener.loader import Screener
from app.screener.portfolio import Portfolio
from app.storage import open_database

DAMAGE = {
    "empty": lambda data: b"",
    "cut short": lambda data: data[: len(data) // 2],
    "zeroed": lambda data: b"\0" * len(data),
}


def _screener(sandbox: SandboxProcess, folder: Path) -> Screener:
    client = ApiClient(sandbox.api_url, sandbox.token, timeout=60)
    api = CachedApi(client, open_database(folder / "app.sqlite3"), "test")
    return Screener(api, BulkClient(client, folder / "bulk"), folder / "screener")


def _same(a: Portfolio, b: Portfolio) -> None:
    assert a.ids == b.ids
    for key, verdicts in a.judge().passed.items():
        assert np.array_equal(verdicts, b.judge().passed[key]), key


@pytest.mark.parametrize("damage", DAMAGE)
def test_torn_cache_files_are_made_again(
    screening_sandbox: SandboxProcess, tmp_path: Path, damage: str
) -> None:
    screener = _screener(screening_sandbox, tmp_path)
    clean = screener.load()
    measures = sorted((tmp_path / "screener").glob("measures-*.npz"))
    bodies = sorted((tmp_path / "bulk").rglob("*.arrow"))
    assert measures and bodies
    for path in (measures[0], measures[-1], bodies[0]):
        path.write_bytes(DAMAGE[damage](path.read_bytes()))
    again = screener.load()  # the 304s keep the torn pages: recomputed from the server's
    _same(clean, again)
    assert all(np.load(p, allow_pickle=False).files for p in (measures[0], measures[-1]))
