"""Add an article: upload its text (and facts, or get a draft), review,
check, and add it to this session's dashboard."""

import hashlib

import streamlit as st
import yaml

import app_data
from tracker import shaping
from tracker.articles import parse_article
from tracker.draft import draft_text
from tracker.highlight import highlighted_html
from tracker.loader import load_sources, upload_source
from tracker.yamlfile import MAX_BYTES as MAX_FACTS_BYTES

MAX_ARTICLE_BYTES = 200_000

app_data.view()  # the frame's filters and URL state, as on every page

st.title("Add an article")
st.caption("Upload an article's text, with its facts file if you have one; otherwise a draft is made for you "
           "to review. What you add stays in this browser session: no one else sees it and nothing is saved on "
           "the server. To keep it, download the facts file and commit it with the article "
           "(facts in data/facts/, text in seeds/).")

left, right = st.columns(2)
article_upload = left.file_uploader("Article text (.txt, UTF-8, up to 200 KB)", type=["txt"], key="add_article",
                                    help="First line ` date YYYY-MM-DD ID`, then the headline, then the body.")
facts_upload = right.file_uploader("Facts file (.yaml), optional", type=["yaml", "yml"], key="add_facts")


def refuse(problem: str, detail: str) -> None:
    st.error(problem, icon=":material/block:")
    st.text(detail)
    st.stop()


if article_upload is None:
    st.info("Choose an article file to begin.", icon=":material/upload_file:")
    st.stop()

raw = article_upload.getvalue()
if len(raw) > MAX_ARTICLE_BYTES:
    refuse("This article file is too large.",
           f"{article_upload.name}: {len(raw):,} bytes; an article may be at most {MAX_ARTICLE_BYTES:,} bytes.")
try:
    article = parse_article(raw, article_upload.name)
except ValueError as error:
    refuse("This article file cannot be used.", str(error))

if facts_upload is not None:
    facts_raw = facts_upload.getvalue()
    if len(facts_raw) > MAX_FACTS_BYTES:
        refuse("This facts file is too large.",
               f"{facts_upload.name}: {len(facts_raw):,} bytes; at most {MAX_FACTS_BYTES:,} bytes.")
    try:
        starting_text = facts_raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        refuse("This facts file cannot be used.", f"{facts_upload.name} is not UTF-8 text: save it as UTF-8.")
    facts_name = facts_upload.name
else:
    starting_text = draft_text(article_upload.name, article)
    facts_name = article_upload.name.rsplit(".", 1)[0] + ".yaml"

text_key = "facts_" + hashlib.sha256(raw + starting_text.encode()).hexdigest()[:16]
if text_key not in st.session_state:
    st.session_state[text_key] = starting_text


def add_upload(upload: tuple) -> None:
    st.session_state.uploads = [*st.session_state.get("uploads", []), upload]


def remove_upload(index: int) -> None:
    st.session_state.uploads = [u for i, u in enumerate(st.session_state.uploads) if i != index]


def mark_reviewed() -> None:
    kept = [line for line in st.session_state[text_key].splitlines() if not line.strip().startswith("review:")]
    st.session_state[text_key] = "\n".join(kept) + "\n"


facts_column, article_column = st.columns(2)
with facts_column:
    st.subheader("Facts", anchor=False)
    st.caption("Edit here. A drafted fact has a `review` line: check it against the article, correct it, "
               "then delete that line.")
    st.text_area("Facts file", key=text_key, height=520, label_visibility="collapsed")
    st.button("I have checked every fact: remove all review lines", on_click=mark_reviewed)

facts_text = st.session_state[text_key]
checked = load_sources([upload_source(article_upload.name, raw, facts_name, facts_text.encode("utf-8"))])
try:
    parsed = yaml.safe_load(facts_text)
except yaml.YAMLError:
    parsed = None

with article_column:
    st.subheader("Article", anchor=False)
    st.caption("Highlighted: the evidence of each fact.")
    st.html(highlighted_html(article.text, shaping.proposed_spans(article.text, parsed or {})))

if checked.problems:
    st.warning(f"{len(checked.problems)} problem(s) to fix before this article can be added:",
               icon=":material/rule:")
    st.dataframe([vars(problem) for problem in checked.problems], hide_index=True)
else:
    article_id = checked.articles.iloc[0]["article_id"]
    st.success("The facts check out.", icon=":material/check_circle:")
    upload = (article_upload.name, raw, facts_name, facts_text.encode("utf-8"))
    added = upload in st.session_state.get("uploads", [])
    # A callback, so that the rerun it causes already includes the article.
    st.button("Added to this session" if added else "Add to this session's dashboard", type="primary",
              disabled=added, on_click=add_upload, args=(upload,))
    st.caption(f"Article id: `{article_id}`")

st.download_button("Download the facts file", facts_text, file_name=facts_name, mime="application/x-yaml",
                   icon=":material/download:")

if st.session_state.get("uploads"):
    st.subheader("Added in this session", anchor=False)
    for index, (name, _, facts, _) in enumerate(st.session_state.uploads):
        row = st.columns([5, 1])
        row[0].text(f"{name} with {facts}")
        row[1].button("Remove", key=f"remove_upload_{index}", on_click=remove_upload, args=(index,))
