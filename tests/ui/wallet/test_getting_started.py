"""Getting started on the sandbox: the demo phrase and accounts, labelled sandbox-only; "Load
demo accounts" restores indexes 0-5 under the password chosen, each named by its role; loading
again keeps what is there; a real network offers create, restore, import and watch."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from app.sandbox.chain_plan import SANDBOX_MNEMONIC, derive_address
from app.services.wallet import WalletService
from app.storage import open_database
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from ui.wallet.getting_started import GettingStarted
from ui.wallet.page import WalletPage

PASSWORD = "violet-Harbour-42-lantern"


def test_load_demo_accounts_named_by_role(qtbot, tmp_path):
    db = open_database(tmp_path / "s.sqlite3")
    wallet = Wallet(tmp_path, db, scrypt_n=2**10)
    panel = GettingStarted(wallet, sandbox=True)
    qtbot.addWidget(panel)
    assert (
        panel.phrase.text() == SANDBOX_MNEMONIC
        and "Sandbox only" in panel.findChild(type(panel.message), "banner").text()
    )
    assert [panel.table.item(r, 2).text() for r in range(6)] == [
        derive_address(i) for i in range(6)
    ]
    panel.new_password.password.setText("weak")
    panel.new_password.confirmation.setText("weak")
    panel.load_demo()
    assert panel.message.objectName() == "error" and wallet.accounts() == []
    panel.new_password.password.setText(PASSWORD)
    panel.new_password.confirmation.setText(PASSWORD)
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.load_demo()
    accounts = wallet.accounts()
    assert [a.derivation_index for a in accounts] == list(range(6))
    assert accounts[1].label == "Treasury proposer" and accounts[4].label == "Investor"
    assert panel.message.text().startswith("6 demo account")
    assert panel.password.isVisibleTo(panel) and not panel.new_password.isVisibleTo(panel)
    panel.password.setText(PASSWORD)  # again: nothing new to add, said plainly
    panel.load_demo()
    qtbot.waitUntil(lambda: panel.load_button.isEnabled(), timeout=20_000)
    assert "already" in panel.message.text() and len(wallet.accounts()) == 6
    db.close()


def test_a_real_network_offers_the_four_ways_to_begin(qtbot, tmp_path):
    db = open_database(tmp_path / "s.sqlite3")
    chosen: list[str] = []
    actions = {k: (lambda k=k: chosen.append(k)) for k in ("create", "restore", "import", "watch")}
    panel = GettingStarted(Wallet(tmp_path, db, scrypt_n=2**10), sandbox=False, actions=actions)
    qtbot.addWidget(panel)
    for key in actions:
        panel.findChild(QPushButton, f"start-{key}").click()
    assert chosen == ["create", "restore", "import", "watch"]
    db.close()


def test_demo_labels_follow_the_language_and_a_renamed_account_keeps_its_name(
    qtbot,
    qapp,
    tmp_path,
    language,  # noqa: ANN001
):
    db = open_database(tmp_path / "s.sqlite3")
    wallet = Wallet(tmp_path, db, scrypt_n=2**10)
    language.apply("zh_TW")
    panel = GettingStarted(wallet, sandbox=True)
    qtbot.addWidget(panel)
    panel.new_password.password.setText(PASSWORD)
    panel.new_password.confirmation.setText(PASSWORD)
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.load_demo()
    wallet.rename(wallet.accounts()[5].address, "我的帳戶")
    page = WalletPage(WalletService(wallet, db, session=WalletSession(wallet)))
    qtbot.addWidget(page)

    def listed() -> list[str]:
        model = page.account_model
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    assert "投資者" in listed() and "我的帳戶" in listed()
    language.apply("en")
    qapp.processEvents()
    assert "Investor" in listed() and "Treasury proposer" in listed()
    assert "我的帳戶" in listed() and "投資者" not in listed()
    db.close()
