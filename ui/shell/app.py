"""Start the desktop app: data directory, theme and language (read without SQLAlchemy or
pydantic), the window (shown at once); once it has painted, the store (migrated), the settings,
the pages, then the backend off the GUI thread (the sandbox when that profile is active) and the
pages that use it. Everything is handed down; nothing is global.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import warnings
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.config import data_dir
from app.config.paths import database_path
from app.errors import AppError, Phrase
from app.events import EventBus
from app.resources import resource_path
from app.storage.quick_settings import read_quick_settings
from ui.shared.bridge import EventBridge
from ui.shared.i18n import Language
from ui.shared.runner import Op, shut_down, user_message
from ui.shared.theme import ThemeManager
from ui.shell import gc_policy
from ui.shell.backend import (
    Backend,
    VaultTokenMissing,
    connect,
    starting_text,
)
from ui.shell.main_window import MainWindow
from ui.shell.startup_probe import after_first_paint
from ui.wallet.labels import account_label

if TYPE_CHECKING:
    from app.chain.context import ChainContext, ChainFeature
    from app.chain.tracking import ReconcileOutcome
    from app.config import Settings
    from app.services.wallet import WalletService
    from app.storage import Database
    from app.treasury.desk import TreasuryDesk
    from ui.shell.account_switcher import AccountSwitcher
    from ui.vault.attach import VaultAttachment
    from ui.wallet.page import WalletPage

log = logging.getLogger(__name__)


class Session:
    """The running app: store, settings, bus and (once connected) the backend.

    The window is built from the theme and language alone (`read_quick_settings`), so it can
    paint before SQLAlchemy, Alembic and pydantic load; `attach_pages` (run_gui calls it once
    the window has painted) opens the store and loads the settings first."""

    def __init__(
        self, args: argparse.Namespace, app: QApplication, *, attach_pages: bool = True
    ) -> None:
        self.args = args
        self.root = data_dir(args.data_dir)
        look = read_quick_settings(database_path(self.root))
        self._db: Database | None = None
        self._settings: Settings | None = None
        self.bus = EventBus()
        self.language = Language(app, look.language)
        self.theme = ThemeManager(app, look.theme)
        self.bridge = EventBridge(self.bus, parent=app)
        self.backend: Backend | None = None
        self.chain: ChainContext | None = None  # the session's ChainContext, once the backend is up
        self.features: list[ChainFeature] = []  # wallet, portfolio, vault, treasury: attach_pages
        self._stopped = False
        self.settled = False  # the backend came up or failed (for --exit-after-paint)
        self.window = MainWindow(None, None, self.theme, language=self.language)
        self.window.show_starting(
            partial(starting_text, getattr(args, "profile", None) or look.active_profile)
        )
        self.window.on_shutdown(self.stop)
        self.pages_attached = False
        if attach_pages:
            self.attach_pages()

    def _open_store(self) -> None:
        """The store (migrated to the newest schema) and the validated settings; the look is
        corrected if the quick read got it wrong (a value only the full load accepts)."""
        from app.storage import open_database
        from app.storage.settings_store import load_settings

        self._db = open_database(database_path(self.root))
        self.settings = load_settings(self._db)
        if self.settings.language != self.language.choice:
            self.language.apply(self.settings.language)
        self.theme.follow(self.settings)  # the theme, and which colour means up
        self.window.attach_settings(self.settings, self._save_settings)

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the store opens once the window has painted (attach_pages)")
        return self._db

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            raise RuntimeError("the settings load once the window has painted (attach_pages)")
        return self._settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        self._settings = settings

    def attach_pages(self) -> None:
        """The store and the settings, then wallet, portfolio, vault and treasury: about a
        second of imports (SQLAlchemy, web3 and their friends), so run_gui calls this once the
        window has painted, then `start`."""
        if self.pages_attached or self._stopped:
            return
        self.pages_attached = True
        self._open_store()
        self.wallet = _wallet_page(self)
        from ui.portfolio.attach import PortfolioAttachment

        self.portfolio = PortfolioAttachment(
            self.window, self.bridge, self.wallet.service, self.theme
        )
        if self.wallet.account_model.rowCount() == 0:  # a first run: where it begins
            self.window.sidebar.setCurrentRow(self.window.pages.indexOf(self.wallet))
        self.vault = _vault_page(self)
        from ui.treasury.attach import TreasuryAttachment  # web3: after the window exists

        self.treasury = TreasuryAttachment(
            self.window, self.bridge, self.wallet.service.session, self.theme
        )
        self.switcher = _account_switcher(self)
        from ui.notifications.centre import install_bell

        # The header: the account switcher and the notification centre's bell beside it.
        self.notifications = install_bell(self.window, self.switcher)
        self.treasury.notify = self.notifications.post
        from app.chain.tracking import Told
        from app.events import TX_SETTLED

        self._told = Told()  # what settling earlier transactions found, as last said
        self.bridge.on(TX_SETTLED, self._settled, self.window)
        self.treasury.use_switcher(self.switcher)
        switcher = self.switcher
        self.vault.follow(lambda: switcher.address)  # the Vault acts as the header's account

        from ui.market.attach import MarketAttachment  # issue 16: the Market page (Ctrl+7)
        from ui.wallet.attach import WalletAttachment

        self.market = MarketAttachment(self.window, self.portfolio, self.wallet.service, self.theme)
        # Every feature that works on chain, handed the session's context through one protocol.
        self.features = [WalletAttachment(self.wallet), self.portfolio, self.vault, self.treasury,
                         self.market]  # fmt: skip

    def _save_settings(self, settings: Settings) -> None:
        from app.storage.settings_store import save_settings

        save_settings(self.db, settings)
        self.settings = settings

    def start(self) -> None:
        try:
            profile = self.settings.profile(getattr(self.args, "profile", None))
        except KeyError:
            self.settled = True
            unknown = self.args.profile
            self.window.show_startup_error(
                lambda: QCoreApplication.translate(
                    "Startup",
                    "There is no network profile named {profile!r}. Add it in Settings or start "
                    "without --profile.",
                ).format(profile=unknown)
            )
            return
        self.window.show_starting(partial(starting_text, profile.name))
        merchants = getattr(self.args, "merchants", None)
        op = Op(
            self.window,
            lambda: connect(
                profile,
                self.settings,
                self.db,
                self.bus,
                merchants=merchants,
                root=self.root,
                vault=self.vault.vault,
            ),
        )
        op.success(self._connected).failure(self._failed).run_in_background()

    def _connected(self, backend: Backend) -> None:
        self.settled = True
        if self.backend is not None or self._stopped:
            backend.stop()  # the window closed while the sandbox was starting
            return
        self.backend = backend
        if backend.sandbox is not None and backend.chain_profile is not None:
            _print_demo_accounts(backend.sandbox.token)
        self.window.attach(backend.explorer, backend.monitor, self.bridge)
        # One chain context for the session, handed to every feature (none opens its own).
        from app.chain.context import ChainContext

        profile = backend.chain_profile
        self.chain = None if profile is None else ChainContext(profile, self.db, self.bus)
        chain = self.chain
        self.portfolio.set_explorer(backend.explorer)
        self.market.set_api(backend.api)
        from app.bank.matching import tolerances_of

        self.treasury.set_platform(
            backend.api, self.settings.reconciliation_tolerance_bp, bank=backend.bank,
            tolerances=tolerances_of(self.settings),
        )  # fmt: skip
        for feature in self.features:
            feature.attach(chain)
            feature.start()
        if chain is not None:  # before anything signs: settle what an earlier run recorded
            Op(self.window, chain.reconcile).success(self._reconciled).failure(
                lambda error: log.warning("reconciling recorded transactions failed: %s", error)
            ).run_in_background()

    def _reconciled(self, outcomes: list[ReconcileOutcome]) -> None:
        for outcome in outcomes:
            log.info("%s", outcome.notice)  # the pipeline logs what it settles before signing
            self._settled(outcome)

    def _settled(self, outcome: ReconcileOutcome) -> None:
        """Tell the user what settling an earlier transaction found (at start-up, and before a
        new one is signed: re-sent, replaced, final): a notice in the bell's list, once per
        new state, and the status line."""
        if not self._told.news(outcome):
            return
        code = self.language.code
        text = outcome.notice.text(code)
        self.notifications.post(Phrase("tx.settled.title").text(code), text)
        self.window.statusBar().showMessage(text, 30_000)

    def _failed(self, error: BaseException) -> None:
        self.settled = True
        log.error("could not connect: %r", error)
        if isinstance(error, VaultTokenMissing):
            self.vault.retry_after_unlock(self.start)
        self.window.show_startup_error(partial(user_message, error))

    def stop(self) -> None:
        """Stop the monitor and the sandbox, close the store (the window is closing)."""
        if self._stopped:
            return
        self._stopped = True
        self.bridge.close()
        # The pages attach after the first paint: an early close finds none. Last started,
        # first closed; one that fails to close does not keep the others open.
        for feature in reversed(self.features):
            try:
                feature.close()
            except Exception:
                log.exception("error while closing %s", type(feature).__name__)
        if (chain := getattr(self, "chain", None)) is not None:
            chain.close()
            self.chain = None
        if self.backend is not None:
            self.backend.stop()
            self.backend = None
        if self._db is not None:
            self._db.close()
        self.bridge.deleteLater()
        self.theme.deleteLater()

    @property
    def stopped(self) -> bool:
        return self._stopped


def _quit_on_signals(app: QApplication, session: Session) -> None:
    """Ctrl+C in the terminal (or a TERM from `make run`'s caller) closes the window properly,
    so the sandbox and the monitor stop. Qt's event loop never returns to Python by itself;
    a short timer lets Python run its signal handlers."""

    def close(_signum: int, _frame: object) -> None:
        session.window.close()
        app.quit()

    signal.signal(signal.SIGINT, close)
    signal.signal(signal.SIGTERM, close)
    wake = QTimer(app, interval=250)
    wake.timeout.connect(lambda: None)
    wake.start()


def _wallet_page(session: Session) -> WalletPage:
    """The wallet works offline (accounts, lock); the chain joins once the backend is up."""
    from app.services.wallet import WalletService
    from app.wallet.session import WalletSession
    from app.wallet.wallet import Wallet
    from ui.wallet.page import WalletPage

    wallet = Wallet(session.root, session.db, bus=session.bus)
    idle = session.settings.idle_lock_minutes * 60.0
    lock = WalletSession(wallet, idle_timeout=idle, bus=session.bus)
    service = WalletService(wallet, session.db, session=lock, bus=session.bus)
    page = WalletPage(service, session.bridge)
    session.window.add_page("Wallet", page, "Ctrl+5")
    try:
        sandbox = session.settings.profile(getattr(session.args, "profile", None)).is_sandbox
    except KeyError:  # an unknown profile is explained at start; no chain either way
        sandbox = False
    page.show_getting_started(sandbox)
    session.window.on_getting_started(lambda: _getting_started(session, page, sandbox))
    session.window.on_lock(page.lock)  # File -> Lock (Ctrl+L)
    return page


def account_roles(service: WalletService, desk: TreasuryDesk | None, address: str) -> set[str]:
    """The header's badges of `address` (read on a worker): investor (holds PST), proposer and
    approver (treasury roles), operator (owns a store or is an authorised operator of one)."""
    from app.vault.binding import operates_a_store
    from app.wallet.balances import AssetKind

    found: set[str] = set()
    context = service.context
    if context is not None:
        held = service.balances(address)
        if any(h.asset.kind is AssetKind.PST and h.amount for h in held.holdings):
            found.add("investor")
        registry = context.profile.registry_address
        if registry and operates_a_store(context.reader, registry, address):
            found.add("operator")
    if desk is not None:
        treasury_roles = desk.roles(address)
        found |= {r for r in ("proposer", "approver") if getattr(treasury_roles, r)}
    return found


def _account_switcher(session: Session) -> AccountSwitcher:
    """The header's account switcher, joined to the Wallet, Portfolio and Treasury pages."""
    from app.events import WALLET
    from ui.shared.menu_corner import set_corner
    from ui.shell.account_switcher import AccountSwitcher

    wallet, portfolio, treasury = session.wallet, session.portfolio, session.treasury
    service = wallet.service

    switcher = AccountSwitcher(
        lambda: [(a.address, account_label(a.label)) for a in service.wallet.accounts()],
        lambda: set(service.session.unlocked_addresses()),
        lambda address: account_roles(service, treasury.desk, address),
    )
    set_corner(session.window.menuBar(), switcher)
    switcher.reload()

    def chosen(address: str) -> None:
        wallet.select_account(address)
        page = portfolio.page
        index = page.account_box.findData(address)
        if index >= 0:
            page.account_box.setCurrentIndex(index)
        treasury.act_as(address)

    switcher.chosen.connect(chosen)
    # The Portfolio's own account box switches the whole app too: the header never disagrees.
    box = portfolio.page.account_box
    box.activated.connect(lambda index: switcher.activate(str(box.itemData(index) or "")))
    wallet.unlocked.connect(switcher.activate)
    session.bridge.on(WALLET, lambda _changes: switcher.reload(), switcher)
    return switcher


def _print_demo_accounts(token: str) -> None:
    """`make run` on the sandbox: the demo phrase and accounts on the terminal too (the Wallet
    page's Getting started shows them and loads them). A public test phrase, sandbox only. And
    the sandbox API's token of this run, on the terminal only (as `python main.py sandbox`
    prints it): the CLI beside the app reads the backend with it (treasury show, propose)."""
    from app.config.paths import ENV_API_TOKEN
    from app.sandbox.chain_plan import SANDBOX_MNEMONIC, demo_accounts

    lines = [
        "Sandbox only: demo accounts from the public test phrase (never use it on a real network)",
        f"  phrase: {SANDBOX_MNEMONIC}",
        *(f"  {a.index}  {a.role:<16} {a.address}" for a in demo_accounts().values()),
        "  Wallet -> Getting started -> Load demo accounts restores indexes 0-5.",
        f"  token: {token}",
        f"  The sandbox API's token until the app closes; the CLI beside it reads {ENV_API_TOKEN}.",
    ]
    print("\n".join(lines), file=sys.stderr, flush=True)


def _getting_started(session: Session, page: WalletPage, sandbox: bool) -> None:
    """Help -> Getting started: the Wallet page's panel in a window of its own."""
    from ui.wallet.getting_started import GettingStartedDialog

    dialog = GettingStartedDialog(page.getting_started(sandbox), session.window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _vault_page(session: Session) -> VaultAttachment:
    """The vault of the profile this run uses; the chain binding joins with the backend."""
    from app.vault import Vault
    from ui.vault.attach import VaultAttachment

    try:
        profile = session.settings.profile(getattr(session.args, "profile", None)).name
    except KeyError:
        profile = session.settings.active_profile
    vault = Vault(session.db, bus=session.bus)
    return VaultAttachment(session.window, session.bridge, vault, profile, session.wallet)


def _could_not_start(error: Exception) -> None:
    if isinstance(error, OSError | AppError):  # the data directory: the person's to fix
        log.error("could not start: %s", error)
    else:
        log.exception("could not start")
    QMessageBox.critical(
        None,
        "PST Desk",
        user_message(error)
        if isinstance(error, AppError)  # says what is wrong and what to do (in the language)
        else QCoreApplication.translate(
            "Startup",
            "PST Desk could not open its data ({error}). Check that the data directory "
            "exists and is writable, or choose another with --data-dir.",
        ).format(error=f"{type(error).__name__}: {error}"),
    )


def _import_merchant_pages() -> None:
    import ui.merchants.dashboard
    import ui.merchants.page  # noqa: F401


def run_gui(args: argparse.Namespace) -> int:
    # matplotlib's Qt backend still sets an attribute Qt 6 deprecated; nothing else is hidden.
    warnings.filterwarnings(
        "ignore", message=".*AA_UseHighDpiPixmaps.*", category=DeprecationWarning
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("PST Desk")
    app.setOrganizationName("PST")
    app.setDesktopFileName("pst-desk")  # matches packaging/pst-desk.desktop (Wayland, docks)
    app.setWindowIcon(QIcon(str(resource_path("icons", "pst-desk.svg"))))
    try:
        session = Session(args, app, attach_pages=False)
    except Exception as error:  # e.g. an unwritable data directory: say so, no traceback
        _could_not_start(error)
        return 1
    session.window.show()

    def finish_start() -> None:
        if session.stopped:  # closed before it painted
            return
        try:
            session.attach_pages()
        except Exception as error:
            _could_not_start(error)
            app.exit(1)
            return
        session.start()
        gc_policy.install(app)  # start-up objects frozen; no full collections mid-interaction
        # While the backend starts off the GUI thread: the merchant pages' imports (matplotlib),
        # which the window needs once it is up.
        QTimer.singleShot(0, _import_merchant_pages)

    # The window paints first (the start-up bench's measure); the rest of the pages follow.
    after_first_paint(session.window, finish_start)
    if getattr(args, "exit_after_paint", False):  # registered last: it notes the time first
        from ui.shell.startup_probe import FirstPaintProbe

        FirstPaintProbe(
            app, session.window, lambda: session.settled, lambda: session.backend is not None
        )
    _quit_on_signals(app, session)
    code = app.exec()
    shut_down()  # results still arriving must not reach the pages being torn down
    session.stop()
    # A sandbox still starting when the window closed is stopped once its start returns.
    QThreadPool.globalInstance().waitForDone(60_000)
    app.processEvents()
    return int(code)
