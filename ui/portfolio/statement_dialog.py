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

from ui.shared.i18n.retranslating import Retranslating


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


Period = tuple[dt.date, dt.date]  # first and last day, inclusive


class StatementPeriodDialog(Retranslating, QDialog):
    """`run()` -> (start, end) inclusive, or None when cancelled."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementPeriod")
        self.today = today
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        this_year, last_year = today.year, today.year - 1
        # Each preset's period is the item's data; its name is set in `retranslate`.
        presets: list[Period] = [
            (dt.date(this_year, 1, 1), today),  # this tax year to date
            (dt.date(last_year, 1, 1), dt.date(last_year, 12, 31)),  # last tax year
            (today - dt.timedelta(days=364), today),  # last 12 months
            (dt.date(2000, 1, 1), today),  # since the beginning
            (dt.date(this_year, 1, 1), today),  # custom
        ]
        for period in presets:
            self.preset.addItem("", period)
        self.start = QDateEdit()
        self.start.setObjectName("start")
        self.end = QDateEdit()
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.preset.currentIndexChanged.connect(self._apply)
        self.error = QLabel("")
        self.error.setObjectName("fieldError")
        form = QFormLayout()
        self.period_label, self.start_label, self.end_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.period_label, self.preset)
        form.addRow(self.start_label, self.start)
        form.addRow(self.end_label, self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Not the standard Ok relabelled: the box would give it back its own text ("OK") at a
        # change of language, after this dialog's `retranslate`.
        self.write_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._apply(self.preset.currentIndex())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Investor statement"))
        year = self.today.year
        names = (
            self.tr("Tax year {year} to date").format(year=year),
            self.tr("Tax year {year}").format(year=year - 1),
            self.tr("Last 12 months"),
            self.tr("Since the beginning"),
            self.tr("Custom"),
        )
        for index, name in enumerate(names):
            self.preset.setItemText(index, name)
        self.period_label.setText(self.tr("Period"))
        self.start_label.setText(self.tr("From"))
        self.end_label.setText(self.tr("To (inclusive)"))
        self.write_button.setText(self.tr("Write PDF…"))
        if self.error.text():
            self._say_order()

    def _apply(self, index: int) -> None:
        start, end = self.preset.itemData(index)
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))

    def period(self) -> tuple[dt.date, dt.date]:
        return _date(self.start.date()), _date(self.end.date())

    def _accept(self) -> None:
        start, end = self.period()
        if end < start:
            self._say_order()
            return
        self.error.clear()
        self.accept()

    def _say_order(self) -> None:
        self.error.setText(self.tr("The period ends before it starts; swap the dates."))

    def run(self) -> tuple[dt.date, dt.date] | None:
        return self.period() if self.exec() == QDialog.DialogCode.Accepted else None
