"""The app as `main.py gui` starts it: store, settings, window at once, backend off-thread,
and everything stopped when the window closes."""

from __future__ import annotations

import argparse
import types

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.config import NetworkProfile, Settings
from app.resources import app_version
from app.storage import open_database
from app.storage.settings_store import save_settings
from ui.shell.app import Session
from ui.shell.backend import TOKEN_ENV


def args(tmp_path, **values: object) -> argparse.Namespace:
    base: dict[str, object] = {"data_dir": str(tmp_path), "profile": None, "merchants": None}
    return argparse.Namespace(**{**base, **values})


def test_custom_profile_connects_and_shuts_down_cleanly(qtbot, qapp, tmp_path, sandbox_api,
                                                        monkeypatch):  # fmt: skip
    db = open_database(tmp_path / "pst-desk.sqlite3")
    profile = NetworkProfile(name="local", api_url=sandbox_api.api_url)
    save_settings(db, Settings(custom_profiles=[profile], active_profile="local"))
    db.close()
    monkeypatch.setenv(TOKEN_ENV, sandbox_api.token)
    assert isinstance(qapp, QApplication)
    session = Session(args(tmp_path), qapp)
    window = session.window
    qtbot.addWidget(window)
    window.show()
    session.start()
    assert window.startup.message.text() == "Connecting to local…"
    qtbot.waitUntil(lambda: window.merchants is not None, timeout=15_000)
    qtbot.waitUntil(lambda: window.merchants.model.rowCount() == 60, timeout=15_000)
    backend = session.backend
    assert backend is not None and backend.monitor.running

    # Back from a dashboard returns to the page it was opened from.
    elsewhere = QWidget()
    window.add_page("Wallet", elsewhere)
    window.sidebar.setCurrentRow(window.pages.indexOf(elsewhere))
    merchant = window.merchants.model.index(0, 0).data()
    with qtbot.waitSignal(window.dashboard.shown, timeout=30_000):  # no load left running
        window.open_merchant(merchant)
    assert window.pages.currentWidget() is window.merchant_area
    window.close_merchant()
    assert window.pages.currentWidget() is elsewhere
    window.sidebar.setCurrentRow(window.pages.indexOf(window.merchant_area))
    with qtbot.waitSignal(window.dashboard.shown, timeout=30_000):
        window.open_merchant(merchant)  # opened from the list: back to the list
    window.close_merchant()
    assert window.pages.currentWidget() is window.merchant_area
    assert window.merchant_area.currentWidget() is window.merchants
    assert f"PST Desk</b> {app_version()}" in window.about_text()
    assert app_version() != "unknown"  # the package is installed (make deps: pip install -e)

    window.close()  # the shutdown callbacks stop the monitor and close the store
    assert session.stopped and not backend.monitor.running


def test_missing_token_is_explained_in_the_window(qtbot, qapp, tmp_path, monkeypatch):
    db = open_database(tmp_path / "pst-desk.sqlite3")
    profile = NetworkProfile(name="prod", api_url="https://api.example.com")
    save_settings(db, Settings(custom_profiles=[profile], active_profile="prod"))
    db.close()
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    session = Session(args(tmp_path), qapp)
    qtbot.addWidget(session.window)
    session.start()
    message = session.window.startup.message
    qtbot.waitUntil(lambda: message.objectName() == "error")
    assert f"set {TOKEN_ENV}" in message.text()
    session.window.close()


def test_unknown_profile_is_explained(qtbot, qapp, tmp_path):
    session = Session(args(tmp_path, profile="nope"), qapp)
    qtbot.addWidget(session.window)
    session.start()
    assert "no network profile named 'nope'" in session.window.startup.message.text()
    session.window.close()


def test_a_first_run_opens_where_accounts_begin_and_later_runs_on_the_portfolio(
    qtbot, qapp, tmp_path
):
    session = Session(args(tmp_path, profile="nope"), qapp)  # no network needed for this
    window = session.window
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is session.wallet  # Getting started is there
    portfolio = session.portfolio.page
    portfolio.attach(types.SimpleNamespace())  # what connecting to a chain hands it
    assert portfolio.message.text().startswith("No wallet account yet: on the Wallet page")
    session.wallet.service.wallet.import_private_key(
        "11" * 32, "violet-Harbour-42-lantern", "violet-Harbour-42-lantern", label="Mine"
    )
    portfolio.reload_accounts()  # what the wallet's change on the bus calls
    assert portfolio.message.text() == ""  # no longer news
    window.close()

    again = Session(args(tmp_path, profile="nope"), qapp)
    qtbot.addWidget(again.window)
    assert again.window.pages.currentWidget() is again.portfolio.page  # the investor's home
    assert not again.portfolio.page.message.text().startswith("No wallet account yet")
    again.window.close()


@pytest.mark.slow
def test_sandbox_profile_starts_and_stops_the_sandbox(qtbot, qapp, tmp_path, capsys):
    from app.sandbox.chain_plan import SANDBOX_MNEMONIC, demo_accounts

    session = Session(args(tmp_path, merchants=12), qapp)
    window = session.window
    qtbot.addWidget(window)
    session.start()
    assert window.startup.message.text() == "Starting the sandbox…"
    qtbot.waitUntil(lambda: window.merchants is not None, timeout=240_000)  # first start
    qtbot.waitUntil(lambda: window.merchants.model.rowCount() == 12, timeout=15_000)
    backend = session.backend
    assert backend is not None and backend.sandbox is not None
    # `make run` prints the demo phrase and accounts on the terminal, as the README says.
    printed = capsys.readouterr().err
    assert "Sandbox only: demo accounts" in printed and SANDBOX_MNEMONIC in printed
    assert all(a.address in printed for a in demo_accounts().values())
    # One chain context, handed to every feature through the one protocol.
    from app.chain.context import ChainFeature

    chain = session.chain
    assert (
        chain is not None and len(session.features) == 5
    )  # wallet, portfolio, vault, treasury, market
    assert all(isinstance(f, ChainFeature) and f.chain is chain for f in session.features)
    process = backend.sandbox._process
    window.close()
    assert process.poll() is not None  # the sandbox process ended with the window
    assert session.chain is None and all(f.chain is None for f in session.features)


def test_start_up_errors_are_one_line_without_tracebacks():
    from ui.shell.backend import short_reason

    stderr_tail = (
        "the sandbox exited with code 1 before it was ready; its stderr:\n"
        "Traceback (most recent call last):\n"
        '  File "main.py", line 3, in <module>\n'
        "OSError: [Errno 98] Address already in use"
    )
    reason = short_reason(RuntimeError(stderr_tail))
    assert reason == (
        "the sandbox exited with code 1 before it was ready; its stderr: "
        "OSError: [Errno 98] Address already in use"
    )
    assert "Traceback" not in reason and "\n" not in reason
    assert len(short_reason(RuntimeError("x" * 1000))) == 240
