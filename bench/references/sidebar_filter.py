"""References (d) and (e): the app's kind of filter change on a page with
nothing else. A multiselect in the sidebar, as the app's Countries filter,
and one thing that shows what it holds, chosen by `?show=`: a text (d) or
one minimal plotly chart (e). Read against these, a page's warm time is
what it adds to the filter widget and to any plotly chart at all."""

import plotly.graph_objects as go
import streamlit as st

COUNTRIES = ["France (FRA)", "Germany (DEU)", "Italy (ITA)", "Poland (POL)"]

with st.sidebar:
    chosen = st.multiselect("Countries", COUNTRIES, placeholder="All countries")
shown = chosen or COUNTRIES
if st.query_params.get("show") == "chart":
    st.plotly_chart(go.Figure(go.Bar(x=shown, y=[len(name) for name in shown], name=f"{len(shown)} shown")))
else:
    st.write(f"Chosen: {', '.join(shown)}")
