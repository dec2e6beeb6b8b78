"""`python -m screenshots.i18n [OUT] [--pages DIR] [--language L] [--theme T]`.

Without --pages: the README's Chinese screenshots, `merchants-zh_CN.png` and
`dashboard-zh_TW.png`, from the real pages over a sandbox API (no chain needed for these).
With --pages DIR: every page (merchants, dashboard, wallet, vault, treasury, settings) saved
in one language and theme, and every label or button whose text is cut off listed; exits 1
when any is (run it with QT_SCALE_FACTOR=2 for the 200 % check). An API already running can be
given with --api (its token in PST_DESK_API_TOKEN, never on the command line).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import types
import warnings
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
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


def _settle(app: Any, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


@contextmanager
def _api(url: str | None, data: Path) -> Iterator[tuple[str, str]]:
    if url:
        yield url, os.environ.get("PST_DESK_API_TOKEN", "")
        return
    from app.sandbox.launcher import SandboxProcess

    with SandboxProcess.start(data / "sandbox", merchants=60, extra_args=["--no-chain"]) as box:
        yield box.api_url, box.token


def _window(app: Any, stack: ExitStack, url: str, token: str, data: Path, options: Any) -> Any:
    """The main window over the API, with the wallet, vault and treasury pages (offline)."""
    from app.backend.cache import CachedApi
    from app.backend.client import ApiClient
    from app.config import Settings
    from app.events import EventBus
    from app.services.merchants import MerchantExplorer
    from app.services.wallet import WalletService
    from app.storage import open_database
    from app.vault import Vault
    from app.wallet.session import WalletSession
    from app.wallet.wallet import Wallet
    from ui.portfolio.page import PortfolioPage
    from ui.shared.bridge import EventBridge
    from ui.shared.i18n import Language
    from ui.shared.theme import ThemeManager
    from ui.shell.main_window import MainWindow
    from ui.treasury.page import TreasuryPage
    from ui.vault.page import VaultPage
    from ui.wallet.page import WalletPage

    db = open_database(data / "shots.db")
    stack.callback(db.close)
    client = ApiClient(url, token)
    stack.callback(client.close)
    bus = EventBus()
    settings = Settings(theme=options.theme, language=options.language)
    language = Language(app, settings.language)
    theme = ThemeManager(app, settings.theme)
    window = MainWindow(settings, lambda _s: None, theme, language=language)
    wallet = Wallet(data, db)
    service = WalletService(wallet, db, session=WalletSession(wallet))
    window.add_page("Wallet", WalletPage(service), "Ctrl+5")
    window.add_page("Portfolio", PortfolioPage(wallet=service, poll_ms=0), "Ctrl+1")
    window.add_page("Vault", VaultPage(Vault(db), "sandbox"), "Ctrl+4")
    desk = types.SimpleNamespace(tolerance_bp=50)  # its controls, before any chain is attached
    window.add_page("Treasury", TreasuryPage(desk, "0x0", lambda _a, _w: None), "Ctrl+3")
    window.resize(*SIZE)
    window.show()
    bridge = EventBridge(bus)
    stack.callback(bridge.close)
    window.attach(MerchantExplorer(CachedApi(client, db, "shots"), bus), None, bridge)
    stack.callback(window.close)
    merchants = window.merchants
    _wait(app, lambda: merchants.model.rowCount() > 0, 60, "the merchant list")
    window.sidebar.setCurrentRow(window.pages.indexOf(window.merchant_area))
    return window


def _open_dashboard(app: Any, window: Any) -> None:
    dashboard = window.dashboard
    shown: list[object] = []
    dashboard.shown.connect(shown.append)
    merchant = next(m.id for m in window.merchants.model.items() if m.tokenized)
    window.open_merchant(merchant)
    _wait(app, lambda: bool(shown), 60, "the dashboard")
    _settle(app, 0.8)


def _all_pages(app: Any, window: Any, out: Path) -> int:
    from ui.shared.layout_check import clipped_texts

    problems: list[str] = []
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        if window.pages.currentWidget() is window.merchant_area:
            window.close_merchant()
            _settle(app)
            shots = [("merchants", None)]
            shots.append(("dashboard", lambda: _open_dashboard(app, window)))
        else:
            shots = [(type(window.pages.currentWidget()).__name__.lower(), None)]
        for name, before in shots:
            if before is not None:
                before()
            _settle(app)
            window.grab().save(str(out / f"{name}.png"), "PNG", 9)
            problems += [f"{name}: {p}" for p in clipped_texts(window)]
    for line in problems:
        print("clipped:", line)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m screenshots.i18n")
    parser.add_argument("out", nargs="?", default="resources/screenshots")
    parser.add_argument("--pages", type=Path, help="save every page here and check for cut text")
    parser.add_argument("--language", default="zh_CN", choices=("en", "zh_CN", "zh_TW"))
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    parser.add_argument("--api", help="an API already running (token: PST_DESK_API_TOKEN)")
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    warnings.filterwarnings("ignore", message=".*AA_UseHighDpiPixmaps.*")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="pst-i18n-") as tmp, ExitStack() as stack:
        url, token = stack.enter_context(_api(options.api, Path(tmp)))
        window = _window(app, stack, url, token, Path(tmp), options)
        if options.pages is not None:
            options.pages.mkdir(parents=True, exist_ok=True)
            return _all_pages(app, window, options.pages)
        out = Path(options.out)
        window.language.apply("zh_CN")
        _settle(app)
        window.grab().save(str(out / "merchants-zh_CN.png"), "PNG", 9)
        window.language.apply("zh_TW")
        _open_dashboard(app, window)
        window.grab().save(str(out / "dashboard-zh_TW.png"), "PNG", 9)
        print(f"saved merchants-zh_CN.png and dashboard-zh_TW.png in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
