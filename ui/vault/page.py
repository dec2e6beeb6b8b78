"""The Vault page: store credentials of the active profile, their chain binding, reveals with a
stated purpose, rotation, backups and the access log.

All keyring, database and chain work runs on the runner's workers. With a chain binding (a
profile with an RPC URL and a store registry) every load checks the entries against the registry
in one batched read and shows a badge per entry; rotations and binds are signed by the account
`signer_source` gives (the wallet's), and reveals by that account are recorded on chain when it
owns or operates the store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.chain.signer import Signer
from app.events import VAULT
from app.vault import (
    CLIPBOARD_CLEAR_SECONDS,
    EntryInfo,
    EntryKind,
    Vault,
    VaultError,
    VaultMode,
    VaultStatus,
)
from app.vault.binding import ChainBinding
from app.vault.binding_state import BindingReport
from ui.shared.bridge import EventBridge
from ui.shared.i18n.retranslating import Retranslating, Text
from ui.shared.named import named
from ui.shared.runner import Op, user_message
from ui.shared.theme import restyle
from ui.shell import shortcuts
from ui.vault.credentials import VaultCredentialActions
from ui.vault.dialogs import banner_text
from ui.vault.entries_model import (
    CHAIN_COLUMN,
    NO_CHAIN,
    UNAVAILABLE,
    BadgeDelegate,
    VaultEntryModel,
    state_label,
)
from ui.vault.files import VaultFileActions
from ui.vault.reveal_panel import RevealPanel
from ui.wallet.password_dialog import NewPasswordFields, describe, password_field

T = TypeVar("T")


@dataclass(frozen=True)
class Snapshot:
    status: VaultStatus
    entries: list[EntryInfo]
    has_api_token: bool
    report: BindingReport | None
    chain_note: str  # NO_CHAIN or UNAVAILABLE, untranslated (the model translates it)
    chain_error: VaultError | None = None  # why the binding could not be checked


class VaultPage(Retranslating, VaultCredentialActions, VaultFileActions, QWidget):
    loaded = Signal()

    def __init__(
        self,
        vault: Vault,
        profile: str,
        bridge: EventBridge | None = None,
        *,
        clipboard_seconds: float = CLIPBOARD_CLEAR_SECONDS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.profile = profile
        self.binding: ChainBinding | None = None
        self.signer_source: Callable[[], Signer | None] | None = None
        self.active_account: Callable[[], str] | None = None  # whom the signer source signs as
        self.snapshot: Snapshot | None = None
        self._report_check = False  # say what the next load found on chain (Check chain)
        self._loading = False
        self._dirty = False

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.protection = QLabel("")
        self.protection.setObjectName("muted")
        self.banner = QLabel("")
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.notice = QLabel("")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._notice: Callable[[], str] = str  # what the notice says, in any language

        self.password = password_field("vaultPassword")
        self.password.returnPressed.connect(self.unlock)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        self.new_password = NewPasswordFields(needed=False)
        self.new_password.setObjectName("newVaultPassword")
        self.new_password.setMaximumWidth(520)
        self.new_password.confirmation.returnPressed.connect(self.unlock)
        self.unlock_button = self._button(self.unlock, "unlock")
        self.lock_button = self._button(self.lock, "lock")
        self.add_button = self._button(self.add_credential, "add")
        self.edit_button = self._button(self.edit_credential, "edit")
        self.rotate_button = self._button(self.rotate_selected, "rotate")
        self.bind_button = self._button(self.bind_selected, "bind")
        self.check_button = self._button(self.check_chain, "check")
        self.export_button = self._button(self.export_backup, "export")
        self.import_button = self._button(self.import_backup, "import")
        self.token_button = self._button(self.set_api_token, "apiToken")
        self.log_button = self._button(self.show_access_log, "accessLog")

        self.model = VaultEntryModel(self)
        self.table = named(QTableView(), "vaultEntries")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(CHAIN_COLUMN, BadgeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.panel = RevealPanel(clipboard_seconds)
        self.panel.reveal_requested.connect(self.request_reveal)
        self.token_state = QLabel("")
        self.token_state.setObjectName("muted")

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.protection, 1)
        lock_row = QHBoxLayout()
        for widget in (self.password_label, self.password, self.unlock_button, self.lock_button):
            lock_row.addWidget(widget)
        lock_row.addStretch(1)
        for button in (self.token_button, self.export_button, self.import_button, self.log_button):
            lock_row.addWidget(button)
        entry_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.rotate_button, self.bind_button):
            entry_row.addWidget(button)
        entry_row.addStretch(1)
        entry_row.addWidget(self.token_state)
        entry_row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.new_password)  # filled before "Create vault" below it
        layout.addLayout(lock_row)
        layout.addWidget(self.notice)
        layout.addLayout(entry_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.panel)
        if bridge is not None:
            bridge.on(VAULT, lambda _changes: self.refresh(), self)
        for name, button in (("vault.add", self.add_button), ("vault.unlock", self.unlock_button)):
            shortcuts.bind(self, name, partial(_click_if_usable, button))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Vault"))
        describe(self.password, self.tr("vault password"))
        self.password_label.setText(self.tr("Vault password"))
        self.new_password.set_what(self.tr("New vault password"))
        self.lock_button.setText(self.tr("Lock"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.rotate_button.setText(self.tr("Rotate"))
        self.bind_button.setText(self.tr("Bind on chain"))
        self.check_button.setText(self.tr("Check chain"))
        self.export_button.setText(self.tr("Export backup…"))
        self.import_button.setText(self.tr("Import backup…"))
        self.token_button.setText(self.tr("API token…"))
        self.log_button.setText(self.tr("Access log"))
        self.rotate_button.setToolTip(
            self.tr("New data key and key version, in the vault and on chain")
        )
        self.table.setAccessibleName(self.tr("Vault entries"))
        # Texts with values, from what the page shows now: status line, banner, Unlock or
        # Create vault, the token's state, and the last notice.
        self._apply_status(self.snapshot)
        self.notice.setText(self._notice())

    def _button(self, slot: Callable[[], object], name: str) -> QPushButton:
        button = named(QPushButton(), name)  # its text: retranslate
        button.clicked.connect(lambda _=False: slot())
        return button

    # ---- wiring -------------------------------------------------------------------------------

    def set_binding(self, binding: ChainBinding | None) -> None:
        """The chain binding of this profile (None: no chain); reloads to show the badges."""
        self.binding = binding
        self.refresh()

    def set_signer_source(
        self,
        source: Callable[[], Signer | None] | None,
        account: Callable[[], str] | None = None,
    ) -> None:
        """`source` signs as `account()`, the active account (None from `source`: locked)."""
        self.signer_source, self.active_account = source, account

    def show_progress(self, label: Text | None) -> None:
        if label:
            self._say(label if callable(label) else lambda: label)

    # ---- loading ------------------------------------------------------------------------------

    def check_chain(self) -> None:
        """Read the registry again and say what was found."""
        self._report_check = True
        self._say(lambda: self.tr("Checking the store registry…"))
        self.refresh()

    def refresh(self) -> None:
        if self._loading:
            self._dirty = True
            return
        self._loading = True
        Op(self, self._load).success(self._loaded).failure(self._load_failed).run_in_background()

    def _load(self) -> Snapshot:
        status = self.vault.status(self.profile)
        entries = self.vault.entries(self.profile)
        credentials = [e for e in entries if e.kind is EntryKind.STORE_CREDENTIAL]
        has_token = any(e.kind is EntryKind.API_TOKEN for e in entries)
        report = None
        if self.binding is not None:
            try:
                report = self.binding.verify(self.profile)
            except VaultError as error:
                return Snapshot(status, credentials, has_token, None, UNAVAILABLE, error)
        return Snapshot(status, credentials, has_token, report, NO_CHAIN)

    def _loaded(self, snapshot: Snapshot) -> None:
        self._loading = False
        self.snapshot = snapshot
        bindings = snapshot.report.by_store() if snapshot.report else None
        self.model.set_entries(snapshot.entries, bindings, snapshot.chain_note)
        error = snapshot.chain_error
        if error is not None:
            self._say(
                lambda: self.tr("The chain binding could not be checked ({chain_note}).").format(
                    chain_note=f"{state_label(snapshot.chain_note)}: {user_message(error)}"
                ),
                True,
            )
        self._apply_status(snapshot)
        report = snapshot.report
        if self._report_check and report is not None:
            self._say(lambda: self._check_summary(report), bool(report.problems),
                      success=not report.problems)  # fmt: skip
        self._report_check = False
        self._selected()  # the model kept the selected entry selected, if it is still there
        self.loaded.emit()
        if self._dirty:
            self._dirty = False
            self.refresh()

    def _check_summary(self, report: BindingReport) -> str:
        """'Checked 3 stores on chain: 2 bound, 1 not bound yet.' in the user's language."""
        if not report.entries:
            return self.tr("Checked the chain: this vault holds no store credentials yet.")
        counts: dict[str, int] = {}
        for entry in report.entries:
            counts[entry.state.value] = counts.get(entry.state.value, 0) + 1
        parts = [f"{n} {state_label(state)}" for state, n in counts.items()]
        states = self.tr(", ").join(parts)
        return self.tr("Checked %n store(s) on chain: {states}.", "", len(report.entries)).format(
            states=states
        )

    def _load_failed(self, error: BaseException) -> None:
        self._report_check = False
        self._loading = False
        self._say(lambda: user_message(error), True)

    def _apply_status(self, snapshot: Snapshot | None) -> None:
        status = snapshot.status if snapshot else None
        unlocked = bool(status and status.unlocked)
        if status is None:
            self.protection.setText(self.tr("profile {profile}").format(profile=self.profile))
        else:
            how = {
                VaultMode.KEYRING: self.tr("key in the OS keyring"),
                VaultMode.PASSWORD: self.tr("protected by the vault password"),
                None: self.tr("not created yet"),
            }[status.mode]
            state = self.tr("unlocked") if unlocked else self.tr("locked")
            self.protection.setText(
                self.tr("profile {profile} · {how} · {state}").format(
                    profile=self.profile, how=how, state=state
                )
            )
        self.banner.setText(banner_text(status.banner) if status and status.banner else "")
        self.banner.setVisible(bool(status and status.banner))
        needs_password = bool(status and status.needs_password and not unlocked)
        creating = needs_password and not (status and status.initialized)
        self.password.setVisible(needs_password and not creating)
        self.password_label.setVisible(needs_password and not creating)
        self.new_password.setVisible(creating)
        self.unlock_button.setText(
            self.tr("Create vault") if status and not status.initialized else self.tr("Unlock")
        )
        self.unlock_button.setVisible(not unlocked)
        self.unlock_button.setEnabled(status is not None)
        self.lock_button.setVisible(unlocked)
        for button in (self.add_button, self.export_button, self.import_button, self.token_button):
            button.setEnabled(unlocked)
        self.check_button.setEnabled(self.binding is not None)
        if snapshot is not None:
            self.token_state.setText(
                self.tr("REST API token: in the vault") if snapshot.has_api_token else ""
            )

    def selected_entry(self) -> EntryInfo | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def select(self, store_id: str) -> None:
        row = self.model.row_of(store_id)
        if row is not None:
            self.table.selectRow(row)

    def _selected(self) -> None:
        entry = self.selected_entry()
        unlocked = bool(self.snapshot and self.snapshot.status.unlocked)
        for button in (self.edit_button, self.rotate_button):
            button.setEnabled(unlocked and entry is not None)
        binding = self.model.binding(entry.store_id) if entry else None
        bindable = binding is not None and binding.state.value in (
            "pending",
            "unregistered",
            "unbound",
        )
        self.bind_button.setEnabled(unlocked and self.binding is not None and bindable)
        self.panel.set_enabled(unlocked and entry is not None)
        if entry is None:
            self.panel.show_store(None)
            return
        if not self.panel.title.text().startswith(entry.store_id):
            self.panel.wipe()
        self.panel.show_store(f"{entry.store_id} · {entry.platform} · {entry.login}")

    # ---- messages -----------------------------------------------------------------------------

    def _say(self, text: Callable[[], str], error: bool = False, *, success: bool = False) -> None:
        """Show `text()` in the notice (called again after a change of language)."""
        restyle(self.notice, "error" if error else "success" if success else "banner")
        self._notice = text
        self.notice.setText(text())
        self.notice.setVisible(bool(self.notice.text()))

    def _failed(self, error: BaseException) -> None:
        self._say(lambda: user_message(error), True)
        self.refresh()  # e.g. a rotation that stopped half-way shows as pending

    def _run(
        self,
        fn: Callable[[], T],
        done: Callable[[T], None],
        progress: Callable[[], str],
        reload: bool = True,
    ) -> None:
        """Run `fn` on a worker; then `done`, and a reload (the chain may have changed too)."""

        def finished(value: T) -> None:
            done(value)
            if reload:
                self.refresh()

        self._say(progress)
        Op(self, fn).success(finished).failure(self._failed).run_in_background()

    # ---- lock ---------------------------------------------------------------------------------

    def unlock(self) -> None:
        password = None if self.password.isHidden() else self.password.text()
        if not self.new_password.isHidden():  # creating: a strong password, typed twice
            if not self.new_password.acceptable():
                advice = self.new_password.advice.text()
                self._say(lambda: advice or self.tr("Choose a password."), True)
                return
            password = self.new_password.take()[0].decode("utf-8")
        self.password.clear()
        self._run(
            lambda: self.vault.unlock(self.profile, password),
            lambda _c: self._say(lambda: self.tr("Unlocked."), success=True),
            lambda: self.tr("Unlocking…"),
        )

    def lock(self) -> None:
        self.panel.wipe()
        self.vault.lock(self.profile)  # quick (drops a key in memory); publishes "vault"
        self._say(lambda: self.tr("Locked."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.wipe()
        super().closeEvent(event)


def _click_if_usable(button: QPushButton) -> None:
    if button.isEnabled() and button.isVisible():
        button.click()
