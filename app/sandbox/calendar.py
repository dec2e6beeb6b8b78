"""The sandbox's calendar: when history starts, when the simulation starts, and the dated
events that shape e-commerce sales (promotion peaks and the Chinese New Year dip).

Every function here depends only on dates, never on a merchant, so the shapes are shared by
the whole roster and computed once per day range.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import numpy as np

from app.backend.models import PromotionEvent

HISTORY_START = dt.date(2024, 8, 1)
# The first simulated "today": 26 months of history are already there.
SIM_START = dt.date(2026, 10, 31)
# MetricSeries allows at most 4000 days; the clock stops there.
MAX_DAYS = 4000
LAST_DAY = HISTORY_START + dt.timedelta(days=MAX_DAYS - 1)

# Real Chinese New Year dates: factories and logistics stop, cross-border sales dip.
_CNY_TEXT = (
    "2024-02-10 2025-01-29 2026-02-17 2027-02-06 2028-01-26 2029-02-13 "
    "2030-02-03 2031-01-23 2032-02-11 2033-01-31 2034-02-19 2035-02-08 2036-01-28"
)
CNY_DATES = tuple(dt.date.fromisoformat(d) for d in _CNY_TEXT.split())

EVENTS = tuple(PromotionEvent)


def day_index(day: dt.date) -> int:
    """Days since HISTORY_START (may be negative for the pre-roll before history)."""
    return (day - HISTORY_START).days


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def black_friday(year: int) -> dt.date:
    return _nth_weekday(year, 11, 3, 4) + dt.timedelta(days=1)  # day after Thanksgiving


def prime_day(year: int) -> dt.date:
    """Mid-July, two days: the third Tuesday of July and the Wednesday after."""
    return _nth_weekday(year, 7, 1, 3)


def event_window(event: PromotionEvent, year: int) -> tuple[dt.date, dt.date]:
    """The days an event's sales are measured over (both ends inclusive)."""
    if event is PromotionEvent.SINGLES_DAY:
        day = dt.date(year, 11, 11)
        return day, day
    if event is PromotionEvent.BLACK_FRIDAY:
        day = black_friday(year)
        return day, day
    if event is PromotionEvent.CYBER_MONDAY:
        day = black_friday(year) + dt.timedelta(days=3)
        return day, day
    if event is PromotionEvent.CHRISTMAS:
        return dt.date(year, 12, 10), dt.date(year, 12, 22)
    if event is PromotionEvent.PRIME_DAY:
        day = prime_day(year)
        return day, day + dt.timedelta(days=1)
    return dt.date(year, 6, 1), dt.date(year, 6, 18)  # 618


def event_windows(first: dt.date, last: dt.date) -> list[tuple[PromotionEvent, dt.date, dt.date]]:
    """Every event window lying wholly in [first, last], in date order."""
    found = []
    for year in range(first.year, last.year + 1):
        for event in EVENTS:
            start, end = event_window(event, year)
            if first <= start and end <= last:
                found.append((event, start, end))
    return sorted(found, key=lambda item: (item[1], item[0].value))


def _event_shape(event: PromotionEvent, day: dt.date) -> float:
    """How much of an event's uplift applies on a day (1.0 = the peak), warm-ups included."""
    year = day.year
    if event is PromotionEvent.SINGLES_DAY:
        return {9: 0.25, 10: 0.4, 11: 1.0, 12: 0.2}.get(day.day, 0.0) if day.month == 11 else 0.0
    if event is PromotionEvent.BLACK_FRIDAY:
        offset = (day - black_friday(year)).days
        return {-1: 0.3, 0: 1.0, 1: 0.5, 2: 0.4}.get(offset, 0.0)
    if event is PromotionEvent.CYBER_MONDAY:
        return 1.0 if day == black_friday(year) + dt.timedelta(days=3) else 0.0
    if event is PromotionEvent.CHRISTMAS:
        if day.month != 12:
            return 0.0
        if day.day <= 22:
            return 0.15 + 0.85 * (day.day - 1) / 21  # gift shopping builds up
        return {23: 0.3, 24: 0.1, 25: -0.35, 26: -0.2}.get(day.day, 0.0)
    if event is PromotionEvent.PRIME_DAY:
        offset = (day - prime_day(year)).days
        return 1.0 if offset in (0, 1) else 0.0
    if day.month == 6 and day.day <= 18:  # 618: a long warm-up, the peak on the 18th
        return 1.0 if day.day == 18 else 0.12 + 0.3 * (day.day - 1) / 16
    return 0.0


def _cny_shape(day: dt.date) -> float:
    """0 normally, 1 at the bottom of the Chinese New Year dip."""
    for cny in CNY_DATES:
        offset = (day - cny).days
        if -10 <= offset <= 16:
            if offset < -2:
                return (offset + 10) / 8
            if offset <= 7:
                return 1.0
            return (16 - offset) / 9
    return 0.0


@lru_cache(maxsize=16)
def date_factors(
    first_index: int, count: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Shapes for days [first_index, first_index + count) since HISTORY_START.

    Returns (weekday 0-6, day of year phase in radians, event shapes (events x days), CNY shape).
    """
    days = [HISTORY_START + dt.timedelta(days=first_index + i) for i in range(count)]
    weekday = np.array([d.weekday() for d in days], dtype=np.int64)
    phase = np.array([2 * np.pi * (d.timetuple().tm_yday - 330) / 365.25 for d in days])
    events = np.array([[_event_shape(e, d) for d in days] for e in EVENTS])
    cny = np.array([_cny_shape(d) for d in days])
    for array in (weekday, phase, events, cny):
        array.setflags(write=False)
    return weekday, phase, events, cny
