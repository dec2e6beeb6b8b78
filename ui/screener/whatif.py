"""What-if thresholds: fields with units over a copy of the policy in force. A change makes a
new SelectionPolicy for the screener only; one click restores the policy in force."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.policy import SelectionPolicy
from ui.shared.i18n.retranslating import Retranslating


class WhatIfPanel(Retranslating, QFrame):
    changed = Signal(object)  # SelectionPolicy

    def __init__(self, policy: SelectionPolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.in_force = policy
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600; font-size: 13px;")
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.growth = _decimal(-100, 1000, 1.0, 1)
        self.growth.setObjectName("whatif:growth")
        self.returns = QSpinBox()
        self.returns.setRange(0, 100)
        self.returns.setObjectName("whatif:return_rate")
        self.dio = _decimal(0, 720, 1.0, 1)
        self.dio.setObjectName("whatif:dio")
        self.late = QSpinBox()
        self.late.setRange(0, 100)
        self.late.setObjectName("whatif:repayment")
        self.gap = _decimal(0, 100, 0.5, 2)
        self.gap.setObjectName("whatif:integrity")
        self.restore = QPushButton()
        self.restore.setObjectName("whatif:restore")
        self.restore.clicked.connect(self.restore_policy)
        self.state = QLabel()
        self.state.setObjectName("whatif:state")
        self.state.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 4, 0, 4)
        self._labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self._labels, (self.growth, self.returns, self.dio, self.late, self.gap), strict=True
        ):
            label.setWordWrap(True)
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.state)
        layout.addWidget(self.restore)
        self._quiet = False
        self.show_policy(policy)
        for field in (self.growth, self.returns, self.dio, self.late, self.gap):
            field.valueChanged.connect(self._edited)
        self.retranslate()

    # -- values ----------------------------------------------------------------------------
    def policy(self) -> SelectionPolicy:
        """The thresholds in the fields, over the policy in force (its windows unchanged)."""
        return replace(
            self.in_force,
            min_growth_bp=round(self.growth.value() * 100),
            max_return_rate_percentile=self.returns.value(),
            dio_always_ok_days_x100=round(self.dio.value() * 100),
            max_late_installments=self.late.value(),
            max_source_gap_bp=round(self.gap.value() * 100),
        )

    def show_policy(self, policy: SelectionPolicy) -> None:
        self._quiet = True
        try:
            self.growth.setValue(policy.min_growth_bp / 100)
            self.returns.setValue(policy.max_return_rate_percentile)
            self.dio.setValue(policy.dio_always_ok_days_x100 / 100)
            self.late.setValue(policy.max_late_installments)
            self.gap.setValue(policy.max_source_gap_bp / 100)
        finally:
            self._quiet = False
        self._show_state()

    def restore_policy(self) -> None:
        self.show_policy(self.in_force)
        self.changed.emit(self.in_force)

    def is_what_if(self) -> bool:
        return self.policy() != self.in_force

    def _edited(self) -> None:
        if self._quiet:
            return
        self._show_state()
        self.changed.emit(self.policy())

    def _show_state(self) -> None:
        what_if = self.is_what_if()
        self.restore.setEnabled(what_if)
        self.state.setText(
            self.tr("What-if: these thresholds apply on this page only.")
            if what_if
            else self.tr("The policy in force.")
        )
        self.state.setObjectName("warn" if what_if else "muted")
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("What-if thresholds"))
        self.note.setText(
            self.tr(
                "Change a threshold to see which stores would pass. Nothing else in the app "
                "uses these values. Growth must also reach the category median; a DIO above "
                "the limit passes at or below the category median."
            )
        )
        texts = (
            self.tr("Growth at least"),
            self.tr("Return rate percentile at most"),
            self.tr("DIO always fine up to"),
            self.tr("Late installments allowed"),
            self.tr("Sources differ at most"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.growth.setSuffix(" %")
        self.gap.setSuffix(" %")
        self.returns.setPrefix("p")
        self.dio.setSuffix(" " + self.tr("days"))
        self.late.setSuffix(" " + self.tr("installments"))
        self.restore.setText(self.tr("Restore the policy in force"))
        self._show_state()


def _decimal(low: float, high: float, step: float, decimals: int) -> QDoubleSpinBox:
    field = QDoubleSpinBox()
    field.setRange(low, high)
    field.setSingleStep(step)
    field.setDecimals(decimals)
    field.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    return field
