"""The REST API token kept in the vault, as start-up and `doctor` read it.

A custom network profile's token lives in that profile's vault (never in settings). Reading it
unlocks the vault: with the OS keyring that needs no password; a password-protected vault asks
through `ask_password` (a hidden prompt or standard input for `doctor`; the GUI instead asks the
user to unlock on the Vault page).

The sandbox makes a new token each time it starts. It is kept in the "sandbox" vault only when
that vault opens without a prompt (its key in a working OS keyring, or already unlocked);
otherwise the app holds it in memory for the session and nothing is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from app.config.profiles import SANDBOX_NAME
from app.vault.errors import PasswordRequired, VaultError
from app.vault.records import EntryKind
from app.vault.service import Vault

log = logging.getLogger(__name__)


def has_api_token(vault: Vault, profile: str) -> bool:
    """Whether the vault of `profile` keeps an API token (works while locked)."""
    return bool(vault.entries(profile, EntryKind.API_TOKEN))


def opens_without_prompt(vault: Vault, profile: str) -> bool:
    if vault.is_unlocked(profile):
        return True
    status = vault.status(profile)
    return not status.needs_password and status.keyring_problem is None


def stored_api_token(
    vault: Vault, profile: str, ask_password: Callable[[], str] | None = None
) -> str | None:
    """The API token of `profile` from its vault, or None when the vault keeps none.
    A password-protected, locked vault calls `ask_password`; without one, PasswordRequired."""
    if not has_api_token(vault, profile):
        return None
    if not vault.is_unlocked(profile):
        password = None
        if vault.status(profile).needs_password:
            if ask_password is None:
                raise PasswordRequired("vault.token_locked", profile=profile)
            password = ask_password()
        vault.unlock(profile, password)
    return vault.api_token(profile)


def keep_sandbox_token(vault: Vault, token: str, profile: str = SANDBOX_NAME) -> bool:
    """Keep the sandbox's fresh token in its vault when that needs no prompt; True if kept."""
    if not opens_without_prompt(vault, profile):
        return False
    try:
        if not vault.is_unlocked(profile):
            vault.unlock(profile)  # creates the vault, keyed in the OS keyring, on first use
        if vault.api_token(profile) != token:
            vault.set_api_token(profile, token)
    except VaultError as error:  # a keyring that fails now: keep the token in memory only
        log.warning("the sandbox token stays in memory only: %s", error)
        return False
    return True
