import json

import pandas as pd
import plotly.graph_objects as go
import plotly.io
import pytest

from tracker import figures, geography, load_corpus, shaping
from tracker.paths import ROOT
from tracker.schema import NO_POSITION


@pytest.fixture(scope="module")
def seed():
    return load_corpus()


@pytest.fixture(scope="module")
def shapes():
    return geography.feature_collection(geography.read_boundaries())


def _codes(trace):
    return list(trace.locations)


def test_map_colours_each_country_by_its_position_and_counts_them(seed, shapes):
    figure = figures.position_map(shapes, seed.positions)
    by_name = {trace.name.rsplit(" (", 1)[0]: trace for trace in figure.data}
    assert set(_codes(by_name["Committed"])) == {"GBR", "FRA", "EST", "LVA", "LTU"}
    assert by_name["Committed"].name == "Committed (5)"
    assert set(_codes(by_name["Hesitant"])) == {"NLD", "SWE"}
    assert set(_codes(by_name["Ruled out"])) == {"ITA", "USA"}
    assert set(_codes(by_name["Opposed"])) == {"RUS"}
    grey = _codes(by_name[NO_POSITION])
    assert {"DEU", "POL", "MLT", "CYP", "LUX", "UKR"} <= set(grey)
    drawn = [code for trace in figure.data for code in _codes(trace)]
    assert sorted(drawn) == sorted(feature["id"] for feature in shapes["features"])
    assert by_name["Committed"].colorscale[0][1] != by_name[NO_POSITION].colorscale[0][1]


def test_each_trace_carries_only_its_own_shapes(seed, shapes):
    figure = figures.position_map(shapes, seed.positions)
    for trace in figure.data:
        assert [feature["id"] for feature in trace.geojson["features"]] == _codes(trace)
    assert len(figure.to_json()) < 150_000


@pytest.mark.parametrize("chart", ["map", "timeline", "counted timeline"])
def test_a_chart_is_sent_as_it_was_finally_drawn(seed, shapes, chart):
    # Figures are converted for the browser once, when built: a conversion
    # taken before the last change would show a chart missing that change.
    if chart == "map":
        figure = figures.position_map(shapes, seed.positions)
    else:
        events = pd.concat([seed.events] * (30 if chart == "counted timeline" else 1), ignore_index=True)
        figure = figures.timeline(shaping.timeline_marks(events, "country"), seed.articles)
    as_drawn = go.Figure(data=figure.data, layout=figure.layout).to_json()
    sent = plotly.io.to_json(figure.to_dict())  # what st.plotly_chart sends
    assert json.loads(sent) == json.loads(as_drawn)
    assert figure.layout.height and json.loads(sent)["layout"]["height"] == figure.layout.height


def test_a_chart_changed_after_it_was_finished_is_sent_with_the_change(seed, shapes):
    figure = figures.position_map(shapes, seed.positions)
    figure.update_layout(height=321)
    figure.data[0].name = "renamed"
    sent = json.loads(plotly.io.to_json(figure.to_dict()))
    assert sent["layout"]["height"] == 321 and sent["data"][0]["name"] == "renamed"


@pytest.mark.parametrize("wide", [False, True])
def test_map_needs_no_outside_base_map(seed, shapes, wide):
    # Plotly's geo maps fetch {topojsonURL}{scope}_{resolution}m.json before
    # drawing: the app must serve that file itself, under a relative URL.
    figure = figures.position_map(shapes, seed.positions, wide=wide)
    assert all(trace.type == "choropleth" and trace.geojson["features"] for trace in figure.data)
    geo = figure.layout.geo
    assert geo.visible is False, "no base layer drawn from the topojson"
    url = figures.MAP_CONFIG["topojsonURL"]
    assert "//" not in url and url.startswith("app/static/")
    served = ROOT / "static" / url.removeprefix("app/static/") / f"{geo.scope}_{geo.resolution or 110}m.json"
    assert json.loads(served.read_text(encoding="utf-8"))["type"] == "Topology"


def test_hover_gives_source_date_and_evidence_as_text(seed, shapes):
    positions = seed.positions.copy()
    positions.loc[positions["country"] == "ITA", "evidence"] = "<img src=x onerror=alert(1)> ruled out"
    figure = figures.position_map(shapes, positions)
    ruled_out = next(trace for trace in figure.data if trace.name.startswith("Ruled out"))
    italy = ruled_out.customdata[list(ruled_out.locations).index("ITA")]
    assert italy[0] == "Italy" and italy[2] == "Giorgia Meloni, Italian Prime Minister"
    assert italy[3] == "2025-04-19"
    assert "&lt;img src=x onerror=alert(1)&gt;" in italy[4] and "<img" not in italy[4]
    assert "Reported by" in ruled_out.hovertemplate


def test_wide_view_shows_the_united_states_and_russia(seed, shapes):
    europe = figures.position_map(shapes, seed.positions).layout.geo
    wide = figures.position_map(shapes, seed.positions, wide=True).layout.geo
    washington, vladivostok = -77.0, 131.9
    assert europe.lonaxis.range[0] > washington and europe.lonaxis.range[1] < vladivostok
    assert wide.lonaxis.range[0] < washington and wide.lonaxis.range[1] > vladivostok


def test_timeline_draws_each_precision_honestly(seed):
    figure = figures.timeline(shaping.timeline_marks(seed.events), seed.articles)
    traces = {trace.name: trace for trace in figure.data}
    month = traces["Within the month"]
    starts = [x for x in month.x[0::3]]
    assert {pd.Timestamp(x).strftime("%Y-%m-%d") for x in starts} == {"2025-03-01"}
    assert {pd.Timestamp(x).strftime("%Y-%m-%d") for x in month.x[1::3]} == {"2025-03-31"}
    before = traces["Some time before"]
    assert before.line.dash == "dot"
    assert {pd.Timestamp(x).strftime("%Y-%m-%d") for x in before.x[1::3]} == {"2025-04-19"}
    day = traces["Exact day"]
    assert [pd.Timestamp(x).strftime("%Y-%m-%d") for x in day.x if x is not None] == ["2025-04-18"]
    assert figure.layout.annotations[0].text == "published: MENAFN"
    assert any("Speaking to journalists on Friday" in str(row[4]) for row in day.customdata if row)


def test_countries_hidden_by_filters_are_told_apart_from_unreported_ones(seed, shapes):
    from tracker import filters, shaping

    shown = filters.apply(seed, filters.Filters(stances=("ruled_out",)))
    figure = figures.position_map(shapes, shown.positions, filtered_out=shaping.filtered_out(seed, shown))
    by_name = {trace.name.rsplit(" (", 1)[0]: trace for trace in figure.data}
    assert set(_codes(by_name["Hidden by filters"])) == {"GBR", "FRA", "EST", "LVA", "LTU", "NLD", "SWE", "RUS"}
    assert "GBR" not in _codes(by_name[NO_POSITION])
    assert "Hidden by filters" not in {t.name.rsplit(" (", 1)[0] for t in figures.position_map(shapes, seed.positions).data}


def test_disputed_countries_are_outlined_with_both_sources(shapes, corpus_folder):
    from tests.conftest import write_schedule

    write_schedule(corpus_folder, [("2025-05-02", "Wire A", "ITA", "hesitant"),
                                   ("2025-05-02", "Wire B", "ITA", "ruled_out")])
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    figure = figures.position_map(shapes, corpus.positions)
    outline = next(trace for trace in figure.data if "disputed by sources" in trace.name)
    assert list(outline.locations) == ["ITA"] and outline.marker.line.width >= 2
    assert outline.colorscale[0][1] == "rgba(0,0,0,0)", "the outline keeps the country's own colour visible"
    hover = outline.customdata[0]
    assert "Wire A" in hover[2] + hover[5] and "Wire B" in hover[2] + hover[5]


def test_timeline_groups_by_country_with_each_event_on_every_row_it_names(seed):
    marks = shaping.timeline_marks(seed.events, "country")
    figure = figures.timeline(marks, seed.articles)
    rows = list(figure.layout.yaxis.categoryarray)
    assert {"France", "United Kingdom", "Estonia", "(no country)"} <= set(rows)
    six = marks[marks["description"].str.startswith("Six countries")]
    assert set(six["row_label"]) == {"United Kingdom", "France", "Estonia", "Latvia", "Lithuania"}


def test_many_overlapping_events_are_counted_not_piled_up(seed):
    many = pd.concat([seed.events] * 30, ignore_index=True)
    marks = shaping.timeline_marks(many, "country")
    assert len(marks) > figures.MAX_MARKS
    figure = figures.timeline(marks, seed.articles)
    [counted] = [trace for trace in figure.data if trace.name == "Events per month (counted)"]
    assert counted.type == "heatmap" and len(counted.z) == len(counted.y) < 40
    cells = [(row, summary, count) for row, summaries, counts in zip(counted.y, counted.text, counted.z, strict=True)
             for summary, count in zip(summaries, counts, strict=True) if summary]
    [(summary, count)] = [(summary, count) for row, summary, count in cells
                          if row == "France" and "March 2025" in summary]
    assert count == 30 and summary.startswith("30 events")
    assert all(count > 0 for _, _, count in cells), "only cells with events have hover text"


def test_counted_cells_sit_in_their_own_month_even_after_a_month_without_events(seed):
    events = pd.concat([seed.events] * 30, ignore_index=True)
    april = events["date_end"].dt.month == 4
    for column in ("date_start", "date_end"):
        events.loc[april, column] = events.loc[april, column] + pd.DateOffset(months=3)  # May and June: none
    template = seed.articles.iloc[0]
    articles = pd.DataFrame([{**template.to_dict(), "article_id": f"a{n}", "published": day}
                             for n, day in enumerate(pd.date_range("2025-03-02", periods=20, freq="W"))])
    figure = figures.timeline(shaping.timeline_marks(events, "country"), articles)
    [counted] = [trace for trace in figure.data if trace.type == "heatmap"]
    assert list(counted.y) == list(figure.layout.yaxis.categoryarray), "a row for every category, or nothing shows"
    assert "Articles published" in counted.y
    named = 0
    for summaries in counted.text:
        for column, summary in enumerate(summaries):
            if summary:
                middle = pd.Timestamp(counted.x0) + pd.Timedelta(milliseconds=counted.dx * column)
                assert middle.strftime("%B %Y") in summary
                named += 1
    assert named and any("July 2025" in summary for summaries in counted.text for summary in summaries)


def test_timeline_labels_are_text(seed):
    events = seed.events.assign(description="<b onmouseover=alert(1)>bold</b> claim")
    figure = figures.timeline(shaping.timeline_marks(events), seed.articles)
    assert all("<b" not in label for label in figure.layout.yaxis.categoryarray)


def test_a_long_run_of_publications_is_ticked_once_a_week_with_its_count(seed):
    template = seed.articles.iloc[0]
    days = pd.date_range("2024-07-01", periods=400, freq="D")
    articles = pd.DataFrame([{**template.to_dict(), "article_id": f"a{n}", "published": day}
                             for n, day in enumerate(days.repeat(2))])
    figure = figures.timeline(shaping.timeline_marks(seed.events), articles)
    [ticks] = [trace for trace in figure.data if trace.name == "Articles published"]
    assert len(ticks.x) == 58, "400 days are 58 weeks (Monday to Sunday)"
    assert sum(ticks.customdata) == len(articles) and ticks.customdata[0] == 2 * 7
    assert "week of" in ticks.hovertemplate


def test_the_range_slider_is_kept_for_single_events_and_dropped_for_counted_ones(seed):
    # With hundreds of counted circles the slider's second drawing of them doubled a redraw.
    few = figures.timeline(shaping.timeline_marks(seed.events), seed.articles)
    many = figures.timeline(shaping.timeline_marks(pd.concat([seed.events] * 30, ignore_index=True), "country"),
                            seed.articles)
    assert few.layout.xaxis.rangeslider.visible is True
    assert many.layout.xaxis.rangeslider.visible is False


@pytest.fixture
def scheduled(corpus_folder):
    """An article of Monday 17 March 2025: a meeting held, a weekend's talks
    held, and three planned events (a summit, a decision next week, a
    deadline), each dated as the article words it."""
    import datetime as dt

    sentences = ["Ministers met in London on Thursday.", "Talks ran over the weekend.",
                 "Leaders will meet in Paris on Thursday.", "A decision is due next week.",
                 "Troops are to be ready by the end of the year."]
    corpus_folder.article("plan.txt", dt.date(2025, 3, 17), sentences)
    dated = [("on Thursday", None), ("over the weekend", None), ("on Thursday", "planned"),
             ("next week", "planned"), ("by the end of the year", "planned")]
    names = ["Ministers meet", "Weekend talks", "Summit in Paris", "Decision", "Troops ready"]
    corpus_folder.facts_file("plan.yaml", {
        "article": {"id": "plan", "file": "plan.txt", "title": "Plan", "outlet": "Wire", "published": "2025-03-17"},
        "events": [{"date": day, **({"status": status} if status else {}), "description": name, "evidence": sentence}
                   for (day, status), name, sentence in zip(dated, names, sentences, strict=True)],
    })
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.problems == []
    return corpus, corpus.events


def _drawn(trace):
    """Each event of a trace: its description and the days its marks sit on."""
    events = {}
    for x, row in zip(trace.x, trace.customdata, strict=True):
        if x is not None:
            events.setdefault(row[1], []).append(pd.Timestamp(x).strftime("%Y-%m-%d %H"))
    return events


def test_planned_events_are_one_hollow_trace_named_planned_and_only_there(scheduled):
    corpus, events = scheduled
    figure = figures.timeline(shaping.timeline_marks(events), corpus.articles)
    [planned] = [trace for trace in figure.data if trace.name == "planned"]
    assert _drawn(planned) == {
        "Summit in Paris": ["2025-03-20 00"],
        "Decision": ["2025-03-24 00", "2025-03-30 23"],
        "Troops ready": ["2025-03-17 00", "2025-12-31 23"],  # from publication to the deadline
    }
    symbols = [symbol for x, symbol in zip(planned.x, planned.marker.symbol, strict=True) if x is not None]
    assert symbols and all(symbol.endswith("-open") for symbol in symbols), symbols
    assert "planned" in planned.hovertemplate and planned.showlegend is not False
    assert planned.line.dash == "dot"
    others = [name for trace in figure.data if trace.name != "planned" and trace.customdata
              for name in _drawn(trace)]
    assert sorted(others) == ["Ministers meet", "Weekend talks"]


def test_a_few_days_are_a_bar_across_them_and_labelled_so(scheduled):
    corpus, events = scheduled
    marks = shaping.timeline_marks(events)
    traces = {trace.name: trace for trace in figures.timeline(marks, corpus.articles).data}
    assert _drawn(traces["Within a few days"]) == {"Weekend talks": ["2025-03-15 00", "2025-03-16 23"]}
    assert traces["Within a few days"].line.width == 12
    when = dict(zip(marks["description"], marks["when"], strict=True))
    assert (when["Weekend talks"], when["Decision"], when["Troops ready"]) == (
        "15–16 Mar 2025", "week of 24 Mar 2025", "by 31 Dec 2025")


def test_a_reported_deadline_is_a_dotted_line_ending_at_it(scheduled):
    corpus, events = scheduled
    events = events.assign(status="happened")
    traces = {trace.name: trace for trace in figures.timeline(shaping.timeline_marks(events), corpus.articles).data}
    deadline = traces["By a deadline"]
    assert deadline.line.dash == "dot"
    assert _drawn(deadline) == {"Troops ready": ["2025-03-17 00", "2025-12-31 23"]}
    assert "planned" not in {trace.name for trace in traces.values()}


def test_counted_cells_tell_planned_events_apart(scheduled):
    corpus, events = scheduled
    many = pd.concat([events] * 50, ignore_index=True)
    figure = figures.timeline(shaping.timeline_marks(many), corpus.articles)
    [counted] = [trace for trace in figure.data if trace.type == "heatmap"]
    summaries = {summary for row in counted.text for summary in row if summary}
    assert "50 events (50 planned) dated in or before December 2025" in summaries
    assert "50 events dated in March 2025" in summaries  # "Ministers meet", on its own row


def _hover(trace, index: int) -> str:
    """The hover text plotly shows for one mark: its template filled in."""
    text = trace.hovertemplate.replace("<extra></extra>", "")
    for position, value in enumerate(trace.customdata[index]):
        text = text.replace(f"%{{customdata[{position}]}}", str(value))
    return text


def test_a_timeline_hover_shows_quotes_as_typed_names_countries_and_skips_empty_lines(corpus_folder):
    import datetime as dt

    sentences = ['Britain called the plan a "backstop" <b>for now</b>.', "Talks began in Rome on Monday."]
    corpus_folder.article("hover.txt", dt.date(2025, 3, 17), sentences)
    corpus_folder.facts_file("hover.yaml", {
        "article": {"id": "hover", "file": "hover.txt", "title": "Hover", "outlet": "Wire",
                    "published": "2025-03-17", "countries": ["GBR"]},
        "events": [{"date": "on Monday", "description": "Britain names the plan", "countries": ["GBR"],
                    "evidence": sentences[0].removesuffix(".")},
                   {"date": "on Monday", "description": "Talks begin", "evidence": sentences[1]}],
    })
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.problems == []
    figure = figures.timeline(shaping.timeline_marks(corpus.events), corpus.articles)
    hovers = {}
    for trace in figure.data:
        for index, x in enumerate(trace.x or ()):
            if x is not None and trace.customdata is not None and trace.customdata[index]:
                hovers[trace.customdata[index][1]] = _hover(trace, index)
    named, bare = hovers["Britain names the plan"], hovers["Talks begin"]
    assert "Countries: United Kingdom" in named and "GBR" not in named
    assert '"backstop"' in named and "&quot;" not in named
    assert "&lt;b&gt;for now&lt;/b&gt;" in named and "<b>for now" not in named
    assert "Who:" not in named and "Who:" not in bare and "Countries:" not in bare
