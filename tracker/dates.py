"""Dates as articles give them, resolved against the publication date.

Parsing is dateparser's: "on Friday", "last month", "March 2025" and ISO dates
all resolve relative to the article's publication. The result is always an
inclusive range with a precision, never a false exact day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from dateparser.date import DateData, DateDataParser

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
    data = _reading_free_of_base(phrase) or _parser(published).get_date_data(phrase)
    if data.date_obj is None:
        raise DateNotUnderstood(
            f"cannot read {phrase!r} as a date: write it as the article does "
            f"('2025-04-18', 'on Friday', 'last month', 'March 2025') or 'recent' "
            f"for an unknown time before publication"
        )
    day = data.date_obj.date()
    if data.period in ("month", "year"):
        period = pd.Period(day, freq="M" if data.period == "month" else "Y")
        return DateRange(period.start_time.date(), period.end_time.date(), data.period)
    # dateparser's "week" ("a week ago") names a day; time periods are days too.
    return DateRange(day, day, "day")


# Two days that differ in weekday, day, month, year and leap year: a phrase
# read the same on both does not depend on the day it is read on.
_PROBES = (dt.date(1999, 2, 17), dt.date(2032, 11, 6))


@lru_cache(maxsize=10_000)
def _reading_free_of_base(phrase: str) -> DateData | None:
    """dateparser's reading of a phrase that names the same time whatever day
    it is read on ("March 2025", "18 April 2025"), else None. Such phrases are
    then parsed once per corpus instead of once per publication day."""
    first, second = (_parser(day).get_date_data(phrase) for day in _PROBES)
    if first.date_obj is not None and (first.date_obj, first.period) == (second.date_obj, second.period):
        return first
    return None


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
