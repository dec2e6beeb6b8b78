"""Which account the Treasury page acts as, and its treasury roles, with a switcher.

It lists the same accounts as the header's account switcher (it shares the switcher's list) and
choosing one here makes it the app's active account, so every page follows; the page then acts
as it. Without the header (a page on its own) it lists the page's account only.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ui.shared.i18n.retranslating import Retranslating
from ui.shared.named import named


def short(address: str) -> str:
    return f"{address[:6]}…{address[-4:]}" if len(address) > 12 else address


class ActingAccount(Retranslating, QWidget):
    chosen = Signal(str)  # an address picked here

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("treasuryActing")
        self.label = named(QLabel(), "muted")
        self.combo = named(QComboBox(), "treasuryAccount")
        self.combo.setMinimumWidth(240)
        self.combo.activated.connect(lambda _i: self._picked())
        self.roles = QLabel("")
        self.roles.setObjectName("treasuryRoles")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo)
        row.addWidget(self.roles, 1)
        self._shared = False
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Acting as"))
        self.combo.setAccessibleName(self.tr("Account the treasury acts as"))

    def share(self, model: QAbstractItemModel) -> None:
        """List the header switcher's accounts (its model: label · address, data = address)."""
        self.combo.setModel(model)
        self._shared = True

    def listed(self) -> list[str]:
        return [str(self.combo.itemData(i)) for i in range(self.combo.count())]

    @property
    def address(self) -> str:
        return str(self.combo.currentData() or "")

    def show_account(self, address: str, roles: str) -> None:
        index = self.combo.findData(address)
        if index < 0 and not self._shared:
            self.combo.addItem(short(address), address)
            index = self.combo.count() - 1
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.roles.setText(roles)
        self.combo.setToolTip(address)

    def _picked(self) -> None:
        if self.address:
            self.chosen.emit(self.address)
