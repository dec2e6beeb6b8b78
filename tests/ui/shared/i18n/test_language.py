"""Which language a choice means, the translators it installs, and locale formatting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui.shared import format as fmt
from ui.shared.i18n import Language, locale_for, resolve


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_Hant_HK", "zh_TW"),
        ("en_GB", "en"),
        ("de_DE", "en"),
    ],
)
def test_system_choice_follows_the_locale(system: str, expected: str) -> None:
    assert resolve("system", QLocale(system)) == expected


def test_explicit_choice_wins_and_unknown_is_refused() -> None:
    assert resolve("zh_TW", QLocale("en_US")) == "zh_TW"
    with pytest.raises(ValueError, match="unknown language"):
        resolve("fr")


def test_locale_keeps_the_systems_own_variant() -> None:
    assert locale_for("en", QLocale("en_GB")).name() == "en_GB"
    assert locale_for("en", QLocale("zh_CN")).name() == "en_US"
    assert locale_for("zh_TW", QLocale("zh_HK")).name() == "zh_HK"


def test_switching_installs_app_and_qt_catalogs(language: Language) -> None:
    assert language.apply("zh_CN") == "zh_CN"
    assert QCoreApplication.translate("MainWindow", "Merchants") == "商户"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # qtbase
    language.apply("zh_TW")
    assert QCoreApplication.translate("MainWindow", "Merchants") == "商戶"
    language.apply("en")
    assert QCoreApplication.translate("MainWindow", "Merchants") == "Merchants"
    assert fmt.age(dt.timedelta(days=1)) == "1 day ago"  # the English plural catalog
    assert fmt.age(dt.timedelta(days=3)) == "3 days ago"


def test_numbers_and_dates_follow_the_locale(language: Language) -> None:
    assert fmt.cents(12_345_678) == "123,456.78"
    assert fmt.units(1_234_500_000, 6) == "1,234.50"
    assert fmt.units(10**17, 18) == "0.10"
    assert fmt.units(-1, 18) == "-0.000000000000000001"
    assert fmt.date(dt.date(2025, 3, 5)) == "05 Mar 2025"
    QLocale.setDefault(QLocale("de_DE"))
    assert fmt.cents(12_345_678) == "123.456,78"
    language.apply("zh_CN")
    assert fmt.date(dt.date(2025, 3, 5)) == "2025/3/5"
    assert fmt.basis_points(1234, signed=True) == "+12.34%"
    assert fmt.days_x100(4530) == "45.3 天"
    assert fmt.age(dt.timedelta(hours=5)) == "5 小时前"
    assert fmt.ordinal(22) == "第 22"
