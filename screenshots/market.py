"""`python -m screenshots.market [OUT_DIR] [--sandbox]`: the Market page and the order dialog,
saved as `market-light.png`, `market-dark.png`, `market-zh_CN.png` (dark, 简体中文, red up) and
`market-order-light.png`, `market-order-dark.png`, `market-order-zh_CN.png`.

With --sandbox the page reads the real sandbox (its seeded order book, over the chain and the
platform API) as the demo investor, and the Portfolio at market is saved too
(`portfolio-market-light.png`); without, a deterministic demo book drawn the same way. The
page alone at 1260x860, as the other page screenshots are.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.market.depth import depth_of
from app.market.orders import Order, Side
from app.market.screen import BookOrder, MarketScreen, MyOrder, TradeRow
from app.market.ticket import Standing
from app.portfolio.kyc import kyc_status
from screenshots.app import _shrink

PST, USD = 10**18, 10**6
ACCOUNT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"
TOKEN = "0x" + "5e" * 20
NOW = int(dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.UTC).timestamp())


def demo_screen(seed: int = 16) -> MarketScreen:
    rng = random.Random(seed)
    makers = [f"0x{rng.getrandbits(160):040x}" for _ in range(8)]

    def book(side: Side, start: int, step: int, count: int) -> tuple[BookOrder, ...]:
        orders = []
        for i in range(count):
            price = start + step * (i // 2 + rng.randrange(0, 2))
            amount = rng.randrange(5, 120) * PST // 2
            order = Order(makers[i % 8], side, TOKEN, amount, price, NOW + 86_400 * 7, i, 0)
            orders.append(
                BookOrder.signed(f"0x{rng.getrandbits(256):064x}", order, b"\x01" * 65, amount)
            )
        best_first = sorted(orders, key=lambda o: o.price, reverse=side is Side.BUY)
        return tuple(best_first)

    days, closes, price = [], [], 10_000_000
    for n in range(60):
        price = max(8_000_000, price + rng.randrange(-15, 17) * 10_000)
        days.append(dt.date(2026, 10, 3) + dt.timedelta(days=n))
        closes.append(price)
    last = closes[-1]
    bids = book(Side.BUY, last - 20_000, -40_000, 24)
    asks = book(Side.SELL, last + 20_000, 40_000, 24)
    depth = depth_of(((b.price, b.remaining) for b in bids),
                     ((a.price, a.remaining) for a in asks))  # fmt: skip
    at = dt.datetime.fromtimestamp(NOW, dt.UTC)
    trades = tuple(
        TradeRow(at - dt.timedelta(minutes=37 * i), rng.random() < 0.55,
                 rng.randrange(1, 40) * PST // 4, last + rng.randrange(-4, 5) * 10_000,
                 f"0x{rng.getrandbits(256):064x}")
        for i in range(20)
    )  # fmt: skip
    return MarketScreen("PSTLUMI", TOKEN, "0x" + "3a" * 20, 31337, 30, 18, 6, 10 * USD, bids,
                        asks, depth, trades, tuple(days), tuple(closes), trades[0].price,
                        closes[-2])  # fmt: skip


class DemoMarket:
    coin_symbol, coin_decimals = "sUSD", 6

    def __init__(self) -> None:
        self._screen = demo_screen()

    def symbols(self) -> list[str]:
        return ["PSTLUMI", "PSTORCA", "PSTKITE"]

    def screen(self, symbol: str) -> MarketScreen:
        return self._screen

    def my_orders(self, account: str) -> list[MyOrder]:
        return [
            MyOrder("0x" + "c1" * 32, "PSTLUMI", True, 20 * PST, 12 * PST, 10_720_000, "open"),
            MyOrder("0x" + "c2" * 32, "PSTLUMI", False, 15 * PST, 15 * PST, 9_900_000, "open"),
            MyOrder("0x" + "c3" * 32, "PSTORCA", True, 5 * PST, 0, 11_000_000, "filled"),
        ]

    def standing(self, account: str, screen: MarketScreen) -> Standing:
        kyc = kyc_status(NOW + 300 * 86_400, NOW)
        return Standing(kyc.can_claim, kyc.message, 25_000 * USD, 0, 80 * PST, 0)

    def trade(self, *args: Any) -> str:
        raise RuntimeError("screenshots never trade")

    cancel = cancel_all = trade


class Grant:
    signer = None

    def close(self) -> None:
        pass


def sandbox_source(stack: Any) -> tuple[Any, str, Any]:
    """The real sandbox's market as the demo investor: (desk, account, portfolio service)."""
    import tempfile

    from app.backend.client import ApiClient
    from app.chain.context import ChainContext
    from app.config.profiles import NetworkProfile
    from app.market.book_client import BookClient
    from app.portfolio.holdings import PortfolioReader
    from app.sandbox.chain_plan import local_account
    from app.sandbox.launcher import SandboxProcess
    from app.services.market_desk import MarketDesk
    from app.services.portfolio import PortfolioService
    from app.storage import open_database

    root = Path(stack.enter_context(tempfile.TemporaryDirectory()))
    sandbox = stack.enter_context(
        SandboxProcess.start(root / "sandbox", merchants=60, day_seconds=3600.0, timeout=600)
    )
    db = open_database(root / "pst-desk.sqlite3")
    stack.callback(db.close)
    profile = NetworkProfile(name="sandbox", rpc_url=sandbox.rpc_url or "", chain_id=31337,
                             registry_address=sandbox.lines["registry"])  # fmt: skip
    chain = ChainContext(profile, db)
    stack.callback(chain.close)
    api = ApiClient(sandbox.api_url, sandbox.token, timeout=30)
    stack.callback(api.close)
    desk = MarketDesk(chain, PortfolioReader(chain.client, db, registry=profile.registry_address),
                      BookClient(api))  # fmt: skip
    service = PortfolioService(chain)
    stack.callback(service.close)
    service.quotes = desk.quotes
    service.reader.market = desk.market_address()
    return desk, local_account(4).address, service  # 4: the sandbox's demo investor


def main(out: Path, *, sandbox: bool = False) -> None:
    from contextlib import ExitStack

    with ExitStack() as stack:
        _shoot(out, stack, sandbox)


def _shoot(out: Path, stack: Any, sandbox: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    warnings.filterwarnings("ignore")
    from PySide6.QtWidgets import QApplication

    from ui.market.page import MarketPage
    from ui.shared.i18n import Language
    from ui.shared.i18n.retranslating import refresh_models
    from ui.shared.theme import ThemeManager

    app = QApplication.instance() or QApplication([])
    theme = ThemeManager(app, "light")
    language = Language(app, "en")

    def settle(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def wait(condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + 240
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting for {what}")
            settle(0.05)

    source, account, service = sandbox_source(stack) if sandbox else (DemoMarket(), ACCOUNT, None)
    page = MarketPage(poll_ms=0, colors=theme.colors)
    theme.changed.connect(page.set_colors)
    page.resize(1260, 860)
    page.set_account(account)
    page.attach(source, lambda _what: Grant())
    page.show()
    wait(lambda: page.screen is not None, "the market")
    if service is not None:
        from ui.portfolio.page import PortfolioPage

        portfolio = PortfolioPage(service, poll_ms=0, colors=theme.colors)
        portfolio.resize(1440, 860)
        portfolio.set_account(account)
        portfolio.show()
        wait(lambda: portfolio.view is not None and portfolio.model.rowCount() > 0, "holdings")
        settle(1.0)
        path = out / "portfolio-market-light.png"
        portfolio.grab().save(str(path), "PNG")
        _shrink(path)
        portfolio.close()
    shots = (("light", "en", "green", "light"), ("dark", "en", "green", "dark"),
             ("dark", "zh_CN", "red", "zh_CN"))  # fmt: skip
    for theme_name, code, up, suffix in shots:
        theme.apply(theme_name)
        theme.set_up(up)  # 简体中文: red up, as mainland investors read it
        if language.apply(code) != "en":
            refresh_models(page)
        page.refresh()
        settle(1.0)
        path = out / f"market-{suffix}.png"
        page.grab().save(str(path), "PNG")
        _shrink(path)
        dialog = page.open_order(buy=True)
        assert dialog is not None
        wait(lambda d=dialog: d.standing is not None, "the standing")
        dialog.amount.setText("0.5")
        dialog.adjustSize()
        settle(0.4)
        path = out / f"market-order-{suffix}.png"
        dialog.grab().save(str(path), "PNG")
        _shrink(path)
        dialog.close()
        settle(0.2)
    page.close()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed
    args = [a for a in sys.argv[1:] if a != "--sandbox"]
    main(Path(args[0] if args else "resources/screenshots"), sandbox="--sandbox" in sys.argv)
