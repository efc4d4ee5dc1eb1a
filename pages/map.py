"""Map: countries coloured by their position as of a chosen date; click one
for its history, quotes and events; see what changed between two dates."""

import streamlit as st

import app_data
from tracker import figures, shaping
from tracker.countries import country_name

data = app_data.view()
shapes = app_data.shapes()
dates = app_data.shaped(shaping.key_dates)

st.title("Map of positions")
st.caption("Each country in its latest position reported on or before the chosen date; a position only "
           "announced (planned) is not on the map. Hover for the evidence; click a country, or pick it below, for "
           "its history. A black outline means sources disagree.")

# Play's steps arrive from its timer as pending values, applied here before
# the slider and toggle are drawn: Streamlit refuses a widget's value set
# after the widget in the same run.
step = st.session_state.pop("map_play_step", None)
if step in dates:
    st.session_state.asof = step
if st.session_state.pop("map_play_stop", False):
    st.session_state.map_play = False
if "asof" not in st.session_state or st.session_state.asof not in dates:
    st.session_state.asof = shaping.nearest_date(dates, st.query_params.get("asof"))


def start_playing(days: list) -> None:
    # At the latest date there is nothing to step to: start from the first.
    if st.session_state.get("map_play") and days and st.session_state.get("asof") == days[-1]:
        st.session_state.asof = days[0]


controls = st.columns([4, 1, 2], vertical_alignment="bottom")
if len(dates) > 1:
    controls[0].select_slider("Positions as of", options=dates, key="asof",
                              format_func=lambda day: day.strftime("%d %b %Y"))
    controls[1].toggle("Play", key="map_play", help="Step through the dates at which positions change",
                       on_change=start_playing, args=(dates,))
elif dates:
    controls[0].caption(f"Positions as of {dates[0]:%d %b %Y}, the only date in the selected articles.")
wide = controls[2].toggle("Show the US and Russia", key="map_wide")
as_of = st.session_state.asof
app_data.keep_in_url("asof", as_of.isoformat() if as_of and dates and as_of != dates[-1] else None)


@st.fragment(run_every=1.5)
def play_through() -> None:
    # Called in a full run, a fragment runs at once: that run has just drawn
    # this date, so only the timer's runs step on.
    if st.session_state.pop("map_play_drawn", False):
        return
    if st.session_state.get("map_play") and dates:
        later = [day for day in dates if day > st.session_state.asof]
        if later:
            st.session_state.map_play_step = later[0]
        # Play ends on the last date, so that pressing it again starts over.
        if len(later) <= 1:
            st.session_state.map_play_stop = True
        st.rerun(scope="app")


if st.session_state.get("map_play") and len(dates) > 1:
    st.session_state.map_play_drawn = True
    play_through()

positions = app_data.shaped(shaping.positions_as_of, as_of)
if positions.empty and not app_data.corpus().positions.empty:
    st.info("No country's position matches the filters in the sidebar at this date: clear them to see all.",
            icon=":material/filter_alt_off:")
if isinstance(shapes, str):
    st.error(f"The map cannot be drawn: {shapes}", icon=":material/map:")
else:
    event = st.plotly_chart(
        app_data.position_map(as_of, wide),
        key="position_map", on_select="rerun", selection_mode="points", config=figures.MAP_CONFIG,
    )
    # A figure change clears the chart's selection, so the chosen country
    # lives in session state; only a new click replaces it.
    clicked = shaping.clicked_country(event.selection.points)
    if clicked and clicked != st.session_state.get("map_last_click"):
        st.session_state.map_country = clicked
    st.session_state.map_last_click = clicked

notes = app_data.shaped(shaping.unnamed_notes)
if not notes.empty:
    st.markdown("**Not on the map: positions of countries the articles do not name**")
    st.html(app_data.table(shaping.unnamed_notes, shaping.UNNAMED_NOTE_LABELS))

known = sorted(set(app_data.shaped(shaping.detail_countries))
               | set(filter(None, [st.session_state.get("map_country")])))
st.selectbox("Country details", known, key="map_country", index=None, placeholder="Click a country on the map",
             format_func=lambda code: f"{country_name(code) or code} ({code})")
chosen = st.session_state.get("map_country")
if chosen:
    details = app_data.shaped(shaping.country_details, chosen)
    st.subheader(country_name(chosen) or chosen)
    if all(table.empty for table in details.values()):
        st.write("Nothing reported about this country in the selected articles.")
    for title, table in (("Positions", details["positions"]),
                         ("Planned positions: announced, not on the map", details["planned"]),
                         ("Quotes", details["quotes"]), ("Events", details["events"])):
        if not table.empty:
            st.markdown(f"**{title}**")
            st.dataframe(table, hide_index=True, column_config={
                "change": "Change", "status": "Planned or reported",
                "evidence": st.column_config.TextColumn("Evidence", width="large")})

if len(dates) > 1:
    # Filled only while open: with two years of dates, its two date lists and
    # table were 44 of a rerun's 205 KB, sent and drawn on every filter change.
    comparison = st.expander("What changed between two dates", key="map_changes", on_change="rerun")
    for key in ("changed_from", "changed_to"):
        # Closed, the dates' widgets are not drawn, and Streamlit forgets a
        # widget's value when it is not drawn; set again, it is kept.
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]
    if comparison.open:
        with comparison:
            left, right = st.columns(2)
            first = left.selectbox("From", dates, index=0, key="changed_from", format_func=str)
            second = right.selectbox("To", dates, index=len(dates) - 1, key="changed_to", format_func=str)
            changed = app_data.shaped(shaping.what_changed, first, second)
            if changed.empty:
                st.write("No country's position differs between these dates.")
            else:
                st.html(app_data.table(shaping.what_changed, shaping.CHANGE_LABELS, first, second))
