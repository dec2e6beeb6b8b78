"""`python main.py treasury sign FILE` on the offline machine: no network, the decoded proposal,
report and reconciliation shown, "yes" asked, the wallet password from standard input; a bad,
tampered or foreign file (or another account) changes nothing."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest
from eth_account import Account

from app.cli import build_parser
from app.cli.treasury import run
from app.signers.airgap import Expected, checksum_of, read_signature, write_json
from app.storage import open_database
from app.wallet.wallet import Wallet
from tests.app.signers.test_airgap import KEY, OFFLINE, TREASURY, make_request, reconciliation

PASSWORD = "violet-Harbour-42-lantern"
OTHER_KEY = "0x" + "43" * 32


@pytest.fixture
def offline(tmp_path: Path) -> Path:
    """The offline machine's data directory: a wallet with the approver's key, nothing else."""
    root = tmp_path / "offline"
    root.mkdir()
    db = open_database(root / "pst-desk.sqlite3")
    wallet = Wallet(root, db, scrypt_n=2**10)
    wallet.import_private_key(KEY, PASSWORD, PASSWORD)
    wallet.import_private_key(OTHER_KEY, PASSWORD)
    db.close()
    return root


def sign(root: Path, *argv: str, stdin: str = "", account: str | None = None) -> int:
    options = ["--account", account or OFFLINE.address]
    args = build_parser().parse_args(["--data-dir", str(root), "treasury", *options, "sign", *argv])
    return run(args, io.StringIO(stdin))


def request_file(tmp_path: Path) -> Path:
    path = tmp_path / "request.json"
    write_json(path, make_request().fields())
    return path


def test_sign_shows_the_proposal_and_writes_a_signature(offline, tmp_path, capsys):
    request = request_file(tmp_path)
    out, qr = tmp_path / "sig.json", tmp_path / "sig.png"
    assert (
        sign(
            offline,
            str(request),
            "--out",
            str(out),
            "--qr",
            str(qr),
            stdin="yes\n" + PASSWORD + "\n",
        )
        == 0
    )
    shown = capsys.readouterr().out
    assert "proposal #3 on chain 31337" in shown and "2026-10" in shown
    assert "20,000.00" in shown  # the amount, in stablecoin units
    assert "reconciliation: ok" in shown and "PSTGLIM" in shown
    signed = read_signature(out, Expected(31337, TREASURY))
    assert signed.signer == OFFLINE.address and signed.kind == "approval"
    assert signed.request_checksum == make_request().fields()["checksum"]
    assert qr.stat().st_size > 0


def test_a_signed_rejection(offline, tmp_path):
    request = request_file(tmp_path)
    argv = [str(request), "--reject", "--reason", "Report is stale", "--yes"]
    assert sign(offline, *argv, stdin=PASSWORD + "\n") == 0
    signed = read_signature(tmp_path / "request.signature.json")
    assert signed.kind == "rejection" and signed.reason == "Report is stale"


def test_no_yes_signs_nothing(offline, tmp_path, capsys):
    request = request_file(tmp_path)
    assert sign(offline, str(request), stdin="no\n" + PASSWORD + "\n") == 3
    assert not (tmp_path / "request.signature.json").exists()
    assert "not signed" in capsys.readouterr().err


def test_a_tampered_file_changes_nothing(offline, tmp_path, capsys):
    request = request_file(tmp_path)
    fields = json.loads(request.read_text())
    fields["typed_data"]["message"]["amount"] *= 10
    request.write_text(json.dumps(fields))
    assert sign(offline, str(request), "--yes", stdin=PASSWORD + "\n") == 1
    assert "checksum does not match" in capsys.readouterr().err
    fields["checksum"] = checksum_of(fields)  # a careful forger
    request.write_text(json.dumps(fields))
    assert sign(offline, str(request), "--yes", stdin=PASSWORD + "\n") == 1
    assert "digest does not match" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offline", "request.json"]


def test_another_account_or_bad_options_sign_nothing(offline, tmp_path, capsys):
    request = request_file(tmp_path)
    other = Account.from_key(OTHER_KEY).address  # in the same wallet, but not the one asked
    assert sign(offline, str(request), "--yes", stdin=PASSWORD + "\n", account=other) == 1
    assert f"asks {OFFLINE.address} to sign, not {other}" in capsys.readouterr().err
    assert sign(offline, str(request), "--reject", "--yes") == 2
    assert "needs a reason" in capsys.readouterr().err
    assert sign(offline, str(request), "--reason", "x", "--yes") == 2
    assert sign(offline, str(tmp_path / "missing.json"), "--yes") == 1
    assert not (tmp_path / "request.signature.json").exists()


def test_the_reconciliation_and_the_proposers_override_are_shown(offline, tmp_path, capsys):
    request = make_request()
    override = "Bank settled twice by mistake; refund ticket 4471"
    flagged = reconciliation(routed=90_000_000_000, override=override)
    path = tmp_path / "request.json"
    write_json(path, dataclasses.replace(request, reconciliation=flagged).fields())
    assert sign(offline, str(path), stdin="no\n") == 3
    shown = capsys.readouterr().out
    assert "reconciliation: DIFFERENCE" in shown
    assert (
        "! settled_vs_routed: expected 100000000000, observed 90000000000, "
        "difference -10000000000" in shown
    )
    assert "recomputed here from the report and the chain's figures" in shown
    assert f"(from the desk's audit trail, not covered by the report hash): {override}" in shown


def test_sign_on_a_ledger_without_usb_transports_says_what_to_install(offline, tmp_path, capsys):
    pytest.importorskip("ledgerblue")  # ledgereth itself is loaded by app.signers
    try:
        import hid  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("ledgerblue's USB transport is installed here: a real device is looked for")
    request = request_file(tmp_path)
    args = build_parser().parse_args(
        ["--data-dir", str(offline), "treasury", "sign", str(request), "--ledger", "--yes"]
    )
    assert run(args, io.StringIO("")) == 1
    assert "No USB connection to a Ledger" in capsys.readouterr().err
    assert not (tmp_path / "request.signature.json").exists()
