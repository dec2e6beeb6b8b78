"""Names of things the backend sends as English words (cities, platforms, categories, sources),
shown in the user's language. The backend's values stay the keys; only the display changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.shared.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "Names"
NAMES = (
    QT_TRANSLATE_NOOP("Names", "Shenzhen"),
    QT_TRANSLATE_NOOP("Names", "Guangzhou"),
    QT_TRANSLATE_NOOP("Names", "Dongguan"),
    QT_TRANSLATE_NOOP("Names", "Hangzhou"),
    QT_TRANSLATE_NOOP("Names", "Yiwu"),
    QT_TRANSLATE_NOOP("Names", "Xiamen"),
    QT_TRANSLATE_NOOP("Names", "Hong Kong"),
    QT_TRANSLATE_NOOP("Names", "Amazon"),
    QT_TRANSLATE_NOOP("Names", "Shopify"),
    QT_TRANSLATE_NOOP("Names", "TikTok Shop"),
    QT_TRANSLATE_NOOP("Names", "AliExpress"),
    QT_TRANSLATE_NOOP("Names", "Temu"),
    QT_TRANSLATE_NOOP("Names", "Shopee"),
    QT_TRANSLATE_NOOP("Names", "Consumer Electronics"),
    QT_TRANSLATE_NOOP("Names", "Home & Kitchen"),
    QT_TRANSLATE_NOOP("Names", "Apparel"),
    QT_TRANSLATE_NOOP("Names", "Beauty & Personal Care"),
    QT_TRANSLATE_NOOP("Names", "Sports & Outdoors"),
    QT_TRANSLATE_NOOP("Names", "Toys & Games"),
    QT_TRANSLATE_NOOP("Names", "Pet Supplies"),
    QT_TRANSLATE_NOOP("Names", "Automotive"),
    QT_TRANSLATE_NOOP("Names", "platform"),
    QT_TRANSLATE_NOOP("Names", "psp"),
    QT_TRANSLATE_NOOP("Names", "bank"),
    # wallet account kinds and transaction states (app.wallet.accounts, app.chain.txstore)
    QT_TRANSLATE_NOOP("Names", "hd"),
    QT_TRANSLATE_NOOP("Names", "imported"),
    QT_TRANSLATE_NOOP("Names", "watch"),
    QT_TRANSLATE_NOOP("Names", "pending"),
    QT_TRANSLATE_NOOP("Names", "confirmed"),
    QT_TRANSLATE_NOOP("Names", "failed"),
    QT_TRANSLATE_NOOP("Names", "cancelled"),
    QT_TRANSLATE_NOOP("Names", "dropped"),
    # treasury roles, actions and their states (app.treasury.actions)
    QT_TRANSLATE_NOOP("Names", "proposer"),
    QT_TRANSLATE_NOOP("Names", "approver"),
    QT_TRANSLATE_NOOP("Names", "administrator"),
    QT_TRANSLATE_NOOP("Names", "propose"),
    QT_TRANSLATE_NOOP("Names", "approve"),
    QT_TRANSLATE_NOOP("Names", "reject"),
    QT_TRANSLATE_NOOP("Names", "execute"),
    QT_TRANSLATE_NOOP("Names", "cancel"),
    QT_TRANSLATE_NOOP("Names", "created"),
    QT_TRANSLATE_NOOP("Names", "simulated"),
    QT_TRANSLATE_NOOP("Names", "signed"),
    QT_TRANSLATE_NOOP("Names", "broadcast"),
    QT_TRANSLATE_NOOP("Names", "superseded"),
)


def name(value: object) -> str:
    """The display name of an enum value (or a plain string) in the current language."""
    text = str(getattr(value, "value", value))
    return QCoreApplication.translate(CONTEXT, text)
