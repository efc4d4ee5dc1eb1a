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


async def _runs(url: str, page: str, reruns: int) -> tuple[float, int, list[float], list[int]]:
    async with websockets.connect(url.replace("http", "ws", 1) + "/_stcore/stream", subprotocols=["streamlit"],
                                  origin=url, max_size=None) as socket:
        session = Session(socket, Load(1), page or "overview")
        first, first_bytes = await session.rerun(page, "")
        times, sizes = [], []
        for _ in range(reruns):
            elapsed, received = await session.rerun(page, session.query)
            times.append(elapsed * 1000)
            sizes.append(received)
        if session.load.errors:
            raise RuntimeError("; ".join(session.load.errors))
    return first * 1000, first_bytes, times, sizes


def page_runs(urls: dict[str, str], reruns: int, rounds: int = 1) -> dict[str, dict[str, PageRuns]]:
    """For each server in `urls` (one per corpus) and each page: the page
    opened by a new session, then rerun `reruns` times as a widget change
    would. The servers take turns page by page, round after round, so that
    the machine's drift touches each corpus alike."""
    measured: dict[tuple[str, str], list[tuple[float, int, list[float], list[int]]]] = {}
    for _ in range(rounds):
        for name, path in PAGES.items():
            for label, url in urls.items():
                measured.setdefault((label, name), []).append(asyncio.run(_runs(url, path, reruns)))
    results: dict[str, dict[str, PageRuns]] = {label: {} for label in urls}
    for (label, name), runs in measured.items():
        results[label][name] = PageRuns(
            statistics.median(first for first, _, _, _ in runs),
            statistics.median(time for _, _, times, _ in runs for time in times),
            int(statistics.median(size for _, size, _, _ in runs)),
            int(statistics.median(size for _, _, _, sizes in runs for size in sizes)))
    return results


def resident_mb(url: str) -> float:
    """Resident memory of the Streamlit process serving `url`."""
    port = url.rsplit(":", 1)[1]
    pids = subprocess.run(["pgrep", "-f", f"server.port {port}"], capture_output=True, text=True).stdout.split()
    for line in open(f"/proc/{pids[0]}/status", encoding="ascii"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")
