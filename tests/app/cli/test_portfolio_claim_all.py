"""`python main.py portfolio claim --all --account ADDR` on anvil: every token's profit share in
one transaction through the claim router, exactly what the contracts owed; the command line
names one token or --all; nothing to claim signs nothing."""

# ruff: noqa: F811 - `world` is the imported fixture
from __future__ import annotations

import io

from app.cli import build_parser
from app.storage import open_database
from app.wallet.wallet import Wallet
from tests.app.portfolio.conftest import USD, World, world  # noqa: F401
from tests.app.wallet.conftest import FAST_N, PASSWORD


def _data_dir(tmp_path, world: World):
    root = tmp_path / "cli"
    root.mkdir()
    db = open_database(root / "pst-desk.sqlite3")
    key = bytes(world.investors[0].key).hex()
    Wallet(root, db, scrypt_n=FAST_N).import_private_key(key, PASSWORD, PASSWORD)
    db.close()
    return root


def _claim(root, world: World, *argv: str) -> int:
    network = ["--rpc-url", world.chain.url, "--registry", world.platform.registry]
    account = ["--account", world.investors[0].address]
    args = build_parser().parse_args(
        ["--data-dir", str(root), "portfolio", "claim", *argv, *account, *network]
    )
    return int(args.handler(args, io.StringIO(f"{PASSWORD}\n")))


def _coin(world: World, address: str) -> int:
    coin = world.contract("SandboxStablecoin", world.platform.stablecoin)
    return int(coin.functions.balanceOf(address).call())


def test_claim_all_is_one_transaction(world: World, tmp_path, capsys, chain):
    alice = world.investors[0]
    for i in range(3):
        world.buy(alice, i, 5 + i)
        world.buy(world.investors[1], i, 10)
        world.distribute(i, 90 * USD + i)
    owed = [world.token(i).functions.claimableOf(alice.address).call() for i in range(3)]
    before = _coin(world, alice.address)
    root = _data_dir(tmp_path, world)

    code = _claim(root, world, "--all")

    out, err = capsys.readouterr()
    assert code == 0, err
    hashes = out.split()
    assert len(hashes) == 1 and hashes[0].startswith("0x")
    assert "3 token(s) in 1 transaction(s), through the claim router" in err
    assert "status: confirmed" in err
    assert _coin(world, alice.address) - before == sum(owed) and all(owed)
    assert all(world.token(i).functions.claimableOf(alice.address).call() == 0 for i in range(3))
    receipt = world.chain.w3.eth.get_transaction_receipt(hashes[0])
    assert receipt["to"] == world.platform.claim_router


def test_one_token_or_all_and_nothing_to_claim_signs_nothing(world: World, tmp_path, capsys, chain):
    root = _data_dir(tmp_path, world)
    alice = world.investors[0].address
    nonce = world.chain.w3.eth.get_transaction_count(alice)
    assert _claim(root, world, "PSP0", "--all") == 2
    assert "--all" in capsys.readouterr().err
    assert _claim(root, world, "--all") == 1
    out, err = capsys.readouterr()
    assert out == "" and "nothing to claim" in err.lower()
    assert world.chain.w3.eth.get_transaction_count(alice) == nonce
