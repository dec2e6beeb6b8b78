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


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en_US", ["333.33", "1.2K", "60K", "2.6M", "-3.4B"]),
        ("zh_CN", ["333.33", "1,234.50", "6万", "258.5万", "-34亿"]),
        ("zh_TW", ["333.33", "1,234.50", "6萬", "258.5萬", "-34億"]),
    ],
)
def test_summary_amounts_read_as_each_language_counts(qapp, language, expected):
    """Token amounts on the portfolio's tiles (6 decimals): compact from the language's first
    compact step (1K, 1万), two decimals cut toward zero below it."""
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        amounts = (333_339_999, 1_234_500_000, 60_000 * 10**6, 2_585_049_369_413, -34 * 10**14)
        shown = [fmt.compact_units(a, 6) for a in amounts]
    finally:
        QLocale.setDefault(before)
    assert shown == expected


@pytest.mark.parametrize(("language", "expected"), [("en_US", "$7.5K"), ("zh_CN", "$7500")])
def test_the_reconciliation_chart_counts_cents_the_same_way(qapp, language, expected):
    from ui.treasury.reconciliation_chart import _dollars

    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        assert _dollars(750_000, None) == expected  # cents: it said '$7.5k' in Chinese too
        assert _dollars(12_000_000_00, None) in ("$12M", "$1200万")
    finally:
        QLocale.setDefault(before)
