"""The Settings page's desk group: idle lock, the sandbox's size and speed, and the treasury's
reconciliation tolerance. Each value is validated by `app.config.Settings` when the field is left;
a bad value gets an error next to its field and is not saved."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.config import Settings
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating

# (Settings field, label, what a valid value is); the bounds are Settings' own.
DESK_FIELDS = (
    (
        "idle_lock_minutes",
        QT_TRANSLATE_NOOP("DeskSettings", "Lock the wallet after idle (minutes)"),
        QT_TRANSLATE_NOOP("DeskSettings", "A whole number of minutes from 1 to 240."),
    ),
    (
        "sandbox_merchants",
        QT_TRANSLATE_NOOP("DeskSettings", "Sandbox size (merchants)"),
        QT_TRANSLATE_NOOP("DeskSettings", "A whole number of merchants from 12 to 20,000."),
    ),
    (
        "sandbox_day_seconds",
        QT_TRANSLATE_NOOP("DeskSettings", "Sandbox speed (seconds per simulated day)"),
        QT_TRANSLATE_NOOP("DeskSettings", "A number of seconds above 0 and at most 3,600."),
    ),
    (
        "reconciliation_tolerance_bp",
        QT_TRANSLATE_NOOP("DeskSettings", "Reconciliation tolerance (basis points)"),
        QT_TRANSLATE_NOOP("DeskSettings", "A whole number of basis points from 0 to 10,000."),
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskSettings", text)


def _shown(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


class DeskSettings(Retranslating, QGroupBox):
    """`current()` is the page's settings now; `apply(**changes) -> bool` saves validated
    changes (the page's `_apply`)."""

    def __init__(
        self,
        current: Callable[[], Settings],
        apply: Callable[..., bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._apply = apply
        settings = current()
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self._invalid: set[str] = set()  # fields whose error (their rule) is shown
        form = QFormLayout(self)
        for key, _label, _rule in DESK_FIELDS:
            edit = QLineEdit(_shown(getattr(settings, key)))
            edit.setObjectName(f"desk:{key}")
            edit.setMaximumWidth(120)
            edit.editingFinished.connect(lambda k=key: self.commit(k))
            error = QLabel("")
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(error, 1)
            self.labels[key] = QLabel()
            self.labels[key].setBuddy(edit)
            form.addRow(self.labels[key], row)
            self.inputs[key], self.errors[key] = edit, error
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Desk"))
        for key, label, rule in DESK_FIELDS:
            self.labels[key].setText(_tr(label))
            self.inputs[key].setAccessibleName(_tr(label))
            self.errors[key].setText(_tr(rule) if key in self._invalid else "")
        self.note.setText(self.tr("These take effect the next time PST Desk starts."))

    def commit(self, key: str) -> bool:
        """Validate the field through Settings and save it; False (error shown) when invalid."""
        text = self.inputs[key].text().strip()
        rule = next(r for k, _l, r in DESK_FIELDS if k == key)
        self._invalid.discard(key)
        self.errors[key].setText("")
        settings = self._current()
        try:
            value = getattr(Settings.model_validate({**settings.model_dump(), key: text}), key)
        except ValidationError:
            self._invalid.add(key)
            self.errors[key].setText(_tr(rule))
            return False
        if value == getattr(settings, key):
            return True
        if not self._apply(**{key: value}):
            return False
        self.inputs[key].setText(_shown(value))
        return True
