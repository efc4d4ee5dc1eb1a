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


def test_a_link_from_before_the_first_date_or_to_after_today_narrows_nothing(offered):
    read, dropped = filters.from_query({"from": "2020-01-01", "to": "2099-12-31"}, offered, dt.date(2026, 1, 1))
    assert read == Filters() and dropped == []


def test_a_link_to_before_the_first_date_or_from_after_today_is_dropped_and_said_so(offered):
    read, dropped = filters.from_query({"from": "2099-12-31", "to": "2020-01-01"}, offered, dt.date(2026, 1, 1))
    assert read == Filters()
    assert dropped == ["from=2099-12-31 (after 2026-01-01)", "to=2020-01-01 (before 2025-03-01)"]


def test_a_link_may_reach_past_the_data_up_to_today(offered):
    read, _ = filters.from_query({"from": "2025-05-01"}, offered, dt.date(2026, 1, 1))
    assert read == Filters(date_from=dt.date(2025, 5, 1))
    assert filters.picked_dates(read, offered, dt.date(2026, 1, 1)) == (dt.date(2025, 5, 1), dt.date(2025, 5, 1))


def test_a_link_with_from_after_to_gets_them_in_order(offered):
    read, dropped = filters.from_query({"from": "2025-04-10", "to": "2025-03-10"}, offered, dt.date(2026, 1, 1))
    assert (read.date_from, read.date_to) == (dt.date(2025, 3, 10), dt.date(2025, 4, 10)) and dropped == []


def test_a_repeated_date_in_a_link_keeps_the_last_and_lists_the_others(offered):
    read, dropped = filters.from_query({"to": ["2025-04-01", "2025-04-18"]}, offered, dt.date(2026, 1, 1))
    assert read == Filters(date_to=dt.date(2025, 4, 18))
    assert dropped == ["to=2025-04-01 (repeated)"]


def test_a_half_open_link_fills_the_date_input_with_the_datas_ends(offered):
    today = dt.date(2026, 1, 1)
    assert filters.picked_dates(Filters(date_to=dt.date(2025, 4, 18)), offered, today) == (
        dt.date(2025, 3, 1), dt.date(2025, 4, 18))
    assert filters.picked_dates(Filters(), offered, today) == (dt.date(2025, 3, 1), dt.date(2025, 4, 19))


def test_dates_outside_the_date_input_are_moved_inside_it_in_order():
    bounds = (dt.date(2025, 3, 1), dt.date(2026, 1, 1))
    assert filters.clamp_dates((dt.date(2024, 1, 1), dt.date(2030, 1, 1)), bounds) == bounds
    assert filters.clamp_dates((dt.date(2025, 5, 2), dt.date(2025, 5, 1)), bounds) == (
        dt.date(2025, 5, 1), dt.date(2025, 5, 2))
    assert filters.clamp_dates((dt.date(2020, 1, 1),), bounds) == (dt.date(2025, 3, 1),)
    assert filters.clamp_dates((), bounds) == ()


def test_the_date_input_allows_the_datas_first_date_to_today_or_today_alone_without_data(offered):
    assert filters.date_bounds(offered, dt.date(2026, 1, 1)) == (dt.date(2025, 3, 1), dt.date(2026, 1, 1))
    nothing = filters.FilterChoices((), (), (), None, None)
    assert filters.date_bounds(nothing, dt.date(2026, 1, 1)) == (dt.date(2026, 1, 1), dt.date(2026, 1, 1))


def test_a_long_ignored_value_is_listed_shortened(offered):
    _, dropped = filters.from_query({"country": "A" * 60_000}, offered)
    assert dropped == ["country=" + "A" * 39 + "…"]


def test_many_ignored_values_are_listed_up_to_ten_then_counted(offered):
    _, dropped = filters.from_query({"country": ",".join(f"X{n:02d}" for n in range(25))}, offered)
    assert dropped == [f"country=X{n:02d}" for n in range(10)] + ["and 15 more"]


def test_the_sidebar_offers_no_articles_when_none_is_published_in_the_dates(seed):
    assert filters.article_options(seed, dt.date(2025, 3, 5), dt.date(2025, 3, 20), ()) == ()
    assert filters.article_options(seed, None, dt.date(2025, 4, 18), ("chosen",)) == ("chosen",)


def test_invisible_characters_in_an_ignored_value_are_shown_as_escapes(offered):
    _, dropped = filters.from_query({"country": "F\u202eRA,X\u200bY\nZ"}, offered)
    assert dropped == ["country=F\\u202eRA", "country=X\\u200bY\\nZ"]
