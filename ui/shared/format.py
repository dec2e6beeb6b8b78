"""Display formatting of the core's integers for the user's locale: money in base units (or
cents), ratios in basis points, day counts, dates and ages.

The single place numbers become text. Decimal only here, at the edge (never float); separators
and date patterns come from the default QLocale, which `ui.shared.i18n.Language` sets with the
language; the words around numbers ("days", "min ago") go through Qt's translation.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_DOWN, Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime, QTimeZone

_CENT = Decimal("0.01")
_DASH = "—"


class Words(QObject):
    """The translatable words around numbers (a QObject so `tr` gives plural forms)."""

    def percent(self, number: str) -> str:
        return self.tr("{number} %").format(number=number)

    def days(self, number: str) -> str:
        return self.tr("{number} days").format(number=number)

    def not_enough_data(self) -> str:
        return self.tr("not enough data")

    def minutes_ago(self, n: int) -> str:
        return self.tr("%n min ago", "", n)

    def hours_ago(self, n: int) -> str:
        return self.tr("%n h ago", "", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%n day(s) ago", "", n)

    def just_now(self) -> str:
        return self.tr("less than a minute ago")

    def ordinal(self, n: int) -> str:
        # English suffixes come from `ordinal`; other languages word it as a whole.
        return self.tr("{n}th", "percentile rank").format(n=n)


_words = Words()


def decimal_text(amount: Decimal, places: int | None = None) -> str:
    """A Decimal with the locale's group separator and decimal point (exact, no float)."""
    if places is not None:
        amount = amount.quantize(Decimal(1).scaleb(-places))
    text = f"{amount:,f}"
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def integer(value: int) -> str:
    """12345 -> '12,345' (the locale's grouping)."""
    return decimal_text(Decimal(value))


def units(amount: int, decimals: int, *, min_places: int = 2) -> str:
    """Token base units, exact, trailing zeros trimmed to `min_places`:
    units(1_234_500_000, 6) == '1,234.50'."""
    exact = Decimal(abs(amount)).scaleb(-decimals)
    text = f"{exact:f}"
    _, _, fraction = text.partition(".")
    places = max(len(fraction.rstrip("0")), min_places)
    sign = "-" if amount < 0 else ""
    return sign + decimal_text(exact, places)


def units_brief(amount: int, decimals: int, places: int = 2) -> str:
    """Token base units cut to `places` decimals toward zero (a figure never shows more than
    there is; the exact amount goes in a tooltip): units_brief(333_333_333, 6) == '333.33'."""
    exact = Decimal(amount).scaleb(-decimals)
    return decimal_text(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN), places)


def cents(value: int, *, decimals: bool = True) -> str:
    """12345678 -> '123,456.78' (or '123,457' without decimals)."""
    return decimal_text(Decimal(value).scaleb(-2), 2 if decimals else 0)


def percent_number(value: int) -> str:
    """Basis points as a bare percentage number: 1234 -> '12.34'."""
    return decimal_text(Decimal(value).scaleb(-2), 2)


def basis_points(value: int | None, *, signed: bool = False) -> str:
    """1234 -> '12.34 %' (zh: '12.34%'); signed adds '+' to gains."""
    if value is None:
        return _DASH
    sign = "+" if signed and value > 0 else ""
    return _words.percent(sign + percent_number(value))


def days_x100(value: int | None) -> str:
    if value is None:
        return _DASH
    return _words.days(decimal_text(Decimal(value).scaleb(-2), 1))


# Criteria whose value is a change (shown with its sign); the others are levels or gaps.
SIGNED_CRITERIA = frozenset({"growth", "promotions"})


def criterion_value(value: int | None, unit: str, key: str = "") -> str:
    """A scorecard value in its unit ('bp', 'days_x100', 'count')."""
    if value is None:
        return _words.not_enough_data()
    if unit == "bp":
        return basis_points(value, signed=key in SIGNED_CRITERIA)
    if unit == "days_x100":
        return days_x100(value)
    if unit == "count":
        return integer(value)
    return str(value)


def age(delta: dt.timedelta) -> str:
    """A short human age: 'less than a minute ago', '3 min ago', '2 h ago', '4 days ago'."""
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 60:
        return _words.just_now()
    if seconds < 3600:
        return _words.minutes_ago(seconds // 60)
    if seconds < 86400:
        return _words.hours_ago(seconds // 3600)
    return _words.days_ago(seconds // 86400)


def ordinal(n: int) -> str:
    """A rank: '1st', '22nd', '13th' in English; the translation's own wording elsewhere."""
    if QLocale().language() != QLocale.Language.English:
        return _words.ordinal(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date(day: dt.date) -> str:
    """A calendar date for the locale: '5 Mar 2025' in English, '2025/3/5' in Chinese."""
    qdate = QDate(day.year, day.month, day.day)
    return QLocale().toString(qdate, QLocale.FormatType.ShortFormat if _is_cjk() else _MEDIUM)


def date_time(moment: dt.datetime, *, utc: bool = False) -> str:
    """A moment to the minute, in local time (or UTC, said so)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    moment = moment.astimezone(dt.UTC) if utc else moment.astimezone()
    qdt = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute),
        QTimeZone.UTC if utc else QTimeZone.systemTimeZone(),
    )
    clock = QLocale().toString(qdt.time(), QLocale.FormatType.ShortFormat)
    text = f"{date(moment.date())} {clock}"
    return f"{text} UTC" if utc else text


def timestamp(seconds: int, *, utc: bool = True) -> str:
    """A unix timestamp (block time) to the minute."""
    return date_time(dt.datetime.fromtimestamp(seconds, dt.UTC), utc=utc)


def month_tick(month: dt.date) -> str:
    """A short month for chart axes: 'Jan 25' in English, '2025-01' otherwise."""
    qdate = QDate(month.year, month.month, 1)
    if QLocale().language() == QLocale.Language.English:
        return QLocale().toString(qdate, "MMM yy")
    return f"{month.year}-{month.month:02d}"


# Qt's long/short formats are either too wordy or ambiguous (03/05/25) in English; this
# pattern is the locale's own for a medium date where Qt has no name for it.
_MEDIUM = "dd MMM yyyy"


def _is_cjk() -> bool:
    return QLocale().language() in (QLocale.Language.Chinese, QLocale.Language.Japanese)
