"""The Wallet page's tables: accounts by address, balances by asset, contacts by address. Each
row follows its key, so a reload keeps the selected row selected; words are translated as they
are drawn (headers in the contexts their widgets used, so the catalogs still match)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from app.wallet.accounts import Account
from app.wallet.address_book import Contact
from app.wallet.balances import Holding
from ui.shared.i18n.names import name
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.keyed_model import Column, KeyedTableModel
from ui.wallet.labels import account_label

UNAVAILABLE = QT_TRANSLATE_NOOP("WalletPage", "unavailable")  # an amount that could not be read


class AccountsModel(KeyedTableModel[Account]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns: tuple[Column[Account], ...] = (
            Column(QT_TRANSLATE_NOOP("WalletPage", "Label"), lambda a: account_label(a.label)),
            Column(QT_TRANSLATE_NOOP("WalletPage", "Kind"), lambda a: name(a.kind)),
            Column(QT_TRANSLATE_NOOP("WalletPage", "Address"), lambda a: a.address),
        )
        super().__init__(columns, lambda a: a.address, context="WalletPage", parent=parent)


class BalancesModel(KeyedTableModel[Holding]):
    """Asset, amount (why it is unavailable in its tooltip), contract (in full in its tooltip)."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: tuple[Column[Holding], ...] = (
            Column(
                QT_TRANSLATE_NOOP("WalletPage", "Asset"),
                lambda h: f"{h.asset.symbol} — {h.asset.name}",
            ),
            Column(QT_TRANSLATE_NOOP("WalletPage", "Amount"), self._amount,
                   lambda h: h.amount, numeric=True),
            Column(QT_TRANSLATE_NOOP("WalletPage", "Contract"), lambda h: h.asset.address or ""),
        )  # fmt: skip
        super().__init__(columns, lambda h: h.asset.key, context="WalletPage", parent=parent)

    def _amount(self, holding: Holding) -> str:
        return self.tr_(UNAVAILABLE) if holding.amount is None else holding.text

    def cell(self, item: Holding, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        tip = {1: item.error, 2: item.asset.address or ""}.get(column, "")
        return tip or None


class ContactsModel(KeyedTableModel[Contact]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns: tuple[Column[Contact], ...] = (
            Column(QT_TRANSLATE_NOOP("AddressBookPanel", "Label"), lambda c: c.label),
            Column(QT_TRANSLATE_NOOP("AddressBookPanel", "Address"), lambda c: c.address),
            Column(QT_TRANSLATE_NOOP("AddressBookPanel", "Note"), lambda c: c.note),
        )
        super().__init__(columns, lambda c: c.address, context="AddressBookPanel", parent=parent)
