"""The Settings page's desk group: idle lock, the sandbox's size and speed, the treasury's
reconciliation tolerance and the bank statement matching's tolerances. Each value is validated by
`app.config.Settings` when the field is left (the bank's parsed strictly first: an amount in
dollars, whole days); a bad value gets an error next to its field and is not saved."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.amounts import AmountError, parse_amount
from app.config import Settings
from ui.shared import format as fmt
from ui.shared.i18n import current_code
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
    (
        "bank_amount_tolerance_cents",
        QT_TRANSLATE_NOOP("DeskSettings", "Bank matching: amounts may differ by (USD)"),
        QT_TRANSLATE_NOOP(
            "DeskSettings",
            "An amount in dollars from 0 to 1,000.00, at most 2 decimals, e.g. 0.50.",
        ),
    ),
    (
        "bank_settlement_lag_days",
        QT_TRANSLATE_NOOP("DeskSettings", "Bank matching: days a settlement may take to arrive"),
        QT_TRANSLATE_NOOP("DeskSettings", "A whole number of days from 0 to 30."),
    ),
    (
        "bank_routing_lag_days",
        QT_TRANSLATE_NOOP("DeskSettings", "Bank matching: days to sweep and route proceeds"),
        QT_TRANSLATE_NOOP("DeskSettings", "A whole number of days from 0 to 30."),
    ),
)


def _whole(text: str) -> int:
    """Digits only: no sign, no decimals, no "1_000", no other script's digits."""
    if not (text.isascii() and text.isdigit()):
        raise ValueError("not a whole number")
    return int(text)


def _cents(text: str) -> int:
    """Dollars as people type them in their language, exactly, to cents."""
    return parse_amount(text, 2, current_code(), allow_zero=True)


# How a field's text is read before Settings validates it (the others: as Settings reads it).
PARSERS = {
    "bank_amount_tolerance_cents": _cents,
    "bank_settlement_lag_days": _whole,
    "bank_routing_lag_days": _whole,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskSettings", text)


def _shown(key: str, value: object) -> str:
    if key == "bank_amount_tolerance_cents" and isinstance(value, int):
        return fmt.cents(value)
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
            edit = QLineEdit(_shown(key, getattr(settings, key)))
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
        parse = PARSERS.get(key)
        try:
            typed = parse(text) if parse is not None else text
            value = getattr(Settings.model_validate({**settings.model_dump(), key: typed}), key)
        except (ValidationError, ValueError, AmountError):
            self._invalid.add(key)
            self.errors[key].setText(_tr(rule))
            return False
        if value == getattr(settings, key):
            return True
        if not self._apply(**{key: value}):
            return False
        self.inputs[key].setText(_shown(key, value))
        return True
