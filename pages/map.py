"""Map: European countries coloured by their latest position; click one for
everything known about it."""

import streamlit as st

import app_data
from tracker import figures, shaping
from tracker.countries import country_name

data = app_data.view()
shapes = app_data.shapes()

st.title("Map of positions")
st.caption("Each country in its latest reported position on sending troops. "
           "Hover for the evidence; click a country, or pick it below, for details.")

if isinstance(shapes, str):
    st.error(f"The map cannot be drawn: {shapes}", icon=":material/map:")
else:
    wide = st.toggle("Widen the view to the United States and Russia", key="map_wide")
    event = st.plotly_chart(
        figures.position_map(shapes, data.positions, wide=wide,
                             filtered_out=shaping.filtered_out(app_data.corpus(), data)),
        key="position_map", on_select="rerun", selection_mode="points", config={"scrollZoom": True},
    )
    # A figure change clears the chart's selection, so the chosen country
    # lives in session state; only a new click replaces it.
    clicked = shaping.clicked_country(event.selection.points)
    if clicked and clicked != st.session_state.get("map_last_click"):
        st.session_state.map_country = clicked
    st.session_state.map_last_click = clicked

notes = shaping.unnamed_notes(data)
if not notes.empty:
    st.markdown("**Not on the map: positions of countries the articles do not name**")
    st.dataframe(notes, hide_index=True, column_config={
        "position": "Position", "how_many": "How many", "note": "Note", "source": "Reported by",
        "evidence": st.column_config.TextColumn("Evidence", width="large"), "article": "Article"})

known = sorted(set(data.positions["country"]) | set(filter(None, [st.session_state.get("map_country")])))
st.selectbox("Country details", known, key="map_country", index=None, placeholder="Click a country on the map",
             format_func=lambda code: f"{country_name(code) or code} ({code})")
chosen = st.session_state.get("map_country")
if chosen:
    details = shaping.country_details(data, chosen)
    st.subheader(country_name(chosen) or chosen)
    if all(table.empty for table in details.values()):
        st.write("Nothing reported about this country in the selected articles.")
    for title, table in (("Positions", details["positions"]), ("Quotes", details["quotes"]),
                         ("Events", details["events"])):
        if not table.empty:
            st.markdown(f"**{title}**")
            st.dataframe(table, hide_index=True, column_config={
                "evidence": st.column_config.TextColumn("Evidence", width="large")})
