import datetime as dt

import pytest

from tracker import filters, load_corpus
from tracker.filters import Filters


@pytest.fixture(scope="module")
def seed():
    return load_corpus()


@pytest.fixture(scope="module")
def offered(seed):
    return filters.choices(seed)


def test_choices_come_from_the_data(offered):
    assert {"GBR", "FRA", "USA", "RUS", "ITA"} <= set(offered.countries)
    assert offered.first_date == dt.date(2025, 3, 1) and offered.last_date == dt.date(2025, 4, 19)


def test_query_string_round_trips(offered):
    chosen = Filters(stances=("committed", "hesitant"), countries=("FRA", "GBR"),
                     articles=offered.articles, date_from=dt.date(2025, 4, 1), date_to=dt.date(2025, 4, 18))
    query = chosen.to_query()
    assert query["position"] == "committed,hesitant" and query["from"] == "2025-04-01"
    again, dropped = filters.from_query(query, offered)
    assert again == chosen and dropped == []


def test_unknown_values_in_a_link_are_dropped_and_reported(offered):
    read, dropped = filters.from_query({"position": "committed,maybe", "country": ["XYZ"], "to": "soon"}, offered)
    assert read == Filters(stances=("committed",))
    assert dropped == ["position=maybe", "country=XYZ", "to=soon"]


def test_no_filters_means_an_empty_query():
    assert Filters().to_query() == {}


def test_position_filter_narrows_map_and_quotes(seed):
    view = filters.apply(seed, Filters(stances=("ruled_out",)))
    assert set(view.positions["country"]) == {"ITA", "USA"}
    assert set(view.quotes["speaker"]) == {"Giorgia Meloni"}


def test_country_filter_applies_to_every_table(seed):
    view = filters.apply(seed, Filters(countries=("RUS",)))
    assert list(view.positions["country"]) == ["RUS"]
    assert set(view.quotes["speaker"]) == {"Dmitry Medvedev", "Russian government"}
    assert all("RUS" in codes for codes in view.events["countries"])
    assert len(view.events) == 3


def test_date_range_keeps_facts_that_overlap_it(seed):
    march = filters.apply(seed, Filters(date_to=dt.date(2025, 3, 31)))
    # Month-long March events and "some time before publication" facts overlap March;
    # Kallas's Friday remarks of 18 April do not.
    assert "Kaja Kallas" not in set(march.quotes["speaker"])
    assert {"Keir Starmer", "Dmitry Medvedev"} <= set(march.quotes["speaker"])
    april = filters.apply(seed, Filters(date_from=dt.date(2025, 4, 18)))
    assert "Keir Starmer" not in set(april.quotes["speaker"])
    assert "Kaja Kallas" in set(april.quotes["speaker"])


def test_article_filter(seed, corpus_folder):
    corpus_folder.simple("other", country="POL")
    both = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert list(filters.apply(both, Filters(articles=("other",))).articles["article_id"]) == ["other"]
    assert filters.apply(seed, Filters(articles=("nothing",))).stances.empty


def test_no_filters_is_the_whole_corpus(seed):
    view = filters.apply(seed, Filters())
    assert view.positions.equals(seed.positions) and len(view.quotes) == len(seed.quotes)


def test_the_sidebar_offers_the_latest_articles_in_the_dates_and_keeps_chosen_ones(corpus_folder):
    for day in range(1, 9):
        corpus_folder.simple(f"day{day}", published=dt.date(2025, 5, day))
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert filters.article_options(corpus, None, None, (), limit=3) == ("day8", "day7", "day6")
    assert filters.article_options(corpus, None, dt.date(2025, 5, 4), (), limit=3) == ("day4", "day3", "day2")
    assert filters.article_options(corpus, None, None, ("day1",), limit=2) == ("day8", "day7", "day1")
