"""While the bulk data loads the page shows how far it got, and Cancel stops it with nothing
half-loaded on screen: the real loader against the sandbox, its second page held back by a
relay so the screening is caught in the middle."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.backend.bulk import BulkClient
from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.sandbox.launcher import SandboxProcess
from app.screener import loader
from app.screener.loader import Screener
from app.storage import open_database
from tests.fixtures.hostile import HostileServer, Reply
from ui.screener.page import ScreenerPage


def test_progress_while_loading_then_cancel_shows_nothing_half_loaded(
    qtbot,  # noqa: ANN001
    screening_sandbox: SandboxProcess,
    hostile_api: HostileServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(loader, "PAGE_SIZE", 100)  # the sandbox's 300 stores in three pages
    hostile_api.token, hostile_api.upstream = screening_sandbox.token, screening_sandbox.api_url
    hostile_api.set("/v1/bulk/merchants?page=2", Reply(delay=3.0, relay=True))
    client = ApiClient(hostile_api.url, hostile_api.token, timeout=60)
    api = CachedApi(client, open_database(tmp_path / "app.sqlite3"), "test")
    screener = Screener(
        api, BulkClient(client, tmp_path / "pages"), tmp_path / "measures", workers=1
    )
    page = ScreenerPage(screener)
    qtbot.addWidget(page)
    page.show()  # the first visit screens
    assert page.progress.isVisible() and page.cancel_button.isVisible()
    assert not page.reload_button.isEnabled()

    qtbot.waitUntil(lambda: page.progress.value() == 1, timeout=60_000)
    # page 2 is asked for and held back (on a busy machine the ask may come a moment later)
    qtbot.waitUntil(lambda: hostile_api.count("/v1/bulk/merchants") == 2, timeout=60_000)
    assert (page.progress.minimum(), page.progress.maximum()) == (0, 3)
    assert page.status.text() == "Loading bulk data: 1 of 3 pages…"
    assert page.portfolio is None and page.model.rowCount() == 0

    page.cancel_button.click()
    qtbot.waitUntil(lambda: page.progress.isHidden(), timeout=30_000)

    assert page.status.text() == "Screening was cancelled; nothing changed."
    assert page.portfolio is None and page.current is None and page.model.rowCount() == 0
    assert page.funnel.data is None
    assert page.cancel_button.isHidden() and page.reload_button.isEnabled()
    assert hostile_api.count("/v1/bulk/merchants") == 2  # page 3 was never asked for
    client.close()  # its kept-alive connections end, and the relay answers page 2 after its
    qtbot.waitUntil(lambda: not _relaying(), timeout=30_000)  # delay: let them go first
    assert hostile_api.count("/v1/bulk/merchants") == 2


def _relaying() -> bool:
    return any(t.name.endswith("(process_request_thread)") for t in threading.enumerate())
