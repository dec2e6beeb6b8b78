"""Display formatting of the core's integers for the user's locale: money in base units (or
cents), ratios in basis points, day counts, dates and ages.

The single place numbers become text. Numbers, percentages and dates are Babel's CLDR formats
for the locale of the default QLocale, which `ui.shared.i18n.Language` sets with the language
(the same data the core's amount parser reads them back with); token amounts go through the
core's exact formatter (app.amounts). Decimal only here, at the edge (never float); the words
around numbers ("days", "min ago") go through Qt's translation.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
from decimal import ROUND_DOWN, Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time
from babel.numbers import NumberPattern, format_compact_decimal, parse_pattern
from PySide6.QtCore import QLocale, QObject

from app.amounts import format_amount

_DASH = "—"
_EXACT = decimal.Context(prec=200)  # uint256 amounts have 78 digits


class Words(QObject):
    """The translatable words around numbers (a QObject so `tr` gives plural forms)."""

    def days(self, number: str) -> str:
        return self.tr("{number} days").format(number=number)

    def days_short(self, number: str) -> str:
        return self.tr("{number} d", "days, on a chart axis").format(number=number)

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


def locale() -> Locale:
    """The Babel locale of the default QLocale ('en_US', 'zh_CN', 'zh_TW', ...)."""
    return _babel_locale(QLocale().name())


# Charts and tables format hundreds of figures a draw: the locale and the parsed patterns are
# looked up once, not per figure.
@functools.lru_cache(maxsize=16)
def _babel_locale(name: str) -> Locale:
    try:
        found = Locale.parse(name)
    except (UnknownLocaleError, ValueError):  # Qt's "C" locale
        found = Locale.parse("en_US")
    # Babel reads a locale's data (pickles merged with their parents': 40-60 ms) at its first
    # use; read here, the cost falls when the language is chosen, not in the middle of a draw.
    found.number_symbols  # noqa: B018
    return found


@functools.lru_cache(maxsize=64)
def _pattern(text: str) -> NumberPattern:
    return parse_pattern(text)


def decimal_text(amount: Decimal, places: int | None = None) -> str:
    """A Decimal as the locale writes it (grouping, decimal mark), exactly: every digit it has,
    or rounded to `places`."""
    with decimal.localcontext(_EXACT):
        if places is None:
            return _pattern("#,##0.###").apply(amount, locale(), decimal_quantization=False)
        return _pattern("#,##0" + ("." + "0" * places if places else "")).apply(amount, locale())


def integer(value: int) -> str:
    """12345 -> '12,345' (the locale's grouping)."""
    return decimal_text(Decimal(value))


def units(amount: int, decimals: int, *, min_places: int = 2) -> str:
    """Token base units, exact, trailing zeros trimmed to `min_places`:
    units(1_234_500_000, 6) == '1,234.50'."""
    return format_amount(amount, decimals, str(locale()), min_places=min_places)


def units_brief(amount: int, decimals: int, places: int = 2) -> str:
    """Token base units cut to `places` decimals toward zero (a figure never shows more than
    there is; the exact amount goes in a tooltip): units_brief(333_333_333, 6) == '333.33'."""
    with decimal.localcontext(_EXACT):
        exact = Decimal(amount).scaleb(-decimals)
        cut = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)
    return decimal_text(cut, places)


def compact_dollars(dollars: float) -> str:
    """A chart tick in dollars, as the language counts large numbers (CLDR compact formats):
    60000 -> '$60K' in English, '$6万' in Chinese, 1.2e8 -> '$120M' / '$1.2亿'. Ticks only: exact
    figures stay exact in tables and tooltips."""
    text = format_compact_decimal(abs(dollars), locale=locale(), fraction_digits=1)
    return ("-$" if dollars < 0 else "$") + text


def compact_units(amount: int, decimals: int) -> str:
    """Token base units on a summary tile, as the language counts large numbers (CLDR compact
    formats, as the chart ticks): 60,000 -> '60K' in English, '6万' in Chinese; 1.2e8 -> '120M' /
    '1.2亿'. Below the language's first compact step (1K, 1万) it is `units_brief`. Tiles only:
    the exact amount goes in the tooltip."""
    with decimal.localcontext(_EXACT):
        exact = Decimal(amount).scaleb(-decimals)
    where = locale()
    if abs(exact) < _compact_from(str(where)):
        return units_brief(amount, decimals)
    return format_compact_decimal(exact, locale=where, fraction_digits=1)


@functools.lru_cache(maxsize=16)
def _compact_from(name: str) -> int:
    """The smallest magnitude the locale writes compactly (1000 in English, 10000 in Chinese,
    whose pattern for thousands is a plain '0')."""
    steps = _babel_locale(name).compact_decimal_formats["short"]["other"]
    return min(int(k) for k, pattern in steps.items() if set(pattern.pattern) != {"0"})


def cents(value: int, *, decimals: bool = True) -> str:
    """12345678 -> '123,456.78' (or '123,457' without decimals)."""
    return decimal_text(Decimal(value).scaleb(-2), 2 if decimals else 0)


def percent_number(value: int) -> str:
    """Basis points as a bare percentage number: 1234 -> '12.34'."""
    return decimal_text(Decimal(value).scaleb(-2), 2)


def basis_points(value: int | None, *, signed: bool = False, places: int = 2) -> str:
    """1234 -> '12.34%' (the locale's percent format: de '12,34 %'); signed adds '+' to gains;
    `places` decimals (rounded)."""
    if value is None:
        return _DASH
    return percent(Decimal(value).scaleb(-2), places, signed=signed)


def percent(number: Decimal | float, places: int = 0, *, signed: bool = False) -> str:
    """A percentage given by its number, in the locale's percent format: 12.5 -> '12.5%' (one
    place), '+13%' (signed). Floats only for figures that are display-only already (chart
    ticks)."""
    digits = "#,##0" + ("." + "0" * places if places else "")
    pattern = f"+{digits}%;-{digits}%" if signed else f"{digits}%"
    return _pattern(pattern).apply(_decimal(number).scaleb(-2), locale())


def tick(value: float, places: int | None = None) -> str:
    """A chart tick position (a display-only float) as the locale writes numbers: to `places`
    decimals ('1,234.50'), or to six significant digits ('1,500', '0.25')."""
    if places is None:
        return decimal_text(Decimal(f"{float(value):.6g}"))
    return decimal_text(_decimal(value), places)


def days_tick(days: float) -> str:
    """Days on a chart axis: '12 d' ('12 天' in Chinese)."""
    return _words.days_short(decimal_text(_decimal(days), 0))


def _decimal(number: Decimal | float) -> Decimal:
    # Matplotlib gives numpy floats; repr of a float is the shortest text that reads back as it
    # (0.1 -> '0.1', not 0.1000000000000000055...).
    return number if isinstance(number, Decimal) else Decimal(repr(float(number)))


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
    """A calendar date for the locale: '05 Mar 2025' in English, '2025/3/5' in Chinese."""
    return _date(day, "short" if _is_cjk() else _MEDIUM, QLocale().name())


@functools.lru_cache(maxsize=4096)
def _date(day: dt.date, pattern: str, name: str) -> str:
    return format_date(day, pattern, locale=_babel_locale(name))


def day_tick(day: dt.date) -> str:
    """A day on a chart axis, month and day as the locale writes them: 'Mar 5', '3月5日'."""
    return _skeleton(day, "MMMd", QLocale().name())


@functools.lru_cache(maxsize=4096)
def _skeleton(day: dt.date, skeleton: str, name: str) -> str:
    return format_skeleton(skeleton, day, locale=_babel_locale(name))


def day_and_time(moment: dt.datetime) -> str:
    """A recent moment in local time, without the year: 'Mar 5 9:30 AM', '3月5日 09:30'."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    moment = moment.astimezone()
    clock = format_time(moment.time().replace(second=0, microsecond=0), "short", locale=locale())
    return f"{day_tick(moment.date())} {clock}"


def date_time(moment: dt.datetime, *, utc: bool = False) -> str:
    """A moment to the minute, in local time (or UTC, said so)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    moment = moment.astimezone(dt.UTC) if utc else moment.astimezone()
    clock = format_time(moment.time().replace(second=0, microsecond=0), "short", locale=locale())
    text = f"{date(moment.date())} {clock}"
    return f"{text} UTC" if utc else text


def timestamp(seconds: int, *, utc: bool = True) -> str:
    """A unix timestamp (block time) to the minute."""
    return date_time(dt.datetime.fromtimestamp(seconds, dt.UTC), utc=utc)


def month_tick(month: dt.date) -> str:
    """A short month for chart axes: 'Jan 25' in English, '2025-01' otherwise."""
    if QLocale().language() == QLocale.Language.English:
        return _date(month, "MMM yy", QLocale().name())
    return f"{month.year}-{month.month:02d}"


# CLDR's long/short English dates are either too wordy or ambiguous (3/5/25); this pattern keeps
# the day first and the month in words.
_MEDIUM = "dd MMM yyyy"


def _is_cjk() -> bool:
    return QLocale().language() in (QLocale.Language.Chinese, QLocale.Language.Japanese)
