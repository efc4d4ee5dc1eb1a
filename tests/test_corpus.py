"""The evaluation corpus (tests/corpus/): every split loads cleanly, and every
date in it resolves to the range a reader wrote down for it by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
import yaml

from tracker import load_corpus

CORPUS = Path(__file__).parent / "corpus"
SPLITS = ("dev", "test")


@pytest.fixture(scope="module", params=SPLITS)
def split(request):
    folder = CORPUS / request.param
    return request.param, folder, load_corpus(folder / "facts", folder / "articles")


def test_every_article_of_the_split_loads_without_problems(split):
    name, folder, corpus = split
    assert [f"{p.file}:{p.line} {p.field}: {p.message}" for p in corpus.problems] == []
    assert len(corpus.articles) == len(list((folder / "articles").glob("*.txt")))


def test_every_date_resolves_to_what_the_reader_expects(split):
    name, folder, corpus = split
    expected = yaml.safe_load((folder / "expected_dates.yaml").read_text(encoding="utf-8"))
    assert expected, "the split lists the dates a reader expects"
    ids = dict(zip(corpus.articles["facts_file"].map(lambda shown: Path(shown).name), corpus.articles["article_id"]))
    wrong = []
    for entry in expected:
        table = getattr(corpus, entry["section"])
        row = table[(table["article_id"] == ids[entry["file"]])
                    & (table["fact_id"] == f"{entry['section'][:-1]}-{entry['index'] + 1}")].iloc[0]
        got = (_day(row["date_start"]), _day(row["date_end"]), row["precision"])
        want = (_day(entry.get("start")), _day(entry["end"]), entry["precision"])
        if got != want:
            wrong.append(f"{entry['file']} {entry['section']}[{entry['index']}] {row['date_text']!r}: "
                         f"{got} instead of {want}")
    assert wrong == []


def test_publications_fall_on_every_day_of_the_week():
    for name in SPLITS:
        folder = CORPUS / name
        corpus = load_corpus(folder / "facts", folder / "articles")
        assert {day.day_name() for day in corpus.articles["published"]} >= {
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}, name


def test_at_least_a_third_of_the_corpus_is_held_out():
    counts = {name: len(list((CORPUS / name / "articles").glob("*.txt"))) for name in SPLITS}
    assert sum(counts.values()) >= 12
    assert counts["test"] * 3 >= sum(counts.values())


def _day(value) -> dt.date | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date()
