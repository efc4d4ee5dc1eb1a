"""The dashboard's server: `streamlit run streamlit_app.py`.

It serves app.py, and before taking its first request it loads what every
first view needs (app_data.warm): the imports, the corpus, the boundaries,
the default map. Without it the first analyst after each restart waited
about 0.6 s more for any page (bench: server time of a first view 700 ms →
130 ms). `streamlit run app.py` still works, without the warm start.
"""

import asyncio
import gc
import logging
from contextlib import asynccontextmanager

import streamlit as st


def _warm() -> None:
    try:
        import app_data

        app_data.warm()
        # What exists now (libraries, the corpus, the default views) lives as
        # long as the server: keep it out of the garbage collector's full
        # scans, which stop every session's script thread at once.
        gc.freeze()
    except Exception:  # the pages report their own data problems; never keep the server from starting
        logging.getLogger(__name__).exception("warm start failed: pages will load on their first view")


@asynccontextmanager
async def _warm_start(app):
    # In a thread: the event loop stays free while the corpus loads.
    await asyncio.to_thread(_warm)
    yield


app = st.App("app.py", lifespan=_warm_start)
