"""Positions over time: as of a date, a country's history, what changed, and
where sources disagree.

A stance fact counts from its own resolved date (the end of its range: the
latest day the article's words allow), else from its article's publication.
A planned stance (announced, not yet taken) never counts: it is left out of
every position, history and change here.
Disagreement is never resolved by file order: when two sources give one
country different positions for overlapping dates, the country is disputed.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from tracker.schema import COLUMNS, PLANNED, STANCE_LABELS

POSITION_COLUMNS = COLUMNS["positions"]


def dated_stances(stances: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Named stances held (not planned), with `as_of` (when the fact counts
    from) and the range it covers: `span_start` (NaT: open, "some time
    before") to `span_end`."""
    named = stances[stances["country"].notna() & (stances["status"] != PLANNED)]
    if named.empty:
        no_dates = pd.Series(dtype=stances["date_end"].dtype)
        return named.assign(as_of=no_dates, span_start=no_dates, span_end=no_dates)
    published = named["article_id"].map(articles.set_index("article_id")["published"])
    undated = named["date_end"].isna()
    as_of = named["date_end"].where(~undated, published)
    return named.assign(
        as_of=as_of,
        span_start=named["date_start"].where(~undated, published),
        span_end=as_of,
    ).sort_values(["country", "as_of", "article_id", "fact_id"], kind="stable")


def positions_as_of(stances: pd.DataFrame, articles: pd.DataFrame, when: dt.date | None = None) -> pd.DataFrame:
    """Each country's latest position on or before `when` (all dates if None),
    marked `disputed` when another source disagrees over overlapping dates."""
    facts = dated_stances(stances, articles)
    if when is not None:
        facts = facts[facts["as_of"] <= pd.Timestamp(when)]
    if facts.empty:
        return pd.DataFrame(columns=POSITION_COLUMNS)
    latest = facts.groupby("country", sort=True).tail(1).set_index("country", drop=False)
    rivals = _rivals(facts, latest)
    result = latest.assign(
        disputed=latest["country"].map(lambda code: bool(rivals.get(code))),
        rivals=latest["country"].map(lambda code: rivals.get(code, "")),
    )
    return result[POSITION_COLUMNS].reset_index(drop=True)


def _rivals(facts: pd.DataFrame, latest: pd.DataFrame) -> dict[str, str]:
    """Per country, the other sources' differing positions whose dates overlap
    the latest fact's, as text for hover and details."""
    joined = facts.join(latest[["stance", "span_start", "span_end", "source", "article_id"]].add_suffix("_latest"),
                        on="country")
    overlap = (
        (joined["span_end"] >= joined["span_start_latest"].fillna(pd.Timestamp("1900-01-01")))
        & (joined["span_end_latest"] >= joined["span_start"].fillna(pd.Timestamp("1900-01-01")))
    )
    other_source = (joined["article_id"] != joined["article_id_latest"]) | (joined["source"] != joined["source_latest"])
    differing = joined[overlap & other_source & (joined["stance"] != joined["stance_latest"])]
    return {
        code: "; ".join(f"{STANCE_LABELS[row.stance]} per {row.source} ({row.article_id})" for row in group.itertuples())
        for code, group in differing.groupby("country")
    }


def country_history(stances: pd.DataFrame, articles: pd.DataFrame, code: str) -> pd.DataFrame:
    """Every position a country has held, in date order, changes marked."""
    facts = dated_stances(stances, articles)
    facts = facts[facts["country"] == code]
    previous = facts["stance"].shift()
    change = [
        "" if pd.isna(before) or before == now else f"{STANCE_LABELS[before]} → {STANCE_LABELS[now]}"
        for before, now in zip(previous, facts["stance"], strict=True)
    ]
    return facts.assign(position=facts["stance"].map(STANCE_LABELS), change=change)[
        ["as_of", "position", "change", "source", "article_id", "fact_id", "evidence", "start", "end"]
    ].reset_index(drop=True)


def what_changed(stances: pd.DataFrame, articles: pd.DataFrame, first: dt.date, second: dt.date) -> pd.DataFrame:
    """Countries whose position differs between two dates."""
    before = positions_as_of(stances, articles, first).set_index("country")
    after = positions_as_of(stances, articles, second).set_index("country")
    codes = sorted(set(before.index) | set(after.index))
    rows = []
    for code in codes:
        old = before["stance"].get(code)
        new = after["stance"].get(code)
        if old == new:
            continue
        rows.append({
            "country": code,
            "country_name": after["country_name"].get(code, before["country_name"].get(code)),
            "before": STANCE_LABELS.get(old, "No reported position"),
            "after": STANCE_LABELS.get(new, "No reported position"),
            "as_of": after["as_of"].get(code),
            "source": after["source"].get(code),
            "evidence": after["evidence"].get(code),
        })
    return pd.DataFrame(rows, columns=["country", "country_name", "before", "after", "as_of", "source", "evidence"])
