"""Chart ticks count large numbers the way each language does (CLDR compact formats)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from ui.shared import format as fmt


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en_US", ["$950", "$60K", "$123.5K", "$120M", "-$3.4B"]),
        ("zh_CN", ["$950", "$6万", "$12.3万", "$1.2亿", "-$34亿"]),
        ("zh_TW", ["$950", "$6萬", "$12.3萬", "$1.2億", "-$34億"]),
    ],
)
def test_ticks_read_as_each_language_counts(qapp, language, expected):
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        ticks = [fmt.compact_dollars(v) for v in (950, 60_000, 123_456, 1.2e8, -3.4e9)]
    finally:
        QLocale.setDefault(before)
    assert ticks == expected
    assert not any("k" in t or ".0" in t for t in ticks)  # never '60.0k'
