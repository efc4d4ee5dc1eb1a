"""Reference (c): a widget change until a text shows the new value, the
floor of one Streamlit rerun as the analyst sees it."""

import streamlit as st

choice = st.radio("Choice", ["one", "two"], horizontal=True)
st.write(f"Chosen: {choice}")
