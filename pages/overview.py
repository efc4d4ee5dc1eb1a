"""Overview: the headline figures, where they come from, how to read them."""

import streamlit as st

import app_data
from tracker import shaping

data = app_data.view()

st.title("Coalition of the willing: who will send troops to Ukraine?")
st.caption("European positions on deploying troops to Ukraine in 2025, as reported in the articles below.")

st.html(app_data.shaped(shaping.headline_html))

notes = app_data.shaped(shaping.unnamed_notes)
if not notes.empty:
    st.subheader("Countries the articles do not name")
    st.html(app_data.table(shaping.unnamed_notes, shaping.UNNAMED_NOTE_LABELS))

st.subheader("Sources")
latest = app_data.shaped(shaping.latest_articles)
if len(latest) < len(data.articles):
    st.caption(f"The {len(latest)} most recent of {len(data.articles):,} articles; all are under **Sources**.")
st.html(app_data.table(shaping.latest_articles, shaping.LATEST_ARTICLE_LABELS))

if data.problems:
    st.warning(f"{len(data.problems)} data problem(s): some facts files were left out. "
               "See **Data problems** in the sidebar.", icon=":material/warning:")

st.subheader("How to read this")
st.markdown(
    """
- **Committed**: the article reports the country has committed to sending troops.
  **Hesitant**: it has voiced doubts or conditions. **Ruled out**: it has said it will not send troops
  (or take part). **Opposed**: it opposes any deployment.
- A country's position is its **latest** reported one. Counts include countries the articles leave unnamed;
  “+” means the article speaks of more without giving a number.
- **Planned** facts (announced, scheduled, expected) are never counted as done: a country only due to commit
  is not among the committed, and is shown apart (“1 planned, not counted”). On the **Timeline** planned
  events are hollow.
- Every position, event and quote carries the exact sentence it comes from: hover on the **Map** or
  **Timeline**, choose a row on **Quotes**, or read the highlighted article under **Sources**.
- The filters in the sidebar apply to every page and are kept in the address bar: copy the link to share
  the view.
"""
)
