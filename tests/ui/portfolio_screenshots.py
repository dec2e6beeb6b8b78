"""`python -m tests.ui.portfolio_screenshots OUT_DIR`: the Portfolio page over the real sandbox
(REST server + seeded chain) as the demo "investor", in both themes, and the first page of its
PDF statement. Not a test; makes resources/screenshots/portfolio-{light,dark}.png and
statement.png (needs poppler-utils' pdftoppm)."""

from __future__ import annotations

import datetime as dt
import subprocess
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
from app.services.merchants import MerchantExplorer
from app.services.portfolio import PortfolioService
from app.services.wallet import WalletService
from app.storage import open_database
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from ui.portfolio.attach import _merchant_ids
from ui.portfolio.page import PortfolioPage
from ui.shared.bridge import EventBridge
from ui.shared.theme import ThemeManager

PASSWORD = "violet-Harbour-42-lantern"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    warnings.filterwarnings("ignore")
    app = QApplication.instance() or QApplication([])
    theme = ThemeManager(app, "light")

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
        investor = local_account(4)
        wallet.import_private_key(bytes(investor.key).hex(), PASSWORD, PASSWORD, label="Investor")
        chain = ChainContext(profile, db, bus)
        wallet_service = WalletService(
            wallet, db, session=WalletSession(wallet), bus=bus, chain=chain
        )
        api_client = ApiClient(sandbox.api_url, sandbox.token)
        explorer = MerchantExplorer(CachedApi(api_client, db, "sandbox"), bus)
        service = PortfolioService(chain, bus, merchant_ids=_merchant_ids(explorer))
        bridge = EventBridge(bus)
        page = PortfolioPage(
            service, wallet=wallet_service, bridge=bridge, explorer=explorer, poll_ms=0
        )
        page.resize(1260, 860)
        page.show()
        wait(lambda: page.view is not None, 120, "the portfolio")
        wait(lambda: len(page.trends) >= len(page.view.merchants), 120, "the merchant badges")
        page.table.selectRow(0)
        settle(1.0)
        for name in ("light", "dark"):
            theme.apply(name)
            page.set_colors(theme.colors)
            settle(0.8)
            page.charts.draw_now()
            page.grab().save(str(out / f"portfolio-{name}.png"))
        page.tabs.setCurrentIndex(1)
        settle(1.5)
        page.grab().save(str(out / "portfolio-dao-dark.png"))
        end = dt.datetime.fromtimestamp(page.view.snapshot.timestamp, dt.UTC).date()
        written: list[Path] = []
        pdf = root / "statement.pdf"
        page.export_pdf(pdf, dt.date(end.year - 1, 1, 1), end, done=written.append)
        wait(lambda: bool(written), 60, "the statement")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(root / "page")],
            check=True,
        )
        (root / "page-1.png").replace(out / "statement.png")
        pdf.replace(out / "statement-sample.pdf")
        page.close()
        bridge.close()
        settle(0.5)
        service.close()
        wallet_service.close()
        explorer.close()
        api_client.close()
        chain.close()
        db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
