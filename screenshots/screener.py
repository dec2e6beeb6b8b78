"""`python -m screenshots.screener [OUT_DIR] [--merchants N]`: the Screener at portfolio scale.

Starts the sandbox (REST only, a still clock; 15,000 merchants by default) in a temporary
directory, or uses a running one named by PST_SHOTS_API_URL and PST_SHOTS_API_TOKEN. Screens
every store on the real page and saves, at 1440x900:
- screener-light.png, screener-dark.png: the funnel, what-if panel and ranked shortlist;
- screener-what-if-light.png: a what-if (DIO always fine up to 90 days), histograms shown;
- screener-compare-light.png, screener-compare-dark.png: three stores side by side;
- screener-zh_CN.png: the page in Simplified Chinese.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SIZE = (1440, 900)


def _wait(app: Any, condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def _settle(app: Any, seconds: float = 0.8) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


@contextmanager
def _api(merchants: int, tmp: Path) -> Iterator[tuple[str, str]]:
    url, token = os.environ.get("PST_SHOTS_API_URL"), os.environ.get("PST_SHOTS_API_TOKEN")
    if url and token:
        yield url, token
        return
    from app.sandbox.launcher import SandboxProcess

    with SandboxProcess.start(
        tmp / "sandbox", merchants=merchants, day_seconds=3600, extra_args=["--no-chain"],
        timeout=600,
    ) as sandbox:  # fmt: skip
        yield sandbox.api_url, sandbox.token


def _page(url: str, token: str, tmp: Path, colors: Any) -> Any:
    from app.backend.bulk import BulkClient
    from app.backend.cache import CachedApi
    from app.backend.client import ApiClient
    from app.screener.loader import Screener
    from app.storage import open_database
    from ui.screener.page import ScreenerPage

    client = ApiClient(url, token, timeout=600)
    api = CachedApi(client, open_database(tmp / "shots.sqlite3"), "shots")
    screener = Screener(api, BulkClient(client, tmp / "pages"), tmp / "measures")
    page = ScreenerPage(screener, colors)
    page.resize(*SIZE)
    return page


def _save(widget: Any, path: Path) -> None:
    widget.grab().save(str(path), "PNG", 0)
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m screenshots.screener")
    parser.add_argument("out", nargs="?", default="resources/screenshots")
    parser.add_argument("--merchants", type=int, default=15_000)
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    warnings.filterwarnings(
        "ignore", message=".*AA_UseHighDpiPixmaps.*", category=DeprecationWarning
    )
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    from ui.shared.i18n import Language
    from ui.shared.i18n.retranslating import refresh_models
    from ui.shared.theme import ThemeManager

    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    language = Language(app, "en")
    theme = ThemeManager(app, "light")
    with tempfile.TemporaryDirectory(prefix="pst-shots-screener-") as folder:
        tmp = Path(folder)
        with _api(options.merchants, tmp) as (url, token):
            page = _page(url, token, tmp, theme.colors)
            theme.changed.connect(page.set_colors)
            done: list[bool] = []
            page.screened.connect(lambda: done.append(True))
            page.show()
            _wait(app, lambda: bool(done), 900, "the screening")
            page.table.setColumnWidth(2, 170)
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            for row in (0, 1, 2):
                page.table.selectionModel().select(page.model.index(row, 0), flags)
            for name in ("light", "dark"):
                theme.apply(name)
                _settle(app)
                _save(page, out / f"screener-{name}.png")
                dialog = page.compare_selected()
                assert dialog is not None
                dialog.resize(*SIZE)
                _settle(app)
                _save(dialog, out / f"screener-compare-{name}.png")
                dialog.close()
            theme.apply("light")
            page.tabs.setCurrentIndex(1)
            page.whatif.dio.setValue(90.0)
            _wait(app, lambda: all(c.data is not None for c in page.histograms.values()), 60,
                  "the histograms")  # fmt: skip
            _settle(app)
            _save(page, out / "screener-what-if-light.png")
            page.whatif.restore_policy()
            page.tabs.setCurrentIndex(0)
            language.apply("zh_CN")
            refresh_models(page)  # as the main window does after a language change
            _settle(app)
            _save(page, out / "screener-zh_CN.png")
            page.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
