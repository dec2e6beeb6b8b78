"""The name an account is listed under: a demo account's role in the language shown now.

"Load demo accounts" stores each role's English name (the catalogs' source text), whatever the
language at the time; lists translate it as they draw it, so a language switch renames it. Any
other label, a user's own name included, is shown as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.shared.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "GettingStarted"
# The demo roles a newcomer loads (indexes 0-5 of the sandbox phrase).
DEMO_ROLES = {
    "platform": QT_TRANSLATE_NOOP("GettingStarted", "Platform (admin, KYC officer)"),
    "proposer": QT_TRANSLATE_NOOP("GettingStarted", "Treasury proposer"),
    "approver-1": QT_TRANSLATE_NOOP("GettingStarted", "Treasury approver 1"),
    "approver-2": QT_TRANSLATE_NOOP("GettingStarted", "Treasury approver 2"),
    "investor": QT_TRANSLATE_NOOP("GettingStarted", "Investor"),
    "investor-2": QT_TRANSLATE_NOOP("GettingStarted", "Investor 2"),
}
_ROLE_NAMES = frozenset(DEMO_ROLES.values())


def account_label(label: str) -> str:
    """`label` as a list shows it: a demo role's name translated, anything else unchanged."""
    return QCoreApplication.translate(CONTEXT, label) if label in _ROLE_NAMES else label
