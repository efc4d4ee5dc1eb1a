import datetime as dt

import pandas as pd
import pytest

from tracker import load_corpus, shaping


@pytest.fixture(scope="module")
def seed():
    return load_corpus()


def test_headline_counts_named_and_unnamed(seed):
    figures = {figure.stance: figure for figure in shaping.headline(seed)}
    committed = figures["committed"]
    assert (committed.named, committed.unnamed, committed.value) == (5, 1, "6")
    assert committed.detail == "5 named, 1 unnamed"
    hesitant = figures["hesitant"]
    assert hesitant.value == "2+" and "number not given" in hesitant.detail
    assert figures["ruled_out"].value == "2" and figures["opposed"].value == "1"
    assert committed.sources and "MENAFN" in committed.sources[0]


def test_unnamed_notes_keep_their_evidence(seed):
    notes = shaping.unnamed_notes(seed)
    assert list(notes["position"]) == ["Committed", "Hesitant"]
    assert notes.iloc[0]["evidence"] == "The identity of the sixth nation remains undisclosed."


def test_country_details_gather_positions_quotes_and_events(seed):
    details = shaping.country_details(seed, "ITA")
    assert list(details["positions"]["position"]) == ["Ruled out"]
    assert list(details["quotes"]["speaker"]) == ["Giorgia Meloni"]
    assert len(details["events"]) == 1
    assert all(details[key]["evidence"].str.len().gt(0).all() for key in details)
    assert all(table.empty for table in shaping.country_details(seed, "DEU").values())


def test_quote_search_is_plain_text_and_case_blind(seed):
    assert set(shaping.quotes_table(seed, "NATO")["speaker"]) == {"Dmitry Medvedev", "Russian government"}
    assert shaping.quotes_table(seed, "(.*)").empty
    assert len(shaping.quotes_table(seed, "")) == len(seed.quotes)


def test_quotes_table_shows_dates_as_precise_as_known(seed):
    table = shaping.quotes_table(seed).set_index("text")
    assert table.loc["have different opinions", "date"] == "2025-04-18"
    assert table.loc["such a move could trigger a war between Russia and NATO", "date"] == "March 2025"
    assert table.loc["ruled out deploying Italian troops to Ukraine", "date"] == "before 2025-04-19"
    assert table.loc["real and substantial", "date"] == ""


def test_context_surrounds_the_passage():
    text = "one two three four five six seven eight nine ten"
    before, passage, after = shaping.context(text, 14, 18, margin=8)
    assert passage == "four"
    assert before.startswith("…") and after.endswith("…")
    assert text.index(passage) == 14


def test_clicked_country_takes_the_clicked_shape():
    assert shaping.clicked_country([{"location": "FRA", "curve_number": 0}]) == "FRA"
    assert shaping.clicked_country([]) is None
    assert shaping.clicked_country([{"x": 1}]) is None


def test_evidence_spans_cover_every_fact(seed):
    article_id = seed.articles.iloc[0]["article_id"]
    spans = shaping.evidence_spans(seed, article_id)
    assert len(spans) == len(seed.stances) + len(seed.events) + len(seed.quotes)
    assert "stance-6: unnamed country committed" in set(spans["label"])


def test_timeline_filters(seed):
    countries, actors = shaping.timeline_choices(seed)
    assert "Kaja Kallas" in actors and "FRA" in countries
    only = shaping.events_involving(seed.events, [], ["Dmitry Medvedev"])
    assert list(only["date_text"]) == ["last month"]
    assert len(shaping.events_involving(seed.events, [], [])) == len(seed.events)
    table = shaping.events_table(seed, only)
    assert table.iloc[0]["date"] == "March 2025" and isinstance(table, pd.DataFrame)


def test_what_changed_between_identical_dates_is_an_empty_table(seed):
    import datetime as dt

    changed = shaping.what_changed(seed, dt.date(2025, 4, 19), dt.date(2025, 4, 19))
    assert changed.empty and "as_of" in changed.columns


def test_a_draft_highlights_at_most_two_thousand_passages_and_counts_the_rest():
    text = " ".join(f"Unit{number} is ready." for number in range(2500))
    facts = {"stances": [{"stance": "committed", "evidence": f"Unit{number} is ready."} for number in range(2500)]}
    spans = shaping.proposed_spans(text, facts)
    assert len(spans) == 2000
    assert list(spans["fact_id"].iloc[[0, -1]]) == ["stance-1", "stance-2000"]
    assert spans.attrs["left_out"] == 500


def test_a_draft_given_as_text_is_read_as_the_loader_reads_it():
    text = "France has committed to sending troops. Italy is uncommitted to sending troops."
    facts = ("stances:\n"
             "- {country: FRA, stance: committed, evidence: France has committed, review: drafted}\n"
             "- {country: ITA, stance: committed, evidence: uncommitted}\n"
             "- {country: ESP, stance: committed, evidence: committed to sending}\n")
    spans = shaping.proposed_spans(text, facts)
    assert spans.to_dict("records") == [
        {"fact_id": "stance-1", "start": 0, "end": 20, "label": "stance-1: FRA committed (to review)"},
        {"fact_id": "stance-2", "start": 49, "end": 60, "label": "stance-2: ITA committed"},
        {"fact_id": "stance-3", "start": 11, "end": 31, "label": "stance-3: ESP committed"},
    ]


def test_a_draft_the_loader_would_refuse_to_read_highlights_nothing_and_does_not_crash():
    text = "France has committed to sending troops."
    for hostile in ("[" * 100_000, "a: &x [France has committed]\nstances: *x\n", "stances: [unclosed"):
        spans = shaping.proposed_spans(text, hostile)
        assert spans.empty and spans.attrs["left_out"] == 0


def test_an_article_with_thousands_of_facts_shows_the_first_two_thousand_on_sources(corpus_folder):
    import datetime as dt

    sentences = [f"Unit{number} is ready." for number in range(2500)]
    corpus_folder.article("big.txt", dt.date(2025, 5, 10), sentences)
    corpus_folder.facts_file("big.yaml", {
        "article": {"id": "big", "file": "big.txt", "title": "Big", "outlet": "Test Wire", "published": "2025-05-10"},
        # Within the loader's limit per section: 1,500 stances and 1,000 events.
        "stances": [{"country": "FRA", "stance": "committed", "evidence": sentence} for sentence in sentences[:1500]],
        "events": [{"date": "2025-05-01", "description": "Ready", "evidence": sentence}
                   for sentence in sentences[1500:]]})
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert not corpus.problems
    page = shaping.sources_html(corpus, 1)
    assert "2,500 facts in this article: the first 2,000 highlighted and listed" in page
    assert page.count("<mark") == 2000
    assert page.count("<tr>") == 1 + 2000


def _labels(rows):
    table = pd.DataFrame(rows, columns=["date_start", "date_end", "precision"])
    for column in ("date_start", "date_end"):
        table[column] = pd.to_datetime(table[column])
    return list(shaping.date_labels(table))


def test_new_precisions_are_labelled_as_ranges_never_as_one_day():
    assert _labels([
        ("2025-03-17", "2025-03-23", "week"),
        (None, "2025-12-31", "by"),
        ("2025-03-17", "2025-03-23", "days"),
        ("2025-03-29", "2025-04-04", "days"),
        ("2025-12-29", "2026-01-02", "days"),
        ("2025-03-22", "2025-03-22", "days"),
        ("2025-04-01", "2025-04-10", "days"),
    ]) == ["week of 17 Mar 2025", "by 31 Dec 2025", "17–23 Mar 2025", "29 Mar – 4 Apr 2025",
           "29 Dec 2025 – 2 Jan 2026", "22 Mar 2025", "1–10 Apr 2025"]


def test_earlier_precisions_keep_their_labels():
    assert _labels([("2025-04-18", "2025-04-18", "day"), ("2025-03-01", "2025-03-31", "month"),
                    ("2025-01-01", "2025-12-31", "year"), (None, "2025-04-19", "before")]) == [
        "2025-04-18", "March 2025", "2025", "before 2025-04-19"]


@pytest.fixture
def announced(corpus_folder):
    """On 10 April: Germany and an unnamed country hesitant, Poland committed;
    Germany due to commit, Spain to rule out, one more unnamed country to
    commit, and a summit on 30 April, all planned."""
    sentences = {
        "deu": "Germany remains hesitant about sending troops.",
        "pol": "Poland has committed to sending troops.",
        "other": "Another member remains hesitant too.",
        "deu-plan": "Germany is due to commit troops on 30 April.",
        "esp-plan": "Spain is expected to rule out sending troops by the end of April.",
        "other-plan": "One more member is expected to commit next month.",
        "summit": "Leaders will meet in Paris on 30 April.",
        "met": "Ministers met in Paris on 2 April.",
    }
    corpus_folder.article("plan.txt", dt.date(2025, 4, 10), list(sentences.values()))
    planned = {"status": "planned", "date": "2025-04-30"}
    corpus_folder.facts_file("plan.yaml", {
        "article": {"id": "plan", "file": "plan.txt", "title": "Plan", "outlet": "Wire A", "published": "2025-04-10"},
        "stances": [
            {"country": "DEU", "stance": "hesitant", "evidence": sentences["deu"]},
            {"country": "POL", "stance": "committed", "evidence": sentences["pol"]},
            {"stance": "hesitant", "count": 1, "evidence": sentences["other"]},
            {"country": "DEU", "stance": "committed", **planned, "evidence": sentences["deu-plan"]},
            {"country": "ESP", "stance": "ruled_out", **planned, "evidence": sentences["esp-plan"]},
            {"stance": "committed", "count": 1, **planned, "evidence": sentences["other-plan"]},
        ],
        "events": [
            {"date": "2025-04-30", "status": "planned", "description": "Summit in Paris", "countries": ["FRA"],
             "evidence": sentences["summit"]},
            {"date": "2025-04-02", "description": "Ministers meet", "countries": ["FRA"], "evidence": sentences["met"]},
        ],
    })
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.problems == []
    return corpus


def test_planned_stances_are_in_no_headline_count_and_are_told_apart(announced):
    figures = {figure.stance: (figure.value, figure.detail) for figure in shaping.headline(announced)}
    assert figures == {
        "committed": ("1", "1 named; 2 planned, not counted"),
        "hesitant": ("2", "1 named, 1 unnamed"),
        "ruled_out": ("0", "0 named; 1 planned, not counted"),
        "opposed": ("0", "0 named"),
    }


def test_planned_facts_are_marked_in_the_notes_details_and_tables(announced):
    assert list(shaping.unnamed_notes(announced)["position"]) == ["Hesitant", "Committed (planned)"]
    details = shaping.country_details(announced, "DEU")
    assert list(details["positions"]["position"]) == ["Hesitant"]
    assert details["planned"][["date", "position"]].values.tolist() == [["2025-04-30", "Committed"]]
    events = shaping.events_table(announced, announced.events)
    assert events[["description", "status"]].values.tolist() == [["Summit in Paris", "planned"],
                                                                ["Ministers meet", "reported"]]
    assert list(shaping.country_details(announced, "FRA")["events"]["status"]) == ["planned", "reported"]
    assert shaping.counted(announced.events, "event") == "2 events (1 planned)"
    assert shaping.counted(announced.events.iloc[[1]], "event") == "1 event"


def test_the_sources_page_counts_planned_facts_apart_and_labels_them(announced):
    page = shaping.sources_html(announced, 1)
    assert "8 facts (4 planned) in this article" in page
    assert "event-1: Summit in Paris (planned)" in page and "event-2: Ministers meet<" in page
