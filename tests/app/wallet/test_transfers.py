"""Balances, checked transfers, history, speed-up and cancel on anvil, through WalletService."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pydantic import ValidationError

from app.amounts import AmountError
from app.chain.context import ChainContext
from app.config.profiles import NetworkProfile
from app.errors import Phrase
from app.services.wallet import NotConnected, WalletService
from app.wallet.addresses import WarningKind
from app.wallet.balances import AssetKind, format_units
from app.wallet.errors import InvalidAddress
from app.wallet.session import WalletSession
from app.wallet.transfers import TransferRefused
from app.wallet.wallet import Wallet
from tests.fixtures.wallet_chain import PST, USD, WalletWorld

from .conftest import FAST_N, PASSWORD


@pytest.fixture
def service(wallet_world: WalletWorld, chain, data_dir, db) -> Iterator[WalletService]:
    wallet = Wallet(data_dir, db, scrypt_n=FAST_N)
    wallet.import_private_key(wallet_world.key_hex, PASSWORD, PASSWORD, label="Mine")
    profile = NetworkProfile(
        name="test",
        rpc_url=chain.url,
        chain_id=31337,
        registry_address=wallet_world.platform.registry,
    )
    chain = ChainContext(profile, db)
    made = WalletService(wallet, db, chain=chain)
    yield made
    made.close()
    chain.close()


def test_amounts_are_exact_base_units() -> None:
    assert format_units(10**30 + 1, 18) == "1,000,000,000,000.000000000000000001"
    assert format_units(12_345_000, 6) == "12.345"


def test_balances_of_every_asset_in_one_round_trip(service, wallet_world) -> None:
    me = wallet_world.me.address
    assets = service.assets()
    assert [a.symbol for a in assets] == ["ETH", "sUSD", "WPA", "WPB"]
    balances = service.balances(me)
    assert balances.round_trips == 1
    by_symbol = {h.asset.symbol: h.amount for h in balances.holdings}
    assert by_symbol["sUSD"] == 1_000 * USD
    assert by_symbol["WPA"] == 50 * PST and by_symbol["WPB"] == 5 * PST
    assert by_symbol["ETH"] == wallet_world.chain.w3.eth.get_balance(me)


def test_send_pst_with_review_then_history(service, wallet_world) -> None:
    me, friend = wallet_world.me.address, wallet_world.friend.address
    review = service.review_transfer(me, "WPA", friend.lower(), "2.5")
    assert review.can_send, review.lines()
    kinds = {w.kind for w in review.recipient.warnings}
    assert kinds == {WarningKind.NO_CHECKSUM, WarningKind.FIRST_TIME}
    rows = dict(review.lines())
    assert rows["Amount"] == "2.5 WPA"
    assert rows["Call"].startswith(f"transfer(to = {friend}, amount = 2.5 WPA")
    assert rows["Simulation"].startswith("succeeds")
    # the same rows in Chinese: the labels, the verdicts and the recipient's warnings
    chinese = [
        (label.text("zh_TW"), value.text("zh_TW") if isinstance(value, Phrase) else value)
        for label, value in review.lines()
    ]
    labels = [label for label, _value in chinese]
    assert labels[:8] == ["付款方", "收款方", "金額", "資產", "呼叫", "合約", "預檢", "模擬"]
    assert dict(chinese)["預檢"] == "通過" and dict(chinese)["模擬"].startswith("成功")
    assert dict(chinese)["呼叫"] == (
        f"transfer(to = {friend}, amount = 2.5 WPA（2500000000000000000 個最小單位）)"
    )
    assert "利潤分成代幣" in dict(chinese)["資產"] and dict(chinese)["網路手續費"].startswith("約 ")
    warned = [value for label, value in chinese if label == "警告"]
    assert len(warned) == 2 and "校驗和" in warned[0] and "從未" in warned[1]
    assert 0 < review.expected_fee <= review.max_fee  # type: ignore[operator]
    with pytest.raises(AmountError) as misread:  # "1,5" was once sent as 15
        service.review_transfer(me, "WPA", friend, "1,5")
    assert misread.value.code == "amount.grouping_two"

    password = bytearray(PASSWORD.encode())
    record = service.send(review, password)  # locked: signed with the password given
    assert password == bytearray(len(PASSWORD))  # the signing grant wiped it
    assert not service.session.is_unlocked(me)
    # A second press of the button: the same intent, not signed again (locked, no password).
    again = service.send(review)
    assert again.intent_id == record.intent_id
    assert service.wait(record.intent_id, 30).status == "confirmed"

    entries = service.history(me)
    sent = [e for e in entries if e.intent_id == record.intent_id]
    assert len(sent) == 1 and sent[0].amount_text == "−2.5 WPA"
    assert sent[0].counterparty == friend and sent[0].status == "confirmed"
    assert not any(e.tx_hash == sent[0].tx_hash and e.intent_id is None for e in entries)
    # the friend is now a past recipient: no first-time warning any more
    next_review = service.review_transfer(me, "WPA", friend, "1")
    assert not next_review.recipient.warnings


def test_not_allowlisted_recipient_is_explained_and_nothing_is_sent(service, wallet_world) -> None:
    me, stranger = wallet_world.me.address, wallet_world.stranger.address
    nonce = wallet_world.chain.w3.eth.get_transaction_count(me)
    review = service.review_transfer(me, "WPA", stranger, "1")
    assert not review.can_send
    assert review.check.source == "transferCheck"
    assert "recipient is not allowlisted" in review.check.reason
    assert "recipient not allowed" in review.simulation  # the simulation agrees, decoded
    assert "FAILS: recipient is not allowlisted" in dict(review.lines())["Pre-check"]
    password = bytearray(PASSWORD.encode())
    with pytest.raises(TransferRefused):
        service.send(review, password)
    assert password == bytearray(len(PASSWORD))  # wiped though nothing was signed
    assert wallet_world.chain.w3.eth.get_transaction_count(me) == nonce
    assert service.chain().pipeline.history() == []


def test_eth_and_stablecoin_checks(service, wallet_world) -> None:
    me, friend = wallet_world.me.address, wallet_world.friend.address
    too_much = service.review_transfer(me, "sUSD", friend, "1000.000001")
    assert not too_much.can_send and "lower than the amount" in too_much.check.reason
    eth = service.review_transfer(me, "ETH", friend, "0.5")
    assert eth.can_send and eth.asset.kind is AssetKind.ETH
    assert eth.call.function == "" and eth.call.words.startswith("(a plain ETH transfer")
    assert "ETH" in eth.call.words.text("zh_CN") and "转账" in eth.call.words.text("zh_CN")
    service.session.unlock(me, PASSWORD)  # unlocked: no prompt needed
    record = service.send(eth)
    assert service.wait(record.intent_id, 30).status == "confirmed"
    entry = next(e for e in service.history(me) if e.intent_id == record.intent_id)
    assert entry.amount_text == "−0.5 ETH"
    with pytest.raises(InvalidAddress):
        service.review_transfer(me, "ETH", friend[:-1], "1")


def test_incoming_transfer_is_indexed(service, wallet_world) -> None:
    wallet_world.pay_me(1, 3 * PST)
    entries = service.history(wallet_world.me.address)
    incoming = [e for e in entries if e.direction == "in"]
    assert incoming[0].amount_text == "+3 WPB"  # newest first
    assert incoming[0].counterparty == wallet_world.friend.address
    minted = sorted(e.amount_text for e in incoming[1:])
    assert minted == ["+1,000 sUSD", "+5 WPB", "+50 WPA"]
    assert all(e.description.endswith("(issued)") for e in incoming[1:])
    # In Chinese History, the descriptions are Chinese too (keyed by code and parameters).
    assert all(e.description_text("zh_TW").endswith("（發行）") for e in incoming[1:])
    received = incoming[0].description_text("zh_CN")
    assert received.startswith("从 ") and received.endswith(" 收到 WPB")


def test_speed_up_and_cancel_a_stuck_transfer(service, wallet_world) -> None:
    chain, me, friend = wallet_world.chain, wallet_world.me.address, wallet_world.friend.address
    service.session.unlock(me, PASSWORD)
    chain.rpc("evm_setAutomine", [False])
    try:
        first = service.send(service.review_transfer(me, "WPA", friend, "1"))
        second = service.send(service.review_transfer(me, "WPB", friend, "1"))
        stuck = {e.intent_id: e for e in service.history(me)}
        assert stuck[first.intent_id].can_replace and stuck[second.intent_id].can_replace
        service.session.lock()  # locked: each replacement is signed with the password given
        passwords = [bytearray(PASSWORD.encode()) for _ in range(2)]
        faster = service.speed_up(first.intent_id, passwords[0])
        assert len(faster.attempts) == 2 and faster.attempts[1].purpose == "speed_up"
        cancelled = service.cancel(second.intent_id, passwords[1])
        assert passwords == [bytearray(len(PASSWORD))] * 2  # both wiped by the signing grant
        assert cancelled.attempts[-1].purpose == "cancel"
    finally:
        chain.rpc("evm_setAutomine", [True])
    chain.mine_blocks(1)
    assert service.wait(first.intent_id, 30).status == "confirmed"
    assert service.wait(second.intent_id, 30).status == "cancelled"
    statuses = {e.intent_id: e.status for e in service.history(me)}
    assert statuses[first.intent_id] == "confirmed"
    assert statuses[second.intent_id] == "cancelled"


def test_watch_only_and_no_network(data_dir, db, wallet_world) -> None:
    wallet = Wallet(data_dir, db, scrypt_n=FAST_N)
    watched = wallet.add_watch_only(wallet_world.friend.address)
    service = WalletService(wallet, db, session=WalletSession(wallet))
    with pytest.raises(NotConnected):
        service.balances(watched.address)
    with pytest.raises(Exception, match="watch-only"):
        service.review_transfer(watched.address, "ETH", wallet_world.me.address, "1")


def test_history_shows_every_recorded_transaction_with_amount_fee_and_hash(
    service, wallet_world
) -> None:
    """An allowance another feature signed (the subscription's approve) is in the History with
    its token, amount, spender, fee and full hash (it was missing)."""
    from app.chain.calldata import encode_call
    from app.chain.signer import LocalSigner
    from app.chain.transactions import Intent

    me, sale = wallet_world.me.address, wallet_world.stores[0].sale
    coin = wallet_world.platform.stablecoin
    pipeline = service.chain().pipeline  # the one pipeline every feature signs through
    data = encode_call("SandboxStablecoin", "approve", sale, 12 * USD)
    allow = Intent(coin, data, 0, "Allow the WPA offering")
    record = pipeline.send(allow, LocalSigner(wallet_world.me))
    assert pipeline.wait(record.intent_id, timeout=10).status == "confirmed"

    [entry] = [e for e in service.history(me) if e.intent_id == record.intent_id]
    assert entry.direction == "approve" and entry.asset is not None
    assert entry.asset.symbol == "sUSD" and entry.amount == 12 * USD
    assert entry.counterparty == sale and entry.status == "confirmed"
    receipt = wallet_world.chain.w3.eth.get_transaction_receipt(entry.tx_hash)
    assert entry.fee == receipt["gasUsed"] * receipt["effectiveGasPrice"]
    assert entry.tx_hash == record.latest.tx_hash and len(entry.tx_hash) == 66
    assert entry.description_text("en") == f"Allowed {sale[:8]}…{sale[-6:]} to spend sUSD"
    assert entry.description_text("zh_TW") == f"允許 {sale[:8]}…{sale[-6:]} 動用 sUSD"


def test_explorer_links_come_from_the_profile() -> None:
    tx = "0x" + "ab" * 32
    assert NetworkProfile(name="n").explorer_link(tx) is None
    with_template = NetworkProfile(name="n", explorer_url="https://scan.example/tx/{tx}")
    assert with_template.explorer_link(tx) == f"https://scan.example/tx/{tx}"
    assert NetworkProfile(name="n", explorer_url="https://scan.example/").explorer_link(tx) == (
        f"https://scan.example/tx/{tx}"
    )


@pytest.mark.parametrize("url", ["http://127.0.0.1:5100/tx/{tx}", "http://localhost/tx/{tx}"])
def test_a_plain_http_explorer_is_accepted_on_this_computer_only(url: str) -> None:
    assert NetworkProfile(name="n", explorer_url=url).explorer_url == url
    remote = url.replace("127.0.0.1:5100", "scan.example").replace("localhost", "scan.example")
    with pytest.raises(ValidationError) as refused:
        NetworkProfile(name="n", explorer_url=remote)
    assert "must start with https://" in str(refused.value)
