"""Property-based: any link anyone shares, followed by any sidebar choice,
opens every page with its filters drawn, so a viewer can always undo."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from tests.conftest import SEED_ARTICLE, SEED_FACTS, CorpusFolder, write_schedule
from tracker import paths
from tracker.paths import SEEDS
from tracker.schema import STANCES

PAGES = ["pages/overview.py", "pages/map.py", "pages/timeline.py", "pages/quotes.py", "pages/sources.py",
         "pages/add.py"]
SEED_ARTICLE_ID = "menafn-2025-04-19-kallas-coalition-divided"
# Around the corpus: the first dated fact (1 March), the moving articles
# (10 April, 20 June), the seed's publication (19 April), and far outside.
DAYS = st.one_of(
    st.sampled_from([dt.date(2025, 3, 1), dt.date(2025, 3, 5), dt.date(2025, 3, 20), dt.date(2025, 4, 1),
                     dt.date(2025, 4, 10), dt.date(2025, 4, 18), dt.date(2025, 4, 19), dt.date(2025, 6, 20),
                     dt.date(2020, 1, 1), dt.date(2099, 12, 31), dt.date.today()]),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)),
)
GARBAGE = st.sampled_from(["", ",", ",,,", "garbage", "2025-13-45", "0000-00-00", "2025-4-1", "<b>x</b>",
                           "x" * 60_000, "FRA," * 5_000, "%00", "\u202e", "2025-04-01T00:00"])
DATE_TEXT = st.one_of(DAYS.map(dt.date.isoformat), GARBAGE)


def listed(choices: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(choices), GARBAGE), max_size=4).map(",".join)


def value(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str | list[str]]:
    # A repeated key (?to=a&to=b) arrives as a list.
    return st.one_of(strategy, st.lists(strategy, min_size=2, max_size=3))


LINKS = st.fixed_dictionaries({}, optional={
    "position": value(listed([*STANCES])),
    "country": value(listed(["FRA", "GBR", "DEU", "POL", "ITA", "RUS", "USA", "fra", "ZZZ"])),
    "article": value(listed([SEED_ARTICLE_ID, "gen-0000", "gen-0002"])),
    "from": value(DATE_TEXT),
    "to": value(DATE_TEXT),
    "asof": value(DATE_TEXT),
    "unknown": value(GARBAGE),
    "embed": value(st.sampled_from(["true", "false", ""])),
})


@st.composite
def sidebar_choices(draw) -> dict:
    """What a viewer can pick in the sidebar (and Play on the map): values
    the widgets offer, so only the app's own handling is under test."""
    chosen: dict = {}
    if draw(st.booleans()):
        chosen["f_position"] = draw(st.lists(st.sampled_from(STANCES), unique=True, max_size=2))
    if draw(st.booleans()):
        chosen["f_country"] = draw(st.lists(st.sampled_from(["FRA", "DEU", "POL", "ITA"]), unique=True,
                                            max_size=2))
    if draw(st.booleans()):
        inside = st.dates(min_value=dt.date(2025, 3, 1), max_value=dt.date.today())
        # A full range, a half-picked one (the first click), or cleared.
        chosen["f_dates"] = draw(st.one_of(st.tuples(inside, inside).map(lambda pair: tuple(sorted(pair))),
                                           st.tuples(inside), st.just(())))
    chosen["play"] = draw(st.booleans())
    return chosen


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seed article (one publication day, facts dated from March) and
    articles on three more days, so the map has dates to play through."""
    folder = CorpusFolder(tmp_path_factory.mktemp("links"))
    shutil.copy(SEEDS / SEED_ARTICLE, folder.seeds / SEED_ARTICLE)
    shutil.copy(SEED_FACTS, folder.facts / SEED_FACTS.name)
    write_schedule(folder, [
        ("2025-04-10", "Wire A", "DEU", "hesitant"), ("2025-04-10", "Wire A", "POL", "committed"),
        ("2025-05-15", "Wire B", "ITA", "hesitant"), ("2025-06-20", "Wire A", "DEU", "committed"),
    ])
    return folder


def assert_usable(at: AppTest, page: str) -> None:
    assert not at.exception, (page, [error.value for error in at.exception])
    assert at.title, f"{page} has its title"
    drawn = {widget.key for widget in at.sidebar.multiselect} | {widget.key for widget in at.sidebar.date_input}
    assert drawn == {"f_position", "f_country", "f_article", "f_dates"}, (page, drawn)
    echoed = "".join(text.value for text in at.sidebar.text)
    assert len(echoed) < 2_000, "ignored link values are echoed shortened"


@settings(max_examples=50, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(link=LINKS, page=st.sampled_from(PAGES), choices=sidebar_choices(), later=st.sampled_from(PAGES))
def test_any_link_and_sidebar_choice_opens_every_page_with_its_filters(corpus, link, page, choices, later):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "FACTS", corpus.facts)
        patch.setattr(paths, "SEEDS", corpus.seeds)
        at = AppTest.from_file(str(paths.ROOT / "app.py"), default_timeout=60)
        for key, raw in link.items():
            at.query_params[key] = raw
        at.run()
        assert_usable(at, "/")
        at.switch_page(page).run()
        assert_usable(at, page)
        for key in ("f_position", "f_country"):
            if key in choices:
                at.multiselect(key=key).set_value(choices[key]).run()
                assert_usable(at, page)
        if "f_dates" in choices:
            at.date_input(key="f_dates").set_value(choices["f_dates"]).run()
            assert_usable(at, page)
        if choices["play"]:
            on_map = at.switch_page("pages/map.py").run()
            assert_usable(on_map, "pages/map.py")
            if "map_play" in [toggle.key for toggle in on_map.toggle]:
                event("played the map")
                on_map.toggle(key="map_play").set_value(True).run()
                assert_usable(on_map, "pages/map.py")
        at.switch_page(later).run()
        assert_usable(at, later)
