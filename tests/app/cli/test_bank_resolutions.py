"""`treasury resolve` and `treasury write-off` settle the differences `treasury reconcile` shows,
by the ids it shows, into the audit trail, with the CLI's exit codes (0 done, 1 refused, 2 usage).

The sandbox's bank is clean in October 2026 (its faults start in November); the statement of one
store is imported with one settlement credited four days after its value date (beyond the
settlement lag): a missing settlement and an unexplained credit of the same amount, which the
treasurer matches by hand, and the two sweeps that no longer agree with their days' credits.
Another settlement, of 1 October, is credited on 30 September: inside the lag, it matches across
the month's edge (only the 1st's sweep then differs).
"""

from __future__ import annotations

import io
import json
import re

import pytest

from app.bank.client import BankClient
from app.cli import build_parser
from app.storage import open_database
from app.treasury.audit import AuditTrail
from app.wallet.wallet import Wallet
from tests.app.wallet.conftest import FAST_N, PASSWORD

PERIOD = "2026-10"
KEY = "0x" + "5a" * 32


def _run(root, sandbox, *argv: str, network: bool = False) -> int:
    endpoints = ["--rpc-url", sandbox.rpc_url, "--registry", sandbox.registry]
    endpoints += ["--api-url", sandbox.api_url]
    head = [argv[0], *(endpoints if network else []), *argv[1:]]
    args = build_parser().parse_args(["--data-dir", str(root), *head])
    return int(args.handler(args, io.StringIO("")))


def _moved_credit(text: str, day: str, to: str) -> tuple[str, str]:
    """The MT940 with the first settlement credited on `day` (YYMMDD) moved to `to`; its id."""
    found = re.search(rf":61:{day}(\d{{4}}C[^\r\n]*)\r?\n:86:/REF/([^/]+)/", text)
    assert found is not None
    return text.replace(f":61:{day}{found[1]}", f":61:{to}{found[1]}", 1), found[2]


def _differences(root, sandbox, capsys) -> list[dict]:
    capsys.readouterr()
    assert (
        _run(root, sandbox, "treasury", "reconcile", "--period", PERIOD, "--json", network=True)
        == 0
    )
    return json.loads(capsys.readouterr().out)["differences"]


@pytest.fixture
def desk(tmp_path, sandbox_chain, monkeypatch):
    monkeypatch.setenv("PST_DESK_API_TOKEN", sandbox_chain.token)
    root = tmp_path / "desk"
    root.mkdir()
    db = open_database(root / "pst-desk.sqlite3")
    account = Wallet(root, db, scrypt_n=FAST_N).import_private_key(KEY, PASSWORD, PASSWORD)
    db.close()
    return root, account.address


def test_reconcile_shows_ids_that_resolve_and_write_off_settle_into_the_audit_trail(
    desk, sandbox_chain, capsys
):
    root, actor = desk
    bank = ["--bank-url", sandbox_chain.bank_url]
    statement = root / "statement.sta"
    with BankClient(sandbox_chain.bank_url, sandbox_chain.token) as client:
        symbol = client.accounts().items[0].token_symbol
    assert _run(root, sandbox_chain, "bank", "statement", "--store", symbol, "--period", PERIOD,
                "--format", "mt940", "-o", str(statement), *bank) == 0  # fmt: skip
    # Credited four days late (beyond the lag of one day), and one a day early, in September.
    text, settlement = _moved_credit(statement.read_text(encoding="utf-8"), "261005", "261009")
    text, early = _moved_credit(text, "261001", "260930")
    statement.write_text(text, encoding="utf-8")
    assert _run(root, sandbox_chain, "treasury", "import-statement", str(statement), *bank) == 0

    found = _differences(root, sandbox_chain, capsys)
    account = next(d["account"] for d in found if d["item"] == settlement)
    ours = [d for d in found if d["account"] == account]
    by_reason = {d["reason"]: d for d in ours if d["reason"] != "amount_differs"}
    missing, credit = by_reason["missing_settlement"], by_reason["unexplained_credit"]
    assert missing["item"] == settlement and missing["amount_cents"] == credit["amount_cents"]
    assert (missing["value_date"], credit["value_date"]) == ("2026-10-05", "2026-10-09")
    sweeps = sorted(
        (d for d in ours if d["reason"] == "amount_differs"), key=lambda d: d["value_date"]
    )
    assert [d["value_date"] for d in sweeps] == ["2026-10-01", "2026-10-05", "2026-10-09"]
    # The early one matched its settlement across the month's edge, within the lag.
    assert early not in {d["item"] for d in found}
    sweeps = sweeps[1:]
    assert all(re.fullmatch(r"d[0-9a-f]{8}", d["id"]) for d in found)
    assert [d["id"] for d in _differences(root, sandbox_chain, capsys)] == [d["id"] for d in found]

    as_actor = ["treasury", "--account", actor]
    resolve = [*as_actor, "resolve", "--period", PERIOD, "--reason", "credited late, bank ref"]
    write_off = [*as_actor, "write-off", "--period", PERIOD]
    # Refused (1), nothing recorded: another store's item, an unknown id.
    elsewhere = next(d for d in found if d["account"] != account)
    assert _run(root, sandbox_chain, *resolve, "--item", missing["id"], "--with", elsewhere["id"],
                network=True) == 1  # fmt: skip
    assert "same account" in capsys.readouterr().err
    assert _run(root, sandbox_chain, *write_off, "--item", "d00000000", "--reason", "x",
                network=True) == 1  # fmt: skip
    assert "d00000000" in capsys.readouterr().err
    # Usage (2): no account, an empty reason, a bad month.
    assert _run(root, sandbox_chain, "treasury", "write-off", "--period", PERIOD, "--item",
                missing["id"], "--reason", "x", network=True) == 2  # fmt: skip
    assert "--account" in capsys.readouterr().err
    assert _run(root, sandbox_chain, *write_off, "--item", missing["id"], "--reason", "  ",
                network=True) == 2  # fmt: skip
    assert _run(root, sandbox_chain, *as_actor, "write-off", "--period", "2026-13", "--item",
                missing["id"], "--reason", "x", network=True) == 2  # fmt: skip
    assert _notes(root) == []

    assert _run(root, sandbox_chain, *resolve, "--item", credit["id"], "--with", missing["id"],
                network=True) == 0  # fmt: skip
    assert _run(root, sandbox_chain, *write_off, "--item", sweeps[0]["id"], "--reason",
                "the sweep followed the credits", network=True) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "matched" in out and "written off" in out and actor in out
    # Settled once: the same write-off again is refused, and reconcile no longer shows them.
    assert _run(root, sandbox_chain, *write_off, "--item", sweeps[0]["id"], "--reason", "again",
                network=True) == 1  # fmt: skip
    left = {d["id"] for d in _differences(root, sandbox_chain, capsys)}
    assert left == {d["id"] for d in found} - {missing["id"], credit["id"], sweeps[0]["id"]}
    notes = _notes(root)
    assert [n.details["action"] for n in notes] == ["bank_match", "bank_match", "bank_write_off"]
    assert {n.actor for n in notes} == {actor}
    assert notes[0].details["reason"] == "credited late, bank ref"


def _notes(root) -> list:
    db = open_database(root / "pst-desk.sqlite3")
    try:
        trail = AuditTrail(db)
        assert trail.verify().ok
        return [e for e in trail.entries() if e.kind == "note"]
    finally:
        db.close()
