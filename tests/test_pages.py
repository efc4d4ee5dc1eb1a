"""Every page run headless with streamlit.testing.v1.AppTest."""

import datetime as dt
import functools
import html
import json
import re
import time

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tracker import load_corpus, paths, shaping

PAGES = ["pages/overview.py", "pages/map.py", "pages/timeline.py", "pages/quotes.py", "pages/sources.py"]


def start(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(paths.ROOT / "app.py"), default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def on(at: AppTest, page: str) -> AppTest:
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def headline_figures(at: AppTest) -> list[tuple[str, ...]]:
    """The Overview's cards: label, value and what the value counts."""
    [cards] = [element.proto.body for element in at.main.get("html") if "headline-figure" in element.proto.body]
    parts = re.findall(r'class="headline-(?:label|value|detail)"[^>]*>([^<]*)<', cards)
    return [tuple(html.unescape(part) for part in parts[i:i + 3]) for i in range(0, len(parts), 3)]


def map_legend(at: AppTest) -> list[str]:
    chart = at.get("plotly_chart")[0]
    return [trace["name"] for trace in json.loads(chart.proto.spec)["data"]]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_without_error(page):
    at = on(start(), page)
    assert at.title, "each page has a title"
    assert not at.error


def test_overview_shows_the_headline_figures():
    at = start()
    assert headline_figures(at) == [("Committed", "6", "5 named, 1 unnamed"),
                                    ("Hesitant", "2+", "2 named, more unnamed, number not given"),
                                    ("Ruled out", "2", "2 named"), ("Opposed", "1", "1 named")]


def test_position_filter_changes_the_map_and_quotes():
    at = on(start(), "pages/map.py")
    assert "Committed (5)" in map_legend(at)
    at.multiselect(key="f_position").set_value(["ruled_out"]).run()
    legend = map_legend(at)
    assert "Committed (0)" in legend and "Ruled out (2)" in legend
    assert at.query_params["position"] in ("ruled_out", ["ruled_out"])
    on(at, "pages/quotes.py")
    assert list(at.dataframe[0].value["speaker"]) == ["Giorgia Meloni"]
    assert at.query_params["position"] in ("ruled_out", ["ruled_out"]), "filters survive a page switch"


def test_a_shared_link_restores_its_filters():
    at = start({"position": "committed", "country": "FRA,GBR", "from": "2025-04-01"})
    assert at.multiselect(key="f_position").value == ["committed"]
    assert at.multiselect(key="f_country").value == ["FRA", "GBR"]
    assert at.date_input(key="f_dates").value == (dt.date(2025, 4, 1), dt.date(2025, 4, 19))
    on(at, "pages/map.py")
    assert "Committed (2)" in map_legend(at)


def test_unknown_link_values_are_ignored_and_said_so():
    at = start({"country": "ZZZ,FRA"})
    assert at.multiselect(key="f_country").value == ["FRA"]
    assert any("country=ZZZ" in text.value for text in at.sidebar.text)


def test_choosing_a_country_shows_everything_known_about_it():
    at = on(start(), "pages/map.py")
    at.selectbox(key="map_country").set_value("ITA").run()
    shown = at.dataframe
    assert any("Giorgia Meloni" in frame.value.to_string() for frame in shown)
    assert any("ruled out deploying Italian troops" in frame.value.to_string() for frame in shown)


def test_a_clicked_country_is_kept_in_session_state():
    at = on(start(), "pages/map.py")
    at.session_state["map_country"] = "RUS"
    at.run()
    assert any("Dmitry Medvedev" in frame.value.to_string() for frame in at.dataframe)
    at.toggle(key="map_wide").set_value(True).run()
    assert at.session_state["map_country"] == "RUS", "a new figure must not forget the chosen country"


def test_quote_search_narrows_the_table():
    at = on(start(), "pages/quotes.py")
    assert len(at.dataframe[0].value) == 13
    at.text_input(key="quote_search").set_value("brekelmans").run()
    assert set(at.dataframe[0].value["speaker"]) == {"Ruben Brekelmans"}


def test_the_quotes_table_sends_the_browser_only_the_columns_it_shows():
    at = on(start(), "pages/quotes.py")
    sent = at.dataframe[0].value
    assert list(sent.columns) == ["speaker", "role", "affiliation", "text", "kind", "date", "status", "position",
                                  "article"]
    assert set(sent["status"]) == {"reported"}
    assert "evidence" not in sent and "article_id" not in sent


def test_timeline_filters_by_actor():
    at = on(start(), "pages/timeline.py")
    at.multiselect(key="timeline_actors").set_value(["Dmitry Medvedev"]).run()
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    labels = {y for trace in chart["data"] for y in trace["y"] if y}
    assert len(labels) == 1 and labels.pop().startswith("Medvedev")


def test_sources_page_shows_each_article_highlighted_with_its_facts_in_a_fold():
    at = on(start(), "pages/sources.py")
    [page] = [element.proto.body for element in at.main.get("html")]
    assert "Kaja Kallas" in page and page.count("<mark") >= 20
    text, fold = page.split("<details", 1)
    assert "<mark" in text and "<table" not in text, "the article's text, then its facts"
    seed = load_corpus()
    assert fold.count("<tr>") == 1 + len(seed.stances) + len(seed.events) + len(seed.quotes)
    assert "quote-2: Kaja Kallas (direct)" in fold and "stance-12: Russian Federation opposed" in fold
    assert fold.index("<summary") < fold.index("<table") < fold.index("</details>")


def test_data_problems_are_listed_and_the_rest_still_shows(corpus_folder, monkeypatch):
    corpus_folder.simple("good", country="DEU", stance="committed")
    bad = corpus_folder.simple("bad", country="POL")
    bad["stances"][0]["country"] = "XYZ"
    corpus_folder.facts_file("bad.yaml", bad)
    monkeypatch.setattr(paths, "FACTS", corpus_folder.facts)
    monkeypatch.setattr(paths, "SEEDS", corpus_folder.seeds)
    at = start()
    assert headline_figures(at)[0][:2] == ("Committed", "1")
    assert any("Data problems (1)" in expander.label for expander in at.sidebar.expander)
    assert any("unknown country code 'XYZ'" in text.value for text in at.sidebar.text)
    assert at.warning, "the overview says some files were left out"


@pytest.fixture
def moving_corpus(corpus_folder, monkeypatch):
    from tests.conftest import write_schedule

    write_schedule(corpus_folder, [
        ("2025-04-10", "Wire A", "DEU", "hesitant"),
        ("2025-04-10", "Wire A", "POL", "committed"),
        ("2025-06-20", "Wire A", "DEU", "committed"),
        ("2025-06-20", "Wire B", "ITA", "hesitant"),
        ("2025-06-20", "Wire A", "ITA", "ruled_out"),
    ])
    monkeypatch.setattr(paths, "FACTS", corpus_folder.facts)
    monkeypatch.setattr(paths, "SEEDS", corpus_folder.seeds)


def test_moving_the_as_of_date_changes_the_map(moving_corpus):
    at = on(start(), "pages/map.py")
    assert at.select_slider(key="asof").value == dt.date(2025, 6, 20), "the latest date by default"
    assert "Committed (2)" in map_legend(at) and "Black outline: disputed by sources (1)" in map_legend(at)
    at.select_slider(key="asof").set_value(dt.date(2025, 4, 10)).run()
    legend = map_legend(at)
    assert "Committed (1)" in legend and "Hesitant (1)" in legend
    assert not any("disputed" in name for name in legend)
    assert at.query_params["asof"] in ("2025-04-10", ["2025-04-10"])


def test_an_as_of_date_in_a_link_is_restored(moving_corpus):
    at = on(start({"asof": "2025-05-01"}), "pages/map.py")
    assert at.select_slider(key="asof").value == dt.date(2025, 4, 10)


def test_country_history_and_what_changed(moving_corpus):
    at = on(start(), "pages/map.py")
    at.selectbox(key="map_country").set_value("DEU").run()
    history = next(frame.value for frame in at.dataframe if "change" in frame.value.columns)
    assert list(history["change"]) == ["", "Hesitant → Committed"]
    assert not any("Before</th>" in element.proto.body for element in at.main.get("html")), "closed: nothing sent"
    at.session_state["map_changes"] = True
    at.run()
    [changed] = [element.proto.body for element in at.main.get("html") if "Before</th>" in element.proto.body]
    codes = re.findall(r"<tr><td[^>]*>[^<]*</td><td[^>]*>([A-Z]{3})</td>", changed)
    assert sorted(codes) == ["DEU", "ITA"]


def test_the_maps_comparison_keeps_its_dates_while_closed(moving_corpus):
    at = start()
    at.session_state["map_changes"] = True
    at = on(at, "pages/map.py")
    chosen = dt.date.fromisoformat(at.selectbox(key="changed_from").options[1])
    at.selectbox(key="changed_from").set_value(chosen).run()
    at.session_state["map_changes"] = False
    at.run()
    assert "changed_from" not in [box.key for box in at.selectbox], "closed: not drawn"
    at.session_state["map_changes"] = True
    at.run()
    assert at.selectbox(key="changed_from").value == chosen


@pytest.mark.parametrize("page", PAGES)
def test_every_page_copes_with_no_articles_at_all(page, corpus_folder, monkeypatch):
    monkeypatch.setattr(paths, "FACTS", corpus_folder.facts)
    monkeypatch.setattr(paths, "SEEDS", corpus_folder.seeds)
    at = on(start(), page)
    if page == "pages/quotes.py":
        at.text_input(key="quote_search").set_value("anything").run()
        assert not at.exception


@pytest.mark.parametrize("page", PAGES)
def test_every_page_copes_with_filters_that_exclude_everything(page):
    at = on(start({"position": "opposed", "country": "FRA"}), page)
    assert not at.exception


def _upload_article(at: AppTest, name: str, raw: bytes) -> AppTest:
    at.file_uploader(key="add_article").set_value((name, raw, "text/plain")).run()
    assert not at.exception
    return at


NEW_ARTICLE = (" date 2025-06-10 77\nPoland and Spain split on troops\n"
               "Polish Prime Minister Adam Nowak said on Monday that Poland has committed to sending troops. "
               "Spanish Defence Minister Elena Ruiz said Spain had ruled out any deployment.\n").encode()


def test_an_uploaded_article_is_drafted_reviewed_and_added_to_every_page():
    at = on(start(), "pages/add.py")
    _upload_article(at, "poland.txt", NEW_ARTICLE)
    assert "review" in at.text_area[0].value, "a draft is offered for review"
    assert any("problem(s) to fix" in warning.value for warning in at.warning), "unreviewed facts are refused"
    next(b for b in at.button if b.label.startswith("I have checked")).click().run()
    assert at.success
    next(b for b in at.button if b.label.startswith("Add to")).click().run()
    on(at, "pages/map.py")
    legend = map_legend(at)
    assert "Committed (6)" in legend and "Ruled out (3)" in legend
    on(at, "pages/sources.py")
    assert any("Polish Prime Minister" in element.proto.body for element in at.main.get("html"))


def test_uploads_stay_in_their_own_session():
    first = on(start(), "pages/add.py")
    _upload_article(first, "poland.txt", NEW_ARTICLE)
    next(b for b in first.button if b.label.startswith("I have checked")).click().run()
    next(b for b in first.button if b.label.startswith("Add to")).click().run()
    other = on(start(), "pages/map.py")
    assert "Committed (5)" in map_legend(other)


def test_an_uploaded_facts_file_is_checked_against_the_article():
    at = on(start(), "pages/add.py")
    facts = ("article: {id: pl, file: poland.txt, title: t, outlet: o, published: 2025-06-10}\n"
             "stances:\n  - {country: POL, stance: committed, evidence: Poland will never send troops.}\n")
    at.file_uploader(key="add_facts").set_value(("poland.yaml", facts.encode(), "application/x-yaml"))
    _upload_article(at, "poland.txt", NEW_ARTICLE)
    problems = at.dataframe[-1].value
    assert list(problems["field"]) == ["stances[0].evidence"]
    assert "passage not found" in problems.iloc[0]["message"]
    assert not [b for b in at.button if b.label.startswith("Add to")]


@pytest.mark.parametrize("raw, message", [
    (b"x" * 200_001, "too large"),
    (" date 2025-06-10 1\nTitle\nK\xf6ln".encode("latin-1"), "cannot be used"),
    (b"", "cannot be used"),
])
def test_oversized_non_utf8_and_empty_uploads_get_a_clear_message(raw, message):
    at = on(start(), "pages/add.py")
    _upload_article(at, "bad.txt", raw)
    assert any(message in error.value for error in at.error)
    assert not at.text_area, "nothing is drafted from an unusable file"


@pytest.mark.parametrize("content", [None, b"{broken"])
def test_a_missing_or_corrupt_boundary_file_stops_only_the_map(tmp_path, monkeypatch, content):
    path = tmp_path / "countries.geojson"
    if content is not None:
        path.write_bytes(content)
    monkeypatch.setattr(paths, "BOUNDARIES", path)
    at = on(start(), "pages/map.py")
    assert any("The map cannot be drawn" in error.value and "python -m tracker boundaries" in error.value
               for error in at.error)
    assert at.selectbox(key="map_country"), "the rest of the page still works"
    for page in PAGES:
        on(at, page)


def test_an_added_facts_file_shows_on_a_rerun_without_a_restart(corpus_folder, monkeypatch):
    corpus_folder.simple("one", country="DEU", stance="committed")
    monkeypatch.setattr(paths, "FACTS", corpus_folder.facts)
    monkeypatch.setattr(paths, "SEEDS", corpus_folder.seeds)
    at = start()
    assert headline_figures(at)[0][:2] == ("Committed", "1")
    corpus_folder.simple("two", country="POL", stance="committed")
    deadline = time.monotonic() + 5
    while headline_figures(at.run())[0][:2] != ("Committed", "2") and time.monotonic() < deadline:
        time.sleep(0.1)  # the change notification comes from another thread: usually before this rerun
    assert headline_figures(at)[0][:2] == ("Committed", "2")


def test_an_edited_facts_file_shows_on_a_later_rerun_without_a_restart(corpus_folder, monkeypatch):
    corpus_folder.simple("alpha", stance="hesitant")
    monkeypatch.setattr(paths, "FACTS", corpus_folder.facts)
    monkeypatch.setattr(paths, "SEEDS", corpus_folder.seeds)
    at = on(start(), "pages/map.py")
    assert "Hesitant (1)" in map_legend(at)
    corpus_folder.simple("alpha", stance="committed")
    deadline = time.monotonic() + 5
    while "Committed (1)" not in map_legend(at.run()) and time.monotonic() < deadline:
        time.sleep(0.1)  # the change notification arrives within about half a second
    assert "Committed (1)" in map_legend(at) and "Hesitant (1)" not in map_legend(at)


def test_the_warm_start_leaves_a_first_view_nothing_to_load(monkeypatch):
    import app_data
    from tracker import snapshot

    st.cache_resource.clear()  # as in a fresh server process
    app_data.warm()
    loads = []
    monkeypatch.setattr(snapshot, "load", lambda *args, **kwargs: loads.append(args))
    monkeypatch.setattr(app_data.geography, "read_boundaries", lambda *args: loads.append(args))
    computed = []
    for name in ("timeline_marks", "timeline_choices", "key_dates", "positions_as_of", "what_changed", "headline",
                 "latest_articles", "quotes_table", "sources_html", "detail_countries"):
        original = getattr(shaping, name)
        monkeypatch.setattr(shaping, name, functools.wraps(original)(
            lambda *args, _original=original, **kwargs: computed.append(_original.__name__) or _original(*args, **kwargs)))
    monkeypatch.setattr(app_data.filters, "article_options", functools.wraps(app_data.filters.article_options)(
        lambda *args, _original=app_data.filters.article_options: computed.append("article_options")
        or _original(*args)))
    at = on(start(), "pages/map.py")
    assert "Committed (5)" in map_legend(at)
    assert loads == [], "the corpus and boundaries were already loaded"
    for page in ("pages/timeline.py", "pages/overview.py", "pages/quotes.py", "pages/sources.py"):
        on(at, page)
    assert not at.exception and computed == [], "every default page was ready"


def test_with_several_dates_the_warm_start_also_readies_the_maps_comparison(moving_corpus, monkeypatch):
    import app_data

    st.cache_resource.clear()
    app_data.warm()
    computed = []
    original = shaping.what_changed
    monkeypatch.setattr(shaping, "what_changed", functools.wraps(original)(
        lambda *args: computed.append(args[1:]) or original(*args)))
    at = start()
    at.session_state["map_changes"] = True  # opened
    at = on(at, "pages/map.py")
    assert any("Before</th>" in element.proto.body for element in at.main.get("html")), "the comparison is shown"
    assert computed == [], "the first date against the last was already compared"


def test_the_warm_start_also_pays_streamlits_one_time_check_of_the_first_element(monkeypatch, caplog):
    # Left to the first request, that check walked the stack of ~2,000
    # modules while the first analyst after a restart waited.
    from streamlit import delta_generator

    import app_data
    import streamlit_app

    monkeypatch.setattr(app_data, "warm", lambda: None)
    monkeypatch.setattr(streamlit_app.gc, "freeze", lambda: None)
    monkeypatch.setattr(delta_generator, "_use_warning_has_been_displayed", False)
    streamlit_app._warm()
    assert delta_generator._use_warning_has_been_displayed and "warm start failed" not in caplog.text


def test_a_failing_warm_start_never_keeps_the_server_from_starting(monkeypatch, caplog):
    import app_data
    import streamlit_app

    monkeypatch.setattr(app_data, "warm", lambda: 1 / 0)
    streamlit_app._warm()
    assert "warm start failed" in caplog.text


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory):
    """250 generated articles (bench/corpus.py): more than any page shows at once."""
    from bench.corpus import generate

    return generate(tmp_path_factory.mktemp("many"), 250)


def test_pages_send_one_page_of_a_large_corpus_not_all_of_it(many_articles, monkeypatch):
    monkeypatch.setattr(paths, "FACTS", many_articles[0])
    monkeypatch.setattr(paths, "SEEDS", many_articles[1])
    at = start()
    [sources_table] = [element.proto.body for element in at.main.get("html") if "<table" in element.proto.body]
    assert sources_table.count("<tr>") == 1 + 20, "the overview lists the latest articles"
    sources = on(at, "pages/sources.py")
    [first] = [element.proto.body for element in sources.main.get("html")]
    assert first.count("<section") == 10 and first.count("<details") == 10, "ten articles, each with its facts"
    sources.number_input(key="sources_page").set_value(2).run()
    assert sources.main.get("html")[0].proto.body != first
    quotes = on(at, "pages/quotes.py")
    table = quotes.dataframe[0].value
    assert len(table) == 100
    quotes.number_input(key="quotes_page").set_value(2).run()
    assert len(quotes.dataframe[0].value) == 100 and not quotes.dataframe[0].value.equals(table)
    assert any("101–200 of" in caption.value for caption in quotes.caption)


def test_timeline_table_lists_the_events_once_opened():
    at = on(start(), "pages/timeline.py")
    assert [e.label for e in at.expander] == ["Events as a table"] and not at.dataframe
    at.session_state["timeline_table"] = True
    at.run()
    events = load_corpus().events
    table = at.dataframe[0].value
    assert len(table) == len(events) and set(table["evidence"]) == set(events["evidence"])
    assert at.caption[-1].value == f"{len(events)} events"
    at.multiselect(key="timeline_actors").set_value(["Dmitry Medvedev"]).run()
    assert len(at.dataframe[0].value) == 1, "the table stays open and follows the filters"


ALL_PAGES = [*PAGES, "pages/add.py"]


@pytest.mark.parametrize("page", ALL_PAGES)
@pytest.mark.parametrize("link", [{"to": "2025-04-18"}, {"from": "2025-03-05", "to": "2025-03-20"},
                                  {"from": "2020-01-01", "to": "2099-12-31"},
                                  {"from": "2025-04-10", "to": "2025-03-10"}, {"to": ["2025-04-01", "2025-04-18"]}])
def test_a_link_whose_dates_hold_no_article_still_opens_every_page_with_its_dates(page, link):
    at = on(start(link), page)
    assert at.date_input(key="f_dates").value, "the dates are drawn, so the viewer can undo them"
    assert at.title


def test_a_link_with_dates_after_the_data_shows_them_and_an_empty_map():
    at = on(start({"from": "2025-05-01"}), "pages/map.py")
    assert at.date_input(key="f_dates").value == (dt.date(2025, 5, 1), dt.date(2025, 5, 1))
    assert at.multiselect(key="f_article").options == []
    assert any("No country's position matches the filters" in info.value for info in at.info)


def test_a_link_reaching_past_the_data_is_clamped_into_the_date_input():
    at = start({"from": "2020-01-01", "to": "2099-12-31"})
    assert at.date_input(key="f_dates").value == (dt.date(2025, 3, 1), dt.date(2025, 4, 19))
    assert "from" not in at.query_params and "to" not in at.query_params, "the link now says what is shown"


def test_a_link_to_before_the_data_is_ignored_and_said_so():
    at = start({"to": "2020-01-01"})
    assert at.date_input(key="f_dates").value == (dt.date(2025, 3, 1), dt.date(2025, 4, 19))
    assert any("to=2020-01-01 (before 2025-03-01)" in text.value for text in at.sidebar.text)


@pytest.mark.parametrize("picked", [(dt.date(2025, 4, 1), dt.date(2025, 4, 18)), (dt.date(2025, 4, 1),), ()])
@pytest.mark.parametrize("page", ALL_PAGES)
def test_any_dates_picked_in_the_sidebar_keep_every_page_open(page, picked):
    at = on(start(), page)
    at.date_input(key="f_dates").set_value(picked).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.date_input(key="f_dates").value == picked


def test_a_huge_link_value_is_echoed_shortened():
    at = start({"country": "A" * 60_000, "position": ",".join(f"p{n}" for n in range(30))})
    [echoed] = [text.value for text in at.sidebar.text if "=" in text.value]
    assert echoed.startswith("position=p0, position=p1,") and echoed.endswith(", and 21 more")
    assert len(echoed) < 300


def test_dates_picked_before_the_data_shrank_are_moved_into_what_is_left(corpus_folder, monkeypatch):
    from tests.conftest import write_schedule

    write_schedule(corpus_folder, [("2025-04-10", "Wire A", "DEU", "hesitant"),
                                   ("2025-06-20", "Wire A", "POL", "committed")])
    monkeypatch.setattr(paths, "FACTS", corpus_folder.facts)
    monkeypatch.setattr(paths, "SEEDS", corpus_folder.seeds)
    at = on(start(), "pages/map.py")
    at.date_input(key="f_dates").set_value((dt.date(2025, 4, 12), dt.date(2025, 6, 1))).run()
    (corpus_folder.facts / "gen-0000.yaml").unlink()  # the April article
    deadline = time.monotonic() + 10
    while at.run().multiselect(key="f_article").options != ["gen-0001"] and time.monotonic() < deadline:
        time.sleep(0.1)  # the change notification comes from another thread
    assert not at.exception, [e.value for e in at.exception]
    assert at.date_input(key="f_dates").value == (dt.date(2025, 6, 20), dt.date(2025, 6, 20))
    assert "Committed (1)" in map_legend(at)


def test_play_at_the_latest_date_starts_from_the_first(moving_corpus):
    at = on(start(), "pages/map.py")
    assert at.select_slider(key="asof").value == dt.date(2025, 6, 20)
    at.toggle(key="map_play").set_value(True).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.select_slider(key="asof").value == dt.date(2025, 4, 10)
    assert "Hesitant (1)" in map_legend(at) and at.toggle(key="map_play").value


def test_play_from_an_earlier_date_starts_there(moving_corpus):
    at = on(start({"asof": "2025-04-10"}), "pages/map.py")
    at.toggle(key="map_play").set_value(True).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.select_slider(key="asof").value == dt.date(2025, 4, 10)


@pytest.fixture
def planned_corpus(corpus_folder, monkeypatch):
    """Monday 17 March 2025: Germany hesitant, due to commit on the 24th;
    Poland expected to commit; ministers met on the 13th; a summit planned
    for the 20th."""
    sentences = ["Germany remains hesitant about sending troops.", "Germany is due to commit troops next Monday.",
                 "Poland is expected to commit troops.", "Ministers met in London on Thursday.",
                 "Leaders will meet in Paris on Thursday.", "The chancellor will address parliament on Friday.",
                 "The chancellor said on Friday that Germany was not ready."]
    corpus_folder.article("plan.txt", dt.date(2025, 3, 17), sentences)
    corpus_folder.facts_file("plan.yaml", {
        "article": {"id": "plan", "file": "plan.txt", "title": "Plans", "outlet": "Wire", "published": "2025-03-17",
                    "countries": ["DEU", "POL", "GBR", "FRA"]},
        "stances": [
            {"country": "DEU", "stance": "hesitant", "evidence": sentences[0]},
            {"country": "DEU", "stance": "committed", "status": "planned", "date": "2025-03-24",
             "evidence": sentences[1]},
            {"country": "POL", "stance": "committed", "status": "planned", "evidence": sentences[2]},
        ],
        "events": [
            {"date": "2025-03-13", "description": "Ministers meet in London", "countries": ["GBR"],
             "evidence": sentences[3]},
            {"date": "2025-03-20", "status": "planned", "description": "Summit in Paris", "countries": ["FRA"],
             "evidence": sentences[4]},
        ],
        "quotes": [
            {"speaker": "The chancellor", "text": "will address parliament", "kind": "reported", "date": "on Friday",
             "status": "planned", "evidence": sentences[5]},
            {"speaker": "The chancellor", "text": "Germany was not ready", "kind": "reported", "date": "on Friday",
             "evidence": sentences[6]},
        ],
    })
    monkeypatch.setattr(paths, "FACTS", corpus_folder.facts)
    monkeypatch.setattr(paths, "SEEDS", corpus_folder.seeds)


def test_planned_facts_are_on_the_timeline_as_planned_and_in_no_count(planned_corpus):
    at = start()
    assert headline_figures(at) == [("Committed", "0", "0 named; 2 planned, not counted"),
                                    ("Hesitant", "1", "1 named"), ("Ruled out", "0", "0 named"),
                                    ("Opposed", "0", "0 named")]
    on(at, "pages/map.py")
    legend = map_legend(at)
    assert "Committed (0)" in legend and "Hesitant (1)" in legend
    on(at, "pages/timeline.py")
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    rows = {trace["name"]: {y for y in trace["y"] if y} for trace in chart["data"] if "y" in trace}
    assert rows["planned"] == {"Summit in Paris"}
    assert rows["Exact day"] == {"Ministers meet in London"}
    at.session_state["timeline_table"] = True
    at.run()
    table = at.dataframe[0].value
    assert dict(zip(table["description"], table["status"], strict=True)) == {
        "Ministers meet in London": "reported", "Summit in Paris": "planned"}
    assert at.caption[-1].value == "2 events (1 planned)"


def test_a_countrys_planned_position_is_shown_apart_from_its_history(planned_corpus):
    at = on(start(), "pages/map.py")
    assert at.selectbox(key="map_country").options == ["Germany (DEU)", "Poland (POL)"], \
        "Poland, only planned to commit, still has its details"
    at.selectbox(key="map_country").set_value("DEU").run()
    assert any("Planned positions" in text.value for text in at.markdown)
    tables = {tuple(frame.value.columns): frame.value for frame in at.dataframe}
    history = next(table for columns, table in tables.items() if "change" in columns)
    assert list(history["position"]) == ["Hesitant"]
    planned = next(table for columns, table in tables.items() if "change" not in columns and "position" in columns)
    assert planned[["date", "position"]].values.tolist() == [["2025-03-24", "Committed"]]


def test_the_quotes_page_tells_planned_statements_apart(planned_corpus):
    at = on(start(), "pages/quotes.py")
    table = at.dataframe[0].value
    assert table[["text", "date", "status"]].values.tolist() == [
        ["will address parliament", "2025-03-21", "planned"], ["Germany was not ready", "2025-03-14", "reported"]]
    assert any(caption.value == "2 of 2 quotes (1 planned)" for caption in at.caption)
