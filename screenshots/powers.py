"""`python -m screenshots.powers [OUT_DIR]`: Portfolio → a holding → Powers over the real sandbox
(REST server + seeded chain) as the demo investor, saved as `powers-light.png`, `powers-dark.png`
and `powers-zh_CN.png` (dark, 简体中文). The page alone at 1260x860, as
tests/ui/portfolio_screenshots.py does for the Portfolio page.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.chain.context import ChainContext
from app.config.profiles import NetworkProfile
from app.events import EventBus
from app.sandbox.chain_plan import local_account
from app.sandbox.launcher import SandboxProcess
from app.services.portfolio import PortfolioService
from app.services.wallet import WalletService
from app.storage import open_database
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from screenshots.app import _shrink
from ui.portfolio.page import PortfolioPage
from ui.shared.bridge import EventBridge
from ui.shared.i18n import Language
from ui.shared.i18n.retranslating import refresh_models
from ui.shared.theme import ThemeManager

PASSWORD = "violet-Harbour-42-lantern"
INVESTOR = 4  # the sandbox's demo investor (app.sandbox.chain_plan)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    warnings.filterwarnings("ignore")
    app = QApplication.instance() or QApplication([])
    theme = ThemeManager(app, "light")
    language = Language(app, "en")

    def settle(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def wait(condition: Callable[[], bool], seconds: float, what: str) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting for {what}")
            settle(0.05)

    with (
        tempfile.TemporaryDirectory() as folder,
        SandboxProcess.start(
            Path(folder) / "sandbox", merchants=60, day_seconds=3600.0, timeout=300
        ) as sandbox,
    ):
        root = Path(folder)
        db = open_database(root / "pst-desk.sqlite3")
        bus = EventBus()
        profile = NetworkProfile(
            name="sandbox",
            rpc_url=sandbox.rpc_url or "",
            chain_id=31337,
            registry_address=sandbox.lines["registry"],
        )
        wallet = Wallet(root, db, scrypt_n=2**10)
        investor = local_account(INVESTOR)
        wallet.import_private_key(bytes(investor.key).hex(), PASSWORD, PASSWORD, label="Investor")
        chain = ChainContext(profile, db, bus)
        wallet_service = WalletService(
            wallet, db, session=WalletSession(wallet), bus=bus, chain=chain
        )
        # The Merchant column, as the app fills it: the tokenized stores' merchants from the
        # REST offerings (ui/portfolio/attach.py).
        client = ApiClient(sandbox.api_url, sandbox.token)
        offerings = CachedApi(client, db, "shots").offerings().value.items
        merchant_ids = [o.merchant_id for o in offerings]
        service = PortfolioService(chain, bus, merchant_ids=lambda: merchant_ids)
        bridge = EventBridge(bus)
        page = PortfolioPage(service, wallet=wallet_service, bridge=bridge, poll_ms=0)
        page.resize(1260, 860)
        page.show()
        wait(lambda: page.view is not None and page.model.rowCount() > 0, 180, "the portfolio")
        page.table.selectRow(0)
        page.tabs.setCurrentWidget(page.powers_panel)
        wait(lambda: page._flags_key is not None, 60, "the store list's flags")
        model = page.model
        flagged = [r for r in range(model.rowCount()) if model.power_flags(model.item(r))]
        page.table.selectRow(flagged[0] if flagged else 0)  # a flagged token says the most
        wait(
            lambda: (
                page.powers_panel.powers is not None
                and page.powers_panel.powers.token == page.selected_holding().info.token
            ),
            60,
            "the powers",
        )
        settle(1.0)
        shots = (("light", "en", "powers-light"), ("dark", "en", "powers-dark"))
        for name, code, file in (*shots, ("dark", "zh_CN", "powers-zh_CN")):
            theme.apply(name)
            page.set_colors(theme.colors)
            if language.apply(code) != "en" or code == "en":
                refresh_models(page)
            settle(0.8)
            page.charts.draw_now()
            page.grab().save(str(out / f"{file}.png"))
            _shrink(out / f"{file}.png")
        page.close()
        bridge.close()
        settle(0.5)
        service.close()
        wallet_service.close()
        chain.close()
        client.close()
        db.close()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
