"""The Wallet page, its address book and Getting started follow a change of language by
themselves (their own `retranslate`, on LanguageChange), with no reverse look-up of their texts
in the catalogs: titles, buttons, the Add account menu, tabs, table headers, placeholders, the
account kinds and the status line, in Simplified and Traditional Chinese and back in English."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt

from app.services.wallet import WalletService
from app.storage import open_database
from app.wallet.balances import ETHER
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from ui.wallet.accounts_dialog import ImportKeyDialog, RestoreDialog
from ui.wallet.contact_dialog import ContactDialog
from ui.wallet.getting_started import GettingStarted, GettingStartedDialog
from ui.wallet.page import WalletPage
from ui.wallet.password_dialog import PasswordDialog
from ui.wallet.send_dialog import SendDialog

PASSWORD = "violet-Harbour-42-lantern"
HAN = re.compile(r"[\u4e00-\u9fff]")


def test_the_wallet_page_changes_language(qtbot, qapp, tmp_path, language):  # noqa: ANN001
    db = open_database(tmp_path / "w.sqlite3")
    wallet = Wallet(tmp_path, db, scrypt_n=2**10)
    service = WalletService(wallet, db, session=WalletSession(wallet))
    page = WalletPage(service)
    qtbot.addWidget(page)
    page.show_getting_started(sandbox=False)
    start = page.start_panel
    assert start is not None

    def texts() -> dict[str, object]:
        return {
            "title": page.title.text(),
            "unlock": page.unlock_button.text(),
            "add": page.add_button.text(),
            "menu": page.add_actions[1].text(),
            "tabs": [page.tabs.tabText(i) for i in range(page.tabs.count())],
            "header": page.account_model.headerData(1, Qt.Orientation.Horizontal),
            "copy": page.copy_address_button.text(),
            "lock": page.lock_state.text(),
            "status": page.status.text(),
            "book": page.book.buttons[0].text(),
            "book header": page.book.model.headerData(0, Qt.Orientation.Horizontal),
            "start": start.title.text(),
            "create": start.start_buttons["create"].text(),
        }

    english = texts()
    assert english == {
        "title": "Wallet",
        "unlock": "Unlock…",
        "add": "Add account",
        "menu": "Create a new wallet…",
        "tabs": ["Balances", "Receive", "History", "Address book"],
        "header": "Kind",
        "copy": "Copy address",
        "lock": "Locked: no account can sign",
        "status": "No accounts yet: create a wallet, restore one or import a key.",
        "book": "Add…",
        "book header": "Label",
        "start": "Getting started",
        "create": "Create…",
    }
    language.apply("zh_CN")
    qapp.processEvents()
    simplified = texts()
    assert {k: v for k, v in simplified.items() if k != "status"} == {
        "title": "钱包",
        "unlock": "解锁…",
        "add": "添加账户",
        "menu": "创建新钱包…",
        "tabs": ["余额", "收款", "历史记录", "地址簿"],
        "header": "类型",
        "copy": "复制地址",
        "lock": "已锁定：没有可签名的账户",
        "book": "添加…",
        "book header": "标签",
        "start": "入门",
        "create": "新建…",
    }
    assert simplified["status"] not in ("", english["status"])
    language.apply("zh_TW")
    qapp.processEvents()
    traditional = texts()
    assert traditional["title"] == "錢包" and traditional["add"] == "新增帳戶"
    assert traditional["lock"] == "已鎖定：沒有可簽署的帳戶" and traditional["start"] == "入門"
    assert traditional["tabs"][0] == "餘額" and traditional["menu"] == "建立新錢包…"
    language.apply("en")
    qapp.processEvents()
    assert texts() == english


def test_account_kinds_and_getting_started_on_the_sandbox_change_language(
    qtbot,
    qapp,
    tmp_path,
    language,  # noqa: ANN001
):
    db = open_database(tmp_path / "w.sqlite3")
    wallet = Wallet(tmp_path, db, scrypt_n=2**10)
    wallet.import_private_key("11" * 32, PASSWORD, PASSWORD, label="Mine")
    page = WalletPage(WalletService(wallet, db, session=WalletSession(wallet)))
    qtbot.addWidget(page)
    panel = GettingStarted(wallet, sandbox=True)
    dialog = GettingStartedDialog(panel)
    qtbot.addWidget(dialog)
    new = panel.new_password

    def texts() -> tuple[str, ...]:
        return (
            page.account_model.index(0, 1).data(),
            dialog.windowTitle(),
            panel.load_button.text() if panel.load_button else "",
            panel.table.horizontalHeaderItem(1).text(),
            panel.table.item(4, 1).text(),
            panel.phrase.accessibleName(),
            panel.password.placeholderText(),
            new.password_label.text(),
            new.strength_label.text(),
            new.password.placeholderText(),
        )

    english = texts()
    assert english[1:] == ("Getting started", "Load demo accounts", "Role", "Investor",
                           "Demo recovery phrase", "Wallet password", "Password", "Strength",
                           "Choose a wallet password")  # fmt: skip
    language.apply("zh_CN")
    qapp.processEvents()
    simplified = texts()
    assert simplified[0] != english[0]  # the account's kind, in Chinese
    assert simplified[1:] == ("入门", "载入演示账户", "角色", "投资者", "演示恢复短语",
                              "钱包密码", "密码", "强度", "设置钱包密码")  # fmt: skip
    language.apply("zh_TW")
    qapp.processEvents()
    traditional = texts()
    assert traditional[1:5] == ("入門", "載入示範帳戶", "角色", "投資者")
    assert traditional[7:] == ("密碼", "強度", "設定錢包密碼")
    language.apply("en")
    qapp.processEvents()
    assert texts() == english


def test_the_password_send_and_review_dialogs_change_language_while_open(
    qtbot,
    qapp,
    tmp_path,
    language,  # noqa: ANN001
):
    db = open_database(tmp_path / "w.sqlite3")
    wallet = Wallet(tmp_path, db, scrypt_n=2**10)
    service = WalletService(wallet, db, session=WalletSession(wallet))
    why = "Enter the wallet password to sign."
    ask = PasswordDialog(
        lambda: QCoreApplication.translate("SendDialog", why), "0xabc", signing="x"
    )
    send = SendDialog(service, "0x" + "11" * 20, (ETHER,))
    for dialog in (ask, send):
        qtbot.addWidget(dialog)
        dialog.show()
    send.amount.setText("1,2,3")
    send.start_review()  # an error shown, to be said again in the new language

    def texts() -> tuple[object, ...]:
        return (
            ask.windowTitle(),
            ask.password.placeholderText(),
            ask.message.text(),
            ask.signing.text(),
            send.windowTitle(),
            send.review_button.text(),
            send.max_button.text(),
            send.book.itemText(0),
            send.speed.itemText(1),
            send.row_names["from"].text(),
            send.error.text(),
        )

    english = texts()
    assert english[:-1] == ("Wallet password", "Wallet password",
                            "Enter the wallet password to sign.\n0xabc",
                            "You are about to sign: x", "Send", "Review…", "Max",
                            "Address book…", "Normal", "From")  # fmt: skip
    assert english[-1]
    language.apply("zh_CN")
    qapp.processEvents()
    simplified = texts()
    assert simplified[:-1] == ("钱包密码", "钱包密码", "请输入钱包密码以签名。\n0xabc",
                               "您即将签名：x", "发送", "核对…", "最大", "地址簿…", "普通",
                               "从")  # fmt: skip
    assert simplified[-1] != english[-1]
    language.apply("en")
    qapp.processEvents()
    assert texts() == english
    db.close()


def test_the_contact_and_account_forms_change_language_while_open(
    qtbot,
    qapp,
    tmp_path,
    language,  # noqa: ANN001
):
    db = open_database(tmp_path / "w.sqlite3")
    wallet = Wallet(tmp_path, db, scrypt_n=2**10)
    contact = ContactDialog()
    restore = RestoreDialog(wallet)
    key = ImportKeyDialog(wallet, keystore=False)
    for dialog in (contact, restore, key):
        qtbot.addWidget(dialog)
        dialog.show()
    contact.address.setText("0x1234")  # a reason shown next to the field
    assert key.key.isVisible() and not key.file.isVisible()
    assert restore.new_password.isVisible() and not restore.password.isVisible()

    def texts() -> list[str]:
        return [
            contact.windowTitle(),
            contact.names[contact.address].text(),
            contact.note.placeholderText(),
            contact.error.text(),
            restore.windowTitle(),
            restore.names["phrase"].text(),
            restore.choose_password.text(),
            key.windowTitle(),
            key.names["key"].text(),
            key.key.placeholderText(),
        ]

    english = texts()
    assert english[:3] == ["Add a contact", "Address", "optional"] and english[3]
    assert english[4:6] == ["Restore from a recovery phrase", "Recovery phrase"]
    assert english[7:] == ["Import a private key", "Private key", "64 hexadecimal digits"]
    language.apply("zh_CN")
    qapp.processEvents()
    simplified = texts()
    for before, after in zip(english, simplified, strict=True):
        assert after != before and HAN.search(after), (before, after)
    language.apply("en")
    qapp.processEvents()
    assert texts() == english
    db.close()


def test_the_lock_line_names_a_demo_account_in_the_language_shown(qtbot, qapp, tmp_path, language):  # noqa: ANN001
    from ui.wallet.labels import DEMO_ROLES

    db = open_database(tmp_path / "w.sqlite3")
    wallet = Wallet(tmp_path, db, scrypt_n=2**10)
    account = wallet.import_private_key(
        "11" * 32, PASSWORD, PASSWORD, label=DEMO_ROLES["investor"]
    )  # stored in English, as Getting started stores it
    session = WalletSession(wallet)
    page = WalletPage(WalletService(wallet, db, session=session))
    qtbot.addWidget(page)
    session.unlock(account.address, bytearray(PASSWORD.encode()))
    page._show_lock_state()  # what the session's change of state calls
    short = f"({account.address[:6]}…{account.address[-4:]})"
    assert page.lock_state.text() == f"Unlocked: Investor {short}"
    language.apply("zh_TW")
    qapp.processEvents()
    assert (
        page.lock_state.text().startswith("已解鎖") and f"投資者 {short}" in page.lock_state.text()
    )
    language.apply("en")
    qapp.processEvents()
    assert page.lock_state.text() == f"Unlocked: Investor {short}"
