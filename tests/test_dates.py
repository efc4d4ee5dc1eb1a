import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import dates
from tracker.dates import DateNotUnderstood, resolve

SATURDAY = dt.date(2025, 4, 19)


@pytest.mark.parametrize("text, start, end, precision", [
    ("2025-04-19", dt.date(2025, 4, 19), dt.date(2025, 4, 19), "day"),
    ("on Friday", dt.date(2025, 4, 18), dt.date(2025, 4, 18), "day"),
    ("Friday", dt.date(2025, 4, 18), dt.date(2025, 4, 18), "day"),
    ("yesterday", dt.date(2025, 4, 18), dt.date(2025, 4, 18), "day"),
    ("last month", dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month"),
    ("March 2025", dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month"),
    ("February 2024", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month"),
    ("last year", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year"),
    ("recent", None, SATURDAY, "before"),
    ("Recently", None, SATURDAY, "before"),
    ("already", None, SATURDAY, "before"),
    ("before March 2025", None, dt.date(2025, 3, 1), "before"),
])
def test_dates_resolve_against_the_publication_date(text, start, end, precision):
    resolved = resolve(text, SATURDAY)
    assert (resolved.start, resolved.end, resolved.precision) == (start, end, precision)


def test_relative_dates_follow_the_publication_date():
    assert resolve("on Friday", dt.date(2025, 6, 2)).start == dt.date(2025, 5, 30)
    assert resolve("last month", dt.date(2025, 1, 15)).start == dt.date(2024, 12, 1)


@pytest.mark.parametrize("text", ["the twelfth of never", "soonish", ""])
def test_unreadable_dates_say_how_to_write_them(text):
    with pytest.raises(DateNotUnderstood, match="write it as the article does"):
        resolve(text, SATURDAY)


# Phrases whose reading depends on the day in every way dateparser knows:
# weekdays, days, month lengths, leap years, days of the month, and none.
PHRASES = ["on Friday", "Friday", "on Sunday", "Monday morning", "yesterday", "today", "two days ago",
           "a week ago", "last week", "two weeks ago", "this week", "last month", "a month ago", "this month",
           "next month", "in March", "March", "29 February", "on the 5th", "Friday 13th", "a year ago",
           "last year", "this year", "3 years ago", "31 March", "December 2024", "18 April 2025",
           "Tuesday, April 15", "in 3 days", "45 days ago", "soonish"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PHRASES), st.dates(dt.date(1990, 1, 1), dt.date(2045, 12, 31)))
def test_every_phrase_reads_as_dateparser_reads_it_on_that_day(phrase, published):
    # resolve() reads most phrases once on probe days and shifts the reading;
    # on any day it must say what dateparser says when asked on that day.
    expected = dates._dateparser_reading(phrase, published)
    if expected is None:
        with pytest.raises(DateNotUnderstood):
            resolve(phrase, published)
    else:
        assert resolve(phrase, published) == expected
