"""The core's error messages in the user's language, keyed by exception class.

The core words every error's `user_message` in English. The common ones (backend unreachable,
timeout, invalid answer, HTTP errors; chain unavailable, mismatch, reverted; wrong passwords,
locked wallet and vault, keyring trouble) have a translated version built here from the error's
own attributes; anything else, or English, shows the core's sentence unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from ui.shared.i18n import current_code


class ErrorText(QObject):
    """Translatable sentences for the common errors (one translation context)."""

    def unreachable(self, e: Any) -> str:
        return self.tr(
            "Cannot reach the PST backend at {host} ({reason}). Check your network connection "
            "and the API URL of this network profile, then try again."
        ).format(host=e.host, reason=e.reason)

    def backend_timeout(self, e: Any) -> str:
        return self.tr(
            "The PST backend at {host} did not answer within {seconds} seconds. It may be "
            "overloaded or the connection slow; try again in a moment."
        ).format(host=e.host, seconds=f"{e.seconds:g}")

    def unauthorized(self, e: Any) -> str:
        return self.tr(
            "The PST backend rejected the API token (HTTP {status}). Check the token of this "
            "network profile and try again."
        ).format(status=e.status)

    def not_found(self, e: Any) -> str:
        return self.tr(
            "The PST backend has nothing at {endpoint}. It may have been removed or renamed; "
            "refresh the list and try again."
        ).format(endpoint=e.endpoint or "—")

    def http(self, e: Any) -> str:
        detail = f"HTTP {e.status} {e.server_code}"
        if e.status >= 500:
            text = self.tr(
                "The PST backend is having trouble with the request for {endpoint} ({detail}). "
                "Try again later; if it keeps happening, contact platform support."
            )
        else:
            text = self.tr(
                "The PST backend refused the request for {endpoint} ({detail}). Try again "
                "later; if it keeps happening, contact platform support."
            )
        return text.format(endpoint=e.endpoint or "—", detail=detail)

    def invalid_payload(self, e: Any) -> str:
        return self.tr(
            "The PST backend sent an invalid answer for {endpoint} ({problem}). The data was "
            "not used; any previously loaded data is kept. Try again later; if it keeps "
            "happening, contact platform support."
        ).format(endpoint=e.endpoint, problem=e.problem)

    def schema(self, e: Any) -> str:
        return self.tr(
            "The PST backend speaks API schema {server} but this app expects {expected}. "
            "Update PST Desk, or point the network profile to a compatible server."
        ).format(server=e.server_version, expected=e.expected)

    def chain_timeout(self, _e: Any) -> str:
        return self.tr(
            "The blockchain node did not answer in time. Check your connection or try again later."
        )

    def rate_limited(self, _e: Any) -> str:
        return self.tr("The blockchain node is limiting requests. Try again in a moment.")

    def chain_unavailable(self, _e: Any) -> str:
        return self.tr(
            "Cannot reach the blockchain node. Check that it is running and that the RPC URL "
            "in the network profile is right."
        )

    def chain_mismatch(self, e: Any) -> str:
        return self.tr(
            "The RPC endpoint serves chain {actual}, but this network profile expects chain "
            "{expected}. Nothing was signed or sent. Check the RPC URL and the chain ID in "
            "Settings."
        ).format(actual=e.actual, expected=e.expected)

    def simulation_reverted(self, e: Any) -> str:
        return self.tr("The transaction would fail: {reason}. Nothing was signed or sent.").format(
            reason=e.reason
        )

    def tx_reverted(self, e: Any) -> str:
        return self.tr("Transaction {tx} was mined but failed: {reason}.").format(
            tx=e.tx_hash, reason=e.reason
        )

    def broadcast_uncertain(self, e: Any) -> str:
        return self.tr(
            "Transaction {tx} was signed and recorded, but the node did not confirm that it "
            "received it. It will be checked and, if needed, sent again as the same "
            "transaction; it cannot be sent twice."
        ).format(tx=e.tx_hash)

    def wallet_password(self, _e: Any) -> str:
        return self.tr(
            "The password does not open this account (or the file was altered). Check the "
            "password and try again."
        )

    def wallet_locked(self, _e: Any) -> str:
        return self.tr("The wallet is locked. Unlock it to sign.")

    def vault_password(self, _e: Any) -> str:
        return self.tr("Wrong vault password (or the OS keyring holds another key). Try again.")

    def vault_locked(self, _e: Any) -> str:
        return self.tr("The vault is locked. Unlock it on the Vault page first.")

    def vault_password_required(self, _e: Any) -> str:
        return self.tr("This vault is protected by a password: enter it to unlock.")

    def keyring_unavailable(self, _e: Any) -> str:
        return self.tr(
            "The OS keyring is not available (missing, locked or not running). Unlock it, or "
            "protect the vault with a password instead."
        )

    def key_missing(self, _e: Any) -> str:
        return self.tr(
            "The vault key is missing from the OS keyring. Import a vault backup to recover "
            "the entries."
        )


_text = ErrorText()
# By qualified class name, so the GUI's start-up does not import every core package for this;
# the lookup walks each error's class hierarchy, most specific first.
MESSAGES: dict[str, Callable[[Any], str]] = {
    "app.backend.errors.BackendUnreachable": _text.unreachable,
    "app.backend.errors.BackendTimeout": _text.backend_timeout,
    "app.backend.errors.BackendUnauthorized": _text.unauthorized,
    "app.backend.errors.BackendNotFound": _text.not_found,
    "app.backend.errors.BackendHttpError": _text.http,
    "app.backend.errors.InvalidPayload": _text.invalid_payload,
    "app.backend.errors.IncompatibleSchema": _text.schema,
    "app.chain.errors.ChainTimeout": _text.chain_timeout,
    "app.chain.errors.ChainRateLimited": _text.rate_limited,
    "app.chain.errors.ChainUnavailable": _text.chain_unavailable,
    "app.chain.errors.ChainIdMismatch": _text.chain_mismatch,
    "app.chain.errors.SimulationReverted": _text.simulation_reverted,
    "app.chain.errors.TransactionReverted": _text.tx_reverted,
    "app.chain.errors.BroadcastUncertain": _text.broadcast_uncertain,
    "app.wallet.errors.WrongPassword": _text.wallet_password,
    "app.wallet.errors.WalletLocked": _text.wallet_locked,
    "app.vault.errors.WrongPassword": _text.vault_password,
    "app.vault.errors.VaultLocked": _text.vault_locked,
    "app.vault.errors.PasswordRequired": _text.vault_password_required,
    "app.vault.errors.KeyringUnavailable": _text.keyring_unavailable,
    "app.vault.errors.MasterKeyMissing": _text.key_missing,
}


def translated(error: BaseException) -> str | None:
    """The error in the current language, or None where English (the core's words) applies."""
    if current_code() == "en":
        return None
    for cls in type(error).__mro__:
        make = MESSAGES.get(f"{cls.__module__}.{cls.__qualname__}")
        if make is not None:
            try:
                return make(error)
            except (AttributeError, KeyError, ValueError):  # a subclass without the fields
                return None
    return None
