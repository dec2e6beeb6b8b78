"""`wallet balance` and `wallet send` on anvil: the handler in-process, secrets on stdin."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from app.cli import build_parser
from app.cli.wallet import run
from app.services.wallet import WalletService
from app.storage import open_database
from app.wallet.wallet import Wallet
from tests.fixtures.wallet_chain import PST, WalletWorld

from .conftest import FAST_N, PASSWORD
from .test_wallet_cli import ROOT


@pytest.fixture
def cli_dir(tmp_path, wallet_world: WalletWorld, chain):
    root = tmp_path / "cli"
    root.mkdir()
    db = open_database(root / "pst-desk.sqlite3")
    Wallet(root, db, scrypt_n=FAST_N).import_private_key(wallet_world.key_hex, PASSWORD, PASSWORD)
    db.close()
    return root


def wallet_cli(root, world: WalletWorld, *argv: str, stdin: str = "") -> int:
    network = ["--rpc-url", world.chain.url, "--registry", world.platform.registry]
    args = build_parser().parse_args(["--data-dir", str(root), "wallet", *argv, *network])
    return run(args, io.StringIO(stdin))


def test_balance_lists_every_asset(cli_dir, wallet_world, capsys) -> None:
    assert wallet_cli(cli_dir, wallet_world, "balance", "--json") == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["asset"] for r in rows] == ["ETH", "sUSD", "WPA", "WPB"]
    assert rows[2]["amount"] == str(50 * PST) and rows[2]["decimals"] == 18


def test_send_shows_review_and_needs_yes(cli_dir, wallet_world, capsys, monkeypatch) -> None:
    friend = wallet_world.friend.address
    token = wallet_world.admin.contract("ProfitShareToken", wallet_world.stores[0].token)
    before = token.functions.balanceOf(friend).call()
    send = ("send", "--to", friend, "--amount", "1.25", "--asset", "wpa")
    assert wallet_cli(cli_dir, wallet_world, *send, stdin=f"no\n{PASSWORD}\n") == 3
    out = capsys.readouterr().out
    assert "Amount:        1.25 WPA" in out and "Simulation:    succeeds" in out
    assert token.functions.balanceOf(friend).call() == before  # declined: nothing signed

    given: list[object] = []  # what the command hands the service, seen after the send
    real_send = WalletService.send

    def send_and_keep(self: WalletService, review: object, password: object, **kw: object):
        given.append(password)
        return real_send(self, review, password, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(WalletService, "send", send_and_keep)
    assert wallet_cli(cli_dir, wallet_world, *send, stdin=f"yes\n{PASSWORD}\n") == 0
    captured = capsys.readouterr()
    assert captured.out.strip().splitlines()[-1].startswith("0x")
    assert "status: confirmed" in captured.err
    assert token.functions.balanceOf(friend).call() == before + 125 * PST // 100
    # The password was a buffer, and the signing grant zeroed it after the send.
    assert given == [bytearray(len(PASSWORD))]


def test_send_to_stranger_stops_at_the_review(cli_dir, wallet_world, capsys) -> None:
    send = ("send", "--to", wallet_world.stranger.address, "--amount", "1", "--asset", "WPA")
    assert wallet_cli(cli_dir, wallet_world, *send, stdin=f"yes\n{PASSWORD}\n") == 1
    captured = capsys.readouterr()
    assert "recipient is not allowlisted" in captured.out
    assert "nothing was signed" in captured.err


def test_send_wrong_password_and_bad_input(cli_dir, wallet_world, capsys) -> None:
    friend = wallet_world.friend.address
    send = ("send", "--to", friend, "--amount", "1", "--asset", "ETH")
    assert wallet_cli(cli_dir, wallet_world, *send, stdin="yes\nnot-the-password\n") == 1
    assert "password" in capsys.readouterr().err.lower()
    bad = ("send", "--to", friend[:-2], "--amount", "1")
    assert wallet_cli(cli_dir, wallet_world, *bad, stdin="yes\n") == 1
    assert "40 hexadecimal digits" in capsys.readouterr().err


def test_balance_without_network_is_a_clear_error(tmp_path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path), "wallet", "balance"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert proc.returncode == 1
    assert "has no RPC URL" in proc.stderr and "--rpc-url" in proc.stderr
