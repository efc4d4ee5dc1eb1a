"""Dates as articles give them, resolved against the publication date.

dateparser reads the words of a phrase: the names of days and months in any
spelling it knows, written dates in any order ("2 March", "March 27, 2025"),
and relative amounts ("two weeks ago", "last month"). Which way a phrase
points, and what range it covers, follows the project's date table
(`data/README.md`, "Dates"): dateparser's own relative readings differ from
it ("last week" is one day to dateparser, "Friday" in a Friday paper is a
week back).

Which way an ambiguous phrase points, first rule that applies: an explicit
`direction`, the phrase's own words (last, next, ago, yesterday, earlier, in
two weeks …), the tense of the sentence around it (`tense`), and otherwise,
when the past and future readings differ, a refusal that says to add
`direction: past` or `direction: future`. The result is always an inclusive
range with a precision, never a false exact day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser

PRECISIONS = ("day", "days", "week", "month", "year", "before", "by")
DIRECTIONS = ("past", "future")

# Words that place something at an unknown time before publication. They are
# vocabulary, not date arithmetic: dateparser rightly finds no date in them.
BEFORE_PUBLICATION = frozenset(
    {"recent", "recently", "already", "so far", "earlier", "previously", "consistently", "before publication"}
)

EXAMPLES = ("'2025-04-18', 'on Friday', 'last Thursday', 'next week', 'in two weeks', 'earlier this month', "
            "'the weekend', 'last March', 'mid-April', 'on 2 March', '27 March 2025', 'March 2025', "
            "'by the end of the year', 'within days'")


@dataclass(frozen=True)
class DateRange:
    start: dt.date | None  # None only for "before" and "by"
    end: dt.date
    precision: str

    def lies_after(self, published: dt.date) -> bool:
        """Whether the range is (partly, for a deadline) after publication,
        which only a planned fact may be."""
        if self.start is not None and self.start > published:
            return True
        return self.precision == "by" and self.end > published


class DateNotUnderstood(ValueError):
    pass


def resolve(text: str, published: dt.date, *, context: str | Callable[[], str] | None = None,
            direction: str | None = None) -> DateRange:
    """Resolve `text` as written in an article published on `published`;
    `context` is the sentence it comes from (or a function finding it, called
    only when the sentence could change the answer), `direction` the fact's
    explicit "past" or "future"."""
    phrase = " ".join(str(text).split())
    if len(phrase) > MAX_PHRASE_CHARS:
        raise DateNotUnderstood(f"a date of {len(phrase):,} characters is no date an article writes: write it "
                                f"as the article does ({EXAMPLES})")
    try:
        return _resolve(phrase, published, context, direction)
    except _WrongWeekday as error:
        raise DateNotUnderstood(f"{phrase!r}: {error}") from None
    except DateNotUnderstood:
        raise
    except (ValueError, OverflowError, RecursionError):
        # Calendar arithmetic past year 1 or 9999, or nesting ("before before …").
        raise DateNotUnderstood(f"{phrase[:80]!r} cannot be read on a publication date of {published}: check "
                                "the date and the article's publication date") from None


def resolve_fact(text: str, published: dt.date, *, planned: bool, direction: str | None = None,
                 context: str | Callable[[], str] | None = None) -> DateRange:
    """A fact's date as the loader accepts it: `resolve`, pointing ahead
    when the fact is planned and says no direction, with a planned fact lying
    ahead of publication and any other on or before it. The one check both
    the loader and the drafter's score apply; its refusals say what to do."""
    try:
        resolved = resolve(text, published, context=context, direction=direction or ("future" if planned else None))
    except DateNotUnderstood:
        if planned and direction is None:
            # The direction came from `status: planned`, not from the file: a
            # phrase that only reads backwards gets the status message, not
            # "remove the direction" the author never wrote.
            try:
                resolved = resolve(text, published, context=context)
            except DateNotUnderstood:
                resolved = None
            if resolved is not None and not resolved.lies_after(published):
                raise DateNotUnderstood(_planned_before(text, resolved, published)) from None
        raise
    if not planned and resolved.lies_after(published):
        raise DateNotUnderstood(f"{text!r} resolves to {shown_range(resolved)}, after the article's publication "
                                f"on {published}: if the article announces it (scheduled, expected), add "
                                "`status: planned`; otherwise check the date")
    if planned and resolved.end < published:
        raise DateNotUnderstood(_planned_before(text, resolved, published))
    return resolved


def shown_range(resolved: DateRange) -> str:
    """A range as a message shows it: "2025-03-03", "2025-03-03 .. 2025-03-09", "before 2025-03-01"."""
    if resolved.start is None:
        return f"{resolved.precision} {resolved.end}"
    return str(resolved.start) if resolved.start == resolved.end else f"{resolved.start} .. {resolved.end}"


def _planned_before(text: str, resolved: DateRange, published: dt.date) -> str:
    return (f"{text!r} resolves to {shown_range(resolved)}, before the article's publication on {published}, "
            "and a planned fact lies ahead: if it happened, delete the `status` line; otherwise check the date")


# Longer than any date phrase an article writes; keeps hostile text out of
# the caches and the messages.
MAX_PHRASE_CHARS = 200


def _resolve(phrase: str, published: dt.date, context: str | Callable[[], str] | None,
             direction: str | None) -> DateRange:
    if direction is not None and direction not in DIRECTIONS:
        raise DateNotUnderstood(f"direction {direction!r} is neither `past` nor `future`: write one of them")
    if direction is None and context:
        past, future = _readings(phrase, published)
        # The sentence is read only when it could change the answer.
        if past is not None and future is not None and past != future:
            direction = tense(phrase, context() if callable(context) else context)
            if direction is not None:
                _refuse_far_reading(phrase, published, past, future, direction)
    return _resolved(phrase, published, direction)


# A sentence's tense picks the reading, but a reader also weighs nearness: "in
# early September" in a paper of 29 August is days ahead, not a year back,
# whatever verb of saying stands nearby. When the tense picks a reading this
# far off and the other lies this near, the tense is more likely misread than
# the article, so the phrase is refused rather than read a year wrong.
_FAR_DAYS, _NEAR_DAYS = 150, 45


def _refuse_far_reading(phrase: str, published: dt.date, past: DateRange, future: DateRange,
                        direction: str) -> None:
    chosen, other = (past, future) if direction == "past" else (future, past)
    if _days_from(chosen, published) > _FAR_DAYS and _days_from(other, published) <= _NEAR_DAYS:
        raise DateNotUnderstood(
            f"{phrase!r} reads as {_shown(chosen)} by the tense of its sentence, yet {_shown(other)} lies much "
            f"nearer the publication on {published}: add the year to the date, or `direction: past` or "
            f"`direction: future` to the fact")


def _days_from(reading: DateRange, published: dt.date) -> int:
    start = reading.start or reading.end
    if start <= published <= reading.end:
        return 0
    return min(abs((start - published).days), abs((reading.end - published).days))


# Large: a corpus of thousands of articles asks for the same phrases on the
# same publication days again and again.
@lru_cache(maxsize=100_000)
def _resolved(phrase: str, published: dt.date, direction: str | None) -> DateRange:
    if direction is not None:
        reading = _reading(phrase, published, direction)
        own = "future" if direction == "past" else "past"
        if reading is None and _reading(phrase, published, own) is None:
            raise _no_fitting_day(phrase)
        if reading is None:
            raise DateNotUnderstood(
                f"{phrase!r} points to the {own} by its own words, so it cannot be read with "
                f"`direction: {direction}`: remove the direction or check the date")
        return reading
    past, future = _readings(phrase, published)
    if past is None and future is None:
        raise _no_fitting_day(phrase)
    if past is None or future is None or past == future:
        return past or future  # type: ignore[return-value]  # one of them is a reading
    raise DateNotUnderstood(
        f"{phrase!r} can point back or ahead (past: {_shown(past)}; future: {_shown(future)}) and the evidence "
        f"sentence does not tell which: add `direction: past` or `direction: future` to the fact")


def _no_fitting_day(phrase: str) -> DateNotUnderstood:
    return DateNotUnderstood(f"{phrase!r}: neither the last nor the next such day before or after publication "
                             f"falls on that weekday: check the date")


@lru_cache(maxsize=100_000)
def _readings(phrase: str, published: dt.date) -> tuple[DateRange | None, DateRange | None]:
    return _reading(phrase, published, "past"), _reading(phrase, published, "future")


def _reading(phrase: str, published: dt.date, direction: str) -> DateRange | None:
    """The reading of `phrase` in `direction`, or None if its words forbid
    that direction."""
    form = _form(phrase.lower())
    if form is None:
        raise DateNotUnderstood(
            f"cannot read {phrase!r} as a date: write it as the article does ({EXAMPLES}) or 'recent' "
            f"for an unknown time before publication")
    read = form.past if direction == "past" else form.future
    return None if read is None else read(published)


def _shown(reading: DateRange) -> str:
    """A reading as a refusal shows it beside another: an open range by its end alone."""
    return str(reading.end) if reading.start is None else shown_range(reading)


# Forms -----------------------------------------------------------------------

# None: no reading that way (only a weekday written with a day and month
# rules one out this way).
Reader = Callable[[dt.date], "DateRange | None"]


@dataclass(frozen=True)
class _Form:
    past: Reader | None
    future: Reader | None


def _both(read: Reader) -> _Form:
    return _Form(read, read)


_WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
            r"\.?")
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"\d{4}"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
_DAY_MONTH = rf"(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+(?:the\s+)?{_DAY}"

_FORMS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], _Form | None]]] = []


def _form_for(pattern: str) -> Callable[[Callable[[re.Match[str]], _Form | None]], Callable]:
    def register(build: Callable[[re.Match[str]], _Form | None]) -> Callable:
        _FORMS.append((re.compile(pattern), build))
        return build
    return register


@lru_cache(maxsize=10_000)
def _form(phrase: str) -> _Form | None:
    """What `phrase` (lower case) means, as a past and a future reading;
    None if it is no form of the date table."""
    phrase = phrase.strip().rstrip(".,;")
    if phrase in BEFORE_PUBLICATION:
        return _Form(lambda published: DateRange(None, published, "before"), None)
    try:
        # An ISO day needs no language parsing (dateparser reads it the same,
        # at a thousand times the cost).
        day = dt.date.fromisoformat(phrase)
        return _both(lambda published: DateRange(day, day, "day"))
    except ValueError:
        pass
    for pattern, build in _FORMS:
        match = pattern.fullmatch(phrase)
        if match:
            return build(match)
    return None


@_form_for(r"before\s+(?P<rest>.+)")
def _before(match: re.Match[str]) -> _Form | None:
    rest = match["rest"]
    inner = _form(rest)
    if inner is None:
        return None

    def bound(direction: str) -> Reader | None:
        def read(published: dt.date) -> DateRange:
            inner = _reading(rest, published, direction)
            return DateRange(None, inner.start or inner.end, "before")  # type: ignore[union-attr]
        return read
    # "before" takes the direction its date allows.
    return _Form(bound("past") if inner.past else None, bound("future") if inner.future else None)


@_form_for(r"by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<unit>week|month|year)")
def _by_end_of_this(match: re.Match[str]) -> _Form:
    return _by_form(f"this {match['unit']}")


@_form_for(r"by\s+(?:the\s+)?end\s+of\s+(?P<rest>.+)|by\s+(?P<date>.+)")
def _by(match: re.Match[str]) -> _Form | None:
    return _by_form(match["rest"] or match["date"])


def _by_form(rest: str) -> _Form | None:
    form = _form(rest)
    if form is None or form.future is None:
        return None
    future = form.future
    return _Form(None, lambda published: DateRange(None, future(published).end, "by"))


@_form_for(r"within\s+(?:(?:a\s+few|the\s+next|the\s+coming)\s+)?days")
def _within_days(match: re.Match[str]) -> _Form:
    return _Form(None, lambda published: DateRange(None, published + dt.timedelta(days=14), "by"))


@_form_for(rf"within\s+(?:the\s+next\s+)?(?P<amount>{_NUMBER}\s+(?:day|week)s?)")
def _within(match: re.Match[str]) -> _Form | None:
    days = _offset_days(f"in {match['amount']}")
    if days is None:
        return None
    return _Form(None, lambda published: DateRange(None, published + dt.timedelta(days=days), "by"))


@_form_for(r"(?:on\s+)?(?P<word>yesterday|today|tomorrow)" + _PART_OF_DAY)
def _yesterday(match: re.Match[str]) -> _Form | None:
    days = _offset_days(match["word"])
    if days is None:
        return None

    def read(published: dt.date) -> DateRange:
        day = published + dt.timedelta(days=days)
        return DateRange(day, day, "day")
    return _Form(read if days <= 0 else None, read if days >= 0 else None)


@_form_for(rf"(?:in\s+)?(?P<amount>{_NUMBER})\s+(?P<unit>day|week)s?\s+ago")
def _ago(match: re.Match[str]) -> _Form | None:
    days = _offset_days(match[0].removeprefix("in ").strip())
    if days is None or days >= 0:
        return None
    return _Form(_shifted(days, match["unit"]), None)


@_form_for(rf"in\s+(?P<amount>{_NUMBER})\s+(?P<unit>day|week)s?(?:['’]s?\s+time)?")
def _in(match: re.Match[str]) -> _Form | None:
    plural = "" if match["amount"] in ("a", "an", "one") else "s"
    days = _offset_days(f"in {match['amount']} {match['unit']}{plural}")
    if days is None or days <= 0:
        return None
    return _Form(None, _shifted(days, match["unit"]))


def _shifted(days: int, unit: str) -> Reader:
    def read(published: dt.date) -> DateRange:
        day = published + dt.timedelta(days=days)
        return _week(day) if unit == "week" else DateRange(day, day, "day")
    return read


@_form_for(r"(?:(?P<side>earlier|later)\s+)?this\s+(?P<unit>week|month|year)"
           r"|(?P<side2>earlier|later)\s+in\s+the\s+(?P<unit2>week|month|year)")
def _this(match: re.Match[str]) -> _Form:
    side, unit = match["side"] or match["side2"], match["unit"] or match["unit2"]

    def past(published: dt.date) -> DateRange:
        return DateRange(_period(published, unit).start, published, unit)

    def future(published: dt.date) -> DateRange:
        return DateRange(published, _period(published, unit).end, unit)
    return _Form(past if side != "later" else None, future if side != "earlier" else None)


@_form_for(r"(?P<side>last|next)\s+(?P<unit>week|month|year)")
def _last_next(match: re.Match[str]) -> _Form | None:
    side, unit = match["side"], match["unit"]
    if unit == "week":
        days = _offset_days(match[0])
        if days is None:
            return None
        read = _shifted(days, "week")
    else:
        months = _offset_months(match[0])
        if months is None:
            return None

        def read(published: dt.date) -> DateRange:
            year, month = divmod(published.year * 12 + published.month - 1 + months, 12)
            return _period(dt.date(year, month + 1, 1), unit)
    return _Form(read, None) if side == "last" else _Form(None, read)


@_form_for(r"(?:(?:at|over|during|on)\s+)?(?:the|this)\s+weekend")
def _weekend(match: re.Match[str]) -> _Form:
    def past(published: dt.date) -> DateRange:
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        return DateRange(saturday, min(saturday + dt.timedelta(days=1), published), "days")

    def future(published: dt.date) -> DateRange:
        sunday = published + dt.timedelta(days=(6 - published.weekday()) % 7)
        return DateRange(max(sunday - dt.timedelta(days=1), published), sunday, "days")
    return _Form(past, future)


@_form_for(r"(?:(?:at|over|during|on)\s+)?(?P<side>last|next)\s+weekend")
def _last_next_weekend(match: re.Match[str]) -> _Form:
    # P's own weekend is the Saturday and Sunday of its Monday–Sunday week.
    first = -2 if match["side"] == "last" else 12

    def read(published: dt.date) -> DateRange:
        saturday = _monday(published) + dt.timedelta(days=first)
        return DateRange(saturday, saturday + dt.timedelta(days=1), "days")
    return _Form(read, None) if match["side"] == "last" else _Form(None, read)


@_form_for(rf"(?P<side>last|next)\s+(?P<weekday>{_WEEKDAY}){_PART_OF_DAY}")
def _last_next_weekday(match: re.Match[str]) -> _Form | None:
    weekday = _weekday_number(match["weekday"])
    if weekday is None:
        return None
    if match["side"] == "last":
        return _Form(lambda published: _day(published - dt.timedelta(
            days=(published.weekday() - weekday - 1) % 7 + 1)), None)
    return _Form(None, lambda published: _day(published + dt.timedelta(
        days=(weekday - published.weekday() - 1) % 7 + 1)))


@_form_for(rf"(?:on\s+)?(?:this\s+)?(?P<weekday>{_WEEKDAY}){_PART_OF_DAY}")
def _weekday(match: re.Match[str]) -> _Form | None:
    weekday = _weekday_number(match["weekday"])
    if weekday is None:
        return None
    return _Form(lambda published: _day(published - dt.timedelta(days=(published.weekday() - weekday) % 7)),
                 lambda published: _day(published + dt.timedelta(days=(weekday - published.weekday()) % 7)))


@_form_for(rf"(?:in\s+)?(?P<side>last|next)\s+(?P<month>{_MONTH})")
def _last_next_month_name(match: re.Match[str]) -> _Form | None:
    month = _month_number(match["month"])
    if month is None:
        return None
    if match["side"] == "last":
        return _Form(lambda published: _period(dt.date(
            published.year if month < published.month else published.year - 1, month, 1), "month"), None)
    return _Form(None, lambda published: _period(dt.date(
        published.year if month > published.month else published.year + 1, month, 1), "month"))


_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


@_form_for(rf"(?:in\s+)?(?:the\s+)?(?P<part>early|mid|late)(?:-|\s+)(?P<month>{_MONTH})(?:\s+(?P<year>{_YEAR}))?")
def _part_of_month(match: re.Match[str]) -> _Form | None:
    month = _month_number(match["month"])
    if month is None:
        return None
    first, last = _PARTS[match["part"]]

    def part(year: int) -> DateRange:
        end = min(last, calendar.monthrange(year, month)[1])
        return DateRange(dt.date(year, month, first), dt.date(year, month, end), "days")
    if match["year"]:
        year = int(match["year"])
        return _both(lambda published: part(year))

    # The most recent such part that has begun, and the first not yet over,
    # each cut at publication: as for the month itself.
    def past(published: dt.date) -> DateRange:
        chosen = next(part(year) for year in (published.year, published.year - 1)
                      if part(year).start <= published)  # type: ignore[operator]
        return DateRange(chosen.start, min(chosen.end, published), "days")

    def future(published: dt.date) -> DateRange:
        chosen = next(part(year) for year in (published.year, published.year + 1) if part(year).end >= published)
        return DateRange(max(chosen.start, published), chosen.end, "days")  # type: ignore[type-var]
    return _Form(past, future)


@_form_for(rf"(?:on\s+)?(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?P<date>(?:{_DAY_MONTH}),?\s+{_YEAR})")
def _full_date(match: re.Match[str]) -> _Form | None:
    parsed = _parse(match["date"], ("day", "month", "year"))
    if parsed is None:
        return None
    day = parsed
    _check_weekday(match, day)
    return _both(lambda published: DateRange(day, day, "day"))


@_form_for(rf"(?:in\s+)?(?:the\s+month\s+of\s+)?(?P<date>{_MONTH}\s+(?:of\s+)?{_YEAR})")
def _month_year(match: re.Match[str]) -> _Form | None:
    parsed = _parse(match["date"], ("month", "year"))
    if parsed is None:
        return None
    return _both(lambda published: _period(parsed, "month"))


@_form_for(rf"(?:in\s+)?(?P<year>{_YEAR})")
def _year(match: re.Match[str]) -> _Form:
    first = dt.date(int(match["year"]), 1, 1)
    return _both(lambda published: _period(first, "year"))


@_form_for(rf"(?:on\s+)?(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?P<date>{_DAY_MONTH})")
def _day_month(match: re.Match[str]) -> _Form | None:
    # Read in a leap year, so that 29 February is a day.
    parsed = _parse(match["date"], ("day", "month"), base=dt.date(2024, 12, 31))
    if parsed is None:
        return None
    month, day = parsed.month, parsed.day

    def on(year: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None  # 29 February in a common year

    # A weekday written with it ("Tuesday, April 15") keeps only the
    # reading that falls on that weekday.
    weekday = _weekday_number(match["weekday"]) if match["weekday"] else None

    def fitting(found: dt.date) -> DateRange | None:
        return _day(found) if weekday is None or found.weekday() == weekday else None

    def past(published: dt.date) -> DateRange | None:
        return fitting(max(candidate for year in range(published.year - 8, published.year + 1)
                           if (candidate := on(year)) is not None and candidate <= published))

    def future(published: dt.date) -> DateRange | None:
        return fitting(min(candidate for year in range(published.year, published.year + 9)
                           if (candidate := on(year)) is not None and candidate >= published))
    return _Form(past, future)


@_form_for(rf"(?:in\s+)?(?:the\s+month\s+of\s+)?(?P<month>{_MONTH})")
def _month_name(match: re.Match[str]) -> _Form | None:
    month = _month_number(match["month"])
    if month is None:
        return None

    def past(published: dt.date) -> DateRange:
        if published.month == month:
            return DateRange(published.replace(day=1), published, "month")
        return _period(dt.date(published.year if month < published.month else published.year - 1, month, 1), "month")

    def future(published: dt.date) -> DateRange:
        if published.month == month:
            return DateRange(published, _period(published, "month").end, "month")
        return _period(dt.date(published.year if month > published.month else published.year + 1, month, 1), "month")
    return _Form(past, future)


def _check_weekday(match: re.Match[str], day: dt.date) -> None:
    if match["weekday"] and _weekday_number(match["weekday"]) != day.weekday():
        raise _WrongWeekday(f"{day} is a {day:%A}, not a {match['weekday'].capitalize()}: check the date")


class _WrongWeekday(DateNotUnderstood):
    """Raised deep in a form, which sees the phrase lower-cased: `resolve`
    prefixes the phrase as written."""


# Calendar --------------------------------------------------------------------

def _day(day: dt.date) -> DateRange:
    return DateRange(day, day, "day")


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _week(day: dt.date) -> DateRange:
    monday = _monday(day)
    return DateRange(monday, monday + dt.timedelta(days=6), "week")


def _period(day: dt.date, unit: str) -> DateRange:
    """The Monday–Sunday week, month or year around `day`."""
    if unit == "week":
        return _week(day)
    if unit == "year":
        return DateRange(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year")
    last = calendar.monthrange(day.year, day.month)[1]
    return DateRange(day.replace(day=1), day.replace(day=last), "month")


# dateparser ------------------------------------------------------------------
# It reads the words once per phrase, on a fixed day; the calendar arithmetic
# around them is ours, so nothing here is asked again per publication day.

_BASE = dt.date(2024, 6, 15)


@lru_cache(maxsize=4_096)
def _parse(text: str, parts: tuple[str, ...] = (), base: dt.date = _BASE,
           period: str | None = None) -> dt.date | None:
    data = _parser(parts, base).get_date_data(text)
    if data.date_obj is None or (period is not None and data.period != period):
        return None
    return data.date_obj.date()


@lru_cache(maxsize=64)
def _parser(parts: tuple[str, ...], base: dt.date) -> DateDataParser:
    settings = {"RELATIVE_BASE": dt.datetime.combine(base, dt.time()), "PREFER_DATES_FROM": "past",
                "RETURN_TIME_AS_PERIOD": True, "STRICT_PARSING": False}
    if parts:
        settings["REQUIRE_PARTS"] = list(parts)
    return DateDataParser(languages=["en"], settings=settings)


def _offset_days(text: str) -> int | None:
    """Days from the day of reading to the day `text` names ("two weeks ago",
    "tomorrow")."""
    day = _parse(text)
    return None if day is None else (day - _BASE).days


def _offset_months(text: str) -> int | None:
    """Months from the month of reading to the one `text` names ("last month",
    "next year")."""
    base = _BASE.replace(day=1)
    day = _parse(text, base=base)
    return None if day is None else (day.year - base.year) * 12 + day.month - base.month


def _weekday_number(word: str) -> int | None:
    day = _parse(word.rstrip("."), period="day")
    return None if day is None else day.weekday()


def _month_number(word: str) -> int | None:
    day = _parse(word.rstrip("."), period="month")
    return None if day is None else day.month


# Tense -----------------------------------------------------------------------

_APOSTROPHE = "['’]"
_FUTURE = (
    rf"\bwill\b|{_APOSTROPHE}ll\b|\bshall\b|\bwon{_APOSTROPHE}t\b"
    r"|\b(?:is|are|am)\s+(?:(?:due|expected|set|scheduled|slated|poised|going|about)\s+)?to\b"
    r"|\b(?:is|are)\s+(?:due|expected)\b"
    # "they expected to announce", "hoped to decide": what is expected lies ahead of the expecting.
    r"|\b(?:expected|expects|expect|hoped|hopes|hope|due|aims|aimed|intended)\s+to\b(?!\s+be\s+\w+ed\b)"
    r"|\bplan(?:s|ned|ning)\s+to\b|(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthis\s)(?<!\bour\s)"
    r"(?<!\bhis\s)(?<!\bher\s)\bplan\s+to\b"  # the noun ("the plan to partners") says nothing of when
    r"|\bintends?\s+to\b|\b(?:planned|scheduled|slated)\b"
    r"|\b(?:upcoming|coming|forthcoming|next)\b"
)
# Forms that say nothing about when ("would be sent", "could meet"): they stop
# the search rather than let a word further off decide.
_UNSURE = r"\b(?:would|could|might)\b"
_PARTICIPLES = ("said told met spoken written given taken seen known broken chosen drawn shown begun been done gone "
                "flown grown thrown held sent made brought thought found won lost kept led felt stood sought meant "
                "paid struck become come run spent built understood heard taught caught bought fought sworn worn "
                "undertaken overseen withdrawn got gotten put set cut hit let")
_SIMPLE_PAST = ("said told met spoke wrote gave took saw sent held went came made brought thought found won lost kept "
                "led felt stood knew sought meant paid struck flew drove ran became chose broke spent built "
                "understood heard sat taught caught bought fought threw grew drew swore wore undertook oversaw "
                "withdrew was were had did began rose fell got")
_PAST = (
    rf"\b(?:has|have|had|{_APOSTROPHE}ve|hasn{_APOSTROPHE}t|haven{_APOSTROPHE}t)"
    rf"(?:\s+(?:not|already|also|now|since|repeatedly|previously|just|long|never|recently|once|again|so\s+far))*"
    rf"\s+(?:[a-z]+ed|{'|'.join(_PARTICIPLES.split())})\b"
    rf"|\b(?:{'|'.join(_SIMPLE_PAST.split())}|didn{_APOSTROPHE}t|wasn{_APOSTROPHE}t|weren{_APOSTROPHE}t)\b"
)
# Words in -ed that are adjectives, or no verb at all, where they stand
# between a date and the verb that governs it.
_NOT_VERBS = frozenset(
    "committed divided united armed concerned interested limited detailed based supposed alleged renewed "
    "increased reduced continued sustained heightened proposed unprecedented unnamed related aged skilled "
    "trained experienced dedicated determined prepared qualified tired worried pleased surprised convinced "
    "involved required coordinated integrated combined hundred sacred naked wicked beloved learned biased "
    "mixed fixed varied talented isolated belated outdated embattled besieged occupied contested disputed "
    "unmanned armoured armored advanced balanced guaranteed needed red bed shed sled speed need feed seed "
    "indeed breed proceed exceed succeed".split())
# Before these the -ed word is an adjective or a passive in the present ("are
# committed", "a divided Europe", "to be deployed"); after "that" it is the
# verb of a relative clause ("the drones that crossed").
_NOT_VERB_AFTER = re.compile(
    r"(?:\b(?:is|are|am|be|being|to|remain|remains|seem|seems|appear|appears|look|looks|become|becomes|get|gets"
    r"|stay|stays|a|an|the|this|these|those|its|their|his|her|our|very|more|most|deeply|highly|so|too"
    r"|increasingly|fully|well|not|newly|still)\s+|-)$")
_ED = re.compile(r"\b[A-Za-z]{3,}ed\b")
_CUES = re.compile(rf"(?P<future>{_FUTURE})|(?P<unsure>{_UNSURE})|(?P<past>{_PAST})")

# Where a clause ends: ; : dashes, brackets, quotation marks (an apostrophe
# within or after a word is not one), " that " and sentence ends.
_CLAUSE_END = re.compile(
    r"[;:()\[\]“”\"]|\s[–—-]\s|[–—]|(?<![A-Za-z])['‘’]|['’](?![A-Za-z\s])|(?<=[,.!?])['’]"
    r"|\bthat\b|[.!?](?=\s|$)")
# Comma pieces that open with these are asides that hold their own verb.
# Pieces of a clause: commas, and "and"/"but" joining two verbs ("met on
# Saturday and will meet again").
_COMMA = re.compile(r",|\s(?:and|but)\s", re.IGNORECASE)
_ASIDE = re.compile(r"^\s*(?:who|whom|whose|which|where|when|while|although|though)\b", re.IGNORECASE)


def tense(phrase: str, context: str) -> str | None:
    """Which way the clause around `phrase` in `context` points, by the
    nearest marker of tense to it: "past", "future" or None."""
    words = " ".join(phrase.split())
    return _tense(words.lower(), _near(words, " ".join(context.split())))


# How much of a sentence around a date phrase tells its tense: far more than
# a clause, and a bound on the work a hostile evidence passage can cause.
_TENSE_REACH = 600


def _near(phrase: str, context: str) -> str:
    if len(context) <= 2 * _TENSE_REACH:
        return context
    at = context.lower().find(phrase.lower())
    if at < 0:
        return context[:2 * _TENSE_REACH]
    return context[max(0, at - _TENSE_REACH):at + len(phrase) + _TENSE_REACH]


@lru_cache(maxsize=100_000)
def _tense(phrase: str, context: str) -> str | None:
    lowered = context.lower()
    found = _occurrences(phrase, lowered)
    if not found:
        shorter = re.sub(r"^(?:on|in|at|over|during)\s+", "", phrase)
        found = _occurrences(shorter, lowered) if shorter != phrase else []
    if not found:
        return _sentence_tense(context)
    answers = {_tense_at(context, lowered, start, end) for start, end in found} - {None}
    return answers.pop() if len(answers) == 1 else None


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|(?<![A-Za-z])‘[^’]*(?:’(?![A-Za-z])|$)")


def _sentence_tense(context: str) -> str | None:
    """For a fact whose evidence does not hold its date phrase (a quote's
    attribution, "she admitted it had not"): the tense its own verbs share,
    words inside quotation marks left out, as they are the speaker's."""
    unquoted = _QUOTED.sub(lambda match: " " * len(match.group(0)), context)
    kinds = {match.lastgroup for match in _CUES.finditer(unquoted.lower())
             if not (match.lastgroup == "past" and " " not in match.group(0)
                     and _after_no_verb(unquoted, match.start()))}
    kinds |= {"past" for match in _ED.finditer(unquoted) if _is_past_verb(unquoted, match)}
    return kinds.pop() if len(kinds) == 1 and kinds != {"unsure"} else None


def _occurrences(phrase: str, lowered: str) -> list[tuple[int, int]]:
    if not phrase:
        return []
    return [(match.start(), match.end()) for match in _whole_words(phrase).finditer(lowered)]


@lru_cache(maxsize=1_024)
def _whole_words(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])")


def _tense_at(context: str, lowered: str, start: int, end: int) -> str | None:
    left = max((match.end() for match in _CLAUSE_END.finditer(context, 0, start)), default=0)
    right = next((match.start() for match in _CLAUSE_END.finditer(context, end)), len(context))
    # Comma pieces of the clause, nearest first: the phrase's own, then
    # outwards, asides skipped.
    pieces = _pieces(context, left, start, end, right)
    for piece_start, piece_end in pieces:
        cue = _nearest_cue(context, lowered, piece_start, piece_end, start, end)
        if cue is not None:
            return None if cue == "unsure" else cue
    return None


def _pieces(context: str, left: int, start: int, end: int, right: int) -> list[tuple[int, int]]:
    before = [(left, left)] + [match.span() for match in _COMMA.finditer(context, left, start)]
    after = [match.span() for match in _COMMA.finditer(context, end, right)] + [(right, right)]
    earlier = [(before[index - 1][1], before[index][0]) for index in range(len(before) - 1, 0, -1)]
    later = [(after[index - 1][1], after[index][0]) for index in range(1, len(after))]
    ordered = [(before[-1][1], after[0][0])]
    # First the rest of the phrase's own comma clause, joined by "and" or
    # "but", even within an aside ("which is due to host talks and dinners
    # on Thursday"); then outwards, asides skipped.
    own_start = max((match.end() for match in re.finditer(",", context[left:start])), default=0) + left
    comma = context.find(",", end, right)
    own_end = right if comma < 0 else comma
    for index in range(max(len(earlier), len(later))):
        for side in (later, earlier):
            if index < len(side) and own_start <= side[index][0] and side[index][1] <= own_end:
                ordered.append(side[index])
    for index in range(max(len(earlier), len(later))):
        for side in (later, earlier):
            if (index < len(side) and side[index] not in ordered
                    and not _ASIDE.match(context[side[index][0]:side[index][1]])):
                ordered.append(side[index])
    return ordered


def _nearest_cue(context: str, lowered: str, piece_start: int, piece_end: int, start: int,
                 end: int) -> str | None:
    best: tuple[int, str] | None = None
    for match in _CUES.finditer(lowered, piece_start, piece_end):
        if match.start() < end and match.end() > start:
            continue  # the phrase's own words are the phrase's business
        kind = match.lastgroup
        if kind == "past" and " " not in match.group(0) and _after_no_verb(context, match.start()):
            continue  # "will be held", "US-led"
        best = _closer(best, match.start(), match.end(), start, end, kind)  # type: ignore[arg-type]
    for match in _ED.finditer(context, piece_start, piece_end):
        if (match.start() < end and match.end() > start) or not _is_past_verb(context, match):
            continue
        best = _closer(best, match.start(), match.end(), start, end, "past")
    return None if best is None else best[1]


def _closer(best: tuple[int, str] | None, cue_start: int, cue_end: int, start: int, end: int,
            kind: str) -> tuple[int, str]:
    distance = start - cue_end if cue_end <= start else cue_start - end
    return (distance, kind) if best is None or distance < best[0] else best


def _is_past_verb(context: str, match: re.Match[str]) -> bool:
    word = match.group(0)
    if word.lower() in _NOT_VERBS or word.lower() in ("planned", "scheduled", "slated", "expected"):
        return False
    if word[0].isupper():
        before = context[:match.start()].rstrip()
        if before and before[-1] not in ".!?“\"‘":
            return False  # a name ("United", "Mohammed"), not a sentence's first word
    return not _after_no_verb(context, match.start())


def _after_no_verb(context: str, start: int) -> bool:
    return bool(_NOT_VERB_AFTER.search(context[max(0, start - 40):start].lower()))
