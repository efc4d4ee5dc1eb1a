import datetime as dt

from tracker import Problem, load_corpus
from tracker.evidence import NormalizedText, normalize

TEXT = "He said: “we are ready” – and left.\n\nThen  the ‘minister’ spoke."


def test_curly_quotes_dashes_and_whitespace_are_equivalent():
    located = NormalizedText(TEXT)
    [(start, end)] = located.find_all('said: "we are ready" - and left. Then the')
    assert TEXT[start:end] == "said: “we are ready” – and left.\n\nThen  the"


def test_offsets_are_into_the_original_text():
    located = NormalizedText(TEXT)
    [(start, end)] = located.find_all("'minister' spoke.")
    assert TEXT[start:end] == "‘minister’ spoke."
    assert normalize(TEXT[start:end]) == normalize("'minister' spoke.")


def test_every_occurrence_is_found_and_absent_passages_are_not():
    located = NormalizedText("France is ready. France is ready.")
    assert located.find_all("France is ready.") == [(0, 16), (17, 33)]
    assert located.find_all("Germany is ready.") == []
    assert located.find_all("   ") == []


def test_matching_is_exact_otherwise():
    located = NormalizedText(TEXT)
    assert located.find_all("we are READY") == []
    assert located.find_all("we are ready.") == []


def test_a_passage_inside_a_longer_word_is_not_found():
    located = NormalizedText("Italy is uncommitted to sending troops.")
    assert located.find_all("committed to sending troops") == []


def test_a_passage_on_word_boundaries_is_found_with_or_without_its_punctuation():
    located = NormalizedText("France has committed to sending troops.")
    assert located.find_all("committed to sending troops") == [(11, 38)]
    assert located.find_all("committed to sending troops.") == [(11, 39)]
    assert located.find_all("France has committed") == [(0, 20)]


def test_a_hyphenated_word_is_one_word_but_a_dash_between_words_is_a_boundary():
    hyphenated = NormalizedText("Spain is non-committed to sending troops-wise.")
    assert hyphenated.find_all("committed to sending troops") == []
    assert NormalizedText("Spain—committed to sending troops.").find_all("committed to sending troops") == [(6, 33)]
    assert NormalizedText("Spain – committed to sending troops").find_all("committed to sending troops") == [(8, 35)]


def test_a_passage_ending_inside_a_word_is_not_found():
    located = NormalizedText("Norway is sending troopships, not 312 soldiers.")
    assert located.find_all("sending troops") == []
    assert located.find_all("sending troop") == []
    assert located.find_all("12 soldiers") == []
    assert located.find_all("312 soldiers") == [(34, 46)]


def test_a_passage_starting_or_ending_with_punctuation_needs_no_space_there():
    located = NormalizedText('He said:"we are ready",then left.')
    assert located.find_all(':"we are ready",') == [(7, 23)]
    assert located.find_all('"we are ready"') == [(8, 22)]
    assert located.find_all('said:"we') == [(3, 11)]


def test_an_article_with_many_facts_matches_on_word_boundaries_too():
    # Past the first few dozen passages an article's words are indexed, and
    # a first word as common as "to" is scanned for: each way, the same rule.
    text = "France has committed to sending troops. " + " ".join(
        f"Unit{number} is uncommitted to sending troops." for number in range(100))
    located = NormalizedText(text)
    for number in range(100):
        assert len(located.find_all(f"Unit{number} is uncommitted")) == 1
    assert located.find_all("committed to sending troops") == [(11, 38)]
    assert located.find_all("France has committed to sending troop") == []
    assert located.find_all("is uncommitted to sending troop") == []
    assert len(located.find_all("to sending troops.")) == 101
    assert located.find_all("Unit7 is uncommitted") == [(40 + 7 * 40, 40 + 7 * 40 + 20)]  # each sentence 39 characters and a space


def test_offsets_stay_exact_deep_into_a_long_article():
    text = "a  b\n" * 1000 + "the \u00a0end\tnow"
    located = NormalizedText(text)
    assert located.find_all("the end") == [(5000, 5008)]
    assert located.find_all("b the end now") == [(4998, 5012)]


def test_a_fact_resting_on_part_of_a_word_is_refused_and_the_other_file_still_loads(corpus_folder):
    corpus_folder.simple("alpha")
    corpus_folder.article("beta.txt", dt.date(2025, 5, 10), ["Italy is uncommitted to sending troops."])
    corpus_folder.facts_file("beta.yaml", (
        "article:\n"
        "  id: beta\n"
        "  file: beta.txt\n"
        "  title: Headline of beta\n"
        "  outlet: Test Wire\n"
        "  published: '2025-05-10'\n"
        "stances:\n"
        "  - country: ITA\n"
        "    stance: committed\n"
        "    evidence: committed to sending troops\n"))
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert list(corpus.articles["article_id"]) == ["alpha"]
    assert corpus.problems == [Problem(
        f"{corpus_folder.facts.as_posix()}/beta.yaml", 10, "stances[0].evidence",
        "passage not found in the article: copy it exactly from beta.txt (quotes, dashes and spacing may differ)")]
    assert "ITA" not in set(corpus.positions["country"])


def test_with_most_only_the_first_places_are_returned():
    located = NormalizedText("France is ready. France is ready. France is ready.")
    assert located.find_all("France is ready.", most=2) == [(0, 16), (17, 33)]
    assert len(located.find_all("France is ready.")) == 3


def test_a_facts_file_built_to_match_everywhere_is_one_problem_not_minutes_of_work(corpus_folder):
    corpus_folder.simple("good")
    # Each passage is everywhere inside the one long word, never on its
    # boundaries: every place must be checked, and none is evidence.
    corpus_folder.article("ab.txt", dt.date(2025, 5, 10), ["ab" * 80_000])
    corpus_folder.facts_file("ab.yaml", {
        "article": {"id": "ab", "file": "ab.txt", "title": "Ab", "outlet": "Wire", "published": "2025-05-10"},
        "stances": [{"country": "FRA", "stance": "committed", "evidence": "ab" * (n % 50 + 1)} for n in range(2000)]})
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert [(p.field, p.message) for p in corpus.problems if "match the article" in p.message] == [(
        "stances[2].evidence", "the evidence passages match the article in over 200,000 places, more than are "
        "checked: quote longer, more distinctive passages")]
    assert list(corpus.articles["article_id"]) == ["good"]


def test_a_draft_built_to_match_everywhere_is_highlighted_only_as_far_as_it_is_checked():
    from tracker import shaping

    facts = {"stances": [{"country": "FRA", "stance": "committed", "evidence": "ab" * (n % 50 + 1)}
                         for n in range(2000)]}
    spans = shaping.proposed_spans("ab" * 80_000, facts)
    assert spans.empty and spans.attrs["left_out"] == 1998, "two looked for, the third used up the checks"
