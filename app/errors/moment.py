"""A chain time as a param of a sentence: to the minute, in UTC, written the way the GUI writes
dates in the sentence's language ('30 Oct 2028 8:00 AM UTC', '2028/10/30 08:00 UTC'), so that
a sentence from the core reads like the figures beside it."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from babel import Locale
from babel.dates import format_date, format_time

from app.errors.catalog import render

_LOCALES = {"en": "en_US", "zh_CN": "zh_CN", "zh_TW": "zh_TW"}
_ENGLISH_DATE = "dd MMM yyyy"  # CLDR's English short date (3/5/25) is ambiguous


@functools.cache
def _locale(language: str) -> Locale:
    return Locale.parse(_LOCALES.get(language, "en_US"))


@dataclass(frozen=True)
class UtcMinute:
    seconds: int  # unix seconds (a uint64 from a contract may lie past year 9999)

    def text(self, language: str = "en") -> str:
        try:
            moment = dt.datetime.fromtimestamp(self.seconds, dt.UTC)
        except (OverflowError, ValueError, OSError):
            return render("time.far_future", {}, language)
        where = _locale(language)
        pattern = "short" if language.startswith("zh") else _ENGLISH_DATE
        day = format_date(moment.date(), pattern, locale=where)
        clock = format_time(moment.time().replace(second=0, microsecond=0), "short", locale=where)
        return f"{day} {clock} UTC"

    def __str__(self) -> str:
        return self.text("en")
