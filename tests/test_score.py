"""The score's arithmetic on a tiny curated article and a draft written by
hand, so that every count below is known without running the drafter."""

import datetime as dt

import pytest

from tracker import load_corpus
from tracker.__main__ import main
from tracker.draft import Draft
from tracker.score import score_article, score_corpus, table, totals

PUBLISHED = dt.date(2025, 3, 17)  # a Monday
FRIDAY = "Poland has committed to sending troops, Warsaw said on Friday."
NEXT_WEEK = "Defence chiefs will meet in London next week."
LAST_MONTH = "Spain remains hesitant, officials said last month."
READY = "“We are ready,” said John Healey."
BOTH = "Britain and France said they would “lead the force”."


@pytest.fixture
def curated(corpus_folder):
    corpus_folder.article("a.txt", PUBLISHED, [FRIDAY, NEXT_WEEK, LAST_MONTH, READY, BOTH])
    corpus_folder.facts_file("a.yaml", {
        "article": {"id": "a", "file": "a.txt", "title": "Headline of a.txt", "outlet": "Test corpus (invented)",
                    "published": PUBLISHED.isoformat(), "countries": ["ESP", "FRA", "GBR", "POL", "UKR"]},
        "stances": [{"country": "POL", "stance": "committed", "evidence": FRIDAY},
                    {"country": "ESP", "stance": "hesitant", "evidence": LAST_MONTH}],
        "events": [{"date": "on Friday", "description": "Warsaw commits", "countries": ["POL"], "evidence": FRIDAY},
                   {"date": "next week", "status": "planned", "description": "Chiefs meet", "countries": ["GBR"],
                    "evidence": NEXT_WEEK},
                   {"date": "last month", "description": "Spain hesitates", "countries": ["ESP"],
                    "evidence": LAST_MONTH}],
        "quotes": [{"speaker": "John Healey", "text": "We are ready", "kind": "direct", "evidence": READY},
                   {"speaker": "Poland", "country": "POL", "text": "Poland has committed to sending troops",
                    "kind": "reported", "evidence": FRIDAY},
                   {"speaker": "United Kingdom", "country": "GBR", "text": "lead the force", "kind": "direct",
                    "evidence": BOTH},
                   {"speaker": "France", "country": "FRA", "text": "lead the force", "kind": "direct",
                    "evidence": BOTH}],
    })
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.problems == []
    return corpus


def _drafted() -> Draft:
    return Draft(
        article={"id": "a", "countries": ["DEU", "GBR", "POL"]},
        stances=[{"country": "POL", "stance": "committed", "evidence": FRIDAY},
                 {"country": "ESP", "stance": "ruled_out", "evidence": LAST_MONTH},
                 {"country": "FRA", "stance": "hesitant", "evidence": BOTH}],
        events=[
            # right
            {"date": "on Friday", "description": "d", "countries": [], "evidence": FRIDAY},
            # after publication but not planned: the loader refuses it with a message
            {"date": "next week", "description": "d", "countries": [], "evidence": NEXT_WEEK},
            # planned, and resolves to April: silently wrong
            {"date": "next month", "status": "planned", "description": "d", "countries": [],
             "evidence": LAST_MONTH},
        ],
        quotes=[{"speaker": "Healey", "text": "We are ready", "kind": "direct", "evidence": READY},
                {"speaker": "United Kingdom", "text": "lead the force", "kind": "direct", "evidence": BOTH},
                {"speaker": "Poland", "text": "it has committed", "kind": "reported", "evidence": FRIDAY},
                {"speaker": "Spain", "text": "it remains hesitant", "kind": "reported", "evidence": LAST_MONTH}],
    )


def _by_metric(corpus, drafted):
    text = corpus.articles["text"].iloc[0]
    return {score.metric: score for score in score_article(corpus, "a", text, PUBLISHED, drafted)}


def test_each_metric_counts_what_the_curation_and_the_draft_share(curated):
    scores = _by_metric(curated, _drafted())
    counts = {metric: (s.curated, s.drafted, s.found, s.correct) for metric, s in scores.items()}
    # Curated ESP FRA GBR POL UKR (the article's list); drafted DEU GBR POL from
    # the article, ESP FRA from stances.
    assert counts["countries"] == (5, 5, 4, 4)
    assert counts["positions (country, stance)"] == (2, 3, 1, 1)
    # "Healey" is not the speaker "John Healey"; France's share of the words is missing.
    assert counts["direct quotes with the right speaker"] == (3, 2, 1, 1)
    assert counts["reported statements"] == (1, 2, 1, 1)
    assert scores["countries"].precision == pytest.approx(0.8)
    assert scores["positions (country, stance)"].precision == pytest.approx(1 / 3)
    assert scores["direct quotes with the right speaker"].recall == pytest.approx(1 / 3)


def test_a_silently_wrong_date_is_counted_apart_from_a_refused_one(curated):
    scores = _by_metric(curated, _drafted())
    assert {outcome: scores[f"dates {outcome}"].found for outcome in
            ("right", "refused with a message", "not proposed", "silently wrong")} == {
        "right": 1, "refused with a message": 1, "not proposed": 0, "silently wrong": 1}
    assert scores["dates silently wrong"].curated == 3


def test_a_date_with_no_drafted_fact_on_its_passage_is_not_proposed(curated):
    drafted = _drafted()
    drafted.events = drafted.events[:1]
    scores = _by_metric(curated, drafted)
    assert scores["dates not proposed"].found == 2 and scores["dates right"].found == 1
    assert scores["dates silently wrong"].found == 0


def test_the_table_sums_articles_and_shows_each_date_outcome(curated, corpus_folder):
    scores = score_corpus(curated)
    summed = totals(scores)
    assert summed.loc["countries", "curated"] == 5
    shown = table(scores, "dev: 1 article")
    assert shown.splitlines()[0] == "dev: 1 article"
    for metric in ("countries", "positions (country, stance)", "direct quotes with the right speaker",
                   "reported statements", "dates right", "dates refused with a message", "dates silently wrong"):
        assert any(line.startswith(metric) for line in shown.splitlines())


def test_score_command_prints_one_table_per_split(corpus_folder, curated, capsys):
    args = ["--facts", str(corpus_folder.facts), "--seeds", str(corpus_folder.seeds), "draft", "--score",
            "--split", "seed"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("seed: 1 article\n")
    assert "dates silently wrong" in out and "direct quotes with the right speaker" in out


def test_of_two_drafted_dates_on_one_passage_the_one_written_alike_is_compared(curated):
    drafted = _drafted()
    # "last week" first: compared with the curated "on Friday", it would be silently wrong.
    drafted.events.insert(0, {"date": "last week", "description": "d", "countries": [], "evidence": FRIDAY})
    scores = _by_metric(curated, drafted)
    assert scores["dates right"].found == 1 and scores["dates silently wrong"].found == 1


def test_a_drafted_date_is_read_in_the_sentence_around_its_evidence_as_the_loader_reads_it(curated):
    drafted = _drafted()
    # The evidence lacks the phrase and any verb; its sentence ("…, Warsaw
    # said on Friday.") says Friday is the one before publication, 14 March.
    drafted.events[0] = {"date": "on Friday", "description": "d", "countries": [], "evidence": "sending troops"}
    scores = _by_metric(curated, drafted)
    assert scores["dates right"].found == 1 and scores["dates refused with a message"].found == 1
