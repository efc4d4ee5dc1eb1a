"""Add an article: upload its text (and facts, or get a draft), review,
check, and add it to this session's dashboard.

The draft, the check and the highlighted article are app_data's, made once
per upload's content: this page reruns on every keystroke of a review."""

import streamlit as st

import app_data
from tracker.articles import MAX_ARTICLE_BYTES, parse_article
from tracker.characters import escaped
from tracker.yamlfile import MAX_BYTES as MAX_FACTS_BYTES

# Streamlit's uploader takes whole megabytes: the browser refuses anything
# larger before sending it; the exact limits are checked below.
UPLOAD_MB = 1

app_data.view()  # the frame's filters and URL state, as on every page

st.title("Add an article")
st.caption("Upload an article's text, with its facts file if you have one; otherwise a draft is made for you "
           "to review. What you add stays in this browser session: no one else sees it and nothing is saved on "
           "the server. To keep it, download the facts file and commit it with the article "
           "(facts in data/facts/, text in seeds/). "
           f"A session can add up to {app_data.MAX_UPLOADS} articles, "
           f"{app_data.MAX_UPLOADS_BYTES / 1e6:g} MB in all.")

left, right = st.columns(2)
article_upload = left.file_uploader(
    f"Article text (.txt, UTF-8, at most {MAX_ARTICLE_BYTES // 1000:,} KB)", type=["txt"], key="add_article",
    max_upload_size=UPLOAD_MB, help="First line ` date YYYY-MM-DD ID`, then the headline, then the body.")
facts_upload = right.file_uploader(f"Facts file (.yaml, at most {MAX_FACTS_BYTES // 1000:,} KB), optional",
                                   type=["yaml", "yml"], key="add_facts", max_upload_size=UPLOAD_MB)


def refuse(problem: str, detail: str) -> None:
    st.error(problem, icon=":material/block:")
    st.text(detail)
    st.stop()


def mark_reviewed() -> None:
    kept = [line for line in st.session_state[text_key].splitlines() if not line.strip().startswith("review:")]
    st.session_state[text_key] = "\n".join(kept) + "\n"


def added_in_this_session() -> None:
    held = app_data.uploads()
    if not held:
        return
    st.subheader("Added in this session", anchor=False)
    for index, (name, _, facts, _) in enumerate(held):
        row = st.columns([5, 1])
        row[0].text(f"{escaped(name)} with {escaped(facts)}")
        row[1].button("Remove", key=f"remove_upload_{index}", on_click=app_data.remove_upload, args=(index,))


if article_upload is None:
    st.info("Choose an article file to begin.", icon=":material/upload_file:")
    if app_data.uploads_full():
        st.warning(app_data.uploads_full() + " You can still draft and download facts files.",
                   icon=":material/block:")
    added_in_this_session()
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
    starting_text, no_draft = app_data.drafted(article_upload.name, raw)
    if starting_text is None:
        refuse("No draft could be made for this article.", no_draft)
    facts_name = article_upload.name.rsplit(".", 1)[0] + ".yaml"

text_key = "facts_" + app_data.content_key(raw, starting_text)[:16]
if text_key not in st.session_state:
    st.session_state[text_key] = starting_text

facts_column, article_column = st.columns(2)
with facts_column:
    st.subheader("Facts", anchor=False)
    st.caption("Edit here. A drafted fact has a `review` line: check it against the article, correct it, "
               "then delete that line.")
    st.text_area("Facts file", key=text_key, height=520, label_visibility="collapsed")
    st.button("I have checked every fact: remove all review lines", on_click=mark_reviewed)

facts_text = st.session_state[text_key]
upload = (article_upload.name, raw, facts_name, facts_text.encode("utf-8"))
checked = app_data.checked(upload)

with article_column:
    st.subheader("Article", anchor=False)
    st.caption("Highlighted: the evidence of each fact.")
    st.html(app_data.proposed_html(article.text, facts_text))

if checked.problems:
    st.warning(f"{len(checked.problems)} problem(s) to fix before this article can be added:",
               icon=":material/rule:")
    st.dataframe([vars(problem) for problem in checked.problems], hide_index=True)
else:
    article_id = checked.articles.iloc[0]["article_id"]
    st.success("The facts check out.", icon=":material/check_circle:")
    added = upload in app_data.uploads()
    refusal = None if added else app_data.upload_refusal(upload)
    if refusal:
        st.warning(refusal, icon=":material/block:")
    # A callback, so that the rerun it causes already includes the article.
    st.button("Added to this session" if added else "Add to this session's dashboard", type="primary",
              disabled=added or refusal is not None, on_click=app_data.add_upload, args=(upload,))
    st.caption(f"Article id: `{article_id}`")

st.download_button("Download the facts file", facts_text, file_name=facts_name, mime="application/x-yaml",
                   icon=":material/download:")

added_in_this_session()
