"""Joining the Treasury page to the running app: its own chain connection and desk (built off the
GUI thread once the backend is up), signing through the wallet session, and the sidebar entry
shown only while an unlocked wallet account holds a treasury role on chain."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from app.chain.signer import Signer
from app.events import WALLET
from app.wallet.session import PasswordRequest, SigningCancelled
from ui.shared.runner import Op

log = logging.getLogger(__name__)


class TreasuryAttachment(QObject):
    """Owns the desk and the page; `close()` at shutdown."""

    def __init__(self, window: Any, bridge: Any, wallet_session: Any, theme: Any) -> None:
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.session = wallet_session
        self.theme = theme
        self.desk: Any = None
        self.page: Any = None
        self._client: Any = None
        self._checking = False
        self._bank: tuple[str, str] | None = None

    def start(
        self,
        chain_profile: Any,
        api: Any,
        db: Any,
        bus: Any,
        tolerance_bp: int,
        bank: tuple[str, str] | None = None,
    ) -> None:
        """Connect in the background; the page appears once an unlocked account has a role.
        `bank`: the bank API's (URL, token), for the reconciliation tab."""
        self._bank = bank
        if chain_profile is None or not chain_profile.registry_address:
            return

        def build() -> Any:
            from app.chain.client import connect
            from app.chain.registry import discover
            from app.treasury.desk import TreasuryDesk

            client = connect(chain_profile)
            try:
                deployment = discover(client)
                desk = TreasuryDesk(client, deployment, db, api, bus=bus, tolerance_bp=tolerance_bp)
            except BaseException:
                client.close()
                raise
            return client, desk

        Op(self.window, build).success(self._built).failure(
            lambda e: log.warning("treasury unavailable: %s", e)
        ).run_in_background()

    def _built(self, built: tuple[Any, Any]) -> None:
        self._client, self.desk = built
        self.bridge.on(WALLET, lambda _changes: self.check_roles(), self)
        self.check_roles()

    def check_roles(self) -> None:
        """Show the page for the first unlocked account holding a treasury role."""
        unlocked = self.session.unlocked_addresses()
        if self.desk is None or not unlocked or self._checking:
            return
        self._checking = True
        desk = self.desk

        def find() -> str | None:
            return next((a for a in unlocked if desk.roles(a).any), None)

        Op(self.window, find).success(self._roles_found).failure(
            lambda _e: setattr(self, "_checking", False)
        ).run_in_background()

    def _roles_found(self, account: str | None) -> None:
        self._checking = False
        if account is None:
            if self.page is not None:
                self.window.set_page_visible(self.page, False)
            return
        if self.page is None:
            from ui.treasury.page import TreasuryPage

            self.page = TreasuryPage(
                self.desk,
                account,
                self.signer_for,
                colors=self.theme.colors,
                reconciliation=self._reconciliation_desk(),
            )
            self.theme.changed.connect(self.page.set_colors)
            self.window.add_page("Treasury", self.page, "Ctrl+3")
            self.page.start()
        else:
            self.page.set_account(account)
            self.window.set_page_visible(self.page, True)

    def _reconciliation_desk(self) -> Any:
        """The bank reconciliation's core, over the desk's chain, store and platform API."""
        from app.bank.client import BankClient
        from app.bank.reconciliation import ReconciliationDesk
        from app.treasury.audit import AuditTrail

        desk = self.desk
        bank = None
        if self._bank is not None and self._bank[0]:
            try:
                bank = BankClient(*self._bank, timeout=30)
            except ValueError as error:
                log.warning("no bank: %s", error)
        trail = AuditTrail(desk.db)

        def audit(actor: str, details: Any) -> None:
            trail.append("note", actor=actor, details=details)

        return ReconciliationDesk(
            desk.db, desk.api, desk.client, desk.deployment, bank, audit=audit
        )

    def signer_for(self, address: str) -> Signer:
        """A signer over the wallet session; asks the password now (GUI thread) when locked."""
        from ui.wallet.password_dialog import PasswordDialog

        password: bytearray | None = None
        if not self.session.is_unlocked(address):
            why = QCoreApplication.translate("TreasuryPage", "Enter the wallet password to sign.")
            ask = PasswordDialog(why, address, self.page)
            password = ask.run()
            if password is None:
                raise SigningCancelled(
                    QCoreApplication.translate(
                        "TreasuryPage", "Signing cancelled: the password was not entered."
                    )
                )
        once = [password]

        def prompt(_request: PasswordRequest) -> bytearray | None:
            answer, once[0] = once[0], None
            return answer

        signer = self.session.signer(address, prompt if password is not None else None)
        return signer  # type: ignore[no-any-return]

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
