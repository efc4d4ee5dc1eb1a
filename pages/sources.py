"""Sources: each article with every evidence passage highlighted."""

import streamlit as st

import app_data
from tracker import shaping

data = app_data.view()

st.title("Sources")
st.caption("Each article as it was filed, with every passage a fact rests on highlighted and labelled. "
           "Hover on a highlight to see all its facts.")

shown = app_data.one_page(data.articles, "sources_page", size=shaping.SOURCES_PER_PAGE)
if shown.pages > 1:
    st.caption(f"Articles {shown.caption}")
if data.articles.empty:
    st.info("No article matches the filters.")
else:
    st.html(app_data.shaped(shaping.sources_html, shown.number))
