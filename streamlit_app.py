"""The dashboard's server: `streamlit run streamlit_app.py`.

It serves app.py, and before taking its first request it loads what every
first view needs (app_data.warm): the imports, the corpus, the boundaries,
every page's default view, and Streamlit's own one-time check below.
Without it the first analyst after each restart waited about 0.7 s more for
any page (bench: server time of a first view 700 ms → 20-30 ms).
`streamlit run app.py` still works, without the warm start or the immediate
sends below.
"""

import asyncio
import gc
import logging
import socket
from contextlib import asynccontextmanager

import streamlit as st


def _send_without_waiting_for_acks() -> None:
    """Streamlit 1.67's server (uvicorn on asyncio) binds its socket with
    protocol 0, and asyncio turns Nagle's algorithm off only on connections
    whose socket says IPPROTO_TCP. So a rerun's messages after the first
    waited for the client's delayed ACK, about 40 ms, wherever the client
    (a proxy in front of the app, a websocket client) delays its ACKs:
    bench's websocket clients saw a Quotes rerun take 48 ms, now 11 ms.
    (Chromium talking to the server directly acknowledged at once.) The
    same check, without the protocol test, for connections accepted from
    now on."""
    import asyncio.base_events

    def set_nodelay(sock: socket.socket) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    asyncio.base_events._set_nodelay = set_nodelay


_send_without_waiting_for_acks()


def _check_for_a_repl_once() -> None:
    """As the first element of the process is sent, Streamlit checks whether
    it runs in a Python REPL by walking inspect.stack(), which resolves the
    source file of every imported module (~2,000 with pandas, geopandas and
    spaCy): the first analyst after a restart waited 70-100 ms more for any
    page (bench: a first view's server time 90-130 ms → 20-30 ms, with the
    default views warmed). Done here, once, before the first request."""
    from streamlit import delta_generator

    delta_generator._maybe_print_use_warning()


def _warm() -> None:
    try:
        import app_data

        app_data.warm()
        _check_for_a_repl_once()
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
