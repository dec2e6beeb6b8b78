"""A data directory with the treasury staff's wallet, revenue reports served over loopback, the
treasury CLI run in-process, and the period whose routing the chain attributes to `now`."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from eth_utils import to_checksum_address

from app.backend.models import RevenueReport, RevenueReportList
from app.chain.deploy import role
from app.cli import build_parser
from app.cli.treasury import run
from app.storage import open_database
from app.treasury.safe import deploy_safe, deploy_safe_contracts
from app.wallet.wallet import Wallet
from tests.app.treasury.conftest import MERCHANT, USD, TreasuryEnv
from tests.app.treasury.reports import make_report
from tests.fixtures.hostile import ok

PASSWORD = "violet-Harbour-42-lantern"
FAST_N = 2**10
SYMBOL = "PSTA"


def staff_dir(root: Path, tenv: TreasuryEnv) -> Path:
    """A data directory whose wallet holds the proposer's and both approvers' keys."""
    root.mkdir(parents=True, exist_ok=True)
    db = open_database(root / "pst-desk.sqlite3")
    wallet = Wallet(root, db, scrypt_n=FAST_N)
    for i, signer in enumerate([tenv.proposer, *tenv.approvers]):
        key = signer._account.key.hex()
        wallet.import_private_key(key, PASSWORD, PASSWORD if i == 0 else None)
    db.close()
    return root


def offline_dir(root: Path, key_hex: str) -> Path:
    """An approver's air-gapped machine: a data directory whose wallet holds one key."""
    root.mkdir()
    db = open_database(root / "pst-desk.sqlite3")
    Wallet(root, db, scrypt_n=FAST_N).import_private_key(key_hex, PASSWORD, PASSWORD)
    db.close()
    return root


def offline_cli(root: Path, account: str, *argv: str, stdin: str = "") -> int:
    """`treasury --account ACCOUNT ...` on that machine (it never reaches a chain)."""
    args = build_parser().parse_args(
        ["--data-dir", str(root), "treasury", "--account", account, *argv]
    )
    return run(args, io.StringIO(stdin))


SAFE_THIRD_OWNER = to_checksum_address("0x" + "5afe03" * 6 + "5afe")


def treasury_safe(tenv: TreasuryEnv) -> str:
    """A 2-of-3 Safe 1.4.1 (owners: approver 2, the admin and a key nobody here holds, as the
    sandbox's) holding the approver role. Not approver 1: the treasury never counts a Safe
    beside one of its owners (OwnerCountedTwice), and approver 1 approves with their own key."""
    _, second = tenv.approvers
    owners = [second.address, tenv.admin.address, SAFE_THIRD_OWNER]
    safe = deploy_safe(tenv.admin, deploy_safe_contracts(tenv.admin), owners, 2)
    treasury = tenv.admin.contract("DistributionTreasury", tenv.platform.treasury)
    tenv.admin.send(treasury.functions.grantRole(role("APPROVER_ROLE"), safe))
    return safe


def routing_period(tenv: TreasuryEnv) -> str:
    """The period the chain attributes routing done now to (the month before the block's)."""
    when = dt.datetime.fromtimestamp(tenv.chain.timestamp(), dt.UTC)
    month = when.year * 12 + when.month - 2
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


def serve_reports(api, *reports: RevenueReport) -> None:
    api.set(
        f"/v1/tokens/{SYMBOL}/reports",
        ok(RevenueReportList(token_symbol=SYMBOL, items=list(reports))),
    )
    for report in reports:
        api.set(f"/v1/tokens/{SYMBOL}/reports/{report.period}", ok(report))


def routed_report(tenv: TreasuryEnv, routed: int = 1_000 * USD, **changes) -> RevenueReport:
    """Route `routed` now and return the matching report of the period it counts for."""
    tenv.route(routed)
    fields = {
        "merchant_id": MERCHANT,
        "period": routing_period(tenv),
        "gross": routed * 10 // 9,
        "settled": routed,
    }
    fields.update(changes)
    return make_report(**fields)


def network(tenv: TreasuryEnv, api=None) -> list[str]:
    args = ["--rpc-url", tenv.chain.url, "--registry", tenv.platform.registry]
    if api is not None:
        args += ["--api-url", api.url]
    return args


def treasury_cli(
    root: Path, tenv: TreasuryEnv, *argv: str, api=None, account=None, stdin: str = ""
) -> int:
    options = network(tenv, api) + (["--account", account] if account else [])
    args = build_parser().parse_args(["--data-dir", str(root), "treasury", *options, *argv])
    return run(args, io.StringIO(stdin))
