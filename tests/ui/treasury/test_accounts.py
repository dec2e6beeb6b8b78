"""Which account the Treasury acts as: the page lists the header's accounts, says which one acts
and its roles, and switching there switches the whole app; the sidebar never reorders."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.backend.client import ApiClient
from app.chain.context import ChainContext
from app.config import Settings
from app.config.profiles import NetworkProfile
from app.events import EventBus
from app.storage import open_database
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from tests.app.treasury.desk_helpers import FAST_N, PASSWORD
from tests.ui.treasury.steps import WAIT
from ui.shared.bridge import EventBridge
from ui.shared.theme import ThemeManager
from ui.shell.account_switcher import AccountSwitcher
from ui.shell.main_window import MainWindow
from ui.treasury.attach import TreasuryAttachment


def titles(window):
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_the_treasury_acts_as_the_account_chosen_in_the_page_or_the_header(
    qtbot, qapp, tmp_path, tenv, chain, hostile_api
):
    db = open_database(tmp_path / "store.sqlite3")
    bus = EventBus()
    wallet = Wallet(tmp_path, db, scrypt_n=FAST_N, bus=bus)
    first, second = (a._account for a in tenv.approvers)
    holder = tenv.holders[0]
    for label, account in (("Approver 1", first), ("Approver 2", second), ("Investor", holder)):
        wallet.import_private_key(account.key.hex(), PASSWORD, PASSWORD, label=label)
    session = WalletSession(wallet, bus=bus)
    theme, bridge = ThemeManager(qapp, "light"), EventBridge(bus)
    window = MainWindow(Settings(), lambda _s: None, theme)
    qtbot.addWidget(window)
    order = titles(window)
    api = ApiClient(hostile_api.url, hostile_api.token)
    attach = TreasuryAttachment(window, bridge, session, theme)
    switcher = AccountSwitcher(
        lambda: [(a.address, a.label) for a in wallet.accounts()],
        lambda: set(session.unlocked_addresses()),
    )
    window.menuBar().setCornerWidget(switcher)
    switcher.chosen.connect(attach.act_as)  # as the shell joins them
    attach.use_switcher(switcher)
    profile = NetworkProfile(
        name="t", rpc_url=tenv.chain.url, registry_address=tenv.platform.registry
    )
    context = ChainContext(profile, db, bus)

    def acting_as(address):
        qtbot.waitUntil(
            lambda: attach.page.snapshot is not None and attach.page.snapshot.account == address,
            timeout=WAIT,
        )
        assert attach.page.acting.address == address == switcher.address
        assert titles(window) == order  # never reordered

    try:
        attach.set_platform(api, 50)
        attach.attach(context)
        attach.start()
        qtbot.waitUntil(lambda: attach.desk is not None, timeout=WAIT)
        session.unlock(first.address, PASSWORD)
        switcher.activate(first.address)  # what an unlock on the Wallet page does
        qtbot.waitUntil(lambda: attach.page is not None, timeout=WAIT)
        page = attach.page
        acting_as(first.address)
        assert page.who.text() == "approver"
        combo = page.acting.combo
        listed = [combo.itemData(i) for i in range(combo.count())]
        assert listed == [first.address, second.address, holder.address]  # the header's list

        combo.setCurrentIndex(1)
        combo.activated.emit(1)  # pick approver 2 in the page: locked, it asks when signing
        acting_as(second.address)
        assert page.who.text() == "approver"

        switcher.combo.setCurrentIndex(2)
        switcher.combo.activated.emit(2)  # the investor, from the header
        acting_as(holder.address)
        assert page.who.text().startswith("no treasury role")
        assert not page.stores.propose_button.isEnabled()
        row = titles(window).index("Treasury")
        assert window.sidebar.item(row).flags() & Qt.ItemFlag.ItemIsEnabled

        session.lock()  # nobody with a role is unlocked: the entry stays, disabled, and says why
        qtbot.waitUntil(
            lambda: not window.sidebar.item(row).flags() & Qt.ItemFlag.ItemIsEnabled, timeout=WAIT
        )
        assert "unlock" in window.sidebar.item(row).toolTip() and titles(window) == order
    finally:
        qtbot.waitUntil(lambda: not attach._checking, timeout=WAIT)
        attach.close()
        context.close()
        bridge.close()
        api.close()
        session.lock()
        db.close()
        theme.deleteLater()
        bridge.deleteLater()
