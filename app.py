"""Coalition of the willing tracker: the dashboard's frame.

Navigation, the sidebar filters shared by every page, and the URL that
carries them. Pages ask `app_data.view()` for the filtered data.
"""

import datetime as dt

import streamlit as st

import app_data
from tracker import filters, highlight
from tracker.countries import country_name
from tracker.schema import STANCE_LABELS

st.set_page_config(page_title="Coalition of the willing tracker", layout="wide")
# On every run, as Streamlit drops what a run does not send again. Only
# styles, it goes to the invisible event container and takes no space.
st.html(highlight.STYLESHEET)

page = st.navigation([
    st.Page("pages/overview.py", title="Overview", default=True),
    st.Page("pages/map.py", title="Map", url_path="map"),
    st.Page("pages/timeline.py", title="Timeline", url_path="timeline"),
    st.Page("pages/quotes.py", title="Quotes", url_path="quotes"),
    st.Page("pages/sources.py", title="Sources", url_path="sources"),
    st.Page("pages/add.py", title="Add an article", url_path="add"),
])

app_data.start_run()
corpus = app_data.corpus()
offered = app_data.choices()
titles = app_data.titles()
full_range = (offered.first_date, offered.last_date) if offered.first_date else ()

today = dt.date.today()
bounds = filters.date_bounds(offered, today)

if "f_position" not in st.session_state:
    # First run of this session: the URL (a shared link) sets the filters.
    from_url, dropped = filters.from_query(st.query_params.to_dict(), offered, today)
    st.session_state.f_position = list(from_url.stances)
    st.session_state.f_country = list(from_url.countries)
    st.session_state.f_article = list(from_url.articles)
    st.session_state.f_dates = filters.picked_dates(from_url, offered, today)
    st.session_state.dropped_params = dropped
    st.session_state.full_range = full_range
elif st.session_state.get("full_range") != full_range:
    # The data grew or shrank (an edit, an upload): a range that showed
    # everything keeps showing everything.
    if tuple(st.session_state.get("f_dates") or ()) == st.session_state.get("full_range"):
        st.session_state.f_dates = full_range
    st.session_state.full_range = full_range

# Set before the widget is drawn, the only time Streamlit allows it: dates
# the input no longer allows (the data shrank since they were picked) would
# stop every page.
stored = st.session_state.get("f_dates")
stored = tuple(stored) if isinstance(stored, (tuple, list)) else ((stored,) if stored else ())
if filters.clamp_dates(stored, bounds) != stored:
    st.session_state.f_dates = filters.clamp_dates(stored, bounds)

with st.sidebar:
    st.header("Filters")
    st.multiselect("Positions", offered.stances, format_func=STANCE_LABELS.get, key="f_position",
                   placeholder="All positions")
    st.multiselect("Countries", offered.countries, key="f_country", placeholder="All countries",
                   format_func=lambda code: f"{country_name(code)} ({code})")
    picked_dates = tuple(st.session_state.get("f_dates") or ())
    article_choices = app_data.article_options(picked_dates[0] if picked_dates else None,
                                               picked_dates[1] if len(picked_dates) > 1 else None,
                                               tuple(st.session_state.get("f_article") or ()))
    st.multiselect("Articles", article_choices, key="f_article", placeholder="All articles",
                   format_func=lambda article_id: titles.get(article_id, article_id))
    if len(article_choices) < len(offered.articles):
        st.caption(f"Articles lists the {len(article_choices):,} most recent of {len(offered.articles):,} in "
                   "the chosen dates: narrow the dates to pick older ones.")
    # Always drawn, so that a viewer can undo any dates a link brought.
    st.date_input("Dates", min_value=bounds[0], max_value=bounds[1], key="f_dates", format="YYYY-MM-DD",
                  disabled=not full_range)
    if st.session_state.dropped_params:
        st.caption("Ignored from the link, not in the data or outside its dates:")
        st.text(", ".join(st.session_state.dropped_params))
    if corpus.problems:
        with st.expander(f":warning: Data problems ({len(corpus.problems)})"):
            st.caption("These files were left out until fixed:")
            for problem in corpus.problems:
                st.text(str(problem))

# A range while complete, one date while the analyst is picking its end.
picked = st.session_state.get("f_dates")
chosen_dates = tuple(picked) if isinstance(picked, (tuple, list)) else ((picked,) if picked else ())
date_from = chosen_dates[0] if chosen_dates and chosen_dates[0] != offered.first_date else None
date_to = chosen_dates[1] if len(chosen_dates) > 1 and chosen_dates[1] != offered.last_date else None
current = filters.Filters(
    stances=tuple(st.session_state.f_position),
    countries=tuple(st.session_state.f_country),
    articles=tuple(st.session_state.f_article),
    date_from=date_from,
    date_to=date_to,
)
st.session_state.filters = current
wanted = current.to_query()
for key in filters.QUERY_KEYS:
    if key in wanted and st.query_params.get(key) != wanted[key]:
        st.query_params[key] = wanted[key]
    elif key not in wanted and key in st.query_params:
        del st.query_params[key]

page.run()
