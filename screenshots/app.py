"""`python -m screenshots.app [OUT_DIR] [--theme light|dark|both] [--language L]`: every page.

Drives the app as `make run` builds it (`ui.shell.app.Session`: sandbox profile, 300 merchants, its
own temporary data directory) the way a user would, then saves the full window (sidebar, menus,
status bar) at 1440x900 as `OUT_DIR/app-<page>-<theme>.png` (`app-<page>-<theme>-<L>.png` in
zh_CN or zh_TW) for Portfolio, Merchants, a tokenized merchant's dashboard, Wallet, Treasury, Vault
and Settings:

1. waits for the backend (the merchant list loaded);
2. restores the sandbox's public demo mnemonic (the one the sandbox prints) with the accounts of
   "approver-2" (index 3) and "investor" (index 4) through the wallet core, named as Getting
   started names them (two of the six it loads), then unlocks both on the Wallet page through
   its password dialog, as a user would (Ctrl+U), and acts as each through the header's
   switcher; the Treasury page then appears because approver-2 holds a treasury role;
3. unlocks the Vault page and keeps one credential for a tokenized store (`Vault.add_credential`);
4. per theme (chosen on the Settings page), visits every page and waits on real conditions
   (row counts, the dashboard's `shown`, the portfolio's charts drawn), never fixed sleeps alone.

Settings are seeded before start-up: English (another --language is then chosen on the Settings
page, as a user would), a slow simulated day (the data holds still between the two themes) and a
long idle lock. Without a D-Bus session the script re-runs itself inside
`dbus-run-session` with a throwaway unlocked gnome-keyring (as `make test` does), so the vault uses
the OS keyring like a desktop; `--no-keyring` skips that. PNGs go through `pngquant` when it is
installed (well under 250 KB each), else Qt's strongest PNG compression.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

SIZE = (1440, 900)
PAGES = ("settings", "portfolio", "merchants", "dashboard", "wallet", "treasury", "vault")
# Throwaway secrets of a throwaway data directory (a sandbox on a public test mnemonic).
WALLET_PASSWORD = "violet-Harbour-42-lantern"
KEYRING_PASSWORD = "shots-keyring"
INVESTOR, APPROVER = 4, 3  # m/44'/60'/0'/0/i of the sandbox mnemonic (app.sandbox.chain_plan)
PLATFORM = 0  # owner of the stores not yet handed to their DAO: rotates credentials


def _keyring_session(argv: list[str], module: str = "screenshots.app") -> int | None:
    """Re-run inside a private D-Bus session with an unlocked, throwaway gnome-keyring; None when
    there already is a session bus or the tools are missing (the vault then asks a password)."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        return None
    script = (
        f"printf {KEYRING_PASSWORD} | gnome-keyring-daemon --unlock --components=secrets "
        '>/dev/null; exec "$@"'
    )
    with tempfile.TemporaryDirectory(prefix="pst-shots-keyring-") as keyrings:
        command = ["dbus-run-session", "--", "sh", "-c", script, "sh"]
        command += [sys.executable, "-m", module, *argv]
        return subprocess.call(command, env={**os.environ, "XDG_DATA_HOME": keyrings})


def _seed_settings(root: Path, theme: str) -> None:
    from app.config import Settings
    from app.config.paths import database_path
    from app.storage import open_database
    from app.storage.settings_store import save_settings

    db = open_database(database_path(root))
    try:
        settings = Settings(
            theme=theme, language="en", sandbox_day_seconds=3600, idle_lock_minutes=240
        )
        save_settings(db, settings)
    finally:
        db.close()


def _shrink(path: Path) -> None:
    """Quantize to 256 colours (pngquant); screenshots of flat UI lose nothing visible."""
    if shutil.which("pngquant") is None:
        return
    subprocess.run(
        ["pngquant", "--speed", "1", "--strip", "--force", "--output", str(path), str(path)],
        check=True,
    )


class Driver:
    """The running app and the user's hands: navigate, answer dialogs, wait, shoot."""

    def __init__(self, app: Any, session: Any, out: Path, language: str = "en") -> None:
        self.app, self.session, self.window, self.out = app, session, session.window, out
        self.suffix = "" if language == "en" else f"-{language}"
        self.saved: list[Path] = []

    # --- waiting -------------------------------------------------------------------------------
    def settle(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def wait(self, condition: Callable[[], bool], seconds: float, what: str) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out after {seconds:.0f} s waiting for {what}")
            self.settle(0.02)

    def off_thread(self, work: Callable[[], Any], what: str, seconds: float = 120) -> Any:
        """Core work (scrypt, say) on a thread while the window keeps painting."""
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            future = pool.submit(work)
            self.wait(future.done, seconds, what)
            return future.result()

    def answer(self, kind: type, fill: Callable[[Any], None], seconds: float = 30) -> None:
        """Answer the next modal dialog of type `kind` (it is opened right after this call)."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + seconds
        timer = QTimer(self.app, interval=50)

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind):
                timer.stop()
                fill(dialog)
            elif time.monotonic() > deadline:
                timer.stop()
                if dialog is not None:
                    dialog.reject()

        timer.timeout.connect(poll)
        timer.start()

    # --- navigating ----------------------------------------------------------------------------
    def go(self, page: Any) -> None:
        """Click the page's sidebar entry."""
        row = self.window.pages.indexOf(page)
        assert row >= 0 and not self.window.sidebar.item(row).isHidden(), page
        self.window.sidebar.setCurrentRow(row)
        self.settle(0.2)

    def select_account(self, address: str) -> None:
        """Click the account's row on the Wallet page."""
        page = self.session.wallet
        row = page.account_model.row_of(address)
        assert row is not None, address
        page.accounts.selectRow(row)

    def shoot(self, name: str, theme: str) -> None:
        # The window as the user left it; Qt keeps it at least as wide as the widest page wants.
        self.window.resize(*SIZE)
        self.settle(0.5)  # the last layout and paint events
        path = self.out / f"app-{name}-{theme}{self.suffix}.png"
        if not self.window.grab().save(str(path), "PNG", 0):
            raise SystemExit(f"could not write {path}")
        _shrink(path)
        self.saved.append(path)
        print(f"{path}  {path.stat().st_size // 1024} KB", flush=True)

    # --- setting up ----------------------------------------------------------------------------
    def wait_for_backend(self) -> None:
        self.wait(lambda: self.window.merchants is not None, 300, "the sandbox to start")
        page = self.window.merchants
        self.wait(lambda: page.model.rowCount() > 0, 120, "the merchant list")
        self.wait(lambda: self.session.backend.chain_profile is not None, 5, "the chain profile")

    def restore_wallet(self) -> dict[int, str]:
        """The demo accounts, from the mnemonic the sandbox printed; checked against its roles.
        The investor's first (as an investor restores their wallet), then approver-2's."""
        from ui.wallet.labels import DEMO_ROLES

        sandbox = self.session.backend.sandbox
        mnemonic = sandbox.mnemonic
        assert mnemonic, "the sandbox printed no mnemonic"
        wallet = self.session.wallet.service.wallet

        def restore() -> dict[int, str]:
            (investor,) = wallet.restore(
                mnemonic,
                WALLET_PASSWORD,
                WALLET_PASSWORD,
                indexes=[INVESTOR],
                labels=[DEMO_ROLES["investor"]],
            )
            approver = wallet.add_hd_account(
                WALLET_PASSWORD, index=APPROVER, label=DEMO_ROLES["approver-2"]
            )
            return {INVESTOR: investor.address, APPROVER: approver.address}

        found: dict[int, str] = self.off_thread(restore, "the wallet restore")
        for index, role in ((APPROVER, "approver-2"), (INVESTOR, "investor")):
            if sandbox.accounts.get(role) != found[index]:
                raise SystemExit(f"index {index} is not the sandbox's {role} account")
        page = self.session.wallet
        model = page.account_model
        self.wait(lambda: model.rowCount() == len(found), 30, "the wallet's accounts")
        return found

    def unlock_account(self, address: str) -> None:
        """Select the account on the Wallet page, Ctrl+U, type the password, OK."""
        from PySide6.QtWidgets import QDialogButtonBox

        from ui.wallet.password_dialog import PasswordDialog

        page = self.session.wallet
        self.go(page)
        self.select_account(address)

        def fill(dialog: Any) -> None:
            dialog.password.setText(WALLET_PASSWORD)
            box = dialog.findChild(QDialogButtonBox)
            box.button(QDialogButtonBox.StandardButton.Ok).click()

        self.answer(PasswordDialog, fill)
        page.unlock()  # what Ctrl+U does (the button greys out once one account is unlocked)
        session = page.service.session
        self.wait(lambda: session.is_unlocked(address), 60, f"unlocking {address}")

    def unlock_vault(self, merchants: list[Any]) -> str:
        """Unlock the Vault page, keep one store's credentials and bind them on chain; returns
        the store. Every sandbox store starts with a placeholder commitment at key version 1, so
        a fresh entry reads as 'tampered' until rotated by the store's owner: the platform
        account signs that rotation here, through the vault core, as operations staff would."""
        from app.chain.signer import LocalSigner
        from app.sandbox.chain_plan import local_account
        from app.vault import StoreCredential

        attachment = self.session.vault
        page = attachment.page
        self.go(page)
        self.wait(lambda: page.snapshot is not None, 30, "the vault page")
        if not page.password.isHidden():  # no keyring: the vault password
            page.password.setText(WALLET_PASSWORD)
        if not page.new_password.isHidden():  # no keyring and a new vault: typed twice
            page.new_password.password.setText(WALLET_PASSWORD)
            page.new_password.confirmation.setText(WALLET_PASSWORD)
        page.unlock_button.click()
        vault, profile = attachment.vault, page.profile
        self.wait(lambda: vault.is_unlocked(profile), 60, "unlocking the vault")
        self.wait(lambda: attachment.binding is not None, 120, "the vault's chain binding")
        binding = attachment.binding
        platform = LocalSigner(local_account(PLATFORM))
        states = self.off_thread(
            lambda: binding.chain_state([m.id for m in merchants]), "the store registry"
        )
        store = next(
            m for m, s in zip(merchants, states, strict=True) if s.owner == platform.address
        )
        credential = StoreCredential(
            platform=str(store.platform),
            login=f"ops+{store.id.lower()}@pst-desk.example",
            password="sandbox-only-store-password",
            api_keys=("sk_sandbox_3f9a1c7e",),
            notes="Sandbox demo credential",
        )
        vault.add_credential(profile, store.id, credential, label="Store admin")
        self.off_thread(lambda: binding.rotate(profile, store.id, platform), "binding on chain")
        page.refresh()

        def bound() -> bool:
            report = page.snapshot.report if page.snapshot else None
            states = report.by_store() if report else {}
            return store.id in states and states[store.id].state.value == "bound"

        self.wait(lambda: not page._loading and bound(), 60, "the credential bound on chain")
        return str(store.id)

    # --- pages ---------------------------------------------------------------------------------
    def choose_theme(self, theme: str) -> None:
        settings = self.window.settings_page
        self.go(settings)
        combo = settings.theme
        combo.setCurrentIndex(combo.findData(theme))
        self.wait(lambda: self.session.theme.colors.name == theme, 10, f"the {theme} theme")
        self.settle(0.5)

    def choose_language(self, code: str) -> None:
        settings = self.window.settings_page
        self.go(settings)
        combo = settings.language
        combo.setCurrentIndex(combo.findData(code))
        self.wait(lambda: self.session.language.choice == code, 10, f"the language {code}")
        self.settle(0.8)

    def act_as(self, address: str) -> None:
        """Pick the account in the header's switcher: every page acts as it."""
        self.session.switcher.activate(address)
        self.settle(0.2)

    def portfolio(self, investor: str) -> None:
        page = self.session.portfolio.page
        self.act_as(investor)
        self.go(page)

        def drawn() -> bool:
            view = page.view
            return (
                view is not None
                and view.snapshot.account == investor
                and not page._busy
                and len(page.trends) >= len(view.merchants)
                and not page.charts.pending()
            )

        self.wait(drawn, 180, "the investor's portfolio and its charts")
        if page.table.currentIndex().row() < 0:
            page.table.selectRow(0)
        self.wait(lambda: not page.charts.pending(), 30, "the trend chart")

    def merchants(self) -> None:
        self.go(self.window.merchant_area)
        self.window.close_merchant()
        self.wait(lambda: self.window.merchants.model.rowCount() > 0, 30, "the merchant list")

    def dashboard(self, merchant_id: str) -> None:
        shown: list[object] = []
        dashboard = self.window.dashboard
        dashboard.shown.connect(shown.append)
        self.window.open_merchant(merchant_id)  # a double-click on the row
        self.wait(lambda: bool(shown), 60, f"the dashboard of {merchant_id}")
        dashboard.shown.disconnect(shown.append)

    def wallet(self, investor: str) -> None:
        page = self.session.wallet
        self.go(page)
        self.select_account(investor)
        page.tabs.setCurrentIndex(0)  # Balances
        self.wait(
            lambda: page.balances is not None and page.balances.account == investor,
            60,
            "the investor's balances",
        )

    def treasury(self, approver: str) -> None:
        attachment = self.session.treasury
        self.wait(lambda: attachment.page is not None, 120, "the Treasury page to appear")
        page = attachment.page
        self.act_as(approver)
        self.go(page)
        self.wait(
            lambda: (
                page.snapshot is not None and page.snapshot.account == approver and not page._busy
            ),
            120,
            "the treasury desk",
        )
        page.tabs.setCurrentIndex(1)  # Waiting for my approval
        queue = page.queue.view
        self.wait(lambda: queue.model().rowCount() > 0, 30, "proposals waiting for approver-2")
        queue.selectRow(0)

    def vault(self, store_id: str) -> None:
        page = self.session.vault.page
        self.go(page)
        page.select(store_id)


def run(driver: Driver, themes: list[str], language: str) -> None:
    driver.wait_for_backend()
    driver.choose_language(language)
    window = driver.window
    model = window.merchants.model
    merchant = next(m for m in model.items() if m.tokenized)
    accounts = driver.restore_wallet()
    driver.unlock_account(accounts[INVESTOR])
    driver.unlock_account(accounts[APPROVER])
    store = driver.unlock_vault([m for m in model.items() if m.tokenized])
    for theme in themes:
        driver.choose_theme(theme)  # on the Settings page, shot last once the data is in
        driver.portfolio(accounts[INVESTOR])
        driver.shoot("portfolio", theme)
        driver.merchants()
        driver.shoot("merchants", theme)
        driver.dashboard(merchant.id)
        driver.shoot("dashboard", theme)
        driver.wallet(accounts[INVESTOR])
        driver.shoot("wallet", theme)
        driver.treasury(accounts[APPROVER])
        driver.shoot("treasury", theme)
        driver.vault(store)
        driver.shoot("vault", theme)
        driver.go(window.settings_page)
        driver.shoot("settings", theme)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="python -m screenshots.app")
    parser.add_argument("out", nargs="?", default="resources/screenshots", type=Path)
    parser.add_argument("--theme", choices=("light", "dark", "both"), default="both")
    parser.add_argument("--language", choices=("en", "zh_CN", "zh_TW"), default="en")
    parser.add_argument("--merchants", type=int, default=300)
    parser.add_argument("--no-keyring", action="store_true", help="use the session bus as is")
    options = parser.parse_args(argv)
    if not options.no_keyring and (code := _keyring_session(argv)) is not None:
        return code
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    warnings.filterwarnings("ignore", message=".*AA_UseHighDpiPixmaps.*")
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from ui.shell.app import Session

    themes = ["light", "dark"] if options.theme == "both" else [options.theme]
    out: Path = options.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PST Desk")
    app.setOrganizationName("PST")
    with tempfile.TemporaryDirectory(prefix="pst-shots-", ignore_cleanup_errors=True) as tmp:
        _seed_settings(Path(tmp), themes[0])
        args = argparse.Namespace(data_dir=tmp, profile=None, merchants=options.merchants)
        session = Session(args, app)  # type: ignore[arg-type]
        session.window.resize(*SIZE)
        session.window.show()
        session.start()
        driver = Driver(app, session, out, options.language)
        try:
            run(driver, themes, options.language)
        finally:
            session.window.close()
            session.stop()
            QThreadPool.globalInstance().waitForDone(60_000)
            app.processEvents()
    print(f"saved {len(driver.saved)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
