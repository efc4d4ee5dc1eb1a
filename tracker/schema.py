"""The facts-file format and the columns of every table, in one place.

`FactsFile` is what an analyst writes (see data/README.md); `COLUMNS` is what
the loader returns and `python -m tracker export` writes.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import pandas as pd

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, field_validator

from tracker.characters import refuse_in_value
from tracker.countries import check_code

STANCES = ("committed", "hesitant", "ruled_out", "opposed")
STANCE_LABELS = {
    "committed": "Committed",
    "hesitant": "Hesitant",
    "ruled_out": "Ruled out",
    "opposed": "Opposed",
}
NO_POSITION = "No reported position"
FILTERED_OUT = "Hidden by filters"

# The facts a file may hold in each of its sections. The largest article
# curated so far has a few dozen; a file with thousands was generated, not
# written, and would otherwise be reported one fact at a time.
MAX_FACTS_PER_SECTION = 2_000

Stance = Literal["committed", "hesitant", "ruled_out", "opposed"]
# Every text a facts file gives (names, evidence, dates as written…) refuses
# bidirectional controls and invisible characters (tracker/characters.py).
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(refuse_in_value)]
CountryCode = Annotated[str, AfterValidator(check_code)]


def _as_written(value: object) -> object:
    # `date: 2025-04-09` unquoted is a YAML date; it means what the quoted
    # string means, so it is read back as that string.
    return value.isoformat() if type(value) is dt.date else value


DateText = Annotated[Text, BeforeValidator(_as_written)]

PLANNED, HAPPENED = "planned", "happened"
DIRECTIONS = ("past", "future")


def _check_status(value: object) -> object:
    # Only `planned` is written: a fact without a status is reported as done,
    # so `status: reported` would be a second way of saying nothing.
    if value == PLANNED:
        return value
    raise ValueError(f"{value!r} is not a status: write `status: planned` for a fact the article announces "
                     "(scheduled, expected, due), or delete the `status` line for one it reports as done")


def _check_direction(value: object) -> object:
    if value in DIRECTIONS:
        return value
    raise ValueError(f"{value!r} is not a direction: write `direction: past` if the date lies before the "
                     "article's publication, `direction: future` if after")


# More than every country there is (the dataset has 250): a longer list is
# no article's, and each wrong code in it costs a lookup.
MAX_COUNTRIES = 300
CountryList = Annotated[list[CountryCode], Field(max_length=MAX_COUNTRIES)]
# Articles of the 2025 coalition and what follows it; outside these years a
# date is a typo, and the calendar arithmetic of relative dates runs out.
PUBLISHED_YEARS = (1900, 2100)


def _check_published(value: dt.date) -> dt.date:
    if not PUBLISHED_YEARS[0] <= value.year <= PUBLISHED_YEARS[1]:
        raise ValueError(f"{value} is not a publication date this tracker reads (years {PUBLISHED_YEARS[0]}–"
                         f"{PUBLISHED_YEARS[1]}): copy the date from the article's header")
    return value


Status = Annotated[object, AfterValidator(_check_status)]
Direction = Annotated[object, AfterValidator(_check_direction)]


class _Strict(BaseModel):
    # A typo such as `stnace` must be reported, not silently dropped.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ArticleMeta(_Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    file: Text
    title: Text
    outlet: Text
    published: Annotated[dt.date, AfterValidator(_check_published)]
    agencies: list[Text] = Field(default_factory=list)
    # Every country the article refers to, in any form (data/README.md).
    countries: CountryList = Field(default_factory=list)


class _Fact(_Strict):
    # Set by `python -m tracker draft`; the analyst deletes it once checked.
    review: Text | None = None
    status: Status | None = None
    direction: Direction | None = None


class StanceFact(_Fact):
    country: CountryCode | None = None
    stance: Stance
    source: Text | None = None
    date: DateText | None = None
    count: Annotated[int, Field(ge=1)] | None = None
    note: Text | None = None
    evidence: Text


class EventFact(_Fact):
    date: DateText
    description: Text
    countries: CountryList = Field(default_factory=list)
    actors: list[Text] = Field(default_factory=list)
    evidence: Text


class QuoteFact(_Fact):
    speaker: Text
    role: Text | None = None
    affiliation: Text | None = None
    country: CountryCode | None = None
    text: Text
    kind: Literal["direct", "reported"]
    date: DateText | None = None
    signals: Stance | None = None
    evidence: Text


class FactsFile(_Strict):
    article: ArticleMeta
    stances: list[StanceFact] = Field(default_factory=list)
    events: list[EventFact] = Field(default_factory=list)
    quotes: list[QuoteFact] = Field(default_factory=list)

    @field_validator("stances", "events", "quotes", mode="before")
    @classmethod
    def _not_too_many(cls, facts: object, info) -> object:
        # Counted before any fact is checked, so that an oversized file is
        # one problem, not one for each of its facts.
        if isinstance(facts, list) and len(facts) > MAX_FACTS_PER_SECTION:
            raise ValueError(f"{len(facts):,} {info.field_name}, over the limit of {MAX_FACTS_PER_SECTION:,} "
                             "for one file: keep those the article states most directly")
        return facts


_DATES = ["date_start", "date_end", "precision", "date_text"]
# `planned` or `happened`: every fact table says which, so that no count or
# export can take an announced fact for one that happened.
_STATUS = ["status"]
_PROVENANCE = ["evidence", "start", "end"]

COLUMNS: dict[str, list[str]] = {
    "articles": ["article_id", "title", "outlet", "published", "agencies", "countries", "path", "facts_file",
                 "source_id", "text"],
    "stances": ["article_id", "fact_id", "country", "country_name", "stance", "count", "note",
                *_DATES, *_STATUS, "source", *_PROVENANCE],
    "events": ["article_id", "fact_id", *_DATES, *_STATUS, "description", "countries", "actors", *_PROVENANCE],
    "quotes": ["article_id", "fact_id", "speaker", "role", "affiliation", "country", "text", "kind",
               *_DATES, *_STATUS, "signals", *_PROVENANCE],
    "positions": ["country", "country_name", "stance", "as_of", "source", "article_id", "fact_id", *_PROVENANCE,
                  "disputed", "rivals"],
    "problems": ["file", "line", "field", "message"],
}
DATE_COLUMNS = {"published", "date_start", "date_end", "as_of"}
LIST_COLUMNS = {"agencies", "countries", "actors"}


def lists_meet(lists: pd.Series, wanted: set[str] | frozenset[str]) -> pd.Series:
    """For a list column (`countries`, `actors`): does each row name any of
    `wanted`? Always boolean, so an empty table filters to an empty table."""
    return pd.Series([bool(wanted.intersection(items)) for items in lists], index=lists.index, dtype=bool)
