"""Issue 17.3: switching language any number of times, after any flow, leaves no English and no
traceback. The app's own window on the sandbox (a fresh data directory, as `make run` opens it):
after unlocking the demo investor, opening Portfolio, a Claim all, the Treasury page as an
approver, the Vault page and the Market page, the language goes zh_CN -> zh_TW -> en -> zh_TW
and every visible widget (texts, headers and the cells on screen) is scanned in each Chinese."""

from __future__ import annotations

import argparse
import sys

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from tests.ui.guides.test_guides import PASSWORD, WAIT, unlock
from tests.ui.shared.i18n.scan import untranslated
from ui.shell.app import Session

SWITCHES = ("zh_CN", "zh_TW", "en", "zh_TW")


def _choose(qtbot, window, code: str) -> None:  # noqa: ANN001
    """Pick the language in Settings, as a person would."""
    combo = window.settings_page.language
    combo.setCurrentIndex(combo.findData(code))
    qtbot.wait(200)  # LanguageChange is posted; the tables redraw on the next pass


def _shown_windows(window: QWidget) -> list[QWidget]:
    """The main window and every other window open on screen (a Claim all's dialog)."""
    others = [w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible()]
    return [window, *others]


def _names(session: Session) -> tuple[str, ...]:
    """What the user and the chain named: the accounts' labels and the tokens' names."""
    service = session.wallet.service
    accounts = [a.label for a in service.wallet.accounts()]
    return (*accounts, *(a.name for a in service.chain().catalog.assets))


def _english_after_switching(qtbot, session: Session, flow: str) -> list[str]:  # noqa: ANN001
    window, names, found = session.window, _names(session), []
    for code in SWITCHES:
        _choose(qtbot, window, code)
        if code == "en":
            continue
        for shown in _shown_windows(window):
            found += [f"{flow} [{code}] {text}" for text in untranslated(shown, code, names)]
    return sorted(set(found))


def _every_page_and_tab(qtbot, session: Session, code: str) -> list[str]:  # noqa: ANN001
    """Each page the sidebar lets the user open, each tab of it in turn, scanned in `code`."""
    window, names, found = session.window, _names(session), []
    for row in range(window.sidebar.count()):
        if not window.sidebar.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
            continue
        window.sidebar.setCurrentRow(row)
        qtbot.wait(50)
        page = window.pages.currentWidget()
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)] or [None]
        for widget in tabs:
            for index in range(widget.count() if widget is not None else 1):
                if widget is not None:
                    widget.setCurrentIndex(index)
                    qtbot.wait(50)
                where = f"every page [{code}] {window.sidebar.item(row).text()}"
                found += [f"{where}: {t}" for t in untranslated(window, code, names)]
    return sorted(set(found))


@pytest.mark.slow
def test_switching_after_every_flow_of_a_session_leaves_no_english(
    qtbot, qapp, tmp_path, monkeypatch
):
    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, value, _tb: errors.append(value))
    session = Session(argparse.Namespace(data_dir=str(tmp_path), profile=None, merchants=12), qapp)
    window = session.window
    qtbot.addWidget(window)
    window.show()
    session.start()
    found: list[str] = []

    def show(page: QWidget) -> None:
        window.sidebar.setCurrentRow(window.pages.indexOf(page))
        qtbot.wait(50)

    # 1. The demo investor: Getting started loads the demo accounts; Investor is unlocked.
    wallet = session.wallet
    show(wallet)
    start = wallet.start_panel
    assert start is not None
    start.new_password.password.setText(PASSWORD)
    start.new_password.confirmation.setText(PASSWORD)
    with qtbot.waitSignal(start.loaded, timeout=WAIT):
        start.load_button.click()
    qtbot.waitUntil(lambda: session.chain is not None, timeout=WAIT)
    investor = unlock(qtbot, wallet, "Investor")
    qtbot.waitUntil(lambda: session.switcher.address == investor, timeout=WAIT)
    found += _english_after_switching(qtbot, session, "wallet, investor unlocked")

    # 2. Portfolio, showing the investor's holdings.
    portfolio = session.portfolio.page
    show(portfolio)
    qtbot.waitUntil(
        lambda: portfolio.view is not None and portfolio.view.snapshot.account == investor,
        timeout=WAIT,
    )
    found += _english_after_switching(qtbot, session, "portfolio")

    # 3. Claim all, its dialog still open on what it did.
    dialog = portfolio.claim_all()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=WAIT)
    assert dialog.error is None, dialog.error
    found += _english_after_switching(qtbot, session, "claim all")
    dialog.close()

    # 4. Treasury, as approver 1.
    wallet.lock()
    approver = unlock(qtbot, wallet, "Treasury approver 1")
    qtbot.waitUntil(lambda: session.switcher.address == approver, timeout=WAIT)
    qtbot.waitUntil(lambda: session.treasury.page is not None, timeout=WAIT)  # built for staff
    treasury = session.treasury.page
    show(treasury)
    qtbot.waitUntil(
        lambda: treasury.snapshot is not None and treasury.snapshot.account == approver,
        timeout=WAIT,
    )
    found += _english_after_switching(qtbot, session, "treasury")

    # 5. Vault; 6. Market, once a token's market is drawn.
    show(session.vault.page)
    found += _english_after_switching(qtbot, session, "vault")
    market = session.market.page
    show(market)
    qtbot.waitUntil(lambda: market.market_screen is not None, timeout=WAIT)
    found += _english_after_switching(qtbot, session, "market")
    # Then every page and tab, after all of it, in the language the user ended with.
    found += _every_page_and_tab(qtbot, session, "zh_TW")

    _choose(qtbot, window, "en")  # the app's language is process-wide: later tests read English
    QLocale.setDefault(QLocale("en_US"))
    assert found == [], "\n".join(found)
    assert errors == []
    window.close()
