"""Joining the Treasury page to the running app: its desk over the session's chain context
(built off the GUI thread once the backend is up), signing through the wallet session, and the
sidebar entry shown only while an unlocked wallet account holds a treasury role on chain."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMenu, QWidget

from app.events import WALLET
from app.signers.signer import Signer
from app.wallet.grant import SigningGrant
from app.wallet.session import SigningCancelled
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import Op

if TYPE_CHECKING:
    from app.backend.cache import CachedApi
    from app.backend.client import ApiClient
    from app.bank.matching import Tolerances
    from app.bank.reconciliation import ReconciliationDesk
    from app.chain.context import ChainContext
    from app.treasury.audit import Details
    from app.treasury.desk import TreasuryDesk
    from app.wallet.session import WalletSession
    from ui.shared.bridge import EventBridge
    from ui.shared.theme import ThemeManager
    from ui.shell.account_switcher import AccountSwitcher
    from ui.shell.main_window import MainWindow
    from ui.treasury.airgap_dialogs import OfflineSignDialog
    from ui.treasury.page import Notify, TreasuryPage

log = logging.getLogger(__name__)


class TreasuryMenu(Retranslating, QMenu):
    """Treasury -> Sign a request file (offline)."""

    def __init__(self, open_offline_sign: Callable[[], object], parent: QWidget) -> None:
        super().__init__(parent)
        self.offline_sign = self.addAction("")
        self.offline_sign.triggered.connect(lambda _=False: open_offline_sign())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("TreasuryAttachment", "&Treasury"))
        self.offline_sign.setText(
            QCoreApplication.translate("TreasuryAttachment", "Sign a request file (offline)…")
        )


class TreasuryAttachment(QObject):
    """Owns the desk and the page; `close()` at shutdown."""

    def __init__(
        self,
        window: MainWindow,
        bridge: EventBridge,
        wallet_session: WalletSession,
        theme: ThemeManager,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.session = wallet_session
        self.theme = theme
        self.desk: TreasuryDesk | None = None
        self.page: TreasuryPage | None = None
        self._checking = False
        self._recheck = False
        self._bank: tuple[str, str] | None = None
        self._api: CachedApi | ApiClient | None = None
        self._tolerance_bp = 0
        self._tolerances: Tolerances | None = None
        self.chain: ChainContext | None = None  # the session's ChainContext while attached
        self.active = ""  # the header's active account
        self.switcher: AccountSwitcher | None = None  # the header's, once the shell gives it
        self.offline: OfflineSignDialog | None = None  # the offline sign view, while open
        self._add_menu()
        self.notify: Notify | None = None  # the notification centre's post(title, text, starred)

    def _add_menu(self) -> None:
        """Treasury -> Sign a request file (offline): works with no network, on the offline
        machine, for any account in this wallet."""
        bar = self.window.menuBar()
        menu = TreasuryMenu(self.open_offline_sign, bar)
        actions = bar.actions()
        if actions:  # before Help
            bar.insertMenu(actions[-1], menu)
        else:
            bar.addMenu(menu)
        self.menu = menu

    def open_offline_sign(self) -> OfflineSignDialog:
        from ui.treasury.airgap_dialogs import OfflineSignDialog

        offline = OfflineSignDialog(self.signer_for, self.window)
        self.offline = offline
        offline.open()
        return offline

    def use_switcher(self, switcher: AccountSwitcher) -> None:
        """The header's account switcher: the page lists its accounts and switches through it."""
        self.switcher = switcher
        if self.page is not None:
            self._join_switcher(self.page, switcher)

    def _join_switcher(self, page: TreasuryPage, switcher: AccountSwitcher) -> None:
        page.acting.share(switcher.combo.model())
        page.acting.chosen.connect(switcher.activate)

    def set_platform(
        self,
        api: CachedApi | ApiClient | None,
        tolerance_bp: int,
        bank: tuple[str, str] | None = None,
        tolerances: Tolerances | None = None,
    ) -> None:
        """The backend's platform API and the reconciliation tolerance (before `start`).
        `bank`: the bank API's (URL, token), for the reconciliation tab; `tolerances`: its
        statement matching's, from Settings (app.bank.matching.tolerances_of)."""
        self._api, self._tolerance_bp, self._bank = api, tolerance_bp, bank
        self._tolerances = tolerances

    # --- the ChainFeature protocol (app/chain/context.py) ------------------------------------

    def attach(self, chain: ChainContext | None) -> None:
        """The session's chain context (None: no network, no treasury)."""
        self.chain = chain

    def start(self) -> None:
        """Build the desk over the attached context in the background; the page appears once
        an unlocked account has a role."""
        chain, api, tolerance_bp = self.chain, self._api, self._tolerance_bp
        if chain is None or not chain.profile.registry_address:
            return

        def build() -> TreasuryDesk:
            from app.treasury.desk import TreasuryDesk

            return TreasuryDesk(chain, api, tolerance_bp=tolerance_bp)

        Op(self.window, build).success(self._built).failure(
            lambda e: log.warning("treasury unavailable: %s", e)
        ).run_in_background()

    def _built(self, desk: TreasuryDesk) -> None:
        self.desk = desk
        self.bridge.on(WALLET, lambda _changes: self.check_roles(), self)
        self.check_roles()

    def act_as(self, address: str) -> None:
        """The header's active account: the Treasury acts as it when it can."""
        self.active = address
        self.check_roles()

    def check_roles(self) -> None:
        """The page is usable while an unlocked account holds a treasury role; it acts as the
        header's active account (it says so, with its roles, and asks its password to sign),
        and only without one chosen as the first unlocked account with a role."""
        unlocked = self.session.unlocked_addresses()
        if self._checking:  # a look is under way with what was unlocked then: look again after
            self._recheck = True
            return
        if self.desk is None:
            return
        if not unlocked:
            if self.page is not None:
                self.window.set_page_visible(self.page, False)
            return
        self._checking = True
        desk = self.desk
        ordered = sorted(unlocked, key=lambda a: a != self.active)  # the active account first

        def find() -> str | None:
            return next((a for a in ordered if desk.roles(a).any), None)

        Op(self.window, find).success(self._roles_found).failure(
            lambda _e: self._checked()
        ).run_in_background()

    def _checked(self) -> None:
        self._checking = False
        if self._recheck:
            self._recheck = False
            self.check_roles()

    def _roles_found(self, account: str | None) -> None:
        if self._recheck:  # the accounts changed while this look ran: its answer is stale
            self._checked()
            return
        self._checking = False
        if account is None:
            if self.page is not None:
                self.window.set_page_visible(self.page, False)
            return
        account = self._known(self.active) or account
        if self.page is None:
            from ui.treasury.page import TreasuryPage

            if self.desk is None:  # closed while the roles were read
                return
            from app.services.proposal_evidence import ProposalEvidence

            statements = self._reconciliation_desk(self.desk)
            page = TreasuryPage(
                self.desk,
                account,
                self.signer_for,
                colors=self.theme.colors,
                notify=self.notify,
                reconciliation=statements,
                # The hash of the period's matched bank lines, beside the report hash.
                evidence=ProposalEvidence(statements.lines_hash, self.desk.audit),
            )
            self.page = page
            self.theme.changed.connect(page.set_colors)
            self.window.add_page("Treasury", page, "Ctrl+3")
            if self.switcher is not None:
                self._join_switcher(page, self.switcher)
            page.start()
        else:
            self.page.set_account(account)
            self.window.set_page_visible(self.page, True)

    def _known(self, address: str) -> str:
        """`address` while the header lists it (it may name an account just removed)."""
        if self.switcher is not None and self.switcher.combo.findData(address) < 0:
            return ""
        return address

    def _reconciliation_desk(self, desk: TreasuryDesk) -> ReconciliationDesk:
        """The bank reconciliation's core, over the desk's chain, store and platform API."""
        from app.bank.client import BankClient
        from app.bank.reconciliation import ReconciliationDesk
        from app.treasury.audit import AuditTrail

        bank = None
        if self._bank is not None and self._bank[0]:
            try:
                bank = BankClient(*self._bank, timeout=30)
            except ValueError as error:
                log.warning("no bank: %s", error)
        trail = AuditTrail(desk.db)

        def audit(actor: str, details: Details) -> None:
            trail.append("note", actor=actor, details=details)

        on_result = None
        bus = getattr(getattr(desk, "chain", None), "bus", None)
        if bus is not None:  # revenue-control alerts on the covenant alerts' path
            from app.services.revenue_control import RevenueControlAlerts

            on_result = RevenueControlAlerts(bus).update
        found = ReconciliationDesk(
            desk.db, desk.api, desk.client, desk.deployment, bank,
            tolerances=self._tolerances, audit=audit, on_result=on_result,
        )  # fmt: skip
        # The Stores tab attributes routing to the bank's value dates once statements are in.
        desk.value_dates = found.store.sweep_value_dates
        return found

    def signer_for(self, address: str, what: str = "") -> Signer:
        """A signer over the wallet session; asks the password now (GUI thread) when locked."""
        from ui.wallet.password_dialog import PasswordDialog

        password: bytearray | None = None
        if not self.session.is_unlocked(address):
            why = QCoreApplication.translate("TreasuryPage", "Enter the wallet password to sign.")
            ask = PasswordDialog(why, address, self.page, signing=what)
            password = ask.run()
            if password is None:
                raise SigningCancelled(
                    QCoreApplication.translate(
                        "TreasuryPage", "Signing cancelled: the password was not entered."
                    )
                )
        # One transaction per treasury action: the password signs it once and is wiped.
        return SigningGrant(self.session, address, password, once=True).signer

    def close(self) -> None:
        """The desk has nothing of its own to close: the session closes the chain context."""
        self.desk = None
        self.chain = None
