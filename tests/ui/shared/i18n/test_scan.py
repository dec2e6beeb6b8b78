"""The scan for English left on screen finds it, and leaves Chinese, names and numbers alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.shared.i18n.scan import is_english, untranslated
from ui.shared.i18n import Language


def test_scan_reports_the_english_left_and_nothing_else(qtbot: QtBot, language: Language) -> None:
    language.apply("zh_CN")
    root = QWidget()
    qtbot.addWidget(root)
    translated = QPushButton(QCoreApplication.translate("SecretEdit", "Show"))
    english = QPushButton("Refresh")
    noun = QLabel("PST Desk")
    number = QLabel("1,234.50")
    sentence = QLabel(QCoreApplication.translate("MainWindow", "● Online"))
    sentence.setToolTip("Data fetched 3 min ago")  # English words in a row, with values
    combo = QComboBox()
    combo.addItems([QCoreApplication.translate("SettingsPage", "Light"), "Dark", "简体中文"])
    table = QTableWidget(3, 2)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("AccessLogDialog", "When"), "Who"])
    for row, cells in enumerate(
        [("0x9fE4…6e0C", "Light"), ("ETH", "42"), ("Not shown", "Not shown")]
    ):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.setRowHidden(2, True)  # a hidden row (like one scrolled away) is not on screen
    hidden = QLabel("Quit")  # not shown: not reported
    hidden.hide()
    layout = QVBoxLayout(root)
    for widget in (translated, english, noun, number, sentence, combo, table, hidden):
        layout.addWidget(widget)

    assert translated.text() == "显示"
    found = untranslated(root, "zh_CN")
    assert found == [
        "QPushButton: Refresh",
        "QLabel: Data fetched 3 min ago",
        "QComboBox: Dark",
        "QTableWidget: Who",
        "QTableWidget: Light",  # a cell: addresses, symbols and numbers are not English
    ]
    assert untranslated(root, "zh_TW") == found  # the same sources, the other catalog


def test_what_counts_as_english() -> None:
    assert is_english("&Help", "zh_CN")  # the mnemonic is not part of the words
    assert is_english("Keys:", "zh_CN")
    assert is_english("关于 PST Desk…", "zh_CN") is False  # a name the translation keeps
    assert is_english("0x9fE4…6e0C", "zh_CN") is False
    assert is_english("42", "zh_CN") is False
