"""The app-wide account switcher in the window's header: the account every page acts as, its role
badges (investor, proposer, approver, operator: owns or operates a store) and whether it can sign
now (unlocked) or not.

Choosing an account here selects it on the Wallet page, shows its Portfolio and, when it holds a
treasury role and is unlocked, opens the Treasury as it. Unlocking an account on the Wallet page
makes it the active one. Roles are read on a worker and shown once known.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.named import named
from ui.shared.runner import Op

BADGES = {
    "investor": QT_TRANSLATE_NOOP("AccountSwitcher", "investor"),
    "proposer": QT_TRANSLATE_NOOP("AccountSwitcher", "proposer"),
    "approver": QT_TRANSLATE_NOOP("AccountSwitcher", "approver"),
    "operator": QT_TRANSLATE_NOOP("AccountSwitcher", "operator"),
}


class AccountSwitcher(Retranslating, QWidget):
    """`chosen` fires with the address the user picked (or that an unlock made active)."""

    chosen = Signal(str)

    def __init__(
        self,
        accounts: Callable[[], list[tuple[str, str]]],
        unlocked: Callable[[], set[str]],
        roles: Callable[[str], set[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountSwitcher")
        self._accounts, self._unlocked, self._roles = accounts, unlocked, roles
        self._known_roles: dict[str, set[str]] = {}
        self.label = named(QLabel(), "muted")
        self.combo = named(QComboBox(), "activeAccount")
        self.combo.setMinimumWidth(220)
        self.combo.activated.connect(lambda _i: self._picked())
        self.badges = named(QLabel(), "accountBadges")
        self.state = named(QLabel(), "accountState")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 8, 0)
        for widget in (self.label, self.combo, self.badges, self.state):
            row.addWidget(widget)
        self.reload()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Acting as"))
        self.combo.setAccessibleName(self.tr("Active account"))
        self._show_state()
        self._show_badges(self.address)

    @property
    def address(self) -> str:
        return str(self.combo.currentData() or "")

    def reload(self) -> None:
        """The wallet's accounts again (an account added, removed, locked or unlocked)."""
        current = self.address
        self.combo.blockSignals(True)
        self.combo.clear()
        for address, label in self._accounts():
            self.combo.addItem(f"{label} · {address[:6]}…{address[-4:]}", address)
            self.combo.setItemData(self.combo.count() - 1, address, 3)  # tooltip: the address
        self.combo.blockSignals(False)
        if self.parent() is not None:  # shown in the header only while there is an account
            self.setVisible(self.combo.count() > 0)
        if current:
            self.activate(current, announce=False)
        self._show()

    def activate(self, address: str, *, announce: bool = True) -> None:
        """Make `address` the active account (if the wallet has it)."""
        index = self.combo.findData(address)
        if index < 0:
            return
        self.combo.setCurrentIndex(index)
        self._show()
        if announce:
            self.chosen.emit(address)

    def _picked(self) -> None:
        self._show()
        if self.address:
            self.chosen.emit(self.address)

    def _show(self) -> None:
        address = self.address
        self._show_state()
        self._show_badges(address)
        if address and self._roles is not None and address not in self._known_roles:
            roles = self._roles
            Op(self, lambda: roles(address)).success(
                lambda found: self._roles_read(address, found)
            ).failure(lambda _e: None).run_in_background()

    def _show_state(self) -> None:
        can_sign = self.address in self._unlocked()
        self.state.setText(self.tr("unlocked, can sign") if can_sign else self.tr("locked"))
        self.state.setObjectName("warning" if can_sign else "muted")
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)

    def _roles_read(self, address: str, roles: set[str]) -> None:
        self._known_roles[address] = set(roles)
        if address == self.address:
            self._show_badges(address)

    def _show_badges(self, address: str) -> None:
        roles = self._known_roles.get(address, set())
        words = [
            QCoreApplication.translate("AccountSwitcher", BADGES[r]) for r in BADGES if r in roles
        ]
        self.badges.setText(" ".join(f"[{w}]" for w in words))

    def forget_roles(self) -> None:
        """Roles may have changed on chain (a new block, a handover): read them again."""
        self._known_roles.clear()
        self._show()
