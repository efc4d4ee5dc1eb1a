import datetime as dt

import pytest
import yaml

from tracker import load_corpus
from tracker.__main__ import main
from tracker.articles import read_article
from tracker import draft as drafter
from tracker.draft import draft
from tracker.paths import SEEDS
from tracker.score import score_corpus


@pytest.fixture(scope="module")
def seed_scores():
    scores = score_corpus(load_corpus(), SEEDS)
    return {row.metric: row for row in scores.itertuples()}


def test_on_the_seed_every_direct_quote_and_named_country_is_found(seed_scores):
    assert seed_scores["direct quotes"].recall == 1.0
    assert seed_scores["countries"].recall == 1.0
    assert seed_scores["direct quotes attributed to the right speaker"].recall == 1.0


@pytest.mark.parametrize("metric, floor", [("speakers", 0.85), ("reported statements", 0.85),
                                           ("resolved dates", 1.0), ("countries", 0.85)])
def test_seed_recall_and_precision_floors(seed_scores, metric, floor):
    assert seed_scores[metric].recall >= floor
    assert seed_scores[metric].precision >= 0.8


def _draft(corpus_folder, sentences, published=dt.date(2025, 6, 10)):
    corpus_folder.article("new.txt", published, sentences)
    path = corpus_folder.seeds / "new.txt"
    return draft(path, read_article(path))


def _countries(drafted):
    found = {fact["country"] for fact in drafted.stances + drafted.quotes if fact.get("country")}
    return found | {code for event in drafted.events for code in event["countries"]}


def test_demonyms_capitals_and_groups_become_countries(corpus_folder):
    drafted = _draft(corpus_folder, [
        "Polish Foreign Minister Anna Kowalska said on Monday that Warsaw has committed to sending troops.",
        "The Nordic countries remain hesitant, while Moscow warned against any deployment.",
        "Spanish officials said the Baltic states had already committed.",
    ])
    assert {"POL", "RUS", "ESP", "EST", "LVA", "LTU", "DNK", "FIN", "ISL", "NOR", "SWE"} <= _countries(drafted)
    stances = {(fact["country"], fact["stance"]) for fact in drafted.stances}
    assert ("POL", "committed") in stances and ("NOR", "hesitant") in stances
    assert all("review" in fact for fact in drafted.stances + drafted.events + drafted.quotes)


def test_quotes_get_speaker_role_and_affiliation(corpus_folder):
    drafted = _draft(corpus_folder, [
        "German Defence Minister Boris Pistorius said the plan was “not yet ripe”.",
        "He added that Berlin would decide “in good time,” according to officials.",
    ])
    direct = [q for q in drafted.quotes if q["kind"] == "direct"]
    assert [(q["speaker"], q["text"]) for q in direct] == [("Boris Pistorius", "not yet ripe"),
                                                          ("Boris Pistorius", "in good time")]
    assert direct[0]["role"] == "Defence Minister" and direct[0]["affiliation"] == "German government"
    assert direct[0]["country"] == "DEU"
    reported = [q for q in drafted.quotes if q["kind"] == "reported"]
    assert reported and all(q["speaker"] == "Boris Pistorius" for q in reported)


def test_nested_unbalanced_and_so_called_quotation_marks(corpus_folder):
    drafted = _draft(corpus_folder, [
        "French President Marie Dupont said: “We heard ‘maybe’ too often, and that is over.”",
        "Dutch Minister Jan Vries said the so-called “peace dividend” was gone.",
        "Jan Vries warned that “nothing is settled and left it there.",
        'Jan Vries said "straight quotes work too" in the end.',
    ])
    direct = [q["text"] for q in drafted.quotes if q["kind"] == "direct"]
    assert direct == ["We heard ‘maybe’ too often, and that is over", "straight quotes work too"]


def test_relative_dates_resolve_against_publication(corpus_folder):
    drafted = _draft(corpus_folder, [
        "Ministers met in Rome last month to discuss the mission.",
        "On Friday, Italian Prime Minister Lucia Verdi said Rome was ready to lead.",
    ], published=dt.date(2025, 6, 10))
    dates = {event["date"] for event in drafted.events}
    assert dates == {"last month", "On Friday"}


def test_a_reviewed_draft_loads_and_an_unreviewed_one_is_refused(corpus_folder):
    drafted = _draft(corpus_folder, [
        "Polish Prime Minister Adam Nowak said on Monday that Poland has committed to sending troops.",
    ])
    corpus_folder.facts_file("new.yaml", drafted.as_yaml())
    refused = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert refused.articles.empty
    assert refused.problems and all(p.field.endswith(".review") for p in refused.problems)
    data = yaml.safe_load(drafted.as_yaml())
    for section in ("stances", "events", "quotes"):
        for fact in data[section]:
            fact.pop("review")
    corpus_folder.facts_file("new.yaml", data)
    accepted = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert accepted.problems == [] and list(accepted.positions["country"]) == ["POL"]


def _invented_words(article: int, count: int = 40) -> list[str]:
    # Words no dictionary or pattern holds, distinct from article to article.
    letters = "bcdfghjklmnpqrstvwxz"
    return [f"zo{letters[article % 20]}{letters[article // 20 % 20]}{letters[n % 20]}{letters[n // 20]}ian"
            for n in range(count)]


def test_no_draft_keeps_the_words_of_the_articles_drafted_before_it(corpus_folder, monkeypatch):
    # Every word a pipeline keeps is memory a long-running server never gets
    # back: anyone uploading articles of new words would grow it without end.
    used = []
    build = drafter.pipeline

    def recorded():
        nlp = build()
        used.append(nlp)
        return nlp

    monkeypatch.setattr(drafter, "pipeline", recorded)
    articles = [_invented_words(article) for article in range(12)]
    for words in articles:
        drafted = _draft(corpus_folder, ["Polish Minister Adam Nowak said Poland has committed to sending troops, "
                                         f"whatever the {' and '.join(words)} plans say."])
        assert ("POL", "committed") in {(fact["country"], fact["stance"]) for fact in drafted.stances}
    assert used, "the drafter builds its pipeline through tracker.draft.pipeline"
    for nlp in used:
        holding = [index for index, words in enumerate(articles) if any(word in nlp.vocab.strings for word in words)]
        assert len(holding) <= 1, f"one pipeline holds the words of articles {holding}"


def test_draft_command_writes_and_will_not_overwrite(corpus_folder, capsys):
    corpus_folder.article("new.txt", dt.date(2025, 6, 10), ["Polish Minister Adam Nowak said it was settled."])
    article = corpus_folder.seeds / "new.txt"
    args = ["--facts", str(corpus_folder.facts), "--seeds", str(corpus_folder.seeds), "draft", str(article)]
    assert main(args) == 0
    assert (corpus_folder.facts / "new.yaml").read_text().startswith("# DRAFT")
    assert main(args) == 2
    assert "exists" in capsys.readouterr().err


def test_score_command_prints_every_metric(capsys):
    assert main(["draft", "--score"]) == 0
    out = capsys.readouterr().out
    for metric in ("countries", "speakers", "direct quotes", "reported statements", "resolved dates"):
        assert metric in out
