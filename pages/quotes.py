"""Quotes: who said what, searchable, downloadable, each in its context."""

import streamlit as st

import app_data
from tracker import shaping
from tracker.export import spreadsheet_safe
from tracker.highlight import heading_html, passage_html

data = app_data.view()

st.title("Quotes")
st.caption("Direct quotes are the speaker's words in quotation marks; reported ones are the article's paraphrase. "
           "Choose a row to read it in its article.")

search = st.text_input("Search speaker, role, affiliation or words", key="quote_search")
table = app_data.shaped(shaping.quotes_table, search)

shown = ["speaker", "role", "affiliation", "text", "kind", "date", "status", "position", "article"]
page = app_data.one_page(table, "quotes_page")
event = st.dataframe(
    page.showing(shown), hide_index=True, key="quotes_table", on_select="rerun",
    selection_mode="single-row",
    column_config={"speaker": "Speaker", "role": "Role", "affiliation": "Affiliation",
                   "text": st.column_config.TextColumn("Quote", width="large"), "kind": "Direct or reported",
                   "date": "Date", "status": "Planned or reported", "position": "Position it signals",
                   "article": "Article"},
)
st.download_button("Download these quotes (CSV)",
                   lambda: spreadsheet_safe(table[shown + ["evidence", "article_id"]]).to_csv(index=False),
                   file_name="quotes.csv", mime="text/csv", icon=":material/download:")
planned = table.attrs["planned"]  # " (2 planned)", or ""
st.caption(f"{page.caption} matching quotes{planned} ({len(data.quotes):,} in the selected articles)"
           if page.pages > 1 else f"{len(table)} of {len(data.quotes)} quotes{planned}")

rows = event.selection.rows
if rows and rows[0] < len(page.rows):
    quote = page.rows.iloc[rows[0]]
    article = data.articles.set_index("article_id").loc[quote["article_id"]]
    st.html(heading_html(f"{quote['speaker']}, in context",
                         f"{article['outlet']}, {article['published']:%Y-%m-%d}: {article['path']}"))
    st.html(passage_html(*shaping.context(article["text"], int(quote["start"]), int(quote["end"]))))
