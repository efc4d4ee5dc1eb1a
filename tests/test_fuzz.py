"""Property-based tests: generated facts files and articles, valid and
mutated. The loader either loads or reports problems, never raises; offsets
always slice the article to the evidence; loading does not depend on order."""

from __future__ import annotations

import datetime as dt

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.evidence import normalize
from tracker.loader import load_sources, upload_source
from tracker.schema import STANCES

WORDS = st.sampled_from(["France", "troops", "said", "“ready”", "‘maybe’", "–", "—", "-", "Kyiv", "NATO",
                         "<script>alert(1)</script>", "[x](javascript:alert(1))", ":red[", "$x$", "é", "\u00a0",
                         "the", "and", "on Friday", "last month", "  ", "\t"])
SENTENCES = st.lists(WORDS, min_size=3, max_size=12).map(lambda words: " ".join(words) + ".")
CODES = st.sampled_from(["FRA", "DEU", "POL", "GBR", "XYZ", "fra", "", "EST"])
DATES = st.sampled_from(["on Friday", "last month", "recent", "2025-04-01", "2031-01-01", "whenever", "March 2025"])
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def article_and_facts(draw, name="a"):
    sentences = draw(st.lists(SENTENCES, min_size=1, max_size=6))
    published = draw(st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2026, 1, 1)))
    text = f" date {published.isoformat()} 1\nHeadline {name}\n" + " ".join(sentences) + "\n"

    def evidence():
        # Mostly a real passage (sometimes with its spacing mangled), sometimes not.
        sentence = draw(st.sampled_from(sentences))
        return draw(st.sampled_from([sentence, sentence.replace(" ", "\n  "), sentence + " extra", "absent"]))

    facts = {
        "article": {"id": name, "file": f"{name}.txt", "title": "t", "outlet": "o",
                    "published": published.isoformat()},
        "stances": [{"country": draw(CODES), "stance": draw(st.sampled_from([*STANCES, "maybe"])),
                     "evidence": evidence()} for _ in range(draw(st.integers(0, 3)))],
        "events": [{"date": draw(DATES), "description": "d", "countries": [draw(CODES)], "evidence": evidence()}
                   for _ in range(draw(st.integers(0, 2)))],
        "quotes": [{"speaker": "s", "text": draw(st.sampled_from(["ready", "x"])), "kind": "direct",
                    "evidence": evidence()} for _ in range(draw(st.integers(0, 2)))],
    }
    if draw(st.booleans()):
        facts = draw(_mutated(facts))
    return text.encode("utf-8"), yaml.safe_dump(facts, allow_unicode=True).encode("utf-8")


@st.composite
def _mutated(draw, facts):
    section = draw(st.sampled_from(["article", "stances", "events", "quotes"]))
    mutation = draw(st.sampled_from(["drop", "retype", "typo", "null"]))
    target = facts[section] if section == "article" or not facts[section] else facts[section][0]
    if isinstance(target, dict) and target:
        key = draw(st.sampled_from(sorted(target)))
        if mutation == "drop":
            target.pop(key)
        elif mutation == "retype":
            target[key] = draw(st.sampled_from([5, [1, 2], {"a": 1}, True, None]))
        elif mutation == "typo":
            target[key[::-1]] = target.pop(key)
        else:
            facts[section] = None
    return facts


def _load(pairs):
    return load_sources([upload_source(f"{name}.txt", article, f"{name}.yaml",
                                       facts.replace(b"file: a.txt", f"file: {name}.txt".encode()))
                         for name, (article, facts) in pairs])


@SETTINGS
@given(article_and_facts())
def test_the_loader_loads_or_reports_and_offsets_slice_to_the_evidence(pair):
    corpus = _load([("a", pair)])
    assert corpus.articles.empty == bool(corpus.problems)
    for problem in corpus.problems:
        assert problem.file == "upload: a.yaml" and problem.message
    for table in (corpus.stances, corpus.events, corpus.quotes):
        for row in table.itertuples():
            text = corpus.articles.iloc[0]["text"]
            assert normalize(text[row.start:row.end]) == normalize(row.evidence)


@SETTINGS
@given(st.binary(max_size=2000), st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(article, facts):
    corpus = load_sources([upload_source("a.txt", article, "a.yaml", facts)])
    assert corpus.problems or not corpus.articles.empty


@SETTINGS
@given(st.lists(article_and_facts(), min_size=2, max_size=4), st.randoms(), st.booleans())
def test_loading_is_deterministic_and_independent_of_file_order(pairs, random, same_id):
    named = [(f"f{index}", pair) for index, pair in enumerate(pairs)]
    if same_id:  # every file claims one id: which wins must not depend on order
        named = [(name, (article, facts.replace(b"id: a", b"id: same"))) for name, (article, facts) in named]
    shuffled = list(named)
    random.shuffle(shuffled)
    first, again = _load(named), _load(shuffled)
    key = ["article_id", "fact_id"]
    for name in ("stances", "events", "quotes"):
        a = getattr(first, name).sort_values(key).reset_index(drop=True)
        b = getattr(again, name).sort_values(key).reset_index(drop=True)
        assert a.equals(b), name
    assert first.positions.equals(again.positions)
    assert sorted(map(str, first.problems)) == sorted(map(str, again.problems))
