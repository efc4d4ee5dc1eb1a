"""Reference (b): one minimal plotly chart, the floor plotly.js itself sets."""

import plotly.graph_objects as go
import streamlit as st

st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])))
