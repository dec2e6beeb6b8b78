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
