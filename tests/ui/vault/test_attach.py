"""The Vault acts as the header's active account: it signs as that account when it is unlocked,
and when it is locked it says so rather than signing as another unlocked account (it used the
Wallet page's selection, else the first unlocked account)."""

from __future__ import annotations

import pytest

from app.chain.context import ChainContext
from app.config import Settings
from app.events import EventBus
from app.services.wallet import WalletService
from app.storage import open_database
from app.vault import Vault
from app.vault.binding import ChainBinding
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from tests.app.vault.conftest import VAULT_PASSWORD, credential
from tests.fixtures.vault_chain import STORES
from ui.shared.bridge import EventBridge
from ui.shared.theme import ThemeManager
from ui.shell.main_window import MainWindow
from ui.vault.attach import VaultAttachment
from ui.wallet.page import WalletPage

PROFILE = "vault-active"
PASSWORD = "wallet-Harbour-42"


@pytest.fixture
def world(qtbot, qapp, tmp_path, no_keyring, vault_registry, chain):  # noqa: ANN001, ANN201
    db = open_database(tmp_path / "store.sqlite3")
    bus = EventBus()
    bridge = EventBridge(bus)
    wallet = Wallet(tmp_path, db, scrypt_n=2**10)
    owner, outsider = vault_registry.chain.accounts[0], vault_registry.chain.accounts[2]
    for account, label in ((owner, "Owner"), (outsider, "Outsider")):
        wallet.import_private_key(bytes(account.key).hex(), PASSWORD, PASSWORD, label=label)
    session = WalletSession(wallet)
    session.unlock(outsider.address, bytearray(PASSWORD.encode()))  # only the outsider
    wallet_page = WalletPage(WalletService(wallet, db, session=session, bus=bus))
    qtbot.addWidget(wallet_page)
    window = MainWindow(Settings(), lambda _s: None, ThemeManager(qapp, "light"))
    qtbot.addWidget(window)
    vault = Vault(db, keyring_store=no_keyring, bus=bus)
    vault.unlock(PROFILE, VAULT_PASSWORD)
    vault.add_credential(PROFILE, STORES[0], credential(1))
    attachment = VaultAttachment(window, bridge, vault, PROFILE, wallet_page)
    context = ChainContext(vault_registry.profile(PROFILE), db, bus)
    binding = ChainBinding.over(context, vault)
    with qtbot.waitSignal(attachment.page.loaded, timeout=20_000):
        attachment.page.set_binding(binding)
    qtbot.waitUntil(lambda: not attachment.page._loading, timeout=10_000)
    yield attachment, owner.address, outsider.address
    qtbot.waitUntil(lambda: not attachment.page._loading, timeout=10_000)
    attachment.close()
    bridge.close()
    context.close()
    db.close()


def test_the_vault_signs_as_the_active_account_or_says_it_is_locked(qtbot, world):  # noqa: ANN001
    attachment, owner, outsider = world
    page = attachment.page
    attachment.follow(lambda: owner)  # the header's account: the store's owner, locked
    assert attachment.signer() is None  # not the unlocked outsider
    page.select(STORES[0])
    page.bind_selected()
    assert f"The active account {owner} is locked" in page.notice.text()

    attachment.follow(lambda: outsider)  # the header switches to the unlocked account
    signer = attachment.signer()
    assert signer is not None and signer.address == outsider
