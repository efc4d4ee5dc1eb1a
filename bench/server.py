"""The server's side of each page: time per script run, bytes sent per run
and resident memory, measured with Streamlit's own websocket protocol (see
bench/sessions.py) so that no browser shares the machine while it runs."""

from __future__ import annotations

import asyncio
import statistics
import subprocess
from dataclasses import dataclass

import websockets

from bench.sessions import Load, Session

PAGES = {"Overview": "", "Map": "map", "Timeline": "timeline", "Quotes": "quotes", "Sources": "sources"}


@dataclass(frozen=True)
class PageRuns:
    first_ms: float
    rerun_ms: float
    first_bytes: int
    rerun_bytes: int


async def _runs(url: str, page: str, reruns: int) -> PageRuns:
    async with websockets.connect(url.replace("http", "ws", 1) + "/_stcore/stream", subprotocols=["streamlit"],
                                  origin=url, max_size=None) as socket:
        session = Session(socket, Load(1), page or "overview")
        first, first_bytes = await session.rerun(page, "")
        times, sizes = [], []
        for _ in range(reruns):
            elapsed, received = await session.rerun(page, session.query)
            times.append(elapsed)
            sizes.append(received)
        if session.load.errors:
            raise RuntimeError("; ".join(session.load.errors))
    return PageRuns(first * 1000, statistics.median(times) * 1000, first_bytes, int(statistics.median(sizes)))


def page_runs(url: str, reruns: int) -> dict[str, PageRuns]:
    """Each page opened by a new session (the server already running), then
    rerun `reruns` times as a widget change would."""
    return {name: asyncio.run(_runs(url, path, reruns)) for name, path in PAGES.items()}


def resident_mb(url: str) -> float:
    """Resident memory of the Streamlit process serving `url`."""
    port = url.rsplit(":", 1)[1]
    pids = subprocess.run(["pgrep", "-f", f"server.port {port}"], capture_output=True, text=True).stdout.split()
    for line in open(f"/proc/{pids[0]}/status", encoding="ascii"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")
