"""Settings: language, theme, polling, the desk's idle lock, sandbox and reconciliation
tolerance (ui/settings/desk.py), and network profiles (the sandbox and custom ones).

Every field is validated by `app.config` (the same rules the CLI applies); an error appears next
to its field and nothing is saved until the whole profile is valid.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import NetworkProfile, Settings
from app.config.profiles import SANDBOX_NAME
from ui.settings.desk import DeskSettings
from ui.shared.i18n import LANGUAGES

log = logging.getLogger(__name__)

THEMES = (
    (QT_TRANSLATE_NOOP("SettingsPage", "Follow the system"), "system"),
    (QT_TRANSLATE_NOOP("SettingsPage", "Light"), "light"),
    (QT_TRANSLATE_NOOP("SettingsPage", "Dark"), "dark"),
)
UP_COLORS = (
    (QT_TRANSLATE_NOOP("SettingsPage", "Follow my market (from the language)"), "locale"),
    (QT_TRANSLATE_NOOP("SettingsPage", "Red up, green down"), "red"),
    (QT_TRANSLATE_NOOP("SettingsPage", "Green up, red down"), "green"),
)
FIELDS = (
    ("name", QT_TRANSLATE_NOOP("SettingsPage", "Name")),
    ("rpc_url", QT_TRANSLATE_NOOP("SettingsPage", "RPC URL")),
    ("chain_id", QT_TRANSLATE_NOOP("SettingsPage", "Chain ID")),
    ("registry_address", QT_TRANSLATE_NOOP("SettingsPage", "Registry address")),
    ("api_url", QT_TRANSLATE_NOOP("SettingsPage", "API URL")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


NEW = "__new__"


class SettingsPage(QWidget):
    settings_changed = Signal(object)  # Settings, after it was saved

    def __init__(
        self,
        settings: Settings,
        save: Callable[[Settings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._save = save
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")

        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for text, value in THEMES:
            self.theme.addItem(_tr(text), value)
        self.theme.setCurrentIndex([v for _, v in THEMES].index(settings.theme))
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), "system")
        for code, name in LANGUAGES:  # each named in itself, whatever the current language
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.up_color = QComboBox()
        self.up_color.setObjectName("upColor")
        for text, value in UP_COLORS:
            self.up_color.addItem(_tr(text), value)
        self.up_color.setCurrentIndex([v for _, v in UP_COLORS].index(settings.up_color))
        self.up_color.setToolTip(
            self.tr(
                "The colour of rises in prices, P&L and yields: red in mainland China and "
                "Taiwan, green in Hong Kong and the West. Warnings keep their colours."
            )
        )
        self.up_color.currentIndexChanged.connect(self._up_color_chosen)
        self.poll = QSpinBox()
        self.poll.setObjectName("pollInterval")
        self.poll.setRange(1, 300)
        self.poll.setSuffix(self.tr(" s"))
        self.poll.setValue(settings.poll_interval_seconds)
        self.poll.editingFinished.connect(self._poll_chosen)
        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Price changes"), self.up_color)
        form.addRow(self.tr("Check for new data every"), self.poll)

        self.active = QComboBox()
        self.active.setObjectName("activeProfile")
        self.editing = QComboBox()
        self.editing.setObjectName("editProfile")
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        network = QGroupBox(self.tr("Network"))
        net_form = QFormLayout(network)
        net_form.addRow(self.tr("Active profile"), self.active)
        net_form.addRow(self.tr("Edit profile"), self.editing)
        for key, label in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field:{key}")
            error = QLabel("")
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            row = QHBoxLayout()
            row.addWidget(edit, 2)
            row.addWidget(error, 3)
            net_form.addRow(_tr(label), row)
            edit.setAccessibleName(_tr(label))
            self.inputs[key] = edit
            self.errors[key] = error
        self.sandbox_note = QLabel(
            self.tr("The sandbox runs on this computer; its addresses are chosen when it starts.")
        )
        self.sandbox_note.setObjectName("muted")
        self.save_button = QPushButton(self.tr("Save profile"))
        self.delete_button = QPushButton(self.tr("Delete profile"))
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        net_form.addRow(self.sandbox_note)
        net_form.addRow(buttons)
        net_form.addRow(self.status)
        note = QLabel(
            self.tr(
                "A change of network takes effect the next time PST Desk starts. The API token "
                "of a custom network is read from the PST_DESK_API_TOKEN environment variable "
                "until the vault holds it."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(general)
        self.desk = DeskSettings(lambda: self.settings, self._apply)
        layout.addWidget(self.desk)
        layout.addWidget(network)
        layout.addWidget(note)
        layout.addStretch(1)

        self._fill_profiles()
        self.active.currentIndexChanged.connect(self._active_chosen)
        self.editing.currentIndexChanged.connect(self._load_profile)
        self.save_button.clicked.connect(self.save_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self._load_profile()

    # --- profiles ---------------------------------------------------------------------------
    def _fill_profiles(self, select: str | None = None) -> None:
        names = [SANDBOX_NAME, *(p.name for p in self.settings.custom_profiles)]
        for combo in (self.active, self.editing):
            combo.blockSignals(True)
            combo.clear()
            for name in names:
                combo.addItem(
                    self.tr("Sandbox (on this computer)") if name == SANDBOX_NAME else name, name
                )
        self.editing.addItem(self.tr("New profile…"), NEW)
        self.active.setCurrentIndex(names.index(self.settings.active_profile))
        self.editing.setCurrentIndex(names.index(select) if select in names else 0)
        for combo in (self.active, self.editing):
            combo.blockSignals(False)

    def _load_profile(self) -> None:
        name = self.editing.currentData()
        sandbox = name == SANDBOX_NAME
        values: dict[str, object] = {}
        if name not in (NEW, None):
            values = self.settings.profile(name).model_dump()
        for key, edit in self.inputs.items():
            edit.setText(str(values.get(key, "")))
            edit.setEnabled(not sandbox)
            self.errors[key].setText("")
        self.sandbox_note.setVisible(sandbox)
        self.save_button.setEnabled(not sandbox)
        self.delete_button.setEnabled(name not in (SANDBOX_NAME, NEW))
        self.status.setText("")

    def profile_from_fields(self) -> NetworkProfile | None:
        """The profile the fields describe, or None after showing each error by its field."""
        for label in self.errors.values():
            label.setText("")
        values: dict[str, object] = {k: e.text().strip() for k, e in self.inputs.items()}
        chain_id = str(values["chain_id"])
        if not chain_id.isdigit():
            self.errors["chain_id"].setText(
                self.tr("The chain ID is a whole number, e.g. 1 or 31337.")
            )
            return None
        values["chain_id"] = int(chain_id)
        try:
            return NetworkProfile.model_validate(values)
        except ValidationError as error:
            for item in error.errors():
                key = str(item["loc"][0]) if item["loc"] else "name"
                message = str(item["msg"]).removeprefix("Value error, ")
                self.errors.get(key, self.errors["name"]).setText(message)
            return None

    def save_profile(self) -> bool:
        profile = self.profile_from_fields()
        if profile is None:
            return False
        editing = self.editing.currentData()
        others = [p for p in self.settings.custom_profiles if p.name != editing]
        active = self.settings.active_profile
        if active == editing and profile.name != editing:
            active = profile.name
        if not self._apply(custom_profiles=[*others, profile], active_profile=active):
            return False
        self._fill_profiles(select=profile.name)
        self._load_profile()
        self.status.setText(self.tr("Saved profile {name}.").format(name=profile.name))
        return True

    def delete_profile(self) -> None:
        name = self.editing.currentData()
        if name in (SANDBOX_NAME, NEW):
            return
        others = [p for p in self.settings.custom_profiles if p.name != name]
        active = SANDBOX_NAME if self.settings.active_profile == name else None
        changes: dict[str, object] = {"custom_profiles": others}
        if active:
            changes["active_profile"] = active
        if self._apply(**changes):
            self._fill_profiles()
            self._load_profile()
            self.status.setText(self.tr("Deleted profile {name}.").format(name=name))

    def _active_chosen(self) -> None:
        name = self.active.currentData()
        if name and name != self.settings.active_profile and self._apply(active_profile=name):
            self.status.setText(
                self.tr("{profile} will be used from the next start.").format(
                    profile=self.active.currentText()
                )
            )

    # --- general ------------------------------------------------------------------------------
    def _language_chosen(self) -> None:
        # Applied at once by the main window (settings_changed): every page retranslates.
        self._apply(language=self.language.currentData())

    def _theme_chosen(self) -> None:
        self._apply(theme=self.theme.currentData())

    def _up_color_chosen(self) -> None:
        self._apply(up_color=self.up_color.currentData())

    def _poll_chosen(self) -> None:
        if self.poll.value() != self.settings.poll_interval_seconds:
            self._apply(poll_interval_seconds=self.poll.value())

    def _apply(self, **changes: object) -> bool:
        try:
            updated = Settings.model_validate({**self.settings.model_dump(), **changes})
        except ValidationError as error:
            self.status.setText(str(error.errors()[0]["msg"]).removeprefix("Value error, "))
            return False
        try:
            self._save(updated)
        except Exception as error:  # the store is a local file; say so plainly
            log.warning("settings not saved", exc_info=True)
            self.status.setText(
                self.tr("Could not save the settings ({error}).").format(error=type(error).__name__)
            )
            return False
        self.settings = updated
        self.settings_changed.emit(updated)
        return True
