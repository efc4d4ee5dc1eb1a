import datetime as dt
import random

import pytest

from tests.conftest import write_schedule
from tracker import history, load_corpus


@pytest.fixture
def moving(corpus_folder):
    """Germany hesitant in April, committed in June; Poland committed throughout;
    Spain only reported from May."""
    write_schedule(corpus_folder, [
        ("2025-04-10", "Wire A", "DEU", "hesitant"),
        ("2025-04-10", "Wire A", "POL", "committed"),
        ("2025-05-15", "Wire B", "ESP", "ruled_out"),
        ("2025-06-20", "Wire A", "DEU", "committed"),
    ])
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.problems == []
    return corpus


def _as_of(corpus, when):
    table = history.positions_as_of(corpus.stances, corpus.articles, when)
    return dict(zip(table["country"], table["stance"], strict=True))


def test_positions_before_between_and_after_changes(moving):
    assert _as_of(moving, dt.date(2025, 4, 1)) == {}
    assert _as_of(moving, dt.date(2025, 4, 10)) == {"DEU": "hesitant", "POL": "committed"}
    assert _as_of(moving, dt.date(2025, 6, 1)) == {"DEU": "hesitant", "POL": "committed", "ESP": "ruled_out"}
    assert _as_of(moving, dt.date(2025, 7, 1)) == {"DEU": "committed", "POL": "committed", "ESP": "ruled_out"}
    assert _as_of(moving, None) == _as_of(moving, dt.date(2025, 7, 1))


def test_country_history_marks_changes(moving):
    deu = history.country_history(moving.stances, moving.articles, "DEU")
    assert list(deu["position"]) == ["Hesitant", "Committed"]
    assert list(deu["change"]) == ["", "Hesitant → Committed"]
    assert deu.iloc[1]["evidence"].startswith("Germany has committed")


def test_what_changed_between_two_dates(moving):
    changed = history.what_changed(moving.stances, moving.articles, dt.date(2025, 5, 1), dt.date(2025, 7, 1))
    rows = {row.country: (row.before, row.after) for row in changed.itertuples()}
    assert rows == {"DEU": ("Hesitant", "Committed"), "ESP": ("No reported position", "Ruled out")}
    assert history.what_changed(moving.stances, moving.articles, dt.date(2025, 7, 1), dt.date(2025, 8, 1)).empty


def test_sources_that_disagree_on_the_same_dates_make_a_dispute(corpus_folder):
    write_schedule(corpus_folder, [
        ("2025-05-02", "Wire A", "ITA", "hesitant"),
        ("2025-05-02", "Wire B", "ITA", "ruled_out"),
        ("2025-05-02", "Wire B", "FRA", "committed"),
        ("2025-05-02", "Wire A", "FRA", "committed"),
    ])
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    positions = corpus.positions.set_index("country")
    assert positions.loc["ITA", "disputed"] and not positions.loc["FRA", "disputed"]
    other = "Hesitant per Wire A" if positions.loc["ITA", "stance"] == "ruled_out" else "Ruled out per Wire B"
    assert other in positions.loc["ITA", "rivals"]


def test_a_later_change_is_not_a_dispute(moving):
    assert not moving.positions["disputed"].any()


def test_positions_do_not_depend_on_file_order(corpus_folder, tmp_path):
    rng = random.Random(7)
    codes = ["DEU", "FRA", "POL", "ITA", "ESP", "NLD"]
    stances = ["committed", "hesitant", "ruled_out", "opposed"]
    schedule = [(f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", rng.choice(["Wire A", "Wire B"]),
                 rng.choice(codes), rng.choice(stances)) for _ in range(60)]
    schedule = list({(d, o, c): (d, o, c, s) for d, o, c, s in schedule}.values())
    write_schedule(corpus_folder, schedule)
    first = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    paths = sorted(corpus_folder.facts.glob("*.yaml"))
    for index, path in enumerate(paths):  # reverse the order files are read in
        path.rename(path.with_name(f"{len(paths) - index:04d}-{path.name}"))
    again = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    columns = ["country", "stance", "as_of", "disputed"]
    assert first.positions[columns].equals(again.positions[columns])
    assert len(first.stances) == len(schedule)


@pytest.fixture
def announced(corpus_folder):
    """Germany hesitant, reported on 10 April; the same article says Germany
    is due to commit on 30 April (planned); nothing later."""
    corpus_folder.article("plan.txt", dt.date(2025, 4, 10), [
        "Germany remains hesitant about sending troops.", "Germany is due to commit troops on 30 April."])
    corpus_folder.facts_file("plan.yaml", {
        "article": {"id": "plan", "file": "plan.txt", "title": "Plan", "outlet": "Wire A", "published": "2025-04-10"},
        "stances": [
            {"country": "DEU", "stance": "hesitant", "evidence": "Germany remains hesitant about sending troops."},
            {"country": "DEU", "stance": "committed", "status": "planned", "date": "2025-04-30",
             "evidence": "Germany is due to commit troops on 30 April."},
            {"country": "POL", "stance": "committed", "status": "planned", "date": "2025-04-30",
             "evidence": "Germany is due to commit troops on 30 April."},
        ],
    })
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.problems == []
    return corpus


def test_a_planned_stance_never_changes_a_position_even_after_its_date(announced):
    assert _as_of(announced, dt.date(2025, 5, 1)) == {"DEU": "hesitant"}
    assert _as_of(announced, None) == {"DEU": "hesitant"}, "Poland, only planned, has no position"
    assert list(announced.positions["country"]) == ["DEU"]
    assert not announced.positions["disputed"].any(), "a plan is no rival source"


def test_a_planned_stance_is_no_change_in_history(announced):
    assert list(history.country_history(announced.stances, announced.articles, "DEU")["position"]) == ["Hesitant"]
    assert history.what_changed(announced.stances, announced.articles, dt.date(2025, 4, 10),
                                dt.date(2025, 5, 30)).empty
