import datetime as dt

import pytest

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
