"""The Vault page's file and log actions: sealed backups, the API token, the access log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.vault.backup import export_backup, import_backup
from ui.shared.file_dialogs import open_file, save_file
from ui.vault.dialogs import AccessLogDialog, SecretDialog
from ui.vault.page_parts import VaultPageParts


def _backup_password() -> str:
    return QCoreApplication.translate("VaultFileActions", "Backup password")


class VaultFileActions(VaultPageParts):
    """Mixed into VaultPage (a QWidget with `vault`, `profile`, `_run` and `_say`)."""

    def export_backup(self) -> None:
        path = save_file(
            self._widget(),
            QCoreApplication.translate("VaultFileActions", "Export a sealed vault backup"),
            "vault.pstvb",
        )
        title = _backup_password  # worded again if the language changes while it asks
        password = path and SecretDialog.ask(self._widget(), title, title, confirm=True)
        if path and password:
            self._run(
                lambda: export_backup(
                    self.vault, self.profile, Path(path), password, overwrite=True
                ),
                lambda n: self._say(
                    lambda: QCoreApplication.translate(
                        "VaultFileActions", "Exported {n} entries to {path}."
                    ).format(n=n, path=path)
                ),
                lambda: QCoreApplication.translate("VaultFileActions", "Sealing the backup…"),
            )

    def import_backup(self) -> None:
        path = open_file(
            self._widget(),
            QCoreApplication.translate("VaultFileActions", "Import a sealed vault backup"),
        )
        title = _backup_password  # worded again if the language changes while it asks
        password = path and SecretDialog.ask(self._widget(), title, title)
        if path and password:
            self._run(
                lambda: import_backup(self.vault, self.profile, Path(path), password),
                lambda r: self._say(
                    lambda: QCoreApplication.translate(
                        "VaultFileActions",
                        "Imported: {added} added, {replaced} replaced, {unchanged} already here.",
                    ).format(added=r.added, replaced=r.replaced, unchanged=r.unchanged)
                ),
                lambda: QCoreApplication.translate("VaultFileActions", "Opening the backup…"),
            )

    def set_api_token(self) -> None:
        token = SecretDialog.ask(
            self._widget(),
            lambda: QCoreApplication.translate("VaultFileActions", "API token of {profile}").format(
                profile=self.profile
            ),
            lambda: QCoreApplication.translate("VaultFileActions", "REST API token"),
        )
        if token:
            self._run(
                lambda: self.vault.set_api_token(self.profile, token),
                lambda _e: self._say(
                    lambda: QCoreApplication.translate(
                        "VaultFileActions", "The API token is kept in the vault."
                    )
                ),
                lambda: QCoreApplication.translate("VaultFileActions", "Sealing…"),
            )

    def show_access_log(self) -> None:
        dialog = AccessLogDialog(self.vault.access_log(self.profile), self._widget())
        dialog.exec()
        dialog.deleteLater()
