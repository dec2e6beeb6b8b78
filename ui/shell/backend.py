"""The backend the pages need, built off the GUI thread: the sandbox (when that profile is
active) or the profile's API with its token (from the environment or the vault), the merchant
explorer and the live monitor; and the words the window says while it starts or when it cannot.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.config.choices import SANDBOX_NAME
from app.config.paths import ENV_API_TOKEN
from app.events import EventBus
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pathlib import Path

    from app.backend.cache import CachedApi
    from app.backend.client import ApiClient
    from app.config import NetworkProfile, Settings
    from app.sandbox.launcher import SandboxProcess
    from app.services.merchants import MerchantExplorer
    from app.services.monitor import LiveMonitor
    from app.storage import Database
    from app.vault import Vault

log = logging.getLogger(__name__)
TOKEN_ENV = ENV_API_TOKEN


class StartupError(Exception):
    """The backend could not be set up; `user_message` says why and what to do, in the language
    of the moment (the window shows it again after a change of language)."""

    def __init__(self, source: str, **values: object) -> None:
        """`source`: English, marked in the "Startup" context; `values` fill its {fields}."""
        super().__init__(source.format(**values))
        self.source, self.values = source, values

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate("Startup", self.source).format(**self.values)


class VaultTokenMissing(StartupError):
    """The API token is not available yet: the vault is locked by a password, or keeps none.
    Start-up tries again once the vault is unlocked (or the token is kept) on the Vault page."""


def _vault_token(vault: Vault, profile: str) -> str:
    """The custom profile's API token from its vault; the keyring needs no prompt."""
    from app.vault import PasswordRequired, VaultError
    from app.vault.api_token import stored_api_token

    try:
        return stored_api_token(vault, profile) or ""
    except PasswordRequired:
        raise VaultTokenMissing(
            QT_TRANSLATE_NOOP(
                "Startup",
                "The API token of {profile} is kept in the vault, which is protected by a "
                "password: unlock it on the Vault page (Ctrl+4) and PST Desk connects.",
            ),
            profile=profile,
        ) from None
    except VaultError as error:
        raise StartupError(
            QT_TRANSLATE_NOOP(
                "Startup", "The vault could not give the API token of {profile}: {error}"
            ),
            profile=profile,
            error=error,
        ) from None


def short_reason(error: BaseException, limit: int = 240) -> str:
    """One line for the window: the error's first line and, when the text goes on (a child
    process's stderr, say), its last line, which usually names the cause. Never a traceback."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    if not lines:
        return type(error).__name__
    text = lines[0] if len(lines) == 1 else f"{lines[0].rstrip(':')}: {lines[-1]}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class Backend:
    """What the pages need from the core, and how to stop it."""

    explorer: MerchantExplorer
    monitor: LiveMonitor
    api: CachedApi
    client: ApiClient
    sandbox: SandboxProcess | None = None
    chain_profile: NetworkProfile | None = None  # RPC URL and registry, for the wallet
    stopped: bool = field(default=False)

    @property
    def bank(self) -> tuple[str, str] | None:
        """The sandbox bank's (URL, token): the sandbox serves it with the API's token."""
        if self.sandbox is None:
            return None
        url = self.sandbox.lines.get("bank")
        return (url, self.sandbox.token) if url else None

    def stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        for step in (self.monitor.stop, self.explorer.close, self.client.close):
            try:
                step()
            except Exception:  # shutting down: log, keep going
                log.exception("error while stopping the backend")
        if self.sandbox is not None:
            self.sandbox.stop()


def connect(
    profile: NetworkProfile,
    settings: Settings,
    db: Database,
    bus: EventBus,
    *,
    merchants: int | None = None,
    root: Path,
    vault: Vault | None = None,
) -> Backend:
    """Build the backend for `profile` (runs on a worker thread: it may start the sandbox)."""
    from app.backend.cache import CachedApi
    from app.backend.client import ApiClient
    from app.services.merchants import MerchantExplorer
    from app.services.monitor import LiveMonitor

    sandbox = None
    if profile.is_sandbox:
        from app.sandbox.launcher import SandboxProcess

        try:
            sandbox = SandboxProcess.start(
                root / "sandbox",
                merchants=merchants or settings.sandbox_merchants,
                day_seconds=settings.sandbox_day_seconds,
            )
        except Exception as error:
            log.error("the sandbox did not start: %s", error)
            raise StartupError(
                QT_TRANSLATE_NOOP(
                    "Startup",
                    "The sandbox could not start ({reason}). Check that nothing else uses the "
                    "data directory, then restart PST Desk; the log has the details.",
                ),
                reason=short_reason(error),
            ) from error
        api_url, token = sandbox.api_url, sandbox.token
        if vault is not None:  # kept only where the vault opens without a prompt (keyring)
            from app.vault.api_token import keep_sandbox_token

            keep_sandbox_token(vault, token)
        profile = profile.with_endpoints(
            api_url=api_url,
            rpc_url=sandbox.rpc_url or "",
            registry_address=sandbox.lines.get("registry", ""),
        )
    else:
        api_url, token = profile.api_url, os.environ.get(TOKEN_ENV, "")
        if not api_url:
            raise StartupError(
                QT_TRANSLATE_NOOP(
                    "Startup", "The network profile {profile} has no API URL; set one in Settings."
                ),
                profile=profile.name,
            )
        if not token and vault is not None:
            token = _vault_token(vault, profile.name)
        if not token:
            raise VaultTokenMissing(
                QT_TRANSLATE_NOOP(
                    "Startup",
                    "No API token for the network profile {profile}: keep it in the vault "
                    "(Vault page, Ctrl+4, 'API token…'), or set {variable} before starting.",
                ),
                profile=profile.name,
                variable=TOKEN_ENV,
            )
    try:
        client = ApiClient(api_url, token)
        api = CachedApi(client, db, profile.name)
        explorer = MerchantExplorer(api, bus)
        monitor = LiveMonitor(
            api, bus, interval=float(settings.poll_interval_seconds), explorer=explorer
        )
    except Exception:
        if sandbox is not None:
            sandbox.stop()
        raise
    monitor.start()
    return Backend(explorer, monitor, api, client, sandbox, profile if profile.rpc_url else None)


def starting_text(profile: str) -> str:
    """What the window says while the backend of `profile` starts."""
    if profile == SANDBOX_NAME:
        return QCoreApplication.translate("Startup", "Starting the sandbox…")
    return QCoreApplication.translate("Startup", "Connecting to {profile}…").format(profile=profile)
