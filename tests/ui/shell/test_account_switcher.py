"""The header's account switcher: the active account, whether it can sign, its role badges; the
pages follow it; unlocking an account makes it the active one."""

from __future__ import annotations

from ui.shell.account_switcher import AccountSwitcher

ALICE, BOB = "0x" + "a1" * 20, "0x" + "b2" * 20


def test_switcher_shows_the_active_account_its_state_and_roles(qtbot):
    unlocked: set[str] = set()
    picked: list[str] = []
    switcher = AccountSwitcher(
        lambda: [(ALICE, "Investor"), (BOB, "Treasury approver 1")],
        lambda: unlocked,
        lambda address: {"approver"} if address == BOB else {"investor"},
    )
    qtbot.addWidget(switcher)
    switcher.chosen.connect(picked.append)
    assert switcher.address == ALICE and switcher.state.text() == "locked"
    qtbot.waitUntil(lambda: switcher.badges.text() == "[investor]")
    unlocked.add(BOB)
    switcher.activate(BOB)  # what an unlock on the Wallet page does
    assert picked == [BOB] and switcher.state.text() == "unlocked, can sign"
    qtbot.waitUntil(lambda: switcher.badges.text() == "[approver]")
    switcher.combo.setCurrentIndex(0)
    switcher.combo.activated.emit(0)  # the user picks Alice
    assert picked == [BOB, ALICE] and switcher.state.text() == "locked"


APPROVER_2 = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"


def _header(qtbot):  # noqa: ANN001, ANN202
    """A window whose menu bar holds the header row the app puts in its corner: the switcher
    (acting as approver 2) and the bell. Returns (window, switcher, notification centre)."""
    from PySide6.QtWidgets import QMainWindow

    from ui.notifications.centre import install_bell

    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.menuBar().addMenu("File")
    switcher = AccountSwitcher(lambda: [(APPROVER_2, "Approver 2")], lambda: {APPROVER_2})
    switcher.setParent(window.menuBar())
    centre = install_bell(window, switcher)
    window.show()
    qtbot.waitExposed(window)
    return window, switcher, centre


def test_badges_read_later_never_overlap_the_account_in_the_menu_bar(qtbot):
    """Roles arrive after the switcher is in the header: the menu bar lays its corner out again,
    so the badges and the state sit beside the account's name, not over it."""
    window, switcher, _ = _header(qtbot)
    switcher._roles_read(APPROVER_2, {"approver", "proposer", "investor"})
    qtbot.wait(50)
    assert switcher.geometry().right() < window.menuBar().width()  # whole, not cut at the edge
    assert switcher.width() >= switcher.sizeHint().width()
    assert switcher.badges.geometry().left() > switcher.combo.geometry().right()
    assert switcher.state.geometry().left() > switcher.badges.geometry().right()


def test_the_bell_counting_up_never_squeezes_the_account_under_its_badges(qtbot):
    """The bell's count widens the header's corner after the menu bar laid it out (a screenshot
    showed the account's name under "[approver]" once a notification came): it is laid out
    again."""
    window, switcher, centre = _header(qtbot)
    switcher._roles_read(APPROVER_2, {"approver"})
    qtbot.wait(50)
    corner = window.menuBar().cornerWidget()
    for n in range(12):  # "1" … "12 ★": the bell grows twice
        centre.post(f"Proposal #{n}", "waits for you", starred=n == 11)
    qtbot.wait(50)
    assert corner.width() >= corner.sizeHint().width()
    assert switcher.width() >= switcher.sizeHint().width()
    assert switcher.badges.geometry().left() > switcher.combo.geometry().right()
    assert corner.geometry().right() <= window.menuBar().width()


def test_an_owner_or_operator_of_a_store_wears_the_operator_badge(
    qtbot, tmp_path, vault_registry, chain
):
    """The store registry's owner and an authorised operator are operators; an account with no
    authority anywhere is not (the roles the app reads, tests/fixtures/vault_chain.py)."""
    from app.chain.context import ChainContext
    from app.events import EventBus
    from app.services.wallet import WalletService
    from app.storage import open_database
    from app.wallet.wallet import Wallet
    from ui.shell.app import account_roles

    db = open_database(tmp_path / "s.sqlite3")
    bus = EventBus()
    context = ChainContext(vault_registry.profile(), db, bus)
    service = WalletService(Wallet(tmp_path, db, scrypt_n=2**10), db, bus=bus, chain=context)
    owner, operator, outsider = (
        vault_registry.owner.address,
        vault_registry.operator.address,
        vault_registry.outsider.address,
    )
    try:
        assert "operator" in account_roles(service, None, owner)
        assert "operator" in account_roles(service, None, operator)
        assert "operator" not in account_roles(service, None, outsider)
        switcher = AccountSwitcher(
            lambda: [(operator, "Operator"), (outsider, "Outsider")],
            set,
            lambda address: account_roles(service, None, address),
        )
        qtbot.addWidget(switcher)
        qtbot.waitUntil(lambda: switcher.badges.text() == "[operator]", timeout=10_000)
        switcher.activate(outsider)
        qtbot.waitUntil(lambda: outsider in switcher._known_roles, timeout=10_000)
        assert switcher.badges.text() == ""
    finally:
        service.close()
        context.close()
        db.close()
