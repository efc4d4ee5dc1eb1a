"""The facts format: what data/README.md promises a facts file may say."""

import datetime as dt

import pandas as pd
import pytest

from tracker import load_corpus

def test_an_unquoted_date_means_what_the_quoted_one_means_in_every_date_field(corpus_folder):
    data = corpus_folder.simple("plain")
    # yaml.safe_dump writes a date object unquoted, as an analyst may.
    data["stances"][0]["date"] = dt.date(2025, 4, 9)
    data["events"][0]["date"] = dt.date(2025, 4, 8)
    data["quotes"][0]["date"] = dt.date(2025, 4, 7)
    data["article"]["published"] = dt.date(2025, 5, 10)
    written = corpus_folder.facts_file("plain.yaml", data).read_text(encoding="utf-8")
    assert "  date: 2025-04-09\n" in written and "published: 2025-05-10\n" in written, "unquoted in the file"
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.problems == []
    for table, day in ((corpus.stances, "2025-04-09"), (corpus.events, "2025-04-08"), (corpus.quotes, "2025-04-07")):
        [row] = table.to_dict("records")
        assert (row["date_text"], row["precision"]) == (day, "day")
        assert row["date_start"] == row["date_end"] == dt.datetime.fromisoformat(day)


def test_an_unquoted_date_after_publication_is_refused_like_a_quoted_one(corpus_folder):
    data = corpus_folder.simple("late")
    data["events"][0]["date"] = dt.date(2025, 6, 1)
    corpus_folder.facts_file("late.yaml", data)
    [problem] = load_corpus(corpus_folder.facts, corpus_folder.seeds).problems
    assert problem.field == "events[0].date"
    assert problem.message == ("'2025-06-01' resolves to 2025-06-01, after the article's publication on 2025-05-10: "
                               "if the article announces it (scheduled, expected), add `status: planned`; "
                               "otherwise check the date")


def facts_with_stances(count: int) -> str:
    lines = ["article: {id: big, file: big.txt, title: Big, outlet: Wire, published: 2025-05-10}", "stances:"]
    lines += [f"  - {{stance: hesitant, evidence: 'Country {n} is hesitant about sending troops.'}}"
              for n in range(count)]
    return "\n".join(lines) + "\n"


def test_a_file_over_the_limit_of_facts_is_one_problem_not_thousands(corpus_folder):
    corpus_folder.simple("good")
    # Not one of these passages is in the article: without the limit, each
    # would be its own problem.
    corpus_folder.article("big.txt", dt.date(2025, 5, 10), ["Nothing about troops here."])
    corpus_folder.facts_file("big.yaml", facts_with_stances(2_001))
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    [problem] = corpus.problems
    assert problem.file.endswith("facts/big.yaml")
    assert (problem.line, problem.field) == (2, "stances")
    assert problem.message == "2,001 stances, over the limit of 2,000 for one file: keep those the article states " \
                              "most directly"
    assert list(corpus.articles["article_id"]) == ["good"], "the good file still loads"


def test_a_file_at_the_limit_of_facts_loads(corpus_folder):
    sentences = [f"Country {n} is hesitant about sending troops." for n in range(2_000)]
    corpus_folder.article("big.txt", dt.date(2025, 5, 10), sentences)
    corpus_folder.facts_file("big.yaml", facts_with_stances(2_000))
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.problems == []
    assert len(corpus.stances) == 2_000


def _load(corpus_folder, change):
    data = corpus_folder.simple("facts")
    change(data)
    corpus_folder.facts_file("facts.yaml", data)
    return load_corpus(corpus_folder.facts, corpus_folder.seeds)


def test_status_planned_direction_and_article_countries_are_accepted_and_loaded(corpus_folder):
    def change(data):
        data["article"]["countries"] = ["DEU", "FRA"]
        data["stances"][0].update(status="planned", date="2025-05-20")
        data["events"][0]["direction"] = "past"
        data["quotes"][0].update(status="planned", direction="future", date="2025-06-02")

    corpus = _load(corpus_folder, change)
    assert corpus.problems == []
    assert corpus.articles.iloc[0]["countries"] == ["DEU", "FRA"]
    assert corpus.stances.iloc[0]["status"] == "planned"
    assert corpus.events.iloc[0]["status"] == "happened", "no status: happened"
    assert corpus.quotes.iloc[0]["status"] == "planned"
    assert corpus.quotes.iloc[0]["date_end"] == pd.Timestamp("2025-06-02")


def test_an_article_without_countries_has_an_empty_list(corpus_folder):
    corpus = _load(corpus_folder, lambda data: None)
    assert corpus.articles.iloc[0]["countries"] == []


WRONG_VALUES = {
    # case: (section, field, value, field reported, message)
    "status reported": ("events", "status", "reported", "events[0].status",
                        "'reported' is not a status: write `status: planned` for a fact the article announces "
                        "(scheduled, expected, due), or delete the `status` line for one it reports as done"),
    "status capitalised": ("stances", "status", "Planned", "stances[0].status",
                           "'Planned' is not a status: write `status: planned` for a fact the article announces "
                           "(scheduled, expected, due), or delete the `status` line for one it reports as done"),
    "direction unknown": ("quotes", "direction", "forward", "quotes[0].direction",
                          "'forward' is not a direction: write `direction: past` if the date lies before the "
                          "article's publication, `direction: future` if after"),
    "country typo": ("article", "countries", ["DEU", "fra"], "article.countries[1]",
                     "unknown country code 'fra': write an ISO 3166-1 alpha-3 code in capitals, e.g. FRA for France"),
}


@pytest.mark.parametrize("case", WRONG_VALUES, ids=list(WRONG_VALUES))
def test_a_wrong_status_direction_or_country_is_a_problem_saying_what_to_write(corpus_folder, case):
    section, field, value, where, message = WRONG_VALUES[case]

    def change(data):
        target = data[section] if section == "article" else data[section][0]
        target[field] = value

    corpus = _load(corpus_folder, change)
    assert [(p.field, p.message) for p in corpus.problems] == [(where, message)]
    assert corpus.articles.empty


def test_a_date_after_publication_with_status_planned_is_loaded_as_planned(corpus_folder):
    def change(data):
        data["events"][0].update(date="2025-05-20", status="planned")

    corpus = _load(corpus_folder, change)
    assert corpus.problems == []
    [event] = corpus.events.to_dict("records")
    assert (event["status"], event["date_start"], event["precision"]) == (
        "planned", pd.Timestamp("2025-05-20"), "day")


def test_a_planned_fact_dated_before_publication_is_a_problem(corpus_folder):
    def change(data):
        data["events"][0].update(date="2025-05-01", status="planned")

    [problem] = _load(corpus_folder, change).problems
    assert problem.field == "events[0].date"
    assert problem.message == ("'2025-05-01' resolves to 2025-05-01, before the article's publication on "
                               "2025-05-10, and a planned fact lies ahead: if it happened, delete the `status` "
                               "line; otherwise check the date")



def test_a_planned_fact_whose_words_point_back_is_told_about_its_status_not_a_direction(corpus_folder):
    # "last month" can only look back; the file says `status: planned` and no direction.
    def change(data):
        data["events"][0].update(status="planned")

    [problem] = _load(corpus_folder, change).problems
    assert problem.field == "events[0].date"
    assert problem.message == ("'last month' resolves to 2025-04-01 .. 2025-04-30, before the article's "
                               "publication on 2025-05-10, and a planned fact lies ahead: if it happened, delete "
                               "the `status` line; otherwise check the date")

def test_a_direction_on_a_fact_without_a_date_is_a_problem(corpus_folder):
    [problem] = _load(corpus_folder, lambda data: data["stances"][0].update(direction="future")).problems
    assert problem.field == "stances[0].direction"
    assert "this fact has no date: delete the `direction` line, or add the date" in problem.message


HOSTILE = {
    "a published date past the calendar's end": (
        lambda data: data["article"].update(published="9999-12-31"), "article.published",
        "9999-12-31 is not a publication date this tracker reads (years 1900–2100): copy the date from the "
        "article's header"),
    "a date nested a thousand times": (
        lambda data: data["events"][0].update(date="before " * 1000 + "2025"), "events[0].date",
        "a date of 7,004 characters is no date an article writes"),
    "a list of countries longer than there are countries": (
        lambda data: data["article"].update(countries=["FRA"] * 301), "article.countries",
        "more than 300 countries, more than there are: list each country the article refers to once"),
    "countries not as a list": (
        lambda data: data["article"].update(countries="FRA"), "article.countries",
        "expected a list here, e.g. `[FRA, DEU]`"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_values_are_problems_at_their_field_and_other_files_still_load(corpus_folder, case):
    change, field, message = HOSTILE[case]
    corpus_folder.simple("fine")
    data = corpus_folder.simple("hostile")
    change(data)
    corpus_folder.facts_file("hostile.yaml", data)
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert list(corpus.articles["article_id"]) == ["fine"], "the other file still loads"
    assert [p.field for p in corpus.problems] == [field]
    assert corpus.problems[0].message.startswith(message)


def test_a_wrong_country_code_still_gets_a_suggestion_from_the_names_articles_use():
    from tracker.countries import check_code

    for written, suggestion in (("France", "FRA for France"), ("fra", "FRA for France"), ("Dutch", "NLD for "),
                                ("Ankara", "TUR for ")):
        with pytest.raises(ValueError) as refused:
            check_code(written)
        assert f"e.g. {suggestion}" in str(refused.value)
