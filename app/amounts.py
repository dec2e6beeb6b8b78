"""Amounts typed by people and amounts shown to them: one parser and one formatter for the GUI
and the CLI, on Babel's CLDR number data for en, zh_CN and zh_TW.

The parser is strict, because a misread amount sends money: the grouping separator may only
group thousands ("1,500.25" is accepted, "1,5" and "0,001" are refused with the two readings a
person may have meant), and signs, exponents, NaN and infinity, spaces inside the number, more
decimals than the token has and values past uint256 are refused. The answer is integer base units.

Full-width digits and the full-width point and comma (what a Chinese input method types in
full-width mode, and "。" from its Chinese punctuation mode) are read as their ASCII forms: they
look the same on screen and mean nothing else in an amount, so refusing them would only puzzle
the person typing. Every other non-ASCII digit is refused: Python would read Arabic-Indic or
Devanagari digits silently, and nobody types an amount in those here.
"""

from __future__ import annotations

import decimal
import functools
from decimal import Decimal
from typing import Any

from babel import Locale
from babel.numbers import (
    NumberFormatError,
    NumberPattern,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
    parse_pattern,
)

from app.errors import AppError

LOCALES = ("en", "zh_CN", "zh_TW")
MAX_UINT256 = 2**256 - 1
# uint256 has 78 digits, plus up to 36 decimals: Decimal's default 28 digits would round them.
_EXACT = decimal.Context(prec=200, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
_FULL_WIDTH = {0xFF10 + d: str(d) for d in range(10)} | {0xFF0E: ".", 0xFF0C: ",", 0x3002: "."}
_SIGNS = "+-\u2212\uff0b\uff0d\ufe62\ufe63"
_NOT_NUMBERS = ("nan", "snan", "inf", "infinity", "∞")


class AmountError(AppError):
    """An amount a person typed that cannot be read as exactly one number of base units."""

    code = "amount.invalid"


def parse_amount(text: str, decimals: int, locale: str = "en", *, allow_zero: bool = False) -> int:
    """`text` as integer base units of a token with `decimals` decimals:
    parse_amount("1,500.25", 6) == 1_500_250_000. Raises AmountError saying what to type."""
    typed = text.translate(_FULL_WIDTH).strip()
    _check_characters(typed, locale)
    point = get_decimal_symbol(locale)
    if typed.count(point) > 1:
        raise AmountError("amount.two_points", text=typed, point=point)
    with decimal.localcontext(_EXACT):
        try:
            value = parse_decimal(typed, locale, strict=True)
        except NumberFormatError as error:
            raise _grouping_error(typed, locale, error.suggestions or []) from None
        places = len(typed.partition(point)[2])
        if places > decimals:
            raise AmountError("amount.too_precise", decimals=decimals, places=places)
        base = int(value.scaleb(decimals))
    if base == 0 and not allow_zero:
        raise AmountError("amount.zero")
    if base > MAX_UINT256:
        raise AmountError("amount.too_large")
    return base


def format_amount(amount: int, decimals: int, locale: str = "en", *, min_places: int = 0) -> str:
    """Base units as the locale writes them, exactly: every significant decimal, trailing zeros
    trimmed down to `min_places`, thousands grouped:
    format_amount(1_500_250_000, 6) == '1,500.25'."""
    with decimal.localcontext(_EXACT):
        value = Decimal(amount).scaleb(-decimals)
        return _amount_pattern(decimals, min_places).apply(value, _locale(locale))


# A table formats hundreds of amounts a draw: patterns and locales are parsed once.
@functools.lru_cache(maxsize=128)
def _amount_pattern(decimals: int, min_places: int) -> NumberPattern:
    optional = max(decimals - min_places, 0)
    places = "." + "0" * min_places + "#" * optional if decimals or min_places else ""
    return parse_pattern("#,##0" + places)


@functools.lru_cache(maxsize=16)
def _locale(name: str) -> Locale:
    return Locale.parse(name)


def _check_characters(typed: str, locale: str) -> None:
    if not typed:
        raise AmountError("amount.empty")
    if any(c.isspace() for c in typed):
        raise AmountError("amount.whitespace", text=typed)
    if typed.lower().lstrip(_SIGNS) in _NOT_NUMBERS:
        raise AmountError("amount.not_a_number", text=typed)
    allowed = set("0123456789") | {get_decimal_symbol(locale), get_group_symbol(locale)}
    mantissa, e, exponent = typed.lower().partition("e")
    if e and set(mantissa) <= allowed and exponent.lstrip(_SIGNS[:2]).isdigit():
        raise AmountError("amount.exponent", text=typed)  # 1.5e3 and 1e-7 alike
    if any(c in _SIGNS for c in typed):
        raise AmountError("amount.sign", text=typed)
    strays = [c for c in typed if c not in allowed]
    if strays:
        raise AmountError("amount.character", text=typed, character=strays[0])


def _grouping_error(typed: str, locale: str, suggestions: list[Any]) -> AmountError:
    readings = [str(s) for s in suggestions if str(s) != typed][:2]
    params: dict[str, Any] = {
        "text": typed,
        "group": get_group_symbol(locale),
        "point": get_decimal_symbol(locale),
        "example": format_amount(150_025, 2, locale),
    }
    if len(readings) == 2:
        return AmountError("amount.grouping_two", first=readings[0], second=readings[1], **params)
    if readings:
        return AmountError("amount.grouping_one", first=readings[0], **params)
    return AmountError("amount.grouping", **params)
