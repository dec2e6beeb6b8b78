"""Each test here may switch the language; it is put back to English afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ui.shared.i18n import Language


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Language]:
    chosen = Language(qapp, "en")
    yield chosen
    chosen.apply("en")
    for translator in chosen._translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))
