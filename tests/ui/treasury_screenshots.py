"""`python -m tests.ui.treasury_screenshots OUT_DIR`: the Treasury page's screenshots over a real
anvil with four months of history (two stores, executed and pending proposals, one period whose
routing falls short of the bank settlement). Not a test; resources/screenshots/treasury-*.png."""

import datetime as dt
import sys
import time
import warnings
from pathlib import Path

from eth_account import Account
from PySide6.QtWidgets import QApplication
from web3 import Web3

from app.backend.models import RevenueReportList
from app.chain.context import ChainContext
from app.chain.deploy import StoreSpec
from app.chain.devnode import AnvilNode
from app.chain.signer import LocalSigner
from app.config.profiles import NetworkProfile
from app.storage import open_database
from app.treasury.actions import Kind
from app.treasury.desk import TreasuryDesk
from app.treasury.execution import run
from tests.app.treasury.reports import make_report
from tests.fixtures.world import deploy_world
from ui.shared.theme import ThemeManager
from ui.treasury.page import TreasuryPage

USD, PST = 10**6, 10**18
out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
Account.enable_unaudited_hdwallet_features()
acc = [
    Account.from_mnemonic(
        "test test test test test test test test test test test junk",
        account_path=f"m/44'/60'/0'/0/{i}",
    )
    for i in range(16)
]
start = int(dt.datetime(2026, 5, 3, tzinfo=dt.UTC).timestamp())
node = AnvilNode.start(extra_args=["--accounts", "16", "--timestamp", str(start)])
try:
    w3 = Web3(Web3.HTTPProvider(node.url))
    plan = (("M00017", "PSTQ", "Qingdao Home Goods"), ("M00042", "PSTK", "Kowloon Outdoor"))
    holders = acc[8:16]
    specs = [
        StoreSpec(
            key=key,
            name=name,
            symbol=sym,
            merchant=acc[6].address,
            fee_recipient=acc[7].address,
            investors_bp=3000,
            fee_bp=250,
            cap_per_period=500_000 * USD,
        )
        for key, sym, name in plan
    ]
    world = deploy_world(
        w3,
        acc[0],
        specs,
        approval_threshold=2,
        kyc_officer=True,
        proposers=[acc[1].address],
        approvers=[acc[2].address, acc[3].address],
        kyc=[a.address for a in holders],
        kyc_expiry=start + 3 * 365 * 86400,
        token_roles=["MINTER_ROLE"],
        holdings=[
            [(h.address, (i * 37 % 11 + 1) * 1000 * PST + i) for i, h in enumerate(holders)]
            for _ in plan
        ],
    )
    admin, platform = world.admin, world.platform
    coin = admin.contract("SandboxStablecoin", platform.stablecoin)
    stores = {sym: (key, s) for (key, sym, _), s in zip(plan, world.stores, strict=True)}
    reports = {"PSTQ": [], "PSTK": []}
    sales = {
        "PSTQ": [412_000, 388_500, 455_200, 497_900],
        "PSTK": [210_400, 198_700, 233_100, 251_600],
    }

    def at(ts):
        w3.provider.make_request("evm_setNextBlockTimestamp", [ts])

    for m, period in enumerate(["2026-05", "2026-06", "2026-07", "2026-08"]):
        month = dt.datetime(2026, 6 + m, 5, 9, tzinfo=dt.UTC)
        for sym, (key, s) in stores.items():
            gross = sales[sym][m] * USD + 123_457
            settled = gross * 86 // 100
            routed = (
                settled if not (sym == "PSTQ" and period == "2026-08") else settled - 9_870 * USD
            )
            at(int(month.timestamp()) + len(reports[sym]) * 0 + (0 if sym == "PSTQ" else 600))
            admin.send(coin.functions.mint(s.router, routed))
            admin.send(admin.contract("RevenueRouter", s.router).functions.route())
            r = make_report(
                merchant_id=key, period=period, gross=gross, settled=settled, routed=settled
            )
            reports[sym].append(r.model_copy(update={"token_symbol": sym}))
    from app.backend.canonical import report_fields, report_hash

    reports = {
        k: [r.model_copy(update={"report_hash": report_hash(report_fields(r))}) for r in v]
        for k, v in reports.items()
    }

    class Api:
        def reports(self, symbol):
            return RevenueReportList(token_symbol=symbol, items=reports[symbol])

        def report(self, symbol, period):
            return next(r for r in reports[symbol] if r.period == period)

        def close(self):
            pass

    db = open_database(out / "shot.sqlite3")
    chain = ChainContext.open(
        NetworkProfile(name="shot", rpc_url=node.url, registry_address=platform.registry), db
    )
    client = chain.client
    desk = TreasuryDesk(chain, Api())
    signers = {a.address: LocalSigner(a) for a in acc[1:4]}
    flow = desk.workflow
    at(int(dt.datetime(2026, 9, 8, tzinfo=dt.UTC).timestamp()))
    for sym in ("PSTQ", "PSTK"):
        for period, approvers, execute in (
            ("2026-05", 2, True),
            ("2026-06", 2, True),
            ("2026-07", 1, False),
        ):
            if sym == "PSTK" and period == "2026-07":
                approvers = 0
            desk.sync()
            review = desk.draft(sym, period)
            a = run(flow, flow.propose(review.draft, acc[1].address).id, signers[acc[1].address])
            for ap in acc[2 : 2 + approvers]:
                run(flow, flow.act(Kind.APPROVE, a.proposal_id, ap.address).id, signers[ap.address])
            if execute:
                run(
                    flow,
                    flow.act(Kind.EXECUTE, a.proposal_id, acc[2].address).id,
                    signers[acc[2].address],
                )
    warnings.filterwarnings("ignore")
    app = QApplication.instance() or QApplication([])
    theme = ThemeManager(app, "light")
    page = TreasuryPage(desk, acc[3].address, lambda a, _w: signers[a], colors=theme.colors)
    page.resize(1440, 860)
    page.show()
    page.start()

    def settle(sec):
        end = time.monotonic() + sec
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    deadline = time.monotonic() + 60
    while page.snapshot is None and time.monotonic() < deadline:
        settle(0.1)
    settle(0.5)
    from ui.treasury.tabs import select_key

    select_key(page.stores.stores, "PSTQ")
    settle(0.3)
    select_key(page.stores.periods, "2026-07")
    for name in ("light", "dark"):
        theme.apply(name)
        page.set_colors(theme.colors)
        for i, tab in enumerate(["stores", "queue", "history", "audit"]):
            page.tabs.setCurrentIndex(i)
            if tab == "queue":
                select_key(page.queue.view, 5)
            settle(0.3)
            page.grab().save(str(out / f"treasury-{name}-{tab}.png"))
        page.tabs.setCurrentIndex(0)
        settle(0.3)
        page.grab().save(str(out / f"treasury-{name}.png"))
    dialog = page.open_propose("PSTQ", "2026-08")
    deadline = time.monotonic() + 20
    while dialog.result_check is None and time.monotonic() < deadline:
        settle(0.1)
    settle(0.3)
    dialog.grab().save(str(out / "propose-dark.png"))
    dialog.reject()
    settle(0.2)
    page.close()
    chain.close()
    db.close()
finally:
    node.stop()
