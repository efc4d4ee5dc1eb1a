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
    recent = articles[inside].assign(day=published).sort_values("day", ascending=False, kind="stable")
    offered = list(recent["article_id"].head(limit))
    return tuple(offered + [article for article in selected if article not in offered])


def corpus_dates(table: pd.DataFrame) -> pd.Series:
    return pd.concat([table["date_start"], table["date_end"]])


def from_query(params: Mapping[str, str | list[str]], offered: FilterChoices) -> tuple[Filters, list[str]]:
    """Read filters from query parameters; also return what had to be dropped."""
    dropped: list[str] = []

    def listed(key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
        raw = params.get(key, "")
        values = [v for part in ([raw] if isinstance(raw, str) else raw) for v in part.split(",") if v]
        unknown = [v for v in values if v not in allowed]
        dropped.extend(f"{key}={v}" for v in unknown)
        return tuple(v for v in allowed if v in values)

    def day(key: str) -> dt.date | None:
        raw = params.get(key)
        raw = raw[-1] if isinstance(raw, list) and raw else raw
        if not raw:
            return None
        try:
            return dt.date.fromisoformat(str(raw))
        except ValueError:
            dropped.append(f"{key}={raw}")
            return None

    filters = Filters(
        stances=listed("position", offered.stances),
        countries=listed("country", offered.countries),
        articles=listed("article", offered.articles),
        date_from=day("from"),
        date_to=day("to"),
    )
    return filters, dropped


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
