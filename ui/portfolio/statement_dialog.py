"""Choosing the period of an investor statement (with tax-year presets)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class StatementPeriodDialog(QDialog):
    """`run()` -> (start, end) inclusive, or None when cancelled."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Investor statement"))
        self.setObjectName("statementPeriod")
        self.today = today
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        this_year, last_year = today.year, today.year - 1
        self._presets = {
            self.tr("Tax year {year} to date").format(year=this_year): (
                dt.date(this_year, 1, 1),
                today,
            ),
            self.tr("Tax year {year}").format(year=last_year): (
                dt.date(last_year, 1, 1),
                dt.date(last_year, 12, 31),
            ),
            self.tr("Last 12 months"): (today - dt.timedelta(days=364), today),
            self.tr("Since the beginning"): (dt.date(2000, 1, 1), today),
            self.tr("Custom"): (dt.date(this_year, 1, 1), today),
        }
        self.preset.addItems(list(self._presets))
        self.start = QDateEdit()
        self.start.setObjectName("start")
        self.end = QDateEdit()
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.preset.currentTextChanged.connect(self._apply)
        self.error = QLabel("")
        self.error.setObjectName("fieldError")
        form = QFormLayout()
        form.addRow(self.tr("Period"), self.preset)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To (inclusive)"), self.end)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write PDF…"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._apply(self.preset.currentText())

    def _apply(self, name: str) -> None:
        start, end = self._presets[name]
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))

    def period(self) -> tuple[dt.date, dt.date]:
        return _date(self.start.date()), _date(self.end.date())

    def _accept(self) -> None:
        start, end = self.period()
        if end < start:
            self.error.setText(self.tr("The period ends before it starts; swap the dates."))
            return
        self.accept()

    def run(self) -> tuple[dt.date, dt.date] | None:
        return self.period() if self.exec() == QDialog.DialogCode.Accepted else None
