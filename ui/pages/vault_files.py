"""The Vault page's file and log actions: sealed backups, the API token, the access log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from app.vault import Vault
from app.vault.backup import export_backup, import_backup
from ui.dialogs.vault import AccessLogDialog, SecretDialog


class VaultFileActions:
    """Mixed into VaultPage (a QWidget with `vault`, `profile`, `_run` and `_say`)."""

    vault: Vault
    profile: str

    def _run(
        self, fn: Callable[[], Any], done: Callable[[Any], None], progress: str, reload: bool = True
    ) -> None:
        raise NotImplementedError

    def _say(self, text: str, error: bool = False) -> None:
        raise NotImplementedError

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def export_backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._widget(), "Export a sealed vault backup", "vault.pstvb"
        )
        password = path and SecretDialog.ask(
            self._widget(), "Backup password", "Backup password", confirm=True
        )
        if path and password:
            self._run(
                lambda: export_backup(
                    self.vault, self.profile, Path(path), password, overwrite=True
                ),
                lambda n: self._say(f"Exported {n} entries to {path}."),
                "Sealing the backup…",
            )

    def import_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._widget(), "Import a sealed vault backup")
        password = path and SecretDialog.ask(self._widget(), "Backup password", "Backup password")
        if path and password:
            self._run(
                lambda: import_backup(self.vault, self.profile, Path(path), password),
                lambda r: self._say(
                    f"Imported: {r.added} added, {r.replaced} replaced, {r.unchanged} already here."
                ),
                "Opening the backup…",
            )

    def set_api_token(self) -> None:
        token = SecretDialog.ask(self._widget(), f"API token of {self.profile}", "REST API token")
        if token:
            self._run(
                lambda: self.vault.set_api_token(self.profile, token),
                lambda _e: self._say("The API token is kept in the vault."),
                "Sealing…",
            )

    def show_access_log(self) -> None:
        dialog = AccessLogDialog(self.vault.access_log(self.profile), self._widget())
        dialog.exec()
        dialog.deleteLater()
