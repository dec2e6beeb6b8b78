"""Who holds which role over a token, one row per holder of a role on a contract, as a keyed table
model (ui/shared/keyed_model.py) keyed by (contract, role, holder). A flagged row (one key that
could mint, stop claims or move investors' money) is drawn in the colour of bad. Texts keep the
Powers panel's translation context ("PowersPanel")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from app.portfolio.powers_model import Holder, Powers
from ui.shared.i18n import current_code
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.keyed_model import Column, KeyedTableModel

SCOPES = {
    "token": QT_TRANSLATE_NOOP("PowersPanel", "token"),
    "timelock": QT_TRANSLATE_NOOP("PowersPanel", "timelock"),
    "compliance": QT_TRANSLATE_NOOP("PowersPanel", "compliance"),
    "treasury": QT_TRANSLATE_NOOP("PowersPanel", "treasury"),
    "registry": QT_TRANSLATE_NOOP("PowersPanel", "registry"),
}
ROLES = {
    "DEFAULT_ADMIN_ROLE": QT_TRANSLATE_NOOP("PowersPanel", "admin"),
    "MINTER_ROLE": QT_TRANSLATE_NOOP("PowersPanel", "minter"),
    "DISTRIBUTOR_ROLE": QT_TRANSLATE_NOOP("PowersPanel", "distributor"),
    "PAUSER_ROLE": QT_TRANSLATE_NOOP("PowersPanel", "pauser"),
    "GUARDIAN_ROLE": QT_TRANSLATE_NOOP("PowersPanel", "guardian"),
    "KYC_OFFICER_ROLE": QT_TRANSLATE_NOOP("PowersPanel", "compliance officer"),
    "PROPOSER_ROLE": QT_TRANSLATE_NOOP("PowersPanel", "proposer"),
    "EXECUTOR_ROLE": QT_TRANSLATE_NOOP("PowersPanel", "executor"),
    "CANCELLER_ROLE": QT_TRANSLATE_NOOP("PowersPanel", "canceller"),
    "APPROVER_ROLE": QT_TRANSLATE_NOOP("PowersPanel", "approver"),
    "REGISTRAR_ROLE": QT_TRANSLATE_NOOP("PowersPanel", "registrar"),
}
ROLE, KIND = 1, 3


@dataclass(frozen=True)
class RoleRow:
    scope: str  # "token", "timelock", "compliance", "treasury" or "registry"
    role: str  # the role's name ("MINTER_ROLE"), or its id in hex
    holder: Holder
    flagged: bool


def role_rows(p: Powers) -> list[RoleRow]:
    flagged = {(f.scope, f.role, f.holder.address) for f in p.flags if f.holder is not None}
    return [
        RoleRow(item.scope, item.role, holder, (item.scope, item.role, holder.address) in flagged)
        for item in p.roles
        for holder in item.holders
    ]


def _key(row: RoleRow) -> tuple[str, str, str]:
    return (row.scope, row.role, row.holder.address)


def _kind(row: RoleRow) -> str:
    return row.holder.kind.phrase.text(current_code())


class RolesModel(KeyedTableModel[RoleRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = (
            Column[RoleRow](
                QT_TRANSLATE_NOOP("PowersPanel", "Contract"),
                lambda r: self.tr_(SCOPES.get(r.scope, r.scope)),
            ),
            Column[RoleRow](QT_TRANSLATE_NOOP("PowersPanel", "Role"), lambda r: self._role(r)),
            Column[RoleRow](QT_TRANSLATE_NOOP("PowersPanel", "Holder"), lambda r: r.holder.address),
            Column[RoleRow](QT_TRANSLATE_NOOP("PowersPanel", "What it is"), _kind),
        )
        super().__init__(columns, _key, context="PowersPanel", parent=parent)

    def _role(self, row: RoleRow) -> str:
        role = ROLES.get(row.role)
        return self.tr_(role) if role else row.role

    def cell(self, item: RoleRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and item.flagged:
            return QColor(self.colors.bad)
        if role == Qt.ItemDataRole.ToolTipRole and column == ROLE:
            return item.role
        if role == Qt.ItemDataRole.ToolTipRole and column == KIND:
            return _kind(item)
        return None
