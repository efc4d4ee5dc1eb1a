"""Dates as articles give them, resolved against the publication date.

Parsing is dateparser's: "on Friday", "last month", "March 2025" and ISO dates
all resolve relative to the article's publication. The result is always an
inclusive range with a precision, never a false exact day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser

PRECISIONS = ("day", "month", "year", "before")

# Words that place something at an unknown time before publication. They are
# vocabulary, not date arithmetic: dateparser rightly finds no date in them.
BEFORE_PUBLICATION = frozenset(
    {"recent", "recently", "already", "so far", "earlier", "previously", "consistently", "before publication"}
)
_BEFORE = re.compile(r"^\s*before\s+(?P<rest>.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    start: dt.date | None
    end: dt.date
    precision: str


class DateNotUnderstood(ValueError):
    pass


# Large: a corpus of thousands of articles repeats the same phrase on the
# same publication day many times, and each parse costs about a millisecond.
@lru_cache(maxsize=100_000)
def resolve(text: str, published: dt.date) -> DateRange:
    """Resolve `text` as written in an article published on `published`."""
    phrase = " ".join(str(text).split())
    if phrase.lower() in BEFORE_PUBLICATION:
        return DateRange(None, published, "before")
    try:
        # An ISO day needs no language parsing (dateparser reads it the same,
        # at a thousand times the cost).
        day = dt.date.fromisoformat(phrase)
        return DateRange(day, day, "day")
    except ValueError:
        pass
    before = _BEFORE.match(phrase)
    if before:
        bound = resolve(before["rest"], published)
        return DateRange(None, bound.start or bound.end, "before")
    reading = _reading(phrase, published)
    if reading is None:
        raise DateNotUnderstood(
            f"cannot read {phrase!r} as a date: write it as the article does "
            f"('2025-04-18', 'on Friday', 'last month', 'March 2025') or 'recent' "
            f"for an unknown time before publication"
        )
    return reading


def _dateparser_reading(phrase: str, published: dt.date) -> DateRange | None:
    """What dateparser reads in `phrase` on `published`, as a range."""
    data = _parser(published).get_date_data(phrase)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period in ("month", "year"):
        return _calendar_range(day.year, day.month, data.period)
    # dateparser's "week" ("a week ago") names a day; time periods are days too.
    return DateRange(day, day, "day")


def _calendar_range(year: int, month: int, period: str) -> DateRange:
    if period == "year":
        return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    last = calendar.monthrange(year, month)[1]
    return DateRange(dt.date(year, month, 1), dt.date(year, month, last), "month")


# Each dateparser reading costs about a millisecond, and a corpus of thousands
# of articles asks for the same few phrases ("on Friday", "last month") on
# hundreds of publication days. Most phrases are read the same way relative to
# every day of a kind, so they are read on a few probe days chosen to expose
# any dependence on the calendar, and shifted from there; a phrase that reads
# differently on any probe is parsed for each day it is asked on.
_READ_EACH_DAY = "each day"
_SHIFT_BY_WEEKDAY = "by weekday"


@dataclass(frozen=True)
class _CalendarShift:
    period: str  # "month" or "year"
    offset: int  # that many months or years from the publication's


# Two days that differ in weekday, day, month, year and leap year: a phrase
# read the same on both names the same time whatever day it is read on
# ("March 2025", "18 April 2025").
_FIXED_PROBES = (dt.date(1999, 2, 17), dt.date(2032, 11, 6))
# First, middle and last days of months of each length, leap February
# included: a month or year that lies the same number of months (or years)
# away on all of them ("last month", "last year") does so on any day.
_CALENDAR_PROBES = (dt.date(2023, 3, 31), dt.date(2024, 2, 29), dt.date(2026, 7, 1), dt.date(2029, 11, 15),
                    dt.date(2031, 2, 28), dt.date(2033, 9, 30))
# Days of one weekday just after months of 28, 29, 30 and 31 days, early, mid
# and late in the month, in leap and common years: a day that lies the same
# number of days away on all of them ("on Friday", "yesterday", "two weeks
# ago") does so on any day of that weekday.
_WEEKDAY_PROBES_FROM = (dt.date(2023, 3, 9), dt.date(2024, 3, 21), dt.date(2027, 5, 2), dt.date(2030, 8, 25))


def _reading(phrase: str, published: dt.date) -> DateRange | None:
    rule = _rule(phrase)
    if isinstance(rule, DateRange):
        return rule
    if rule == _READ_EACH_DAY:
        return _dateparser_reading(phrase, published)
    if isinstance(rule, _CalendarShift):
        if rule.period == "year":
            return _calendar_range(published.year + rule.offset, 1, "year")
        year, month = divmod(published.year * 12 + published.month - 1 + rule.offset, 12)
        return _calendar_range(year, month + 1, "month")
    days = _days_away_on(phrase, published.weekday())
    if days is None:
        return _dateparser_reading(phrase, published)
    day = published + dt.timedelta(days=days)
    return DateRange(day, day, "day")


@lru_cache(maxsize=10_000)
def _rule(phrase: str) -> DateRange | _CalendarShift | str:
    """How `phrase` depends on the day it is read on: not at all (its range),
    by a number of months or years, by a number of days that may depend on
    the weekday (`_SHIFT_BY_WEEKDAY`), or otherwise (`_READ_EACH_DAY`)."""
    first, second = (_dateparser_reading(phrase, day) for day in _FIXED_PROBES)
    if first is None or second is None:
        return _READ_EACH_DAY
    if first == second:
        return first
    if first.precision == second.precision == "day":
        return _SHIFT_BY_WEEKDAY
    if first.precision == second.precision:
        offsets = set()
        for day in _CALENDAR_PROBES:
            reading = _dateparser_reading(phrase, day)
            if reading is None or reading.precision != first.precision:
                return _READ_EACH_DAY
            if first.precision == "year":
                offsets.add(reading.start.year - day.year)
            else:
                offsets.add((reading.start.year - day.year) * 12 + reading.start.month - day.month)
        if len(offsets) == 1:
            return _CalendarShift(first.precision, offsets.pop())
    return _READ_EACH_DAY


@lru_cache(maxsize=10_000)
def _days_away_on(phrase: str, weekday: int) -> int | None:
    """The days from a publication on `weekday` to the day `phrase` names, if
    the same on every probe day of that weekday; else None."""
    offsets = set()
    for start in _WEEKDAY_PROBES_FROM:
        day = start + dt.timedelta(days=(weekday - start.weekday()) % 7)
        reading = _dateparser_reading(phrase, day)
        if reading is None or reading.precision != "day":
            return None
        offsets.add((reading.start - day).days)
    return offsets.pop() if len(offsets) == 1 else None


@lru_cache(maxsize=1_024)
def _parser(published: dt.date) -> DateDataParser:
    base = dt.datetime.combine(published, dt.time())
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
            "STRICT_PARSING": False,
        },
    )
