"""The dashboard's shared filters and their form in a URL's query string.

A copied link must reopen the same view, so every filter has a short query
key; values that do not exist in the data are dropped and reported, never
turned into an error page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from tracker.characters import escaped
from tracker.history import positions_as_of
from tracker.loader import Corpus
from tracker.schema import STANCES, lists_meet

QUERY_KEYS = ("position", "country", "article", "from", "to")


@dataclass(frozen=True)
class Filters:
    """Empty tuples and None mean "no restriction"."""

    stances: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def to_query(self) -> dict[str, str]:
        query = {
            "position": ",".join(self.stances),
            "country": ",".join(self.countries),
            "article": ",".join(self.articles),
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
        }
        return {key: value for key, value in query.items() if value}


@dataclass(frozen=True)
class FilterChoices:
    """What the data offers to filter on."""

    stances: tuple[str, ...]
    countries: tuple[str, ...]
    articles: tuple[str, ...]
    first_date: dt.date | None
    last_date: dt.date | None


def choices(corpus: Corpus) -> FilterChoices:
    countries = set(corpus.stances["country"].dropna()) | set(corpus.quotes["country"].dropna())
    countries |= {code for codes in corpus.events["countries"] for code in codes}
    days = pd.concat([
        corpus.articles["published"], *(corpus_dates(table) for table in (corpus.stances, corpus.events, corpus.quotes))
    ]).dropna()
    return FilterChoices(
        stances=STANCES,
        countries=tuple(sorted(countries)),
        articles=tuple(corpus.articles["article_id"]),
        first_date=days.min().date() if len(days) else None,
        last_date=days.max().date() if len(days) else None,
    )


ARTICLE_OPTIONS = 300


def article_options(corpus: Corpus, date_from: dt.date | None, date_to: dt.date | None,
                    selected: tuple[str, ...], limit: int = ARTICLE_OPTIONS) -> tuple[str, ...]:
    """The articles the sidebar offers: the most recent `limit` published in
    the chosen dates, plus those already chosen. Every option is sent to the
    browser on every rerun; with thousands of articles that was megabytes,
    and narrowing the dates reaches the older ones."""
    articles = corpus.articles
    published = pd.to_datetime(articles["published"])
    inside = pd.Series(True, index=articles.index)
    if date_from:
        inside &= published >= pd.Timestamp(date_from)
    if date_to:
        inside &= published <= pd.Timestamp(date_to)
    # The dates filtered alongside the rows: a Series assigned to an empty
    # frame gives it the Series' index, and its article ids become NaN.
    recent = articles[inside].assign(day=published[inside]).sort_values("day", ascending=False, kind="stable")
    offered = list(recent["article_id"].head(limit))
    return tuple(offered + [article for article in selected if article not in offered])


def corpus_dates(table: pd.DataFrame) -> pd.Series:
    return pd.concat([table["date_start"], table["date_end"]])


# A link is anyone's to write: what it names that cannot apply is listed
# back, but only so much of it, as a 60,000-character value echoed in full
# froze the viewer's tab.
MAX_ECHOED = 10
ECHO_WIDTH = 40


def shorten(text: str, width: int = ECHO_WIDTH) -> str:
    """`text` cut to `width` characters, an ellipsis marking the cut, with
    invisible characters written as escapes: a bidirectional override in a
    link would otherwise reverse the sidebar text around it."""
    text = text if len(text) <= width else text[:width - 1] + "…"
    return escaped(text)


class Ignored:
    """What a link asked for that was left out, as the sidebar lists it:
    the first `MAX_ECHOED`, each shortened, then how many more."""

    def __init__(self, limit: int = MAX_ECHOED):
        self.limit = limit
        self.shown: list[str] = []
        self.more = 0

    def add(self, key: str, value: str, why: str = "") -> None:
        if len(self.shown) < self.limit:
            self.shown.append(f"{key}={shorten(value)}" + (f" ({why})" if why else ""))
        else:
            self.more += 1

    def listed(self) -> list[str]:
        return self.shown + ([f"and {self.more:,} more"] if self.more else [])


def date_bounds(offered: FilterChoices, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day the sidebar's date input allows: the data's
    first date to today (or the data's last, if later); today alone when
    there is no data."""
    first = offered.first_date or today
    return first, max(offered.last_date or today, today)


def clamp_dates(picked: tuple[dt.date, ...], bounds: tuple[dt.date, dt.date]) -> tuple[dt.date, ...]:
    """A date input's value moved inside `bounds` and put in order, which the
    widget requires: the data may have shrunk since the dates were picked."""
    low, high = bounds
    return tuple(sorted(min(max(day, low), high) for day in picked))


def from_query(params: Mapping[str, str | list[str]], offered: FilterChoices,
               today: dt.date | None = None) -> tuple[Filters, list[str]]:
    """Read filters from query parameters; also return what had to be
    dropped, shortened and capped for showing. Dates are kept inside what
    the date input allows (see `date_bounds`): one before the first date or
    after the last allowed day narrows nothing and is clamped; a `from`
    after the last allowed day or a `to` before the first date cannot be
    shown and is dropped; `from` after `to` swaps them."""
    ignored = Ignored()

    def listed(key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
        raw = params.get(key, "")
        values = [v for part in ([raw] if isinstance(raw, str) else raw) for v in part.split(",") if v]
        known = set(allowed)
        for v in values:
            if v not in known:
                ignored.add(key, v)
        wanted = set(values)
        return tuple(v for v in allowed if v in wanted)

    def day(key: str) -> dt.date | None:
        raw = params.get(key)
        repeated = list(raw) if isinstance(raw, (list, tuple)) else [raw]
        for earlier in repeated[:-1]:  # one date applies: the last, as Streamlit reads it
            if earlier:
                ignored.add(key, str(earlier), "repeated")
        raw = repeated[-1] if repeated else None
        if not raw:
            return None
        try:
            return dt.date.fromisoformat(str(raw))
        except ValueError:
            ignored.add(key, str(raw))
            return None

    stances = listed("position", offered.stances)
    countries = listed("country", offered.countries)
    articles = listed("article", offered.articles)
    date_from, date_to = day("from"), day("to")
    if offered.first_date:
        low, high = date_bounds(offered, today or dt.date.today())
        if date_from and date_from > high:
            ignored.add("from", date_from.isoformat(), f"after {high.isoformat()}")
            date_from = None
        if date_to and date_to < low:
            ignored.add("to", date_to.isoformat(), f"before {low.isoformat()}")
            date_to = None
        if date_from and date_from <= low:
            date_from = None  # no data before the first date: the same view
        if date_to and date_to >= high:
            date_to = None
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from

    filters = Filters(stances=stances, countries=countries, articles=articles, date_from=date_from,
                      date_to=date_to)
    return filters, ignored.listed()


def picked_dates(chosen: Filters, offered: FilterChoices, today: dt.date) -> tuple[dt.date, ...]:
    """The date input's value for `chosen`: its dates, the data's first and
    last standing in for an open end; empty when there is no data."""
    if not offered.first_date:
        return ()
    start = chosen.date_from or offered.first_date
    end = chosen.date_to or max(offered.last_date, start)
    return clamp_dates((start, end), date_bounds(offered, today))


def apply(corpus: Corpus, filters: Filters) -> Corpus:
    """The corpus as the filters let the analyst see it."""
    if filters == Filters():
        return corpus  # the usual view: nothing to narrow, nothing to recompute
    published = corpus.articles.set_index("article_id")["published"]

    def keep(table: pd.DataFrame, country_match: pd.Series | None, stance_match: pd.Series | None) -> pd.DataFrame:
        mask = pd.Series(True, index=table.index)
        if filters.articles:
            mask &= table["article_id"].isin(filters.articles)
        if filters.countries and country_match is not None:
            mask &= country_match
        if filters.stances and stance_match is not None:
            mask &= stance_match
        if filters.date_from or filters.date_to:
            mask &= _overlaps(table, published, filters.date_from, filters.date_to)
        return table[mask]

    countries = set(filters.countries)
    stances = keep(corpus.stances, corpus.stances["country"].isin(countries),
                   corpus.stances["stance"].isin(filters.stances))
    events = keep(corpus.events, lists_meet(corpus.events["countries"], countries), None)
    quotes = keep(corpus.quotes, corpus.quotes["country"].isin(countries),
                  corpus.quotes["signals"].isin(filters.stances))
    articles = corpus.articles
    if filters.articles:
        articles = articles[articles["article_id"].isin(filters.articles)]
    return Corpus(
        articles=articles, stances=stances, events=events, quotes=quotes,
        positions=positions_as_of(stances, corpus.articles), problems=corpus.problems,
    )


def _overlaps(table: pd.DataFrame, published: pd.Series, first: dt.date | None, last: dt.date | None) -> pd.Series:
    # An undated fact is as of its article's publication; a "before" fact
    # reaches back indefinitely.
    undated = table["date_end"].isna()
    end = table["date_end"].where(~undated, table["article_id"].map(published))
    start = table["date_start"].where(~undated, end)
    mask = pd.Series(True, index=table.index)
    if first:
        mask &= end >= pd.Timestamp(first)
    if last:
        mask &= start.isna() | (start <= pd.Timestamp(last))
    return mask
