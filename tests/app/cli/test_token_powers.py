# ruff: noqa: F811 - `world` is the imported fixture
"""`python main.py token powers SYMBOL [--json]` against a deployed platform on anvil."""

from __future__ import annotations

import json

from app.chain.deploy import role
from main import main
from tests.app.portfolio.conftest import World, world  # noqa: F401 - the deployed platform


def _run(world: World, tmp_path, *extra: str) -> int:
    argv = ["--data-dir", str(tmp_path), "token", "powers", *extra]
    argv += ["--rpc-url", world.chain.url, "--registry", world.platform.registry]
    return main([*argv, "--chain-id", "31337"])


def test_the_json_names_every_holder_and_flags_a_minting_key(world: World, tmp_path, capsys, chain):
    key = world.investors[3].address
    world.admin.send(world.token(1).functions.grantRole(role("MINTER_ROLE"), key))
    assert _run(world, tmp_path, "PSP1", "--json") == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["symbol"] == "PSP1" and answer["token"] == world.stores[1].token
    assert answer["handed_over"] is False and answer["owner"]["kind"] == "key"
    minters = next(
        r for r in answer["roles"] if r["contract"] == "token" and r["role"] == "MINTER_ROLE"
    )
    assert {(h["address"], h["kind"]) for h in minters["holders"]} == {
        (world.stores[1].sale, "sale"),
        (key, "key"),
    }
    mint = [f for f in answer["flags"] if f["code"] == "powers.flag.mint"]
    assert [f["holder"]["address"] for f in mint] == [key]
    assert mint[0]["platform_held"] is False
    assert set(mint[0]["reason"]) == {"en", "zh_CN", "zh_TW"}
    assert "增发" in mint[0]["reason"]["zh_CN"] and "增發" in mint[0]["reason"]["zh_TW"]
    assert answer["router"] == {
        "address": world.stores[1].router,
        "investors_bp": 3000,
        "fee_bp": 200,
        "merchant_bp": 6800,
        "owner": None,
    }
    assert answer["governor"]["voting_period"] == 20 and answer["timelock"]["delay_seconds"] == 60
    assert [h["address"] for h in answer["compliance_officers"]] == [world.admin.address]


def test_the_table_shows_roles_and_flags_as_platform_held_before_the_handover(
    world: World, tmp_path, capsys, chain
):
    assert _run(world, tmp_path, "psp0") == 0
    out = capsys.readouterr().out
    assert "not yet handed over" in out
    assert f"token       MINTER_ROLE          {world.stores[0].sale}" in out
    assert "FLAGS (4)" in out and out.count("Held by the platform until") == 3
    assert "no owner, no setter" in out and "investors 30.00%" in out


def test_the_treasury_registry_and_sale_are_reported_with_what_each_role_can_do(
    world: World, tmp_path, capsys, chain
):
    """Review F6: the platform key still administers the treasury holding the store's money."""
    assert _run(world, tmp_path, "PSP2", "--json") == 0
    answer = json.loads(capsys.readouterr().out)
    treasury = answer["treasury"]
    assert treasury["address"] == world.platform.treasury and treasury["threshold"] == 2
    assert [h["kind"] for h in treasury["admins"]] == ["key"]
    assert len(treasury["proposers"]) == 1 and len(treasury["approvers"]) == 3
    assert [h["address"] for h in answer["registry"]["registrars"]] == [world.admin.address]
    sale = answer["sale"]
    assert sale["address"] == world.stores[2].sale and sale["price"] == str(10 * 10**6)
    assert sale["proceeds_recipient"]["kind"] == "key"
    admin = [f for f in answer["flags"] if f["code"] == "powers.flag.treasury_admin"]
    assert admin and "停止该店铺的派付" in admin[0]["reason"]["zh_CN"]
    assert _run(world, tmp_path, "PSP2") == 0
    out = capsys.readouterr().out
    assert "treasury    APPROVER_ROLE        " in out and "registry    REGISTRAR_ROLE" in out
    assert "a payout needs a proposer and 2 of 3 approvers" in out
    assert "Treasury admin: can stop this store's payouts" in out
    assert "price 10.00 sUSD per PST" in out and "proceeds to" in out
    assert "for later proposals, their votes" in out


def test_an_unknown_symbol_fails_with_a_sentence(world: World, tmp_path, capsys, chain):
    assert _run(world, tmp_path, "NOPE") == 1
    err = capsys.readouterr().err
    assert "NOPE" in err and "Traceback" not in err


def test_a_store_that_does_not_answer_spoils_only_its_own_report(
    world: World, tmp_path, capsys, chain
):
    """Review F7: one store with no sale contract made `token powers` fail for every token."""
    _, token, sale = world.register_broken_store("sale", "0x")
    assert _run(world, tmp_path, "PSP1") == 0
    assert "PSP1" in capsys.readouterr().out
    assert _run(world, tmp_path, token) == 1
    err = capsys.readouterr().err
    assert sale in err and "no contract at that address" in err and "Traceback" not in err
