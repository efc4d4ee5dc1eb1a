"""The facts format: what data/README.md promises a facts file may say."""

import datetime as dt

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
    assert problem.message == "'2025-06-01' resolves to 2025-06-01, after the article's publication on 2025-05-10: " \
                              "check the date"


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
