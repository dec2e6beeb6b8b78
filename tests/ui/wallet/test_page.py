"""The Wallet page on anvil: create -> verify words -> lock -> unlock -> send -> history; the idle
lock; a refused transfer explained by the token's transferCheck with nothing sent; CSV consent."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.amounts import parse_amount
from app.chain.context import ChainContext
from app.config import Settings
from app.config.profiles import NetworkProfile
from app.services.wallet import WalletService
from app.storage import open_database
from app.storage.settings_store import load_settings, save_settings
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from tests.fixtures.wallet_chain import WalletWorld
from tests.ui.shared.i18n.scan import latin_words
from ui.settings.page import NEW, SettingsPage
from ui.shared.i18n import Language
from ui.wallet.accounts_dialog import CreateWalletDialog
from ui.wallet.page import WalletPage
from ui.wallet.password_dialog import PasswordDialog
from ui.wallet.send_dialog import ReviewDialog, SendDialog

PASSWORD = "violet-Harbour-42-lantern"
FAST_N = 2**10


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def when_modal(qtbot: Any, kind: type, action: Callable[[Any], None]) -> None:
    """Run `action(dialog)` once a modal `kind` is open (dialogs block in exec())."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            timer.stop()
            action(dialog)

    timer.timeout.connect(poll)
    timer.start()
    qtbot._wallet_timers = [*getattr(qtbot, "_wallet_timers", []), timer]


@pytest.fixture
def make_page(qtbot, tmp_path, wallet_world: WalletWorld, chain) -> Iterator[Callable[..., Any]]:
    made: list[tuple[Any, Any, Any]] = []

    def make(
        *, key: str | None = None, clock: Clock | None = None, profile: NetworkProfile | None = None
    ) -> WalletPage:
        root = tmp_path / f"w{len(made)}"
        root.mkdir()
        db = open_database(root / "pst-desk.sqlite3")
        wallet = Wallet(root, db, scrypt_n=FAST_N)
        if key:
            wallet.import_private_key(key, PASSWORD, PASSWORD, label="Mine")
        session = WalletSession(wallet, idle_timeout=60, clock=clock or Clock())
        profile = profile or NetworkProfile(
            name="test",
            rpc_url=chain.url,
            chain_id=31337,
            registry_address=wallet_world.platform.registry,
        )
        context = ChainContext(profile, db)
        service = WalletService(wallet, db, session=session, chain=context)
        page = WalletPage(service)
        qtbot.addWidget(page)
        page.resize(1280, 760)
        page.show()
        made.append((service, db, context))
        return page

    yield make
    qtbot.waitUntil(lambda: _idle(), timeout=15_000)
    for service, db, context in made:
        service.close()
        context.close()
        db.close()


def _idle() -> bool:
    from ui.shared.runner import pending_ops

    return pending_ops() == 0


def test_create_verify_lock_unlock_send_history(
    qtbot, qtmodeltester, make_page, wallet_world, language: Language, tmp_path
) -> None:
    page = make_page()

    def create(dialog: CreateWalletDialog) -> None:
        dialog.new_password.password.setText(PASSWORD)
        dialog.new_password.confirmation.setText(PASSWORD)
        dialog.submit()
        assert dialog.phrase.text() == ""  # hidden until revealed
        dialog.submit()
        assert "Reveal the words" in dialog.error.text()
        dialog.reveal.click()
        words = dialog.draft.words
        assert all(w in dialog.phrase.text() for w in words)
        dialog.submit()
        for _position, field in dialog.answers.items():
            field.setText("wrong")
        dialog.submit()
        assert "does not match" in dialog.error.text()
        for position, field in dialog.answers.items():
            field.setText(words[position - 1])
        dialog.submit()

    when_modal(qtbot, CreateWalletDialog, create)
    page.create_wallet()
    address = page.selected_address()
    assert address is not None and page.service.wallet.has_seed()
    assert page.receive_address.text() == address and not page.qr.pixmap().isNull()
    wallet_world.chain.rpc("anvil_setBalance", [address, hex(10**18)])

    page.lock()
    assert page.lock_state.text().startswith("Locked")
    when_modal(qtbot, PasswordDialog, lambda d: (d.password.setText(PASSWORD), d.accept()))
    page.unlock()
    qtbot.waitUntil(lambda: page.lock_state.text().startswith("Unlocked: "), timeout=10_000)
    assert page.selected_address()[-4:] in page.lock_state.text()  # says which account

    friend = wallet_world.friend.address

    def fill_send(dialog: SendDialog) -> None:
        dialog.asset.setCurrentIndex(0)  # ETH
        dialog.recipient.setText(friend)
        assert "never sent to this address" in dialog.notes.text()
        dialog.amount.setText("0.25")
        dialog.review_button.click()

    def sign(review: ReviewDialog) -> None:
        assert review.sign.isEnabled()
        review.sign.click()

    when_modal(qtbot, SendDialog, fill_send)
    when_modal(qtbot, ReviewDialog, sign)
    with qtbot.waitSignal(page.tabs.currentChanged, timeout=20_000):
        page.send()
    assert page.status.text().startswith(f"Sent: Send 0.25 ETH to {friend[:8]}")
    language.apply("zh_CN")  # what was sent reads in Chinese, not the English it was stored as
    qtbot.waitUntil(lambda: page.status.text().startswith("已发送：向 "))
    assert latin_words(page.status.text(), "ETH") == [], page.status.text()
    language.apply("en")
    qtbot.waitUntil(lambda: page.status.text().startswith("Sent: Send 0.25 ETH"))
    qtbot.waitUntil(lambda: bool(page.history_entries), timeout=10_000)
    if page.history_entries[0].status == "pending":
        page.refresh_history()
        qtbot.waitUntil(lambda: page.history_entries[0].status == "confirmed", timeout=10_000)
    top = page.history_entries[0]
    assert top.amount_text == "−0.25 ETH" and top.counterparty == friend
    history, tip = page.history_model, Qt.ItemDataRole.ToolTipRole
    qtmodeltester.check(history)
    row = [history.index(0, c).data() for c in range(history.columnCount())]
    date, status, _what, amount, counterparty, fee, tx = row
    assert date and status == "confirmed" and amount == "−0.25 ETH"
    assert history.index(0, 4).data(tip) == friend and counterparty.startswith(friend[:8])
    assert top.fee is not None and top.fee > 0 and fee.startswith("0.0000")  # 21,000 gas
    assert history.index(0, 5).data(tip).endswith(" ETH")  # the fee to the wei
    assert tx == top.tx_hash and len(tx) == 66  # the full hash
    page.history_table.selectRow(0)
    page.copy_hash()
    assert QGuiApplication.clipboard().text() == tx
    assert not page.explorer_button.isEnabled()  # the test profile names no explorer
    assert wallet_world.chain.w3.eth.get_balance(friend) > 0

    # Labels (BIP-329): a `tx` label imported shows in History beside the app's description,
    # and the Wallet page's export names the chain as every record's origin.
    label = {"type": "tx", "ref": tx, "label": "Lunch with Bob", "origin": "eip155:31337"}
    report = page.book.import_text(json.dumps(label) + "\n", labels=True)
    assert report is not None and report.transactions == 1
    page.refresh_history()
    qtbot.waitUntil(lambda: page.history_entries[0].label == "Lunch with Bob", timeout=10_000)
    assert history.index(0, 2).data().startswith("Lunch with Bob · Sent ETH to ")
    path = tmp_path / "labels.jsonl"
    page.book.export_labels(str(path))
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert {"type": "tx", "ref": tx, "label": "Lunch with Bob", "origin": "eip155:31337"} in (
        records
    )
    assert {r.get("origin") for r in records} == {"eip155:31337"}


class Browser(QObject):
    """Stands in for the desktop's browser: the URLs History asked it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString(QUrl.ComponentFormattingOption.FullyDecoded))


def test_explorer_url_set_in_settings_opens_a_sent_transaction(
    qtbot, make_page, wallet_world, chain, tmp_path, language: Language
) -> None:
    store = open_database(tmp_path / "settings.sqlite3")
    saved: list[Settings] = []

    def save(chosen: Settings) -> None:
        save_settings(store, chosen)
        saved.append(chosen)

    settings = SettingsPage(load_settings(store), save)
    qtbot.addWidget(settings)
    settings.editing.setCurrentIndex(settings.editing.findData(NEW))
    fields = {
        "name": "test",
        "rpc_url": chain.url,
        "chain_id": "31337",
        "registry_address": wallet_world.platform.registry,
        "explorer_url": "http://scan.example/tx/{tx}",  # plain http to another computer
    }
    for key, value in fields.items():
        settings.inputs[key].setText(value)
    assert settings.save_profile() is False and saved == []
    error = settings.errors["explorer_url"]
    assert "must start with https://" in error.text()
    language.apply("zh_CN")
    qtbot.waitUntil(lambda: error.text().startswith("区块浏览器地址必须以 https:// 开头"))
    assert settings.labels["explorer_url"].text() == "区块浏览器地址"
    language.apply("en")
    settings.inputs["explorer_url"].setText("https://scan.example/tx/{tx}")
    assert settings.save_profile() is True and error.text() == ""
    profile = load_settings(store).profile("test")  # saved with the profile
    store.close()
    assert profile.explorer_url == "https://scan.example/tx/{tx}"

    page = make_page(key=wallet_world.key_hex, profile=profile)
    me, friend = wallet_world.me.address, wallet_world.friend.address
    page.service.session.unlock(me, PASSWORD)
    record = page.service.send(page.service.review_transfer(me, "ETH", friend, "0.01"))
    page.service.wait(record.intent_id, 30)
    tx = record.latest.tx_hash
    page.refresh_history()
    hashes = lambda: [e.tx_hash for e in page.history_entries]  # noqa: E731
    qtbot.waitUntil(lambda: tx in hashes(), timeout=10_000)
    page.history_table.selectRow(hashes().index(tx))
    assert page.explorer_button.isEnabled()
    browser = Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        page.explorer_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened == [f"https://scan.example/tx/{tx}"]


def test_send_to_a_stranger_shows_the_transfer_check(qtbot, make_page, wallet_world) -> None:
    page = make_page(key=wallet_world.key_hex)
    qtbot.waitUntil(lambda: page.balance_model.rowCount() == 4, timeout=10_000)
    seen: dict[str, Any] = {}

    def fill_send(dialog: SendDialog) -> None:
        dialog.asset.setCurrentIndex(dialog.asset.findText("WPA", Qt.MatchFlag.MatchStartsWith))
        dialog.recipient.setText(wallet_world.stranger.address)
        dialog.amount.setText("1")
        dialog.review_button.click()
        seen["send"] = dialog

    def refuse(review: ReviewDialog) -> None:
        seen["text"] = " ".join(w.text() for w in review.findChildren(type(review.verdict)))
        seen["can_sign"] = review.sign.isEnabled()
        review.reject()
        QTimer.singleShot(0, seen["send"].reject)

    when_modal(qtbot, SendDialog, fill_send)
    when_modal(qtbot, ReviewDialog, refuse)
    page.send()
    qtbot.waitUntil(lambda: "send" in seen and not seen["send"].isVisible(), timeout=20_000)
    assert seen["can_sign"] is False
    assert "recipient is not allowlisted" in seen["text"]
    assert page.service.chain().pipeline.history() == []


def test_idle_lock_fires_and_activity_postpones_it(qtbot, make_page, wallet_world) -> None:
    clock = Clock()
    page = make_page(key=wallet_world.key_hex, clock=clock)
    page.service.session.unlock(wallet_world.me.address, PASSWORD)
    clock.now += 50
    qtbot.keyClick(page.accounts, Qt.Key.Key_Down)  # user activity anywhere resets the timer
    clock.now += 50
    page.idle.check()
    assert page.service.session.is_unlocked()
    clock.now += 11
    with qtbot.waitSignal(page.idle.locked, timeout=5_000):
        pass  # the page's own timer polls the session
    assert page.lock_state.text().startswith("Locked")


def test_csv_import_asks_before_a_partial_import(qtbot, make_page, wallet_world) -> None:
    page = make_page()
    book = page.book
    good = f"label,address\nFriend,{wallet_world.friend.address}\nBad,0x1234\n"
    when_modal(qtbot, QMessageBox, lambda box: box.reject())
    assert book.import_text(good) is None
    assert book.model.rowCount() == 0 and "Nothing was imported" in book.message.text()

    def accept_valid(box: QMessageBox) -> None:
        assert "Row 3:" in box.detailedText()
        box.buttons()[0].click() if "valid" in box.buttons()[0].text() else box.buttons()[1].click()

    when_modal(qtbot, QMessageBox, accept_valid)
    report = book.import_text(good)
    assert report is not None and report.imported == 1
    assert book.model.index(0, 0).data() == "Friend"


def test_unlock_stays_offered_for_a_locked_account(qtbot, qtmodeltester, make_page) -> None:
    page = make_page(key="11" * 32)
    page.service.wallet.import_private_key("22" * 32, PASSWORD, PASSWORD, label="Second")
    page.reload_accounts()
    first, second = (a.address for a in page.service.wallet.accounts())
    page.accounts.selectRow(0)
    assert page.selected_address() == first and page.unlock_button.isEnabled()
    page.service.session.unlock(first, bytearray(PASSWORD.encode()))
    page._show_lock_state()
    assert not page.unlock_button.isEnabled()  # the selected account is unlocked already
    page.accounts.selectRow(1)
    assert page.selected_address() == second
    assert page.unlock_button.isEnabled()  # the other one is still locked
    assert page.lock_button.isEnabled()
    qtmodeltester.check(page.account_model)
    page.service.wallet.import_private_key("33" * 32, PASSWORD, PASSWORD, label="Third")
    page.reload_accounts()
    assert page.selected_address() == second  # a reload keeps the selected account


def test_balances_fit_without_a_horizontal_scrollbar(qtbot, qtmodeltester, make_page) -> None:
    page = make_page(key="11" * 32)
    page.resize(1000, 600)
    qtbot.waitUntil(lambda: page.balances is not None, timeout=20_000)
    table, model = page.balance_table, page.balance_model
    qtbot.waitUntil(lambda: model.rowCount() > 1)
    qtmodeltester.check(model)
    assert model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("0x")  # in full
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=2_000)
    header = table.horizontalHeader()
    assert header.sectionResizeMode(2) == header.ResizeMode.Stretch
    assert page.accounts.width() < table.width()  # the balances get the room


def test_send_form_keeps_still_while_warnings_come_and_max_fills_what_can_go(
    qtbot, make_page, wallet_world
) -> None:
    page = make_page(key=wallet_world.key_hex)
    qtbot.waitUntil(lambda: page.balance_model.rowCount() == 4, timeout=10_000)
    sender = page.selected_address()
    dialog = SendDialog(page.service, sender, page.service.assets(), page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    where = dialog.amount.mapTo(dialog, dialog.amount.rect().topLeft())
    dialog.recipient.setText(wallet_world.stranger.address)  # a stranger: a warning appears
    qtbot.waitUntil(lambda: dialog.notes.text() != "")
    assert dialog.amount.mapTo(dialog, dialog.amount.rect().topLeft()) == where
    assert not dialog.notes.geometry().intersects(dialog.amount.geometry())
    for symbol in ("ETH", "WPA"):
        dialog.asset.setCurrentIndex(dialog.asset.findText(symbol, Qt.MatchFlag.MatchStartsWith))
        asset = dialog.asset.currentData()
        dialog.max_button.click()
        qtbot.waitUntil(lambda: dialog.max_button.isEnabled() and dialog.amount.text() != "")
        held = page.service.balances(sender).of(asset) or 0
        shown = parse_amount(dialog.amount.text(), asset.decimals, "en")
        assert shown == page.service.max_sendable(sender, asset)
        assert (shown < held) if symbol == "ETH" else (shown == held)  # ETH keeps the fee
        dialog.amount.clear()
    # The fee choice: a fast transfer may pay more than a slow one, and Max leaves room for it.
    slow = page.service.review_transfer(sender, "ETH", wallet_world.stranger.address, "1", "slow")
    fast = page.service.review_transfer(sender, "ETH", wallet_world.stranger.address, "1", "fast")
    assert slow.prepared is not None and fast.prepared is not None
    assert fast.prepared.fees.max_fee_per_gas > slow.prepared.fees.max_fee_per_gas
    assert fast.prepared.fees.max_priority_fee_per_gas > slow.prepared.fees.max_priority_fee_per_gas
    eth = dialog.asset.itemData(dialog.asset.findText("ETH", Qt.MatchFlag.MatchStartsWith))
    assert page.service.max_sendable(sender, eth, "fast") < page.service.max_sendable(
        sender, eth, "slow"
    )
