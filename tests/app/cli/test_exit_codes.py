"""Exit codes that mean what they say (issue 12): 0 confirmed, 1 nothing sent, 4 sent but the
outcome is not known yet (hash printed; the next run reconciles), and a re-run never sends twice.

Repro: `wallet send` printed `sent: …`, then a receipt-lookup error, and exited 1, so a script
that retried on 1 sent twice.
"""

from __future__ import annotations

import io

import pytest

from app.cli import build_parser
from app.storage import open_database
from app.wallet.wallet import Wallet
from tests.app.wallet.conftest import FAST_N, PASSWORD
from tests.fixtures.wallet_chain import WalletWorld


@pytest.fixture
def cli_dir(tmp_path, wallet_world: WalletWorld, chain):
    root = tmp_path / "cli"
    root.mkdir()
    db = open_database(root / "pst-desk.sqlite3")
    Wallet(root, db, scrypt_n=FAST_N).import_private_key(wallet_world.key_hex, PASSWORD, PASSWORD)
    db.close()
    return root


def cli(root, url: str, world: WalletWorld, *argv: str, stdin: str = "") -> int:
    network = ["--rpc-url", url, "--registry", world.platform.registry]
    args = build_parser().parse_args(["--data-dir", str(root), *argv, *network])
    return int(args.handler(args, io.StringIO(stdin)))


def test_a_send_whose_receipt_cannot_be_read_exits_4_with_the_hash_and_is_not_resent(
    cli_dir, wallet_world, rpc_proxy_factory, capsys
):
    proxy = rpc_proxy_factory(wallet_world.chain.url)
    friend = wallet_world.friend.address
    w3 = wallet_world.chain.w3
    before = w3.eth.get_balance(friend)
    send = ("wallet", "send", "--to", friend, "--amount", "0.5", "--key", "pay-1", "--wait", "2")
    proxy.set_mode("error503", methods={"eth_getTransactionReceipt"})

    code = cli(cli_dir, proxy.url, wallet_world, *send, stdin=f"yes\n{PASSWORD}\n")

    out, err = capsys.readouterr()
    assert code == 4, err
    tx_hash = out.strip().splitlines()[-1]
    assert tx_hash.startswith("0x") and len(tx_hash) == 66
    assert "no receipt after 2 s" in err and "the next command checks it" in err
    assert "Traceback" not in err
    proxy.set_mode("pass")

    # The script retries the same payment: it is reported, not sent again.
    assert cli(cli_dir, proxy.url, wallet_world, *send, stdin="") == 0
    out, err = capsys.readouterr()
    assert out.strip().splitlines()[-1] == tx_hash
    assert "status: confirmed" in err
    assert w3.eth.get_balance(friend) - before == 5 * 10**17


def test_a_claim_with_nothing_to_claim_exits_1_and_signs_nothing(cli_dir, wallet_world, capsys):
    me = wallet_world.me.address
    nonce = wallet_world.chain.w3.eth.get_transaction_count(me)
    code = cli(
        cli_dir,
        wallet_world.chain.url,
        wallet_world,
        "portfolio",
        "claim",
        "WPA",
        "--account",
        me,
        stdin=f"{PASSWORD}\n",
    )
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert "nothing to claim" in err.lower()
    assert wallet_world.chain.w3.eth.get_transaction_count(me) == nonce


def test_signing_commands_document_their_exit_codes(capsys):
    for argv in (
        ["wallet", "send", "--help"],
        ["portfolio", "claim", "--help"],
        ["treasury", "--help"],
        ["market", "--help"],
    ):
        with pytest.raises(SystemExit):
            build_parser().parse_args(argv)
        text = capsys.readouterr().out
        assert "4  sent, but the outcome is not known yet" in text, argv
        assert "1  nothing was sent" in text, argv


def test_market_and_bank_exit_with_the_codes_their_help_documents(tmp_path, capsys):
    """`market --help` promises 2 for a usage error, `bank --help` 0/1/2: both keep it."""
    with pytest.raises(SystemExit):
        build_parser().parse_args(["bank", "--help"])
    text = capsys.readouterr().out
    assert "Exit codes: 0 done" in text and "1 refused or" in text and "2 usage" in text

    def run(*argv: str) -> int:
        args = build_parser().parse_args(["--data-dir", str(tmp_path), *argv])
        return int(args.handler(args, io.StringIO("")))

    assert run("market", "buy", "PST1", "--amount", "1", "--price", "1") == 2  # no --account
    assert "--account" in capsys.readouterr().err
    assert run("market", "book", "PST1", "--limit", "0") == 2
    assert run("bank", "statement", "--store", "M00001", "--period", "2026-13") == 2
    assert "2026-13" in capsys.readouterr().err
