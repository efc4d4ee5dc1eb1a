"""Sources: each article with every evidence passage highlighted."""

import streamlit as st

import app_data
from tracker import shaping
from tracker.highlight import heading_html

data = app_data.view()

st.title("Sources")
st.caption("Each article as it was filed, with every passage a fact rests on highlighted and labelled. "
           "Hover on a highlight to see all its facts.")

shown = app_data.one_page(data.articles, "sources_page", size=10)
if shown.pages > 1:
    st.caption(f"Articles {shown.caption}")
for article in shown.rows.itertuples():
    with st.container(border=True):
        # Heading and text in one element: ten fewer to send for a page of ten articles.
        st.html(heading_html(article.title, f"{article.outlet} · {article.published:%Y-%m-%d} · "
                                            f"{article.path} · facts: {article.facts_file}")
                + app_data.shaped(shaping.article_html, article.article_id))
        spans = app_data.shaped(shaping.evidence_spans, article.article_id)
        with st.expander(f"{len(spans)} facts in this article"):
            st.html(app_data.table(shaping.evidence_spans, shaping.FACT_SPAN_LABELS, article.article_id))
if data.articles.empty:
    st.info("No article matches the filters.")
