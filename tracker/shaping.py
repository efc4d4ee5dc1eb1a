"""Ready-to-show tables: what each page lays out, shaped here so that pages
hold no pandas and every shape is tested without Streamlit."""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from tracker import history
from tracker.countries import country_name
from tracker.loader import Corpus
from tracker.schema import PLANNED, STANCE_LABELS, STANCES, lists_meet


@dataclass(frozen=True)
class Figure:
    """One headline number and the words that explain it."""

    stance: str
    label: str
    named: int
    unnamed: int
    unnamed_unknown: bool
    sources: tuple[str, ...]
    # Countries (named, and unnamed as counted) announced to take this
    # position: shown apart, never in the value.
    planned: int = 0

    @property
    def value(self) -> str:
        more = "+" if self.unnamed_unknown else ""
        return f"{self.named + self.unnamed}{more}"

    @property
    def detail(self) -> str:
        parts = [f"{self.named} named"]
        if self.unnamed:
            parts.append(f"{self.unnamed} unnamed")
        if self.unnamed_unknown:
            parts.append("more unnamed, number not given")
        counted = ", ".join(parts)
        return f"{counted}; {self.planned} planned, not counted" if self.planned else counted


def headline(corpus: Corpus) -> list[Figure]:
    """How many countries hold each position now, named and unnamed; those
    only planned to take it are counted apart (`planned`)."""
    figures = []
    planned = corpus.stances["status"] == PLANNED
    unnamed = corpus.stances[corpus.stances["country"].isna() & ~planned]
    announced = corpus.stances[planned]
    for stance in STANCES:
        named = corpus.positions[corpus.positions["stance"] == stance]
        anonymous = unnamed[unnamed["stance"] == stance]
        ahead = announced[announced["stance"] == stance]
        article_ids = set(named["article_id"]) | set(anonymous["article_id"])
        titles = corpus.articles[corpus.articles["article_id"].isin(article_ids)]
        figures.append(Figure(
            stance=stance,
            label=STANCE_LABELS[stance],
            named=len(named),
            unnamed=int(anonymous["count"].fillna(0).sum()),
            unnamed_unknown=bool(anonymous["count"].isna().any()),
            sources=tuple(f"{row.outlet}, {row.published:%d %b %Y}: {row.title}" for row in titles.itertuples()),
            planned=ahead["country"].nunique() + int(ahead.loc[ahead["country"].isna(), "count"].fillna(1).sum()),
        ))
    return figures


def headline_html(corpus: Corpus) -> str:
    """The headline figures as the Overview shows them: escaped HTML cards."""
    from tracker.highlight import figures_html

    return figures_html([(figure.label, figure.value, figure.detail) for figure in headline(corpus)])


def unnamed_notes(corpus: Corpus) -> pd.DataFrame:
    """Positions held by countries the articles do not name, and those
    announced ("Committed (planned)")."""
    unnamed = corpus.stances[corpus.stances["country"].isna()]
    return _with_article(corpus, unnamed).assign(
        position=unnamed["stance"].map(STANCE_LABELS).where(
            unnamed["status"] != PLANNED, unnamed["stance"].map(STANCE_LABELS) + " (planned)"),
        how_many=unnamed["count"].map(lambda n: "unspecified" if pd.isna(n) else str(n)),
    )[["position", "how_many", "note", "source", "evidence", "article"]]


def country_details(corpus: Corpus, code: str) -> dict[str, pd.DataFrame]:
    """Everything known about one country, each row with its evidence: the
    positions it has held, those announced (`planned`, never in positions),
    its quotes and events."""
    quotes = corpus.quotes[corpus.quotes["country"] == code]
    events = corpus.events[lists_meet(corpus.events["countries"], {code})]
    held = history.country_history(corpus.stances, corpus.articles, code)
    planned = corpus.stances[(corpus.stances["country"] == code) & (corpus.stances["status"] == PLANNED)]
    return {
        "positions": _with_article(corpus, held).assign(date=held["as_of"].dt.strftime("%Y-%m-%d"))[
            ["date", "position", "change", "source", "evidence", "article"]],
        "planned": _with_article(corpus, planned).assign(
            date=date_labels(planned), position=planned["stance"].map(STANCE_LABELS))[
            ["date", "position", "source", "evidence", "article"]],
        "quotes": _with_article(corpus, quotes).assign(date=date_labels(quotes))[
            ["speaker", "role", "text", "kind", "date", "status", "evidence", "article"]],
        "events": _with_article(corpus, events).assign(date=date_labels(events))[
            ["date", "status", "description", "evidence", "article"]],
    }


def detail_countries(corpus: Corpus) -> list[str]:
    """The countries the map's details offer: those with a position, and
    those only planned to take one (not on the map, yet with details)."""
    planned = corpus.stances.loc[corpus.stances["status"] == PLANNED, "country"].dropna()
    return sorted(set(corpus.positions["country"]) | set(planned))


def quotes_table(corpus: Corpus, search: str = "") -> pd.DataFrame:
    """The quotes page's table, narrowed by a plain-text search (not a regex)."""
    quotes = corpus.quotes
    if search.strip():
        needle = search.strip().casefold()
        searched = quotes[["speaker", "role", "affiliation", "text", "evidence"]].fillna("")
        found = [needle in " ".join(row).casefold() for row in searched.itertuples(index=False)]
        quotes = quotes[pd.Series(found, index=quotes.index, dtype=bool)]
    table = _with_article(corpus, quotes).assign(
        date=date_labels(quotes),
        position=quotes["signals"].map(STANCE_LABELS),
        country_name=quotes["country"].map(lambda code: country_name(code) if isinstance(code, str) else None),
    )
    table = table[["speaker", "role", "affiliation", "country_name", "text", "kind", "date", "status", "position",
                   "article", "article_id", "fact_id", "evidence", "start", "end"]].reset_index(drop=True)
    # Counted once with the table, which is cached, not on each rerun.
    table.attrs["planned"] = planned_apart(table)
    return table


# Column labels of the short tables pages show as HTML (highlight.table_html).
LATEST_ARTICLE_LABELS = {"published": "Published", "outlet": "Outlet", "title": "Headline",
                         "agencies": "Agencies cited", "path": "Article file"}
UNNAMED_NOTE_LABELS = {"position": "Position", "how_many": "How many", "note": "Note", "source": "Reported by",
                       "evidence": "Evidence", "article": "Article"}
CHANGE_LABELS = {"country_name": "Country", "country": "Code", "before": "Before", "after": "After",
                 "as_of": "Since", "source": "Reported by", "evidence": "Evidence"}
FACT_SPAN_LABELS = {"label": "Fact", "start": "From character", "end": "To"}


def date_labels(table: pd.DataFrame) -> pd.Series:
    """Dates as an analyst reads them: a day, a few days, a week, a month, a
    year, 'before …' or 'by …' (a deadline)."""
    # Thousands of events share a few hundred days: each (start, end,
    # precision) is formatted once. (Vectorised formatting cost milliseconds
    # even for the ten rows of a small table, and small tables are most reruns.)
    labels: dict[tuple, str] = {}

    def label(start: pd.Timestamp, end: pd.Timestamp, precision: str) -> str:
        key = (start, end, precision)
        if key not in labels:
            labels[key] = _date_label(start, end, precision)
        return labels[key]

    starts = table["date_start"] if "date_start" in table.columns else [pd.NaT] * len(table)
    return pd.Series([label(start, end, precision)
                      for start, end, precision in zip(starts, table["date_end"], table["precision"], strict=True)],
                     index=table.index, dtype="object")


def _date_label(start: pd.Timestamp, day: pd.Timestamp, precision: str) -> str:
    if pd.isna(day):
        return ""
    if precision == "before":
        return f"before {day:%Y-%m-%d}"
    if precision == "by":
        return f"by {_day(day)}"
    if precision == "week":
        return f"week of {_day(start)}"
    if precision == "days":
        return _days(start, day)
    if precision == "month":
        return f"{day:%B %Y}"
    if precision == "year":
        return f"{day:%Y}"
    return f"{day:%Y-%m-%d}"


def _day(day: pd.Timestamp) -> str:
    return f"{day.day} {day:%b %Y}"  # 7 Mar 2025, without the leading zero


def _days(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """'17–23 Mar 2025', '29 Mar – 4 Apr 2025', '29 Dec 2025 – 2 Jan 2026'."""
    if pd.isna(start) or start == end:
        return _day(end)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{_day(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {_day(end)}"
    return f"{_day(start)} – {_day(end)}"


def counted(table: pd.DataFrame, noun: str) -> str:
    """'1 event', '9 events', or '9 events (2 planned)' for the noun
    'event': planned facts told apart."""
    return f"{len(table):,} {noun}{'s' * (len(table) != 1)}{planned_apart(table)}"


def planned_apart(table: pd.DataFrame) -> str:
    """' (2 planned)' for a table of facts two of which are planned, else ''."""
    planned = int((table["status"] == PLANNED).sum())
    return f" ({planned:,} planned)" if planned else ""


def context(text: str, start: int, end: int, margin: int = 240) -> tuple[str, str, str]:
    """The passage with up to `margin` characters either side, cut at spaces."""
    before = text[max(0, start - margin):start]
    after = text[end:end + margin]
    if start - margin > 0 and " " in before:
        before = "…" + before[before.index(" ") + 1:]
    if end + margin < len(text) and " " in after:
        after = after[:after.rindex(" ")] + "…"
    return before, text[start:end], after


def evidence_spans(corpus: Corpus, article_id: str) -> pd.DataFrame:
    """Every fact's evidence span in one article, labelled for the reader."""
    def labelled(table: pd.DataFrame, describe) -> pd.DataFrame:
        rows = table[table["article_id"] == article_id]
        return pd.DataFrame({
            "fact_id": rows["fact_id"], "start": rows["start"], "end": rows["end"], "status": rows["status"],
            "label": [describe(row) for row in rows.itertuples()],
        })

    spans = pd.concat([
        labelled(corpus.stances, lambda r: f"{r.fact_id}: "
                 f"{'unnamed country' if pd.isna(r.country_name) else r.country_name} {STANCE_LABELS[r.stance].lower()}"
                 + _planned_mark(r)),
        labelled(corpus.events, lambda r: f"{r.fact_id}: {r.description}" + _planned_mark(r)),
        labelled(corpus.quotes, lambda r: f"{r.fact_id}: {r.speaker} ({r.kind})" + _planned_mark(r)),
    ], ignore_index=True)
    return spans.sort_values(["start", "end", "fact_id"]).reset_index(drop=True)


def _planned_mark(row) -> str:
    return " (planned)" if row.status == PLANNED else ""


def _with_article(corpus: Corpus, table: pd.DataFrame) -> pd.DataFrame:
    names = corpus.articles.set_index("article_id")
    label = {aid: f"{row.outlet}, {row.published:%Y-%m-%d}" for aid, row in names.iterrows()}
    return table.assign(article=table["article_id"].map(label))


def key_dates(corpus: Corpus) -> list[dt.date]:
    """The dates at which the map can change: every stance's date and every
    publication, in order."""
    dated = history.dated_stances(corpus.stances, corpus.articles)
    days = pd.concat([dated["as_of"], corpus.articles["published"]]).dropna()
    return sorted({day.date() for day in days})


def nearest_date(dates: list[dt.date], wanted: str | None) -> dt.date | None:
    """The last of `dates` on or before `wanted` (an ISO date from a link);
    the latest date when `wanted` is missing or unreadable."""
    if not dates:
        return None
    try:
        day = dt.date.fromisoformat(wanted) if wanted else None
    except ValueError:
        day = None
    if day is None:
        return dates[-1]
    earlier = [d for d in dates if d <= day]
    return earlier[-1] if earlier else dates[0]


def positions_as_of(corpus: Corpus, when: dt.date | None) -> pd.DataFrame:
    return history.positions_as_of(corpus.stances, corpus.articles, when)


def what_changed(corpus: Corpus, first: dt.date, second: dt.date) -> pd.DataFrame:
    changed = history.what_changed(corpus.stances, corpus.articles, first, second)
    return changed.assign(as_of=pd.to_datetime(changed["as_of"]).dt.strftime("%Y-%m-%d"))


def filtered_out(everything: Corpus, shown: Corpus) -> frozenset[str]:
    """Countries with a reported position that the current filters hide."""
    return frozenset(everything.positions["country"]) - frozenset(shown.positions["country"])


def clicked_country(points: list[dict]) -> str | None:
    """The country a map click chose: the first selected shape's code."""
    for point in points or []:
        location = point.get("location") if isinstance(point, dict) else None
        if location:
            return str(location)
    return None


def timeline_choices(corpus: Corpus) -> tuple[list[str], list[str]]:
    """Countries and actors that events name, for the timeline's own filters."""
    events = corpus.events
    countries = sorted({code for codes in events["countries"] for code in codes})
    actors = sorted({name for names in events["actors"] for name in names})
    return countries, actors


def events_involving(events: pd.DataFrame, countries: list[str], actors: list[str]) -> pd.DataFrame:
    """Events naming any of `countries` or any of `actors` (all if both empty)."""
    if not countries and not actors:
        return events
    return events[lists_meet(events["countries"], set(countries)) | lists_meet(events["actors"], set(actors))]


GROUPINGS = {"event": "One row per event", "country": "One row per country", "actor": "One row per person"}


def default_grouping(corpus: Corpus) -> str:
    """A row per event while they fit on a screen, else a row per country."""
    return "event" if len(corpus.events) <= 40 else "country"


def timeline_marks(events: pd.DataFrame, group_by: str = "event") -> pd.DataFrame:
    """One row per event and timeline row: an event naming three countries
    is drawn on each of their rows when grouped by country."""
    events = events.sort_values(["date_end", "date_start", "fact_id"], na_position="first")
    marks = events.assign(
        when=date_labels(events),
        actors_text=events["actors"].map(", ".join),
        countries_text=events["countries"].map(lambda codes: ", ".join(country_name(code) or code for code in codes)),
    )
    if group_by == "country":
        marks = marks.assign(row_label=[
            [country_name(code) or code for code in codes] or ["(no country)"] for codes in marks["countries"]])
        marks = marks.explode("row_label")
        order = marks.groupby("row_label")["date_end"].min().sort_values().index
    elif group_by == "actor":
        marks = marks.assign(row_label=[list(names) or ["(no one named)"] for names in marks["actors"]])
        marks = marks.explode("row_label")
        order = marks.groupby("row_label")["date_end"].min().sort_values().index
    else:
        marks = marks.assign(row_label=marks["description"].map(_row_label))
        order = pd.Index(marks["row_label"]).unique()
    rank = {label: index for index, label in enumerate(order)}
    return marks.sort_values("row_label", key=lambda labels: labels.map(rank), kind="stable").reset_index(drop=True)


@lru_cache(maxsize=20_000)
def _row_label(description: str) -> str:
    return textwrap.shorten(description, 55, placeholder="…")


def events_table(corpus: Corpus, events: pd.DataFrame) -> pd.DataFrame:
    return _with_article(corpus, events).assign(
        date=date_labels(events),
        countries=events["countries"].map(", ".join),
        actors=events["actors"].map(", ".join),
    )[["date", "status", "description", "countries", "actors", "evidence", "article"]]


# Passages one article's text highlights at most (a draft on the Add page, an
# article on Sources): more than any article's facts, and the HTML stays
# bounded, as each passage adds a few marks.
MAX_HIGHLIGHTED = 2_000


def proposed_spans(text: str, facts: dict | str, limit: int = MAX_HIGHLIGHTED) -> pd.DataFrame:
    """Evidence of a facts file not yet valid (a draft under review), found
    in its article so the analyst can check each against the text.

    `facts` is the file's text, read as the loader reads it (its limits, and
    LibYAML's speed), or its parsed data. The evidence of the first `limit`
    facts is looked for; `attrs["left_out"]` counts the facts after them,
    which are not."""
    from tracker.evidence import NormalizedText, TooCommon

    located = NormalizedText(text)
    data = _facts_data(facts) if isinstance(facts, str) else facts
    rows = []
    left_out = looked_for = 0
    for section, name in (("stances", "stance"), ("events", "event"), ("quotes", "quote")):
        items = data.get(section) if isinstance(data, dict) else None
        for index, fact in enumerate(items if isinstance(items, list) else []):
            if not isinstance(fact, dict) or not isinstance(fact.get("evidence"), str):
                continue
            if looked_for >= limit:
                left_out += 1
                continue
            looked_for += 1
            try:
                spans = located.find_all(fact["evidence"], most=2)
            except TooCommon:
                looked_for = limit  # the article's places to check are used up: the rest are not looked for
                left_out += 1
                continue
            if len(spans) != 1:
                continue
            what = fact.get("country") or fact.get("speaker") or fact.get("date") or ""
            label = f"{name}-{index + 1}: {what} {fact.get('stance') or fact.get('kind') or ''}".strip()
            rows.append({"fact_id": f"{name}-{index + 1}", "start": spans[0][0], "end": spans[0][1],
                         "label": label + (" (to review)" if fact.get("review") else "")})
    table = pd.DataFrame(rows, columns=["fact_id", "start", "end", "label"])
    table.attrs["left_out"] = left_out
    return table


def _facts_data(facts_text: str) -> object:
    """A facts file's data, or None where the loader would refuse to read it
    (its problems are the loader's to report)."""
    import yaml

    from tracker.yamlfile import parse_yaml

    try:
        return parse_yaml(facts_text.encode("utf-8"))[0]
    except (yaml.YAMLError, ValueError, RecursionError):
        return None


def timeline_view(corpus: Corpus, countries: tuple[str, ...], actors: tuple[str, ...],
                  group_by: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The timeline page's events and their marks, for its own filters."""
    events = events_involving(corpus.events, list(countries), list(actors))
    return events, timeline_marks(events, group_by)


SOURCES_PER_PAGE = 10


def sources_html(corpus: Corpus, number: int, size: int = SOURCES_PER_PAGE) -> str:
    """Page `number` of the Sources page as one block of escaped HTML: each
    article's heading, its text with every fact's evidence highlighted, and
    its facts. One element to send and draw where a page of ten articles made
    forty (at 10,000 articles a rerun took 17-18 ms, now 8-11). An article
    with thousands of facts shows the first MAX_HIGHLIGHTED of them."""
    from tracker.highlight import highlighted_html, source_html, table_html

    cards = []
    for article in one_page(corpus.articles, number, size).rows.itertuples():
        spans = evidence_spans(corpus, article.article_id)
        shown = spans.head(MAX_HIGHLIGHTED)
        facts_label = f"{counted(spans, 'fact')} in this article"
        if len(shown) < len(spans):
            facts_label += f": the first {len(shown):,} highlighted and listed"
        cards.append(source_html(
            article.title,
            f"{article.outlet} · {article.published:%Y-%m-%d} · {article.path} · facts: {article.facts_file}",
            highlighted_html(article.text, shown), facts_label, table_html(shown, FACT_SPAN_LABELS)))
    return "".join(cards)


PAGE_SIZE = 100


@dataclass(frozen=True)
class Page:
    rows: pd.DataFrame
    number: int
    pages: int
    total: int
    size: int

    @property
    def caption(self) -> str:
        first = (self.number - 1) * self.size + 1 if self.total else 0
        return f"{first:,}–{max(first, first + len(self.rows) - 1):,} of {self.total:,}"

    def showing(self, columns: list[str]) -> pd.DataFrame:
        """The rows with only the columns a table shows: a column hidden in
        the browser is still sent to it (quotes: 42 KB a page instead of 23)."""
        return self.rows[columns]


def one_page(table: pd.DataFrame, number: int, size: int = PAGE_SIZE) -> Page:
    """Rows `size * (number - 1)` onwards: only what is shown goes to the
    browser, whatever the size of the corpus."""
    pages = max(1, -(-len(table) // size))
    number = min(max(1, int(number)), pages)
    return Page(table.iloc[(number - 1) * size:number * size], number, pages, len(table), size)


LATEST_ARTICLES = 20


def latest_articles(corpus: Corpus, limit: int = LATEST_ARTICLES) -> pd.DataFrame:
    """The overview's list of sources: the most recent articles, without their text."""
    return (corpus.articles.sort_values("published", ascending=False, kind="stable")
            .head(limit)[["published", "outlet", "title", "agencies", "path"]].reset_index(drop=True))
