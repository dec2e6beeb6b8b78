"""The notification centre: the bell in the header beside the account switcher counts what is
unread, marks a payout ready to execute with ★, and opens the list; the tray is used when the
system has one."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from ui.notifications.centre import Bell, NotificationCentre, install_bell
from ui.shell.account_switcher import AccountSwitcher

ALICE = "0x" + "a1" * 20


def test_the_bell_counts_unread_stars_ready_payouts_and_lists_them(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    switcher = AccountSwitcher(lambda: [(ALICE, "Approver")], set)
    window.menuBar().setCornerWidget(switcher)  # where the shell puts it first
    switcher.reload()
    centre = install_bell(window, switcher)
    window.show()
    corner = window.menuBar().cornerWidget()
    bell = corner.findChild(Bell)
    assert switcher.parent() is corner and switcher.isVisible() and bell.isVisible()
    assert bell.text() == "" and not bell.icon().isNull()

    centre.post("Approval waiting", "Proposal #1 (PSTA 2026-10, 300.00 sUSD) waits for you.")
    centre.post("★ Ready to execute", "All signatures are in: proposal #2 …", True)
    assert centre.unread == 2 and bell.text() == "2 ★"
    assert bell.toolTip() == "2 unread notifications"
    bell.click()
    popup = bell.popup
    assert popup.isVisible() and popup.list.count() == 2
    assert popup.list.item(0).text().startswith("★ Ready to execute")  # newest first
    assert "waits for you" in popup.list.item(1).text()
    assert centre.unread == 0 and bell.text() == ""
    popup.clear_button.click()
    assert popup.list.count() == 0 and popup.empty.isVisibleTo(popup)
    popup.close()


def test_with_a_tray_the_centre_also_shows_a_desktop_notification(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    centre = NotificationCentre(window, tray=True)
    centre.post("Payout executed", "Proposal #3 was executed.")
    assert centre.tray is not None and centre.entries[0].title == "Payout executed"
    centre.tray.hide()
    quiet = NotificationCentre(window, tray=False)
    quiet.post("Payout failed", "Proposal #4 expired.")
    assert quiet.tray is None and quiet.unread == 1  # the centre alone


def test_the_header_corner_grows_when_the_first_account_arrives(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    accounts: list[tuple[str, str]] = []
    switcher = AccountSwitcher(lambda: list(accounts), set)
    window.menuBar().setCornerWidget(switcher)
    switcher.reload()  # no account yet: hidden
    install_bell(window, switcher)
    window.resize(1200, 600)
    window.show()
    corner = window.menuBar().cornerWidget()
    narrow = corner.width()
    accounts.append((ALICE, "Approver"))
    switcher.reload()
    qtbot.waitUntil(lambda: corner.width() > narrow + 150)
    assert switcher.isVisible() and switcher.width() > 150
