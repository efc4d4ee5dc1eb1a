"""Reference (a): a bare one-line page, the floor Streamlit itself sets."""

import streamlit as st

st.write("A bare page.")
