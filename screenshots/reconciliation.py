"""`python -m screenshots.reconciliation [OUT_DIR]`: the bank reconciliation's drill-down.

Starts a real sandbox (60 merchants, a business day a second, with its chain), waits until the
injected faults have happened, imports the statements from the sandbox bank and reconciles them
as the Treasury page does, then saves the tab with a store's unmatched item selected (its alert
sentence under the table) as `reconciliation-light.png`, `reconciliation-dark.png` and
`reconciliation-zh_CN.png`; and the revenue-control alerts those faults raised, as the in-app
notification area shows them (`revenue-alert-light.png`, `-dark`, `-zh_CN`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

SIZE = (1400, 860)


def _settle(app: Any, seconds: float = 0.8) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _result(tmp: Path) -> Any:
    from app.backend.client import ApiClient
    from app.bank.client import BankClient
    from app.bank.reconciliation import ReconciliationDesk
    from app.chain.client import connect
    from app.chain.registry import discover
    from app.config.profiles import NetworkProfile
    from app.sandbox.calendar import SIM_START
    from app.sandbox.launcher import SandboxProcess
    from app.storage import open_database

    with SandboxProcess.start(tmp / "sandbox", merchants=60, day_seconds=1.0) as box:
        bank = BankClient(box.bank_url, box.token, timeout=30)
        deadline = time.monotonic() + 120
        while (bank.health().booked_through or SIM_START) < SIM_START + dt.timedelta(days=6):
            if time.monotonic() > deadline:
                raise SystemExit("the sandbox bank did not reach the fault days")
            time.sleep(0.5)
        api = ApiClient(box.api_url, box.token, timeout=30)
        client = connect(NetworkProfile(name="sandbox", rpc_url=box.rpc_url, chain_id=31337))
        db = open_database(tmp / "store.sqlite3")
        desk = ReconciliationDesk(db, api, client, discover(client, box.registry), bank)
        periods = desk.live_periods()
        desk.import_from_bank(periods)
        result = desk.reconcile(periods)
        desk.bank = None  # the servers stop with the sandbox; the tab only draws
        for thing in (bank, api, client):
            thing.close()
        db.close()
        return desk, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m screenshots.reconciliation")
    parser.add_argument("out", nargs="?", default="resources/screenshots")
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from PySide6.QtWidgets import QApplication

    from ui.shared.i18n import Language
    from ui.shared.theme import ThemeManager
    from ui.treasury.reconciliation import ReconciliationTab

    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="pst-recon-") as tmp:
        desk, result = _result(Path(tmp))
    theme = ThemeManager(app, "light")  # type: ignore[arg-type]
    language = Language(app, "en")
    for name, theme_name, code in (
        ("light", "light", "en"), ("dark", "dark", "en"), ("zh_CN", "light", "zh_CN"),
    ):  # fmt: skip
        language.apply(code)
        theme.apply(theme_name)
        tab = ReconciliationTab(desk)
        tab.set_colors(theme.colors)
        tab.resize(*SIZE)
        tab.show()
        tab.show_result(result)
        _settle(app)
        tab.chart.draw_now()
        _settle(app, 0.3)
        path = out / f"reconciliation-{name}.png"
        tab.grab().save(str(path), "PNG", 9)
        print(f"wrote {path}")
        tab.close()
        tab.deleteLater()
        _save_alerts(app, desk, result, theme, out / f"revenue-alert-{name}.png")
    return 0


def _save_alerts(app: Any, desk: Any, result: Any, theme: Any, path: Path) -> None:
    """The alerts the reconciliation raised, through the path every alert takes (the bus, the
    notifier, the in-app area), in the language and theme shown."""
    from PySide6.QtCore import QEvent

    from app.events import EventBus
    from app.portfolio.notifications import TOPIC, PortfolioNotifier
    from app.services.revenue_control import RevenueControlAlerts
    from ui.portfolio.notices import NoticeArea

    bus, notices = EventBus(), []
    bus.subscribe(TOPIC, lambda _topic, notice: notices.append(notice))
    notifier = PortfolioNotifier(bus)
    RevenueControlAlerts(bus).update(result, desk.stores)
    notifier.close()
    area = NoticeArea()
    for notice in reversed(notices):
        area.add(notice)
    # the rows each add replaced are deleted later: let them go before the area is drawn
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    area.setFixedWidth(1100)
    area.show()
    _settle(app, 0.3)
    area.resize(
        1100, area.heightForWidth(1100) if area.hasHeightForWidth() else area.sizeHint().height()
    )
    _settle(app, 0.2)
    area.grab().save(str(path), "PNG", 9)
    print(f"wrote {path} ({len(notices)} alerts)")
    area.close()
    area.deleteLater()


if __name__ == "__main__":
    sys.exit(main())
