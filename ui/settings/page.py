"""Settings: language, theme, polling, the desk's idle lock, sandbox and reconciliation
tolerance (ui/settings/desk.py), and network profiles (the sandbox and custom ones).

Every field is validated by `app.config` (the same rules the CLI applies); an error appears next
to its field and nothing is saved until the whole profile is valid.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Signal
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
from app.config.errors import from_validation, problems
from app.config.profiles import SANDBOX_NAME
from ui.settings.desk import DeskSettings
from ui.shared.i18n import LANGUAGES
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating, Text, said
from ui.shared.runner import user_message

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
    ("explorer_url", QT_TRANSLATE_NOOP("SettingsPage", "Block explorer URL")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


NEW = "__new__"


class SettingsPage(Retranslating, QWidget):
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
        self.title = QLabel()
        self.title.setObjectName("pageTitle")

        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for _text, value in THEMES:
            self.theme.addItem("", value)
        self.theme.setCurrentIndex([v for _, v in THEMES].index(settings.theme))
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("", "system")
        for code, name in LANGUAGES:  # each named in itself, whatever the current language
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.up_color = QComboBox()
        self.up_color.setObjectName("upColor")
        for _text, value in UP_COLORS:
            self.up_color.addItem("", value)
        self.up_color.setCurrentIndex([v for _, v in UP_COLORS].index(settings.up_color))
        self.up_color.currentIndexChanged.connect(self._up_color_chosen)
        self.poll = QSpinBox()
        self.poll.setObjectName("pollInterval")
        self.poll.setRange(1, 300)
        self.poll.setValue(settings.poll_interval_seconds)
        self.poll.editingFinished.connect(self._poll_chosen)
        self.general = QGroupBox()
        form = QFormLayout(self.general)
        # Form labels by field (kept to be translated again): language, theme, ..., then FIELDS.
        self.labels: dict[str, QLabel] = {}
        for key, field in (
            ("language", self.language),
            ("theme", self.theme),
            ("up_color", self.up_color),
            ("poll", self.poll),
        ):
            form.addRow(self._label(key, field), field)

        self.active = QComboBox()
        self.active.setObjectName("activeProfile")
        self.editing = QComboBox()
        self.editing.setObjectName("editProfile")
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._said: dict[str, Text] = {}  # "status" or a field -> what its label says
        self.network = QGroupBox()
        net_form = QFormLayout(self.network)
        net_form.addRow(self._label("active", self.active), self.active)
        net_form.addRow(self._label("editing", self.editing), self.editing)
        for key, _label in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field:{key}")
            error = QLabel("")
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            row = QHBoxLayout()
            row.addWidget(edit, 2)
            row.addWidget(error, 3)
            net_form.addRow(self._label(key, edit), row)
            self.inputs[key] = edit
            self.errors[key] = error
        self.sandbox_note = QLabel()
        self.sandbox_note.setObjectName("muted")
        self.save_button = QPushButton()
        self.delete_button = QPushButton()
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
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.general)
        self.desk = DeskSettings(lambda: self.settings, self._apply)
        layout.addWidget(self.desk)
        layout.addWidget(self.network)
        layout.addWidget(self.note)
        layout.addStretch(1)

        self._fill_profiles()
        self.active.currentIndexChanged.connect(self._active_chosen)
        self.editing.currentIndexChanged.connect(self._load_profile)
        self.save_button.clicked.connect(self.save_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self._load_profile()
        self.retranslate()

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        self.labels[key] = label
        return label

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        for index, (text, _value) in enumerate(THEMES):
            self.theme.setItemText(index, _tr(text))
        self.language.setItemText(0, self.tr("Follow the system"))
        for index, (text, _value) in enumerate(UP_COLORS):
            self.up_color.setItemText(index, _tr(text))
        self.up_color.setToolTip(
            self.tr(
                "The colour of rises in prices, P&L and yields: red in mainland China and "
                "Taiwan, green in Hong Kong and the West. Warnings keep their colours."
            )
        )
        self.poll.setSuffix(self.tr(" s"))
        self.general.setTitle(self.tr("General"))
        self.labels["language"].setText(self.tr("Language"))
        self.labels["theme"].setText(self.tr("Theme"))
        self.labels["up_color"].setText(self.tr("Price changes"))
        self.labels["poll"].setText(self.tr("Check for new data every"))
        self.network.setTitle(self.tr("Network"))
        self.labels["active"].setText(self.tr("Active profile"))
        self.labels["editing"].setText(self.tr("Edit profile"))
        for key, label in FIELDS:
            self.labels[key].setText(_tr(label))
            self.inputs[key].setAccessibleName(_tr(label))
        for combo in (self.active, self.editing):
            for index in range(combo.count()):
                name = combo.itemData(index)
                if name in (SANDBOX_NAME, NEW):
                    combo.setItemText(index, self._profile_title(name))
        self.inputs["explorer_url"].setToolTip(
            self.tr(
                "A transaction's page on the explorer, {tx} standing for its hash, such as "
                "https://etherscan.io/tx/{tx} (https only; http just for this computer). "
                "History's “Open in explorer” uses it."
            )
        )
        self.sandbox_note.setText(
            self.tr("The sandbox runs on this computer; its addresses are chosen when it starts.")
        )
        self.save_button.setText(self.tr("Save profile"))
        self.delete_button.setText(self.tr("Delete profile"))
        self.note.setText(
            self.tr(
                "A change of network takes effect the next time PST Desk starts. The API token "
                "of a custom network is read from the PST_DESK_API_TOKEN environment variable "
                "until the vault holds it."
            )
        )
        for key, words in self._said.items():
            self._shown(key).setText(said(words))

    def _profile_title(self, name: str) -> str:
        """How a profile is listed: the sandbox and "new" by what they are, others by name."""
        if name == SANDBOX_NAME:
            return self.tr("Sandbox (on this computer)")
        return self.tr("New profile…") if name == NEW else name

    def _shown(self, key: str) -> QLabel:
        return self.status if key == "status" else self.errors[key]

    def _say(self, key: str, text: Text) -> None:
        """Show `text` in the status line ("status") or next to a field (its key)."""
        self._said[key] = text
        self._shown(key).setText(said(text))

    # --- profiles ---------------------------------------------------------------------------
    def _fill_profiles(self, select: str | None = None) -> None:
        names = [SANDBOX_NAME, *(p.name for p in self.settings.custom_profiles)]
        for combo in (self.active, self.editing):
            combo.blockSignals(True)
            combo.clear()
            for name in names:
                combo.addItem(self._profile_title(name), name)
        self.editing.addItem(self._profile_title(NEW), NEW)
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
            self._say(key, "")
        self.sandbox_note.setVisible(sandbox)
        self.save_button.setEnabled(not sandbox)
        self.delete_button.setEnabled(name not in (SANDBOX_NAME, NEW))
        self._say("status", "")

    def profile_from_fields(self) -> NetworkProfile | None:
        """The profile the fields describe, or None after showing each error by its field."""
        for key in self.errors:
            self._say(key, "")
        values: dict[str, object] = {k: e.text().strip() for k, e in self.inputs.items()}
        chain_id = str(values["chain_id"])
        if not chain_id.isdigit():
            self._say(
                "chain_id", lambda: self.tr("The chain ID is a whole number, e.g. 1 or 31337.")
            )
            return None
        values["chain_id"] = int(chain_id)
        try:
            return NetworkProfile.model_validate(values)
        except ValidationError as error:
            for field, problem, _ in problems(error):
                key = field.split(".")[0]
                self._say(key if key in self.errors else "name", _words_of(problem))
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
        name = profile.name
        self._say("status", lambda: self.tr("Saved profile {name}.").format(name=name))
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
            self._say("status", lambda: self.tr("Deleted profile {name}.").format(name=name))

    def _active_chosen(self) -> None:
        name = self.active.currentData()
        if name and name != self.settings.active_profile and self._apply(active_profile=name):
            self._say(
                "status",
                lambda: self.tr("{profile} will be used from the next start.").format(
                    profile=self._profile_title(name)
                ),
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
            self._say("status", _words_of(from_validation(error)))
            return False
        try:
            self._save(updated)
        except Exception as error:  # the store is a local file; say so plainly
            log.warning("settings not saved", exc_info=True)
            kind = type(error).__name__
            self._say(
                "status",
                lambda: self.tr("Could not save the settings ({error}).").format(error=kind),
            )
            return False
        self.settings = updated
        self.settings_changed.emit(updated)
        return True


def _words_of(error: BaseException) -> Text:
    """The error's sentence, worded again in each language it is shown in."""
    return lambda: user_message(error)
