"""End to end: the real app in Debian's Chromium, with every request that
would leave the machine blocked and recorded."""

from __future__ import annotations

import io
import os
from urllib.parse import parse_qs, urlparse

import numpy as np
import pytest
from PIL import Image

from tests.browser import (
    ROOT, Traffic, browser, chromium_available, open_page, screenshot, streamlit_server, wait_for_app,
)
from tracker.figures import PALETTE

if not chromium_available():
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing: CI must install Debian's chromium (see .ci/run)", pytrace=False)
    pytest.skip("Chromium is not installed (apt-get install -y chromium)", allow_module_level=True)

PAGES = {"/": "Coalition of the willing", "/map": "Map of positions", "/timeline": "Timeline",
         "/quotes": "Quotes", "/sources": "Sources"}


@pytest.fixture(scope="module")
def server():
    with streamlit_server() as url:
        yield url


@pytest.fixture(scope="module")
def chromium():
    with browser() as instance:
        yield instance


@pytest.fixture
def traffic():
    return Traffic()


@pytest.fixture
def page(chromium, traffic):
    tab = open_page(chromium, traffic)
    yield tab
    tab.context.close()


def visit(page, url: str) -> None:
    page.goto(url)
    wait_for_app(page)


def map_element(page):
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    # Plotly draws the shapes once its base map (served from static/) is in.
    chart.locator(".choroplethlayer path.choroplethlocation").first.wait_for(state="visible", timeout=30_000)
    return chart


def share_of_colour(png: bytes, hex_colour: str, tolerance: int = 12) -> float:
    target = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int).reshape(-1, 3)
    return float((np.abs(pixels - target) <= tolerance).all(axis=1).mean())


def test_every_page_renders_offline_without_errors(server, page, traffic):
    for path, title in PAGES.items():
        visit(page, server + path)
        assert page.get_by_role("heading", name=title).first.is_visible(), path
        assert not page.locator('[data-testid="stException"]').count(), path
        screenshot(page, "page" + (path.replace("/", "_") if path != "/" else "_overview"))
    assert traffic.blocked == [], "requests left the machine"
    assert traffic.console_errors == []
    assert traffic.page_errors == []


def test_map_draws_countries_in_their_position_colours(server, page, traffic):
    visit(page, server + "/map")
    chart = map_element(page)
    png = chart.screenshot()
    screenshot(page, "map")
    for stance in ("committed", "hesitant", "ruled_out", "opposed"):
        assert share_of_colour(png, PALETTE[stance]) > 0.002, f"no {stance} country drawn"
    assert share_of_colour(png, PALETTE["No reported position"]) > 0.05, "neutral countries drawn too"
    assert page.get_by_text("Committed (5)").is_visible()
    assert traffic.blocked == [] and traffic.console_errors == []


def _click_country(page, chart, lon: float, lat: float) -> None:
    point = page.evaluate(
        "([lon, lat]) => { const geo = document.querySelector('.js-plotly-plot')._fullLayout.geo._subplot;"
        " const [x, y] = geo.projection([lon, lat]);"
        " const p = new DOMPoint(x, y).matrixTransform(geo.framework.node().getScreenCTM());"
        " return {x: p.x, y: p.y}; }", [lon, lat])
    page.mouse.move(point["x"], point["y"])
    page.wait_for_timeout(300)
    page.mouse.click(point["x"], point["y"])


def test_clicking_a_country_opens_its_details(server, page, traffic):
    visit(page, server + "/map")
    chart = map_element(page)
    _click_country(page, chart, 12.5, 42.8)  # central Italy
    page.get_by_role("heading", name="Italy").wait_for(timeout=20_000)
    wait_for_app(page)
    assert page.locator('[data-testid="stSelectbox"] input').input_value() == "Italy (ITA)"
    main = page.locator('[data-testid="stMainBlockContainer"]')
    assert main.get_by_text("Positions", exact=True).is_visible()
    assert main.get_by_text("Quotes", exact=True).is_visible()
    screenshot(page, "map_clicked_italy")
    assert traffic.blocked == [] and traffic.console_errors == []


def test_a_copied_link_restores_the_filters(server, page, chromium, traffic):
    visit(page, server + "/quotes")
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.locator('[data-testid="stMultiSelect"]').filter(has_text="Positions").locator("input").click()
    page.get_by_role("option", name="Ruled out").click()
    page.keyboard.press("Escape")
    wait_for_app(page)
    page.wait_for_function("() => location.search.includes('position=ruled_out')")
    copied = page.url
    assert parse_qs(urlparse(copied).query)["position"] == ["ruled_out"]

    other = open_page(chromium, traffic)
    try:
        visit(other, copied)
        positions = other.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text="Positions")
        chosen = positions.locator('[data-testid="stMultiSelectTagsContainer"] span[title]')
        assert chosen.all_inner_texts() == ["Ruled out"]
        other.get_by_role("link", name="Map").click()
        wait_for_app(other)
        map_element(other)
        assert other.get_by_text("Ruled out (2)").is_visible()
        assert not other.get_by_text("Committed (5)").count()
        assert "position=ruled_out" in other.url, "the filter stays in the URL across pages"
        screenshot(other, "shared_link_map")
    finally:
        other.context.close()
    assert traffic.blocked == [] and traffic.console_errors == []


@pytest.mark.parametrize("entry", ["streamlit_app.py", "app.py"])
def test_a_deep_link_as_a_fresh_servers_first_request_gets_the_whole_app(entry, chromium, traffic):
    """A pages/ folder starts Streamlit in legacy multipage mode; a shared
    /map link opened first must still get navigation, filters and URL state,
    with the warm-starting server and with `streamlit run app.py` alike."""
    with streamlit_server(app=ROOT / entry) as url:
        tab = open_page(chromium, traffic)
        try:
            visit(tab, url + "/map?position=hesitant&country=NLD,SWE,FRA")
            map_element(tab)
            nav = tab.locator('[data-testid="stSidebarNav"]')
            assert nav.get_by_text("Overview").is_visible() and nav.get_by_text("Sources").is_visible()
            assert not nav.get_by_text("app", exact=True).count(), "legacy page names shown"
            assert tab.locator('[data-testid="stSidebar"]').get_by_text("Filters").is_visible()
            assert tab.get_by_text("Hesitant (2)").is_visible()
            assert not tab.get_by_text("Committed (5)").count()
            query = parse_qs(urlparse(tab.url).query)
            assert query["position"] == ["hesitant"] and query["country"] == ["FRA,NLD,SWE"]
            screenshot(tab, f"deep_link_first_request_{entry}")
        finally:
            tab.context.close()
    assert traffic.blocked == [] and traffic.console_errors == [] and traffic.page_errors == []


def test_sources_highlight_the_evidence_in_each_article(server, page, traffic):
    visit(page, server + "/sources")
    mark = page.locator('[data-testid="stHtml"] mark').first
    mark.wait_for(timeout=20_000)
    # The app's stylesheet, not each element, gives a passage its colour
    # and each article its card and fold.
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 243, 176)"
    card = page.locator('[data-testid="stHtml"] section').first
    assert card.evaluate("e => getComputedStyle(e).borderTopStyle") == "solid"
    assert card.locator("details summary").evaluate("e => getComputedStyle(e).cursor") == "pointer"
    assert traffic.blocked == [] and traffic.console_errors == [] and traffic.page_errors == []


def test_choosing_a_quote_shows_it_in_its_article(server, page, traffic):
    visit(page, server + "/quotes")
    page.get_by_label("Search speaker, role, affiliation or words").fill("healey")
    page.keyboard.press("Enter")
    wait_for_app(page)
    grid = page.locator('[data-testid="stDataFrame"]').first
    box = grid.bounding_box()
    # The grid is a canvas: click the selection cell of its first row.
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)
    page.get_by_text("John Healey, in context").wait_for(timeout=20_000)
    context = page.locator("mark", has_text="real and substantial")
    assert context.first.is_visible()
    screenshot(page, "quote_in_context")
    assert traffic.blocked == [] and traffic.console_errors == []


@pytest.fixture(scope="module")
def moving_server(tmp_path_factory):
    from tests.conftest import CorpusFolder, write_schedule

    folder = CorpusFolder(tmp_path_factory.mktemp("moving"))
    write_schedule(folder, [
        ("2025-04-10", "Wire A", "DEU", "hesitant"), ("2025-04-10", "Wire A", "POL", "committed"),
        ("2025-05-15", "Wire A", "FRA", "committed"), ("2025-06-20", "Wire A", "DEU", "committed"),
    ])
    with streamlit_server(env={"TRACKER_FACTS_DIR": str(folder.facts), "TRACKER_SEEDS_DIR": str(folder.seeds)}) as url:
        yield url


def test_moving_the_as_of_date_redraws_the_map(moving_server, page, traffic):
    visit(page, moving_server + "/map")
    chart = map_element(page)
    assert share_of_colour(chart.screenshot(), PALETTE["hesitant"]) < 0.001, "Germany is committed by June"
    slider = page.get_by_role("slider", name="Positions as of")
    slider.focus()
    page.keyboard.press("Home")
    wait_for_app(page)
    page.wait_for_function("() => location.search.includes('asof=2025-04-10')")
    chart = map_element(page)
    page.get_by_text("Hesitant (1)").wait_for()
    assert share_of_colour(chart.screenshot(), PALETTE["hesitant"]) > 0.002, "Germany hesitant in April"
    screenshot(page, "map_as_of_april")
    assert traffic.blocked == [] and traffic.console_errors == []


MAP_STATE = """() => {
    const slider = document.querySelector('input[type="range"][aria-label="Positions as of"]');
    const play = [...document.querySelectorAll('[data-testid="stCheckbox"]')].find(e => e.innerText.includes('Play'));
    const main = document.querySelector('[data-testid="stMain"]') || document.body;
    return {
        day: slider ? slider.getAttribute('aria-valuetext') : null,
        legend: [...document.querySelectorAll('[data-testid="stPlotlyChart"] .legendtext')].map(e => e.textContent),
        playing: play ? play.querySelector('input').checked : null,
        errors: document.querySelectorAll('[data-testid="stException"]').length
            + (main.innerText.includes('This app has encountered an error') ? 1 : 0),
    };
}"""


def test_play_steps_the_map_through_the_dates(moving_server, page, traffic):
    visit(page, moving_server + "/map")
    map_element(page)
    page.get_by_text("Committed (3)").wait_for()
    before = page.evaluate(MAP_STATE)
    assert before["day"] == "20 Jun 2025" and "Committed (3)" in before["legend"], "the latest date by default"
    page.locator('[data-testid="stCheckbox"]', has_text="Play").locator("label").click()
    # Watch what a viewer sees until Play switches itself off.
    days, legends, errors = [before["day"]], ["Committed (3)"], []
    for _ in range(300):
        state = page.evaluate(MAP_STATE)
        errors.append(state["errors"])
        if state["day"] and (not days or days[-1] != state["day"]):
            days.append(state["day"])
        committed = next((name for name in state["legend"] if name.startswith("Committed")), None)
        if committed and (not legends or legends[-1] != committed):
            legends.append(committed)
        if len(days) > 1 and state["playing"] is False:
            break
        page.wait_for_timeout(100)
    wait_for_app(page)
    # The run that stops Play also moves to the last date: the toggle may be
    # drawn off a moment before the slider and map show that date.
    page.get_by_text("Committed (3)").wait_for()
    final = page.evaluate(MAP_STATE)
    if final["day"] != days[-1]:
        days.append(final["day"])
    committed = next((name for name in final["legend"] if name.startswith("Committed")), None)
    if committed and legends[-1] != committed:
        legends.append(committed)
    screenshot(page, "map_after_play")
    assert not any(errors) and not final["errors"], "no error at any step"
    assert days == ["20 Jun 2025", "10 Apr 2025", "15 May 2025", "20 Jun 2025"], "from the first date, step by step"
    assert legends == ["Committed (3)", "Committed (1)", "Committed (2)", "Committed (3)"]
    assert final["playing"] is False and final["day"] == "20 Jun 2025", "Play stops at the last date"
    assert traffic.blocked == [] and traffic.console_errors == [] and traffic.page_errors == []


HOSTILE = {
    "script": "<script>window.pwned = 'script'</script>",
    "img": "<img src=x onerror=\"window.pwned='img'\">",
    "link": "[click me](javascript:window.pwned='link')",
    "directive": ":red[red text] :material/warning: $x^2$",
}


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    from tests.conftest import CorpusFolder

    folder = CorpusFolder(tmp_path_factory.mktemp("hostile"))
    sentences = [f"France is committed, it said {value}." for value in HOSTILE.values()]
    folder.article("hostile.txt", __import__("datetime").date(2025, 5, 2), sentences)
    folder.facts_file("hostile.yaml", {
        "article": {"id": "hostile", "file": "hostile.txt", "title": HOSTILE["img"], "outlet": HOSTILE["script"],
                    "published": "2025-05-02"},
        "stances": [{"country": "FRA", "stance": "committed", "source": HOSTILE["img"], "evidence": sentences[0]}],
        "events": [{"date": "2025-05-01", "description": HOSTILE["script"] + " met", "countries": ["FRA"],
                    "actors": [HOSTILE["link"]], "evidence": sentences[1]}],
        "quotes": [{"speaker": HOSTILE["img"], "role": HOSTILE["directive"], "affiliation": HOSTILE["link"],
                    "country": "FRA", "text": HOSTILE["script"], "kind": "reported", "evidence": sentences[2]}],
    })
    with streamlit_server(env={"TRACKER_FACTS_DIR": str(folder.facts), "TRACKER_SEEDS_DIR": str(folder.seeds)}) as url:
        yield url


def test_strings_from_data_are_shown_as_text_and_never_run(hostile_server, page, traffic):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in PAGES:
        visit(page, hostile_server + path)
        assert page.evaluate("() => window.pwned") is None, path
    visit(page, hostile_server + "/sources")
    shown = page.locator('[data-testid="stMainBlockContainer"]').inner_text()
    for value in HOSTILE.values():
        assert value in shown, f"not shown literally: {value}"
    visit(page, hostile_server + "/")
    overview = page.locator('[data-testid="stMainBlockContainer"]').inner_text()
    assert HOSTILE["img"] in overview and HOSTILE["script"] in overview, "the latest articles' title and outlet"
    visit(page, hostile_server + "/map")
    map_element(page)
    _click_country(page, None, 2.5, 46.5)  # France
    page.get_by_role("heading", name="France").wait_for(timeout=20_000)
    wait_for_app(page)
    visit(page, hostile_server + "/quotes")
    grid = page.locator('[data-testid="stDataFrame"]').first
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)
    page.locator("mark").first.wait_for(timeout=20_000)
    assert HOSTILE["link"] in page.locator('[data-testid="stMainBlockContainer"]').inner_text()
    assert page.evaluate("() => window.pwned") is None
    assert dialogs == []
    assert not page.locator('[data-testid="stMainBlockContainer"] a[href^="javascript"]').count()
    screenshot(page, "hostile_quotes")
    assert traffic.blocked == [] and traffic.page_errors == []
